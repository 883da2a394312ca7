package org.stepsizelab.app.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** Presentation mode's rules, without a window or a display. */
class PresentationStateTest {

    @Test
    void enteringForcesSlideStyleHidesThePanelsAndWantsFullScreen() {
        SimpleBooleanProperty slide = new SimpleBooleanProperty(false);
        PresentationState p = new PresentationState(slide);
        assertTrue(p.panelsShownProperty().get());
        assertFalse(p.fullScreenWantedProperty().get());
        p.toggle();
        assertTrue(p.onProperty().get());
        assertTrue(slide.get(), "slide style");
        assertFalse(p.panelsShownProperty().get(), "side panels collapsed");
        assertTrue(p.fullScreenWantedProperty().get(), "full screen asked for");
        p.toggle();
        assertFalse(slide.get(), "the slide switch as it was");
        assertTrue(p.panelsShownProperty().get());
        assertFalse(p.fullScreenWantedProperty().get());
    }

    @Test
    void leavingRestoresASlideStyleThatWasAlreadyOn() {
        SimpleBooleanProperty slide = new SimpleBooleanProperty(true);
        PresentationState p = new PresentationState(slide);
        p.onProperty().set(true);
        p.onProperty().set(false);
        assertTrue(slide.get(), "F5 was on before F11: it stays on");
    }

    @Test
    void leavingFullScreenAnotherWayEndsTheMode() {
        SimpleBooleanProperty slide = new SimpleBooleanProperty(false);
        PresentationState p = new PresentationState(slide);
        p.onProperty().set(true);
        p.fullScreenLeft();
        assertFalse(p.onProperty().get());
        assertFalse(slide.get());
        assertTrue(p.panelsShownProperty().get());
    }
}

package org.stepsizelab.app.view;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * What presentation mode (F11) means, without a window: while {@link #onProperty() on}, the slide
 * style is forced on, the side panels are hidden and full screen is wanted; leaving it gives the slide
 * switch back the value it had before. {@link PresentationMode} applies this to a stage and a
 * {@link MainView}; tests drive it without a display.
 */
public final class PresentationState {
    private final BooleanProperty on = new SimpleBooleanProperty(this, "presentation");
    private final BooleanProperty slide;
    private final ReadOnlyBooleanWrapper panelsShown = new ReadOnlyBooleanWrapper(this, "panelsShown", true);
    private final ReadOnlyBooleanWrapper fullScreenWanted = new ReadOnlyBooleanWrapper(this, "fullScreenWanted");
    private boolean slideBefore;

    /** @param slide the view's slide-style switch (F5), which presentation mode turns on and restores */
    public PresentationState(BooleanProperty slide) {
        this.slide = slide;
        on.addListener((o, was, now) -> {
            if (now) {
                slideBefore = slide.get();
                slide.set(true);
            } else {
                slide.set(slideBefore);
            }
            panelsShown.set(!now);
            fullScreenWanted.set(now);
        });
    }

    /**
     * The window left full screen by another way than F11 (the window manager, a resolution change):
     * presentation mode ends with it. A window that never reached full screen (a test's headless
     * screen, say) does not end the mode: only the change from full screen to a window does.
     */
    public void fullScreenLeft() {
        on.set(false);
    }

    public void toggle() {
        on.set(!on.get());
    }

    public BooleanProperty onProperty() { return on; }
    public ReadOnlyBooleanProperty panelsShownProperty() { return panelsShown.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty fullScreenWantedProperty() { return fullScreenWanted.getReadOnlyProperty(); }
    public BooleanProperty slideProperty() { return slide; }
}

package org.stepsizelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.stepsizelab.app.dataview.DataViewModel;
import org.stepsizelab.app.vm.RunState;
import org.testfx.util.WaitForAsyncUtils;

/** The DATA VIEW panel in the window, headless: it follows the run, scrubs and replays. */
class DataViewAppTest extends AppWindowTest {

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    private <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(5, TimeUnit.SECONDS);
    }

    @Test
    void panelShowsTheRunAndScrubsBackWithTheSliderAndPlay() throws Exception {
        DataViewModel d = vm().dataView();
        waitFor(() -> vm().run().stateProperty().get() == RunState.FINISHED);
        waitFor(() -> fx(() -> d.frameProperty().get() != null && d.frameProperty().get().step() == 10_000));
        ImageView image = fx(() -> lookup("#data-view-image").queryAs(ImageView.class));
        assertNotNull(fx(image::getImage), "the panel shows the finished picture");
        assertTrue(fx(() -> image.getImage().getWidth()) >= 64);
        assertTrue(fx(() -> lookup("#data-view-caption").queryAs(Label.class).getText()).startsWith("live"));

        // the slider works in log(1 + t): ln(1 + 5) shows step 5
        interact(() -> lookup("#data-view-slider").queryAs(Slider.class).setValue(Math.log1p(5)));
        waitFor(() -> fx(() -> d.frameProperty().get().step() == 5));
        assertFalse(d.live());
        assertEquals("step 5", fx(() -> lookup("#data-view-caption").queryAs(Label.class).getText()));

        clickOn("#data-view-play");
        waitFor(() -> fx(() -> d.playingProperty().get() && d.scrubStepProperty().get() > 5));
        clickOn("#data-view-live");
        waitFor(() -> fx(() -> d.live() && !d.playingProperty().get() && d.frameProperty().get().step() == 10_000));
    }
}

package org.stepsizelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.stepsizelab.app.dataview.DataViewModel;
import org.stepsizelab.app.vm.RunState;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The DATA VIEW panel in the window, headless (TestFX on Monocle): it follows the run, scrubs with the
 * slider to the asked step (labelled), replays, switches Map/Neurons with its toggle, and its export
 * actions are enabled once it shows a picture.
 */
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

    private Menu exportDataView() throws Exception {
        return fx(() -> (Menu) app.view().menuBar().exportMenu().getItems().stream()
                .filter(i -> "export-data-view".equals(i.getId())).findFirst().orElseThrow());
    }

    @Test
    void theToggleSwitchesToTheNeuronChartAndBackAndExportIsEnabledWithAPicture() throws Exception {
        DataViewModel d = vm().dataView();
        Menu export = exportDataView();
        waitFor(() -> vm().run().stateProperty().get() == RunState.FINISHED);
        waitFor(() -> fx(() -> d.frameProperty().get() != null && d.frameProperty().get().step() == 10_000));
        assertFalse(fx(export::isDisable), "export is enabled once the panel shows a picture");
        MenuItem png = fx(() -> export.getItems().stream().filter(i -> "export-data-view-png".equals(i.getId()))
                .findFirst().orElseThrow());
        assertFalse(fx(png::isDisable));
        assertTrue(fx(() -> lookup("#data-view-images").queryAs(ToggleButton.class).isDisabled()),
                "XOR is no image data: the Images view is off");

        clickOn("#data-view-neurons");
        waitFor(() -> fx(() -> d.modeProperty().get() == DataViewModel.Mode.NEURONS
                && d.frameProperty().get().scene() == null && d.frameProperty().get().chart() != null
                && !d.rendering()));
        assertTrue(fx(() -> d.frameProperty().get().chart().getTitle().getText()).startsWith("Per-neuron margins"));
        clickOn("#data-view-map");
        waitFor(() -> fx(() -> d.modeProperty().get() == DataViewModel.Mode.MAP
                && d.frameProperty().get().scene() != null));

        // a step off the dense part of the store: the caption labels the nearest kept step it shows
        long[] kept = vm().run().weights().store().keptSteps();
        long asked = 9_000;
        interact(() -> lookup("#data-view-slider").queryAs(Slider.class).setValue(Math.log1p(asked)));
        long scrubbed = fx(() -> d.scrubStepProperty().get());
        assertTrue(Math.abs(scrubbed - asked) <= 1, "the slider asks for step " + scrubbed);
        long shown = vm().run().weights().store().nearest(scrubbed).step();
        waitFor(() -> fx(() -> d.frameProperty().get().step() == shown && d.frameProperty().get().scene() != null));
        String caption = fx(() -> lookup("#data-view-caption").queryAs(Label.class).getText());
        assertTrue(kept.length > 0);
        assertEquals(scrubbed == shown ? "step " + org.stepsizelab.chart.Fmt.count(shown)
                : "step " + org.stepsizelab.chart.Fmt.count(shown) + " (the kept step nearest to "
                        + org.stepsizelab.chart.Fmt.count(scrubbed) + ")", caption);
    }
}

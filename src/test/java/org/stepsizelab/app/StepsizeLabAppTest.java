package org.stepsizelab.app;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.stepsizelab.app.vm.RunState;
import org.stepsizelab.chart.ChartKind;
import org.stepsizelab.chart.LabChart;
import org.testfx.util.WaitForAsyncUtils;

/** The window, headless (TestFX on Monocle): each test launches it with the default run. */
class StepsizeLabAppTest extends AppWindowTest {

    private LabChart chart() {
        return app.view().charts().labChart();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    /** Reads FX state on the FX thread. */
    private <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(5, TimeUnit.SECONDS);
    }

    @Test
    void opensWithTheDefaultRunShadedAndThreeNonEmptyCharts() throws Exception {
        waitFor(() -> vm().run().stateProperty().get() == RunState.FINISHED);
        waitFor(() -> fx(() -> chart().pointCount(ChartKind.LOSS) > 0));
        fx(() -> {
            for (ChartKind k : new ChartKind[] {ChartKind.LOSS, ChartKind.NORM, ChartKind.MARGIN}) {
                assertTrue(chart().pointCount(k) > 10, k + " is drawn");
                assertEquals(9.0, chart().eosMarker(k).getEndValue(), "EoS phase [0, 9) shaded on " + k);
            }
            return null;
        });
        Label phase = lookup("#status-phase").queryAs(Label.class);
        assertEquals("stable since step 9", phase.getText());
        assertEquals("step 10 000 / 10 000", lookup("#status-step").queryAs(Label.class).getText()
                .replace('\u2009', ' '));
    }

    @Test
    void movingTheEtaSliderRestartsWithTheNewEta() throws Exception {
        waitFor(() -> vm().run().stateProperty().get().over());
        Slider eta = lookup("#eta-slider").queryAs(Slider.class);
        interact(() -> eta.setValue(0)); // log10 η = 0
        assertEquals("1", lookup("#eta-field").queryAs(TextField.class).getText());
        waitFor(() -> vm().run().configProperty().get().eta() == 1.0 && vm().run().stateProperty().get().over());
        // the phase readout follows at the view model's next tick after the run's end
        waitFor(() -> fx(() -> vm().run().phaseProperty().get().eosEndStep() == 0));
        assertEquals(0, vm().run().phaseProperty().get().eosEndStep(), "η = 1: no EoS phase");
        assertTrue(lookup("#eta-readout").queryAs(Label.class).getText().contains("η/m = 0.05"));
    }

    @Test
    void pinAddsAColouredOverlayAndClearRemovesIt() throws Exception {
        waitFor(() -> vm().run().stateProperty().get().over());
        type(KeyCode.P);
        waitFor(() -> fx(() -> chart().dataset(ChartKind.LOSS).getSeriesCount() == 2));
        assertEquals(1, vm().pins().pins().size());
        assertTrue(fx(() -> lookup("#pins").lookup(".pin-row").tryQuery().isPresent()));
        clickOn("#clear-pins");
        waitFor(() -> fx(() -> chart().dataset(ChartKind.LOSS).getSeriesCount() == 1));
    }

    @Test
    void pauseStepResumeAndResetFromTheKeyboardAndToolBar() throws Exception {
        interact(() -> vm().params().stepsProperty().set(50_000_000));
        waitFor(() -> vm().run().configProperty().get().steps() == 50_000_000
                && vm().run().stepProperty().get() > 1000);
        type(KeyCode.SPACE);
        assertEquals(RunState.PAUSED, vm().run().stateProperty().get());
        assertEquals("▶ Run", lookup("#run-pause").queryAs(javafx.scene.control.Button.class).getText());
        Thread.sleep(150);
        long at = fx(() -> vm().run().stepProperty().get());
        type(KeyCode.S);
        waitFor(() -> vm().run().stepProperty().get() == at + 1);
        clickOn("#step-100");
        waitFor(() -> vm().run().stepProperty().get() == at + 101);
        clickOn("#run-pause");
        waitFor(() -> vm().run().stepProperty().get() > at + 1000);
        assertEquals(RunState.RUNNING, vm().run().stateProperty().get());
        type(KeyCode.ESCAPE);
        assertEquals(RunState.STOPPED, vm().run().stateProperty().get());
        long runs = fx(() -> vm().run().runNumberProperty().get());
        type(KeyCode.R);
        waitFor(() -> vm().run().runNumberProperty().get() == runs + 1);
        waitFor(() -> fx(() -> vm().run().table().size() > 0));
        assertEquals(0, fx(() -> vm().run().table().firstStep(0)), "reset starts again at step 0");
    }

    @Test
    void invalidFieldInputIsRefusedWithAMessage() throws Exception {
        waitFor(() -> vm().run().stateProperty().get().over());
        TextField eta = lookup("#eta-field").queryAs(TextField.class);
        clickOn(eta);
        interact(() -> eta.setText("fast"));
        type(KeyCode.ENTER);
        Label message = lookup("#message").queryAs(Label.class);
        assertEquals("stepsize η: 'fast' is not a number; enter a number > 0, e.g. 1e4", message.getText());
        assertTrue(message.isVisible() || message.getParent().isVisible());
        assertTrue(eta.getStyleClass().contains("invalid"));
        assertEquals(1e4, vm().params().etaProperty().get());
        assertFalse(vm().restartPending());
        // typing shortcut letters into a field does not trigger them: R (reset to step 0), P (pin),
        // L (log step axis) and S (step) arrive as text only
        long step = vm().run().stepProperty().get();
        boolean logX = vm().view().logXProperty().get();
        interact(() -> eta.setText(""));
        write("rpls");
        assertEquals("rpls", eta.getText());
        assertEquals(step, vm().run().stepProperty().get(), "R did not reset the finished run");
        assertEquals(0, vm().pins().pins().size(), "P did not pin");
        assertEquals(logX, vm().view().logXProperty().get(), "L did not switch the step axis");
        interact(() -> eta.setText(""));
        write("5e3");
        type(KeyCode.ENTER);
        waitFor(() -> vm().params().etaProperty().get() == 5000);
        assertFalse(eta.getStyleClass().contains("invalid"));
        assertEquals(0, vm().pins().pins().size());
    }
}

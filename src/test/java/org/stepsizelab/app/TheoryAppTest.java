package org.stepsizelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.stepsizelab.app.view.SweepWindow;
import org.stepsizelab.app.view.TheoryFeature;
import org.stepsizelab.app.vm.RunState;
import org.stepsizelab.app.vm.SweepViewModel;
import org.stepsizelab.chart.ChartKind;
import org.testfx.util.WaitForAsyncUtils;

/** The theory features in the window, headless: THEORY panel, sharpness toggle, C/(ηt) line, sweeps. */
class TheoryAppTest extends AppWindowTest {

    private TheoryFeature feature() {
        return TheoryFeature.of(app.view());
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        // generous: CI machines may be shared, and the runs here train for real
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    private <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(5, TimeUnit.SECONDS);
    }

    private String text(String id) throws Exception {
        return fx(() -> lookup(id).queryAs(Label.class).getText());
    }

    @Test
    void theoryPanelShowsTheXorReportWithTheRunsSteps() throws Exception {
        waitFor(() -> vm().run().stateProperty().get() == RunState.FINISHED);
        waitFor(() -> fx(() -> lookup("#theory-stable_step").tryQuery().isPresent()
                && "66".equals(lookup("#theory-stable_step").queryAs(Label.class).getText())));
        assertEquals("500", text("#theory-eta_over_m"));
        assertEquals("0", text("#theory-gamma"));
        assertEquals("0.5", text("#theory-alpha"));
        assertEquals("9", text("#theory-eos_end_step"));
        assertEquals("20", text("#theory-monotone_step"));
        // the fifth check is separability, which XOR fails
        assertTrue(text("#theory-check-4").startsWith("✗ data linearly separable"), text("#theory-check-4"));
        assertTrue(text("#theory-check-1").startsWith("✓ α"), text("#theory-check-1"));
        String tip = fx(() -> org.stepsizelab.app.view.LazyTooltip.text(lookup("#theory-alpha").queryAs(Label.class)));
        assertTrue(tip.contains("Assumption 2"), "α's tooltip names the assumption: " + tip);
    }

    @Test
    void sharpnessToggleComputesItAndRateLineDrawsOnTheLossChart() throws Exception {
        waitFor(() -> vm().run().stateProperty().get() == RunState.FINISHED);
        interact(() -> vm().params().stepsProperty().set(2000)); // λ_max at every step: keep the run short
        clickOn("#theory-sharpness");
        waitFor(() -> vm().run().configProperty().get().sharpnessEvery() > 0
                && vm().run().stateProperty().get() == RunState.FINISHED);
        waitFor(() -> fx(() -> app.view().charts().labChart().pointCount(ChartKind.SHARPNESS) > 10));
        assertTrue(fx(() -> lookup("#theory-sharpness").queryAs(CheckBox.class).isSelected()));

        clickOn("#theory-rate-line");
        waitFor(() -> fx(() -> app.view().charts().labChart().rateLineDataset() != null));
        clickOn("#theory-rate-line");
        waitFor(() -> fx(() -> app.view().charts().labChart().rateLineDataset() == null));

        clickOn("#theory-sharpness");
        waitFor(() -> vm().run().configProperty().get().sharpnessEvery() == 0);
    }

    @Test
    void sweepWindowRunsChartsAndCancels() throws Exception {
        waitFor(() -> vm().run().stateProperty().get() == RunState.FINISHED);
        SweepViewModel s = feature().sweeps();
        interact(() -> {
            s.etaCountProperty().set(5); // the window's fields start from the view model
            s.etaMinProperty().set(1);
            s.etaMaxProperty().set(1e4);
            vm().params().stepsProperty().set(2000); // the sweep runs the current T
        });
        SweepWindow w = fx(() -> {
            SweepWindow sw = feature().sweepWindow(app.view());
            sw.show();
            return sw;
        });
        // looked up and pressed on the FX thread: a lookup from the test thread walks the scene graphs
        // while the FX thread changes them, and once hit a null child (NullPointerException in lookupAll)
        interact(() -> lookup("#sweep-run-eta").queryButton().fire());
        waitFor(() -> fx(() -> s.overEtaProperty().get().size() == 5 && !s.runningProperty().get()));
        assertEquals(1.0, fx(() -> s.progressProperty().get()));
        assertEquals(1e4, s.overEtaProperty().get().get(4).eta());
        assertEquals(2000, s.overEtaProperty().get().get(4).steps());
        assertTrue(s.overEtaProperty().get().get(4).eosEndStep() > 0);

        // the shown chart exports off the FX thread (a new chart from the same results); the status says when
        java.nio.file.Path svg = java.nio.file.Files.createTempDirectory("sweep-export").resolve("loss-vs-eta.svg");
        interact(() -> w.exportShown(svg, org.stepsizelab.chart.export.ExportSize.PRESETS.get(0)));
        waitFor(() -> fx(() -> s.statusProperty().get()).startsWith("exported"));
        String drawn = java.nio.file.Files.readString(svg);
        assertTrue(drawn.startsWith("<?xml") || drawn.startsWith("<svg"), "an SVG file");
        assertTrue(drawn.contains("</svg>"), "a whole SVG file");

        // slide style restyles the sweep charts at once, not at the next sweep
        java.util.function.Supplier<Integer> font = () -> lookup("#sweep-chart-final-loss-vs-")
                .queryAs(org.jfree.chart.fx.ChartViewer.class).getChart().getXYPlot().getDomainAxis().getLabelFont().getSize();
        int screen = fx(font::get);
        interact(() -> vm().view().slideProperty().set(true));
        assertTrue(fx(font::get) > screen, "slide style: larger axis labels on the sweep chart");
        interact(() -> vm().view().slideProperty().set(false));
        assertEquals(screen, fx(font::get));

        // a long budget sweep, cancelled
        interact(() -> lookup("#sweep-steps-list").queryAs(TextField.class).setText("50000000,60000000"));
        clickOn("#sweep-run-steps");
        waitFor(() -> fx(() -> s.runningProperty().get()));
        clickOn("#sweep-cancel");
        waitFor(() -> fx(() -> !s.runningProperty().get()));
        assertTrue(fx(() -> s.statusProperty().get()).startsWith("cancelled"), fx(() -> s.statusProperty().get()));
        assertTrue(fx(() -> s.proportionalProperty().get().isEmpty()), "a cancelled sweep draws nothing");
        interact(() -> w.stage().close());
    }

    @Test
    void badSweepInputIsAMessageNotACrash() throws Exception {
        fx(() -> {
            feature().sweepWindow(app.view()).show();
            return null;
        });
        interact(() -> lookup("#sweep-eta-min").queryAs(TextField.class).setText("-1"));
        clickOn("#sweep-run-eta");
        assertTrue(fx(() -> feature().sweeps().statusProperty().get()).contains("η min: '-1' is not allowed"));
        interact(() -> lookup("#sweep-steps-list").queryAs(TextField.class).setText("100,abc"));
        clickOn("#sweep-run-steps");
        assertTrue(fx(() -> feature().sweeps().statusProperty().get()).contains("'abc' is not a whole number"));
    }
}

package org.stepsizelab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.PhaseInfo;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.config.ConfigKey;

/** The margin chart's axis names the M of min_i y_i f/‖w‖^M its runs use, in the window and in exports. */
class MarginAxisLabelTest {

    private static ChartData data(double current, double... pinned) {
        List<ChartSeries> pins = new java.util.ArrayList<>();
        for (double m : pinned) {
            pins.add(new ChartSeries("pin", new HistoryTable(), -1, m));
        }
        return new ChartData(null, new ChartSeries("run", new HistoryTable(), 0, current), PhaseInfo.NONE, List.of(),
                pins);
    }

    @Test
    void theLabelSaysWhichPower() {
        assertEquals("γ̄(w_t), M = 4", ChartKind.MARGIN.axisLabel(data(4)));
        assertEquals("γ̄(w_t), M = 1", ChartKind.MARGIN.axisLabel(data(1, 1, 1)));
        assertEquals("γ̄(w_t), M = 1.5", ChartKind.MARGIN.axisLabel(data(1.5)));
        assertEquals("γ̄(w_t), M = 4, 1 (by run)", ChartKind.MARGIN.axisLabel(data(4, 1)));
        assertEquals("γ̄(w_t)", ChartKind.MARGIN.axisLabel(data(Double.NaN)), "unknown M: the plain symbol");
        assertEquals("L(w_t)", ChartKind.LOSS.axisLabel(data(4)), "only the margin chart changes");
    }

    @Test
    void aRunsPowerComesFromItsNetwork() {
        RunConfig two = RunConfig.defaults();
        RunConfig mlp = two.with(ConfigKey.MODEL, "mlp").with(ConfigKey.DEPTH, 4);
        assertEquals(1.0, ChartSeries.of(two, new HistoryTable(), 0).marginPower());
        assertEquals(4.0, ChartSeries.of(mlp, new HistoryTable(), 0).marginPower(), "M = L");
        assertEquals(2.0, ChartSeries.of(mlp.with(ConfigKey.MARGIN_POWER, 2.0), new HistoryTable(), 0).marginPower());
        assertEquals(3.0, ChartSeries.of(mlp.with(ConfigKey.DEPTH, null).with(ConfigKey.WIDTHS, List.of(8, 8)),
                new HistoryTable(), 0).marginPower(), "two hidden widths: L = 3");
        assertEquals("η=10⁴, mlp L=4 m=20, softplus c=½", RunLabels.of(mlp));
    }

    @Test
    void theDrawnAxisFollowsTheData() {
        LabChart c = ChartFactory.panel(data(4), ChartStyle.screen());
        assertEquals("γ̄(w_t), M = 4", c.plot(ChartKind.MARGIN).getRangeAxis().getLabel());
        c.update(data(1));
        assertEquals("γ̄(w_t), M = 1", c.plot(ChartKind.MARGIN).getRangeAxis().getLabel());
        LabChart one = ChartFactory.single(ChartKind.MARGIN, data(3), ChartStyle.screen());
        assertEquals("γ̄(w_t), M = 3", one.plot(ChartKind.MARGIN).getRangeAxis().getLabel());
    }

    /** A table of steps 0 … T with a constant loss, for shading and legend checks. */
    private static HistoryTable steps(int t) {
        org.stepsizelab.core.RunHistory h = new org.stepsizelab.core.RunHistory();
        for (int i = 0; i <= t; i++) {
            h.append(new org.stepsizelab.core.StepRecord(i, 0.5, 1, -1e-4, 0.5, Double.NaN, Double.NaN, Double.NaN,
                    1.0));
        }
        return h.snapshot();
    }

    @Test
    void anMlpRunThatNeverSettlesGetsNoStablePhaseNameAndNoTheoremLegend() {
        // the Fig. 1 large-η run: the loss last rose at step 399 of 400, and an MLP has no Thm 2.2 thresholds
        PhaseInfo p = new PhaseInfo(399, Double.NaN, Double.NaN, null, null, 400);
        ChartData d = new ChartData(null, new ChartSeries("mlp", steps(400), 0, 4), p, List.of(), List.of());
        LabChart c = ChartFactory.panel(d, ChartStyle.screen());
        assertEquals(null, c.stableMarkerLabel(), "one step after s* is no stable phase to name");
        var items = ((org.jfree.chart.title.LegendTitle) c.chart().getSubtitle(0)).getSources()[0].getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            String label = ((org.jfree.chart.LegendItem) items.get(i)).getLabel();
            org.junit.jupiter.api.Assertions.assertFalse(label.startsWith("Thm 2.2"), label);
        }
        c.update(new ChartData(null, d.current(), new PhaseInfo(100, Double.NaN, Double.NaN, null, null, 400),
                List.of(), List.of()));
        assertEquals("stable phase", c.stableMarkerLabel());
    }
}

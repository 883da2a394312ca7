package org.stepsizelab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.chart.export.ChartExporter;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.theory.SweepResult;

class SweepChartsTest {

    static SweepResult r(double eta, long steps, double loss, long sStar, boolean diverged) {
        return new SweepResult(eta, steps, loss, sStar, null, 1, 0.01, diverged, 0.1, false);
    }

    static XYSeriesCollection data(JFreeChart c) {
        return (XYSeriesCollection) c.getXYPlot().getDataset();
    }

    static String subtitles(JFreeChart c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.getSubtitleCount(); i++) {
            if (c.getSubtitle(i) instanceof TextTitle t) {
                sb.append(t.getText());
            }
        }
        return sb.toString();
    }

    @Test
    void eosLengthChartFitsOnlyRunsWithEosAndDrawsAnUpperEnvelopeNotATheoremSlope() {
        List<SweepResult> rs = List.of(r(1, 100, 0.5, 0, false), r(100, 100, 1e-3, 10, false),
                r(1e4, 100, 1e-6, 400, false), r(1e6, 100, Double.NaN, 3, true));
        JFreeChart c = SweepCharts.eosLengthVsEta(rs, null, SweepCharts.Look.screen());
        XYSeriesCollection d = data(c);
        assertEquals(2, d.getSeries(0).getItemCount(), "measured points: s* > 0 and not diverged");
        String fit = d.getSeries(1).getKey().toString();
        assertTrue(fit.contains("measured") && fit.contains("0.80"), fit);
        for (int i = 0; i < d.getSeriesCount(); i++) {
            assertFalse(d.getSeries(i).getKey().toString().contains("Θ(η)"), "no series claims s* = Θ(η)");
        }
        // the envelope C·η has slope 1 and lies on or above every measured point, touching the highest s*/η
        var g = d.getSeries(2);
        assertTrue(g.getKey().toString().contains("upper envelope"), g.getKey().toString());
        double slope = Math.log(g.getY(1).doubleValue() / g.getY(0).doubleValue())
                / Math.log(g.getX(1).doubleValue() / g.getX(0).doubleValue());
        assertEquals(1.0, slope, 1e-12);
        assertEquals(0.1 * 100, g.getY(0).doubleValue(), 1e-9, "C = max s*/η = 10/100");
        assertTrue(g.getY(1).doubleValue() >= 400);
        assertTrue(c.getXYPlot().getDomainAxis() instanceof LogAxis && c.getXYPlot().getRangeAxis() instanceof LogAxis);
        assertTrue(subtitles(c).contains("1 run(s) without EoS") && subtitles(c).contains("1 diverged"), subtitles(c));
    }

    @Test
    void eosLengthChartDrawsNoTheoremLineWhereTheTheoremDoesNotApply() {
        List<SweepResult> rs = List.of(r(100, 100, 1e-3, 10, false), r(1e4, 100, 1e-6, 400, false));
        JFreeChart c = SweepCharts.eosLengthVsEta(rs, "data linearly separable (γ > 0) fails: γ = 0",
                SweepCharts.Look.screen());
        XYSeriesCollection d = data(c);
        assertEquals(2, d.getSeriesCount(), "points and the measured fit only");
        assertTrue(subtitles(c).contains("Theorem 4.1 does not apply (data linearly separable"), subtitles(c));
    }

    @Test
    void budgetChartHasBothSchedulesAndGuidesThroughTheirFirstPoints() {
        List<SweepResult> prop = List.of(r(500, 1000, 1e-3, 0, false), r(4000, 8000, 1e-6, 9, false));
        List<SweepResult> fixed = List.of(r(1, 1000, 0.6, 0, false), r(1, 8000, 0.18, 0, false));
        JFreeChart c = SweepCharts.finalLossVsSteps(prop, "η = T/2", fixed, "η = 1", SweepCharts.Look.slide());
        XYSeriesCollection d = data(c);
        assertEquals(4, d.getSeriesCount());
        var minus2 = d.getSeries(2);
        assertEquals(1e-3, minus2.getY(0).doubleValue(), 1e-18);
        assertEquals(1e-3 / 64, minus2.getY(1).doubleValue(), 1e-15);
        var minus1 = d.getSeries(3);
        assertEquals(0.6 / 8, minus1.getY(1).doubleValue(), 1e-12);
        assertTrue(subtitles(c).contains("η = T/2: slope -3.32"), subtitles(c));
    }

    @Test
    void exportsThroughTheSharedExporter(@TempDir Path dir) throws Exception {
        JFreeChart c = SweepCharts.finalLossVsEta(List.of(r(1, 10, 0.3, 0, false), r(1e4, 10, 1e-5, 9, false)),
                SweepCharts.Look.screen());
        assertEquals(2, data(c).getSeries(0).getItemCount());
        assertEquals(1, data(c).getSeries(1).getItemCount());
        assertEquals(1, data(c).getSeries(2).getItemCount());
        Path png = dir.resolve("a.png");
        ChartExporter.write(c, ChartExporter.Format.PNG, png, new ExportSize(400, 300, 1));
        assertTrue(Files.size(png) > 1000);
    }
}

package org.stepsizelab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.theory.GridAxis;
import org.stepsizelab.core.theory.GridCells;
import org.stepsizelab.core.theory.GridMetric;
import org.stepsizelab.core.theory.GridSweep;
import org.stepsizelab.core.theory.SweepResult;

/** The heat map: one square per cell at its axis indices, log colours for losses, grey for cells without a value. */
class GridHeatMapTest {
    private static SweepResult r(double loss, long sStar, boolean diverged) {
        return new SweepResult(1, 50, loss, sStar, null, 2, 0.1, diverged, 0.5, false);
    }

    private static final GridSweep GRID = new GridSweep(RunConfig.defaults(),
            List.of(GridAxis.parse("eta=1:100:3", "--grid"), GridAxis.parse("activation=softplus,gelu", "--grid")),
            List.of());

    private static List<GridCells.Cell> cells() {
        // cells in order (eta, activation): (1,s) (1,g) (10,s) (10,g) (100,s) (100,g)
        return GridCells.of(GRID, Arrays.asList(r(1e-1, 0, false), r(1e-2, 0, false), r(1e-3, 5, false),
                r(1e-4, 7, false), r(1e-5, 9, false), r(Double.NaN, 0, true)));
    }

    @Test
    void squaresSitAtTheAxisIndicesAndLossesAreColouredInLog10() {
        JFreeChart c = GridHeatMap.of(GRID, cells(), GridMetric.FINAL_LOSS, SweepCharts.Look.screen());
        XYZDataset d = (XYZDataset) c.getXYPlot().getDataset();
        assertEquals(6, d.getItemCount(0));
        // item k = x index * ny + y index; z is log10 of the loss
        assertEquals(2.0, d.getXValue(0, 4));
        assertEquals(0.0, d.getYValue(0, 4));
        assertEquals(-5.0, d.getZValue(0, 4), 1e-12);
        assertTrue(Double.isNaN(d.getZValue(0, 5)), "the diverged cell has no value");
        GridHeatMap.Scale s = (GridHeatMap.Scale) ((XYBlockRenderer) c.getXYPlot().getRenderer()).getPaintScale();
        assertEquals(Palette.NO_VALUE, s.getPaint(Double.NaN));
        assertEquals(Palette.sequential(0), s.getPaint(-5));
        assertEquals(Palette.sequential(1), s.getPaint(-1));
        SymbolAxis x = (SymbolAxis) c.getXYPlot().getDomainAxis();
        assertEquals("η (log scale)", x.getLabel());
        assertEquals(List.of("1", "10", "100"), Arrays.asList(x.getSymbols()));
        assertEquals("activation", c.getXYPlot().getRangeAxis().getLabel());
        List<String> texts = c.getXYPlot().getAnnotations().stream().map(a -> ((XYTextAnnotation) a).getText()).toList();
        assertTrue(texts.contains("1e-5") && texts.contains("–"), texts.toString());
        StringBuilder sub = new StringBuilder();
        for (int i = 0; i < c.getSubtitleCount(); i++) {
            if (c.getSubtitle(i) instanceof TextTitle t) {
                sub.append(t.getText());
            }
        }
        assertTrue(sub.toString().contains("1 diverged run(s) left out"), sub.toString());
    }

    @Test
    void aClickedPointMapsBackToItsCell() {
        assertEquals(List.of(2, 1), Arrays.stream(GridHeatMap.coordinatesAt(GRID, 2.3, 0.6)).boxed().toList());
        assertNull(GridHeatMap.coordinatesAt(GRID, 3.6, 0));
        JFreeChart c = GridHeatMap.of(GRID, cells(), GridMetric.EOS_END, SweepCharts.Look.slide());
        List<String> texts = c.getXYPlot().getAnnotations().stream().map(a -> ((XYTextAnnotation) a).getText()).toList();
        assertTrue(texts.contains("9") && texts.contains("0"), texts.toString());
    }
}

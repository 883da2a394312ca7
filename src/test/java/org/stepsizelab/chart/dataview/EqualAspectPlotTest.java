package org.stepsizelab.chart.dataview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.export.ChartExporter;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.dataview.DataViewScene;
import org.stepsizelab.core.dataview.PlaneFrame;
import org.stepsizelab.core.dataview.SceneMaker;
import org.stepsizelab.core.training.Training;

/**
 * The plane is drawn with one scale on both axes, whatever the picture's shape: a unit of x₁ is as
 * many pixels as a unit of x₂ (so the neurons' lines keep their angles), the plot is centred in
 * the space it is given, and the height it leaves empty is reported, so the data view can ask for a
 * shorter picture that holds the same plot.
 */
class EqualAspectPlotTest {

    @ParameterizedTest
    @CsvSource({"392, 782", "1200, 600", "480, 440"})
    void aUnitIsAsLongOnBothAxes(int width, int height) {
        Training t = Training.open(RunConfig.defaults().withSteps(50));
        SceneMaker maker = new SceneMaker(t.model(), t.data());
        DataViewScene s = maker.scene(0, t.trainer().weights(), maker.columnsFor(width, 4e7));
        JFreeChart chart = DataViewChart.of(s, ChartStyle.screen());
        ChartRenderingInfo info = new ChartRenderingInfo();
        ChartExporter.renderInto(chart, new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE),
                new ExportSize(width, height, 1), info);
        Rectangle2D data = info.getPlotInfo().getDataArea();
        PlaneFrame f = s.frame();
        double perUnitX = data.getWidth() / f.width(), perUnitY = data.getHeight() / f.height();
        assertEquals(perUnitX, perUnitY, 0.02 * perUnitX, "pixels per unit, x₁ against x₂, " + data);
        assertTrue(data.getWidth() > 0.5 * Math.min(width, height) - 120, "the plot keeps most of the space: " + data);

        double slack = DataViewChart.verticalSlack(chart);
        if (height > width) {
            assertTrue(slack > 100, "a tall picture leaves height empty: " + slack);
            // drawn that much shorter, the same plot fits with (nearly) nothing left over
            int shorter = height - (int) Math.floor(slack);
            ChartRenderingInfo again = new ChartRenderingInfo();
            ChartExporter.renderInto(chart, new BufferedImage(width, shorter, BufferedImage.TYPE_INT_ARGB_PRE),
                    new ExportSize(width, shorter, 1), again);
            assertEquals(data.getWidth(), again.getPlotInfo().getDataArea().getWidth(), 2.0, "the same plot width");
            assertTrue(DataViewChart.verticalSlack(chart) < 3, "nothing left over: " + DataViewChart.verticalSlack(chart));
        } else {
            assertEquals(0, slack, 1e-9, "a wide picture is trimmed in width, not height");
        }
    }
}

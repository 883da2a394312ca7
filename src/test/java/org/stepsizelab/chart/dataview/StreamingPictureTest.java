package org.stepsizelab.chart.dataview;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.export.ChartExporter;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.dataview.DataViewScene;
import org.stepsizelab.core.dataview.SceneMaker;
import org.stepsizelab.core.training.Training;

/**
 * The streaming picture shows what the exporter's whole chart shows for the same scene: the kept
 * chart of an earlier step plus the redrawn parts match the chart drawn afresh, pixel for pixel up to
 * antialiasing, and differ from the earlier step's picture.
 */
class StreamingPictureTest {
    private static final int W = 392, H = 520;

    private static DataViewScene[] scenes(long... steps) {
        Training t = Training.open(RunConfig.defaults().withSteps(steps[steps.length - 1]));
        SceneMaker maker = new SceneMaker(t.model(), t.data());
        DataViewScene[] out = new DataViewScene[steps.length];
        for (int i = 0; i < steps.length; i++) {
            while (t.trainer().step() < steps[i]) {
                t.trainer().advance();
            }
            out[i] = maker.scene(t.trainer().step(), t.trainer().weights(), maker.columnsFor(W, 4e7));
        }
        return out;
    }

    private static BufferedImage whole(DataViewScene s) {
        return ChartExporter.render(DataViewChart.of(s, ChartStyle.screen()), new ExportSize(W, H, 1));
    }

    /** Share of pixels whose largest channel difference exceeds {@code tolerance}. */
    private static double differing(BufferedImage a, BufferedImage b, int tolerance) {
        int n = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int p = a.getRGB(x, y), q = b.getRGB(x, y), d = 0;
                for (int s = 0; s <= 16; s += 8) {
                    d = Math.max(d, Math.abs(((p >> s) & 255) - ((q >> s) & 255)));
                }
                if (d > tolerance) {
                    n++;
                }
            }
        }
        return (double) n / (W * H);
    }

    @Test
    void aStreamedPictureMatchesTheWholeChartOfTheSameScene() {
        DataViewScene[] s = scenes(300, 330);
        assertTrue(DataViewChart.colourScale(s[1]) < 2 * DataViewChart.colourScale(s[0]), "the kept chart applies");
        StreamingPicture p = new StreamingPicture();
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB_PRE);
        assertFalse(p.draw(s[0], ChartStyle.screen(), List.of(), image), "the first picture is the whole chart");
        assertTrue(differing(image, whole(s[0]), 0) == 0, "… exactly the exporter's picture");
        assertTrue(p.draw(s[1], ChartStyle.screen(), List.of(), image), "the next is streamed");
        BufferedImage expected = whole(s[1]);
        double off = differing(image, expected, 24);
        assertTrue(off < 0.01, "streamed vs whole chart of the same step: " + off + " of the pixels differ");
        double stale = differing(whole(s[0]), expected, 24);
        assertTrue(stale > 5 * Math.max(off, 0.001), "the test tells steps apart: " + stale + " vs " + off);
    }

    @Test
    void aNewSizeOrStyleDrawsTheWholeChartAgain() {
        DataViewScene[] s = scenes(300, 301);
        StreamingPicture p = new StreamingPicture();
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB_PRE);
        assertFalse(p.draw(s[0], ChartStyle.screen(), List.of(), image));
        assertFalse(p.draw(s[1], ChartStyle.slide(), List.of(), image), "another style");
        assertTrue(p.draw(s[0], ChartStyle.slide(), List.of(), image));
        assertFalse(p.draw(s[1], ChartStyle.slide(), List.of(),
                new BufferedImage(W + 10, H, BufferedImage.TYPE_INT_ARGB_PRE)), "another size");
        p.forget();
        assertFalse(p.draw(s[1], ChartStyle.slide(), List.of(), image));
    }
}

package org.stepsizelab.chart.export;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** A small stacked chart like the app's (loss on log-y, norm), built without the app's factory. */
final class TestCharts {
    private TestCharts() {}

    static JFreeChart stacked() {
        XYSeries loss = new XYSeries("loss", false, true);
        XYSeries norm = new XYSeries("norm", false, true);
        for (int t = 0; t <= 200; t++) {
            loss.add(t, Math.exp(-t / 30.0) * (1 + (t < 40 ? 5 * Math.sin(t) * Math.sin(t) : 0)), false);
            norm.add(t, Math.log1p(t), false);
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("step t"));
        XYPlot top = new XYPlot(new XYSeriesCollection(loss), null, new LogAxis("L(w_t)"),
                new XYLineAndShapeRenderer(true, false));
        top.addDomainMarker(new IntervalMarker(0, 40, new Color(255, 200, 0, 60)));
        XYPlot bottom = new XYPlot(new XYSeriesCollection(norm), null, new NumberAxis("‖w_t‖"),
                new XYLineAndShapeRenderer(true, false));
        bottom.getRenderer().setSeriesStroke(0, new BasicStroke(2f));
        plot.add(top);
        plot.add(bottom);
        return new JFreeChart("Test γ̄ chart", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }
}

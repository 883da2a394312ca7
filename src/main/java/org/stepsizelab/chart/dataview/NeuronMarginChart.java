package org.stepsizelab.chart.dataview;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.Palette;
import org.stepsizelab.core.dataview.NeuronMargins;

/**
 * The paper's Fig. 4 as a chart: each neuron's normalized margin min_i y_i a_j φ(w_jᵀx_i)/‖w_j‖ (thin,
 * blue for a_j = +1, red for a_j = −1) beside the network's γ̄(W_t) (thick black), on a log step
 * axis with the EoS phase [0, s*) in the charts' warm tint and zero marked. Up to
 * {@link #MAX_NEURONS} neurons; beyond that the largest and smallest few at the last step.
 */
public final class NeuronMarginChart {
    public static final int MAX_NEURONS = 32;
    /** Shown when there are more than {@link #MAX_NEURONS} neurons: half the largest, half the smallest. */
    public static final int SHOWN_OF_MANY = 8;

    private NeuronMarginChart() {}

    /** @param eosEnd s* (0: no EoS phase) */
    public static JFreeChart of(NeuronMargins nm, long eosEnd, ChartStyle style) {
        int m = nm.neurons().length;
        int[] shown = nm.shown(m <= MAX_NEURONS ? MAX_NEURONS : SHOWN_OF_MANY);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        XYSeries net = series("network γ̄(W_t)", nm.network(), nm.steps());
        data.addSeries(net);
        r.setSeriesPaint(0, Color.BLACK);
        r.setSeriesStroke(0, new BasicStroke(style.lineWidth() * 1.8f));
        boolean legendPos = false, legendNeg = false;
        for (int j : shown) {
            boolean positive = j % 2 == 0;
            int k = data.getSeriesCount();
            data.addSeries(series("neuron " + (j + 1) + (positive ? " (a = +1)" : " (a = −1)"), nm.neurons()[j], nm.steps()));
            Color c = positive ? DivergingScale.POSITIVE_POINT : DivergingScale.NEGATIVE_POINT;
            r.setSeriesPaint(k, new Color(c.getRed(), c.getGreen(), c.getBlue(), m > 4 ? 150 : 255));
            r.setSeriesStroke(k, new BasicStroke(style.lineWidth()));
            // a legend entry for each sign (the lines of one sign look alike), every neuron when few
            boolean first = positive ? !legendPos : !legendNeg;
            r.setSeriesVisibleInLegend(k, m <= 4 || first);
            legendPos |= positive;
            legendNeg |= !positive;
        }
        LogAxis x = new LogAxis("step t");
        x.setSmallestValue(1);
        x.setLabelFont(font(style, 0));
        x.setTickLabelFont(font(style, -2));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis("normalized margin");
        y.setAutoRangeIncludesZero(true);
        y.setLabelFont(font(style, 0));
        y.setTickLabelFont(font(style, -2));
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.addRangeMarker(new ValueMarker(0, Palette.THEORY, new BasicStroke(1f)), Layer.BACKGROUND);
        if (eosEnd > 0) {
            IntervalMarker eos = new IntervalMarker(1, Math.max(1, eosEnd), Palette.EOS_TINT);
            eos.setLabel("EoS phase");
            eos.setLabelFont(font(style, -2));
            // from the band's top left inward (JFreeChart centres the text on that corner, which
            // put half of it outside the plot)
            eos.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
            eos.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
            eos.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(3, 4, 3, 3));
            plot.addDomainMarker(eos, Layer.BACKGROUND);
        }
        JFreeChart chart = new JFreeChart(null, font(style, 1), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        String title = m == 0 ? "Network margin γ̄(θ_t) (per-neuron margins exist for the two-layer net only)"
                : "Per-neuron margins (Fig. 4)" + (m > MAX_NEURONS
                        ? ": the " + SHOWN_OF_MANY / 2 + " largest and smallest of " + m : "");
        chart.setTitle(new TextTitle(title,
                new Font(Font.SANS_SERIF, Font.BOLD, Math.round(style.fontSize() + 1))));
        chart.getLegend().setItemFont(font(style, -2));
        chart.getLegend().setFrame(BlockBorder.NONE);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        return chart;
    }

    private static XYSeries series(String key, double[] v, long[] steps) {
        XYSeries s = new XYSeries(key, false, true);
        for (int k = 0; k < steps.length; k++) {
            if (steps[k] >= 1 && Double.isFinite(v[k])) { // the log axis starts at t = 1
                s.add(steps[k], v[k], false);
            }
        }
        return s;
    }

    private static Font font(ChartStyle style, float delta) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(style.fontSize() + delta));
    }
}

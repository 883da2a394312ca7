package org.stepsizelab.chart.dataview;

import java.awt.Font;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.Fmt;
import org.stepsizelab.core.dataview.ImageScene;
import org.stepsizelab.core.dataview.ImageShape;

/**
 * The data view of image data as a JFreeChart (so the window, the exporter — PNG, SVG, PDF,
 * clipboard — and the command line draw the same picture): the sample of training images, each
 * framed by the sign (blue y_i f(x_i) &gt; 0, red ≤ 0) and size (frame width ∝ |y_i f(x_i)|) of its
 * margin; the hidden neurons' input weights as images in a diverging palette (blue positive, red
 * negative, white 0; RGB images centred on grey), framed by the sign of a_j; and the histogram of
 * the margins over the whole training set with the minimum marked. Drawn by {@link ImageViewPlot}.
 */
public final class ImageViewChart {
    private ImageViewChart() {}

    public static JFreeChart of(ImageScene s, ChartStyle style) {
        JFreeChart chart = new JFreeChart(null, font(style, 1, Font.BOLD), new ImageViewPlot(s, style), false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTitle(new TextTitle(title(s), font(style, 1, Font.BOLD)));
        chart.addSubtitle(new TextTitle(summary(s), font(style, -1, Font.PLAIN)));
        return chart;
    }

    static String title(ImageScene s) {
        return "Images and neurons at t = " + Fmt.count(s.step());
    }

    static String summary(ImageScene s) {
        return "misclassified " + Fmt.count(s.misclassified()) + " of " + Fmt.count(s.n())
                + "   ·   min y_i f(x_i) = " + Fmt.eng(s.minMargin());
    }

    /** One training image as pixels: grey, or RGB from the planes, scaled from [lo, hi] to black…white. */
    static BufferedImage picture(double[] x, ImageShape shape, double lo, double hi) {
        BufferedImage img = new BufferedImage(shape.width(), shape.height(), BufferedImage.TYPE_INT_RGB);
        int plane = shape.plane();
        double span = hi > lo ? hi - lo : 1;
        for (int p = 0; p < plane; p++) {
            int rgb;
            if (shape.channels() == 1) {
                int g = level((x[p] - lo) / span);
                rgb = (g << 16) | (g << 8) | g;
            } else {
                rgb = (level((x[p] - lo) / span) << 16) | (level((x[plane + p] - lo) / span) << 8)
                        | level((x[2 * plane + p] - lo) / span);
            }
            img.setRGB(p % shape.width(), p / shape.width(), rgb);
        }
        return img;
    }

    /**
     * One neuron's input weights as pixels: grey images in the diverging palette scaled by max |w_jk|,
     * RGB images as 0.5 + 0.5·w/max|w| per channel (grey where w = 0).
     */
    static BufferedImage weights(double[] w, ImageShape shape) {
        double max = 0;
        for (double v : w) {
            if (Double.isFinite(v)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        double scale = max > 0 ? max : 1;
        DivergingScale colours = new DivergingScale(scale);
        BufferedImage img = new BufferedImage(shape.width(), shape.height(), BufferedImage.TYPE_INT_RGB);
        int plane = shape.plane();
        for (int p = 0; p < plane; p++) {
            int rgb;
            if (shape.channels() == 1) {
                rgb = colours.rgbFull(w[p]);
            } else {
                rgb = (level(0.5 + 0.5 * w[p] / scale) << 16) | (level(0.5 + 0.5 * w[plane + p] / scale) << 8)
                        | level(0.5 + 0.5 * w[2 * plane + p] / scale);
            }
            img.setRGB(p % shape.width(), p / shape.width(), rgb);
        }
        return img;
    }

    private static int level(double u) {
        if (!Double.isFinite(u)) {
            return 128;
        }
        return (int) Math.round(255 * Math.max(0, Math.min(1, u)));
    }

    static Font font(ChartStyle style, float delta, int weight) {
        return new Font(Font.SANS_SERIF, weight, Math.round(style.fontSize() + delta));
    }
}

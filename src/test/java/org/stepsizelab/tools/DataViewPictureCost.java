package org.stepsizelab.tools;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.jfree.chart.JFreeChart;
import org.stepsizelab.app.dataview.DataViewModel;
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.dataview.DataViewChart;
import org.stepsizelab.chart.dataview.ImageViewChart;
import org.stepsizelab.chart.dataview.StreamingPicture;
import org.stepsizelab.chart.export.ChartExporter;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.dataview.DataViewScene;
import org.stepsizelab.core.dataview.SceneMaker;
import org.stepsizelab.core.training.Training;
import org.stepsizelab.jmh.DataViewBench;

/**
 * The cost of one data-view picture (480×440, as the panel draws it) in the drawing thread's CPU
 * time as well as wall time, so that a loaded machine still gives the figure a quiet one would
 * (wall time under load counts the other processes' turns):
 * {@code java --add-modules=jdk.incubator.vector -cp … org.stepsizelab.tools.DataViewPictureCost xor-20|mlp3-100|mnist-1000 [SECONDS]}.
 * Prints the scene's and the whole picture's mean CPU and wall milliseconds after a warm-up, and
 * the picture rate the panel's pacing allows (one picture per 2 × its time, capped by the 60 Hz pulse).
 */
public final class DataViewPictureCost {
    public static void main(String[] args) {
        String workload = args.length > 0 ? args[0] : "xor-20";
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        Training t = Training.open(DataViewBench.config(workload));
        for (int i = 0; i < 100; i++) {
            t.trainer().advance();
        }
        double[] theta = t.trainer().weights();
        SceneMaker maker = new SceneMaker(t.model(), t.data());
        int columns = maker.columnsFor(440, DataViewModel.MAP_BUDGET_MULTIPLY_ADDS);
        ExportSize size = new ExportSize(480, 440, 1);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            picture(maker, theta, columns, size);
        }
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int k = 0;
        double sceneCpu = 0, sceneWall = 0, picCpu = 0, picWall = 0;
        while (System.nanoTime() < end) {
            long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
            Object scene = maker.kind() == SceneMaker.Kind.IMAGES ? maker.images(100, theta) : maker.scene(100, theta, columns);
            long c1 = mx.getCurrentThreadCpuTime(), w1 = System.nanoTime();
            picture(maker, theta, columns, size);
            long c2 = mx.getCurrentThreadCpuTime(), w2 = System.nanoTime();
            sceneCpu += (c1 - c0) / 1e6;
            sceneWall += (w1 - w0) / 1e6;
            picCpu += (c2 - c1) / 1e6;
            picWall += (w2 - w1) / 1e6;
            k++;
            if (scene == null) {
                throw new IllegalStateException();
            }
        }
        System.out.printf("%s (%s, %d map columns): scene %.1f ms CPU (%.1f wall), picture %.1f ms CPU (%.1f wall),"
                + " %d pictures; paced rate at that CPU time %.1f pictures/s%n", workload, t.model().name(),
                maker.kind() == SceneMaker.Kind.IMAGES ? 0 : columns, sceneCpu / k, sceneWall / k, picCpu / k,
                picWall / k, k, Math.min(60, 1000 / (2 * picCpu / k)));
        if (maker.plane()) {
            streaming(workload, t, maker, seconds, mx);
        }
    }

    /**
     * The streaming path's cost (the panel's path while a run streams): the scene at the streaming
     * resolution and the picture drawn from the kept chart into a reused buffer, the weights taken
     * from successive steps so every picture differs.
     */
    private static void streaming(String workload, Training t, SceneMaker maker, double seconds, ThreadMXBean mx) {
        int columns = maker.columnsFor(440 / 2, DataViewModel.MAP_BUDGET_MULTIPLY_ADDS / 2);
        double[][] thetas = new double[8][];
        for (int i = 0; i < thetas.length; i++) {
            t.trainer().advance();
            thetas[i] = t.trainer().weights();
        }
        StreamingPicture p = new StreamingPicture();
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(480, 440,
                java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
        int k = 0, fast = 0;
        double sceneCpu = 0, picCpu = 0, wall = 0;
        long warmEnd = System.nanoTime() + 3_000_000_000L, end = warmEnd + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            boolean measured = System.nanoTime() >= warmEnd;
            long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
            DataViewScene scene = maker.scene(100 + k, thetas[k % thetas.length], columns);
            long c1 = mx.getCurrentThreadCpuTime();
            boolean f = p.draw(scene, ChartStyle.screen(), java.util.List.of(), image);
            long c2 = mx.getCurrentThreadCpuTime(), w2 = System.nanoTime();
            if (measured) {
                sceneCpu += (c1 - c0) / 1e6;
                picCpu += (c2 - c1) / 1e6;
                wall += (w2 - w0) / 1e6;
                fast += f ? 1 : 0;
                k++;
            } else {
                k = (k + 1) % thetas.length;
            }
        }
        k = Math.max(1, k);
        System.out.printf("%s streaming (%d map columns): scene %.1f ms CPU, drawing %.1f ms CPU, together %.1f ms CPU"
                + " (%.1f wall), %d pictures (%d from the kept chart)%n", workload, columns, sceneCpu / k, picCpu / k,
                (sceneCpu + picCpu) / k, wall / k, k, fast);
    }

    private static java.awt.image.BufferedImage picture(SceneMaker maker, double[] theta, int columns, ExportSize size) {
        JFreeChart chart = maker.kind() == SceneMaker.Kind.IMAGES
                ? ImageViewChart.of(maker.images(100, theta), ChartStyle.screen())
                : DataViewChart.of(maker.scene(100, theta, columns), ChartStyle.screen());
        return ChartExporter.render(chart, size);
    }
}

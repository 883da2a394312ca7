package org.stepsizelab.jmh;

import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import org.jfree.chart.JFreeChart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stepsizelab.app.dataview.DataViewModel;
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.dataview.DataViewChart;
import org.stepsizelab.chart.dataview.ImageViewChart;
import org.stepsizelab.chart.export.ChartExporter;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.dataview.SceneMaker;
import org.stepsizelab.core.training.Training;

/**
 * One picture of the data view, as the app's render thread makes it for a 480×440 panel: the scene
 * (the decision map's grid of {@code Model.predict} values, its contour and the neuron lines; for
 * image data the margins and images) and the chart drawn into an image ({@code picture} = scene +
 * drawing). The panel's frame rate is bounded by 1000 / picture ms (it draws on its own thread;
 * the FX thread only takes the image; the window's own measurement while a run streams is
 * {@code DataViewFrameBench}). Workloads: the paper's XOR (m = 20), a three-layer MLP of width 100
 * on moons (2-D), and the image views of MNIST 3 vs 5 (n = 1,000, m = 100).
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/jmh.cp
 * java --add-modules=jdk.incubator.vector -cp target/test-classes:target/classes:$(cat target/jmh.cp) \
 *      org.openjdk.jmh.Main DataViewBench
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Djava.awt.headless=true"})
public class DataViewBench {
    @Param({"xor-20", "mlp3-100", "mnist-1000"})
    public String workload;

    private SceneMaker maker;
    private double[] theta;
    private int columns;
    private final ExportSize size = new ExportSize(480, 440, 1);

    /** The three workloads' configurations. */
    public static RunConfig config(String workload) {
        return switch (workload) {
            case "xor-20" -> RunConfig.defaults().withSteps(200);
            case "mlp3-100" -> RunConfig.defaults().with(ConfigKey.DATASET, "moons").with(ConfigKey.MODEL, "mlp")
                    .with(ConfigKey.DEPTH, 3).withWidth(100).withEta(1.0).withSteps(200);
            case "mnist-1000" -> RunConfig.defaults().with(ConfigKey.DATASET, "mnist").with(ConfigKey.CLASSES, "3,5")
                    .with(ConfigKey.N, 1000).withWidth(100).withEta(10.0).withSteps(200);
            default -> throw new IllegalArgumentException(workload);
        };
    }

    @Setup
    public void setUp() {
        Training t = Training.open(config(workload));
        for (int i = 0; i < 100; i++) {
            t.trainer().advance();
        }
        theta = t.trainer().weights();
        maker = new SceneMaker(t.model(), t.data());
        columns = maker.columnsFor(440, DataViewModel.MAP_BUDGET_MULTIPLY_ADDS);
    }

    @Benchmark
    public Object scene() {
        return maker.kind() == SceneMaker.Kind.IMAGES ? maker.images(100, theta) : maker.scene(100, theta, columns);
    }

    @Benchmark
    public BufferedImage picture() {
        JFreeChart chart = maker.kind() == SceneMaker.Kind.IMAGES
                ? ImageViewChart.of(maker.images(100, theta), ChartStyle.screen())
                : DataViewChart.of(maker.scene(100, theta, columns), ChartStyle.screen());
        return ChartExporter.render(chart, size);
    }
}

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
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.dataview.DataViewChart;
import org.stepsizelab.chart.export.ChartExporter;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.dataview.DataViewScene;
import org.stepsizelab.core.dataview.SceneMaker;
import org.stepsizelab.core.kernel.Kernels;

/**
 * One picture of the data view, as the app's render thread makes it for a 480×440 panel: the
 * decision map (a 146² grid of predictions), its contour and the neuron lines ({@code scene}), and
 * the chart drawn into an image ({@code picture} = scene + drawing). The frame rate the panel can
 * reach is 1000 / picture ms (it draws on its own thread; the FX thread only takes the image).
 * Workloads: the paper's XOR (m = 20) and moons (n = 200) with a wide net (m = 100).
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java --add-modules=jdk.incubator.vector -cp target/test-classes:target/classes:$(cat target/cp.txt) \
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
    @Param({"xor-20", "moons-100"})
    public String workload;

    private SceneMaker maker;
    private double[] weights;
    private final ExportSize size = new ExportSize(480, 440, 1);
    private final int columns = 146; // the panel's choice for 440 px: side / 3

    @Setup
    public void setUp() {
        RunConfig cfg = workload.equals("xor-20") ? RunConfig.defaults().withSteps(200)
                : new RunConfig("moons", "softplus", 0.5, 1, 100, 100, 200, 0, 1, "logistic", 1,
                        null, null, null, null, null, 0, true, null, 1, 0);
        DataSplit split = Datasets.load(cfg);
        Trainer t = new Trainer(cfg, split.train(), split.test(),
                Kernels.best(split.train().n(), split.train().d(), cfg.width()));
        for (int i = 0; i < 100; i++) {
            t.advance();
        }
        weights = t.weights();
        maker = new SceneMaker(cfg, split);
    }

    @Benchmark
    public DataViewScene scene() {
        return maker.scene(100, weights, columns);
    }

    @Benchmark
    public BufferedImage picture() {
        JFreeChart chart = DataViewChart.of(maker.scene(100, weights, columns), ChartStyle.screen());
        return ChartExporter.render(chart, size);
    }
}

package org.stepsizelab.jmh;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stepsizelab.chart.ChartData;
import org.stepsizelab.chart.ChartFactory;
import org.stepsizelab.chart.ChartSeries;
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.LabChart;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.PhaseInfo;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunHistory;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;

/**
 * Issue 7's UI target: one redraw of the app's panel (loss, ‖w‖, γ̄, accuracy; the current run and
 * two pinned runs) with a 10⁶-step XOR history, at 1600×1000 pixels. {@code updateAndRedraw} adds
 * what each streamed batch costs: re-decimating every series to the pixel columns.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java --add-modules=jdk.incubator.vector -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *      org.openjdk.jmh.Main ChartRedrawBench
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Djava.awt.headless=true"})
public class ChartRedrawBench {
    @Param({"1000000"})
    public long steps;

    private LabChart chart;
    private ChartData data;
    private BufferedImage image;
    private Graphics2D g2;
    private final Rectangle2D area = new Rectangle2D.Double(0, 0, 1600, 1000);

    @Setup(Level.Trial)
    public void setUp() {
        RunConfig cfg = RunConfig.defaults().withSteps(steps);
        DataSplit split = Datasets.load(cfg);
        Trainer trainer = new Trainer(cfg, split.train(), split.test(), Kernels.best(4, 2, 20));
        RunHistory history = new RunHistory();
        while (!trainer.done()) {
            history.append(trainer.advance());
        }
        HistoryTable table = history.snapshot();
        data = new ChartData(null, new ChartSeries("η=10⁴, m=20, softplus c=½", table),
                PhaseInfo.of(trainer.phases(), steps), List.of(),
                List.of(new ChartSeries("pin 1", table.compactedTo(16_384), 1),
                        new ChartSeries("pin 2", table.compactedTo(16_384), 2)));
        chart = ChartFactory.panel(data, ChartStyle.screen().withLogX(true));
        chart.setColumns(1600);
        image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        g2 = image.createGraphics();
    }

    @Benchmark
    public BufferedImage redraw() {
        chart.chart().draw(g2, area);
        return image;
    }

    @Benchmark
    public BufferedImage updateAndRedraw() {
        chart.update(data);
        chart.chart().draw(g2, area);
        return image;
    }

    @Benchmark
    public LabChart updateOnly() {
        chart.update(data);
        return chart;
    }
}

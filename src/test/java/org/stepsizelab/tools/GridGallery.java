package org.stepsizelab.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stepsizelab.chart.GridHeatMap;
import org.stepsizelab.chart.SweepCharts;
import org.stepsizelab.chart.export.ChartExporter;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.config.ConfigValues;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.theory.GridAxis;
import org.stepsizelab.core.theory.GridCells;
import org.stepsizelab.core.theory.GridCsv;
import org.stepsizelab.core.theory.GridMetric;
import org.stepsizelab.core.theory.GridSweep;
import org.stepsizelab.core.theory.SweepResult;
import org.stepsizelab.core.theory.SweepRunner;

/**
 * The README's heat maps: an η × width grid on the paper's XOR (3 seeds, 10⁴ steps) and on 200
 * MNIST images (0 vs 1, a 200-image test split, 2,000 steps). The sweep.csv of each grid is kept in
 * {@code WORK/} and reused, so restyling does not re-run the grid:
 * {@code java -cp target/test-classes:target/classes:<deps> org.stepsizelab.tools.GridGallery assets/gallery WORK}.
 */
public final class GridGallery {
    private GridGallery() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/gallery");
        Path work = Path.of(args.length > 1 ? args[1] : "target/grid-gallery");
        Files.createDirectories(out);
        Files.createDirectories(work);
        GridSweep xor = new GridSweep(RunConfig.defaults().withSteps(10_000),
                List.of(GridAxis.parse("eta=1:1e5:6", "--grid"), GridAxis.parse("width=5,10,20,40", "--grid")),
                GridSweep.parseSeeds("0..2"));
        ConfigValues mnist = ConfigValues.of(RunConfig.defaults().withSteps(2_000));
        mnist.set(ConfigKey.DATASET, "mnist", "gallery").set(ConfigKey.N, 200, "gallery").set(ConfigKey.TEST_N, 200, "gallery");
        GridSweep images = new GridSweep(mnist.toConfig(),
                List.of(GridAxis.parse("eta=1:1e4:5", "--grid"), GridAxis.parse("width=5,10,20", "--grid")), List.of());
        draw(xor, work.resolve("xor.csv"), out, "grid-xor");
        draw(images, work.resolve("mnist.csv"), out, "grid-mnist");
    }

    private static void draw(GridSweep grid, Path csv, Path out, String stem) throws Exception {
        List<SweepResult> byRun;
        if (Files.exists(csv)) {
            SweepResult[] rs = new SweepResult[grid.runs()];
            for (String line : Files.readAllLines(csv).subList(1, grid.runs() + 1)) {
                GridCsv.Row r = GridCsv.parse(grid, line);
                rs[r.run()] = r.result();
            }
            byRun = Arrays.asList(rs);
        } else {
            byRun = new SweepRunner(SweepRunner.loadingData(() -> Kernels.withThreads(1)),
                    Runtime.getRuntime().availableProcessors()).runIndexed(grid.configs(), (d, t, i, r) ->
                    System.out.println(stem + ": " + d + "/" + t), () -> false);
            Files.writeString(csv, GridCsv.format(grid, byRun));
        }
        List<GridCells.Cell> cells = GridCells.of(grid, byRun);
        List<GridMetric> metrics = new ArrayList<>(List.of(GridMetric.EOS_END, GridMetric.FINAL_LOSS, GridMetric.FINAL_MARGIN));
        if (cells.stream().anyMatch(c -> c.stat(GridMetric.TEST_ACCURACY).count() > 0)) {
            metrics.add(GridMetric.TEST_ACCURACY);
        }
        for (GridMetric m : metrics) {
            Path f = out.resolve(stem + "-" + m.fileStem() + ".png");
            ChartExporter.write(GridHeatMap.of(grid, cells, m, SweepCharts.Look.screen()), ChartExporter.Format.PNG, f,
                    new ExportSize(1500, 1000, 1.5));
            System.out.println("wrote " + f);
        }
    }
}

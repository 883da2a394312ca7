package org.stepsizelab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.core.EtaChange;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunHistory;
import org.stepsizelab.core.Runs;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.output.MetricsCsv;
import org.stepsizelab.core.output.RunWriter;

class HistoryCsvTest {
    @TempDir
    Path dir;

    @Test
    void anExactHistoryGivesEveryStepWithRoundTripExactValues() throws Exception {
        RunConfig cfg = RunConfig.defaults().withSteps(300);
        DataSplit data = Datasets.load(cfg);
        List<StepRecord> records = new ArrayList<>();
        RunHistory history = new RunHistory();
        Runs.drive(new Trainer(cfg, data.train(), data.test(), Kernels.portable()),
                r -> { records.add(r); history.append(r); }, () -> false);

        Path file = dir.resolve("metrics.csv");
        HistoryCsv.write(file, history.snapshot(), history.etaChanges());
        List<String> lines = Files.readAllLines(file);
        assertEquals(HistoryCsv.EXACT_HEADER, lines.get(0));
        assertEquals(records.size() + 1, lines.size());
        for (int i = 0; i < records.size(); i++) {
            StepRecord r = records.get(i);
            String[] cells = lines.get(i + 1).split(",", -1);
            assertEquals(8, cells.length);
            assertEquals(r.step(), Long.parseLong(cells[0]));
            assertEquals(r.loss(), Double.parseDouble(cells[1])); // exact, not approximately
            assertEquals(r.paramNorm(), Double.parseDouble(cells[2]));
            assertEquals(r.normalizedMargin(), Double.parseDouble(cells[3]));
            assertEquals(r.accuracy(), Double.parseDouble(cells[4]));
            assertEquals("", cells[5], "sharpness not measured: empty cell");
        }
    }

    @Test
    void anExactHistoryIsByteForByteTheCommandLinesMetricsCsv() throws Exception {
        RunConfig cfg = RunConfig.defaults().withSteps(500);
        Path out = dir.resolve("run");
        RunHistory history = new RunHistory();
        RunWriter.run(cfg, out, history::append, () -> false, List.of());
        assertEquals(Files.readString(out.resolve("metrics.csv")),
                HistoryCsv.format(history.snapshot(), history.etaChanges()));
        assertEquals(MetricsCsv.HEADER, HistoryCsv.EXACT_HEADER);
    }

    @Test
    void aDecimatedHistorySaysSoAndKeepsTheSpikeInItsBucketMaximum() {
        RunHistory history = new RunHistory(8);
        for (int t = 0; t < 100; t++) {
            double loss = t == 37 ? 1e6 : 1.0 / (t + 1);
            history.append(new StepRecord(t, loss, 1, 0.5, 1, Double.NaN, Double.NaN, Double.NaN, 2.0));
        }
        String csv = HistoryCsv.format(history.snapshot(), history.etaChanges());
        String[] lines = csv.split("\n");
        assertTrue(lines[0].startsWith("# decimated: 100 steps (0..99) kept as"), lines[0]);
        assertTrue(lines[1].startsWith("step_first,step_last,loss_min,loss_max,param_norm_min"), lines[1]);
        boolean spikeFound = false;
        long covered = 0;
        for (int i = 2; i < lines.length; i++) {
            String[] c = lines[i].split(",", -1);
            long first = Long.parseLong(c[0]), last = Long.parseLong(c[1]);
            covered += last - first + 1;
            if (first <= 37 && 37 <= last) {
                assertEquals(1e6, Double.parseDouble(c[3]));
                spikeFound = true;
            }
        }
        assertTrue(spikeFound);
        assertEquals(100, covered, "buckets cover every step once");
    }

    @Test
    void stepsizeChangesAreListedInAComment() {
        RunHistory history = new RunHistory();
        for (int t = 0; t < 5; t++) {
            history.append(new StepRecord(t, 1, 1, 0, 1, Double.NaN, Double.NaN, Double.NaN, t < 3 ? 1.0 : 100.0));
        }
        assertEquals(List.of(new EtaChange(3, 100.0)), history.etaChanges());
        String csv = HistoryCsv.format(history.snapshot(), history.etaChanges());
        assertTrue(csv.startsWith("# stepsize changed during the run: step 3 eta=100.0\n" + HistoryCsv.EXACT_HEADER), csv);
        assertFalse(csv.contains("decimated"));
    }
}

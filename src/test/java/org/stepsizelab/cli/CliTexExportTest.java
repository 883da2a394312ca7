package org.stepsizelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepsizelab.cli.CliRunner.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --tex}: a standalone pgfplots document whose tables keep the run's extremes, and that compiles. */
class CliTexExportTest {
    @TempDir
    Path dir;

    /** The paper's XOR at η = 10⁴ (its EoS spike is the extreme to keep) against η = 1, log step axis. */
    private Path export() {
        Path tex = dir.resolve("panel.tex");
        CliRunner.Result r = cli("run", "--steps", "3000", "--out", dir.resolve("run").toString(), "--tex", tex.toString(),
                "--compare", "fig2-xor-small-eta", "--log-x", "--title", "Fig. 2 · XOR, η = 10⁴ vs 1 (‖w‖, γ̄)");
        assertEquals(0, r.code(), r.toString());
        return tex;
    }

    @Test
    void tablesHoldTheRunsExtremesAndTheDocumentHasThePanelsParts() throws Exception {
        Path tex = export();
        String doc = Files.readString(tex, StandardCharsets.UTF_8);
        assertTrue(doc.contains("\\documentclass[border=6pt]{standalone}"));
        assertTrue(doc.contains("xmode=log") && doc.contains("ymode=log"), "log axes as the panel has them");
        assertTrue(doc.contains("fill=eos") || doc.contains("[eos,"), "EoS shading");
        assertTrue(doc.contains("Thm 2.2: monotone below") && doc.contains("mark=diamond*"), "threshold lines and markers");
        assertTrue(doc.contains("\\addlegendentry{\\ensuremath{\\eta}=10\\ensuremath{^{4}}"), "legend in LaTeX: " + doc);
        assertTrue(doc.contains("\"stepsize_lab_figure\""), "the recipe travels as a comment");

        // extremes of the run's loss, from its own metrics.csv (full precision), must be in the table
        List<String> rows = Files.readAllLines(dir.resolve("run/metrics.csv"));
        int col = List.of(rows.get(0).split(",")).indexOf("loss");
        double max = Double.NEGATIVE_INFINITY, min = Double.POSITIVE_INFINITY;
        for (String row : rows.subList(2, rows.size())) { // step 0 is not on a log step axis
            double v = Double.parseDouble(row.split(",")[col]);
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        double tmax = Double.NEGATIVE_INFINITY, tmin = Double.POSITIVE_INFINITY;
        List<String> table = Files.readAllLines(dir.resolve("panel-data/loss-run0.dat"));
        assertTrue(table.size() < 2200, "decimated: " + table.size());
        for (String row : table.subList(1, table.size())) {
            double v = Double.parseDouble(row.split(" ")[1]);
            tmax = Math.max(tmax, v);
            tmin = Math.min(tmin, v);
        }
        assertEquals(max, tmax, 0.0, "the EoS spike is kept exactly");
        assertEquals(min, tmin, 0.0, "the final low is kept exactly");
    }

    @Test
    void theDocumentCompilesWherePdflatexIsInstalled() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdflatex")), "pdflatex not installed");
        Path tex = export();
        Process p = new ProcessBuilder("/usr/bin/pdflatex", "-interaction=nonstopmode", "-halt-on-error", tex.getFileName().toString())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "pdflatex finished");
        assertEquals(0, p.exitValue(), log.substring(Math.max(0, log.length() - 3000)));
        assertTrue(Files.size(dir.resolve("panel.pdf")) > 1000);
    }

    @Test
    void aTexFileMustEndInTex() {
        CliRunner.Result r = cli("run", "--steps", "10", "--out", dir.resolve("x").toString(), "--tex", dir.resolve("p.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--tex") && r.err().contains(".tex"), r.err());
    }
}

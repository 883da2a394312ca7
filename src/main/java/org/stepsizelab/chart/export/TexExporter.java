package org.stepsizelab.chart.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stepsizelab.chart.ChartData;
import org.stepsizelab.chart.ChartKind;
import org.stepsizelab.chart.ChartSeries;
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.Decimator;
import org.stepsizelab.chart.Palette;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.Metric;
import org.stepsizelab.core.PhaseInfo;
import org.stepsizelab.core.io.AtomicFiles;
import org.stepsizelab.core.preset.FigureRecipe;

/**
 * The chart panel as a standalone LaTeX document for papers: pgfplots axes stacked on one step axis
 * (log axes where the window has them), the EoS and stable phases shaded, Theorem 2.2's thresholds
 * and the first steps meeting them, the sharpness against 2/η, a legend; the data in tables beside
 * the .tex file ({@code NAME-data/*.dat}) so an author can restyle every line.
 *
 * <p>The tables are the panel's own faithful decimation ({@link Decimator}: the lowest and highest
 * value of every column of {@link #COLUMNS}), so no spike is lost and the global extremes are exact,
 * while a 10⁶-step run stays small enough for TeX's memory. Compiles with {@code pdflatex NAME.tex}
 * (the standalone class and pgfplots, in TeX Live's latex-extra and pictures collections).
 */
public final class TexExporter {
    /** Columns of the decimation grid across the step axis: about 2 per printed point at 16 cm. */
    static final int COLUMNS = 1000;

    private TexExporter() {}

    /** Writes {@code file} (.tex) and its tables in {@code NAME-data/} beside it; each file whole or not at all. */
    public static void write(ChartData data, ChartStyle style, Path file, FigureRecipe recipe) {
        String name = file.getFileName().toString().replaceFirst("(?i)\\.tex$", "");
        Path dataDir = file.resolveSibling(name + "-data");
        List<Table> tables = new ArrayList<>();
        String tex = document(data, style, name + "-data", tables, recipe);
        try {
            java.nio.file.Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new org.stepsizelab.core.InputException("Cannot create the folder " + dataDir + " for the LaTeX tables: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        for (Table t : tables) {
            AtomicFiles.write(dataDir.resolve(t.file), t.text.getBytes(StandardCharsets.UTF_8));
        }
        AtomicFiles.write(file, tex.getBytes(StandardCharsets.UTF_8));
    }

    /** One data table: a file name inside the data folder and its text ("step value" rows). */
    record Table(String file, String text) {}

    static String document(ChartData data, ChartStyle style, String dataDir, List<Table> tables, FigureRecipe recipe) {
        HistoryTable main = data.current().table();
        PhaseInfo phase = data.phase();
        boolean logX = style.logX();
        long last = Math.max(1, lastStep(data));
        double xmin = logX ? 1 : 0;
        double xmax = Math.max(last, xmin + 1);
        List<ChartKind> kinds = new ArrayList<>();
        for (ChartKind k : ChartKind.values()) {
            if (style.kinds().contains(k) && (k != ChartKind.SHARPNESS || main.hasAny(Metric.SHARPNESS))) {
                kinds.add(k);
            }
        }
        List<ChartSeries> runs = new ArrayList<>();
        runs.add(data.current());
        runs.addAll(data.pinned());

        StringBuilder t = new StringBuilder();
        t.append("% Stepsize Lab chart panel").append(data.title() == null ? "" : ": " + oneLine(data.title())).append('\n')
                .append("% Compile with: pdflatex ").append(dataDir.replaceFirst("-data$", "")).append(".tex")
                .append(" (needs the standalone class and pgfplots); the data are in ").append(dataDir).append("/.\n");
        if (recipe != null) {
            t.append("% Recipe (the runs' configuration; save it as a .json preset to re-run):\n% ")
                    .append(recipe.toJson().replace("\n", " ")).append('\n');
        }
        t.append("\\documentclass[border=6pt]{standalone}\n\\usepackage{amsmath,amssymb}\n\\usepackage{pgfplots}\n\\usepgfplotslibrary{groupplots}\n")
                .append("\\pgfplotsset{compat=1.16}\n");
        for (int i = 0; i < runs.size(); i++) {
            t.append(color("run" + i, Palette.run(runColor(runs.get(i), i))));
        }
        t.append(color("eos", Palette.ORANGE)).append(color("stable", Palette.SKY_BLUE))
                .append(color("theory", Palette.THEORY));
        t.append("\\begin{document}\n\\begin{tikzpicture}\n\\begin{groupplot}[\n")
                .append("  group style={group size=1 by ").append(kinds.size())
                .append(", vertical sep=8pt, x descriptions at=edge bottom},\n")
                .append("  width=16cm, height=4.6cm, scale only axis=false, xmin=").append(num(xmin))
                .append(", xmax=").append(num(xmax)).append(logX ? ", xmode=log" : "").append(",\n")
                .append("  grid=major, grid style={black!12}, axis line style={black!45},\n")
                .append("  tick label style={font=\\footnotesize}, label style={font=\\small},\n")
                .append("  every axis plot/.append style={line width=0.9pt, line join=round},\n")
                .append("  xlabel={step $t$").append(logX ? " (log scale)" : "").append("}, ylabel style={align=center},\n")
                .append("]\n");
        for (int k = 0; k < kinds.size(); k++) {
            ChartKind kind = kinds.get(k);
            boolean first = k == 0, lastAxis = k == kinds.size() - 1;
            t.append("\\nextgroupplot[").append(kind.logY ? "ymode=log, " : "").append("ylabel={").append(axisLabel(kind))
                    .append(kind == ChartKind.MARGIN ? TexText.of(ChartKind.marginPowerNote(data)) : "").append('}');
            if (first && data.title() != null) {
                t.append(", title={").append(TexText.of(data.title())).append('}');
            }
            if (kind == ChartKind.ACCURACY || kind == ChartKind.TEST_ACCURACY) {
                t.append(", ymin=-0.05, ymax=1.05");
            }
            if (lastAxis) {
                t.append(", legend columns=3, legend cell align=left, legend style={font=\\footnotesize, draw=none,"
                        + " fill=none, at={(0.5,-0.42)}, anchor=north, /tikz/every even column/.append style={column sep=8pt}}");
            }
            t.append("]\n");
            shading(t, phase, xmin, last);
            for (int i = runs.size() - 1; i >= 0; i--) { // the current run last: drawn on top
                HistoryTable table = runs.get(i).table();
                plot(t, tables, dataDir, table, metric(kind), kind.logY, xmin, xmax, logX,
                        kind.name().toLowerCase(Locale.ROOT) + "-run" + i, "run" + i, lastAxis ? runs.get(i).label() : null);
            }
            if (kind == ChartKind.ACCURACY && main.hasAny(Metric.TEST_ACCURACY)) {
                plot(t, tables, dataDir, main, Metric.TEST_ACCURACY, false, xmin, xmax, logX, "test-accuracy-run0",
                        "run0, densely dashed", lastAxis ? "test accuracy (" + data.current().label() + ")" : null);
            }
            if (kind == ChartKind.LOSS) {
                thresholds(t, phase, xmin, xmax);
            }
            if (kind == ChartKind.SHARPNESS) {
                stabilityLine(t, main, xmin, xmax);
            }
            if (lastAxis) {
                t.append("\\addlegendimage{area legend, draw=none, fill=eos, fill opacity=0.28}\\addlegendentry{EoS phase $[0, s^*)$}\n")
                        .append("\\addlegendimage{area legend, draw=none, fill=stable, fill opacity=0.12}")
                        .append("\\addlegendentry{stable phase $[s^*, t]$}\n")
                        .append("\\addlegendimage{theory, dashed}\\addlegendentry{Thm 2.2 thresholds, $\\blacklozenge$ first step meeting them}\n");
            }
        }
        t.append("\\end{groupplot}\n\\end{tikzpicture}\n\\end{document}\n");
        return t.toString();
    }

    /** The EoS phase [0, s*) and the stable phase [s*, last] as full-height bands behind the curves. */
    private static void shading(StringBuilder t, PhaseInfo phase, double xmin, long last) {
        if (phase.lastStep() < 0) {
            return;
        }
        double sStar = Math.max(phase.eosEndStep(), xmin);
        if (phase.hasEos() && sStar > xmin) {
            band(t, "eos, fill opacity=0.28", xmin, sStar);
        }
        if (last > sStar) {
            band(t, "stable, fill opacity=0.12", sStar, last);
        }
    }

    private static void band(StringBuilder t, String style, double from, double to) {
        // x in data coordinates, y across the whole axis; y = 1 is valid on linear and log axes alike
        t.append("\\fill[").append(style).append("] ({axis cs:").append(num(from)).append(",1}|-{rel axis cs:0,0})")
                .append(" rectangle ({axis cs:").append(num(to)).append(",1}|-{rel axis cs:0,1});\n");
    }

    /** Theorem 2.2's two loss thresholds, labelled, with a diamond at the first step meeting each. */
    private static void thresholds(StringBuilder t, PhaseInfo p, double xmin, double xmax) {
        // the labels go on opposite sides of their lines: the two thresholds are often a factor 2 apart
        line(t, p.monotoneThreshold(), p.monotoneStep(), "densely dashed", "Thm 2.2: monotone below", "south east", xmin, xmax);
        line(t, p.stableThreshold(), p.stableStep(), "dashed", "Thm 2.2: stable phase below", "north east", xmin, xmax);
    }

    private static void line(StringBuilder t, double y, Long step, String dash, String label, String anchor,
            double xmin, double xmax) {
        if (!(y > 0) || !Double.isFinite(y)) {
            return;
        }
        t.append("\\addplot[theory, ").append(dash).append(", line width=0.7pt, forget plot] coordinates {(")
                .append(num(xmin)).append(',').append(num(y)).append(") (").append(num(xmax)).append(',').append(num(y))
                .append(")} node[pos=1, anchor=").append(anchor).append(", font=\\scriptsize, text=theory] {").append(label)
                .append("};\n");
        if (step != null && step >= xmin) {
            t.append("\\addplot[theory, only marks, mark=diamond*, mark size=3pt, forget plot] coordinates {(")
                    .append(step).append(',').append(num(y)).append(")};\n");
        }
    }

    /** 2/η against the sharpness (η constant unless it was changed mid-run, then the last η). */
    private static void stabilityLine(StringBuilder t, HistoryTable main, double xmin, double xmax) {
        if (main.isEmpty()) {
            return;
        }
        double eta = main.value(Metric.ETA, main.size() - 1);
        if (eta > 0) {
            t.append("\\addplot[theory, dashed, forget plot] coordinates {(").append(num(xmin)).append(',')
                    .append(num(2 / eta)).append(") (").append(num(xmax)).append(',').append(num(2 / eta))
                    .append(")} node[pos=1, anchor=south east, font=\\scriptsize, text=theory] {$2/\\eta$};\n");
        }
    }

    private static void plot(StringBuilder t, List<Table> tables, String dataDir, HistoryTable table, Metric metric,
            boolean logY, double xmin, double xmax, boolean logX, String file, String style, String legend) {
        if (table == null || !table.hasAny(metric)) {
            return;
        }
        Decimator.Points p = Decimator.decimate(table, metric, null, logY, xmin, xmax, COLUMNS, logX);
        StringBuilder rows = new StringBuilder("step value\n");
        int kept = 0;
        for (int i = 0; i < p.size(); i++) {
            double x = p.x()[i], y = p.y()[i];
            if (Double.isFinite(x) && Double.isFinite(y) && (!logX || x > 0)) {
                rows.append(num(x)).append(' ').append(num(y)).append('\n');
                kept++;
            }
        }
        if (kept == 0) {
            return;
        }
        tables.add(new Table(file + ".dat", rows.toString()));
        t.append("\\addplot[").append(style).append(legend == null ? ", forget plot" : "").append("] table {")
                .append(dataDir).append('/').append(file).append(".dat};\n");
        if (legend != null) {
            t.append("\\addlegendentry{").append(TexText.of(legend)).append("}\n");
        }
    }

    private static Metric metric(ChartKind k) {
        return switch (k) {
            case LOSS -> Metric.LOSS;
            case NORM -> Metric.NORM;
            case MARGIN -> Metric.MARGIN;
            case ACCURACY -> Metric.ACCURACY;
            case TEST_ACCURACY -> Metric.TEST_ACCURACY;
            case SHARPNESS -> Metric.SHARPNESS;
        };
    }

    private static String axisLabel(ChartKind k) {
        return switch (k) {
            case LOSS -> "$L(w_t)$";
            case NORM -> "$\\|w_t\\|$";
            case MARGIN -> "$\\bar\\gamma(w_t)$";
            case ACCURACY -> "accuracy";
            case TEST_ACCURACY -> "test accuracy";
            case SHARPNESS -> "$\\lambda_{\\max}(\\nabla^2 L)$";
        };
    }

    private static long lastStep(ChartData d) {
        long last = d.current().table().isEmpty() ? 0 : d.current().table().lastStep(d.current().table().size() - 1);
        for (ChartSeries s : d.pinned()) {
            if (s.table() != null && !s.table().isEmpty()) {
                last = Math.max(last, s.table().lastStep(s.table().size() - 1));
            }
        }
        return last;
    }

    private static int runColor(ChartSeries s, int position) {
        return s.color() >= 0 ? s.color() : position;
    }

    private static String color(String name, java.awt.Color c) {
        return String.format(Locale.ROOT, "\\definecolor{%s}{HTML}{%02X%02X%02X}%n", name, c.getRed(), c.getGreen(), c.getBlue());
    }

    /** A number as pgfplots reads it: shortest round-trip decimal, lower-case exponent, integers plain. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).replace('E', 'e');
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\R", " ");
    }
}

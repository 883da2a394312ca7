package org.stepsizelab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.stepsizelab.chart.ChartKind;
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.io.AtomicFiles;
import org.stepsizelab.core.preset.PictureRecipes;
import org.stepsizelab.core.preset.Preset;
import org.stepsizelab.core.preset.Presets;
import picocli.CommandLine.Option;

/**
 * The {@code run} options that draw the app's chart panel (same factory, shading, threshold lines)
 * to files, headless. Everything is checked before the run starts, so a typo in a path or size
 * never costs a finished run.
 */
public final class ChartOptions {

    @Option(names = "--png", paramLabel = "FILE", description = "Also draw the chart panel to this PNG file.")
    Path png;

    @Option(names = "--png-size", paramLabel = "WxH",
            description = "Picture size in pixels, e.g. 1920x1080 (the default), 1280x720, 3840x2160.")
    String pngSize;

    @Option(names = "--scale", paramLabel = "K",
            description = "Magnification 1–4 (default 1): the panel is laid out at W/K × H/K and drawn K times"
                    + " larger, so text and lines stay crisp on hi-DPI screens and projectors.")
    Double scale;

    @Option(names = "--svg", paramLabel = "FILE", description = "Also draw the panel to this SVG file (vector; same layout as the PNG).")
    Path svg;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Also draw the panel to this PDF file (one page of W/K × H/K points).")
    Path pdf;

    @Option(names = "--tex", paramLabel = "FILE",
            description = "Also write the panel as a standalone LaTeX file (pgfplots: log axes, EoS shading, threshold"
                    + " lines, legend) with its data tables in FILE-data/ beside it; compile with pdflatex FILE.")
    Path tex;

    // one comma-separated value, so that a repeated --compare replaces the earlier one (the last one wins)
    @Option(names = "--compare", paramLabel = "FILE,…",
            description = "Overlay the runs of these presets (files, summary.json files or bundled names), like pinned runs in the app.")
    String compare;

    @Option(names = "--slide", description = "Slide style: larger text and thicker lines.")
    boolean slide;

    @Option(names = "--log-x", description = "Logarithmic step axis.")
    boolean logX;

    @Option(names = "--rate-line", description = "Draw the stable-phase rate C/(ηt) on the loss chart (Fig. 2(b)).")
    boolean rateLine;

    @Option(names = "--avg-bound",
            description = "Draw the running average (1/t)Σ L(w_k) with Theorem 3.2's bound C(1+η²)/(ηt) (the bound"
                    + " only where the theorem's assumptions hold, as 'theory' reports them).")
    boolean avgBound;

    @Option(names = "--charts", paramLabel = "LIST",
            description = "Which charts the panel stacks (in this order, top to bottom): loss, norm, margin, accuracy,"
                    + " test-accuracy (every run's held-out accuracy), sharpness; default loss,norm,margin,accuracy.")
    String charts;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "Title above the charts (default: the preset's title; none without a preset).")
    String title;

    /** The chart files asked for, each with its option. */
    List<org.stepsizelab.core.io.InputProtection.Output> outputs() {
        List<org.stepsizelab.core.io.InputProtection.Output> o = new ArrayList<>();
        o.add(new org.stepsizelab.core.io.InputProtection.Output("--png " + png, png));
        o.add(new org.stepsizelab.core.io.InputProtection.Output("--svg " + svg, svg));
        o.add(new org.stepsizelab.core.io.InputProtection.Output("--pdf " + pdf, pdf));
        o.add(new org.stepsizelab.core.io.InputProtection.Output("--tex " + tex, tex));
        return o;
    }

    /** True if any chart file is asked for. */
    public boolean wanted() {
        return png != null || svg != null || pdf != null || tex != null;
    }

    /** The charts to stack ({@code --charts}; the screen panel's four by default), checked. */
    public Set<ChartKind> kinds() {
        if (charts == null) {
            return ChartStyle.screen().kinds();
        }
        Set<ChartKind> out = EnumSet.noneOf(ChartKind.class);
        for (String name : charts.split(",", -1)) {
            String key = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            ChartKind k = Arrays.stream(ChartKind.values()).filter(c -> c.name().equals(key)).findFirst()
                    .orElseThrow(() -> new InputException("option --charts: unknown chart '" + name.trim()
                            + "' (allowed: " + Arrays.stream(ChartKind.values())
                            .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                            .collect(Collectors.joining(", ")) + ")"));
            out.add(k);
        }
        return out;
    }

    /** The picture size and scale (defaults 1920x1080 at 1×), checked. */
    public ExportSize size() {
        double k = scale == null ? 1 : scale;
        if (!(k >= ExportSize.MIN_SCALE && k <= ExportSize.MAX_SCALE)) {
            throw new InputException("option --scale: value " + k + " is out of range (allowed: a number from 1 to 4)");
        }
        String text = pngSize == null ? "1920x1080" : pngSize;
        try {
            return ExportSize.parse("option --png-size: value", text, k);
        } catch (InputException e) {
            if (e.getMessage().startsWith("option ")) {
                throw e;
            }
            throw new InputException("option --png-size " + text + (scale == null ? "" : " with --scale " + scale)
                    + ": " + e.getMessage());
        }
    }

    private static boolean insideNewRunDir(Path file, Path runDir) {
        if (runDir == null || java.nio.file.Files.exists(runDir)) {
            return false;
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        return folder != null && folder.equals(runDir.toAbsolutePath().normalize());
    }

    /** A PNG written under a .jpg name would open as garbage or not at all in a slide program. */
    private static void checkExtension(String option, Path file, String extension) {
        if (file != null && !file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
            throw new InputException("option " + option + ": file " + file + " must end in " + extension
                    + " (it is written in that format)");
        }
    }

    /**
     * Checks every chart option and reads the --compare presets; call before the run.
     *
     * @return the presets to overlay, in the order given
     */
    public List<Preset> check() {
        return check(null, null);
    }

    /**
     * As {@link #check()}; when the run's preset is a picture exported by the lab and no --compare is
     * given, the runs that picture compared are overlaid again. A chart file directly inside
     * {@code runDir}, the run's --out directory, is accepted even before the run creates it.
     *
     * @param preset the run's --preset, or null
     * @param runDir the run's --out directory, or null
     */
    public List<Preset> check(Path preset, Path runDir) {
        if (!wanted()) {
            String stray = compare != null ? "--compare" : pngSize != null ? "--png-size" : scale != null ? "--scale"
                    : slide ? "--slide" : logX ? "--log-x" : title != null ? "--title" : charts != null ? "--charts" : null;
            if (stray != null) {
                throw new InputException("option " + stray + " draws a chart, but no chart file was asked for"
                        + " (add --png FILE, --svg FILE, --pdf FILE or --tex FILE)");
            }
            return List.of();
        }
        size();
        kinds();
        checkExtension("--png", png, ".png");
        checkExtension("--svg", svg, ".svg");
        checkExtension("--pdf", pdf, ".pdf");
        checkExtension("--tex", tex, ".tex");
        for (Path p : new Path[] {png, svg, pdf, tex}) {
            if (p != null && !insideNewRunDir(p, runDir)) {
                AtomicFiles.checkWritable(p);
            }
        }
        List<Preset> others = new ArrayList<>();
        if (compare != null) {
            for (String p : compare.split(",", -1)) {
                others.add(Presets.resolve(Path.of(p.trim())));
            }
        } else if (preset != null && PictureRecipes.isPictureName(preset)) {
            others.addAll(PictureRecipes.read(preset).compared()); // a figure re-drawn with its compared runs
        }
        return others;
    }
}

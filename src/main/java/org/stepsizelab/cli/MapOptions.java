package org.stepsizelab.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.io.AtomicFiles;
import picocli.CommandLine.Option;

/**
 * The {@code run} options that draw the data view (decision map, points, neurons; for image data the
 * image views) to files, headless.
 * Checked before the run starts.
 */
public final class MapOptions {

    @Option(names = "--map-png", paramLabel = "FILE",
            description = "Also draw the data view at the last step (or --map-step) to this PNG: the decision map f(W_t; x), points and neuron lines (2-D data), the projected points (d ≤ 16), or for image data the images framed by their margins, the neurons' weights and the margin histogram.")
    Path png;

    @Option(names = "--map-svg", paramLabel = "FILE", description = "The same picture as SVG.")
    Path svg;

    @Option(names = "--map-pdf", paramLabel = "FILE", description = "The same picture as PDF.")
    Path pdf;

    @Option(names = "--map-step", paramLabel = "T",
            description = "Draw the data view at step T instead of the last step (0 ≤ T ≤ --steps).")
    Long step;

    @Option(names = "--map-gif", paramLabel = "FILE",
            description = "Write an animated GIF of the data view over the run, frames log-spaced in t.")
    Path gif;

    @Option(names = "--map-frames", paramLabel = "N", description = "Frames of --map-gif (2–400, default 60).")
    Integer frames;

    @Option(names = "--map-size", paramLabel = "WxH",
            description = "Size of the data-view pictures in pixels (default 1100x1000; the GIF: 600x500 unless given).")
    String size;

    @Option(names = "--map-scale", paramLabel = "K", description = "Magnification 1–4 of the data-view pictures (default 1; the GIF: 1).")
    Double scale;

    public boolean wanted() {
        return png != null || svg != null || pdf != null || gif != null;
    }

    /** Checks paths, the step and sizes against the run's length; call before the run. */
    public void check(long steps) {
        if (!wanted()) {
            String stray = step != null ? "--map-step" : frames != null ? "--map-frames" : size != null ? "--map-size"
                    : scale != null ? "--map-scale" : null;
            if (stray != null) {
                throw new InputException("option " + stray + " draws the data view, but no data-view file was asked for"
                        + " (add --map-png FILE, --map-svg FILE, --map-pdf FILE or --map-gif FILE)");
            }
            return;
        }
        if (step != null && (step < 0 || step > steps)) {
            throw new InputException("option --map-step: value " + step + " is out of range (allowed: 0 to the run's "
                    + steps + " steps)");
        }
        if (frames != null && (frames < 2 || frames > 400)) {
            throw new InputException("option --map-frames: value " + frames + " is out of range (allowed: 2 to 400)");
        }
        if (frames != null && gif == null) {
            throw new InputException("option --map-frames sets the frames of --map-gif, which was not given");
        }
        pictureSize();
        gifSize();
        ending("--map-png", png, ".png");
        ending("--map-svg", svg, ".svg");
        ending("--map-pdf", pdf, ".pdf");
        ending("--map-gif", gif, ".gif");
        for (Path p : new Path[] {png, svg, pdf, gif}) {
            if (p != null) {
                AtomicFiles.checkWritable(p);
            }
        }
    }

    ExportSize pictureSize() {
        return parse(size == null ? "1100x1000" : size);
    }

    ExportSize gifSize() {
        return parse(size == null ? "600x500" : size);
    }

    int frameCount() {
        return frames == null ? 60 : frames;
    }

    private ExportSize parse(String text) {
        double k = scale == null ? 1 : scale;
        if (!(k >= ExportSize.MIN_SCALE && k <= ExportSize.MAX_SCALE)) {
            throw new InputException("option --map-scale: value " + k + " is out of range (allowed: a number from 1 to 4)");
        }
        try {
            return ExportSize.parse("option --map-size: value", text, k);
        } catch (InputException e) {
            if (e.getMessage().startsWith("option ")) {
                throw e;
            }
            throw new InputException("option --map-size " + text + ": " + e.getMessage());
        }
    }

    private static void ending(String option, Path file, String extension) {
        if (file != null && !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
            throw new InputException("option " + option + ": file " + file + " must end in " + extension
                    + " (it is written in that format)");
        }
    }
}

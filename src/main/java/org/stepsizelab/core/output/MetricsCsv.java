package org.stepsizelab.core.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.stepsizelab.core.StepRecord;

/**
 * Streams a run's {@code metrics.csv} as the run goes, so that 10⁷ steps need no memory: every
 * {@code every}-th step, and always the last one measured ({@link #close()} writes it if the cadence
 * skipped it). Numbers are written with {@link Double#toString}, which parses back to exactly the
 * same double; values not measured at a step (NaN) are empty cells.
 */
public final class MetricsCsv implements Consumer<StepRecord>, AutoCloseable {

    public static final String HEADER =
            "step,loss,param_norm,normalized_margin,accuracy,sharpness,test_loss,test_accuracy";

    private final Writer out;
    private final long every;
    private final StringBuilder line = new StringBuilder(160);
    private StepRecord pending;
    private long rows;

    public MetricsCsv(Path file, long every) throws IOException {
        this(Files.newBufferedWriter(file, StandardCharsets.UTF_8), every);
    }

    public MetricsCsv(Writer out, long every) throws IOException {
        if (every < 1) {
            throw new IllegalArgumentException("every must be ≥ 1, got " + every);
        }
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
        this.every = every;
        this.out.write(HEADER);
        this.out.write('\n');
    }

    @Override
    public void accept(StepRecord r) {
        if (r.step() % every == 0) {
            write(r);
            pending = null;
        } else {
            pending = r;
        }
    }

    /** Rows written so far. */
    public long rows() {
        return rows;
    }

    /** Writes the last record if the cadence skipped it, then flushes and closes the file. */
    @Override
    public void close() throws IOException {
        try {
            if (pending != null) {
                write(pending);
                pending = null;
            }
        } finally {
            out.close();
        }
    }

    private void write(StepRecord r) {
        line.setLength(0);
        line.append(r.step());
        cell(r.loss());
        cell(r.paramNorm());
        cell(r.normalizedMargin());
        cell(r.accuracy());
        cell(r.sharpness());
        cell(r.testLoss());
        cell(r.testAccuracy());
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    private void cell(double v) {
        line.append(',');
        if (!Double.isNaN(v)) {
            line.append(v); // StringBuilder.append(double) is Double.toString: round-trip exact
        }
    }
}

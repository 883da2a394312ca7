package org.stepsizelab.core.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.stepsizelab.core.model.Layer;
import org.stepsizelab.core.training.WeightTap;

/**
 * {@code weights.npz}: the parameters at steps 0, K, 2K, … and the last step, as numpy reads them
 * with {@code numpy.load}: an int64 array {@code steps} and one float64 array per layer named as
 * the layer ({@code W}: snapshots × m × d for the two-layer net; {@code W1} … {@code WL} for an
 * MLP). Snapshots stream to one scratch file per layer while the run goes (constant memory); the
 * zip is assembled when the run ends.
 */
public final class WeightsNpz implements WeightTap, AutoCloseable {
    private final long every;
    private final List<Layer> layers;
    private final Path file;
    private final List<Path> scratch = new ArrayList<>();
    private final List<OutputStream> streams = new ArrayList<>();
    private final List<Long> steps = new ArrayList<>();
    private final byte[] buf = new byte[8];
    private long lastStep = -1;

    public WeightsNpz(Path file, List<Layer> layers, long every) throws IOException {
        if (every < 1) {
            throw new IllegalArgumentException("every must be ≥ 1, got " + every);
        }
        this.file = file;
        this.layers = List.copyOf(layers);
        this.every = every;
        for (Layer l : layers) {
            Path p = Files.createTempFile(file.getParent(), ".weights-" + l.name(), ".raw");
            scratch.add(p);
            streams.add(new BufferedOutputStream(Files.newOutputStream(p), 1 << 16));
        }
    }

    @Override
    public boolean wants(long step, boolean last) {
        return step % every == 0 || last;
    }

    @Override
    public void accept(long step, double[] theta) {
        if (step == lastStep) {
            return;
        }
        lastStep = step;
        steps.add(step);
        int offset = 0;
        try {
            for (int l = 0; l < layers.size(); l++) {
                OutputStream out = streams.get(l);
                for (int k = 0; k < layers.get(l).size(); k++) {
                    Npy.putLong(buf, 0, Double.doubleToRawLongBits(theta[offset + k]));
                    out.write(buf);
                }
                offset += layers.get(l).size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Snapshots taken so far. */
    public int snapshots() {
        return steps.size();
    }

    /** Writes the npz from what was taken (call once the run has ended). */
    public void finish() throws IOException {
        for (OutputStream s : streams) {
            s.close();
        }
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            zip.putNextEntry(new ZipEntry("steps.npy"));
            Npy.header(zip, "<i8", steps.size());
            for (long s : steps) {
                Npy.putLong(buf, 0, s);
                zip.write(buf);
            }
            zip.closeEntry();
            for (int l = 0; l < layers.size(); l++) {
                Layer layer = layers.get(l);
                zip.putNextEntry(new ZipEntry(layer.name() + ".npy"));
                Npy.header(zip, "<f8", steps.size(), layer.rows(), layer.cols());
                try (InputStream in = Files.newInputStream(scratch.get(l))) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        close();
    }

    /** Removes the scratch files (the npz, if written, stays). */
    @Override
    public void close() throws IOException {
        for (OutputStream s : streams) {
            s.close();
        }
        for (Path p : scratch) {
            Files.deleteIfExists(p);
        }
    }
}

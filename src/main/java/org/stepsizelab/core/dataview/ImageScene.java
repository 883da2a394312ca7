package org.stepsizelab.core.dataview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.model.Layer;
import org.stepsizelab.core.model.Model;
import org.stepsizelab.core.model.TwoLayerNet;

/**
 * What the data view shows for image data at one step t, computed off the FX thread from θ_t and
 * the model's own {@link Model#predict}: a fixed sample of training images with their margins
 * q_i = y_i f(θ_t; x_i) (the picture frames each by the sign and size of q_i), the hidden neurons'
 * input weights as images ("what each neuron looks at": the rows of the first layer, w_j for the
 * two-layer net, the rows of W1 for an MLP), and the histogram of q_i over the whole training set
 * with its minimum (the numerator of the normalized margin).
 *
 * @param sampleMargins q_i of the sample's images, in the sample's order
 * @param neurons the neurons shown (all up to the limit, else those of the largest ‖w_j‖, by index)
 * @param layerName the layer whose rows are shown ("W" or "W1") and its row count
 * @param margins q_i of every training point
 * @param marginScale the largest finite |q_i| over the training set (0 if none)
 */
public record ImageScene(long step, ImageShape shape, Sample sample, double[] sampleMargins,
        List<NeuronImage> neurons, String layerName, int layerRows, double[] margins,
        Margins.Histogram histogram, double marginScale) {

    /** Images in the sample: half of each class. */
    public static final int DEFAULT_SAMPLE = 32;
    /** Neurons shown at most. */
    public static final int DEFAULT_NEURONS = 16;
    /** Bins of the margin histogram. */
    public static final int HISTOGRAM_BINS = 40;

    /**
     * The training images the view shows, fixed for the run (so scrubbing shows the same images
     * change): the first k/2 of the +1 class and the first k/2 of the −1 class in the set's order.
     *
     * @param pixels each image's features as trained on (after the data's scaling)
     * @param lo the smallest feature over the sample (drawn black)
     * @param hi the largest (drawn white)
     */
    public record Sample(int[] index, double[] y, double[][] pixels, double lo, double hi) {

        public int size() {
            return index.length;
        }

        /** The sample of {@code k} images (fewer when the set is smaller). */
        public static Sample of(Dataset train, ImageShape shape, int k) {
            if (shape.features() != train.d()) {
                throw new IllegalArgumentException("images of " + shape + " need d = " + shape.features()
                        + ", the data have d = " + train.d());
            }
            int half = k / 2;
            List<Integer> plus = new ArrayList<>(), minus = new ArrayList<>();
            for (int i = 0; i < train.n(); i++) {
                (train.y()[i] > 0 ? plus : minus).add(i);
            }
            int takePlus = Math.min(plus.size(), Math.max(half, k - minus.size()));
            int takeMinus = Math.min(minus.size(), k - takePlus);
            int[] index = new int[takePlus + takeMinus];
            for (int i = 0; i < takePlus; i++) {
                index[i] = plus.get(i);
            }
            for (int i = 0; i < takeMinus; i++) {
                index[takePlus + i] = minus.get(i);
            }
            int d = train.d();
            double[][] pixels = new double[index.length][];
            double[] y = new double[index.length];
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < index.length; s++) {
                pixels[s] = Arrays.copyOfRange(train.x(), index[s] * d, (index[s] + 1) * d);
                y[s] = train.y()[index[s]];
                for (double v : pixels[s]) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
            if (!(hi > lo)) {
                lo = 0;
                hi = lo + 1;
            }
            return new Sample(index, y, pixels, lo, hi);
        }
    }

    /**
     * One hidden neuron's input weights.
     *
     * @param sign a_j for the two-layer net, NaN when the net has no fixed outer sign (an MLP)
     * @param norm ‖w_j‖
     * @param weights w_j (d entries, the image's layout)
     */
    public record NeuronImage(int neuron, double sign, double norm, double[] weights) {}

    /** Computes the image views of θ_t. */
    public static ImageScene compute(long step, Model model, double[] theta, Dataset train, Sample sample,
            int maxNeurons) {
        ImageShape shape = ImageShape.of(train.d());
        if (shape == null) {
            throw new IllegalArgumentException("data of d = " + train.d() + " are not images");
        }
        double[] q = Margins.of(model, theta, train);
        double[] sq = new double[sample.size()];
        for (int s = 0; s < sq.length; s++) {
            sq[s] = q[sample.index()[s]];
        }
        double scale = 0;
        for (double v : q) {
            if (Double.isFinite(v)) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        Layer first = model.layers().get(0);
        return new ImageScene(step, shape, sample, sq, neurons(model, first, theta, maxNeurons), first.name(),
                first.rows(), q, Margins.histogram(q, HISTOGRAM_BINS), scale);
    }

    /** The first layer's rows (it comes first in θ, rows × d row-major): all, or the largest by norm. */
    static List<NeuronImage> neurons(Model model, Layer first, double[] theta, int max) {
        int rows = first.rows(), d = first.cols();
        double[] norms = new double[rows];
        for (int j = 0; j < rows; j++) {
            double s = 0;
            for (int k = 0; k < d; k++) {
                double v = theta[j * d + k];
                s += v * v;
            }
            norms[j] = Math.sqrt(s);
        }
        Integer[] order = new Integer[rows];
        for (int j = 0; j < rows; j++) {
            order[j] = j;
        }
        if (rows > max) {
            Arrays.sort(order, (a, b) -> Double.compare(norms[b], norms[a]));
            order = Arrays.copyOf(order, max);
            Arrays.sort(order);
        }
        boolean signs = model instanceof TwoLayerNet;
        List<NeuronImage> out = new ArrayList<>(order.length);
        for (int j : order) {
            out.add(new NeuronImage(j, signs ? TwoLayerNet.sign(j) : Double.NaN, norms[j],
                    Arrays.copyOfRange(theta, j * d, (j + 1) * d)));
        }
        return out;
    }

    /** Points with q_i ≤ 0 (a point on the boundary counts as an error, as in training accuracy). */
    public int misclassified() {
        int k = 0;
        for (double v : margins) {
            if (!(v > 0)) {
                k++;
            }
        }
        return k;
    }

    /** min_i q_i over the training set. */
    public double minMargin() {
        double m = Double.POSITIVE_INFINITY;
        for (double v : margins) {
            m = Math.min(m, v);
        }
        return margins.length == 0 ? Double.NaN : m;
    }

    public int n() {
        return margins.length;
    }
}

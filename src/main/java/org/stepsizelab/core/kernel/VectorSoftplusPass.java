package org.stepsizelab.core.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The fused pass specialised for leaky softplus φ(z) = c·z + (1 − c)·log(1 + e^z) and the logistic
 * loss (the lab's default and the paper's), vectorized: one e = exp(−|z|) per entry (from {@link VectorMath}, bit-reproducible) serves both
 * φ = c·z + (1−c)(max(z,0) + log1p e) and φ' = c + (1−c)·σ(z), σ(z) = 1/(1+e) or e/(1+e); the loss
 * log(1+e^{−q}) and ℓ'(q) come from one exp(−|q|) per row the same way. No virtual calls, no
 * allocation. Loaded only when the incubator module is present (see {@link Kernels}).
 *
 * <p>Requires ld to be a multiple of the vector length {@link #L} (the trainer pads rows with zero
 * outer weights); agrees with {@link ScalarFusedPass} to a few ulps.
 */
final class VectorSoftplusPass implements FusedPass {
    /**
     * Each row's sum F_i is carried in W = 8 partial sums, lane l summing the columns j ≡ l mod 8
     * in order, added at the end: the partial sums fix the rounding, so they are the same on every
     * machine. AVX-512 holds them in one vector of 8 doubles, AVX2 in two of 4 (columns v … v+3
     * and v+4 … v+7 of each chunk of 8), and a run is bit-identical across machines.
     */
    static final int W = 8;
    private static final VectorSpecies<Double> S = VectorMath.S;
    /** The vector length: 8 (AVX-512) or 4 (AVX2). */
    static final int L = S.length();
    /** Vectors per chunk of W columns: 1 or 2. */
    private static final int G = W / L;

    /** Rows per task when the first pass is shared out; below PARALLEL_MIN_ENTRIES it is not. */
    private static final int ROWS_PER_TASK = 64;
    private static final long PARALLEL_MIN_ENTRIES = 1 << 14;

    /** Rows longer than this take the log1p path: 2^1000 is near the largest double. */
    private static final int MAX_PRODUCT_ROW = 1000;

    private final double leak;
    private final int threads;
    // lane masks of the outer weights' signs, for the outer array last seen (the trainer's own)
    private double[] maskedOuter;
    private int maskedLd;
    private double[] plus, minus;
    private double magnitude;

    VectorSoftplusPass(double leak, int threads) {
        this.leak = leak;
        this.threads = threads;
    }

    @Override
    public int workLength(int n) {
        return 3 * (n + L) + 3 * W * (1 + (n + ROWS_PER_TASK - 1) / ROWS_PER_TASK);
    }

    @Override
    public void apply(double[] z, int n, int m, int ld, double[] outer, double[] y, double[] c, double[] work,
            Result out) {
        if (ld % L != 0) {
            throw new IllegalArgumentException("row length " + ld + " is not a multiple of " + L);
        }
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        int nPad = (n + L - 1) / L * L;
        // work: [0, nPad) margins q, [nPad, 2nPad) losses, [2nPad, 3nPad) ℓ', then 3·W lanes per task
        boolean products = uniformSigns(outer, m, ld);
        if (threads > 1 && (long) n * ld >= PARALLEL_MIN_ENTRIES) {
            int tasks = (n + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
            KernelPool.run(tasks, threads, t -> rows(products, z, t * ROWS_PER_TASK,
                    Math.min(n, (t + 1) * ROWS_PER_TASK), ld, outer, y, c, work, 3 * nPad + 3 * W * (1 + t)));
        } else {
            rows(products, z, 0, n, ld, outer, y, c, work, 3 * nPad + 3 * W);
        }
        for (int i = n; i < nPad; i++) {
            work[i] = 0;
        }
        // per row: ℓ(q) = max(−q, 0) + log1p(e), ℓ'(q) = −e/(1+e) (q > 0) or −1/(1+e), e = exp(−|q|)
        for (int i = 0; i < nPad; i += L) {
            DoubleVector q = DoubleVector.fromArray(S, work, i);
            DoubleVector e = VectorMath.expNonPositive(q.abs().neg());
            DoubleVector lossv = q.neg().max(0.0).add(VectorMath.log1pUnit(e));
            VectorMask<Double> positive = q.compare(VectorOperators.GT, 0.0);
            DoubleVector num = one.blend(e, positive);
            DoubleVector d1 = num.div(one.add(e)).neg();
            lossv.intoArray(work, nPad + i);
            d1.intoArray(work, 2 * nPad + i);
        }
        double sumLoss = 0;
        double minMargin = Double.POSITIVE_INFINITY;
        int correct = 0;
        double invN = 1.0 / n;
        for (int i = 0; i < n; i++) {
            double q = work[i];
            sumLoss += work[nPad + i];
            if (q < minMargin) {
                minMargin = q;
            }
            if (q > 0) {
                correct++;
            }
            DoubleVector g = DoubleVector.broadcast(S, work[2 * nPad + i] * y[i] * invN);
            int row = i * ld;
            for (int v = 0; v < ld; v += L) {
                DoubleVector.fromArray(S, c, row + v).mul(g).intoArray(c, row + v);
            }
        }
        out.lossSum = sumLoss;
        out.minMargin = minMargin;
        out.correct = correct;
    }

    private void rows(boolean products, double[] z, int r0, int r1, int ld, double[] outer, double[] y, double[] c,
            double[] work, int lanes) {
        if (products) {
            marginsByProducts(z, r0, r1, ld, outer, y, c, work, lanes);
        } else {
            margins(z, r0, r1, ld, outer, y, c, work, lanes);
        }
    }

    /**
     * Whether every outer weight is ±μ for one μ (this model: a_j·b/m) with the padding at 0, and
     * the row is short enough that a product of (1 + e) factors, each at most 2, cannot overflow.
     * Then Σ_j outer_j·log(1 + e_j) = μ·(log Π₊(1 + e_j) − log Π₋(1 + e_j)): two logarithms per
     * row instead of one log1p per entry. Prepares the lane masks of the two signs.
     */
    private boolean uniformSigns(double[] outer, int m, int ld) {
        if (outer == maskedOuter && ld == maskedLd) {
            return magnitude > 0;
        }
        maskedOuter = outer;
        maskedLd = ld;
        plus = new double[ld];
        minus = new double[ld];
        magnitude = Math.abs(outer[0]);
        for (int j = 0; j < ld; j++) {
            boolean ok = j < m ? Math.abs(outer[j]) == magnitude : outer[j] == 0;
            if (!ok || m > MAX_PRODUCT_ROW) {
                magnitude = 0;
                return false;
            }
            plus[j] = outer[j] > 0 ? 1 : 0;
            minus[j] = outer[j] < 0 ? 1 : 0;
        }
        return magnitude > 0;
    }

    /**
     * As {@link #margins}, with the softplus part of F from two products per row (see
     * {@link #uniformSigns}). log(Π(1 + e)) differs from Σ log1p(e) only by the rounding of the
     * factors, about one ulp of F per entry, far below the 1e−12 the tests hold it to.
     */
    private void marginsByProducts(double[] z, int r0, int r1, int ld, double[] outer, double[] y, double[] c,
            double[] work, int lanes) {
        DoubleVector cv = DoubleVector.broadcast(S, leak);
        DoubleVector omc = DoubleVector.broadcast(S, 1.0 - leak);
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        double scale = (1.0 - leak) * magnitude;
        for (int i = r0; i < r1; i++) {
            int row = i * ld;
            for (int h = 0; h < G; h++) { // the W lanes in G vectors of L (see margins)
                DoubleVector f = DoubleVector.zero(S);
                DoubleVector pp = one, pm = one;
                for (int v = h * L; v < ld; v += W) {
                    DoubleVector zv = DoubleVector.fromArray(S, z, row + v);
                    DoubleVector ov = DoubleVector.fromArray(S, outer, v);
                    DoubleVector e = VectorMath.expNonPositive(zv.abs().neg());
                    DoubleVector onePlus = one.add(e);
                    DoubleVector r = one.div(onePlus);
                    // φ's part linear in z, c·z + (1−c)·max(z, 0); log(1 + e) goes into the products
                    DoubleVector linear = zv.mul(cv).add(zv.max(0.0).mul(omc));
                    f = linear.fma(ov, f);
                    pp = pp.mul(e.fma(DoubleVector.fromArray(S, plus, v), one));
                    pm = pm.mul(e.fma(DoubleVector.fromArray(S, minus, v), one));
                    DoubleVector sigmoid = r.blend(e.mul(r), zv.compare(VectorOperators.LT, 0.0));
                    DoubleVector slope = cv.add(omc.mul(sigmoid));
                    slope.mul(ov).intoArray(c, row + v);
                }
                f.intoArray(work, lanes + h * L);
                pp.intoArray(work, lanes + W + h * L);
                pm.intoArray(work, lanes + 2 * W + h * L);
            }
            double sum = 0, prodPlus = 1, prodMinus = 1;
            for (int l = 0; l < W; l++) { // in lane order (reduceLanes may reorder between JIT and interpreter)
                sum += work[lanes + l];
                prodPlus *= work[lanes + W + l];
                prodMinus *= work[lanes + 2 * W + l];
            }
            work[i] = y[i] * (sum + scale * (Math.log(prodPlus) - Math.log(prodMinus)));
        }
    }

    /**
     * Rows r0 … r1−1: φ'·outer into C and the margin y_i·F_i into work[i]. Rows are independent,
     * so threads may share them out; {@code lanes} is this caller's own 3·W-double scratch.
     */
    private void margins(double[] z, int r0, int r1, int ld, double[] outer, double[] y, double[] c, double[] work,
            int lanes) {
        DoubleVector cv = DoubleVector.broadcast(S, leak);
        DoubleVector omc = DoubleVector.broadcast(S, 1.0 - leak);
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        for (int i = r0; i < r1; i++) {
            int row = i * ld;
            // the W = 8 lanes as G vectors of L: on AVX2 lanes 0–3 take columns 8k … 8k+3 and lanes
            // 4–7 columns 8k+4 … 8k+7, each in order, as AVX-512's one vector does (its zero-padded
            // columns beyond ld add exactly 0)
            for (int h = 0; h < G; h++) {
                DoubleVector f = DoubleVector.zero(S);
                for (int v = h * L; v < ld; v += W) {
                    DoubleVector zv = DoubleVector.fromArray(S, z, row + v);
                    DoubleVector ov = DoubleVector.fromArray(S, outer, v);
                    DoubleVector e = VectorMath.expNonPositive(zv.abs().neg());
                    // one division for both reciprocals: 1/((1+e)(2+e)) times (2+e) or (1+e)
                    DoubleVector onePlus = one.add(e);
                    DoubleVector twoPlus = e.add(2.0);
                    DoubleVector both = one.div(onePlus.mul(twoPlus));
                    DoubleVector r = twoPlus.mul(both);                          // 1/(1+e)
                    DoubleVector twoS = e.add(e).mul(onePlus.mul(both));        // 2e/(2+e)
                    DoubleVector softplus = zv.max(0.0).add(VectorMath.log1pFromTwoS(twoS));
                    DoubleVector value = zv.mul(cv).add(softplus.mul(omc));
                    DoubleVector sigmoid = r.blend(e.mul(r), zv.compare(VectorOperators.LT, 0.0));
                    DoubleVector slope = cv.add(omc.mul(sigmoid));
                    f = value.fma(ov, f);
                    slope.mul(ov).intoArray(c, row + v);
                }
                f.intoArray(work, lanes + h * L);
            }
            double sum = 0;
            for (int l = 0; l < W; l++) { // in lane order (reduceLanes may reorder between JIT and interpreter)
                sum += work[lanes + l];
            }
            work[i] = y[i] * sum;
        }
    }

    @Override
    public String name() {
        return "vector-softplus-logistic";
    }
}

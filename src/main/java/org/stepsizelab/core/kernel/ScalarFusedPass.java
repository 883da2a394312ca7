package org.stepsizelab.core.kernel;

import org.stepsizelab.core.Activation;
import org.stepsizelab.core.Loss;

/** The fused pass for any activation and loss, through their scalar methods: the reference. */
public final class ScalarFusedPass implements FusedPass {
    private final Activation phi;
    private final Loss loss;

    public ScalarFusedPass(Activation phi, Loss loss) {
        this.phi = phi;
        this.loss = loss;
    }

    @Override
    public void apply(double[] z, int n, int m, int ld, double[] outer, double[] y, double[] c, double[] work,
            Result out) {
        double sumLoss = 0;
        double minMargin = Double.POSITIVE_INFINITY;
        int correct = 0;
        double invN = 1.0 / n;
        for (int i = 0; i < n; i++) {
            int row = i * ld;
            double f = 0;
            for (int j = 0; j < m; j++) {
                f += outer[j] * phi.value(z[row + j]);
            }
            double q = y[i] * f;
            sumLoss += loss.value(q);
            if (q < minMargin) {
                minMargin = q;
            }
            if (q > 0) {
                correct++;
            }
            double g = loss.d1(q) * y[i] * invN;
            for (int j = 0; j < m; j++) {
                c[row + j] = g * phi.d1(z[row + j]) * outer[j];
            }
            for (int j = m; j < ld; j++) {
                c[row + j] = 0;
            }
        }
        out.lossSum = sumLoss;
        out.minMargin = minMargin;
        out.correct = correct;
    }

    @Override
    public String name() {
        return "scalar";
    }
}

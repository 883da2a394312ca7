package org.stepsizelab.core.training;

import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.model.Model;

/**
 * Plain GD for any {@link Model}: θ ← θ − η∇L(θ) with the model's own loss and gradient. Every
 * network trains through this form unless it has faster ones (the two-layer net's Direct/Gram).
 */
final class ModelForm implements StepForm {
    private final Model model;
    private final Model.Evaluator train;
    private Model.Evaluator test;
    private final double[] theta;
    private double[] grad, gradLast;
    private boolean updated;

    ModelForm(Model model, Dataset train, double[] start) {
        this.model = model;
        this.train = model.evaluator(train);
        this.theta = start.clone();
        this.grad = new double[theta.length];
        this.gradLast = new double[theta.length];
    }

    @Override
    public void measure(Model.Evaluation out) {
        train.lossAndGradient(theta, grad, out);
    }

    @Override
    public double norm() {
        double s = Model.sumOfSquares(theta);
        return Double.isFinite(s) ? Math.sqrt(s) : ScaledNorm.of(theta);
    }

    @Override
    public void update(double eta) {
        for (int k = 0; k < theta.length; k++) {
            theta[k] -= eta * grad[k];
        }
        double[] t = gradLast;
        gradLast = grad;
        grad = t;
        updated = true;
    }

    @Override
    public void evaluate(Dataset set, Model.Evaluation out) {
        if (test == null || test.data() != set) {
            test = model.evaluator(set);
        }
        test.lossAndGradient(theta, null, out);
    }

    @Override
    public double[] parameters() {
        return theta.clone();
    }

    @Override
    public double[] lastGradient() {
        return updated ? gradLast.clone() : new double[theta.length];
    }

    @Override
    public String name() {
        return "model";
    }

    @Override
    public String passName() {
        return model.name();
    }
}

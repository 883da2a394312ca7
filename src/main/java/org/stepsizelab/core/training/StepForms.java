package org.stepsizelab.core.training;

import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.kernel.FusedPass;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.kernel.MatrixKernel;
import org.stepsizelab.core.kernel.ScalarFusedPass;
import org.stepsizelab.core.model.Model;
import org.stepsizelab.core.model.TwoLayerNet;

/** Chooses and builds the step form of a run ({@link CostRules} decide for AUTO). */
public final class StepForms {
    private StepForms() {}

    /**
     * @param steps the run's length T (the vector pass pays only on long runs or wide rows)
     * @param hasTest whether a held-out split is evaluated, every {@code testEvery} steps
     */
    public static StepForm create(Trainer.Form form, Model model, Dataset train, MatrixKernel kernel, double[] start,
            long steps, boolean hasTest, long testEvery) {
        if (!(model instanceof TwoLayerNet net)) {
            return new ModelForm(model, train, start);
        }
        FusedPass pass = CostRules.vectorPassPays(train.n(), net.width(), steps)
                ? Kernels.fusedPass(net.activation(), net.loss(), kernel)
                : new ScalarFusedPass(net.activation(), net.loss());
        boolean gram = form == Trainer.Form.GRAM || (form == Trainer.Form.AUTO
                && CostRules.gramPays(train.n(), train.d(), net.width(), hasTest, testEvery));
        return gram ? new GramForm(net, train, kernel, pass, start) : new DirectForm(net, train, kernel, pass, start);
    }
}

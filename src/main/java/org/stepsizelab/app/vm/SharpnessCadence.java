package org.stepsizelab.app.vm;

import org.stepsizelab.core.RunConfig;

/**
 * Turns the sharpness chart's toggle into the runs' {@code sharpness_every} K: every step for small
 * runs (the EoS phase of the XOR lasts ~10 steps, so every step matters), about 200 evaluations
 * per run otherwise (one evaluation costs 5–20 GD steps, see the README).
 */
public final class SharpnessCadence {
    private SharpnessCadence() {}

    /** K for a run of {@code steps} steps; {@code small} as {@link MainViewModel#isSmall}. */
    public static int of(long steps, boolean small) {
        long k = small ? Math.max(1, steps / 20_000) : Math.max(1, steps / 200);
        return (int) Math.min(Integer.MAX_VALUE, k);
    }

    static RunConfig withSharpnessEvery(RunConfig c, int k) {
        return new RunConfig(c.dataset(), c.activation(), c.leak(), c.huberH(), c.width(), c.eta(), c.steps(),
                c.seed(), c.initScale(), c.loss(), c.outputScale(), c.n(), c.dim(), c.margin(), c.noise(),
                c.classes(), c.testN(), c.normalize(), c.positiveLabel(), c.every(), k);
    }

    /**
     * Ties the View menu's sharpness toggle to the runs' cadence. On: a config without sharpness
     * gets K from its T and size (a preset's own K > 0 is kept). Off: K = 0. A config that arrives
     * with K > 0 (a preset, an opened summary.json) turns the toggle on, so its sharpness is shown.
     * Each change of K is a new config, so the run restarts with it.
     */
    public static void bind(MainViewModel vm) {
        var toggle = vm.view().showSharpnessProperty();
        toggle.addListener((o, was, on) -> {
            RunConfig c = vm.params().config();
            if (on && c.sharpnessEvery() == 0) {
                vm.params().load(withSharpnessEvery(c, of(c.steps(), vm.isSmall(c))));
            } else if (!on && c.sharpnessEvery() != 0) {
                vm.params().load(withSharpnessEvery(c, 0));
            }
        });
        vm.params().configProperty().addListener((o, a, c) -> {
            if (c.sharpnessEvery() > 0 && !toggle.get()) {
                toggle.set(true);
            }
        });
        if (vm.params().config().sharpnessEvery() > 0) {
            toggle.set(true);
        }
    }
}

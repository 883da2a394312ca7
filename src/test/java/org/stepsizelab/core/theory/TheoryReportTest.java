package org.stepsizelab.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.data.DataMargin;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.data.ToySets;
import org.stepsizelab.core.theory.AssumptionCheck.Status;

class TheoryReportTest {

    static RunConfig withActivation(String act, double leak) {
        RunConfig c = RunConfig.defaults();
        return new RunConfig(c.dataset(), act, leak, c.huberH(), c.width(), c.eta(), c.steps(), c.seed(),
                c.initScale(), c.loss(), c.outputScale(), c.n(), c.dim(), c.margin(), c.noise(), c.classes(),
                c.testN(), c.normalize(), c.positiveLabel(), c.every(), c.sharpnessEvery());
    }

    static Status status(TheoryReport r, String prefix) {
        return r.assumptions().stream().filter(a -> a.assumption().startsWith(prefix)).findFirst().orElseThrow().status();
    }

    /** The paper's XOR: leaky softplus c = ½ (α = ½, β̃ = 1/8, κ = ½·log 2), m = 20, R = 1, η = 10⁴. */
    @Test
    void xorConstantsAndThresholdsFollowTheFormulas() {
        RunConfig cfg = RunConfig.defaults();
        Dataset xor = Datasets.load(cfg).train();
        TheoryReport r = TheoryReport.of(cfg, xor, 0.0, 66L, 66L, 9L);
        assertEquals(1e4, r.item("eta").value());
        assertEquals(500, r.item("eta_over_m").value(), 1e-12);
        assertEquals(4, r.item("n").value());
        assertEquals(0.5, r.item("alpha").value(), 1e-9);
        assertEquals(1.0, r.item("sup_dphi").value(), 1e-9);
        assertEquals(0.125, r.item("beta_tilde").value(), 1e-9);
        assertEquals(0.5 * Math.log(2), r.item("kappa").value(), 1e-9);
        double rho = 1 / Math.sqrt(20), beta = 0.125 / 20;
        assertEquals(rho, r.item("rho").value(), 1e-9);
        assertEquals(beta, r.item("beta").value(), 1e-9);
        assertEquals(1 / (1e4 * (2 * rho * rho + beta)), r.monotoneThreshold(), 1e-15);
        double stable = Math.min(1 / (2 * 4 * Math.exp(0.5 * Math.log(2) + 2)), 1 / (1e4 * (4 * rho * rho + 2 * beta)));
        assertEquals(stable, r.stableThreshold(), 1e-15);
        assertEquals(66, r.item("stable_step").value());
        assertEquals(9, r.item("eos_end_step").value());
        assertEquals(2e-4, r.item("two_over_eta").value(), 1e-18);

        assertEquals(Status.HOLDS, status(r, "α"));
        assertEquals(Status.HOLDS, status(r, "sup φ'"));
        assertEquals(Status.HOLDS, status(r, "φ is smooth"));
        assertEquals(Status.HOLDS, status(r, "‖x_i‖"));
        assertEquals(Status.FAILS, status(r, "data linearly separable")); // XOR is not separable
        assertFalse(r.allAssumptionsHold());
        assertTrue(r.toText().contains("Theorem 4.1"));
        for (TheoryItem i : r.items()) {
            assertFalse(i.formula().isBlank() || i.source().isBlank(), i.key());
        }
    }

    @Test
    void reluIsNotSmoothAndHasNoAlpha() {
        RunConfig cfg = withActivation("relu", 0);
        TheoryReport r = TheoryReport.of(cfg, ToySets.xor().normalized(), 0.2, null, null, null);
        assertEquals(Status.FAILS, status(r, "φ is smooth"));
        assertEquals(Status.FAILS, status(r, "α"));
        assertEquals(Status.HOLDS, status(r, "data linearly separable"));
        assertTrue(Double.isNaN(r.item("beta").value()));
        assertEquals("undefined", r.item("stable_step").valueText());
        AssumptionCheck smooth = r.assumptions().get(0);
        assertTrue(smooth.consequence().contains("Theorem 2.2"));
    }

    @Test
    void geluExceedsSlopeOneAndUnknownMarginIsUnknown() {
        TheoryReport r = TheoryReport.of(withActivation("gelu", 0), ToySets.xor().normalized(), Double.NaN, null, null, null);
        // sup φ' ≈ 1.13 fails only by scale: rescaling φ restores it, and the report says so
        assertEquals(Status.RESCALED, status(r, "sup φ'"));
        assertTrue(r.assumptions().stream().filter(a -> a.assumption().startsWith("sup φ'")).findFirst().orElseThrow()
                .detail().contains("only by scale"));
        assertEquals(Status.FAILS, status(r, "α")); // GELU's φ' dips below 0: no rescaling helps
        assertEquals(Status.UNKNOWN, status(r, "data linearly separable"));
        assertTrue(r.toText().contains("if it fails"));
    }

    @Test
    void unscaledDataBreakTheUnitBallAssumption() {
        Dataset raw = ToySets.xor(); // ‖x_i‖ = √2
        TheoryReport r = TheoryReport.of(RunConfig.defaults(), raw, 0.0, null, null, null);
        assertEquals(Status.FAILS, status(r, "‖x_i‖"));
        assertEquals(Math.sqrt(2), r.item("radius").value(), 1e-12);
        assertEquals(Math.sqrt(2) / Math.sqrt(20), r.item("rho").value(), 1e-9);
    }

    /** A step not reached is "not met"; without a run it is "not run" — never "undefined" (that is for β of ReLU). */
    @Test
    void stepsSayWhetherTheyWereNotMetOrNotRun() {
        Dataset xor = ToySets.xor().normalized();
        TheoryReport streaming = TheoryReport.of(RunConfig.defaults(), xor, 0.0, 20L, null, 9L);
        assertEquals("20", streaming.item("monotone_step").valueText());
        assertEquals("not met", streaming.item("stable_step").valueText());
        TheoryReport noRun = TheoryReport.of(RunConfig.defaults(), xor, DataMargin.of(xor), null);
        assertEquals("not run", noRun.item("monotone_step").valueText());
        assertEquals("not run", noRun.item("stable_step").valueText());
        assertEquals("not run", noRun.item("eos_end_step").valueText());
        assertEquals("undefined", TheoryReport.of(withActivation("relu", 0), xor, DataMargin.of(xor), null)
                .item("monotone_step").valueText());
    }

    /** The value column lines up even after β̃, whose tilde is a combining character. */
    @Test
    void textColumnsLineUpAfterCombiningMarks() {
        String text = TheoryReport.of(RunConfig.defaults(), ToySets.xor().normalized(), 0.0, null, null, null).toText();
        String alpha = text.lines().filter(l -> l.startsWith("α ")).findFirst().orElseThrow();
        String betaTilde = text.lines().filter(l -> l.startsWith("β̃")).findFirst().orElseThrow();
        assertEquals(alpha.indexOf("0.5"), betaTilde.indexOf("0.125") - 1, "one extra char: the combining tilde\n" + text);
        assertEquals(40, TheoryReport.padded("β̃", 39).length());
    }
}

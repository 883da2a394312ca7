package org.stepsizelab.core.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.stepsizelab.core.NetConstants;
import org.stepsizelab.core.PhaseTracker;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.config.ConfigCodec;
import org.stepsizelab.core.data.DataMargin;

/**
 * {@code summary.json}: the run's config (itself a valid preset that reproduces the run), its phases,
 * how it ended and the constants of the theory. Non-finite numbers are written as null (JSON has no
 * NaN or infinity).
 */
public final class SummaryJson {
    private SummaryJson() {}

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static ObjectNode build(RunResult result) {
        RunOutcome o = result.outcome();
        PhaseTracker phases = result.trainer().phases();
        ObjectNode s = MAPPER.createObjectNode();
        s.set("config", ConfigCodec.toJson(result.config()));
        s.put("eos_end_step", o.eosEndStep());
        putStep(s, "theory_monotone_step", o.theoryMonotoneStep());
        putStep(s, "theory_stable_step", o.theoryStableStep());
        putNumber(s, "final_loss", o.finalLoss());
        s.put("diverged", o.diverged());
        putStep(s, "diverged_at_step", o.divergedAtStep());
        // γ of the data trained on (after scaling); null when not computed within its time limit
        putNumber(s, "data_margin", DataMargin.of(result.data().train()).value().orElse(Double.NaN));
        ObjectNode c = s.putObject("constants");
        NetConstants k = o.constants();
        putNumber(c, "alpha", k.activation().alpha());
        putNumber(c, "sup_dphi", k.activation().supDphi());
        putNumber(c, "beta_tilde", k.activation().betaTilde());
        putNumber(c, "kappa", k.activation().kappa());
        // ρ and β are the paper's two-layer net's (f = (b/m) Σ a_j φ(w_jᵀx)); a deeper net with every
        // layer trained has no such constants, so they are null there, as the theory report says "n/a"
        boolean twoLayer = RunConfig.DEFAULT_MODEL.equals(result.config().model());
        putNumber(c, "rho", twoLayer ? k.rho() : Double.NaN);
        putNumber(c, "beta", twoLayer ? k.beta() : Double.NaN);
        putNumber(s, "theory_monotone_threshold", phases.monotoneThreshold());
        putNumber(s, "theory_stable_threshold", phases.stableThreshold());
        s.put("last_step", o.lastStep());
        // a run cancelled before its first step has no last record
        boolean measured = result.last() != null;
        putNumber(s, "final_param_norm", measured ? result.last().paramNorm() : Double.NaN);
        putNumber(s, "final_normalized_margin", measured ? result.last().normalizedMargin() : Double.NaN);
        putNumber(s, "final_accuracy", measured ? result.last().accuracy() : Double.NaN);
        putNumber(s, "data_scale", result.data().train().scale());
        // the kernel decides the summation order, hence the last bits: name it for reproducibility
        s.put("kernel", result.trainer().kernel().name());
        s.put("seconds", o.seconds());
        return s;
    }

    public static void write(ObjectNode summary, Path file) throws IOException {
        java.nio.file.Files.writeString(file, MAPPER.writeValueAsString(summary) + "\n",
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void putNumber(ObjectNode node, String key, double v) {
        if (Double.isFinite(v)) {
            node.put(key, v);
        } else {
            node.putNull(key);
        }
    }

    private static void putStep(ObjectNode node, String key, Long step) {
        if (step == null) {
            node.putNull(key);
        } else {
            node.put(key, step.longValue());
        }
    }
}

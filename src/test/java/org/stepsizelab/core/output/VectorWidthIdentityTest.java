package org.stepsizelab.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.preset.Presets;

/**
 * A run's bits do not depend on the machine's vector width: the same preset in a child JVM whose
 * vectors are capped at 256 bits ({@code -XX:MaxVectorSize=32}, what an AVX2 machine has) writes
 * the same {@code metrics.csv} as in this JVM. (A JVM with 128-bit vectors only runs the scalar
 * fused pass, whose last bits differ; the README says so.) On an AVX2 machine the 256-bit case
 * compares like with like; on an AVX-512 machine it is the check that failed before the softplus
 * pass kept its row sums in eight lanes everywhere (the MNIST and Fashion presets' goldens,
 * recorded on AVX2, differed there).
 */
class VectorWidthIdentityTest {

    /** Prints the SHA-256 of the (capped) metrics.csv of the preset named by args[0]. */
    public static void main(String[] args) throws Exception {
        System.out.println(PresetGoldenTest.sha256(
                PresetGoldenTest.metricsCsv(PresetGoldenTest.capped(Presets.bundled(args[0]).config()))));
    }

    @Test
    void theImagePresetRunsToTheSameBitsWith256BitVectors() throws Exception {
        int maxVectorBytes = 32;
        assumeTrue(Kernels.vectorAvailable(), "the portable kernel has no vector width");
        String preset = "mnist-1000-3-vs-5";
        String here = PresetGoldenTest.sha256(
                PresetGoldenTest.metricsCsv(PresetGoldenTest.capped(Presets.bundled(preset).config())));
        assertEquals(here, child(preset, maxVectorBytes),
                "metrics.csv of " + preset + " with vectors of at most " + 8 * maxVectorBytes + " bits");
    }

    private static String child(String preset, int maxVectorBytes) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--add-modules=jdk.incubator.vector");
        cmd.add("-XX:MaxVectorSize=" + maxVectorBytes);
        cmd.add("-Xmx1g");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(VectorWidthIdentityTest.class.getName());
        cmd.add(preset);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("the child JVM failed: " + out);
        }
        // the last line is the hash (the JVM may warn about the incubator module first)
        String[] lines = out.strip().split("\\R");
        return lines[lines.length - 1].strip();
    }
}

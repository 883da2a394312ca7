package org.stepsizelab.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.preset.Preset;
import org.stepsizelab.core.preset.Presets;

/**
 * The bit-identity guard: every bundled preset, run through the normal {@link RunWriter} path,
 * must write a {@code metrics.csv} whose SHA-256 equals the golden one recorded before a refactor.
 * A trajectory that moves by one ulp anywhere fails here.
 *
 * <p>Goldens depend on the kernel (it fixes the summation order), so there is one file per kernel
 * kind: {@code preset-metrics-vector.sha256} (the Vector API kernels, as {@code mvn test} runs) and
 * {@code preset-metrics-portable.sha256} (absent so far: the test is skipped on that kernel). Run with {@code -Dgolden.write=true} to (re)write the
 * file of the current kernel; see the file's header for when that is allowed.
 */
class PresetGoldenTest {

    @Test
    void everyBundledPresetWritesTheGoldenMetrics(@TempDir Path tmp) throws Exception {
        Map<String, String> actual = new LinkedHashMap<>();
        for (Preset p : Presets.bundled()) {
            Path out = tmp.resolve(p.name());
            RunWriter.run(p.config(), out, r -> { }, () -> false, List.of());
            actual.put(p.name(), sha256(Files.readAllBytes(out.resolve("metrics.csv"))));
        }
        String file = "preset-metrics-" + (Kernels.vectorAvailable() ? "vector" : "portable") + ".sha256";
        if (Boolean.getBoolean("golden.write")) {
            write(Path.of("src/test/resources/golden", file), actual);
            return;
        }
        Map<String, String> golden = read("/golden/" + file);
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : actual.entrySet()) {
            String want = golden.get(e.getKey());
            assertTrue(want != null, "no golden for preset " + e.getKey() + ": add its line (see the file's header)");
            if (!want.equals(e.getValue())) {
                changed.add(e.getKey());
            }
        }
        assertEquals(List.of(), changed, "presets whose metrics.csv changed (not bit-identical)");
    }

    static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static Map<String, String> read(String resource) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = PresetGoldenTest.class.getResourceAsStream(resource)) {
            // goldens are recorded for the kernel mvn test uses; another kernel has none (skipped)
            assumeTrue(in != null, "no golden file " + resource + " for this kernel");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] parts = s.split("\\s+");
                m.put(parts[1], parts[0]);
            }
        }
        return m;
    }

    private static void write(Path file, Map<String, String> hashes) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# SHA-256 of metrics.csv of every bundled preset (PresetGoldenTest), recorded from main\n");
        sb.append("# before the engine-seam refactor (issue 10). Format: <sha256> <preset name>.\n");
        sb.append("# Regenerate (mvn test -Dtest=PresetGoldenTest -Dgolden.write=true) ONLY when a kernel's\n");
        sb.append("# summation order changes on purpose, after checking that every value of the old and new\n");
        sb.append("# metrics.csv agree to 1e-10 relative; a new preset adds its line.\n");
        for (Map.Entry<String, String> e : hashes.entrySet()) {
            sb.append(e.getValue()).append(' ').append(e.getKey()).append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, sb.toString());
    }
}

package org.stepsizelab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher's JIT options start a JVM (a misspelt -XX option would stop every relaunch). */
class StartupJitTest {
    @Test
    void theOptionsAreAcceptedByThisJvm() throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(StartupJit.OPTIONS);
        cmd.add("-XX:+PrintFlagsFinal");
        cmd.add("-version");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        for (String o : StartupJit.OPTIONS) {
            String[] kv = o.substring("-XX:".length()).split("=");
            assertTrue(out.lines().anyMatch(l -> l.matches("\\s*intx\\s+" + kv[0] + "\\s+=\\s+" + kv[1] + "\\s.*")),
                    kv[0] + " is set to " + kv[1]);
        }
    }

    @Test
    void thePackagedAppGetsTheSameOptions() throws Exception {
        // build-dist.sh reads them from StartupJit.java's source with this pattern
        String source = Files.readString(Path.of("src/main/java/org/stepsizelab/StartupJit.java"));
        List<String> read = source.lines()
                .filter(l -> l.matches("^ *\"(-XX:Tier4[A-Za-z]*=[0-9]*)\"[,)].*"))
                .map(l -> l.replaceAll("^ *\"(-XX:Tier4[A-Za-z]*=[0-9]*)\"[,)].*", "$1")).toList();
        assertEquals(StartupJit.OPTIONS, read);
        assertTrue(Files.readString(Path.of("packaging/build-dist.sh")).contains("\"${jit[@]}\""));
    }
}

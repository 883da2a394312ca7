package org.stepsizelab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.stepsizelab.core.preset.Preset;
import org.stepsizelab.core.preset.Presets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code presets}: lists the presets bundled in the jar, usable by name with {@code run --preset NAME}. */
@Command(name = "presets", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List the bundled presets (use one with: run --preset NAME --out DIR).")
final class PresetsCommand implements Callable<Integer> {

    @Option(names = {"-v", "--verbose"}, description = "Also print each preset's description.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int width = 0;
        for (String name : Presets.bundledNames()) {
            width = Math.max(width, name.length());
        }
        for (Preset p : Presets.bundled()) {
            out.println(String.format("%-" + width + "s  %s", p.name(), p.displayTitle()));
            if (verbose && p.description() != null) {
                out.println(" ".repeat(width + 2) + p.description());
            }
        }
        return Cli.OK;
    }
}

package org.stepsizelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.config.KeyText;
import org.stepsizelab.core.IoErrors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The headless front end: {@code stepsize-lab run|bench|sweep …}. Exit codes: 0 done, 2 bad input
 * (one line on stderr naming the option, field or file, the value and what is allowed), 1 anything
 * else (one line "internal error: …"). Never a stack trace.
 */
@Command(name = "stepsize-lab", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Watch large-stepsize gradient descent train a two-layer network (headless).",
        footer = {"", "Without arguments the jar opens the app; --tour NAME|FILE opens it on a guided tour"
                + " (bundled: paper), --presentation in presentation mode (F11: full screen, slide style).", ""})
public final class Cli implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private Cli() {}

    /** The command tree: each sub-command is one line here. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Cli());
        cl.addSubcommand(new RunCommand());
        cl.addSubcommand(new SweepCommand());
        cl.addSubcommand(new TaskCommand());
        cl.addSubcommand(new TheoryCommand());
        cl.addSubcommand(new BenchCommand());
        cl.addSubcommand(new PresetsCommand());
        return cl;
    }

    /** Runs one command line on the process's standard streams and returns the exit code. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        // Ctrl-C ends the JVM (exit 130) while the command runs: say so in one line. The staging
        // directories' own hooks remove the partial files, so nothing of the run is left behind.
        Thread interrupted = new Thread(() -> {
            err.println(System.lineSeparator() + "stepsize-lab: interrupted; nothing was written (partial files removed)");
            err.flush();
        }, "stepsize-lab interrupted notice");
        Runtime.getRuntime().addShutdownHook(interrupted);
        try {
            return run(args, out, err);
        } finally {
            out.flush();
            err.flush();
            try {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            } catch (IllegalStateException e) {
                // already shutting down: the notice is being printed
            }
        }
    }

    /** Runs one command line, writing to the given streams, and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            CommandLine cl = commandLine();
            cl.registerConverter(Double.class, new NumberConverter()); // after the sub-commands: reaches them all
            cl.registerConverter(Double.TYPE, new NumberConverter());
            cl.setOverwrittenOptionsAllowed(true); // scripts may append overrides: the last one wins
            cl.setOut(out);
            cl.setErr(err);
            cl.setParameterExceptionHandler((ex, a) -> {
                err.println(prefix(ex.getCommandLine()) + parameterProblem(ex));
                return BAD_INPUT;
            });
            cl.setExecutionExceptionHandler((ex, cmd, parsed) -> report(ex, prefix(cmd), err));
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            return report(e, "stepsize-lab: ", err);
        }
    }

    /** The top command alone: say what to do next. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a sub-command is required ("
                + String.join(", ", spec.commandLine().getSubcommands().keySet()) + ")");
    }

    private static int report(Throwable ex, String prefix, PrintWriter err) {
        if (ex instanceof InputException input) {
            err.println(prefix + oneLine(input.message(FLAGS)));
            return BAD_INPUT;
        }
        if (ex instanceof UncheckedIOException) {
            ex = ex.getCause();
        }
        if (ex instanceof IOException) {
            err.println(prefix + "cannot write the output: " + IoErrors.describe((IOException) ex));
            return FAILURE;
        }
        if (ex instanceof OutOfMemoryError) {
            String detail = ex instanceof org.stepsizelab.core.RunSize.TooLarge ? ": " + ex.getMessage() : "";
            err.println(prefix + "out of memory" + detail + " (give the JVM more with -Xmx, e.g. java -Xmx4g -jar …)");
            return FAILURE;
        }
        String m = ex.getMessage();
        err.println(prefix + "internal error: " + ex.getClass().getSimpleName()
                + (m == null ? "" : ": " + oneLine(m)));
        return FAILURE;
    }

    private static String parameterProblem(ParameterException ex) {
        String m = oneLine(ex.getMessage());
        if (ex instanceof UnmatchedArgumentException) {
            List<String> s = ((UnmatchedArgumentException) ex).getSuggestions();
            if (!s.isEmpty()) {
                m += " (did you mean " + String.join(" or ", s.subList(0, Math.min(3, s.size()))) + "?)";
            }
        }
        String name = ex.getCommandLine().getCommandName();
        String help = ex.getCommandLine().getParent() == null ? "stepsize-lab --help" : "stepsize-lab " + name + " --help";
        return m + "; see '" + help + "'";
    }

    private static String prefix(CommandLine cmd) {
        return cmd.getParent() == null ? "stepsize-lab: " : "stepsize-lab " + cmd.getCommandName() + ": ";
    }

    /** Core names configuration keys ({@code KeyText}); here they are the options that set them: "--n 40". */
    static final KeyText.Wording FLAGS = KeyText.wording(ConfigKey::option, k -> k.option() + " ");

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}

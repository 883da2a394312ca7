package org.stepsizelab.core.output;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Who owns a hidden staging directory {@code .DIR.partial-PID-START-RANDOM}: the pid and start time
 * (epoch milliseconds) of the JVM that created it are part of its name. A staging directory whose
 * owner is gone — no live process with that pid, or one that started at another time (the pid was
 * reused) — was left by a process killed with SIGKILL, which runs no clean-up, and the next run to
 * the same DIR removes it.
 */
final class PartialOwner {
    private PartialOwner() {}

    /** Two readings of the same process's start time differ by the clock tick at most. */
    private static final long START_TOLERANCE_MILLIS = 1000;

    static final long PID = ProcessHandle.current().pid();
    static final long START = startMillis(ProcessHandle.current());

    /** The name prefix of this process's staging directories for a target called {@code name}. */
    static String prefix(String name) {
        return stem(name) + PID + "-" + START + "-";
    }

    /** The part every staging directory of {@code name} starts with, whoever owns it. */
    static String stem(String name) {
        return "." + name + ".partial-";
    }

    /**
     * True if {@code dir} is a staging directory of {@code name} whose owner has certainly ended.
     * Names without an owner (an older format) are never stale: nobody can tell.
     */
    static boolean isStale(Path dir, String name) {
        String file = dir.getFileName().toString();
        if (!file.startsWith(stem(name))) {
            return false;
        }
        String[] parts = file.substring(stem(name).length()).split("-");
        if (parts.length != 3) {
            return false;
        }
        long pid;
        long start;
        try {
            pid = Long.parseLong(parts[0]);
            start = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty() || !p.get().isAlive()) {
            return true;
        }
        long now = startMillis(p.get());
        return start > 0 && now > 0 && Math.abs(now - start) > START_TOLERANCE_MILLIS;
    }

    private static long startMillis(ProcessHandle p) {
        return p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}

#!/usr/bin/env python3
"""Start-up to the first drawn chart, median of N launches (warm disk cache: one untimed launch first).

    DISPLAY=:77 packaging/startup-time.py 5 java -jar target/stepsize-lab.jar
    DISPLAY=:77 packaging/startup-time.py 5 target/dist/stepsize-lab/bin/stepsize-lab

Wall clock from exec to the app's "[perf] start-up" line (the app is started with
-Dstepsizelab.perf=true, through JAVA_TOOL_OPTIONS when the command is not `java`), then the app
is ended with SIGTERM, as a closed window would be (so `java -jar` keeps its class archive). Prints each time and the median, in seconds, with the CPU time (user + system, all
processes of the command) used until then: on a shared machine the wall clock mostly measures the
other users, the CPU time what start-up costs.
"""
import os, subprocess, sys, time, statistics

def cpu_seconds(pid):
    """User + system CPU time of a process and its descendants so far (Linux /proc)."""
    total, todo = 0.0, [pid]
    tick = os.sysconf("SC_CLK_TCK")
    while todo:
        p = todo.pop()
        try:
            f = open("/proc/%d/stat" % p).read().rsplit(")", 1)[1].split()
            total += (int(f[11]) + int(f[12])) / tick
            for t in os.listdir("/proc/%d/task" % p):
                todo += [int(c) for c in open("/proc/%d/task/%s/children" % (p, t)).read().split()]
        except (OSError, IndexError):
            pass
    return total

def once(cmd, env):
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env, text=True)
    try:
        for line in p.stderr:
            if line.startswith("[perf] start-up"):
                return time.monotonic() - t0, cpu_seconds(p.pid), line.strip()
        return None, None, "exited with %s" % p.wait()
    finally:
        # end it as a user closing the window would (SIGTERM, not SIGKILL): the launcher's first
        # window writes its class archive at exit, and a killed one never would
        p.terminate()
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill(); p.wait()

def main():
    n = int(sys.argv[1]); cmd = sys.argv[2:]
    env = dict(os.environ)
    if os.path.basename(cmd[0]) == "java":
        cmd = [cmd[0], "-Dstepsizelab.perf=true"] + cmd[1:]
    else:
        env["JAVA_TOOL_OPTIONS"] = (env.get("JAVA_TOOL_OPTIONS", "") + " -Dstepsizelab.perf=true").strip()
    once(cmd, env)  # warm the disk cache
    times, cpus = [], []
    for _ in range(n):
        t, cpu, line = once(cmd, env)
        if t is None:
            sys.exit("the app did not report its start-up: " + line)
        times.append(t); cpus.append(cpu)
        print("%.2f s wall, %.2f s CPU  %s" % (t, cpu, line), flush=True)
    print("median %.2f s wall, %.2f s CPU, of %d (load average %.1f)"
          % (statistics.median(times), statistics.median(cpus), n, os.getloadavg()[0]))

main()

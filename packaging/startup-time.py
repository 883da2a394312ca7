#!/usr/bin/env python3
"""Start-up to the first drawn chart, median of N launches (warm disk cache: one untimed launch first).

    DISPLAY=:77 packaging/startup-time.py 5 java -jar target/stepsize-lab.jar
    DISPLAY=:77 packaging/startup-time.py 5 target/dist/stepsize-lab/bin/stepsize-lab

Wall clock from exec to the app's "[perf] start-up" line (the app is started with
-Dstepsizelab.perf=true, through JAVA_TOOL_OPTIONS when the command is not `java`), then the app
is ended. Prints each time and the median, in seconds.
"""
import os, subprocess, sys, time, statistics

def once(cmd, env):
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env, text=True)
    try:
        for line in p.stderr:
            if line.startswith("[perf] start-up"):
                return time.monotonic() - t0, line.strip()
        return None, "exited with %s" % p.wait()
    finally:
        p.kill(); p.wait()

def main():
    n = int(sys.argv[1]); cmd = sys.argv[2:]
    env = dict(os.environ)
    if os.path.basename(cmd[0]) == "java":
        cmd = [cmd[0], "-Dstepsizelab.perf=true"] + cmd[1:]
    else:
        env["JAVA_TOOL_OPTIONS"] = (env.get("JAVA_TOOL_OPTIONS", "") + " -Dstepsizelab.perf=true").strip()
    once(cmd, env)  # warm the disk cache
    times = []
    for _ in range(n):
        t, line = once(cmd, env)
        if t is None:
            sys.exit("the app did not report its start-up: " + line)
        times.append(t)
        print("%.2f s  %s" % (t, line), flush=True)
    print("median %.2f s of %d (load average %.1f)" % (statistics.median(times), n, os.getloadavg()[0]))

main()

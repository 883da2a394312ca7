#!/usr/bin/env python3
"""The machine's limit for the trainer's products: NumPy/OpenBLAS dgemm GFLOP/s on the step's shapes.

The yardstick for `KernelBench` (JMH, src/test/java/org/stepsizelab/jmh): the same four products
on the same shapes (m = 100 hidden units), float64, on 1 and 2 OpenBLAS threads. GFLOP/s counts
2·rows·inner·cols with the true m = 100 (the Java kernel pads rows to its vector length; the
padding is not counted as work), from the median of many timed calls after a warm-up.

  python3 src/test/python/dgemm_limit.py            # both thread counts, both shapes
  python3 src/test/python/dgemm_limit.py --threads 1 --repeat 200

Prints one line per (threads, shape, product): median ms and GFLOP/s.
"""
import argparse, os, subprocess, sys, time

SHAPES = {"mnist": (1000, 784), "cifar": (762, 3072)}
M = 100


def products(np, n, d):
    rng = np.random.default_rng(1)
    X = rng.random((n, d))
    Wt = rng.random((d, M))
    C = rng.random((n, M))
    K = rng.random((n, n))
    return {
        # name: (callable, rows, inner, cols) -- the KernelBench method of the same product
        "xTimesWt   Z = X·Wᵀ": (lambda: X @ Wt, n, d, M),
        "xtTimesC   ∇ᵀ = Xᵀ·C": (lambda: X.T @ C, d, n, M),
        "gramTimesC K·C": (lambda: K @ C, n, n, M),
        "gram       K = X·Xᵀ": (lambda: X @ X.T, n, d, n),
    }


def child(threads, repeat, shapes):
    import numpy as np
    for shape in shapes:
        n, d = SHAPES[shape]
        for name, (f, r, k, c) in products(np, n, d).items():
            reps = max(5, repeat // 10) if name.startswith("gram ") and shape == "cifar" else repeat
            for _ in range(max(3, reps // 5)):
                f()
            times = []
            for _ in range(reps):
                t0 = time.perf_counter()
                f()
                times.append(time.perf_counter() - t0)
            times.sort()
            med = times[len(times) // 2]
            print(f"threads={threads} {shape:5s} {name:22s} {r}x{k}x{c}: {med * 1e3:8.3f} ms "
                  f"{2.0 * r * k * c / med / 1e9:7.1f} GFLOP/s", flush=True)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--threads", type=int, nargs="*", default=[1, 2])
    p.add_argument("--repeat", type=int, default=100)
    p.add_argument("--shape", choices=list(SHAPES), nargs="*", default=list(SHAPES))
    p.add_argument("--child", type=int, help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.child is not None:
        child(a.child, a.repeat, a.shape)
        return
    for t in a.threads:
        # OpenBLAS reads its thread count once, at import: one child process per thread count
        env = dict(os.environ, OPENBLAS_NUM_THREADS=str(t), OMP_NUM_THREADS=str(t))
        subprocess.run([sys.executable, __file__, "--child", str(t), "--repeat", str(a.repeat),
                        "--shape", *a.shape], env=env, check=True)


if __name__ == "__main__":
    main()

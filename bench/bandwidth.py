"""Measured memory read bandwidth: the roof that decode speed is held against.

Decode reads every weight once per token, so tokens/s can be no more than bandwidth / weight
bytes per token. Here one thread per core streams its half of a 1 GiB array (far beyond the
caches) through `ndarray.max`, a SIMD reduction that releases the GIL and does almost no
arithmetic per byte; the best of several passes is the bandwidth the runtimes could reach.
`python -m bench.bandwidth` prints it in GB/s.
"""

from __future__ import annotations

import os
import sys
import threading
import time

import numpy as np

ARRAY_BYTES = 1 << 30
PASSES = 7


def read_bandwidth(threads: int | None = None, nbytes: int = ARRAY_BYTES, passes: int = PASSES) -> float:
    """Best read bandwidth in bytes/s over `passes`, with `threads` threads (default: all cores)."""
    threads = threads or os.cpu_count() or 1
    data = np.ones(nbytes // 4, np.float32)  # written once, so every page is really there
    parts = np.array_split(data, threads)
    best = 0.0
    for _ in range(passes):
        workers = [threading.Thread(target=part.max) for part in parts]
        started = time.perf_counter()
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        best = max(best, data.nbytes / (time.perf_counter() - started))
    return best


if __name__ == "__main__":
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else None
    print(f"{read_bandwidth(threads) / 1e9:.2f}")

"""Where a decode step goes: ONNX Runtime's profiler over greedy decode steps of a package.

    .venv/bin/python -m bench.profile_decode PACKAGE [--prompt 512] [--steps 32] [--threads 2]

Prefills a random prompt, then runs `--steps` decode steps with ORT's profiler on and prints
milliseconds per step by operator type, the step's wall time as Python sees it, and how much of
it ran outside any kernel (Python, binding, ORT's own scheduling).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
import onnxruntime as ort

from runtime.generate.session import DecoderSession
from runtime.package import ModelPackage


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("package", type=Path)
    p.add_argument("--prompt", type=int, default=512)
    p.add_argument("--steps", type=int, default=32)
    p.add_argument("--threads", type=int, default=2)
    args = p.parse_args()

    session = DecoderSession(ModelPackage.open(args.package), provider="cpu", threads=args.threads)
    graph = session.session._model_path  # the lowered graph the session runs
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = args.threads
    opts.enable_profiling = True
    opts.profile_file_prefix = os.path.join(tempfile.mkdtemp(prefix="oriel-profile-"), "decode")
    session.session = ort.InferenceSession(graph, opts, providers=["CPUExecutionProvider"])

    rng = np.random.default_rng(0)
    state = session.empty_state()
    ids = rng.integers(0, session.config.vocab_size - 1000, args.prompt)
    logits = session.forward(state, ids, np.tile(np.arange(args.prompt), (3, 1)))
    started_us = time.perf_counter()
    token = int(logits.argmax())
    walls = []
    for k in range(args.steps):
        t0 = time.perf_counter()
        position = args.prompt + k
        logits = session.forward(state, np.array([token]), np.full((3, 1), position))
        token = int(logits.argmax())
        walls.append(time.perf_counter() - t0)
    del started_us
    trace = Path(session.session.end_profiling())
    events = json.loads(trace.read_text())

    # The profile holds the prefill chunks too: keep the last `steps` model runs.
    runs = sorted((e for e in events if e.get("name") == "model_run"), key=lambda e: e["ts"])[-args.steps :]
    first = runs[0]["ts"]
    by_op: dict[str, float] = defaultdict(float)
    nodes = 0
    for e in events:
        if e.get("cat") == "Node" and e["name"].endswith("_kernel_time") and e["ts"] >= first:
            by_op[e["args"]["op_name"]] += e["dur"]
            nodes += 1
    steps = len(runs)
    run_ms = float(np.median([r["dur"] for r in runs])) / 1000
    kernel_ms = sum(by_op.values()) / steps / 1000
    wall_ms = float(np.median(walls)) * 1000
    name = Path(args.package).name
    print(f"{name}: {steps} decode steps after a {args.prompt}-token prompt, {args.threads} threads")
    print(f"wall per step (median, Python): {wall_ms:.2f} ms = {1000 / wall_ms:.1f} tok/s")
    print(f"ORT run per step (median): {run_ms:.2f} ms; kernels (mean) {kernel_ms:.2f} ms")
    print(f"{nodes // steps} nodes per step")
    print("\n| operator | ms per step | share of kernel time |\n| --- | ---: | ---: |")
    for op, us in sorted(by_op.items(), key=lambda kv: -kv[1]):
        ms = us / steps / 1000
        if ms >= 0.05:
            print(f"| {op} | {ms:.2f} | {100 * ms / kernel_ms:.1f}% |")
    print(f"| (outside kernels, inside ORT run) | {run_ms - kernel_ms:.2f} | |")
    print(f"| (outside ORT run: Python, binding) | {wall_ms - run_ms:.2f} | |")


if __name__ == "__main__":
    main()

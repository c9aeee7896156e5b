"""Oriel's decode against onnxruntime-genai's in one process, alternating, after the same prompt.

    .venv/bin/python -m bench.decode_ab ORIEL_PACKAGE GENAI_MODEL_DIR [--rounds 3] [--steps 32]

`python -m bench` runs each runtime in a fresh process one after the other, so the machine's
drift between those processes (memory bandwidth here swings between ~34 and ~60 GB/s from one
minute to the next) lands on one runtime or the other. This loads both models side by side in one
process and alternates them in short blocks of greedy decode steps after a 512-token prompt, with
the same loop the benchmark uses (`bench.runners`), and prints decode tokens/s per block.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from bench.runners.genai import _GenaiModel
from bench.runners.oriel import _OrielModel


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("package", type=Path, help="an Oriel int4 package")
    p.add_argument("genai", type=Path, help="an onnxruntime-genai model folder (genai_config.json)")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--steps", type=int, default=32)
    p.add_argument("--prompt", type=int, default=512)
    p.add_argument("--threads", type=int, default=2)
    args = p.parse_args()
    models = {
        "Oriel": _OrielModel(args.package, args.threads),
        "onnxruntime-genai": _GenaiModel(args.genai, args.threads, args.prompt + args.steps + 64),
    }
    prompt = [int(t) for t in np.random.default_rng(0).integers(0, 200_000, args.prompt)]
    speeds: dict[str, list[float]] = {name: [] for name in models}
    for _ in range(args.rounds):
        for name, model in models.items():
            model.reset()
            token = model.prefill(prompt)
            for _ in range(4):  # warm-up steps
                token = model.step(token)
            started = time.perf_counter()
            for _ in range(args.steps):
                token = model.step(token)
            speeds[name].append(args.steps / (time.perf_counter() - started))
    for name, values in speeds.items():
        blocks = ", ".join(f"{v:.2f}" for v in values)
        print(f"{name:18s} decode tok/s per block: {blocks}; median {np.median(values):.2f}")
    ratio = np.median(speeds["Oriel"]) / np.median(speeds["onnxruntime-genai"])
    print(f"Oriel / onnxruntime-genai: {ratio:.2f}x (medians)")


if __name__ == "__main__":
    main()

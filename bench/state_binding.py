"""A/B of the fused CPU path's in-place recurrent state, in one process, alternating.

    .venv/bin/python -m bench.state_binding PACKAGE [--rounds 3] [--tokens 40]

Runs the same greedy generation with the recurrent states bound in place (IO binding, the
default on the fused CPU path) and with a fresh output buffer every step, and prints decode
tokens/s for each round.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from runtime.generate.engine import Engine, Finish, GenerationConfig, Prompt
from runtime.generate.session import DecoderSession
from runtime.package import ModelPackage
from runtime.protocol import Sampling


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("package", type=Path)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--tokens", type=int, default=40)
    p.add_argument("--threads", type=int, default=2)
    args = p.parse_args()
    session = DecoderSession(ModelPackage.open(args.package), provider="cpu", threads=args.threads)
    engine = Engine(session)
    prompt = Prompt.from_ids(np.random.default_rng(0).integers(0, session.config.vocab_size - 1000, 64))
    config = GenerationConfig(max_new_tokens=args.tokens, sampling=Sampling.greedy())
    results: dict[str, list[float]] = {"in place": [], "fresh buffers": []}
    for _ in range(args.rounds):
        for label, in_place in (("in place", True), ("fresh buffers", False)):
            session._in_place = in_place
            engine.reset()
            finish = next(e for e in engine.generate(prompt, config) if isinstance(e, Finish))
            results[label].append(finish.decode_tokens_per_second)
    for label, values in results.items():
        print(f"{label:14s} decode tok/s: " + ", ".join(f"{v:.1f}" for v in values))


if __name__ == "__main__":
    main()

"""The runtimes the benchmark compares, one runner each (see bench.runners.base)."""

from __future__ import annotations

from dataclasses import dataclass

from bench.runners.base import Runner
from bench.runners.genai import GenaiRunner
from bench.runners.llamacpp import LlamaCppRunner
from bench.runners.oriel import OrielRunner
from bench.runners.torch_cpu import TorchRunner


@dataclass(frozen=True)
class RunnerOptions:
    oriel_weights: str = "auto"
    block_size: int = 32


def all_runners(options: RunnerOptions) -> dict[str, Runner]:
    """Every runner by its --only name, Oriel first, in the order a round runs them."""
    runners: list[Runner] = [
        OrielRunner(options.oriel_weights, options.block_size),
        GenaiRunner("genai", {}),
        GenaiRunner("genai-tuned", {"prune_lm_head": "true", "block_size": "128"}),
        LlamaCppRunner(),
        TorchRunner("bf16"),
        TorchRunner("fp32"),
    ]
    return {r.name: r for r in runners}

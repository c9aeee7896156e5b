"""Choosing an ONNX Runtime execution provider.

The choice logic is a pure function of what the user asked for and what the installed
onnxruntime offers, so it can be tested for every platform's provider list on any machine.
Confirming the choice with a real session (and falling back to CPU with a readable reason) is
done by the session that loads the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

CPU = "CPUExecutionProvider"

# What users type (CLI, settings) -> ONNX Runtime's names.
ALIASES = {
    "cpu": CPU,
    "cuda": "CUDAExecutionProvider",
    "dml": "DmlExecutionProvider",
    "coreml": "CoreMLExecutionProvider",
    "webgpu": "WebGpuExecutionProvider",
}
NAMES = {v: k for k, v in ALIASES.items()}

# "Auto" tries the GPUs first, in this order, then the CPU floor (DESIGN.md).
AUTO_ORDER = (
    "CUDAExecutionProvider",
    "DmlExecutionProvider",
    "CoreMLExecutionProvider",
    "WebGpuExecutionProvider",
    CPU,
)


class ProviderError(ValueError):
    """The user asked for a provider this machine's onnxruntime does not have."""


@dataclass(frozen=True)
class ProviderChoice:
    """The providers to try, in order (always ending with the CPU), and why."""

    providers: tuple[str, ...]
    reason: str

    @property
    def primary(self) -> str:
        return self.providers[0]


def choose_providers(requested: str, available: Sequence[str]) -> ProviderChoice:
    """`requested` is 'auto' or an alias from ALIASES; `available` is ort.get_available_providers()."""
    requested = requested.lower()
    if requested == "auto":
        for name in AUTO_ORDER:
            if name in available:
                reason = "the only provider available" if name == CPU else f"{NAMES[name]} is available"
                return ProviderChoice(_with_cpu(name), reason)
        return ProviderChoice((CPU,), "no accelerated provider is installed")
    if requested not in ALIASES:
        raise ProviderError(f"unknown execution provider '{requested}' (choose auto, {', '.join(ALIASES)})")
    name = ALIASES[requested]
    if name not in available:
        offered = ", ".join(NAMES.get(p, p) for p in available if p in NAMES) or "cpu"
        raise ProviderError(
            f"the execution provider '{requested}' is not available in this onnxruntime "
            f"(available: {offered})"
        )
    return ProviderChoice(_with_cpu(name), "chosen in settings")


def _with_cpu(name: str) -> tuple[str, ...]:
    return (name,) if name == CPU else (name, CPU)

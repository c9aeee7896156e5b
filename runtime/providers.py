"""Choosing an ONNX Runtime execution provider.

The choice logic is a pure function of what the user asked for and what the installed
onnxruntime offers, so it can be tested for every platform's provider list on any machine.
Confirming the choice with a real session (and falling back to CPU with a readable reason) is
done by the session that loads the model and by the worker's warm-up run.

Plugin execution providers (WebGPU, `onnxruntime-ep-webgpu`) are not built into any onnxruntime
wheel: `available_providers` registers the installed plugin libraries once and lists the plugin
EPs that found a device, next to `ort.get_available_providers()`. A session reaches a plugin EP
through its devices (`plugin_devices`), not through the `providers=` list.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

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


# Plugin EPs: ONNX Runtime's name -> the Python package that ships the library
# (`get_library_path()`, `get_ep_name()`).
PLUGIN_PACKAGES = {"WebGpuExecutionProvider": "onnxruntime_ep_webgpu"}
_registered: set[str] = set()


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
                reason = (
                    "no accelerated provider is available" if name == CPU else f"{NAMES[name]} is available"
                )
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


def aliases(available: Sequence[str]) -> tuple[str, ...]:
    """The user-facing names of `available`, in the order Auto tries them (so "cpu" comes last)."""
    return tuple(NAMES[name] for name in AUTO_ORDER if name in available or name == CPU)


def _register_plugins() -> None:
    import onnxruntime as ort

    for ep_name, package in PLUGIN_PACKAGES.items():
        if ep_name in _registered:
            continue
        try:
            plugin: Any = importlib.import_module(package)
        except ImportError:
            continue
        _registered.add(ep_name)  # one attempt per process, whatever its outcome
        try:
            ort.register_execution_provider_library(NAMES[ep_name], plugin.get_library_path())
        except Exception as e:  # an onnxruntime too old for the plugin, a missing driver
            log.warning("the %s plugin (%s) could not be registered: %s", NAMES[ep_name], package, e)


def plugin_devices(ep_name: str) -> list[Any]:
    """The `OrtEpDevice`s of a registered plugin EP (empty for built-in EPs and absent plugins)."""
    if ep_name not in PLUGIN_PACKAGES:
        return []
    import onnxruntime as ort

    _register_plugins()
    return [d for d in ort.get_ep_devices() if d.ep_name == ep_name]


def available_providers() -> tuple[str, ...]:
    """What this machine's onnxruntime can run: built-in EPs plus plugin EPs with a device."""
    import onnxruntime as ort

    built_in = tuple(ort.get_available_providers())
    plugins = tuple(ep for ep in PLUGIN_PACKAGES if ep not in built_in and plugin_devices(ep))
    return built_in + plugins

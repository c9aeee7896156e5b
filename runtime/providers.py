"""Choosing an ONNX Runtime execution provider.

The choice logic is a pure function of what the user asked for and what the installed
onnxruntime offers, so it can be tested for every platform's provider list on any machine.
Confirming the choice with a real session (and falling back to CPU with a readable reason) is
done by the session that loads the model and by the worker's warm-up run.

Plugin execution providers (WebGPU, `onnxruntime-ep-webgpu`) are not built into any onnxruntime
wheel: `available_providers` registers the installed plugin libraries once and lists the plugin
EPs that found a device, next to `ort.get_available_providers()`. A session reaches a plugin EP
through its devices (`plugin_devices`), not through the `providers=` list, which drops a name it
does not know with a warning: `create_session` is the one place sessions are made, for the
decoder and the vision encoder alike, so both run on one device.

A provider is offered only where the model's compute runs on it (docs/providers.md, and the
placement tables in runtime/graph/placement/ with tests/runtime/graph/test_placement.py). CoreML
is not: the graphs it could take run their weights through the CPU, slower than the CPU path.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import onnxruntime as ort

log = logging.getLogger(__name__)

CPU = "CPUExecutionProvider"

# What users type (CLI, settings) -> ONNX Runtime's names.
ALIASES = {
    "cpu": CPU,
    "cuda": "CUDAExecutionProvider",
    "dml": "DmlExecutionProvider",
    "webgpu": "WebGpuExecutionProvider",
}
NAMES = {v: k for k, v in ALIASES.items()}
# Providers Oriel no longer offers, and why; a setting that names one is read as "auto".
RETIRED = {
    "coreml": "CoreML is not offered: it would run the model's weights through the CPU, "
    "slower than the CPU path (docs/providers.md)",
}

# "Auto" tries the GPUs first, in this order, then the CPU floor (DESIGN.md). WebGPU comes before
# DirectML because it runs the fused operators (DirectML's last release has only the portable ones).
AUTO_ORDER = (
    "CUDAExecutionProvider",
    "WebGpuExecutionProvider",
    "DmlExecutionProvider",
    CPU,
)

# Options each provider's sessions get. WebGPU registers its int64 kernels (Cast, Range,
# Unsqueeze, Expand, Gather) only with enableInt64; without it those shape nodes go to the CPU.
PROVIDER_OPTIONS: dict[str, dict[str, str]] = {"WebGpuExecutionProvider": {"enableInt64": "1"}}
# ORT optimizers to skip per provider: DirectML has no kernel for the ai.onnx Gelu that the level-1
# GeluFusion writes (only com.microsoft's), so the vision merger's GELU would run on the CPU.
DISABLED_OPTIMIZERS: dict[str, tuple[str, ...]] = {"DmlExecutionProvider": ("GeluFusionL1",)}


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
    if requested in RETIRED:
        auto = choose_providers("auto", available)
        return ProviderChoice(auto.providers, f"{RETIRED[requested]}; {auto.reason}")
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


def create_session(
    graph: Path | str,
    providers: Sequence[str],
    options: Callable[[], ort.SessionOptions],
) -> tuple[ort.InferenceSession, str | None]:
    """A session for `graph` on `providers` (a choice's list, ending with the CPU).

    `options` makes a fresh SessionOptions (one per attempt). A plugin EP is added through its
    devices, the others by name; each gets its PROVIDER_OPTIONS and DISABLED_OPTIMIZERS. When
    the accelerator fails to start (a driver, a DLL), the session falls back to the CPU and the
    second value says why; it is None otherwise.
    """
    import onnxruntime as ort

    primary = providers[0]
    extra: dict[str, Any] = {}  # only what applies, so a plain call stays plain
    if disabled := DISABLED_OPTIMIZERS.get(primary):
        extra["disabled_optimizers"] = list(disabled)
    try:
        opts = options()
        if devices := plugin_devices(primary):
            opts.add_provider_for_devices(devices, PROVIDER_OPTIONS.get(primary, {}))
            return ort.InferenceSession(str(graph), opts, **extra), None
        if any(p in PROVIDER_OPTIONS for p in providers):
            extra["provider_options"] = [PROVIDER_OPTIONS.get(p, {}) for p in providers]
        return ort.InferenceSession(str(graph), opts, providers=list(providers), **extra), None
    except Exception as e:
        if tuple(providers) == (CPU,):
            raise
        reason = f"{primary} failed to start ({e}); using the CPU"
        return ort.InferenceSession(str(graph), options(), providers=[CPU]), reason

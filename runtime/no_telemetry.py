"""Library telemetry, switched off in every process before the libraries load.

ONNX Runtime's official wheels collect telemetry by default (its Privacy.md). On Linux, macOS and
the plain Windows wheels it is the 1DS uploader built into the native library: when the library
initializes it writes a persistent device id and an event database to
`~/.cache/Microsoft/DeveloperTools/.onnxruntime/` (`deviceid`, `onnxruntime.db`), and a process
that keeps a session looks up `mobile.events.data.microsoft.com` about eight seconds later
(measured with onnxruntime 1.31.1 and 1.32.0, onnxruntime-gpu 1.31.1, onnxruntime-ep-webgpu 0.4).
Two switches, both needed:

- `ORT_DISABLE_TELEMETRY=1`, read by the native library when it first initializes
  (`IsTelemetryDisabledByEnvironment` in core/platform/telemetry_environment.h; the 1DS provider
  then never creates the uploader, the events or the device id). It must be in the environment
  before `import onnxruntime`, so it is set here, forced (Oriel promises no telemetry; a `0`
  inherited from a shell does not turn it back on), and children inherit it.
- `onnxruntime.disable_telemetry_events()`, for the Windows builds that log through ETW
  (onnxruntime-directml, onnxruntime-windowsml), which ignore the variable. It needs onnxruntime
  imported, so an import hook calls it the moment the first `import onnxruntime` finishes, before
  the importer gets the module back.

`HF_HUB_DISABLE_TELEMETRY=1` is set too: huggingface_hub sends no usage pings with it.

`switch_off()` runs from `runtime/__init__.py`. Every process that can import onnxruntime goes
through it first: the worker (spawn re-imports `runtime`), `python -m runtime.*` (generate,
server, api_server, convert, speech), `python -m bench` (bench/__init__.py), the frozen app's
launcher and packaging/cuda_check.py. tests/runtime/test_offline.py checks the result from
outside the process, in a network namespace.
"""

from __future__ import annotations

import contextlib
import importlib.abc
import importlib.machinery
import logging
import os
import sys
from collections.abc import Sequence
from types import ModuleType

SWITCHES = {"ORT_DISABLE_TELEMETRY": "1", "HF_HUB_DISABLE_TELEMETRY": "1"}
ORT = "onnxruntime"
log = logging.getLogger(__name__)


def disable_events(ort: ModuleType) -> bool:
    """Call `ort.disable_telemetry_events()` where this onnxruntime has it; whether it was called."""
    disable = getattr(ort, "disable_telemetry_events", None)
    if disable is None:
        return False
    disable()
    return True


class _Loader(importlib.abc.Loader):
    """onnxruntime's own loader, then the events switched off."""

    def __init__(self, inner: importlib.abc.Loader) -> None:
        self.inner = inner

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self.inner.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self.inner.exec_module(module)
        disable_events(module)

    def __getattr__(self, name: str) -> object:  # get_resource_reader, is_package, get_source...
        return getattr(self.inner, name)


class _Finder(importlib.abc.MetaPathFinder):
    """Finds `onnxruntime` through the other finders and wraps its loader; once."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != ORT:
            return None
        with contextlib.suppress(ValueError):  # another thread's import got here first
            sys.meta_path.remove(self)
        for finder in sys.meta_path:
            spec = finder.find_spec(fullname, path, target) if hasattr(finder, "find_spec") else None
            if spec is not None:
                if spec.loader is not None:
                    spec.loader = _Loader(spec.loader)
                return spec
        return None


def switch_off() -> None:
    """Set the switches in this process's environment and arm the onnxruntime import hook."""
    os.environ.update(SWITCHES)
    ort = sys.modules.get(ORT)
    if ort is not None:  # imported before Oriel's runtime: too late for the variable, not the call
        log.warning("onnxruntime was imported before Oriel's runtime: its telemetry may have started")
        disable_events(ort)
    elif not any(isinstance(finder, _Finder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Finder())

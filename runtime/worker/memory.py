"""Will a model fit, and giving memory back when it goes.

Before a load, the worker compares what the model needs with what the machine has free
(`psutil.virtual_memory().available`) and refuses with a clear message, rather than loading and
swapping the machine to a halt. The estimate is the package's files (the weights are loaded
whole), the KV cache of the full-attention layers filled to the context length, the recurrent
state of the delta-rule layers, and a fixed allowance for ONNX Runtime's own buffers
(runtime.generate.context_cost, which the settings page can also ask). It is a
host-memory estimate: on a GPU provider the weights pass through host memory while the session
is built, and psutil cannot see the GPU's own memory.

After an unload, `release_memory` collects garbage and, on glibc, calls `malloc_trim(0)`: glibc
keeps freed heap pages mapped, so without it the worker's resident size stays at its peak after
a model goes, which defeats switching 2B <-> 4B without a restart.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys

import psutil

from runtime.errors import UserError
from runtime.generate.context_cost import context_plan
from runtime.package import ModelPackage
from runtime.protocol import ErrorCode


def memory_needed(package: ModelPackage, context_length: int) -> int:
    return context_plan(package, context_length, available=0).needed_bytes


def check_memory(package: ModelPackage, context_length: int, available: int | None = None) -> None:
    """Raise NOT_ENOUGH_MEMORY when the model would not fit in the memory free now."""
    plan = context_plan(package, context_length, available)
    if not plan.fits:
        raise UserError(
            ErrorCode.NOT_ENOUGH_MEMORY,
            f"{package.path.name} needs about {plan.needed_bytes / 1e9:.1f} GB of memory with a context of "
            f"{context_length:,} tokens, but only {plan.available_bytes / 1e9:.1f} GB is free. Close other "
            "programs, choose a smaller model, or lower the context length.",
        )


def rss_bytes() -> int:
    return int(psutil.Process().memory_info().rss)


def release_memory() -> None:
    """Hand freed memory back to the operating system."""
    gc.collect()
    if sys.platform.startswith("linux"):
        libc_name = ctypes.util.find_library("c")
        if libc_name:
            libc = ctypes.CDLL(libc_name)
            if hasattr(libc, "malloc_trim"):  # glibc only (not musl)
                libc.malloc_trim(0)

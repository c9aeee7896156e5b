"""Will a model fit, and giving memory back when it goes.

Before a load, the worker compares what the model needs with what the machine has free
(`psutil.virtual_memory().available`) and refuses with a clear message, rather than loading and
swapping the machine to a halt. The estimate is the package's files (the weights are loaded
whole), the KV cache of the full-attention layers filled to the context length, the recurrent
state of the delta-rule layers, and a fixed allowance for ONNX Runtime's own buffers. It is a
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

from runtime.config import FULL_ATTENTION, LINEAR_ATTENTION, TextConfig
from runtime.errors import UserError
from runtime.package import ModelPackage
from runtime.protocol import ErrorCode

# ONNX Runtime's arenas, a prefill chunk's activations, the tokenizer and the interpreter: an
# allowance, generous on purpose (refusing a model that would have fitted costs less than swapping).
RUNTIME_OVERHEAD = 512 << 20
FLOAT32 = 4


def state_bytes(config: TextConfig, context_length: int) -> int:
    """The decoder state of one conversation `context_length` tokens long."""
    kv = len(config.layers_of(FULL_ATTENTION)) * 2 * config.num_key_value_heads * config.head_dim
    conv = config.conv_dim * (config.linear_conv_kernel_dim - 1)
    recurrent = config.linear_num_value_heads * config.linear_key_head_dim * config.linear_value_head_dim
    return (kv * context_length + len(config.layers_of(LINEAR_ATTENTION)) * (conv + recurrent)) * FLOAT32


def memory_needed(package: ModelPackage, context_length: int) -> int:
    config = package.config.text
    files = sum(int(info["size"]) for info in package.manifest["files"].values())
    context = min(context_length, config.max_position_embeddings)
    return files + state_bytes(config, context) + RUNTIME_OVERHEAD


def check_memory(package: ModelPackage, context_length: int, available: int | None = None) -> None:
    """Raise NOT_ENOUGH_MEMORY when the model would not fit in the memory free now."""
    needed = memory_needed(package, context_length)
    free = psutil.virtual_memory().available if available is None else available
    if needed > free:
        raise UserError(
            ErrorCode.NOT_ENOUGH_MEMORY,
            f"{package.path.name} needs about {needed / 1e9:.1f} GB of memory with a context of "
            f"{context_length:,} tokens, but only {free / 1e9:.1f} GB is free. Close other programs, "
            "choose a smaller model, or lower the context length.",
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

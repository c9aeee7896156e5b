"""What a context length costs in memory, from the package's manifest alone.

Only the full-attention layers keep a KV cache, which grows with every token (6 of 24 layers on
the 2B: 24 KiB a token in fp32, 4B: 8 of 32, 64 KiB); each delta-rule layer keeps a recurrent and
a convolution state of fixed size whatever the length (about 1 MiB each on the 2B). Nothing here
imports numpy or ONNX Runtime: the settings page can show the cost of a context length, and the
worker refuse one that does not fit, before any model is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass

import psutil

from runtime.config import FULL_ATTENTION, LINEAR_ATTENTION, TextConfig
from runtime.package import ModelPackage

FLOAT32 = 4
# ONNX Runtime's arenas, a prefill chunk's activations, the tokenizer and the interpreter: an
# allowance, generous on purpose (refusing a model that would have fitted costs less than swapping).
RUNTIME_OVERHEAD = 512 << 20


def kv_bytes_per_token(config: TextConfig) -> int:
    """The KV caches' growth per token: K and V of every full-attention layer, fp32."""
    return len(config.layers_of(FULL_ATTENTION)) * 2 * config.num_key_value_heads * config.head_dim * FLOAT32


def fixed_state_bytes(config: TextConfig) -> int:
    """The delta-rule layers' recurrent and convolution states, the same at any length."""
    conv = config.conv_dim * (config.linear_conv_kernel_dim - 1)
    recurrent = config.linear_num_value_heads * config.linear_key_head_dim * config.linear_value_head_dim
    return len(config.layers_of(LINEAR_ATTENTION)) * (conv + recurrent) * FLOAT32


def state_bytes(config: TextConfig, context_length: int) -> int:
    """The decoder state of one conversation `context_length` tokens long."""
    return kv_bytes_per_token(config) * context_length + fixed_state_bytes(config)


@dataclass(frozen=True)
class ContextPlan:
    """The memory a model needs at a context length, against what the machine has free."""

    context_length: int  # as asked, capped at the model's own limit
    weights_bytes: int  # the package's files, loaded whole
    kv_bytes_per_token: int
    fixed_state_bytes: int
    overhead_bytes: int
    available_bytes: int

    @property
    def kv_bytes_per_1000_tokens(self) -> int:
        return 1000 * self.kv_bytes_per_token

    @property
    def kv_bytes(self) -> int:
        return self.kv_bytes_per_token * self.context_length

    @property
    def needed_bytes(self) -> int:
        return self.weights_bytes + self.kv_bytes + self.fixed_state_bytes + self.overhead_bytes

    @property
    def fits(self) -> bool:
        return self.needed_bytes <= self.available_bytes

    @property
    def longest_fitting_context(self) -> int:
        """The longest context this much free memory holds (0: not even the weights fit)."""
        room = self.available_bytes - self.weights_bytes - self.fixed_state_bytes - self.overhead_bytes
        return max(0, room // self.kv_bytes_per_token) if self.kv_bytes_per_token else 0


def context_plan(package: ModelPackage, context_length: int, available: int | None = None) -> ContextPlan:
    """What `package` needs at `context_length` tokens; `available` defaults to the memory free now."""
    config = package.config.text
    return ContextPlan(
        context_length=min(context_length, config.max_position_embeddings),
        weights_bytes=sum(int(info["size"]) for info in package.manifest["files"].values()),
        kv_bytes_per_token=kv_bytes_per_token(config),
        fixed_state_bytes=fixed_state_bytes(config),
        overhead_bytes=RUNTIME_OVERHEAD,
        available_bytes=psutil.virtual_memory().available if available is None else available,
    )

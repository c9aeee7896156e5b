"""The decoder on ONNX Runtime: one session, and the recurrent/KV state it carries.

`DecoderSession.forward` feeds tokens chunk by chunk (the portable GatedDeltaRule body is exact
for up to one chunk of 64 tokens; the fused kernels take longer chunks, bounded so the attention
scores of a long prompt stay small) and returns the last position's logits.

Where the states live between steps: in place in numpy buffers on the fused CPU path, on the
device on CUDA and WebGPU (runtime.generate.device_binding), as numpy arrays otherwise.
`transfers` counts the bytes each run binds from and to host memory, and `placement()` says how
many nodes of the first run ORT ran on the provider (read from ORT's profile of that run).
"""

from __future__ import annotations

import collections
import contextlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import onnx
import onnxruntime as ort

from runtime.config import FULL_ATTENTION, TextConfig
from runtime.convert.quantize import WeightFormat
from runtime.generate.device_binding import (
    DEVICE_TYPES,
    DeviceBinding,
    TransferLog,
    download,
    numpy_run_bytes,
)
from runtime.generate.embedding import EmbeddingTable
from runtime.graph.decoder import state_names
from runtime.graph.lowering import DEQUANTIZE_PROVIDERS, FUSED, FUSED_PROVIDERS, PORTABLE, lowered_graph_path
from runtime.graph.oriel_ops import MAX_CHUNK
from runtime.package import ModelPackage
from runtime.providers import CPU, available_providers, choose_providers, create_session

# Fused kernels have no chunk limit; 512 keeps a prefill chunk's attention scores small.
FUSED_CHUNK = 512
# In-place KV caches grow in steps of this many tokens (plus the same again as headroom), so a
# growth copy happens about once per 512 tokens and a cache never holds 2x what it needs.
KV_GROWTH = 512


def _ort_version() -> tuple[int, ...]:
    return tuple(int(x) for x in ort.__version__.split(".")[:3] if x.isdigit())


def fused_ops_available(provider: str) -> bool:
    """ORT >= 1.25.1 carries com.microsoft LinearAttention / CausalConvWithState for these EPs."""
    return provider in FUSED_PROVIDERS and _ort_version() >= (1, 25, 1)


@dataclass
class DecoderState:
    """Everything the model remembers of the tokens fed so far."""

    arrays: dict[str, np.ndarray]
    tokens: list[int] = field(default_factory=list)
    # M-RoPE position of the next token; ahead of len(tokens) after an image (DESIGN.md).
    next_position: int = 0
    # States kept on the accelerator (runtime.generate.device_binding): past name -> OrtValue.
    # While `stale`, these are the current values and `arrays` holds older ones.
    device: dict[str, Any] = field(default_factory=dict)
    stale: bool = False
    log: TransferLog | None = None

    def materialize(self) -> None:
        """Bring the device states into `arrays` (they stay on the device as well)."""
        if self.stale:
            self.arrays = {**self.arrays, **download(self.device, self.log)}
            self.stale = False

    def copy(self) -> DecoderState:
        """A state that can be fed on its own: every array copied, KV caches cut to what is filled."""
        self.materialize()
        arrays = {k: self._filled(k, v).copy() for k, v in self.arrays.items()}
        return DecoderState(arrays, list(self.tokens), self.next_position)

    def snapshot(self) -> DecoderState:
        """A record of this state to rewind to later (`copy()` it before feeding it).

        The recurrent and conv states are rewritten every step and are copied; a KV cache is only
        ever appended to past its filled part, so the snapshot keeps a view of that part instead
        of a copy: three states of a 2k-token chat on the 4B would otherwise hold three copies
        of the same 0.13 GB of keys and values.
        """
        self.materialize()
        arrays = {k: self._filled(k, v) if _is_kv(k) else v.copy() for k, v in self.arrays.items()}
        return DecoderState(arrays, list(self.tokens), self.next_position)

    def _filled(self, name: str, array: np.ndarray) -> np.ndarray:
        return array[:, :, : len(self.tokens)] if _is_kv(name) else array


def _is_kv(name: str) -> bool:
    return name.endswith((".key", ".value"))


class DecoderSession:
    def __init__(
        self,
        package: ModelPackage,
        *,
        provider: str = "auto",
        ops: str | None = None,
        threads: int | None = None,
        device: str | None = None,
    ) -> None:
        """`device` overrides where the states are kept between steps: an OrtDevice type
        ("cuda", "webgpu", "cpu"), or "" for numpy feeds; by default the provider's device
        (DEVICE_TYPES), or in place on the CPU."""
        self.package = package
        self.config: TextConfig = package.config.text
        choice = choose_providers(provider, available_providers())
        self.provider_reason = choice.reason
        self.ops = ops or (FUSED if fused_ops_available(choice.primary) else PORTABLE)
        if self.ops == FUSED and not fused_ops_available(choice.primary):
            raise ValueError(
                f"the fused operators need ONNX Runtime >= 1.25.1 on CPU, CUDA or WebGPU "
                f"(this is {ort.__version__} on {choice.primary}); use --ops portable"
            )
        self.chunk_size = FUSED_CHUNK if self.ops == FUSED else MAX_CHUNK
        canonical = package.file(package.manifest["graphs"]["decoder"])
        weights = package.manifest["weights"]
        self.embedding = EmbeddingTable(
            onnx.load(str(canonical), load_external_data=False).graph,
            canonical.parent,
            self.config.hidden_size,
            WeightFormat(weights["format"]).bits,
            int(weights.get("block_size") or 0),
        )
        graph = lowered_graph_path(
            canonical,
            self.ops,
            ort.__version__,
            dequantize=choice.primary in DEQUANTIZE_PROVIDERS,
            provider=choice.primary,
        )
        self.session = self._create(package, graph, threads, choice.providers)
        self.provider = self.session.get_providers()[0]
        self._profiling = True
        # provider -> nodes of the first run it ran, read from ORT's profile (`placement`)
        self.nodes_by_provider: collections.Counter[str] = collections.Counter()
        self.cpu_nodes: list[str] = []  # the nodes of that run ORT ran on the CPU
        self.transfers = TransferLog()  # bytes bound from and to host memory, per run
        self.device = DEVICE_TYPES.get(self.provider, "") if device is None else device
        self._in_place = self.ops == FUSED and self.provider == CPU and not self.device
        self._names = state_names(self.config)
        # The states `_run_in_place` binds as one buffer for past and present. Only the CPU
        # lowering has GroupQueryAttention: a graph lowered for a GPU that then failed to start
        # still concatenates its KV caches.
        self._kv_in_place = self._in_place and choice.primary == CPU
        kinds = (".recurrent", ".key", ".value") if self._kv_in_place else (".recurrent",)
        self._shared = {past for past, _ in self._names if past.endswith(kinds)}
        self._outputs = ["logits"] + [present for _, present in self._names]
        self._binding = DeviceBinding(self.session, self._names, self.device) if self.device else None
        if self._binding:
            self._binding.log = self.transfers

    def _create(
        self, package: ModelPackage, graph: Path, threads: int | None, providers: tuple[str, ...]
    ) -> ort.InferenceSession:
        def options() -> ort.SessionOptions:
            opts = ort.SessionOptions()
            opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            # ORT's own record of which provider ran each node: profiled for the first run only
            opts.enable_profiling = True
            opts.profile_file_prefix = os.path.join(tempfile.gettempdir(), f"oriel-placement-{os.getpid()}")
            if threads:
                opts.intra_op_num_threads = threads
            if not package.manifest["weights"].get("tied_embeddings", True):
                # No node reads an untied embedding table (runtime.generate.embedding does), and ORT warns
                # about every such initializer at each load; errors still reach the log.
                opts.log_severity_level = 3
            return opts

        session, failure = create_session(graph, providers, options)
        if failure:  # a GPU driver or DLL problem: the CPU floor took over
            self.provider_reason = failure
        return session

    def __del__(self) -> None:
        # A session never run still has its profile open: ORT would write it out at exit.
        if getattr(self, "_profiling", False):
            with contextlib.suppress(Exception):
                self._read_placement()

    def _read_placement(self) -> None:
        """End the profile of the first run and count, per provider, the nodes it ran."""
        self._profiling = False
        path = self.session.end_profiling()
        try:
            with open(path, encoding="utf-8") as f:
                events = json.load(f)
        except (OSError, ValueError):
            return
        finally:
            if path:
                Path(path).unlink(missing_ok=True)
        ran = {
            e["name"]: e["args"]["provider"]
            for e in events
            if e.get("cat") == "Node" and str(e.get("name", "")).endswith("_kernel_time") and "args" in e
        }
        self.nodes_by_provider = collections.Counter(ran.values())
        self.cpu_nodes = sorted(n.removesuffix("_kernel_time") for n, p in ran.items() if p == CPU)

    def placement(self) -> tuple[int, int]:
        """(nodes the first run ran on `provider`, all nodes it ran): ORT's placement, not a table's.

        (0, 0) before the first run."""
        return self.nodes_by_provider[self.provider], sum(self.nodes_by_provider.values())

    def _run_in_place(self, feeds: dict[str, np.ndarray], state: DecoderState, fed: int) -> list[np.ndarray]:
        """session.run, with the recurrent states and KV caches updated in their own buffers.

        ORT's fused LinearAttention reads and writes the state in one pass when past and present
        are the same buffer; handed a fresh output every step it spends ~8 ms of a 2B decode step
        (of ~40) allocating and copying 18 MB of states (measured with the ORT profiler).
        GroupQueryAttention likewise appends to a KV cache in place when past and present share
        one buffer with room to spare (`past_length` says how much of it is filled), where a
        fresh output would copy every cache each step: 48 MB a token at 2k tokens of context.
        Only the fused kernels are bound this way: the portable function bodies read the past
        state in nodes that may run after the present one is written.
        """
        if self._kv_in_place:
            self._reserve_kv(state, fed + feeds["inputs_embeds"].shape[1])
        io = self.session.io_binding()
        for name, value in feeds.items():
            if name not in state.arrays:
                io.bind_cpu_input(name, np.ascontiguousarray(value))
        io.bind_output("logits")
        for past, present in self._names:
            buffer = state.arrays[past]
            if not (buffer.flags.c_contiguous and buffer.flags.writeable and buffer.dtype == np.float32):
                buffer = state.arrays[past] = np.array(buffer, dtype=np.float32, order="C")
            if past not in self._shared:  # a small conv state, or a concatenated cache
                io.bind_cpu_input(past, buffer)
                io.bind_output(present)
                continue
            shape = list(buffer.shape)
            io.bind_input(past, "cpu", 0, np.float32, shape, buffer.ctypes.data)
            io.bind_output(present, "cpu", 0, np.float32, shape, buffer.ctypes.data)
        self.session.run_with_iobinding(io)
        outputs = io.get_outputs()  # in binding order: logits, then every present state
        result = [outputs[0].numpy()]
        fresh = 0  # states written to new buffers (and copied out), not in place
        for k, (past, _) in enumerate(self._names):
            if past in self._shared:
                result.append(state.arrays[past])
            else:
                result.append(outputs[1 + k].numpy())
                fresh += result[-1].nbytes
        self.transfers.record(0, fresh)
        return result

    def _reserve_kv(self, state: DecoderState, needed: int) -> None:
        """Grow every KV cache buffer of `state` to hold `needed` tokens (filled part kept)."""
        for past, _ in self._names:
            if past.endswith((".key", ".value")) and state.arrays[past].shape[2] < needed:
                old = state.arrays[past]
                capacity = -(-(needed + KV_GROWTH) // KV_GROWTH) * KV_GROWTH
                grown = np.zeros((*old.shape[:2], capacity, old.shape[3]), np.float32)
                filled = min(old.shape[2], needed)
                grown[:, :, :filled] = old[:, :, :filled]
                state.arrays[past] = grown

    def empty_state(self) -> DecoderState:
        c = self.config
        arrays: dict[str, np.ndarray] = {}
        for i, kind in enumerate(c.layer_types):
            if kind == FULL_ATTENTION:
                for part in ("key", "value"):
                    arrays[f"past.{i}.{part}"] = np.zeros(
                        (1, c.num_key_value_heads, 0, c.head_dim), np.float32
                    )
            else:
                arrays[f"past.{i}.conv"] = np.zeros((1, c.conv_dim, c.linear_conv_kernel_dim - 1), np.float32)
                arrays[f"past.{i}.recurrent"] = np.zeros(
                    (1, c.linear_num_value_heads, c.linear_key_head_dim, c.linear_value_head_dim), np.float32
                )
        return DecoderState(arrays)

    def forward(
        self,
        state: DecoderState,
        token_ids: np.ndarray,
        positions: np.ndarray,
        image_features: np.ndarray | None = None,
        *,
        image_token_id: int | None = None,
    ) -> np.ndarray:
        """Feed `token_ids` [T] at `positions` [3, T]; updates `state`; returns logits [V] of the last.

        `image_features` [N, H] holds one row per image-pad token in `token_ids`, in order.
        """
        assert token_ids.ndim == 1 and len(token_ids) > 0 and positions.shape == (3, len(token_ids))
        used = 0
        logits = np.empty(0, np.float32)
        for start in range(0, len(token_ids), self.chunk_size):
            chunk = token_ids[start : start + self.chunk_size]
            embeds = self.embedding.lookup(chunk)  # [T, H]
            if image_features is not None:  # the n-th image-pad token takes the n-th feature row
                is_image = chunk == image_token_id
                n_img = int(is_image.sum())
                embeds[is_image] = image_features[used : used + n_img]
                used += n_img
            fed = len(state.tokens) + start  # tokens already in the caches
            feeds = {
                "inputs_embeds": embeds[None],
                "past_length": np.array([fed], np.int64),
                "position_ids": positions[:, None, start : start + len(chunk)].astype(np.int64),
                **state.arrays,
            }
            if self._binding:
                token = {k: v for k, v in feeds.items() if k not in state.arrays}
                out_logits, state.device = self._binding.run(token, state.arrays, state.device)
                state.stale, state.log = True, self.transfers
                logits = out_logits[0]
                continue
            if self._in_place:
                out = self._run_in_place(feeds, state, fed)
            else:
                out = self.session.run(self._outputs, feeds)
                self.transfers.record(*numpy_run_bytes(feeds, out))
            logits = out[0][0]
            state.arrays = {past: value for (past, _), value in zip(self._names, out[1:], strict=True)}
        if self._profiling:
            self._read_placement()
        state.tokens.extend(int(t) for t in token_ids)
        state.next_position = int(positions.max()) + 1
        return logits

"""Per-execution-provider lowering of the canonical graph.

The canonical decoder uses Oriel's `oriel` operators, whose function bodies run anywhere. On
providers where ONNX Runtime has fused linear-attention kernels (CPU, CUDA and WebGPU, ORT >=
1.25.1), the nodes are swapped for `com.microsoft.CausalConvWithState` and
`com.microsoft.LinearAttention(update_rule="gated_delta")`, and the vision encoder's
`VisionAttention` for `com.microsoft.MultiHeadAttention` (a flash-attention loop on CPU): the
signatures match, so lowering is a rename plus attributes. On the CPU provider the small `oriel`
functions (the residual add + RMSNorm, the decay gate and grouped-query attention) become ORT's
single-kernel forms too; elsewhere they stay functions that ORT inlines, because no GPU build
here could confirm those kernels exist there. Weights stay in the package's
external-data file; only the small graph proto is rewritten, and it is cached beside the package
(ORT refuses external data outside the model's folder).

For a provider without MatMulNBits, `lower_to_dequantize` turns each MatMulNBits into the
standard DequantizeLinear (blocked, 4- or 8-bit) + MatMul, reading the same packed bytes (ONNX's
uint4 packing is ORT's: two codes per byte, low nibble first). It was CoreML's lowering; CoreML
has no DequantizeLinear builder and stops at opset 20, so the dequantize ran on the CPU every
step and CoreML is no longer offered (docs/providers.md). `DEQUANTIZE_PROVIDERS` keeps the
graph it got, for devtools.placement to show why.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import onnx
from onnx import GraphProto, TensorProto, helper, numpy_helper

from runtime.contained_paths import inside
from runtime.graph.builder import MS_DOMAIN, ORIEL_DOMAIN, save_model
from runtime.graph.oriel_ops import (
    ATTENTION,
    CAUSAL_CONV,
    DECAY_GATE,
    GATED_DELTA_RULE,
    GATED_DELTA_STEP,
    SKIP_RMS_NORM,
    gated_delta_step,
)
from runtime.graph.vision import VISION_ATTENTION

FUSED = "fused"
PORTABLE = "portable"

# Providers whose onnxruntime builds carry the com.microsoft linear-attention kernels.
FUSED_PROVIDERS = frozenset({"CPUExecutionProvider", "CUDAExecutionProvider", "WebGpuExecutionProvider"})
# Providers without MatMulNBits: they get the DequantizeLinear + MatMul form (none is offered).
DEQUANTIZE_PROVIDERS = frozenset({"CoreMLExecutionProvider"})


# Part of every cached lowered graph's name: bump it whenever a lowering's output changes, so
# installed packages pick up the new graph instead of a stale cached one.
LOWERING_REVISION = 4

# oriel op -> (domain, op type) of the kernel it is lowered to, and for which providers.
_FUSED_KERNELS = {
    CAUSAL_CONV: (MS_DOMAIN, "CausalConvWithState"),
    GATED_DELTA_RULE: (MS_DOMAIN, "LinearAttention"),
    VISION_ATTENTION: (MS_DOMAIN, "MultiHeadAttention"),
    SKIP_RMS_NORM: (MS_DOMAIN, "SkipSimplifiedLayerNormalization"),
    DECAY_GATE: (MS_DOMAIN, "LinearAttentionGate"),
    ATTENTION: (MS_DOMAIN, "GroupQueryAttention"),
}
# CUDA's GroupQueryAttention takes fp16/bf16 only, and the graphs are fp32.
_CPU_ONLY = frozenset({SKIP_RMS_NORM, DECAY_GATE, ATTENTION})
# Kernels kept out on one provider. WebGPU's MultiHeadAttention gave the vision features a 5e-3
# relative error against the CPU (the function body: 4e-7) on the one WebGPU adapter Oriel has
# run (lavapipe, docs/providers.md); the encoder's tolerance is 1e-4.
_NOT_ON = {"WebGpuExecutionProvider": frozenset({VISION_ATTENTION})}
_FUSED_VARIANTS = {"CPUExecutionProvider": "-cpu", "WebGpuExecutionProvider": "-webgpu"}


def lower_to_fused(model: onnx.ModelProto, provider: str = "CPUExecutionProvider") -> onnx.ModelProto:
    """Return a copy of `model` with each `oriel` op replaced by ORT's fused kernel on `provider`."""
    lowered = onnx.ModelProto()
    lowered.CopyFrom(model)
    kept_functions: set[str] = set()
    for node in lowered.graph.node:
        if node.domain != ORIEL_DOMAIN:
            continue
        if node.op_type not in _FUSED_KERNELS:
            raise ValueError(f"no fused kernel for oriel.{node.op_type}")
        if (node.op_type in _CPU_ONLY and provider != "CPUExecutionProvider") or node.op_type in _NOT_ON.get(
            provider, ()
        ):
            kept_functions.add(node.op_type)
            continue
        if node.op_type == CAUSAL_CONV:
            x, weight, past = node.input
            del node.input[:]
            node.input.extend([x, weight, "", past])  # no bias
            node.attribute.append(helper.make_attribute("activation", "silu"))
        elif node.op_type == GATED_DELTA_RULE:
            node.attribute.extend(
                [
                    helper.make_attribute("update_rule", "gated_delta"),
                    # q arrives L2-normalised and scaled by dk^-1/2 already
                    helper.make_attribute("scale", 1.0),
                ]
            )
        elif node.op_type == SKIP_RMS_NORM:
            output, total = node.output
            del node.output[:]
            node.output.extend([output, "", "", total])  # no saved mean / inv-std
        node.domain, node.op_type = _FUSED_KERNELS[node.op_type]
    kept = [f for f in lowered.functions if f.domain != ORIEL_DOMAIN or f.name in kept_functions]
    del lowered.functions[:]
    lowered.functions.extend(kept)
    opsets = {o.domain: o.version for o in lowered.opset_import if o.domain != ORIEL_DOMAIN or kept_functions}
    opsets.setdefault(MS_DOMAIN, 1)
    del lowered.opset_import[:]
    lowered.opset_import.extend(helper.make_opsetid(d, v) for d, v in sorted(opsets.items()))
    return lowered


def lower_to_single_step(model: onnx.ModelProto) -> onnx.ModelProto:
    """Return a copy of `model` where each GatedDeltaRule runs as GatedDeltaStep for one token.

    The portable chunk body costs ~145 nodes per layer whatever the length; a decode step
    carries one token. Each node becomes If(T == 1, GatedDeltaStep, GatedDeltaRule) over the
    same inputs, so a prefill still takes the chunk body and a decode step the recurrence.
    """
    lowered = onnx.ModelProto()
    lowered.CopyFrom(model)
    nodes: list[onnx.NodeProto] = []
    found = False
    for node in lowered.graph.node:
        if node.domain != ORIEL_DOMAIN or node.op_type != GATED_DELTA_RULE:
            nodes.append(node)
            continue
        found = True
        path = node.name or node.output[0]
        length = f"{path}/length"
        single = f"{path}/single_token"
        one = f"{path}/one"
        nodes.extend(
            [
                helper.make_node("Shape", [node.input[0]], [length], name=length, start=1, end=2),
                helper.make_node(
                    "Constant", [], [one], name=one, value=numpy_helper.from_array(np.array([1], np.int64))
                ),
                helper.make_node("Equal", [length, one], [single], name=single),
            ]
        )

        def branch(op_type: str, suffix: str, node: onnx.NodeProto = node, path: str = path) -> GraphProto:
            inner = onnx.NodeProto()
            inner.CopyFrom(node)
            inner.op_type = op_type
            inner.name = f"{path}/{suffix}"
            del inner.output[:]
            inner.output.extend(f"{o}/{suffix}" for o in node.output)
            outputs = [helper.make_value_info(o, onnx.TypeProto()) for o in inner.output]
            return helper.make_graph([inner], f"{path}/{suffix}", [], outputs)

        nodes.append(
            helper.make_node(
                "If",
                [single],
                list(node.output),
                name=f"{path}/If",
                then_branch=branch(GATED_DELTA_STEP, "step"),
                else_branch=branch(GATED_DELTA_RULE, "chunk"),
            )
        )
    if not found:
        return lowered
    del lowered.graph.node[:]
    lowered.graph.node.extend(nodes)
    if not any(f.domain == ORIEL_DOMAIN and f.name == GATED_DELTA_STEP for f in lowered.functions):
        lowered.functions.append(gated_delta_step())
    return lowered


def _has_delta_rule(model: onnx.ModelProto) -> bool:
    return any(n.domain == ORIEL_DOMAIN and n.op_type == GATED_DELTA_RULE for n in model.graph.node)


def _initializer_array(tensor: TensorProto, folder: Path) -> np.ndarray:
    """The value of a (possibly external) initializer."""
    if tensor.data_location != TensorProto.EXTERNAL:
        return numpy_helper.to_array(tensor)
    info = {e.key: e.value for e in tensor.external_data}
    dtype = onnx.helper.tensor_dtype_to_np_dtype(tensor.data_type)
    with open(inside(folder, info.get("location"), f"the external data of {tensor.name}"), "rb") as f:
        f.seek(int(info.get("offset", 0)))
        raw = f.read(int(info["length"]))
    return np.frombuffer(raw, dtype=dtype).reshape(tuple(tensor.dims))


def _as_4bit_tensor(source: TensorProto, name: str, dims: list[int], bits: int) -> TensorProto:
    """A uint4/uint8 view of `source`'s packed bytes under a new name and shape (no copy)."""
    view = TensorProto()
    view.CopyFrom(source)
    view.name = name
    view.data_type = TensorProto.UINT4 if bits == 4 else TensorProto.UINT8
    del view.dims[:]
    view.dims.extend(dims)
    return view


def lower_to_dequantize(model: onnx.ModelProto, folder: Path) -> onnx.ModelProto:
    """Replace every MatMulNBits with DequantizeLinear(block) -> Transpose -> MatMul.

    B [N, nb, blob] (bytes) == uint4 [N, nb*block] --DequantizeLinear(axis 1, block)--> W [N, Kp]
    y = A @ W[:, :K]^T
    """
    lowered = onnx.ModelProto()
    lowered.CopyFrom(model)
    graph = lowered.graph
    inits = {t.name: t for t in graph.initializer}
    nodes: list[onnx.NodeProto] = []
    for node in graph.node:
        if node.domain != MS_DOMAIN or node.op_type != "MatMulNBits":
            nodes.append(node)
            continue
        attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
        n, k, bits, block = attrs["N"], attrs["K"], attrs["bits"], attrs["block_size"]
        x, packed, scales, zeros = node.input[:4]
        blocks = -(-k // block)
        padded = blocks * block
        codes = _as_4bit_tensor(inits[packed], f"{packed}/uint{bits}", [n, padded], bits)
        zero_values = _initializer_array(inits[zeros], folder)
        if bits == 4:  # per-row nibble packing equals ONNX's flat packing only for even rows
            low, high = zero_values & 0x0F, zero_values >> 4
            unpacked = np.stack([low, high], axis=-1).reshape(n, -1)[:, :blocks]
            zero_point = numpy_helper.from_array(unpacked.astype(np.uint8), f"{zeros}/uint4")
            zero_point.data_type = TensorProto.UINT4
            zero_point.raw_data = _pack_uint4(unpacked)
        else:
            zero_point = numpy_helper.from_array(zero_values.reshape(n, blocks), f"{zeros}/uint8")
        graph.initializer.extend([codes, zero_point])
        path = node.name
        weight = f"{path}/dequantized"
        nodes.append(
            helper.make_node(
                "DequantizeLinear",
                [codes.name, scales, zero_point.name],
                [weight],
                name=f"{path}/DequantizeLinear",
                axis=1,
                block_size=block,
            )
        )
        transposed = f"{path}/weight_t"
        nodes.append(
            helper.make_node("Transpose", [weight], [transposed], name=f"{path}/Transpose", perm=[1, 0])
        )
        if padded != k:
            sliced = f"{path}/weight_k"
            starts, ends = f"{path}/starts", f"{path}/ends"
            graph.initializer.extend(
                [numpy_helper.from_array(np.array([0]), starts), numpy_helper.from_array(np.array([k]), ends)]
            )
            nodes.append(
                helper.make_node("Slice", [transposed, starts, ends], [sliced], name=f"{path}/Slice")
            )
            transposed = sliced
        nodes.append(helper.make_node("MatMul", [x, transposed], list(node.output), name=f"{path}/MatMul"))
    del graph.node[:]
    graph.node.extend(nodes)
    return lowered


def _pack_uint4(values: np.ndarray) -> bytes:
    flat = values.reshape(-1).astype(np.uint8)
    if flat.size % 2:
        flat = np.append(flat, np.uint8(0))
    return bytes(flat[0::2] | (flat[1::2] << 4))


def lowered_graph_path(
    canonical: Path,
    ops: str,
    ort_version: str,
    *,
    dequantize: bool = False,
    provider: str = "CPUExecutionProvider",
) -> Path:
    """The graph ORT should load: the canonical file, or a cached lowered copy beside it.

    `ops` picks the delta-rule operators (fused, or portable with the one-token step beside the
    chunk body; the fused set depends on `provider`); `dequantize` asks for the DequantizeLinear
    form of the quantized matmuls. The cache key covers the ORT version, the provider class,
    `LOWERING_REVISION` and the canonical graph's bytes, so an upgrade or a re-conversion never
    picks up a stale copy.
    """
    if ops not in (FUSED, PORTABLE):
        raise ValueError(f"unknown operator path '{ops}' (expected '{FUSED}' or '{PORTABLE}')")
    digest = hashlib.sha256(canonical.read_bytes() + f"rev{LOWERING_REVISION}".encode()).hexdigest()[:12]
    # one file per distinct fused output: the CPU's kernels, WebGPU's exclusions, the rest
    variant = ops + (_FUSED_VARIANTS.get(provider, "") if ops == FUSED else "")
    variant += "-dequantized" if dequantize else ""
    cached = canonical.with_name(f"{canonical.stem}.{variant}-ort{ort_version}-{digest}.onnx")
    if not cached.exists():
        model = onnx.load(str(canonical), load_external_data=False)
        if ops == PORTABLE and not dequantize and not _has_delta_rule(model):
            return canonical  # nothing to lower (the vision encoder)
        if ops == FUSED:
            model = lower_to_fused(model, provider)
        else:
            model = lower_to_single_step(model)
        if dequantize:
            model = lower_to_dequantize(model, canonical.parent)
        tmp = cached.with_suffix(".partial")
        save_model(model, tmp)
        tmp.replace(cached)
    return cached


def operator_path(provider: str) -> str:
    """The delta-rule operators `provider` runs (given an ORT with the fused kernels)."""
    return FUSED if provider in FUSED_PROVIDERS else PORTABLE


def graphs_for(folder: Path, graphs: dict[str, str], provider: str, ort_version: str) -> dict[str, Path]:
    """Each graph of a package (`graphs` is its manifest's "graphs") as `provider` is handed it."""
    ops = operator_path(provider)
    return {
        name: lowered_graph_path(
            folder / file,
            ops,
            ort_version,
            dequantize=name == "decoder" and provider in DEQUANTIZE_PROVIDERS,
            provider=provider,
        )
        for name, file in graphs.items()
        if name in ("decoder", "vision")
    }

"""Per-execution-provider lowering of the canonical graph.

The canonical decoder uses Oriel's `oriel` operators, whose function bodies run anywhere. On
providers where ONNX Runtime has fused linear-attention kernels (CPU, CUDA and WebGPU, ORT >=
1.25.1), the nodes are swapped for `com.microsoft.CausalConvWithState` and
`com.microsoft.LinearAttention(update_rule="gated_delta")`, and the vision encoder's
`VisionAttention` for `com.microsoft.MultiHeadAttention` (a flash-attention loop on CPU): the
signatures match, so lowering is a rename plus attributes. Weights stay in the package's
external-data file; only the small graph proto is rewritten, and it is cached beside the package
(ORT refuses external data outside the model's folder).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import onnx
from onnx import helper

from runtime.graph.builder import MS_DOMAIN, ORIEL_DOMAIN, save_model
from runtime.graph.oriel_ops import CAUSAL_CONV, GATED_DELTA_RULE
from runtime.graph.vision import VISION_ATTENTION

FUSED = "fused"
PORTABLE = "portable"

# Providers whose onnxruntime builds carry the com.microsoft linear-attention kernels.
FUSED_PROVIDERS = frozenset({"CPUExecutionProvider", "CUDAExecutionProvider", "WebGpuExecutionProvider"})


def lower_to_fused(model: onnx.ModelProto) -> onnx.ModelProto:
    """Return a copy of `model` with every `oriel` op replaced by ORT's fused kernel."""
    lowered = onnx.ModelProto()
    lowered.CopyFrom(model)
    for node in lowered.graph.node:
        if node.domain != ORIEL_DOMAIN:
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
        elif node.op_type != VISION_ATTENTION:  # same inputs and attributes as MultiHeadAttention
            raise ValueError(f"no fused kernel for oriel.{node.op_type}")
        node.op_type = {
            CAUSAL_CONV: "CausalConvWithState",
            GATED_DELTA_RULE: "LinearAttention",
            VISION_ATTENTION: "MultiHeadAttention",
        }[node.op_type]
        node.domain = MS_DOMAIN
    kept = [f for f in lowered.functions if f.domain != ORIEL_DOMAIN]
    del lowered.functions[:]
    lowered.functions.extend(kept)
    opsets = {o.domain: o.version for o in lowered.opset_import if o.domain != ORIEL_DOMAIN}
    opsets.setdefault(MS_DOMAIN, 1)
    del lowered.opset_import[:]
    lowered.opset_import.extend(helper.make_opsetid(d, v) for d, v in sorted(opsets.items()))
    return lowered


def lowered_graph_path(canonical: Path, ops: str, ort_version: str) -> Path:
    """The graph ORT should load for `ops`: the canonical file, or a cached fused copy beside it.

    The cache key covers the ORT version and the canonical graph's bytes, so an upgrade or a
    re-conversion never picks up a stale copy.
    """
    if ops == PORTABLE:
        return canonical
    if ops != FUSED:
        raise ValueError(f"unknown operator path '{ops}' (expected '{FUSED}' or '{PORTABLE}')")
    digest = hashlib.sha256(canonical.read_bytes()).hexdigest()[:12]
    cached = canonical.with_name(f"{canonical.stem}.{ops}-ort{ort_version}-{digest}.onnx")
    if not cached.exists():
        model = onnx.load(str(canonical), load_external_data=False)
        tmp = cached.with_suffix(".partial")
        save_model(lower_to_fused(model), tmp)
        tmp.replace(cached)
    return cached

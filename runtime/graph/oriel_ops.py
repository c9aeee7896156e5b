"""Oriel's custom operators for the Gated DeltaNet layer, as ONNX model-local functions.

Each operator lives in the `oriel` domain and carries a body made of standard ONNX ops only, so
the same file loads on every execution provider (DirectML and CoreML have no linear-attention
kernels). Where ONNX Runtime has a fused kernel, `runtime.graph.lowering` swaps the node for it;
the signatures here mirror those kernels so the swap is a rename.

- `CausalConv1dWithState(input [B,C,T], weight [C,1,K], past_state [B,C,K-1])
      -> (output [B,C,T], present_state [B,C,K-1])`: depthwise causal convolution + SiLU.
- `GatedDeltaRule(query [B,T,Hk*dk], key [B,T,Hk*dk], value [B,T,Hv*dv], past_state [B,Hv,dk,dv],
      decay [B,T,Hv], beta [B,T,Hv]) -> (output [B,T,Hv*dv], present_state [B,Hv,dk,dv])`:
  per value head, S <- exp(g) S; S <- S + k (beta (v - S^T k))^T; o = S^T q, with q and k already
  L2-normalised and q scaled. Value head j reads key head j // (Hv/Hk) (repeat-interleave).

- `Attention(query [B,T,Hq*D], key [B,T,Hkv*D], value [B,T,Hkv*D], past_key [B,Hkv,P,D],
      past_value, seqlens_k [B] int32, total_sequence_length int32)
      -> (output [B,T,Hq*D], present_key [B,Hkv,P+T,D], present_value)`: causal grouped-query
  attention over the cache, query head h reading kv head h // (Hq/Hkv): the signature of
  `com.microsoft.GroupQueryAttention`. The body works the lengths out from the shapes and
  ignores the last two inputs, which only the kernel needs.

Small ones that fold a chain of elementwise nodes into one kernel where ORT has it (a 2B decode
step is ~40 ms, and each node costs a few microseconds of scheduling on top of its work):

- `SkipRMSNorm(input, skip, gamma) -> (output, sum)`: sum = input + skip; output = rms(sum) * gamma
  (the residual add and the next norm: `SkipSimplifiedLayerNormalization`).
- `DecayGate(a, dt_bias, decay_scale, b) -> (decay_scale * softplus(a + dt_bias), sigmoid(b))`
  (`LinearAttentionGate`).

The portable `GatedDeltaRule` body is the loop-free chunk (WY / UT) form, valid for up to
`MAX_CHUNK` tokens per call: the engine feeds longer prompts chunk by chunk. (I + A)^-1 is
built by block doubling, never by a Neumann product, which loses every digit in fp32 when keys
are nearly collinear and beta is near 1 (DESIGN.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import onnx
from onnx import helper, numpy_helper

from runtime.graph.builder import OPSET, ORIEL_DOMAIN

CAUSAL_CONV = "CausalConv1dWithState"
GATED_DELTA_RULE = "GatedDeltaRule"
GATED_DELTA_STEP = "GatedDeltaStep"
SKIP_RMS_NORM = "SkipRMSNorm"
DECAY_GATE = "DecayGate"
ATTENTION = "Attention"

# log2(MAX_CHUNK) doubling levels are emitted; a call with more tokens would be silently wrong,
# so the engine never sends one.
MAX_CHUNK = 64
_LEVELS = 6
assert 2**_LEVELS == MAX_CHUNK

_INT64_MAX = np.iinfo(np.int64).max


class _FunctionBuilder:
    """A tiny counterpart of GraphBuilder for function bodies (constants become Constant nodes)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.nodes: list[onnx.NodeProto] = []
        self._n = 0

    def op(
        self, op_type: str, inputs: Sequence[str], *, outputs: int = 1, out_name: str = "", **attrs: Any
    ) -> Any:
        """Add a node; `out_name` names its (single) output, e.g. a function output."""
        self._n += 1
        out = [out_name] if out_name else [f"{op_type.lower()}_{self._n}_{i}" for i in range(outputs)]
        self.nodes.append(helper.make_node(op_type, list(inputs), out, **attrs))
        return out[0] if outputs == 1 else out

    def const(self, value: Any, dtype: type) -> str:
        return self.op("Constant", [], value=numpy_helper.from_array(np.asarray(value, dtype=dtype)))

    def ints(self, *values: int) -> str:
        return self.const(list(values), np.int64)

    def attribute(self, attribute: str, field: str, kind: onnx.AttributeProto.AttributeType) -> str:
        """A Constant node whose value is the calling node's attribute `attribute`."""
        out = self.op("Constant", [])
        self.nodes[-1].attribute.append(onnx.AttributeProto(name=field, ref_attr_name=attribute, type=kind))
        return str(out)

    def rms(self, x: str, weight: str, epsilon: str, out_name: str = "") -> str:
        """x / sqrt(mean(x^2) + eps) * w over the last axis, in the pattern ORT fuses."""
        squares = self.op("Pow", [x, self.const(2.0, np.float32)])
        mean = self.op("ReduceMean", [squares, self.ints(-1)], keepdims=1)
        std = self.op("Sqrt", [self.op("Add", [mean, epsilon])])
        return str(self.op("Mul", [self.op("Div", [x, std]), weight], out_name=out_name))

    def dim(self, tensor: str, axis: int) -> str:
        """Size of one axis, as a 1-element int64 tensor."""
        return self.op("Shape", [tensor], start=axis, end=axis + 1)

    def function(
        self, inputs: list[str], outputs: list[str], attributes: Sequence[str] = ()
    ) -> onnx.FunctionProto:
        return helper.make_function(
            ORIEL_DOMAIN,
            self.name,
            inputs,
            outputs,
            self.nodes,
            opset_imports=[helper.make_opsetid("", OPSET)],
            attributes=list(attributes),
        )


def causal_conv1d_with_state() -> onnx.FunctionProto:
    """Depthwise causal conv over [past | input] as a gather of K-wide windows, then SiLU.

    A grouped Conv would need the channel count as a static attribute; the window gather keeps
    the body free of shape attributes so one function serves every model size.
    """
    f = _FunctionBuilder(CAUSAL_CONV)
    # input: [B, C, T]; weight: [C, 1, K]; past_state: [B, C, K-1]
    full = f.op("Concat", ["past_state", "input"], axis=2)  # [B, C, T+K-1]
    t = f.op("Squeeze", [f.dim("input", 2)])
    k = f.op("Squeeze", [f.dim("weight", 2)])
    zero, one = f.const(0, np.int64), f.const(1, np.int64)
    rows = f.op("Unsqueeze", [f.op("Range", [zero, t, one]), f.ints(1)])  # [T, 1]
    cols = f.op("Unsqueeze", [f.op("Range", [zero, k, one]), f.ints(0)])  # [1, K]
    windows = f.op("Gather", [full, f.op("Add", [rows, cols])], axis=2)  # [B, C, T, K]
    w = f.op("Unsqueeze", [f.op("Squeeze", ["weight", f.ints(1)]), f.ints(1)])  # [C, 1, K]
    conv = f.op("ReduceSum", [f.op("Mul", [windows, w]), f.ints(3)], keepdims=0)  # [B, C, T]
    f.op("Mul", [conv, f.op("Sigmoid", [conv])], out_name="output")
    state_len = f.dim("past_state", 2)
    f.op("Slice", [full, f.op("Neg", [state_len]), f.ints(_INT64_MAX), f.ints(2)], out_name="present_state")
    return f.function(["input", "weight", "past_state"], ["output", "present_state"])


def gated_delta_rule() -> onnx.FunctionProto:
    """One chunk of the gated delta rule in WY / UT form (no loops, T <= MAX_CHUNK).

    Per value head, with gamma = cumsum(g), D_ij = exp(gamma_i - gamma_j) for i >= j:
        A  = strict_lower(diag(beta) K K^T * D);   Tm = (I + A)^-1   (block doubling)
        V' = Tm diag(beta) V - Tm diag(beta exp(gamma)) K S0
        O  = (Q exp(gamma)) S0 + lower(Q K^T * D) V'
        S1 = exp(gamma_T) S0 + (K exp(gamma_T - gamma))^T V'
    """
    f = _FunctionBuilder(GATED_DELTA_RULE)
    zero_f = f.const(0.0, np.float32)
    n_v, d_k = f.dim("past_state", 1), f.dim("past_state", 2)

    def heads_first(x: str, head_dim: str, repeat: str | None) -> str:
        """[B, T, H*d] -> [B, Hv, T, d], repeating each of H heads `repeat` times (GQA)."""
        x = f.op("Reshape", [x, f.op("Concat", [f.ints(0, 0, -1), head_dim], axis=0)])  # [B, T, H, d]
        if repeat is not None:
            x = f.op("Unsqueeze", [x, f.ints(3)])  # [B, T, H, 1, d]
            lead = f.op("Shape", [x], start=0, end=3)
            x = f.op("Expand", [x, f.op("Concat", [lead, repeat, head_dim], axis=0)])  # [B, T, H, r, d]
            x = f.op("Reshape", [x, f.op("Concat", [f.ints(0, 0, -1), head_dim], axis=0)])  # [B, T, Hv, d]
        return f.op("Transpose", [x], perm=[0, 2, 1, 3])

    q_heads = f.op("Div", [f.dim("query", 2), d_k])  # Hk
    repeat = f.op("Div", [n_v, q_heads])  # Hv / Hk
    q = heads_first("query", d_k, repeat)  # [B, Hv, T, dk]
    k = heads_first("key", d_k, repeat)  # [B, Hv, T, dk]
    v = heads_first("value", f.dim("past_state", 3), None)  # [B, Hv, T, dv]
    g = f.op("Transpose", ["decay"], perm=[0, 2, 1])  # [B, Hv, T]
    beta = f.op("Unsqueeze", [f.op("Transpose", ["beta"], perm=[0, 2, 1]), f.ints(3)])  # [B, Hv, T, 1]

    # Position masks over the chunk, [T, T]
    t = f.op("Squeeze", [f.dim("query", 1)])
    idx = f.op("Range", [f.const(0, np.int64), t, f.const(1, np.int64)])
    rows, cols = f.op("Unsqueeze", [idx, f.ints(1)]), f.op("Unsqueeze", [idx, f.ints(0)])
    lower = f.op("GreaterOrEqual", [rows, cols])
    strict = f.op("Greater", [rows, cols])

    gamma = f.op("CumSum", [g, f.const(2, np.int64)])  # [B, Hv, T]
    gamma_col = f.op("Unsqueeze", [gamma, f.ints(3)])  # [B, Hv, T, 1]
    diff = f.op("Sub", [gamma_col, f.op("Unsqueeze", [gamma, f.ints(2)])])  # [B, Hv, T, T]
    # mask before exp: above the diagonal gamma_i - gamma_j >= 0 and can overflow
    decay = f.op("Where", [lower, f.op("Exp", [f.op("Where", [lower, diff, zero_f])]), zero_f])

    k_t = f.op("Transpose", [k], perm=[0, 1, 3, 2])  # [B, Hv, dk, T]
    kk = f.op("MatMul", [k, k_t])  # [B, Hv, T, T]
    a = f.op("Where", [strict, f.op("Mul", [f.op("Mul", [kk, beta]), decay]), zero_f])

    # (I + A)^-1 by block doubling: with Tm block-diagonal in blocks of s,
    # Tm' = Tm - Tm A_s Tm where A_s keeps the coupling between the two halves of each 2s block.
    tm = f.op("Cast", [f.op("Equal", [rows, cols])], to=onnx.TensorProto.FLOAT)  # I, [T, T]
    for level in range(_LEVELS):
        s, s2 = f.const(2**level, np.int64), f.const(2 ** (level + 1), np.int64)
        same_pair = f.op("Equal", [f.op("Div", [rows, s2]), f.op("Div", [cols, s2])])
        same_half = f.op("Equal", [f.op("Div", [rows, s]), f.op("Div", [cols, s])])
        coupling = f.op("And", [same_pair, f.op("Not", [same_half])])
        a_s = f.op("Where", [coupling, a, zero_f])
        tm = f.op("Sub", [tm, f.op("MatMul", [f.op("MatMul", [tm, a_s]), tm])])

    g_exp = f.op("Unsqueeze", [f.op("Exp", [gamma]), f.ints(3)])  # [B, Hv, T, 1]
    u = f.op("MatMul", [tm, f.op("Mul", [v, beta])])  # [B, Hv, T, dv]
    w = f.op("MatMul", [tm, f.op("Mul", [k, f.op("Mul", [beta, g_exp])])])  # [B, Hv, T, dk]
    v_new = f.op("Sub", [u, f.op("MatMul", [w, "past_state"])])  # [B, Hv, T, dv]

    inter = f.op("MatMul", [f.op("Mul", [q, g_exp]), "past_state"])  # [B, Hv, T, dv]
    qk = f.op("Where", [lower, f.op("Mul", [f.op("MatMul", [q, k_t]), decay]), zero_f])
    out = f.op("Add", [inter, f.op("MatMul", [qk, v_new])])  # [B, Hv, T, dv]
    out = f.op("Transpose", [out], perm=[0, 2, 1, 3])  # [B, T, Hv, dv]
    f.op("Reshape", [out, f.ints(0, 0, -1)], out_name="output")

    last = f.op("Slice", [gamma, f.ints(-1), f.ints(_INT64_MAX), f.ints(2)])  # [B, Hv, 1]
    last_col = f.op("Unsqueeze", [last, f.ints(3)])  # [B, Hv, 1, 1]
    k_decayed = f.op("Mul", [k, f.op("Exp", [f.op("Sub", [last_col, gamma_col])])])  # [B, Hv, T, dk]
    carried = f.op("Mul", ["past_state", f.op("Exp", [last_col])])
    kv = f.op("MatMul", [f.op("Transpose", [k_decayed], perm=[0, 1, 3, 2]), v_new])  # [B, Hv, dk, dv]
    f.op("Add", [carried, kv], out_name="present_state")
    return f.function(
        ["query", "key", "value", "past_state", "decay", "beta"],
        ["output", "present_state"],
        attributes=["q_num_heads", "kv_num_heads"],
    )


def gated_delta_step() -> onnx.FunctionProto:
    """`GatedDeltaRule` for one token (T = 1): the recurrence itself, no chunk body.

    Same signature and attributes as GatedDeltaRule. Per value head, with k, q [dk], v [dv]:
        S <- exp(g) S;  S <- S + k (beta (v - S^T k))^T;  o = S^T q
    About 30 nodes where the chunk form has ~145 (runtime.graph.lowering picks it with an If).
    """
    f = _FunctionBuilder(GATED_DELTA_STEP)
    # Head counts from the node's attributes, so every target shape is a constant once ORT inlines
    # the body and folds it (no Shape / Concat chains per token).
    ints = onnx.AttributeProto.INT
    hk = f.op("Unsqueeze", [f.attribute("q_num_heads", "value_int", ints), f.ints(0)])
    hv = f.op("Unsqueeze", [f.attribute("kv_num_heads", "value_int", ints), f.ints(0)])
    heads_first = f.op("Concat", [f.ints(0), hv, f.ints(1, -1)], axis=0)  # [0, Hv, 1, -1]

    def heads(x: str, repeat: bool) -> str:
        """[B, 1, H*d] -> [B, Hv, 1, d], each of Hk key heads serving Hv/Hk value heads."""
        if repeat:
            split = f.op("Concat", [f.ints(0), hk, f.ints(1, 1, -1)], axis=0)
            x = f.op("Reshape", [x, split])  # [B, Hk, 1, 1, d]
            r = f.op("Div", [hv, hk])
            repeated = f.op("Concat", [f.ints(1, 1), r, f.ints(1, 1)], axis=0)
            x = f.op("Expand", [x, repeated])  # [B, Hk, r, 1, d]
        return f.op("Reshape", [x, heads_first])

    q = heads("query", True)
    k = heads("key", True)
    v = heads("value", False)
    per_head = f.ints(0, -1, 1, 1)
    g = f.op("Exp", [f.op("Reshape", ["decay", per_head])])  # [B, Hv, 1, 1]
    beta = f.op("Reshape", ["beta", per_head])
    decayed = f.op("Mul", ["past_state", g])  # [B, Hv, dk, dv]
    retrieved = f.op("MatMul", [k, decayed])  # [B, Hv, 1, dv]
    delta = f.op("Mul", [f.op("Sub", [v, retrieved]), beta])
    k_col = f.op("Transpose", [k], perm=[0, 1, 3, 2])  # [B, Hv, dk, 1]
    state = f.op("Add", [decayed, f.op("MatMul", [k_col, delta])], out_name="present_state")
    out = f.op("MatMul", [q, state])  # [B, Hv, 1, dv]: the same bytes as [B, 1, Hv, dv]
    f.op("Reshape", [out, f.ints(0, 1, -1)], out_name="output")
    return f.function(
        ["query", "key", "value", "past_state", "decay", "beta"],
        ["output", "present_state"],
        attributes=["q_num_heads", "kv_num_heads"],
    )


def skip_rms_norm() -> onnx.FunctionProto:
    """The residual add and the RMSNorm after it; `sum` is the new residual stream."""
    f = _FunctionBuilder(SKIP_RMS_NORM)
    total = f.op("Add", ["input", "skip"], out_name="sum")
    f.rms(total, "gamma", f.attribute("epsilon", "value_float", onnx.AttributeProto.FLOAT), "output")
    return f.function(["input", "skip", "gamma"], ["output", "sum"], attributes=["epsilon"])


def decay_gate() -> onnx.FunctionProto:
    """The delta rule's log-decay and update rate from their projections, in fp32."""
    f = _FunctionBuilder(DECAY_GATE)
    f.op("Mul", ["decay_scale", f.op("Softplus", [f.op("Add", ["a", "dt_bias"])])], out_name="decay")
    f.op("Sigmoid", ["b"], out_name="beta")
    return f.function(["a", "dt_bias", "decay_scale", "b"], ["decay", "beta"])


def attention() -> onnx.FunctionProto:
    """Causal GQA over [past | new] keys, without copying the cache once per query head."""
    f = _FunctionBuilder(ATTENTION)
    kv_heads, d = f.dim("past_key", 1), f.dim("past_key", 3)

    def heads_first(x: str) -> str:  # [B, T, Hkv*D] -> [B, Hkv, T, D]
        x = f.op("Reshape", [x, f.op("Concat", [f.ints(0, 0), kv_heads, d], axis=0)])
        return f.op("Transpose", [x], perm=[0, 2, 1, 3])

    f.op("Concat", ["past_key", heads_first("key")], axis=2, out_name="present_key")
    f.op("Concat", ["past_value", heads_first("value")], axis=2, out_name="present_value")
    # q [B, Hkv, r, T, D] against k [B, Hkv, 1, S, D]: each kv head serves r query heads
    group = f.op("Div", [f.dim("query", 2), f.op("Mul", [kv_heads, d])])
    q = f.op("Reshape", ["query", f.op("Concat", [f.ints(0, 0), kv_heads, group, d], axis=0)])
    q = f.op("Transpose", [q], perm=[0, 2, 3, 1, 4])
    k = f.op("Transpose", [f.op("Unsqueeze", ["present_key", f.ints(2)])], perm=[0, 1, 2, 4, 3])
    v = f.op("Unsqueeze", ["present_value", f.ints(2)])
    scale = f.attribute("scale", "value_float", onnx.AttributeProto.FLOAT)
    scores = f.op("Mul", [f.op("MatMul", [q, k]), scale])  # [B, Hkv, r, T, S]
    # query i sits at absolute position P + i and sees keys 0 .. P + i
    t = f.op("Squeeze", [f.dim("query", 1)])
    s = f.op("Squeeze", [f.dim("present_key", 2)])
    zero, one = f.const(0, np.int64), f.const(1, np.int64)
    q_pos = f.op("Add", [f.op("Range", [zero, t, one]), f.op("Sub", [s, t])])
    k_pos = f.op("Range", [zero, s, one])
    mask = f.op("LessOrEqual", [f.op("Unsqueeze", [k_pos, f.ints(0)]), f.op("Unsqueeze", [q_pos, f.ints(1)])])
    scores = f.op("Where", [mask, scores, f.const(-np.inf, np.float32)])
    ctx = f.op("MatMul", [f.op("Softmax", [scores], axis=-1), v])  # [B, Hkv, r, T, D]
    ctx = f.op("Transpose", [ctx], perm=[0, 3, 1, 2, 4])
    f.op("Reshape", [ctx, f.ints(0, 0, -1)], out_name="output")
    return f.function(
        ["query", "key", "value", "past_key", "past_value", "seqlens_k", "total_sequence_length"],
        ["output", "present_key", "present_value"],
        attributes=["num_heads", "kv_num_heads", "scale"],
    )


def decoder_functions() -> list[onnx.FunctionProto]:
    """Every `oriel` function the decoder graph calls."""
    return [
        causal_conv1d_with_state(),
        gated_delta_rule(),
        skip_rms_norm(),
        decay_gate(),
        attention(),
    ]

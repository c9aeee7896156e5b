"""The Qwen3.5 text decoder as one ONNX graph, weights streamed from the checkpoint.

    inputs_embeds [B,T,H] (token rows, image rows in place: runtime.generate.embedding + the session) = h
    for each layer:  h += mixer(rms(h)); h += mlp(rms(h))
        mixer = GatedDeltaNet (linear_attention) | gated GQA attention with KV cache (full_attention)
    rms(h)[:, -1] -> Gemm(lm_head, transB) -> logits [B, V]      (last position only: V is 248k)

Graph I/O per layer i (states are fp32, batch-major):
    linear_attention: past.{i}.conv [B, conv_dim, K-1], past.{i}.recurrent [B, Hv, dk, dv]
    full_attention:   past.{i}.key / past.{i}.value [B, KVH, P, D]
and `present.{i}.*` with the same shapes (P grows by T). `position_ids` is [3, B, T] (M-RoPE's
temporal, height and width ids; equal for text). `past_length` [1] is P, the tokens already in
the cache: on the fused CPU path the session binds each KV cache as one buffer with room to
spare, read and written in place by GroupQueryAttention, so P is no longer its length.

Norm trap (DESIGN.md): Qwen3.5's RMSNorms multiply by (1 + w); the converter bakes the 1 in, so
the graph uses plain w everywhere, and the GDN output norm (plain w in the checkpoint) is left
alone.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from onnx import TensorProto

from runtime.config import FULL_ATTENTION, TextConfig
from runtime.convert.quantize import WeightFormat
from runtime.graph.builder import ORIEL_DOMAIN, GraphBuilder
from runtime.graph.linear import Linears, WeightSource
from runtime.graph.oriel_ops import (
    ATTENTION,
    CAUSAL_CONV,
    DECAY_GATE,
    GATED_DELTA_RULE,
    SKIP_RMS_NORM,
    decoder_functions,
)

FLOAT = TensorProto.FLOAT
INT64 = TensorProto.INT64


TEXT_PREFIX = "model.language_model."


def state_names(config: TextConfig) -> list[tuple[str, str]]:
    """(past input, present output) names of every state tensor, in graph order."""
    names = []
    for i, kind in enumerate(config.layer_types):
        parts = ("key", "value") if kind == FULL_ATTENTION else ("conv", "recurrent")
        names += [(f"past.{i}.{p}", f"present.{i}.{p}") for p in parts]
    return names


class _Decoder:
    def __init__(self, b: GraphBuilder, cfg: TextConfig, weights: WeightSource, fmt: WeightFormat) -> None:
        self.b, self.cfg, self.weights, self.fmt = b, cfg, weights, fmt
        self.linears = Linears(b, weights, fmt)
        self.dense = self.linears.dense
        self.quantized = self.linears.quantized
        self.matmul_nbits = self.linears.matmul_nbits
        self.matmul = self.linears.matmul

    # -- weights -----------------------------------------------------------------------------

    def norm_weight(self, hf_name: str, *, zero_centred: bool = True) -> str:
        w = self.dense(hf_name)
        return self.b.weight(hf_name, w + 1.0 if zero_centred else w)

    # -- blocks ------------------------------------------------------------------------------

    def rms_norm(self, x: str, weight: str, path: str, eps: float | None = None) -> str:
        """x * rsqrt(mean(x^2) + eps) * w over the last axis, in the pattern ORT fuses."""
        b = self.b
        eps = self.cfg.rms_norm_eps if eps is None else eps
        mean = b.op("ReduceMean", [b.op("Pow", [x, b.const(2.0)], path), b.ints(-1)], path, keepdims=1)
        std = b.op("Sqrt", [b.op("Add", [mean, b.const(eps)], path)], path)
        return b.op("Mul", [b.op("Div", [x, std], path), weight], path)

    def skip_rms_norm(self, x: str, residual: str, weight: str, path: str) -> tuple[str, str]:
        """(rms(residual + x) * w, residual + x)."""
        normed, total = self.b.op(
            SKIP_RMS_NORM,
            [x, residual, self.norm_weight(weight)],
            path,
            outputs=2,
            domain=ORIEL_DOMAIN,
            epsilon=self.cfg.rms_norm_eps,
        )
        return normed, total

    def silu(self, x: str, path: str) -> str:
        return self.b.op("Mul", [x, self.b.op("Sigmoid", [x], path)], path)

    def mlp(self, x: str, prefix: str, path: str) -> str:
        gate, up = self.linears.matmul_split(
            x,
            [f"{prefix}.gate_proj.weight", f"{prefix}.up_proj.weight"],
            f"{prefix}.gate_up_proj.weight",
            f"{path}/gate_up_proj",
        )
        act = self.b.op("Mul", [self.silu(gate, f"{path}/act"), up], f"{path}/act")
        return self.matmul(act, f"{prefix}.down_proj.weight", f"{path}/down_proj")

    def embedding_table(self, tied: bool) -> Any:
        """Write the token embedding; returns what a tied head reads (the same bytes).

        No node of this graph reads the table for its rows: `runtime.generate.embedding` looks them up
        from the weight file and the graph starts from `inputs_embeds`. Quantized, the table is
        in MatMulNBits' layout, which the tied head uses as it is.
        """
        name = f"{TEXT_PREFIX}embed_tokens.weight"
        if self.fmt.bits is None:
            return self.b.weight(name, self.dense(name))
        return self.quantized(name)

    def rope_tables(self, position_ids: str) -> tuple[str, str]:
        """cos, sin [B, T, 1, rotary_dim] for interleaved M-RoPE, shared by every attention layer.

        Frequency j takes the height position when j % 3 == 1, the width position when
        j % 3 == 2 (each within its mrope_section), and the temporal position otherwise.
        """
        b, cfg = self.b, self.cfg
        half = cfg.rotary_dim // 2
        inv_freq = 1.0 / (
            cfg.rope_theta ** (np.arange(0, cfg.rotary_dim, 2, dtype=np.float32) / cfg.rotary_dim)
        )
        axis_of = np.zeros(half, dtype=np.int64)
        if cfg.mrope_interleaved:
            for axis, offset in ((1, 1), (2, 2)):
                axis_of[offset : cfg.mrope_section[axis] * 3 : 3] = axis
        else:
            axis_of[cfg.mrope_section[0] :] = 1
            axis_of[cfg.mrope_section[0] + cfg.mrope_section[1] :] = 2
        select = (np.arange(3)[:, None] == axis_of[None, :]).astype(np.float32) * inv_freq  # [3, half]
        path = "/model/rotary"
        pos = b.op("Unsqueeze", [b.op("Cast", [position_ids], path, to=FLOAT), b.ints(-1)], path)  # [3,B,T,1]
        freqs = b.op("Mul", [pos, b.const(select.reshape(3, 1, 1, half))], path)  # [3, B, T, half]
        freqs = b.op("ReduceSum", [freqs, b.ints(0)], path, keepdims=0)  # [B, T, half]
        emb = b.op("Unsqueeze", [b.op("Concat", [freqs, freqs], path, axis=-1), b.ints(2)], path)
        return b.op("Cos", [emb], path), b.op("Sin", [emb], path)

    def attention_lengths(self, inputs_embeds: str, past_length: str) -> tuple[str, str]:
        """GroupQueryAttention's seqlens_k [B] (total length - 1) and total_sequence_length, int32."""
        b, path = self.b, "/model/attention_lengths"
        t = b.op("Shape", [inputs_embeds], path, start=1, end=2)
        total = b.op("Add", [t, past_length], path)
        batch = b.op("Shape", [inputs_embeds], path, start=0, end=1)
        last = b.op("Expand", [b.op("Sub", [total, b.const(1, np.int64)], path), batch], path)
        return (
            b.op("Cast", [last], path, to=TensorProto.INT32),
            b.op("Cast", [b.op("Squeeze", [total], path)], path, to=TensorProto.INT32),
        )

    def rotate(self, x: str, cos: str, sin: str, path: str) -> str:
        """Rotary on the first rotary_dim dims of x [B, T, heads, D]; the rest pass through."""
        b, rd = self.b, self.cfg.rotary_dim
        x_rot, x_pass = b.op("Split", [x, b.ints(rd, self.cfg.head_dim - rd)], path, outputs=2, axis=-1)
        x1, x2 = b.op("Split", [x_rot, b.ints(rd // 2, rd // 2)], path, outputs=2, axis=-1)
        rotated = b.op("Concat", [b.op("Neg", [x2], path), x1], path, axis=-1)
        x_rot = b.op("Add", [b.op("Mul", [x_rot, cos], path), b.op("Mul", [rotated, sin], path)], path)
        return b.op("Concat", [x_rot, x_pass], path, axis=-1)

    def attention(self, x: str, i: int, rope: tuple[str, str], lengths: tuple[str, str]) -> str:
        """Gated GQA attention: softmax(q k^T / sqrt(D)) v * sigmoid(gate), KV cache appended."""
        b, cfg = self.b, self.cfg
        prefix, path = f"{TEXT_PREFIX}layers.{i}.self_attn", f"/model/layers.{i}/attn"
        heads, kv_heads, d = cfg.num_attention_heads, cfg.num_key_value_heads, cfg.head_dim
        qg, k, v = self.linears.matmul_split(
            x,
            [f"{prefix}.{name}_proj.weight" for name in ("q", "k", "v")],
            f"{prefix}.qkv_proj.weight",
            f"{path}/qkv_proj",
        )  # [B, T, Hq*2D], [B, T, KVH*D], [B, T, KVH*D]
        qg = b.op("Reshape", [qg, b.ints(0, 0, heads, 2 * d)], path)
        q, gate = b.op("Split", [qg, b.ints(d, d)], path, outputs=2, axis=-1)  # [B, T, Hq, D] each
        k = b.op("Reshape", [k, b.ints(0, 0, kv_heads, d)], path)
        q = self.rms_norm(q, self.norm_weight(f"{prefix}.q_norm.weight"), f"{path}/q_norm")
        k = self.rms_norm(k, self.norm_weight(f"{prefix}.k_norm.weight"), f"{path}/k_norm")
        q = self.rotate(q, *rope, f"{path}/q_rotary")
        k = self.rotate(k, *rope, f"{path}/k_rotary")

        ctx, k_all, v_all = b.op(
            ATTENTION,
            [
                b.op("Reshape", [q, b.ints(0, 0, heads * d)], path),
                b.op("Reshape", [k, b.ints(0, 0, kv_heads * d)], path),
                v,
                f"past.{i}.key",
                f"past.{i}.value",
                *lengths,
            ],
            path,
            outputs=3,
            domain=ORIEL_DOMAIN,
            num_heads=heads,
            kv_num_heads=kv_heads,
            scale=d**-0.5,
        )  # ctx [B, T, Hq*D]
        b.output(k_all, f"present.{i}.key", FLOAT, ["batch", kv_heads, "total", d])
        b.output(v_all, f"present.{i}.value", FLOAT, ["batch", kv_heads, "total", d])
        gated = b.op(
            "Mul",
            [ctx, b.op("Sigmoid", [b.op("Reshape", [gate, b.ints(0, 0, heads * d)], path)], path)],
            path,
        )
        return self.matmul(gated, f"{prefix}.o_proj.weight", f"{path}/o_proj")

    def delta_net(self, x: str, i: int) -> str:
        """Gated DeltaNet: conv + SiLU on [q|k|v], L2-normed q/k, the delta rule, gated RMSNorm."""
        b, cfg = self.b, self.cfg
        prefix, path = f"{TEXT_PREFIX}layers.{i}.linear_attn", f"/model/layers.{i}/delta_net"
        hk, hv = cfg.linear_num_key_heads, cfg.linear_num_value_heads
        dk, dv = cfg.linear_key_head_dim, cfg.linear_value_head_dim
        mixed, z = self.linears.matmul_split(
            x,
            [f"{prefix}.in_proj_qkv.weight", f"{prefix}.in_proj_z.weight"],
            f"{prefix}.in_proj_qkvz.weight",
            f"{path}/in_proj_qkvz",
        )  # [B, T, conv_dim], [B, T, Hv*dv]
        # The gate projections are tiny and steer every state update: they stay fp32.
        beta_in = self.matmul(x, f"{prefix}.in_proj_b.weight", f"{path}/in_proj_b", quantizable=False)
        a = self.matmul(x, f"{prefix}.in_proj_a.weight", f"{path}/in_proj_a", quantizable=False)

        conv_w = b.weight(f"{prefix}.conv1d.weight", self.dense(f"{prefix}.conv1d.weight"))  # [C, 1, K]
        conv_in = b.op("Transpose", [mixed], path, perm=[0, 2, 1])  # [B, C, T]
        conv_out, conv_state = b.op(
            CAUSAL_CONV, [conv_in, conv_w, f"past.{i}.conv"], f"{path}/conv", outputs=2, domain=ORIEL_DOMAIN
        )
        b.output(
            conv_state, f"present.{i}.conv", FLOAT, ["batch", cfg.conv_dim, cfg.linear_conv_kernel_dim - 1]
        )
        mixed = b.op("Transpose", [conv_out], path, perm=[0, 2, 1])  # [B, T, C]
        q, k, v = b.op("Split", [mixed, b.ints(hk * dk, hk * dk, hv * dv)], path, outputs=3, axis=-1)

        def l2norm(t: str, heads: int, d: int, scale: float, name: str) -> str:
            """t * rsqrt(sum(t^2) + 1e-6) * scale per head, written as the RMSNorm it equals:
            rms(t, eps = 1e-6 / d) * scale / sqrt(d). ORT fuses that into one kernel everywhere."""
            t = b.op("Reshape", [t, b.ints(0, 0, heads, d)], f"{path}/{name}")
            gamma = b.const(np.full(d, scale / np.sqrt(d), np.float32))
            t = self.rms_norm(t, gamma, f"{path}/{name}", eps=1e-6 / d)
            return b.op("Reshape", [t, b.ints(0, 0, heads * d)], f"{path}/{name}")

        q = l2norm(q, hk, dk, dk**-0.5, "q_l2norm")
        k = l2norm(k, hk, dk, 1.0, "k_l2norm")
        # g = -exp(A_log) * softplus(a + dt_bias): the log-decay, <= 0, in fp32; beta = sigmoid(b)
        neg_a = b.weight(f"{prefix}.neg_exp_A_log", -np.exp(self.dense(f"{prefix}.A_log")))
        dt_bias = b.weight(f"{prefix}.dt_bias", self.dense(f"{prefix}.dt_bias"))
        g, beta = b.op(
            DECAY_GATE, [a, dt_bias, neg_a, beta_in], f"{path}/gate", outputs=2, domain=ORIEL_DOMAIN
        )

        core, rec_state = b.op(
            GATED_DELTA_RULE,
            [q, k, v, f"past.{i}.recurrent", g, beta],
            f"{path}/delta_rule",
            outputs=2,
            domain=ORIEL_DOMAIN,
            q_num_heads=hk,
            kv_num_heads=hv,
        )
        b.output(rec_state, f"present.{i}.recurrent", FLOAT, ["batch", hv, dk, dv])
        # The gated output norm, per value head. ORT 1.31.1 has a GatedRMSNorm kernel, but on the
        # CPU it took 31-33 us a call on a 2B layer against 10-13 us for these nodes, which ORT fuses
        # into its RMSNorm and QuickGelu kernels (`python -m bench.small_kernels`).
        core = b.op("Reshape", [core, b.ints(0, 0, hv, dv)], path)
        z = b.op("Reshape", [z, b.ints(0, 0, hv, dv)], path)
        normed = self.rms_norm(
            core, self.norm_weight(f"{prefix}.norm.weight", zero_centred=False), f"{path}/norm"
        )
        gated = b.op(
            "Reshape",
            [b.op("Mul", [normed, self.silu(z, f"{path}/norm")], f"{path}/norm"), b.ints(0, 0, hv * dv)],
            path,
        )
        return self.matmul(gated, f"{prefix}.out_proj.weight", f"{path}/out_proj")


def build_decoder(
    cfg: TextConfig,
    weights: WeightSource,
    b: GraphBuilder,
    *,
    tied_embeddings: bool,
    fmt: WeightFormat | None = None,
) -> None:
    """Emit the whole decoder into `b` (weights are written as they are read)."""
    fmt = fmt or WeightFormat()
    dec = _Decoder(b, cfg, weights, fmt)
    for function in decoder_functions():
        b.add_function(function)
    inputs_embeds = b.input("inputs_embeds", FLOAT, ["batch", "tokens", cfg.hidden_size])
    position_ids = b.input("position_ids", INT64, [3, "batch", "tokens"])
    past_length = b.input("past_length", INT64, [1])
    for i, kind in enumerate(cfg.layer_types):
        if kind == FULL_ATTENTION:
            for part in ("key", "value"):
                b.input(f"past.{i}.{part}", FLOAT, ["batch", cfg.num_key_value_heads, "past", cfg.head_dim])
        else:
            b.input(f"past.{i}.conv", FLOAT, ["batch", cfg.conv_dim, cfg.linear_conv_kernel_dim - 1])
            b.input(
                f"past.{i}.recurrent",
                FLOAT,
                ["batch", cfg.linear_num_value_heads, cfg.linear_key_head_dim, cfg.linear_value_head_dim],
            )

    h, table = inputs_embeds, dec.embedding_table(tied_embeddings)
    full_layers = cfg.layers_of(FULL_ATTENTION)
    rope = dec.rope_tables(position_ids) if full_layers else ("", "")
    lengths = dec.attention_lengths(inputs_embeds, past_length) if full_layers else ("", "")
    # Each residual add is fused with the norm after it: (normed, h) = SkipRMSNorm(branch, h, w).
    layer_norm = f"{TEXT_PREFIX}layers.{{}}.input_layernorm.weight"
    normed = dec.rms_norm(h, dec.norm_weight(layer_norm.format(0)), "/model/layers.0/input_layernorm")
    for i, kind in enumerate(cfg.layer_types):
        prefix, path = f"{TEXT_PREFIX}layers.{i}", f"/model/layers.{i}"
        mixed = (
            dec.attention(normed, i, rope, lengths) if kind == FULL_ATTENTION else dec.delta_net(normed, i)
        )
        normed, h = dec.skip_rms_norm(
            mixed, h, f"{prefix}.post_attention_layernorm.weight", f"{path}/post_attention_layernorm"
        )
        mlp = dec.mlp(normed, f"{prefix}.mlp", f"{path}/mlp")
        if i + 1 < cfg.num_hidden_layers:
            normed, h = dec.skip_rms_norm(
                mlp, h, layer_norm.format(i + 1), f"/model/layers.{i + 1}/input_layernorm"
            )
        else:
            h = b.op("Add", [h, mlp], f"{path}/residual2")

    # Only the last position's logits are ever needed: slice before the norm and the head.
    last = b.op("Slice", [h, b.ints(-1), b.ints(np.iinfo(np.int64).max), b.ints(1)], "/model/last_position")
    last = b.op("Squeeze", [last, b.ints(1)], "/model/last_position")  # [B, H]
    last = dec.rms_norm(last, dec.norm_weight(f"{TEXT_PREFIX}norm.weight"), "/model/norm")
    if fmt.bits is None:
        head = table if tied_embeddings else b.weight("lm_head.weight", dec.dense("lm_head.weight"))
        logits = b.op("Gemm", [last, head], "/lm_head", transB=1)  # [B, V]
    else:
        head = table if tied_embeddings else dec.quantized("lm_head.weight")
        logits = dec.matmul_nbits(last, head, "/lm_head")  # [B, V]
    b.output(logits, "logits", FLOAT, ["batch", cfg.vocab_size])

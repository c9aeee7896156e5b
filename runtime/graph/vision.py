"""The Qwen3.5 vision encoder as one ONNX graph (`vision.onnx`): one image's patches in, its
image-token features out.

    pixel_patches [P, 3*2*16*16] -> MatMul (the Conv3d patch embedding, kernel == stride)
        + sum_k pos_weights[:, k] * pos_table[pos_indices[:, k]]      (bilinear, 4 taps)
    for each block:  h += proj(attn(rope(qkv(ln1(h)))));  h += fc2(gelu_tanh(fc1(ln2(h))))
    merger:  ln(h) -> [P/4, 4*D] (2 x 2 merge blocks are consecutive rows) -> fc1 -> gelu -> fc2
        -> image_features [P/4, out_hidden]

Inputs besides the pixels are layout, computed per grid by `runtime.vision.positions`:
`pos_indices` / `pos_weights` [P, 4] (the learned position table resampled to the grid) and
`rotary_positions` [P, 2] (each patch's row and column). One call encodes one image: attention
is full and bidirectional over all of its patches, so no mask is needed, and several images never
share a call (a block-diagonal mask over all of them would cost memory quadratic in their sum).

Attention is the `oriel.VisionAttention` operator, whose signature is that of ORT's
`com.microsoft.MultiHeadAttention` (q, k, v [B, S, D]; `num_heads`, `scale`): the portable body
materialises the [heads, P, P] scores; `runtime.graph.lowering` swaps in the fused kernel, which
on CPU runs a flash-attention loop that never holds them (1 GiB per layer for a 1024-token image
at the 2B's width).
"""

from __future__ import annotations

import numpy as np
import onnx
from onnx import TensorProto

from runtime.config import VisionConfig
from runtime.convert.quantize import WeightFormat
from runtime.graph.builder import ORIEL_DOMAIN, GraphBuilder
from runtime.graph.linear import Linears, WeightSource
from runtime.graph.oriel_ops import _FunctionBuilder

FLOAT = TensorProto.FLOAT
INT64 = TensorProto.INT64

VISION_PREFIX = "model.visual."
VISION_ATTENTION = "VisionAttention"
LAYER_NORM_EPS = 1e-6


def patch_width(cfg: VisionConfig) -> int:
    """Values in one patch row: channels x temporal patch x patch x patch (1536)."""
    return cfg.in_channels * cfg.temporal_patch_size * cfg.patch_size**2


def expected_vision_shapes(cfg: VisionConfig) -> dict[str, tuple[int, ...]]:
    """Every encoder tensor the graph reads, with the shape the config implies."""
    d, inter, merged = cfg.hidden_size, cfg.intermediate_size, cfg.hidden_size * cfg.spatial_merge_size**2
    p = VISION_PREFIX
    kernel = (cfg.in_channels, cfg.temporal_patch_size, cfg.patch_size, cfg.patch_size)
    shapes: dict[str, tuple[int, ...]] = {
        f"{p}patch_embed.proj.weight": (d, *kernel),
        f"{p}patch_embed.proj.bias": (d,),
        f"{p}pos_embed.weight": (cfg.num_position_embeddings, d),
        f"{p}merger.norm.weight": (d,),
        f"{p}merger.norm.bias": (d,),
        f"{p}merger.linear_fc1.weight": (merged, merged),
        f"{p}merger.linear_fc1.bias": (merged,),
        f"{p}merger.linear_fc2.weight": (cfg.out_hidden_size, merged),
        f"{p}merger.linear_fc2.bias": (cfg.out_hidden_size,),
    }
    for i in range(cfg.depth):
        b = f"{p}blocks.{i}"
        shapes |= {
            f"{b}.norm1.weight": (d,),
            f"{b}.norm1.bias": (d,),
            f"{b}.norm2.weight": (d,),
            f"{b}.norm2.bias": (d,),
            f"{b}.attn.qkv.weight": (3 * d, d),
            f"{b}.attn.qkv.bias": (3 * d,),
            f"{b}.attn.proj.weight": (d, d),
            f"{b}.attn.proj.bias": (d,),
            f"{b}.mlp.linear_fc1.weight": (inter, d),
            f"{b}.mlp.linear_fc1.bias": (inter,),
            f"{b}.mlp.linear_fc2.weight": (d, inter),
            f"{b}.mlp.linear_fc2.bias": (d,),
        }
    return shapes


def vision_attention() -> onnx.FunctionProto:
    """`VisionAttention(query, key, value [B, S, D]) -> [B, S, D]`: softmax(q k^T * scale) v per head.

    q, k, v [B, S, D] -> [B, N, S, D/N]
    scores = (q @ k^T) * scale          [B, N, S, S]
    out = softmax(scores) @ v -> [B, S, D]
    """
    f = _FunctionBuilder(VISION_ATTENTION)
    heads = f.op("Unsqueeze", [f.attribute("num_heads", "value_int", onnx.AttributeProto.INT), f.ints(0)])
    scale = f.attribute("scale", "value_float", onnx.AttributeProto.FLOAT)
    split = f.op("Concat", [f.ints(0, 0), heads, f.ints(-1)], axis=0)  # [0, 0, N, -1]

    def per_head(x: str, perm: list[int]) -> str:
        return str(f.op("Transpose", [f.op("Reshape", [x, split])], perm=perm))

    q = per_head("query", [0, 2, 1, 3])  # [B, N, S, hd]
    k_t = per_head("key", [0, 2, 3, 1])  # [B, N, hd, S]
    v = per_head("value", [0, 2, 1, 3])  # [B, N, S, hd]
    scores = f.op("Mul", [f.op("MatMul", [q, k_t]), scale])  # [B, N, S, S]
    ctx = f.op("MatMul", [f.op("Softmax", [scores], axis=-1), v])  # [B, N, S, hd]
    ctx = f.op("Transpose", [ctx], perm=[0, 2, 1, 3])  # [B, S, N, hd]
    f.op("Reshape", [ctx, f.ints(0, 0, -1)], out_name="output")
    return f.function(["query", "key", "value"], ["output"], attributes=["num_heads", "scale"])


class _Vision:
    def __init__(self, b: GraphBuilder, cfg: VisionConfig, weights: WeightSource, fmt: WeightFormat) -> None:
        self.b, self.cfg, self.weights = b, cfg, weights
        self.head_dim = cfg.hidden_size // cfg.num_heads
        self.linears = Linears(b, weights, fmt)
        self.dense = self.linears.dense

    def weight(self, hf_name: str) -> str:
        return self.b.weight(hf_name, self.dense(hf_name))

    def linear(self, x: str, hf_prefix: str, path: str) -> str:
        """x @ W^T + bias (MatMul over fp32, or MatMulNBits over the package's int8 blocks)."""
        h = self.linears.matmul(x, f"{hf_prefix}.weight", path)
        return self.b.op("Add", [h, self.weight(f"{hf_prefix}.bias")], path)

    def layer_norm(self, x: str, hf_prefix: str, path: str) -> str:
        scale, bias = self.weight(f"{hf_prefix}.weight"), self.weight(f"{hf_prefix}.bias")
        return self.b.op("LayerNormalization", [x, scale, bias], path, axis=-1, epsilon=LAYER_NORM_EPS)

    def gelu_tanh(self, x: str, path: str) -> str:
        """0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))), the pattern ORT fuses into FastGelu."""
        b = self.b
        cube = b.op("Pow", [x, b.const(3.0)], path)
        inner = b.op("Add", [x, b.op("Mul", [cube, b.const(0.044715)], path)], path)
        t = b.op("Tanh", [b.op("Mul", [inner, b.const(np.sqrt(2 / np.pi))], path)], path)
        return b.op("Mul", [b.op("Mul", [x, b.const(0.5)], path), b.op("Add", [t, b.const(1.0)], path)], path)

    def gelu_erf(self, x: str, path: str) -> str:
        """0.5 x (1 + erf(x / sqrt(2))), the pattern ORT fuses into Gelu."""
        b = self.b
        e = b.op("Erf", [b.op("Div", [x, b.const(np.sqrt(2.0))], path)], path)
        return b.op("Mul", [b.op("Mul", [x, b.op("Add", [e, b.const(1.0)], path)], path), b.const(0.5)], path)

    # -- stem ------------------------------------------------------------------------------------

    def patch_embed(self, patches: str) -> str:
        """The Conv3d with kernel == stride is one MatMul over the flattened patch rows."""
        name = f"{VISION_PREFIX}patch_embed.proj.weight"
        w = self.dense(name).reshape(self.cfg.hidden_size, -1)  # [D, 1536]
        w_t = self.b.weight(name, np.ascontiguousarray(w.T))
        path = "/visual/patch_embed"
        h = self.b.op("MatMul", [patches, w_t], path)  # [P, D]
        return self.b.op("Add", [h, self.weight(f"{VISION_PREFIX}patch_embed.proj.bias")], path)

    def position_embedding(self, indices: str, weights: str) -> str:
        """sum over 4 taps of weight x table row: bilinear resampling of the learned grid. [P, D]"""
        b, path = self.b, "/visual/pos_embed"
        rows = b.op("Gather", [self.weight(f"{VISION_PREFIX}pos_embed.weight"), indices], path)  # [P, 4, D]
        weighted = b.op("Mul", [rows, b.op("Unsqueeze", [weights, b.ints(-1)], path)], path)
        return b.op("ReduceSum", [weighted, b.ints(1)], path, keepdims=0)

    def rotary_tables(self, positions: str) -> tuple[str, str]:
        """cos, sin [P, 1, head_dim] of the 2-D rotary embedding.

        Frequencies inv_freq [head_dim/4] multiply the row and the column; the angles are laid
        out [row angles | column angles] twice over, rotating the whole head.
        """
        b, path = self.b, "/visual/rotary"
        quarter = self.head_dim // 4
        spatial = self.head_dim // 2
        inv_freq = 1.0 / (self.cfg.rope_theta ** (np.arange(0, spatial, 2, dtype=np.float32) / spatial))
        pos = b.op("Unsqueeze", [b.op("Cast", [positions], path, to=FLOAT), b.ints(-1)], path)  # [P, 2, 1]
        freqs = b.op("Mul", [pos, b.const(inv_freq.astype(np.float32).reshape(1, 1, quarter))], path)
        freqs = b.op("Reshape", [freqs, b.ints(0, spatial)], path)  # [P, hd/2]
        emb = b.op("Unsqueeze", [b.op("Concat", [freqs, freqs], path, axis=-1), b.ints(1)], path)
        return b.op("Cos", [emb], path), b.op("Sin", [emb], path)

    # -- blocks ----------------------------------------------------------------------------------

    def rotate(self, x: str, cos: str, sin: str, path: str) -> str:
        """x * cos + rotate_half(x) * sin on x [P, N, hd]; rotate_half(x) = [-x2 | x1]."""
        b, half = self.b, self.head_dim // 2
        x1, x2 = b.op("Split", [x, b.ints(half, half)], path, outputs=2, axis=-1)
        rotated = b.op("Concat", [b.op("Neg", [x2], path), x1], path, axis=-1)
        return b.op("Add", [b.op("Mul", [x, cos], path), b.op("Mul", [rotated, sin], path)], path)

    def attention(self, x: str, i: int, rope: tuple[str, str]) -> str:
        """
        x [P, D] -> qkv [P, 3D] -> q | k | v [P, D]
        q, k -> [P, N, hd] -> rotary -> [1, P, D]
        VisionAttention(q, k, v) [1, P, D] -> [P, D] -> proj
        """
        b, cfg = self.b, self.cfg
        prefix, path = f"{VISION_PREFIX}blocks.{i}.attn", f"/visual/blocks.{i}/attn"
        d = cfg.hidden_size
        qkv = self.linear(x, f"{prefix}.qkv", f"{path}/qkv")  # [P, 3D]
        q, k, v = b.op("Split", [qkv, b.ints(d, d, d)], path, outputs=3, axis=-1)

        def heads_rotated(t: str, name: str) -> str:
            t = b.op("Reshape", [t, b.ints(0, cfg.num_heads, self.head_dim)], f"{path}/{name}")
            return self.rotate(t, *rope, f"{path}/{name}")  # [P, N, hd]

        batch_of_one = b.ints(1, -1, d)
        q = b.op("Reshape", [heads_rotated(q, "q_rotary"), batch_of_one], path)  # [1, P, D]
        k = b.op("Reshape", [heads_rotated(k, "k_rotary"), batch_of_one], path)
        v = b.op("Reshape", [v, batch_of_one], path)
        ctx = b.op(
            VISION_ATTENTION,
            [q, k, v],
            f"{path}/attention",
            domain=ORIEL_DOMAIN,
            num_heads=cfg.num_heads,
            scale=float(self.head_dim**-0.5),
        )  # [1, P, D]
        ctx = b.op("Reshape", [ctx, b.ints(-1, d)], path)  # [P, D]
        return self.linear(ctx, f"{prefix}.proj", f"{path}/proj")

    def block(self, h: str, i: int, rope: tuple[str, str]) -> str:
        prefix, path = f"{VISION_PREFIX}blocks.{i}", f"/visual/blocks.{i}"
        normed = self.layer_norm(h, f"{prefix}.norm1", f"{path}/norm1")
        h = self.b.op("Add", [h, self.attention(normed, i, rope)], f"{path}/residual1")
        normed = self.layer_norm(h, f"{prefix}.norm2", f"{path}/norm2")
        up = self.linear(normed, f"{prefix}.mlp.linear_fc1", f"{path}/mlp/linear_fc1")
        act = self.gelu_tanh(up, f"{path}/mlp/act")
        down = self.linear(act, f"{prefix}.mlp.linear_fc2", f"{path}/mlp/linear_fc2")
        return self.b.op("Add", [h, down], f"{path}/residual2")

    def merger(self, h: str) -> str:
        """
        h [P, D] -> LayerNorm -> [P/4, 4D] (a 2 x 2 merge block per row)
            -> fc1 -> GELU(erf) -> fc2 -> [P/4, out_hidden]
        """
        cfg, prefix, path = self.cfg, f"{VISION_PREFIX}merger", "/visual/merger"
        normed = self.layer_norm(h, f"{prefix}.norm", f"{path}/norm")
        merged = self.b.op(
            "Reshape", [normed, self.b.ints(-1, cfg.hidden_size * cfg.spatial_merge_size**2)], path
        )
        up = self.linear(merged, f"{prefix}.linear_fc1", f"{path}/linear_fc1")
        return self.linear(self.gelu_erf(up, f"{path}/act"), f"{prefix}.linear_fc2", f"{path}/linear_fc2")


def vision_format(decoder: WeightFormat) -> WeightFormat:
    """The encoder's weights for a package whose decoder uses `decoder`.

    A quantized package stores the encoder in int8, not int4: the encoder is a small part of the
    weights (15% of the 2B), every image token passes through all of it, and int8 keeps its
    weight error near 0.5% while running on the same int8 kernels as int4.
    """
    if decoder.bits is None:
        return decoder
    return WeightFormat("int8", decoder.block_size, decoder.accuracy_level)


def build_vision(
    cfg: VisionConfig, weights: WeightSource, b: GraphBuilder, fmt: WeightFormat | None = None
) -> None:
    """Emit the whole encoder into `b` (weights are written as they are read)."""
    enc = _Vision(b, cfg, weights, fmt or WeightFormat())
    b.add_function(vision_attention())
    patches = b.input("pixel_patches", FLOAT, ["patches", patch_width(cfg)])
    pos_indices = b.input("pos_indices", INT64, ["patches", 4])
    pos_weights = b.input("pos_weights", FLOAT, ["patches", 4])
    rotary_positions = b.input("rotary_positions", INT64, ["patches", 2])

    h = enc.patch_embed(patches)
    h = b.op("Add", [h, enc.position_embedding(pos_indices, pos_weights)], "/visual/embed")  # [P, D]
    rope = enc.rotary_tables(rotary_positions)
    for i in range(cfg.depth):
        h = enc.block(h, i, rope)
    b.output(enc.merger(h), "image_features", FLOAT, ["image_tokens", cfg.out_hidden_size])

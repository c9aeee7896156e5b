"""A small multilingual text-embedding model (a BERT or XLM-RoBERTa encoder) on ONNX Runtime.

Conversion (`convert_encoder`) reads a Hugging Face folder (config.json, *.safetensors,
tokenizer.json, and sentence-transformers' 1_Pooling/config.json and
config_sentence_transformers.json where present) without torch and writes:

    encoder.onnx (+ encoder.onnx.data)   inputs_embeds [B, S, H] + attention_mask [B, S]
                                          -> embeddings [B, H], pooled and L2-normalised
    word_embeddings.*.npy                 the token table: fp32, or int8/int4 blocks
    tokenizer.json, embedding.json        pooling, query/passage prefixes, max length, format

The graph is built with Oriel's own builder (runtime.graph.builder) and linears
(runtime.graph.linear: MatMul over fp32, or MatMulNBits over int8/int4 blocks, the quantizer the
chat models use). The token table is looked up outside the graph, as the chat decoder does
(runtime.generate.embedding): for multilingual-e5-small it is 96 M of the model's 118 M weights
(250,037 rows x 384), and a chunk reads a few hundred rows of it.

Supported: `model_type` "bert" (multilingual-e5-small, paraphrase-multilingual-MiniLM-L12-v2,
LaBSE) and "xlm-roberta" (multilingual-e5-base/large, whose positions start after the padding
id), absolute positions, GELU (erf), mean or CLS pooling.
"""

from __future__ import annotations

import json
import math
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import onnx
from onnx import TensorProto

from runtime.convert.checkpoint import Checkpoint, CheckpointError
from runtime.convert.quantize import QuantizedMatrix, WeightFormat, dequantize, quantize
from runtime.graph.builder import GraphBuilder, save_model
from runtime.graph.linear import Linears

ENCODER = "encoder.onnx"
SETTINGS = "embedding.json"
TOKENIZER = "tokenizer.json"
TABLE = "word_embeddings"
MODEL_TYPES = ("bert", "xlm-roberta")
BATCH = 16


@dataclass(frozen=True)
class EncoderConfig:
    model_type: str
    vocab_size: int
    hidden_size: int
    layers: int
    heads: int
    intermediate_size: int
    max_positions: int
    layer_norm_eps: float
    pad_token_id: int

    @classmethod
    def from_hf(cls, raw: dict[str, Any]) -> EncoderConfig:
        kind = raw.get("model_type")
        if kind not in MODEL_TYPES:
            raise CheckpointError(
                f"model type '{kind}' is not an encoder Oriel can convert for embeddings "
                f"(it converts {' and '.join(MODEL_TYPES)})"
            )
        if (
            raw.get("position_embedding_type", "absolute") != "absolute"
            or raw.get("hidden_act", "gelu") != "gelu"
        ):
            raise CheckpointError("only absolute positions and the GELU activation are supported")
        try:
            return cls(
                model_type=str(kind),
                vocab_size=int(raw["vocab_size"]),
                hidden_size=int(raw["hidden_size"]),
                layers=int(raw["num_hidden_layers"]),
                heads=int(raw["num_attention_heads"]),
                intermediate_size=int(raw["intermediate_size"]),
                max_positions=int(raw["max_position_embeddings"]),
                layer_norm_eps=float(raw.get("layer_norm_eps", 1e-12)),
                pad_token_id=int(raw.get("pad_token_id", 0) or 0),
            )
        except (KeyError, TypeError, ValueError) as e:
            raise CheckpointError(f"config.json lacks an encoder setting: {e}") from e

    @property
    def first_position(self) -> int:
        """XLM-RoBERTa numbers positions from padding_idx + 1; BERT from 0."""
        return self.pad_token_id + 1 if self.model_type == "xlm-roberta" else 0


class EncoderCheckpoint(Checkpoint):
    """A BERT/XLM-R folder read with the chat converter's safetensors reader (no torch)."""

    def __init__(self, folder: Path) -> None:  # Checkpoint.__init__ without the Qwen config
        self.folder = folder
        if not folder.is_dir():
            raise CheckpointError(f"{folder} is not a folder")
        config_path = self.file("config.json", folder.name)
        if not config_path.exists():
            raise CheckpointError(f"{folder} has no config.json: is this a Hugging Face model folder?")
        try:
            self.raw_config = json.loads(config_path.read_text(encoding="utf-8"))
        except (ValueError, RecursionError) as e:
            raise CheckpointError(f"config.json in {folder} is not valid JSON: {str(e)[:200]}") from e
        self.encoder_config = EncoderConfig.from_hf(self.raw_config)
        self._entries = self._index()
        prefixes = ("", "bert.", "roberta.", "model.", "0.auto_model.")
        found = [p for p in prefixes if f"{p}embeddings.word_embeddings.weight" in self._entries]
        if not found:
            raise CheckpointError(f"{folder} has no embeddings.word_embeddings.weight")
        self.prefix = found[0]

    def tensor(self, name: str) -> Any:
        return self.read(self.prefix + name)


def _settings_from(src: Path, config: EncoderConfig) -> dict[str, Any]:
    pooling = "mean"
    pooling_file = src / "1_Pooling" / "config.json"
    if pooling_file.is_file():
        p = json.loads(pooling_file.read_text(encoding="utf-8"))
        pooling = "cls" if p.get("pooling_mode_cls_token") else "mean"
    prompts: dict[str, str] = {}
    st_config = src / "config_sentence_transformers.json"
    if st_config.is_file():
        prompts = json.loads(st_config.read_text(encoding="utf-8")).get("prompts") or {}
    # The E5 family wants "query: " / "passage: " (model card); its folders say so only in prose.
    e5 = "e5" in src.name.lower()
    return {
        "pooling": pooling,
        "query_prefix": prompts.get("query", "query: " if e5 else ""),
        "passage_prefix": prompts.get("passage", prompts.get("document", "passage: " if e5 else "")),
        "max_length": min(config.max_positions - config.first_position, 512),
        "hidden_size": config.hidden_size,
    }


def convert_encoder(
    src: Path, out: Path, fmt: WeightFormat, *, settings: dict[str, Any] | None = None
) -> None:
    """Write the embedding model in `src` to the (existing, empty) folder `out`."""
    ckpt = EncoderCheckpoint(src)
    config = ckpt.encoder_config
    tokenizer = src / TOKENIZER
    if not tokenizer.is_file():
        raise CheckpointError(f"{src} has no {TOKENIZER}")
    info = {
        **_settings_from(src, config),
        **(settings or {}),
        "weights": fmt.name,
        "block_size": fmt.block_size,
    }
    table = ckpt.tensor("embeddings.word_embeddings.weight")
    if fmt.bits is None:
        np.save(out / f"{TABLE}.npy", np.asarray(table, np.float32))
    else:
        q = quantize(table, bits=fmt.bits, block_size=fmt.block_size)
        for part in ("packed", "scales", "zero_points"):
            np.save(out / f"{TABLE}.{part}.npy", getattr(q, part))
    model = build_encoder_graph(ckpt, out / f"{ENCODER}.data", fmt, info["pooling"])
    save_model(model, out / ENCODER)
    shutil.copyfile(tokenizer, out / TOKENIZER)
    (out / SETTINGS).write_text(
        json.dumps({**info, "model_type": config.model_type}, indent=2), encoding="utf-8"
    )


def build_encoder_graph(
    ckpt: EncoderCheckpoint, data_path: Path, fmt: WeightFormat, pooling: str
) -> onnx.ModelProto:
    c = ckpt.encoder_config
    b = GraphBuilder("oriel-embedding-encoder", data_path)
    lin = Linears(b, ckpt.tensor, fmt)
    h, heads = c.hidden_size, c.heads
    head_dim = h // heads

    def dense(name: str) -> np.ndarray:
        return np.asarray(ckpt.tensor(name), np.float32)

    def layer_norm(x: str, name: str, path: str) -> str:
        return str(
            b.op(
                "LayerNormalization",
                [
                    x,
                    b.weight(f"{name}.weight", dense(f"{name}.weight")),
                    b.weight(f"{name}.bias", dense(f"{name}.bias")),
                ],
                path,
                axis=-1,
                epsilon=c.layer_norm_eps,
            )
        )

    def linear(x: str, name: str, path: str) -> str:
        y = lin.matmul(x, f"{name}.weight", path)
        return str(b.op("Add", [y, b.weight(f"{name}.bias", dense(f"{name}.bias"))], path))

    x = b.input("inputs_embeds", TensorProto.FLOAT, ["batch", "sequence", h])
    mask = b.input("attention_mask", TensorProto.INT64, ["batch", "sequence"])
    maskf = b.op("Cast", [mask], "/mask", to=TensorProto.FLOAT)

    # Positions: 0..S-1 (BERT), or padding_idx + 1 + (the count of real tokens so far) (XLM-R).
    positions_table = b.weight(
        "embeddings.position_embeddings.weight", dense("embeddings.position_embeddings.weight")
    )
    if c.model_type == "xlm-roberta":
        counted = b.op("CumSum", [mask, b.const(1, np.int64)], "/positions")
        positions = b.op(
            "Add",
            [b.op("Mul", [counted, mask], "/positions"), b.const(c.pad_token_id, np.int64)],
            "/positions",
        )
    else:
        length = b.op(
            "Gather", [b.op("Shape", [mask], "/positions"), b.const(1, np.int64)], "/positions", axis=0
        )
        positions = b.op("Range", [b.const(0, np.int64), length, b.const(1, np.int64)], "/positions")
    pos = b.op("Gather", [positions_table, positions], "/embeddings/positions", axis=0)
    token_type = b.weight("embeddings.token_type0", dense("embeddings.token_type_embeddings.weight")[0])
    x = b.op("Add", [b.op("Add", [x, pos], "/embeddings"), token_type], "/embeddings")
    x = layer_norm(x, "embeddings.LayerNorm", "/embeddings/LayerNorm")

    # Additive attention bias [B, 1, 1, S]: 0 for real tokens, -1e9 for padding.
    bias = b.op("Mul", [b.op("Sub", [b.const(1.0), maskf], "/mask"), b.const(-1e9)], "/mask")
    bias = b.op("Unsqueeze", [bias, b.ints(1, 2)], "/mask")
    scale = b.const(1.0 / math.sqrt(head_dim))

    def split_heads(t: str, path: str) -> str:
        t = b.op("Reshape", [t, b.ints(0, 0, heads, head_dim)], path)
        return str(b.op("Transpose", [t], path, perm=[0, 2, 1, 3]))

    for i in range(c.layers):
        p, n = f"/encoder/layer.{i}", f"encoder.layer.{i}"
        q = split_heads(linear(x, f"{n}.attention.self.query", f"{p}/attention/query"), f"{p}/attention/q")
        k = split_heads(linear(x, f"{n}.attention.self.key", f"{p}/attention/key"), f"{p}/attention/k")
        v = split_heads(linear(x, f"{n}.attention.self.value", f"{p}/attention/value"), f"{p}/attention/v")
        kt = b.op("Transpose", [k], f"{p}/attention", perm=[0, 1, 3, 2])
        scores = b.op(
            "Add",
            [b.op("Mul", [b.op("MatMul", [q, kt], f"{p}/attention"), scale], f"{p}/attention"), bias],
            f"{p}/attention",
        )
        probs = b.op("Softmax", [scores], f"{p}/attention", axis=-1)
        ctx = b.op(
            "Transpose", [b.op("MatMul", [probs, v], f"{p}/attention")], f"{p}/attention", perm=[0, 2, 1, 3]
        )
        ctx = b.op("Reshape", [ctx, b.ints(0, 0, h)], f"{p}/attention")
        attn = linear(ctx, f"{n}.attention.output.dense", f"{p}/attention/output")
        x = layer_norm(
            b.op("Add", [attn, x], f"{p}/attention/output"),
            f"{n}.attention.output.LayerNorm",
            f"{p}/attention/LayerNorm",
        )
        up = b.op("Gelu", [linear(x, f"{n}.intermediate.dense", f"{p}/intermediate")], f"{p}/intermediate")
        down = linear(up, f"{n}.output.dense", f"{p}/output")
        x = layer_norm(
            b.op("Add", [down, x], f"{p}/output"), f"{n}.output.LayerNorm", f"{p}/output/LayerNorm"
        )

    if pooling == "cls":
        pooled = b.op(
            "Squeeze", [b.op("Slice", [x, b.ints(0), b.ints(1), b.ints(1)], "/pool"), b.ints(1)], "/pool"
        )
    else:
        weights = b.op("Unsqueeze", [maskf, b.ints(2)], "/pool")
        total = b.op("ReduceSum", [b.op("Mul", [x, weights], "/pool"), b.ints(1)], "/pool", keepdims=0)
        count = b.op(
            "Max", [b.op("ReduceSum", [maskf, b.ints(1)], "/pool", keepdims=1), b.const(1e-9)], "/pool"
        )
        pooled = b.op("Div", [total, count], "/pool")
    norm = b.op(
        "Max", [b.op("ReduceL2", [pooled, b.ints(1)], "/normalize", keepdims=1), b.const(1e-12)], "/normalize"
    )
    out = b.op("Div", [pooled, norm], "/normalize")
    b.output(out, "embeddings", TensorProto.FLOAT, ["batch", h])
    return b.model(doc=f"Oriel text-embedding encoder ({c.model_type}, {c.layers} layers, {fmt.describe()})")


class OnnxEmbedder:
    """Texts -> unit vectors with a converted encoder folder (an "embedding" package)."""

    def __init__(self, folder: Path, *, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.folder = Path(folder)
        self.settings = json.loads((self.folder / SETTINGS).read_text(encoding="utf-8"))
        self.name = f"{self.folder.name}:{self.settings['weights']}"
        self.max_length = int(self.settings["max_length"])
        self.tokenizer = Tokenizer.from_file(str(self.folder / TOKENIZER))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(self.max_length)
        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        self.session = ort.InferenceSession(
            str(self.folder / ENCODER), options, providers=["CPUExecutionProvider"]
        )
        self.hidden_size = int(self.settings["hidden_size"])
        bits = {"int8": 8, "int4": 4}.get(self.settings["weights"])
        self.bits, self.block = bits, int(self.settings.get("block_size", 32))
        if bits is None:
            self._table = np.load(self.folder / f"{TABLE}.npy", mmap_mode="r")
        else:
            self._parts = [
                np.load(self.folder / f"{TABLE}.{p}.npy", mmap_mode="r")
                for p in ("packed", "scales", "zero_points")
            ]

    def lookup(self, ids: np.ndarray) -> np.ndarray:
        flat = np.asarray(ids, np.int64).reshape(-1)
        if self.bits is None:
            rows = np.asarray(self._table[flat], np.float32)
        else:
            packed, scales, zeros = (np.asarray(p[flat]) for p in self._parts)
            rows = dequantize(
                QuantizedMatrix(packed, scales, zeros, self.bits, self.block, (len(flat), self.hidden_size))
            )
        return rows.reshape(*np.shape(ids), self.hidden_size)

    def encode_ids(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        embeds = self.lookup(ids)
        (out,) = self.session.run(
            None, {"inputs_embeds": embeds, "attention_mask": np.asarray(mask, np.int64)}
        )
        return np.asarray(out, np.float32)

    def embed(self, texts: Sequence[str], *, query: bool) -> np.ndarray:
        prefix = self.settings["query_prefix" if query else "passage_prefix"]
        encodings = self.tokenizer.encode_batch([prefix + t for t in texts])
        out = np.zeros((len(texts), self.hidden_size), np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), BATCH):
            batch = order[start : start + BATCH]
            width = max(1, max(len(encodings[i].ids) for i in batch))
            ids = np.zeros((len(batch), width), np.int64)
            mask = np.zeros((len(batch), width), np.int64)
            for row, i in enumerate(batch):
                seq = encodings[i].ids
                ids[row, : len(seq)] = seq
                mask[row, : len(seq)] = 1
            if not mask[:, 0].all():  # an empty text: give it one token so the pool is defined
                mask[:, 0] = 1
            out[batch] = self.encode_ids(ids, mask)
        return out

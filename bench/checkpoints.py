"""Random-weight Hugging Face checkpoints at the real Qwen3.5 shapes, built once and cached.

Speed does not depend on the weights' values (DESIGN.md), so the benchmark writes checkpoints
that look exactly like a download: `config.json` copied from devtools/configs, bf16 safetensors
sharded at ~2 GB with an index, the real tokenizer (bench.tokenizer) and the chat template. No
`mtp.*` tensors: the peers' converters are told so (`--no-mtp`) where they need to be.

The tensor names and shapes are those of transformers' `Qwen3_5ForConditionalGeneration`, read
from a model instantiated on the `meta` device (no memory). The values are streamed per tensor
straight into the safetensors files, so a 4B checkpoint never exists in memory; each tensor has
its own seeded generator, with the scales tests/devtools.tiny_models.py uses (unit-size activations,
zero-centred (1 + w) norms, A_log and dt_bias in their trained ranges).

Checkpoints live in `~/.cache/oriel-bench/checkpoints/` (or `$ORIEL_BENCH_CACHE`), keyed by the
config and this module's format version; a folder is renamed into place only when complete.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
CONFIGS = REPO / "devtools" / "configs"
CACHE = Path(os.environ.get("ORIEL_BENCH_CACHE", Path.home() / ".cache" / "oriel-bench"))
CHAT_TEMPLATE = REPO / "devtools" / "data" / "qwen3_5_chat_template.jinja"
SIZES = ("0.8b", "2b", "4b", "9b")

# Bump when the written bytes change (names, init rules, tokenizer, sharding).
FORMAT_VERSION = 1
SHARD_BYTES = 2 * 1024**3
# Elements generated at once while streaming a tensor (64 MB of fp32 temporaries).
_CHUNK = 1 << 24


@dataclass(frozen=True)
class Tensor:
    name: str
    shape: tuple[int, ...]

    @property
    def numel(self) -> int:
        return int(np.prod(self.shape, dtype=np.int64))

    @property
    def nbytes(self) -> int:
        return 2 * self.numel  # bf16


def config_path(size: str) -> Path:
    path = CONFIGS / f"qwen3.5-{size}.json"
    if not path.exists():
        raise FileNotFoundError(f"no config for size '{size}' at {path} (sizes: {', '.join(SIZES)})")
    return path


def tensor_list(raw_config: dict) -> list[Tensor]:
    """Every tensor a Qwen3.5 checkpoint with this config holds, in transformers' order."""
    import torch
    from transformers import Qwen3_5Config, Qwen3_5ForConditionalGeneration

    cfg = Qwen3_5Config(**{k: v for k, v in raw_config.items() if k not in ("architectures", "model_type")})
    with torch.device("meta"):
        model = Qwen3_5ForConditionalGeneration(cfg)
    tied = cfg.text_config.tie_word_embeddings
    return [
        Tensor(name, tuple(t.shape))
        for name, t in model.state_dict().items()
        if not (tied and name == "lm_head.weight")
    ]


def _values(t: Tensor, rng: np.random.Generator, count: int) -> np.ndarray:
    """`count` fp32 values of tensor `t` (rules as in tests/devtools.tiny_models.py `_randomize`)."""
    name = t.name
    if name.endswith("A_log"):
        return np.log(rng.uniform(0.5, 8.0, count)).astype(np.float32)
    x = rng.standard_normal(count, dtype=np.float32)
    if name.endswith("dt_bias") or "embed_tokens" in name or name.endswith("lm_head.weight"):
        return x
    if len(t.shape) == 1 and name.endswith(".bias"):
        return x * np.float32(0.02)
    if len(t.shape) == 1 and "norm" in name:
        # zero-centred (1 + w) norms; the GDN output norm and the vision LayerNorms use plain w
        base = 1.0 if name.endswith("linear_attn.norm.weight") or "visual" in name else 0.0
        return np.float32(base) + np.float32(0.2) * x
    if len(t.shape) >= 2:
        fan_in = int(np.prod(t.shape[1:]))
        return x * np.float32(fan_in**-0.5)
    return x * np.float32(0.1)


def _to_bf16(x: np.ndarray) -> np.ndarray:
    """fp32 -> bf16 bits, rounding to nearest even."""
    u = x.view(np.uint32)
    return ((u + np.uint32(0x7FFF) + ((u >> np.uint32(16)) & np.uint32(1))) >> np.uint32(16)).astype(
        np.uint16
    )


def _bf16_chunks(t: Tensor, seed: int) -> Iterator[bytes]:
    rng = np.random.default_rng([seed, zlib.crc32(t.name.encode())])
    left = t.numel
    while left:
        n = min(left, _CHUNK)
        yield _to_bf16(_values(t, rng, n)).tobytes()
        left -= n


def _shards(tensors: list[Tensor]) -> list[list[Tensor]]:
    shards: list[list[Tensor]] = [[]]
    size = 0
    for t in tensors:
        if shards[-1] and size + t.nbytes > SHARD_BYTES:
            shards.append([])
            size = 0
        shards[-1].append(t)
        size += t.nbytes
    return shards


def _write_safetensors(path: Path, tensors: list[Tensor], seed: int) -> None:
    header: dict[str, object] = {"__metadata__": {"format": "pt"}}
    offset = 0
    for t in tensors:
        header[t.name] = {
            "dtype": "BF16",
            "shape": list(t.shape),
            "data_offsets": [offset, offset + t.nbytes],
        }
        offset += t.nbytes
    blob = json.dumps(header, separators=(",", ":")).encode()
    blob += b" " * (-len(blob) % 8)  # the format aligns the data to 8 bytes
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(blob)))
        f.write(blob)
        for t in tensors:
            for chunk in _bf16_chunks(t, seed):
                f.write(chunk)


def checkpoint_key(size: str) -> str:
    blob = config_path(size).read_bytes() + CHAT_TEMPLATE.read_bytes() + f"v{FORMAT_VERSION}".encode()
    return hashlib.sha256(blob).hexdigest()[:12]


def build_checkpoint(size: str, out: Path, *, seed: int = 0, log=print) -> None:
    """Write the random checkpoint for `size` into the new folder `out`."""
    from bench.tokenizer import verify, write_tokenizer

    raw = json.loads(config_path(size).read_text())
    tensors = tensor_list(raw)
    shards = _shards(tensors)
    tmp = out.with_name(out.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    weight_map = {}
    for i, shard in enumerate(shards, 1):
        name = f"model-{i:05d}-of-{len(shards):05d}.safetensors"
        log(f"  writing {name} ({sum(t.nbytes for t in shard) / 1e9:.2f} GB)")
        _write_safetensors(tmp / name, shard, seed)
        weight_map |= {t.name: name for t in shard}
    index = {"metadata": {"total_size": sum(t.nbytes for t in tensors)}, "weight_map": weight_map}
    (tmp / "model.safetensors.index.json").write_text(json.dumps(index, indent=2))
    shutil.copyfile(config_path(size), tmp / "config.json")
    write_tokenizer(tmp)
    verify(tmp)
    shutil.copyfile(CHAT_TEMPLATE, tmp / "chat_template.jinja")
    tmp.rename(out)


def checkpoint(size: str, *, log=print) -> Path:
    """The cached random checkpoint folder for `size` ("0.8b", "2b", ...), built on first use."""
    out = CACHE / "checkpoints" / f"qwen3.5-{size}-random-{checkpoint_key(size)}"
    if not (out / "config.json").exists():
        log(f"building the random {size} checkpoint in {out} (once)")
        out.parent.mkdir(parents=True, exist_ok=True)
        build_checkpoint(size, out, log=log)
    return out


def text_weight_shapes(folder: Path) -> dict[str, tuple[int, ...]]:
    """The language model's tensors in a checkpoint folder (vision tower left out)."""
    index = json.loads((folder / "model.safetensors.index.json").read_text())["weight_map"]
    shapes: dict[str, tuple[int, ...]] = {}
    for file in sorted(set(index.values())):
        with open(folder / file, "rb") as f:
            (n,) = struct.unpack("<Q", f.read(8))
            header = json.loads(f.read(n))
        shapes |= {
            k: tuple(v["shape"]) for k, v in header.items() if k != "__metadata__" and "visual" not in k
        }
    return shapes

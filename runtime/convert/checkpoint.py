"""Reading a Hugging Face Qwen3.5 checkpoint tensor by tensor, without torch.

The safetensors format is an 8-byte little-endian header length, a JSON header (dtype, shape and
byte range of each tensor) and the raw data. It is parsed here directly and the data memory-mapped,
because the `safetensors` package's numpy API cannot return bfloat16, the dtype of every released
Qwen3.5 checkpoint; reading one tensor touches only its bytes, so converting a 9B model never holds
more than one tensor in memory. Every structural problem (a truncated file, a header that points
past the end, a missing shard) becomes a `CheckpointError` naming the file, and so does a name
that would lead out of the folder (a shard in the index's `weight_map` named `../x` or by an
absolute path, a symlink out, a FIFO: runtime/contained_paths.py).
"""

from __future__ import annotations

import json
import math
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from runtime.config import ModelConfig, parse_hf_config
from runtime.contained_paths import UnsafePath, inside

_DTYPES: dict[str, np.dtype[Any]] = {
    "F32": np.dtype("<f4"),
    "F16": np.dtype("<f2"),
    "BF16": np.dtype("<u2"),  # widened to fp32 by shifting into the high half
    "F64": np.dtype("<f8"),
}

# A safetensors header larger than this is not a header (the format caps it at 100 MB).
_MAX_HEADER = 100_000_000


class CheckpointError(ValueError):
    """The checkpoint folder cannot be read as a Qwen3.5 model; the message says why."""


@dataclass(frozen=True)
class _TensorEntry:
    file: Path
    dtype: str
    shape: tuple[int, ...]
    start: int  # absolute byte offset in the file
    end: int


def _read_header(path: Path) -> dict[str, _TensorEntry]:
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(8)
            if len(head) < 8:
                raise CheckpointError(f"{path.name} is truncated (no safetensors header)")
            (header_len,) = struct.unpack("<Q", head)
            if header_len > min(_MAX_HEADER, size - 8):
                raise CheckpointError(f"{path.name} is truncated or not a safetensors file")
            header = json.loads(f.read(header_len))
    except OSError as e:
        raise CheckpointError(f"cannot read {path}: {e.strerror or e}") from e
    except CheckpointError:
        raise
    except (ValueError, RecursionError) as e:  # bad JSON or UTF-8, a 5,000-digit number, deep nesting
        raise CheckpointError(f"{path.name} has a corrupt safetensors header") from e
    if not isinstance(header, dict):
        raise CheckpointError(f"{path.name} has a corrupt safetensors header")
    base = 8 + header_len
    entries = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        try:  # valid JSON can still describe nonsense: every field is checked before use
            dtype, shape = str(info["dtype"]), tuple(int(n) for n in info["shape"])
            begin, end = (int(n) for n in info["data_offsets"])
        except (KeyError, TypeError, ValueError):
            raise CheckpointError(f"{path.name} has a corrupt safetensors header (at '{name}')") from None
        if not 0 <= begin <= end or any(n < 0 for n in shape):
            raise CheckpointError(f"{path.name} has a corrupt safetensors header (at '{name}')")
        if base + end > size:
            raise CheckpointError(
                f"{path.name} is truncated: tensor '{name}' ends at byte {base + end:,} "
                f"but the file has {size:,} bytes (was the download interrupted?)"
            )
        entries[name] = _TensorEntry(path, dtype, shape, base + begin, base + end)
    return entries


class Checkpoint:
    """A checkpoint folder: config.json plus model.safetensors or a sharded index."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        if not folder.is_dir():
            raise CheckpointError(f"{folder} is not a folder")
        config_path = self.file("config.json", folder.name)
        if not config_path.exists():
            raise CheckpointError(f"{folder} has no config.json: is this a Hugging Face model folder?")
        try:
            self.raw_config = json.loads(config_path.read_text(encoding="utf-8"))
        except (ValueError, RecursionError) as e:  # bad JSON or UTF-8, a 5,000-digit number, deep nesting
            raise CheckpointError(f"config.json in {folder} is not valid JSON: {str(e)[:200]}") from e
        self.config: ModelConfig = parse_hf_config(self.raw_config)
        self._entries = self._index()

    def _index(self) -> dict[str, _TensorEntry]:
        index = self.file("model.safetensors.index.json", self.folder.name)
        if index.exists():
            try:
                weight_map = json.loads(index.read_text(encoding="utf-8"))["weight_map"]
                files = sorted(set(weight_map.values()))
            except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, AttributeError) as e:
                raise CheckpointError(f"{index.name} is not a valid safetensors index") from e
            named_by = index.name
        else:
            files = sorted(p.name for p in self.folder.glob("*.safetensors"))
            named_by = self.folder.name
        if not files:
            raise CheckpointError(f"{self.folder} has no .safetensors weights")
        entries: dict[str, _TensorEntry] = {}
        for name in files:
            path = self.file(name, named_by)
            if not path.exists():
                raise CheckpointError(f"the weights shard {name} is missing from {self.folder}")
            entries.update(_read_header(path))
        return entries

    def file(self, name: object, named_by: str) -> Path:
        """The checkpoint's file `name` (as `named_by` names it), which must stay inside the folder."""
        try:
            return inside(self.folder, name, named_by)
        except UnsafePath as e:
            raise CheckpointError(str(e)) from e

    def names(self) -> list[str]:
        return sorted(self._entries)

    def __contains__(self, name: str) -> bool:
        return name in self._entries

    def shape(self, name: str) -> tuple[int, ...]:
        return self._entry(name).shape

    def _entry(self, name: str) -> _TensorEntry:
        try:
            return self._entries[name]
        except KeyError:
            raise CheckpointError(f"the checkpoint has no tensor '{name}'") from None

    def read(self, name: str) -> LazyTensor:
        """One tensor, read lazily: slicing rows or `np.asarray` gives fp32 (bf16/fp16 widened exactly)."""
        e = self._entry(name)
        if e.dtype not in _DTYPES:
            raise CheckpointError(f"tensor '{name}' has dtype {e.dtype}, which Oriel cannot read")
        dtype = _DTYPES[e.dtype]
        # math.prod: Python's integers do not wrap, where numpy's int64 product of a crafted shape
        # such as [2**32, 2**32] is 0 and would match an empty byte range
        if math.prod(e.shape) * dtype.itemsize != e.end - e.start:
            raise CheckpointError(
                f"tensor '{name}' in {e.file.name} has a size that does not match its shape"
            )
        return LazyTensor(e, dtype)


class LazyTensor:
    """A checkpoint tensor on disk. `t[a:b]` reads rows a..b only, so a 2.5 GB embedding can be
    quantized a slice at a time; `np.asarray(t)` reads it all."""

    def __init__(self, entry: _TensorEntry, dtype: np.dtype[Any]) -> None:
        self._entry, self._dtype = entry, dtype
        self.shape = entry.shape
        self.ndim = len(entry.shape)

    def _raw(self) -> np.ndarray:
        e = self._entry
        count = math.prod(e.shape)
        if count == 0:
            return np.zeros(e.shape, self._dtype)
        return np.memmap(e.file, dtype=self._dtype, mode="r", offset=e.start, shape=(count,)).reshape(e.shape)

    def _widen(self, raw: np.ndarray) -> np.ndarray:
        if self._entry.dtype == "BF16":
            return (raw.astype(np.uint32) << 16).view(np.float32)
        return raw.astype(np.float32)

    def __getitem__(self, rows: slice) -> np.ndarray:
        return self._widen(self._raw()[rows])

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        out = self._widen(self._raw())
        return out if dtype is None else out.astype(dtype)

"""One saved decoder state on disk: a safetensors file with Oriel's header in its metadata.

    [8 bytes: header length N, little-endian u64][N bytes: JSON header][raw little-endian arrays]

The layout is safetensors' own (https://huggingface.co/docs/safetensors), so any safetensors
reader opens the file; the tests read it with the `safetensors` package. The JSON header's
`__metadata__` holds Oriel's fields, all strings as the format requires:

    format          "oriel-state" (the magic: any other value is not a state file)
    version         "1"
    package         the model package's identity (`package_identity`)
    tokens          how many tokens the state covers
    prefix          `prefix_digest` of their reuse keys
    next_position   the M-RoPE position of the next token (ahead of `tokens` after an image)
    crc32           of the data section, every byte after the header

The tensors: every array of the `DecoderState` under its own name (`past.3.key`, KV caches cut to
the filled length), `keys` (int64 [tokens], the reuse keys, compared in full on load) and
`logits` (float32 [V], those of the last position, which the next token is sampled from).

`read_state` raises `StateFileError` for a file that is truncated, damaged, from another
package or for another prefix; the caller then prefills from scratch.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from runtime.generate.session import DecoderState
from runtime.package import ModelPackage, fsync_dir

FORMAT = "oriel-state"
VERSION = 1
SUFFIX = ".safetensors"
# A header this large is damage, not a state (a 2B state's header is ~3 KB).
_MAX_HEADER = 1 << 20
_DTYPES: dict[str, np.dtype] = {"F32": np.dtype("<f4"), "I64": np.dtype("<i8")}
_NAMES = {v: k for k, v in _DTYPES.items()}


class StateFileError(ValueError):
    """A state file that cannot be used; the message says why."""


@dataclass(frozen=True)
class SavedState:
    state: DecoderState
    keys: tuple[int, ...]
    logits: np.ndarray  # [V]


def package_identity(package: ModelPackage) -> str:
    """The folder's name and a hash of every file's checksum: two packages share saved states
    only when their weights, graphs and tokenizer are byte-identical."""
    files = json.dumps(package.manifest["files"], sort_keys=True).encode()
    return f"{package.path.name}-{hashlib.sha256(files).hexdigest()[:16]}"


def prefix_digest(keys: Sequence[int]) -> str:
    """A 128-bit digest of reuse keys (token ids, negative image keys for image pads)."""
    return hashlib.blake2b(np.asarray(keys, dtype="<i8").tobytes(), digest_size=16).hexdigest()


def write_state(path: Path, package_id: str, saved: SavedState) -> int:
    """Write `saved` to `path` atomically (temporary file, fsync, rename); returns its size."""
    n = len(saved.keys)
    state = saved.state
    tensors: dict[str, np.ndarray] = {
        name: np.ascontiguousarray(array[:, :, :n] if name.endswith((".key", ".value")) else array)
        for name, array in sorted(state.arrays.items())
    }
    tensors["keys"] = np.asarray(saved.keys, dtype="<i8")
    tensors["logits"] = np.ascontiguousarray(saved.logits, dtype="<f4")
    entries: dict[str, Any] = {}
    offset, crc = 0, 0
    for name, array in tensors.items():
        if array.dtype not in _NAMES:
            raise TypeError(f"{name}: a state holds float32 and int64 arrays, not {array.dtype}")
        entries[name] = {
            "dtype": _NAMES[array.dtype],
            "shape": list(array.shape),
            "data_offsets": [offset, offset + array.nbytes],
        }
        offset += array.nbytes
        crc = zlib.crc32(array.data.cast("B"), crc)
    entries["__metadata__"] = {
        "format": FORMAT,
        "version": str(VERSION),
        "package": package_id,
        "tokens": str(n),
        "prefix": prefix_digest(saved.keys),
        "next_position": str(state.next_position),
        "crc32": f"{crc:08x}",
    }
    header = json.dumps(entries, separators=(",", ":")).encode()
    header += b" " * (-len(header) % 8)  # safetensors pads the header to keep arrays aligned
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as f:
            f.write(struct.pack("<Q", len(header)))
            f.write(header)
            for array in tensors.values():
                f.write(array.data.cast("B"))
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
    return 8 + len(header) + offset


def read_header(path: Path) -> tuple[dict[str, Any], dict[str, str], int]:
    """The tensor table, Oriel's metadata and where the data section starts."""
    try:
        with open(path, "rb") as f:
            raw = f.read(8)
            if len(raw) < 8:
                raise StateFileError(f"{path.name} is truncated (no header)")
            (length,) = struct.unpack("<Q", raw)
            if length > _MAX_HEADER:
                raise StateFileError(f"{path.name} is damaged (header of {length} bytes)")
            text = f.read(length)
    except OSError as e:
        raise StateFileError(f"{path.name} cannot be read: {e}") from e
    if len(text) < length:
        raise StateFileError(f"{path.name} is truncated (in its header)")
    try:
        table = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise StateFileError(f"{path.name} is damaged (header: {e})") from e
    meta = table.pop("__metadata__", None) if isinstance(table, dict) else None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise StateFileError(f"{path.name} is not an Oriel state file")
    if meta.get("version") != str(VERSION):
        raise StateFileError(f"{path.name} is state format {meta.get('version')}, this Oriel reads {VERSION}")
    return table, meta, 8 + length


def read_state(path: Path, package_id: str, keys: Sequence[int]) -> SavedState:
    """The state saved in `path`, checked to be `package_id`'s state after exactly `keys`."""
    table, meta, start = read_header(path)
    if meta.get("package") != package_id:
        raise StateFileError(f"{path.name} was saved by another model ({meta.get('package')})")
    if meta.get("tokens") != str(len(keys)) or meta.get("prefix") != prefix_digest(keys):
        raise StateFileError(f"{path.name} holds the state of another conversation prefix")
    try:
        arrays = {name: _entry(table, name) for name in table}
        next_position = int(meta["next_position"])
        crc = int(meta["crc32"], 16)
    except (KeyError, TypeError, ValueError) as e:
        raise StateFileError(f"{path.name} is damaged (tensor table: {e})") from e
    end = max((stop for _, _, (_, stop) in arrays.values()), default=0)
    if sorted(span for _, _, span in arrays.values()) != _tiling(arrays):
        raise StateFileError(f"{path.name} is damaged (tensors overlap or leave gaps)")
    size = path.stat().st_size
    if size != start + end:
        raise StateFileError(f"{path.name} is truncated ({size} bytes of {start + end})")
    data = bytearray(end)
    with open(path, "rb") as f:
        f.seek(start)
        if f.readinto(data) != end:
            raise StateFileError(f"{path.name} is truncated")
    if zlib.crc32(data) != crc:
        raise StateFileError(f"{path.name} is damaged (checksum mismatch)")
    out = {
        name: np.frombuffer(data, dtype, count=int(np.prod(shape)), offset=lo).reshape(shape)
        for name, (dtype, shape, (lo, _)) in arrays.items()
    }
    saved_keys, logits = out.pop("keys", None), out.pop("logits", None)
    if saved_keys is None or logits is None or tuple(int(k) for k in saved_keys) != tuple(keys):
        raise StateFileError(f"{path.name} holds the state of another conversation prefix")
    state = DecoderState(out, [], next_position)
    return SavedState(state, tuple(keys), logits)


def _entry(table: dict[str, Any], name: str) -> tuple[np.dtype, tuple[int, ...], tuple[int, int]]:
    info = table[name]
    dtype = _DTYPES[info["dtype"]]
    shape = tuple(int(d) for d in info["shape"])
    lo, hi = (int(x) for x in info["data_offsets"])
    if hi - lo != int(np.prod(shape)) * dtype.itemsize or lo < 0:
        raise ValueError(f"{name}'s size does not match its shape")
    return dtype, shape, (lo, hi)


def _tiling(arrays: dict[str, tuple[np.dtype, tuple[int, ...], tuple[int, int]]]) -> list[tuple[int, int]]:
    """The spans the tensors would have if they tiled the data section without gaps, in order."""
    spans, at = [], 0
    for _, _, (lo, hi) in sorted(arrays.values(), key=lambda a: a[2]):
        spans.append((at, at + hi - lo))
        at += hi - lo
    return spans

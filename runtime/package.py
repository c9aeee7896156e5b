"""The model package on disk: what the converter writes and the runtime loads.

    <package>/manifest.json          format version, source, config, weight format, file hashes
    <package>/decoder.onnx(.data)    the canonical decoder graph and its external weights
    <package>/vision.onnx(.data)     the vision encoder (absent from a text-only model)
    <package>/tokenizer.json, tokenizer_config.json, chat_template.jinja

A package is built in a hidden sibling folder, fsynced, and renamed into place, so a crash, a full
disk or a cancelled conversion never leaves a half-written package under the final name.
Lowered graphs that the runtime caches beside the files are not part of the manifest.

A package may come from anywhere (an import, a copy from another machine), so `open()` trusts none
of its names: every file and graph the manifest names must be a regular file inside the package
(runtime/contained_paths.py), and every file must carry a size and a sha256.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from runtime.config import ModelConfig
from runtime.contained_paths import UnsafePath, inside

FORMAT = "oriel-model"
# 2: the decoder takes `past_length` (in-place KV caches on the fused CPU path).
FORMAT_VERSION = 2
MANIFEST = "manifest.json"
DECODER = "decoder.onnx"
VISION = "vision.onnx"
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "chat_template.jinja")
_SHA256 = re.compile(r"[0-9a-f]{64}")


class PackageError(ValueError):
    """A model package is missing, damaged or from an unknown format version."""


def sha256_of(path: Path, chunk: int = 1 << 22) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


@dataclass(frozen=True)
class ModelPackage:
    path: Path
    manifest: dict[str, Any]

    @property
    def config(self) -> ModelConfig:
        return ModelConfig.from_dict(self.manifest["config"])

    @property
    def weight_format(self) -> str:
        return str(self.manifest["weights"]["format"])

    def file(self, name: str) -> Path:
        """The package's file `name`, which must stay inside the package."""
        try:
            return inside(self.path, name, f"the manifest of {self.path}")
        except UnsafePath as e:
            raise PackageError(f"{self.path} is not a safe model package: {e}") from e

    @classmethod
    def open(cls, path: Path) -> ModelPackage:
        """Read the manifest (cheap); `verify()` checks the files' hashes."""
        if not path.is_dir():
            raise PackageError(f"there is no model package at {path} (no such folder)")
        manifest_path = cls(path, {}).file(MANIFEST)
        if not manifest_path.exists():
            raise PackageError(f"{path} is not an Oriel model package (no {MANIFEST}); convert it first")
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise PackageError(f"{manifest_path} is damaged: {e}") from e
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise PackageError(f"{path} is not an Oriel model package")
        if manifest.get("format_version") != FORMAT_VERSION:
            raise PackageError(
                f"{path} uses package format {manifest.get('format_version')}, this Oriel reads "
                f"{FORMAT_VERSION}: convert the model again"
            )
        package = cls(path, manifest)
        files, graphs = manifest.get("files"), manifest.get("graphs", {})
        if not isinstance(files, dict) or not isinstance(graphs, dict):
            raise PackageError(f"{manifest_path} is damaged: it does not list the package's files")
        for name in graphs.values():
            package.file(name)
        for name, info in files.items():
            f = package.file(name)
            if not f.exists():
                raise PackageError(f"{path} is incomplete: {name} is missing")
            if not isinstance(info, dict) or not _SHA256.fullmatch(str(info.get("sha256", ""))):
                raise PackageError(f"{path} is damaged: {name} has no sha256 in the manifest")
            if f.stat().st_size != info.get("size"):
                raise PackageError(f"{path} is damaged: {name} has the wrong size (truncated?)")
        return package

    def verify(self) -> None:
        """Check every file against the manifest's sha256 (reads every byte)."""
        for name, info in self.manifest["files"].items():
            if sha256_of(self.path / name) != info["sha256"]:
                raise PackageError(f"{self.path} is damaged: {name} does not match its checksum")


def write_manifest(folder: Path, fields: dict[str, Any]) -> None:
    """Hash every file in `folder` and write manifest.json last."""
    files = {
        p.name: {"size": p.stat().st_size, "sha256": sha256_of(p)}
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != MANIFEST
    }
    manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, **fields, "files": files}
    tmp = folder / (MANIFEST + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(folder / MANIFEST)


@contextlib.contextmanager
def atomic_folder(final: Path, *, overwrite: bool = False) -> Iterator[Path]:
    """Yield a scratch folder that becomes `final` only if the block finishes without error."""
    if final.exists() and not final.is_dir():
        raise PackageError(f"{final} is a file, not a folder: choose another place for the package")
    ancestor = next((p for p in final.parents if p.exists()), final.parent)
    if not ancestor.is_dir():
        raise PackageError(f"cannot create {final}: {ancestor} is a file, not a folder")
    if final.exists() and any(final.iterdir()) and not overwrite:
        raise PackageError(f"{final} already exists and is not empty (use --overwrite to replace it)")
    final.parent.mkdir(parents=True, exist_ok=True)
    scratch = final.parent / f".{final.name}.partial-{os.getpid()}"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    try:
        yield scratch
        fsync_dir(scratch)
        if final.exists():
            old = final.parent / f".{final.name}.old-{os.getpid()}"
            final.rename(old)
            scratch.rename(final)
            shutil.rmtree(old, ignore_errors=True)
        else:
            scratch.rename(final)
        fsync_dir(final.parent)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def fsync_dir(path: Path) -> None:
    """Make a rename inside `path` durable (where the platform can open a folder)."""
    with contextlib.suppress(OSError):  # not every platform can open a directory
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

"""The model store: the folder of installed model packages, and every way a model gets there.

    <root>/<name>/                        an installed package (runtime.package): listed
    <root>/.downloads/<org>--<repo>@<commit>/   a hub download in progress, kept for resuming
    <root>/.<name>.partial-<pid>/          a package being written (runtime.package.atomic_folder)
    <root>/.<name>.staging-<pid>/          a converted package waiting for its final name
    <root>/.<name>.deleting-<pid>/         a package being deleted

Only folders whose names do not start with a dot are installed models, and each appears there by
one rename, after every byte was written and checked: an interrupted download, conversion, copy
or deletion leaves only dot-folders, which the next `ModelStore` sweeps away. A download folder
is how the next attempt resumes, so it stays, until two weeks pass without one or a new download
of the same repository finds the hub at another commit. Before writing anything, the free disk
space is compared with what the job needs, download and converted package together. The
default store folder is owner-only (runtime.owner_only); a folder the user chose keeps its mode.

Every long job takes a `progress(stage, fraction, detail)` callback, called at most ten times a
second per stage, and a `cancel` event; a cancelled job raises `UserError(CANCELLED)`.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import shutil
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import platformdirs
import psutil

from runtime.config import ConfigError, ModelConfig, parse_hf_config
from runtime.errors import UserError
from runtime.owner_only import FOLDER_MODE, private_folder
from runtime.package import MANIFEST, ModelPackage, PackageError, atomic_folder
from runtime.protocol import ErrorCode, ModelInfo
from runtime.store import hub
from runtime.store.io import (
    Cancelled,
    Progress,
    Throttle,
    cancellable,
    disk_errors,
    hash_file,
    read_json,
    size_text,
    write_json_atomically,
)

DOWNLOADS = ".downloads"
ABANDONED_SECONDS = 14 * 24 * 3600  # a download not resumed for two weeks is deleted
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_LEFTOVER = re.compile(r"\..+\.(?:partial|old|staging|deleting)-(\d+)")
# Bytes per decoder weight of each package format at block size 32 (codes, fp32 scales, packed
# zero points); the vision encoder stays fp32. Unknown formats count as fp32, the largest.
_BYTES_PER_WEIGHT = {"fp32": 4.0, "int8": 1.16, "int4": 0.65}
_SOURCE_DTYPE_BYTES = {"float32": 4, "float16": 2, "bfloat16": 2}
# Headroom on every disk check: file-system overhead, the manifest, the lowered-graph cache.
_DISK_MARGIN = 64 << 20


def default_store_dir() -> Path:
    """Where models live unless the user chose another folder."""
    return Path(platformdirs.user_data_dir("Oriel", appauthor=False)) / "models"


class ModelStore:
    def __init__(
        self,
        root: Path | None = None,
        *,
        disk_free: Callable[[Path], int] | None = None,
        retry_delays: Sequence[float] = hub.RETRY_DELAYS,
    ) -> None:
        self.root = root or default_store_dir()
        if root is None:
            private_folder(self.root)  # Oriel's own folder: owner-only, also when made before
        else:
            self.root.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)  # the user's folder, as it is
        self._disk_free = disk_free or (lambda path: shutil.disk_usage(path).free)
        self._retry_delays = retry_delays
        self._sweep()

    # -- what is installed ---------------------------------------------------------------------

    def installed(self) -> list[ModelInfo]:
        return [
            self._info(p)
            for p in sorted(self.root.iterdir())
            if p.is_dir() and not p.name.startswith(".") and (p / MANIFEST).exists()
        ]

    def path_of(self, name: str) -> Path:
        path = self.root / _valid_name(name)
        if not (path / MANIFEST).exists():
            raise UserError(ErrorCode.MODEL_NOT_FOUND, f"there is no model named {name} in {self.root}")
        return path

    def info(self, name: str) -> ModelInfo:
        return self._info(self.path_of(name))

    def find_kind(self, kind: str, name: str | None, *, missing: str) -> Path:
        """The folder of the `kind` package `name` ("speech", "embedding"), or of the first usable
        one installed; `missing` is the message when there is none."""
        if name is not None:
            path = self.path_of(name)
            found = str(read_json(path / MANIFEST).get("kind", "chat"))
            if found != kind:
                raise UserError(ErrorCode.INVALID_REQUEST, f"{name} is a {found} model, not a {kind} model")
            return path
        for info in self.installed():
            if info.kind == kind and not info.problem:
                return Path(info.path)
        raise UserError(ErrorCode.MODEL_NOT_FOUND, missing)

    def _info(self, path: Path) -> ModelInfo:
        size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        try:
            manifest = ModelPackage.open(path).manifest
            problem = ""
        except PackageError as e:
            manifest, problem = read_json(path / MANIFEST), str(e)
        source = manifest.get("source", {})
        if "repo_id" in source:
            origin = f"{source['repo_id']}@{source['revision']}"
        else:
            origin = source.get("path", "")
        return ModelInfo(
            name=path.name,
            path=str(path),
            source=origin,
            weights=str(manifest.get("weights", {}).get("format", "")),
            size_bytes=size,
            has_vision="vision" in manifest.get("graphs", {}),
            created_at=str(manifest.get("created_at", "")),
            problem=problem,
            kind=str(manifest.get("kind", "chat")),  # "speech": runtime.speech.package
        )

    # -- getting models in ---------------------------------------------------------------------

    def download(
        self,
        repo_id: str,
        *,
        revision: str = "main",
        weights: str = "fp32",
        name: str | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> ModelInfo:
        """Download a checkpoint from the hub (resuming an earlier attempt), convert it, install it."""
        name = self._new_name(name or f"{repo_id.rsplit('/', 1)[-1]}-{weights}")
        _check_weights(weights)
        report = Throttle(progress)
        report("download", 0.0, f"asking {hub.endpoint()} about {repo_id}")
        commit, files = hub.list_files(repo_id, revision)
        staging = self.root / DOWNLOADS / f"{repo_id.replace('/', '--')}@{commit}"
        self._drop_superseded(staging)
        config_file = next((f for f in files if f.path == "config.json"), None)
        if config_file is None:
            raise UserError(ErrorCode.DOWNLOAD_FAILED, f"{repo_id} has no config.json: it is not a model")
        total = sum(f.size for f in files)
        done = [sum(_bytes_on_disk(staging / f.path) for f in files)]

        def fetch(remote: hub.RemoteFile) -> None:
            def on_bytes(n: int) -> None:
                done[0] += n
                report(
                    "download", done[0] / total, f"{remote.path}: {size_text(done[0])} of {size_text(total)}"
                )

            if not (staging / remote.path).exists():
                hub.fetch(
                    repo_id,
                    commit,
                    remote,
                    staging / remote.path,
                    on_bytes=on_bytes,
                    cancel=cancel,
                    retry_delays=self._retry_delays,
                )

        package = 0.0
        with cancellable("download"), disk_errors(self.root, lambda: total - done[0] + package):
            fetch(config_file)
            config, dtype_bytes = _read_config(staging / "config.json")
            weights_bytes = sum(f.size for f in files if f.path.endswith(".safetensors"))
            package = package_bytes(config, weights, weights_bytes / dtype_bytes)
            self._check_disk(total - done[0] + package, f"{repo_id} ({weights})")
            for remote in files:
                fetch(remote)
            source = {"repo_id": repo_id, "revision": commit}
            info = self._install_converted(staging, name, weights, source, report, cancel)
        shutil.rmtree(staging, ignore_errors=True)
        return info

    def import_folder(
        self,
        src: Path,
        *,
        weights: str = "fp32",
        name: str | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> ModelInfo:
        """Install an Oriel package (copied and checked) or a Hugging Face checkpoint (converted)."""
        if (src / MANIFEST).exists():
            return self.import_package(src, name=name, progress=progress, cancel=cancel)
        return self.import_checkpoint(src, weights=weights, name=name, progress=progress, cancel=cancel)

    def import_checkpoint(
        self,
        src: Path,
        *,
        weights: str = "fp32",
        name: str | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> ModelInfo:
        name = self._new_name(name or f"{src.name}-{weights}")
        _check_weights(weights)
        if not (src / "config.json").is_file():
            raise UserError(
                ErrorCode.CONVERSION_FAILED,
                f"{src} is neither an Oriel model package nor a Hugging Face model folder (no config.json)",
            )
        config, dtype_bytes = _read_config(src / "config.json")
        weights_bytes = sum(p.stat().st_size for p in src.glob("*.safetensors"))
        package = package_bytes(config, weights, weights_bytes / dtype_bytes)
        self._check_disk(package, str(src))
        with cancellable("import"), disk_errors(self.root, lambda: package):
            source = {"path": str(src.resolve())}
            return self._install_converted(src, name, weights, source, Throttle(progress), cancel)

    def import_package(
        self,
        src: Path,
        *,
        name: str | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> ModelInfo:
        try:
            package = ModelPackage.open(src)
        except PackageError as e:
            raise UserError(ErrorCode.MODEL_DAMAGED, str(e)) from e
        final = self.root / self._new_name(name or src.name)
        files = [*package.manifest["files"].items(), (MANIFEST, {"size": (src / MANIFEST).stat().st_size})]
        total = sum(info["size"] for _, info in files) or 1
        self._check_disk(total, str(src))
        report = Throttle(progress)
        done = [0]

        def on_bytes(n: int) -> None:
            done[0] += n
            report("copy", done[0] / total, f"{size_text(done[0])} of {size_text(total)}")

        with (
            cancellable("import"),
            disk_errors(self.root, lambda: total - done[0]),
            atomic_folder(final) as out,
        ):
            for file_name, info in files:
                # Names were checked by ModelPackage.open: each stays inside `src`, and so inside `out`.
                with open(src / file_name, "rb") as f, open(out / file_name, "wb") as copy:
                    digest = hash_file(f, on_bytes, cancel, copy)
                if file_name != MANIFEST and digest != info["sha256"]:
                    raise UserError(
                        ErrorCode.MODEL_DAMAGED,
                        f"{src} is damaged: {file_name} does not match its checksum; it was not imported",
                    )
        return self._info(final)

    def _install_converted(
        self,
        src: Path,
        name: str,
        weights: str,
        source: dict[str, str],
        report: Progress,
        cancel: threading.Event | None,
    ) -> ModelInfo:
        """Convert `src` beside the store's packages, record where it came from, rename it into place."""
        from runtime.convert.converter import ConversionError, DiskFull, convert

        def on_convert(fraction: float, what: str) -> None:
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            report("convert", fraction, what)

        staging = self.root / f".{name}.staging-{os.getpid()}"
        final = self.root / name
        try:
            convert(src, staging, weights=weights, overwrite=True, progress=on_convert)
            manifest = read_json(staging / MANIFEST)
            write_json_atomically(staging / MANIFEST, {**manifest, "source": source})
            if final.exists():
                raise UserError(ErrorCode.MODEL_EXISTS, f"a model named {name} appeared meanwhile")
            staging.rename(final)
        except DiskFull as e:
            raise UserError(ErrorCode.NOT_ENOUGH_DISK, str(e)) from e
        except ConversionError as e:
            raise UserError(ErrorCode.CONVERSION_FAILED, f"{src} could not be converted: {e}") from e
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        report("convert", 1.0, "installed")
        return self._info(final)

    # -- checking and removing -----------------------------------------------------------------

    def verify(
        self, name: str, *, progress: Progress | None = None, cancel: threading.Event | None = None
    ) -> None:
        """Check every file of an installed package against its manifest's sha256."""
        path = self.path_of(name)
        try:
            package = ModelPackage.open(path)
        except PackageError as e:
            raise UserError(ErrorCode.MODEL_DAMAGED, f"{e}; delete it and install it again") from e
        files = package.manifest["files"]
        total = sum(info["size"] for info in files.values()) or 1
        report, done = Throttle(progress), [0]

        def on_bytes(n: int) -> None:
            done[0] += n
            report("verify", done[0] / total, f"{size_text(done[0])} of {size_text(total)}")

        with cancellable("check"):
            for file_name, info in files.items():
                with open(path / file_name, "rb") as f:
                    if hash_file(f, on_bytes, cancel) != info["sha256"]:
                        raise UserError(
                            ErrorCode.MODEL_DAMAGED,
                            f"{name} is damaged: {file_name} does not match its checksum; "
                            "delete it and install it again",
                        )

    def delete(self, name: str) -> None:
        path = self.path_of(name)
        doomed = self.root / f".{name}.deleting-{os.getpid()}"
        path.rename(doomed)  # gone from the list at once, even if removing the files takes a while
        shutil.rmtree(doomed, ignore_errors=True)

    # -- helpers ---------------------------------------------------------------------------------

    def _new_name(self, name: str) -> str:
        if (self.root / _valid_name(name)).exists():
            raise UserError(
                ErrorCode.MODEL_EXISTS, f"a model named {name} is already installed: delete it first"
            )
        return name

    def _check_disk(self, needed: float, what: str) -> None:
        free = self._disk_free(self.root)
        if needed + _DISK_MARGIN > free:
            raise UserError(
                ErrorCode.NOT_ENOUGH_DISK,
                f"Installing {what} needs about {size_text(needed + _DISK_MARGIN)} of free disk space in "
                f"{self.root}, but only {size_text(free)} is free. Free some space or choose another "
                "models folder.",
            )

    def _sweep(self) -> None:
        """Remove what interrupted jobs of processes that no longer run left behind, and
        downloads nobody resumed for ABANDONED_SECONDS."""
        for path in self.root.iterdir():
            match = _LEFTOVER.fullmatch(path.name)
            if match and int(match.group(1)) != os.getpid() and not psutil.pid_exists(int(match.group(1))):
                shutil.rmtree(path, ignore_errors=True)
        downloads = self.root / DOWNLOADS
        if downloads.is_dir():
            old = time.time() - ABANDONED_SECONDS
            for folder in downloads.iterdir():
                if folder.is_dir() and _last_written(folder) < old:
                    shutil.rmtree(folder, ignore_errors=True)

    def _drop_superseded(self, staging: Path) -> None:
        """A new download of a repository: its folders for other commits can never be resumed
        (the hub names the newest commit now), so they go before the disk space is checked."""
        repo = staging.name.rsplit("@", 1)[0]
        for folder in staging.parent.glob(f"{repo}@*"):
            if folder != staging and folder.is_dir():
                shutil.rmtree(folder, ignore_errors=True)


def package_bytes(config: ModelConfig, weights: str, source_parameters: float) -> float:
    """About the size of the package a conversion writes: the text decoder in `weights`, the rest
    of the checkpoint's parameters (the vision encoder; multi-token-prediction weights, which are
    skipped, make this an over-estimate) in fp32."""
    from runtime.convert.converter import expected_text_shapes

    shapes = expected_text_shapes(config.text, config.text.tie_word_embeddings)
    text = sum(math.prod(s) for s in shapes.values())
    rest = max(source_parameters - text, 0.0)
    return text * _BYTES_PER_WEIGHT.get(weights, 4.0) + rest * 4.0


def _valid_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise UserError(
            ErrorCode.INVALID_REQUEST,
            f"'{name}' cannot name a model: use letters, digits, '.', '_' and '-' (at most 100)",
        )
    return name


def _check_weights(weights: str) -> None:
    from runtime.convert.converter import WEIGHT_FORMATS

    if weights not in WEIGHT_FORMATS:
        raise UserError(
            ErrorCode.INVALID_REQUEST,
            f"unknown weight format '{weights}' (choose from {', '.join(WEIGHT_FORMATS)})",
        )


def _read_config(path: Path) -> tuple[ModelConfig, int]:
    """A checkpoint's config and the bytes per weight of its tensors (Qwen3.5 ships bfloat16)."""
    raw = read_json(path)
    try:
        config = parse_hf_config(raw)
    except (ConfigError, ValueError, KeyError, TypeError) as e:
        raise UserError(ErrorCode.CONVERSION_FAILED, f"{path} does not describe a Qwen3.5 model: {e}") from e
    text = raw.get("text_config")
    dtype = (
        (text.get("dtype") if isinstance(text, dict) else None)
        or raw.get("dtype")
        or raw.get("torch_dtype")
        or "bfloat16"
    )
    return config, _SOURCE_DTYPE_BYTES.get(str(dtype), 2)


def _last_written(folder: Path) -> float:
    """When anything in `folder` last changed (a download's .part file grows as it arrives)."""
    times = [folder.stat().st_mtime]
    with contextlib.suppress(OSError):
        times += [p.stat().st_mtime for p in folder.rglob("*")]
    return max(times)


def _bytes_on_disk(dest: Path) -> int:
    """How much of a download is already here, finished or in its .part file."""
    for candidate in (dest, dest.with_name(dest.name + hub.PART_SUFFIX)):
        if candidate.exists():
            return candidate.stat().st_size
    return 0

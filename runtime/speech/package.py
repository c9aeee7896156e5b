"""Speech models in the model store: downloaded from the hub or imported from a folder, then found.

A speech package is an ordinary store package (runtime.package: manifest.json with every file's
size and sha256, written in a hidden folder and renamed into place), so the store lists, checks
and deletes it like a chat model. Its manifest says `"kind": "speech"`, and it holds one weight
variant of an ONNX Whisper model, flat:

    manifest.json                                       kind, family, source, weights
    encoder_model{v}.onnx (+ encoder_model{v}.onnx_data for the large models)
    decoder_model_merged{v}.onnx   or   decoder_model{v}.onnx + decoder_with_past_model{v}.onnx
    config.json, generation_config.json, preprocessor_config.json, tokenizer.json

Downloads come from repositories in Hugging Face's ONNX layout (onnx-community/whisper-*: the
graphs in onnx/, one file per variant), fetched through runtime.store.hub: resumable, and every
file checked against the hash the hub lists before it is used.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from runtime.contained_paths import UnsafePath, inside
from runtime.errors import UserError
from runtime.package import atomic_folder, write_manifest
from runtime.protocol import ErrorCode, ModelInfo
from runtime.speech.transcriber import variants
from runtime.speech.whisper import DECODER, ENCODER, MERGED, WITH_PAST
from runtime.store import ModelStore, hub
from runtime.store.io import Cancelled, Progress, Throttle, cancellable, disk_errors, size_text
from runtime.store.store import DOWNLOADS

KIND = "speech"
# The model Oriel suggests (README, "Voice input": the measurements behind the choice).
RECOMMENDED_REPO = "onnx-community/whisper-base"
RECOMMENDED_WEIGHTS = "int8"
# Weight formats -> the file suffix of Hugging Face's ONNX exports.
WEIGHTS = {
    "fp32": "",
    "fp16": "_fp16",
    "int8": "_int8",
    "quantized": "_quantized",
    "uint8": "_uint8",
    "q4": "_q4",
}
CONFIG_FILES = ("config.json", "generation_config.json", "preprocessor_config.json", "tokenizer.json")


def variant_of(weights: str) -> str:
    if weights not in WEIGHTS:
        raise UserError(
            ErrorCode.INVALID_REQUEST,
            f"unknown weight format '{weights}' for a speech model (choose from {', '.join(WEIGHTS)})",
        )
    return WEIGHTS[weights]


def graph_files(names: Sequence[str], variant: str) -> list[str]:
    """The graph files (with their external data) one variant needs, out of `names` (paths in a
    repository or folder): the encoder, and the merged decoder or else the two split ones."""
    base = {n.rsplit("/", 1)[-1]: n for n in names}

    def with_data(graph: str) -> list[str]:
        return [path for name, path in base.items() if name == graph or name.startswith(graph + "_data")]

    encoder, merged = ENCODER.format(variant), MERGED.format(variant)
    split = [DECODER.format(variant), WITH_PAST.format(variant)]
    decoders = [merged] if merged in base else split
    missing = [g for g in [encoder, *decoders] if g not in base]
    if missing:
        by_suffix = {v: k for k, v in WEIGHTS.items()}
        present = sorted({by_suffix.get(m.group(1), m.group(1).strip("_")) for n in base
                          if (m := re.fullmatch(r"encoder_model(.*)\.onnx", n))})  # fmt: skip
        raise UserError(
            ErrorCode.DOWNLOAD_FAILED,
            f"there is no ONNX Whisper model in the {by_suffix.get(variant, variant)} format here: "
            f"{', '.join(missing)} is missing"
            + (f" (formats found: {', '.join(present)})" if present else ""),
        )
    return [path for graph in [encoder, *decoders] for path in with_data(graph)]


def download_speech_model(
    store: ModelStore,
    repo_id: str,
    *,
    revision: str = "main",
    weights: str = RECOMMENDED_WEIGHTS,
    name: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ModelInfo:
    """Download one variant of an ONNX Whisper repository (resuming an earlier attempt), install it."""
    variant = variant_of(weights)
    name = store._new_name(name or f"{repo_id.rsplit('/', 1)[-1]}-{weights}")
    report = Throttle(progress)
    report("download", 0.0, f"asking {hub.endpoint()} about {repo_id}")
    patterns = [*CONFIG_FILES, "*encoder_model*.onnx*", "*decoder_*model*.onnx*"]  # every variant's
    commit, listed = hub.list_files(repo_id, revision, patterns, weights_suffix=".onnx", subfolders=True)
    wanted = set(graph_files([f.path for f in listed], variant))
    configs = {f.path for f in listed if f.path in CONFIG_FILES}
    if missing := sorted(set(CONFIG_FILES) - configs):
        raise UserError(
            ErrorCode.DOWNLOAD_FAILED, f"{repo_id} is not a Whisper model: it has no {missing[0]}"
        )
    files = [f for f in listed if f.path in wanted or f.path in configs]
    staging = store.root / DOWNLOADS / f"{repo_id.replace('/', '--')}@{commit}"
    total = sum(f.size for f in files) or 1
    done = [sum(f.size for f in files if (staging / f.path).exists())]
    store._check_disk(2 * total - done[0], f"{repo_id} ({weights})")  # the download and the package
    with cancellable("download"), disk_errors(store.root, lambda: 2 * total - done[0]):
        for remote in files:
            if (staging / remote.path).exists():
                continue

            def on_bytes(n: int, path: str = remote.path) -> None:
                done[0] += n
                report("download", done[0] / total, f"{path}: {size_text(done[0])} of {size_text(total)}")

            hub.fetch(repo_id, commit, remote, staging / remote.path, on_bytes=on_bytes, cancel=cancel,
                      retry_delays=store._retry_delays)  # fmt: skip
        source = {"repo_id": repo_id, "revision": commit}
        info = _install(store, staging, [f.path for f in files], name, source, weights, report, cancel)
    shutil.rmtree(staging, ignore_errors=True)
    return info


def is_speech_folder(path: Path) -> bool:
    """Whether `path` is a Whisper model in Hugging Face's ONNX layout (what `import_speech_folder` takes)."""
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(config, dict) and config.get("model_type") == "whisper" and bool(variants(path))


def import_speech_folder(
    store: ModelStore,
    src: Path,
    *,
    weights: str | None = None,
    name: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ModelInfo:
    """Install a local ONNX Whisper folder (for machines without internet); `weights` None takes
    the best variant it holds."""
    if weights is None:
        found = variants(src)
        by_suffix = {v: k for k, v in WEIGHTS.items()}
        weights = next((by_suffix[v] for v in found if v in by_suffix), "fp32")
    variant = variant_of(weights)
    name = store._new_name(name or f"{src.name}-{weights}")
    rel = [
        str(p.relative_to(src)) for where in (src, src / "onnx") if where.is_dir() for p in where.iterdir()
    ]
    paths = graph_files(rel, variant) + [c for c in CONFIG_FILES if (src / c).is_file()]
    if missing := sorted(set(CONFIG_FILES) - set(paths)):
        raise UserError(ErrorCode.CONVERSION_FAILED, f"{src} is not a Whisper model: it has no {missing[0]}")
    needed = sum((src / p).stat().st_size for p in paths)
    store._check_disk(needed, str(src))
    with cancellable("import"), disk_errors(store.root, lambda: needed):
        source = {"path": str(src.resolve())}
        return _install(store, src, paths, name, source, weights, Throttle(progress), cancel)


def _install(
    store: ModelStore,
    src: Path,
    paths: Sequence[str],
    name: str,
    source: dict[str, str],
    weights: str,
    report: Progress,
    cancel: threading.Event | None,
) -> ModelInfo:
    """Link (or copy) `paths` of `src` flat into a new package, hash them into its manifest."""
    total = sum((src / p).stat().st_size for p in paths) or 1
    done = 0
    with atomic_folder(store.root / name) as out:
        for path in paths:
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            try:
                original = inside(src, path, str(src))
            except UnsafePath as e:
                raise UserError(ErrorCode.CONVERSION_FAILED, f"{e}; nothing was installed") from e
            target = out / Path(path).name
            try:
                os.link(original, target)  # same disk: no copy, and the download folder goes after
            except OSError:
                shutil.copyfile(original, target)
            done += target.stat().st_size
            report("install", done / total, f"{size_text(done)} of {size_text(total)}")
        write_manifest(
            out,
            {
                "kind": KIND,
                "family": "whisper",
                "source": source,
                "weights": {"format": weights},
                "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            },
        )
    return store.info(name)


def find_speech_model(store: ModelStore, name: str | None = None) -> Path:
    """The folder of the speech model `name`, or of the first one installed."""
    missing = (
        f"No speech model is installed in {store.root}. Download one in Oriel's Settings (Model tab, "
        f"“Speech model (voice input)”: Oriel suggests {RECOMMENDED_REPO}, {RECOMMENDED_WEIGHTS}), "
        "or import a Whisper ONNX folder there."
    )
    return store.find_kind(KIND, name, missing=missing)

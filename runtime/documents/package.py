"""Embedding models in the model store: downloaded from the hub or imported from a folder,
converted (runtime.documents.embedder), then found. The pattern of runtime.speech.package.

An embedding package is an ordinary store package (manifest.json with every file's size and
sha256, built in a hidden folder and renamed into place), so the store lists, checks and deletes
it like a chat model. Its manifest says `"kind": "embedding"`:

    manifest.json                         kind, family (bert / xlm-roberta), source, weights
    encoder.onnx, encoder.onnx.data       the encoder graph (runtime.documents.embedder)
    word_embeddings*.npy                  the token table (fp32, or int8/int4 blocks)
    tokenizer.json, embedding.json        tokenizer; pooling, prefixes, max length

The source is a Hugging Face folder in the safetensors layout (config.json, model.safetensors,
tokenizer.json; sentence-transformers' 1_Pooling/config.json where present): conversion needs
no torch.
"""

from __future__ import annotations

import json
import shutil
import threading
import time
from pathlib import Path

from runtime.convert.checkpoint import CheckpointError
from runtime.convert.quantize import WeightFormat
from runtime.documents.embedder import MODEL_TYPES, OnnxEmbedder, convert_encoder
from runtime.errors import UserError
from runtime.package import atomic_folder, write_manifest
from runtime.protocol import ErrorCode, ModelInfo
from runtime.store import ModelStore, hub
from runtime.store.io import Cancelled, Progress, Throttle, cancellable, disk_errors, size_text
from runtime.store.store import DOWNLOADS

KIND = "embedding"
# README, "Documents": chosen from published retrieval scores (Mr. TyDi, MIRACL, MTEB).
RECOMMENDED_REPO = "intfloat/multilingual-e5-small"
RECOMMENDED_WEIGHTS = "int8"
SOURCE_FILES = (
    "config.json",
    "tokenizer.json",
    "model.safetensors",
    "1_Pooling/config.json",
    "config_sentence_transformers.json",
)


def is_embedding_folder(path: Path) -> bool:
    """Whether `path` holds a BERT/XLM-R encoder in safetensors with a tokenizer.json."""
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        isinstance(config, dict)
        and config.get("model_type") in MODEL_TYPES
        and (path / "tokenizer.json").is_file()
        and any(path.glob("*.safetensors"))
    )


def import_embedding_folder(
    store: ModelStore,
    src: Path,
    *,
    weights: str = RECOMMENDED_WEIGHTS,
    name: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    source: dict[str, str] | None = None,
) -> ModelInfo:
    """Convert a local Hugging Face encoder folder into an embedding package in the store."""
    fmt = _format(weights)
    name = store._new_name(name or f"{src.name}-{weights}")
    report = Throttle(progress)
    weights_bytes = sum(p.stat().st_size for p in src.glob("*.safetensors"))
    store._check_disk(weights_bytes * (1.0 if fmt.bits is None else 0.5), str(src))
    with cancellable("import"), disk_errors(store.root), atomic_folder(store.root / name) as out:
        report("convert", 0.0, f"converting {src.name} ({fmt.describe()})")
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        try:
            convert_encoder(src, out, fmt)
            family = json.loads((out / "embedding.json").read_text(encoding="utf-8"))["model_type"]
        except CheckpointError as e:
            raise UserError(ErrorCode.CONVERSION_FAILED, f"{src} could not be converted: {e}") from e
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        write_manifest(
            out,
            {
                "kind": KIND,
                "family": family,
                "source": source or {"path": str(src.resolve())},
                "weights": {"format": weights},
                "graphs": {"encoder": "encoder.onnx"},
                "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            },
        )
        report("convert", 1.0, "installed")
    return store.info(name)


def download_embedding_model(
    store: ModelStore,
    repo_id: str = RECOMMENDED_REPO,
    *,
    revision: str = "main",
    weights: str = RECOMMENDED_WEIGHTS,
    name: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ModelInfo:
    """Download a safetensors encoder repository (resuming an earlier attempt), convert, install."""
    _format(weights)
    name = store._new_name(name or f"{repo_id.rsplit('/', 1)[-1]}-{weights}")
    report = Throttle(progress)
    report("download", 0.0, f"asking {hub.endpoint()} about {repo_id}")
    commit, listed = hub.list_files(repo_id, revision, SOURCE_FILES, subfolders=True)
    present = {f.path for f in listed}
    if missing := [f for f in ("config.json", "tokenizer.json") if f not in present]:
        raise UserError(
            ErrorCode.DOWNLOAD_FAILED, f"{repo_id} is not an embedding model: it has no {missing[0]}"
        )
    staging = store.root / DOWNLOADS / f"{repo_id.replace('/', '--')}@{commit}"
    total = sum(f.size for f in listed) or 1
    done = [sum(f.size for f in listed if (staging / f.path).exists())]
    store._check_disk(1.5 * total - done[0], f"{repo_id} ({weights})")
    with cancellable("download"), disk_errors(store.root):
        for remote in listed:
            if (staging / remote.path).exists():
                continue

            def on_bytes(n: int, path: str = remote.path) -> None:
                done[0] += n
                report("download", done[0] / total, f"{path}: {size_text(done[0])} of {size_text(total)}")

            hub.fetch(repo_id, commit, remote, staging / remote.path, on_bytes=on_bytes, cancel=cancel,
                      retry_delays=store._retry_delays)  # fmt: skip
    info = import_embedding_folder(
        store,
        staging,
        weights=weights,
        name=name,
        progress=progress,
        cancel=cancel,
        source={"repo_id": repo_id, "revision": commit},
    )
    shutil.rmtree(staging, ignore_errors=True)
    return info


def find_embedding_model(store: ModelStore, name: str | None = None) -> Path:
    """The folder of the embedding model `name`, or of the first one installed."""
    missing = (
        f"No embedding model is installed in {store.root}: documents are searched by words only. "
        f"Download one (Oriel suggests {RECOMMENDED_REPO}, {RECOMMENDED_WEIGHTS}), or import a "
        "Hugging Face encoder folder."
    )
    return store.find_kind(KIND, name, missing=missing)


def load_embedder(store: ModelStore, name: str | None = None) -> OnnxEmbedder:
    return OnnxEmbedder(find_embedding_model(store, name))


def _format(weights: str) -> WeightFormat:
    try:
        return WeightFormat(weights)
    except ValueError as e:
        raise UserError(ErrorCode.INVALID_REQUEST, f"{e} for an embedding model") from e

"""The worker's store lane: model store requests in, progress and results out."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from runtime.errors import UserError
from runtime.protocol import (
    DeleteModel,
    DownloadModel,
    ErrorCode,
    Event,
    ImportModel,
    ListModels,
    ModelDeleted,
    ModelInstalled,
    ModelList,
    ModelVerified,
    Progress,
    Request,
    VerifyModel,
)
from runtime.speech.package import download_speech_model, import_speech_folder, is_speech_folder
from runtime.store import ModelStore


class StoreJobs:
    def __init__(self, emit: Callable[[Event], None], *, loaded_package: Callable[[], str | None]) -> None:
        self._emit = emit
        self._loaded_package = loaded_package

    def run(self, request: Request, cancel: threading.Event) -> None:
        assert isinstance(request, ListModels | DownloadModel | ImportModel | VerifyModel | DeleteModel)
        rid = request.request_id
        try:
            store = ModelStore(Path(request.store_dir) if request.store_dir else None)
        except OSError as e:
            raise UserError(
                ErrorCode.INTERNAL, f"cannot use {e.filename} as the models folder: {e.strerror or e}"
            ) from e

        def progress(stage: str, fraction: float, detail: str) -> None:
            self._emit(Progress(rid, stage, fraction, detail))

        if isinstance(request, ListModels):
            self._emit(ModelList(rid, str(store.root), tuple(store.installed())))
        elif isinstance(request, DownloadModel) and request.kind == "speech":
            model = download_speech_model(
                store,
                request.repo_id,
                revision=request.revision,
                weights=request.weights,
                name=request.name,
                progress=progress,
                cancel=cancel,
            )
            self._emit(ModelInstalled(rid, model))
        elif isinstance(request, ImportModel) and is_speech_folder(Path(request.path)):
            model = import_speech_folder(
                store, Path(request.path), name=request.name, progress=progress, cancel=cancel
            )
            self._emit(ModelInstalled(rid, model))
        elif isinstance(request, DownloadModel):
            model = store.download(
                request.repo_id,
                revision=request.revision,
                weights=request.weights,
                name=request.name,
                progress=progress,
                cancel=cancel,
            )
            self._emit(ModelInstalled(rid, model))
        elif isinstance(request, ImportModel):
            model = store.import_folder(
                Path(request.path),
                weights=request.weights,
                name=request.name,
                progress=progress,
                cancel=cancel,
            )
            self._emit(ModelInstalled(rid, model))
        elif isinstance(request, VerifyModel):
            store.verify(request.name, progress=progress, cancel=cancel)
            self._emit(ModelVerified(rid, request.name))
        else:
            loaded = self._loaded_package()
            if loaded is not None and Path(loaded).resolve() == store.path_of(request.name).resolve():
                raise UserError(
                    ErrorCode.MODEL_IN_USE,
                    f"{request.name} is loaded: choose another model before deleting it",
                )
            store.delete(request.name)
            self._emit(ModelDeleted(rid, request.name))

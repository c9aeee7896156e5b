"""Which models are installed, which one is loaded, and the one download or import in progress.

All of it is worker requests sent through EngineClient. The manager keeps the loaded model in
step with the settings: when the worker becomes ready, when the user picks another size,
provider, context length or folder, and when a download finishes, it loads the chosen model,
so switching 2B <-> 4B takes effect without restarting the app. While a remote engine answers
(app.engine.remote), no local model is loaded.

Speech models (Whisper, for voice input) live in the same store and use the same one job at a
time; `job_kind` says which part of the window started the job.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.chat.session import error_text
from app.engine.client import EngineClient, EngineState
from app.settings.models import MODELS, ModelSpec, SpeechSpec, installed, spec
from app.settings.values import Settings
from runtime.protocol import Error, ErrorCode, ModelInfo, ModelInstalled, ModelList, Progress

RELOAD_KEYS = {"model/size", "model/provider", "model/context_length", "model/folder"}


class ModelManager(QObject):
    packagesChanged = Signal()
    jobProgress = Signal(float, str)  # fraction, detail
    jobFinished = Signal(bool, str)  # succeeded, message for the user ("" on success)

    def __init__(self, engine: EngineClient, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.settings = settings
        self.packages: tuple[ModelInfo, ...] = ()
        self.store_dir = ""  # the folder the worker reported
        self.listed = False
        self.job: str | None = None
        self.job_model: str | None = None  # the size being downloaded, if any
        self.job_kind = "chat"  # of the job in progress, or of the last one: "chat" | "speech"
        self._list_request: str | None = None
        self._reload_wanted = False  # provider or context changed: reload even the same package
        self._relist_wanted = False
        # Several settings change at once when the dialog is accepted: apply them in one go.
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(0)
        self._apply_timer.timeout.connect(self._apply_settings)
        engine.ready.connect(self.refresh)
        engine.modelsListed.connect(self._on_list)
        engine.modelInstalled.connect(self._on_installed)
        engine.modelDeleted.connect(self.refresh)
        engine.progress.connect(self._on_progress)
        engine.errorOccurred.connect(self._on_error)
        settings.changed.connect(self._on_setting)

    def installed(self, model: ModelSpec) -> ModelInfo | None:
        return installed(model, self.packages)

    def selected_installed(self) -> bool:
        return self.installed(spec(self.settings.model)) is not None

    def any_installed(self) -> bool:
        return any(self.installed(m) for m in MODELS)

    def speech_packages(self) -> tuple[ModelInfo, ...]:
        return tuple(p for p in self.packages if p.kind == "speech" and not p.problem)

    def speech_model(self) -> ModelInfo | None:
        """The speech model voice input uses: the one chosen in settings, else the first installed."""
        found = self.speech_packages()
        chosen = [p for p in found if p.name == self.settings.speech_model]
        return next(iter(chosen or found), None)

    # -- requests --------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.engine.state not in (EngineState.STOPPED, EngineState.STARTING, EngineState.UNAVAILABLE):
            self._list_request = self.engine.list_models(self.settings.store_dir)

    def load_selected(self) -> None:
        """Load the size chosen in settings, if it is installed and not already loaded."""
        package = self.installed(spec(self.settings.model))
        if package is None or self.engine.remote:
            return
        if self.engine.state in (EngineState.UNAVAILABLE, EngineState.STARTING):
            return
        loaded = self.engine.loaded
        if loaded is not None and loaded.package_dir == package.path and not self._reload_wanted:
            return
        self._reload_wanted = False
        self.engine.load_model(package.path, self.settings.provider, self.settings.context_length)

    def download(self, key: str) -> None:
        if self.job is None:
            self.job_model, self.job_kind = key, "chat"
            self.job = self.engine.download_model(spec(key).repo_id, self.settings.store_dir)

    def download_speech(self, model: SpeechSpec) -> None:
        if self.job is None:
            self.job_model, self.job_kind = None, "speech"
            self.job = self.engine.download_model(
                model.repo_id, self.settings.store_dir, kind="speech", weights=model.weights
            )

    def import_folder(self, path: str, kind: str = "chat") -> None:
        """Import a checkpoint or package folder; `kind` only says which row shows the progress
        (the store recognises a Whisper folder by itself)."""
        if self.job is None:
            self.job_model, self.job_kind = None, kind
            self.job = self.engine.import_model(path, self.settings.store_dir)

    def cancel_job(self) -> None:
        if self.job is not None:
            self.engine.cancel(self.job)

    # -- events ----------------------------------------------------------------------------------

    @Slot(object)
    def _on_list(self, listing: ModelList) -> None:
        if listing.request_id != self._list_request:
            return
        self.packages = listing.models
        self.store_dir = listing.store_dir
        self.listed = True
        self.packagesChanged.emit()
        self.load_selected()

    @Slot(object)
    def _on_installed(self, event: ModelInstalled) -> None:
        if event.request_id == self.job:
            self.job = None
            if event.model.kind == "speech":  # the one just installed is the one wanted
                self.settings.speech_model = event.model.name
            self.jobFinished.emit(True, "")
        self.refresh()

    @Slot(object)
    def _on_progress(self, progress: Progress) -> None:
        if progress.request_id == self.job:
            self.jobProgress.emit(progress.fraction, progress.detail)

    @Slot(object)
    def _on_error(self, error: Error) -> None:
        if self.job is None or error.request_id not in (self.job, None):
            return
        if error.request_id is None and error.code != ErrorCode.WORKER_CRASHED:
            return
        self.job = None
        if error.code == ErrorCode.CANCELLED:
            self.jobFinished.emit(
                False, self.tr("Paused. What was downloaded is kept: start again to resume.")
            )
        else:
            # The store's own words, except where ours say it better (and in the user's language).
            translated = error.code == ErrorCode.HUB_UNREACHABLE or not error.message
            self.jobFinished.emit(False, error_text(error) if translated else error.message)

    def _on_setting(self, key: str) -> None:
        if key in RELOAD_KEYS:
            self._reload_wanted |= key in ("model/provider", "model/context_length")
            self._relist_wanted |= key == "model/folder"
            self._apply_timer.start()

    def _apply_settings(self) -> None:
        if self._relist_wanted:
            self._relist_wanted = False
            self.refresh()  # loads the selected model once the new folder is listed
        else:
            self.load_selected()

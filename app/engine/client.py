"""The GUI's bridge to the engines (as qutebrowser's `guiprocess` wraps QProcess).

`EngineClient` sends requests through a `runtime.transport.Router` (which picks the local worker
or a remote engine, and knows which model is loaded) and re-emits every protocol event as the Qt
signal of its type (`SIGNALS`), on the GUI thread, whatever thread the engine calls back from. It
keeps only the window's own state: whether the engine is up, and which of its requests runs.
An event type without a signal is logged, never dropped in silence.
"""

from __future__ import annotations

import enum
import itertools
import logging
from typing import ClassVar, Literal

from PySide6.QtCore import QObject, Signal, SignalInstance

from app.engine.mailbox import Mailbox
from runtime.protocol import (
    DEFAULT_CONTEXT_LENGTH,
    PROTOCOL_VERSION,
    Cancel,
    DeleteModel,
    DownloadModel,
    Error,
    ErrorCode,
    Event,
    Finished,
    Generate,
    ImageSkipped,
    ImportModel,
    ListModels,
    LoadModel,
    Message,
    ModelDeleted,
    ModelInstalled,
    ModelList,
    ModelLoaded,
    ModelUnloaded,
    ModelVerified,
    Progress,
    Ready,
    Request,
    Sampling,
    Status,
    TextDelta,
    ToolCallInvalid,
    ToolCallProposed,
    Transcribe,
    Transcript,
    UnloadModel,
    request_id_of,
)
from runtime.transport import Router, Transport

log = logging.getLogger(__name__)

# The window's answers are longer than the protocol's default allows.
WINDOW_MAX_NEW_TOKENS = 4096


def default_transport() -> Transport:
    """The real worker client (`runtime.worker.client.WorkerClient`): the local engine."""
    from runtime.worker.client import WorkerClient

    return WorkerClient()


def remote_transport(base_url: str, model: str, api_key: str | None) -> Transport:
    """A remote OpenAI-compatible server behind the same protocol events as the worker. Only for a
    user who turned it on; raises `runtime.remote.RemoteConfigError` with a message for the settings
    dialog when the URL is unusable. Its `ModelLoaded.provider` is "remote" and `provider_reason`
    says where messages go."""
    from runtime.remote import RemoteConfig, RemoteEngineClient

    return RemoteEngineClient(RemoteConfig(base_url, model, api_key=api_key))


class EngineState(enum.Enum):
    STOPPED = "stopped"  # not started, or shut down
    STARTING = "starting"  # waiting for Ready
    NO_MODEL = "no_model"  # worker ready, nothing loaded
    LOADING = "loading"
    IDLE = "idle"  # a model is loaded
    GENERATING = "generating"
    UNAVAILABLE = "unavailable"  # the worker failed the handshake (another protocol version)


class EngineClient(QObject):
    """Qt face of the engines: methods send requests, one signal per event type carries it back."""

    ready = Signal(object)  # Ready
    progress = Signal(object)  # Progress
    modelLoaded = Signal(object)  # ModelLoaded
    modelUnloaded = Signal(object)  # ModelUnloaded
    textDelta = Signal(object)  # TextDelta
    imageSkipped = Signal(object)  # ImageSkipped
    toolCallProposed = Signal(object)  # ToolCallProposed (only for a Generate with tools)
    toolCallInvalid = Signal(object)  # ToolCallInvalid
    finished = Signal(object)  # Finished
    errorOccurred = Signal(object)  # Error
    statusReceived = Signal(object)  # Status
    modelsListed = Signal(object)  # ModelList
    modelInstalled = Signal(object)  # ModelInstalled
    modelVerified = Signal(object)  # ModelVerified
    modelDeleted = Signal(object)  # ModelDeleted
    transcriptReady = Signal(object)  # Transcript (voice input: app.voice.input)
    stateChanged = Signal()

    # Each protocol event type and the signal that carries it.
    SIGNALS: ClassVar[dict[type, str]] = {
        Ready: "ready",
        Progress: "progress",
        ModelLoaded: "modelLoaded",
        ModelUnloaded: "modelUnloaded",
        TextDelta: "textDelta",
        ImageSkipped: "imageSkipped",
        ToolCallProposed: "toolCallProposed",
        ToolCallInvalid: "toolCallInvalid",
        Finished: "finished",
        Error: "errorOccurred",
        Status: "statusReceived",
        ModelList: "modelsListed",
        ModelInstalled: "modelInstalled",
        ModelVerified: "modelVerified",
        ModelDeleted: "modelDeleted",
        Transcript: "transcriptReady",
    }

    def __init__(self, router: Router, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.router = router
        self._ids = itertools.count(1)
        self._state = EngineState.STOPPED
        self.providers: tuple[str, ...] = ()
        self.generating: str | None = None  # request id of the answer in progress
        self._loading: str | None = None
        self._mailbox = Mailbox(self)  # the engines call back from their own threads
        self._started = False

    @property
    def state(self) -> EngineState:
        return self._state

    @property
    def loaded(self) -> ModelLoaded | None:
        """The model the engine in use has loaded (the Router's one record of it)."""
        return self.router.loaded

    @property
    def remote(self) -> bool:
        """Whether a remote engine answers the chats (`set_remote`) instead of the local worker."""
        return self.router.remote is not None

    def _set_state(self, state: EngineState) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit()

    def _next_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids)}"

    def _idle(self) -> EngineState:
        return EngineState.IDLE if self.loaded else EngineState.NO_MODEL

    # -- requests --------------------------------------------------------------------------------

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        if self._state == EngineState.STOPPED:
            self._set_state(EngineState.STARTING)
        self.router.start(lambda event: self._mailbox.post(self._dispatch, event))

    def set_remote(self, transport: Transport | None) -> None:
        """Let a remote engine (`transport`) answer the chats, or the local worker again (None).

        An answer in progress is stopped and no model is loaded afterwards: the caller loads the
        one to use next.
        """
        if transport is self.router.remote:
            return
        if self.generating is not None:
            self.cancel()
        self.router.set_remote(transport)
        self.generating = self._loading = None
        if transport is not None or self.router.ready is not None:
            self._set_state(EngineState.NO_MODEL)
        else:
            self._set_state(EngineState.STARTING if self._started else EngineState.STOPPED)

    def load_model(
        self, package_dir: str, provider: str = "auto", context_length: int = DEFAULT_CONTEXT_LENGTH
    ) -> str:
        request_id = self._next_id("load-")
        self._loading = request_id
        self._set_state(EngineState.LOADING)
        self._send(LoadModel(request_id, package_dir, provider=provider, context_length=context_length))
        return request_id

    def unload_model(self) -> None:
        self._send(UnloadModel(self._next_id("unload-")))
        self._set_state(EngineState.NO_MODEL)

    def generate(
        self,
        conversation_id: str,
        messages: tuple[Message, ...],
        sampling: Sampling,
        *,
        thinking: bool | None,
        image_token_budget: int,
        max_new_tokens: int = WINDOW_MAX_NEW_TOKENS,
    ) -> str:
        request_id = self._next_id("gen-")
        self.generating = request_id
        self._set_state(EngineState.GENERATING)
        self._send(
            Generate(
                request_id,
                conversation_id,
                messages,
                sampling=sampling,
                thinking=thinking,
                max_new_tokens=max_new_tokens,
                image_token_budget=image_token_budget,
            )
        )
        return request_id

    def cancel(self, request_id: str | None = None) -> None:
        """Stop a request: by default the answer being generated."""
        target = request_id or self.generating
        if target is not None:
            self._send(Cancel(target))

    # Model store requests; `store_dir` None is the worker's default folder.

    def list_models(self, store_dir: str | None) -> str:
        request_id = self._next_id("list-")
        self._send(ListModels(request_id, store_dir))
        return request_id

    def download_model(
        self,
        repo_id: str,
        store_dir: str | None,
        *,
        kind: Literal["chat", "speech"] = "chat",
        weights: str = "int4",
    ) -> str:
        """Progress arrives as `progress`; cancel with `cancel(id)`; a new call resumes.

        Chat models are converted to int4 (what the app is built around: a 2B in fp32 is 9 GB). A
        speech model (kind "speech") is an ONNX Whisper repository, e.g. onnx-community/whisper-base
        with weights "int8" (runtime.speech.package)."""
        request_id = self._next_id("download-")
        self._send(DownloadModel(request_id, repo_id, weights=weights, store_dir=store_dir, kind=kind))
        return request_id

    def import_model(self, path: str, store_dir: str | None) -> str:
        request_id = self._next_id("import-")
        # A Hugging Face folder is converted to int4, like a download; a package is taken as it is.
        self._send(ImportModel(request_id, path, store_dir=store_dir, weights="int4"))
        return request_id

    def delete_model(self, name: str, store_dir: str | None) -> str:
        request_id = self._next_id("delete-")
        self._send(DeleteModel(request_id, name, store_dir=store_dir))
        return request_id

    def transcribe(
        self, audio_path: str, language: str | None, store_dir: str | None = None, model: str | None = None
    ) -> str:
        """Transcribe a recording with an installed speech model (`model` None: the first one); the
        text arrives as `transcriptReady`."""
        request_id = self._next_id("transcribe-")
        self._send(Transcribe(request_id, audio_path, language, model=model, store_dir=store_dir))
        return request_id

    def shutdown(self) -> None:
        self.router.shutdown()
        self._started = False
        if self._state != EngineState.UNAVAILABLE:
            self._set_state(EngineState.STOPPED)

    def _send(self, request: Request) -> None:
        self.router.send(request)

    # -- events ----------------------------------------------------------------------------------

    def _dispatch(self, event: Event) -> None:
        """On the GUI thread: follow the event in the window's state, then emit its signal."""
        if isinstance(event, Ready) and event.protocol_version != PROTOCOL_VERSION:
            event = Error(None, ErrorCode.PROTOCOL_MISMATCH, "")
        self._track(event)
        name = self.SIGNALS.get(type(event))
        if name is None:
            log.warning("no signal for the engine's %s event: dropped (%r)", type(event).__name__, event)
            return
        signal: SignalInstance = getattr(self, name)
        signal.emit(event)

    def _track(self, event: Event) -> None:
        rid = request_id_of(event)
        if isinstance(event, Ready):
            self.providers = event.providers
            if self._state in (EngineState.STARTING, EngineState.STOPPED):
                self._set_state(EngineState.NO_MODEL)
        elif isinstance(event, ModelLoaded):
            if rid == self._loading:
                self._loading = None
            if self._state != EngineState.GENERATING:
                self._set_state(EngineState.IDLE)
        elif isinstance(event, Finished) and rid == self.generating:
            self.generating = None
            self._set_state(self._idle())
        elif isinstance(event, Error):
            self._on_error(event)

    def _on_error(self, error: Error) -> None:
        if error.code == ErrorCode.PROTOCOL_MISMATCH:
            self.generating = self._loading = None
            self._set_state(EngineState.UNAVAILABLE)
        elif error.code == ErrorCode.WORKER_CRASHED and self.remote:
            pass  # the local worker's crash; the chat's state is the remote engine's
        elif error.code == ErrorCode.WORKER_CRASHED:
            # The Router reloads the model with the next request, unless loading it crashed.
            self.generating = self._loading = None
            self._set_state(self._idle())
        elif error.request_id is not None and error.request_id == self.generating:
            self.generating = None
            self._set_state(self._idle())
        elif error.request_id is not None and error.request_id == self._loading:
            self._loading = None
            self._set_state(EngineState.NO_MODEL)

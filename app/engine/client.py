"""The GUI's one wrapper around the worker process (as qutebrowser's `guiprocess` wraps QProcess).

`EngineClient` owns a `Transport` (the object that starts the worker and moves protocol messages),
hands it requests, and re-emits every protocol event as a Qt signal on the GUI thread, whatever
thread the transport calls back from. It keeps the little state the window shows: which providers
exist, which model is loaded and with what provider, and whether an answer is being generated.

The transport is a small interface so that tests run on `tests/devtools.fake_worker.py` (in-process,
same protocol) and the app on the real worker client. `default_transport()` is the single place
where the real client plugs in.

A remote engine (`set_remote`, an OpenAI-compatible server behind the same interface) can answer
the chats instead of the local worker, switched at run time; the model store and transcription
stay with the local worker whichever engine answers.
"""

from __future__ import annotations

import enum
import itertools
import threading
from collections.abc import Callable
from typing import Literal, Protocol

from PySide6.QtCore import QObject, Signal

from app.engine.mailbox import Mailbox
from runtime.protocol import (
    PROTOCOL_VERSION,
    Cancel,
    DeleteModel,
    DownloadModel,
    Error,
    ErrorCode,
    Event,
    Finished,
    Generate,
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
    Transcribe,
    Transcript,
    UnloadModel,
)


class Transport(Protocol):
    """What EngineClient needs from a worker client.

    `start` launches the worker; from then on `on_event` is called, from any thread, with each
    decoded event, starting with `Ready`. When the worker dies, each request in flight gets an
    `Error` with code `worker_crashed`; the next request restarts it (a new `Ready`) and reloads
    the model that was loaded (events with request ids of the client's own).
    """

    def start(self, on_event: Callable[[Event], None]) -> None: ...

    def send(self, request: Request) -> None: ...

    def shutdown(self) -> None: ...


def default_transport() -> Transport | None:
    """The real worker client (`runtime.worker.client.WorkerClient`), or None where it is missing.

    This is the one place where the real client plugs in: it satisfies `Transport`.
    """
    try:
        from runtime.worker.client import WorkerClient  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    client: Transport = WorkerClient()
    return client


def remote_transport(base_url: str, model: str, api_key: str | None) -> Transport:
    """Hook for the remote engine (runtime.remote, issue 10): an OpenAI-compatible server behind the
    same protocol events as the worker. Only for a user who turned it on; raises
    `runtime.remote.RemoteConfigError` with a message for the settings dialog when the URL is unusable.
    Its `ModelLoaded.provider` is "remote" and `provider_reason` says where messages go.
    """
    from runtime.remote import RemoteConfig, RemoteEngineClient

    client: Transport = RemoteEngineClient(RemoteConfig(base_url, model, api_key=api_key))
    return client


# What a remote engine answers when one is set; everything else (the store, speech) stays local.
CHAT_REQUESTS = (LoadModel, UnloadModel, Generate)


class EngineState(enum.Enum):
    STOPPED = "stopped"  # not started, or shut down
    STARTING = "starting"  # waiting for Ready
    NO_MODEL = "no_model"  # worker ready, nothing loaded
    LOADING = "loading"
    IDLE = "idle"  # a model is loaded
    GENERATING = "generating"
    UNAVAILABLE = "unavailable"  # no worker client exists, or it failed the handshake


class EngineClient(QObject):
    """Qt face of the worker: methods send requests, signals carry the events back."""

    ready = Signal(object)  # Ready
    progress = Signal(object)  # Progress
    modelLoaded = Signal(object)  # ModelLoaded
    textDelta = Signal(str, str, str)  # request_id, kind ("answer" | "thinking"), text
    finished = Signal(object)  # Finished
    errorOccurred = Signal(object)  # Error
    statusReceived = Signal(object)  # Status
    modelsListed = Signal(object)  # ModelList
    modelInstalled = Signal(object)  # ModelInstalled
    modelDeleted = Signal(object)  # ModelDeleted
    transcriptReady = Signal(object)  # Transcript (voice input: app.voice.input)
    stateChanged = Signal()

    def __init__(self, transport: Transport | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._transport = transport
        self._ids = itertools.count(1)
        self._state = EngineState.STOPPED if transport else EngineState.UNAVAILABLE
        self.providers: tuple[str, ...] = ()
        self.loaded: ModelLoaded | None = None
        self.generating: str | None = None  # request id of the answer in progress
        self._loading: str | None = None
        self._mailbox = Mailbox(self)  # the transport calls back from its own thread
        self._local_started = self._local_ready = False
        self._remote: Transport | None = None
        self._remote_ids: set[str] = set()  # requests sent to the remote engine, for their Cancel

    @property
    def state(self) -> EngineState:
        return self._state

    @property
    def remote(self) -> bool:
        """Whether a remote engine answers the chats (`set_remote`) instead of the local worker."""
        return self._remote is not None

    def _set_state(self, state: EngineState) -> None:
        if self._transport is None and self._remote is None:
            return  # no worker client at all: unavailable for good
        if state != self._state:
            self._state = state
            self.stateChanged.emit()

    def _next_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids)}"

    # -- requests --------------------------------------------------------------------------------

    def start(self) -> None:
        if self._transport is None or self._local_started:
            return
        self._local_started = True
        if self._state == EngineState.STOPPED:
            self._set_state(EngineState.STARTING)
        self._transport.start(self._receive)

    def set_remote(self, transport: Transport | None) -> None:
        """Let a remote engine (`transport`) answer the chats, or the local worker again (None).

        An answer in progress is stopped and no model is loaded afterwards (the local one is
        unloaded, which gives its memory back): the caller loads the one to use next.
        """
        if transport is self._remote:
            return
        if self.generating is not None:
            self.cancel()
        old, self._remote = self._remote, transport
        local_model = self.loaded is not None or self._loading is not None
        if old is None and local_model and self._transport is not None:
            self._transport.send(UnloadModel(self._next_id("unload-")))
        if old is not None:
            # its threads may take a moment to notice: not on the GUI thread
            threading.Thread(target=old.shutdown, name="oriel-remote-shutdown", daemon=True).start()
        self._remote_ids.clear()
        self.loaded = self.generating = self._loading = None
        if transport is not None:
            transport.start(lambda event: self._mailbox.post(self._dispatch_remote, transport, event))
            self._set_state(EngineState.NO_MODEL)
        elif self._transport is None:
            self._state = EngineState.UNAVAILABLE
            self.stateChanged.emit()
        elif self._local_ready:
            self._set_state(EngineState.NO_MODEL)
        else:
            self._set_state(EngineState.STARTING if self._local_started else EngineState.STOPPED)

    def load_model(self, package_dir: str, provider: str = "auto", context_length: int = 32768) -> str:
        request_id = self._next_id("load-")
        self._loading = request_id
        self._set_state(EngineState.LOADING)
        self._send(LoadModel(request_id, package_dir, provider=provider, context_length=context_length))
        return request_id

    def unload_model(self) -> None:
        self.loaded = None
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
        max_new_tokens: int = 4096,
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
        remote, self._remote = self._remote, None
        if remote is not None:
            remote.shutdown()
        if self._transport is not None and self._local_started:
            self._transport.shutdown()
            self._local_started = self._local_ready = False
        if self._state != EngineState.UNAVAILABLE:
            self._set_state(EngineState.STOPPED)

    def _send(self, request: Request) -> None:
        request_id = str(getattr(request, "request_id", ""))
        remote = self._remote
        if remote is not None and (isinstance(request, CHAT_REQUESTS) or request_id in self._remote_ids):
            self._remote_ids.add(request_id)
            remote.send(request)
            return
        if self._transport is None:
            message = self.tr("This copy of Oriel has no engine installed.")
            self._dispatch(Error(getattr(request, "request_id", None), ErrorCode.INTERNAL, message))
            return
        self._transport.send(request)

    # -- events ----------------------------------------------------------------------------------

    def _receive(self, event: Event) -> None:
        """Called by the local transport, from any thread."""
        self._mailbox.post(self._dispatch_local, event)

    def _dispatch_local(self, event: Event) -> None:
        if isinstance(event, Ready):
            self._local_ready = event.protocol_version == PROTOCOL_VERSION
        elif self._remote is not None:
            if isinstance(event, ModelLoaded):
                return  # a local load that ended after the switch to the remote engine
            if isinstance(event, Error) and event.code == ErrorCode.WORKER_CRASHED:
                self.errorOccurred.emit(event)  # the chat's state is the remote engine's
                return
        self._dispatch(event)

    def _dispatch_remote(self, source: Transport, event: Event) -> None:
        if isinstance(event, Ready):  # the providers shown in Settings stay the local worker's
            if source is self._remote and self._state in (EngineState.STARTING, EngineState.STOPPED):
                self._set_state(EngineState.NO_MODEL)
            return
        if isinstance(event, ModelLoaded) and source is not self._remote:
            return  # from an engine switched away from; its other events still end their requests
        self._dispatch(event)

    def _dispatch(self, event: Event) -> None:
        match event:
            case Ready():
                if event.protocol_version != PROTOCOL_VERSION:
                    self._set_state(EngineState.UNAVAILABLE)
                    self.errorOccurred.emit(Error(None, ErrorCode.PROTOCOL_MISMATCH, ""))
                    return
                self.providers = event.providers
                if self._state in (EngineState.STARTING, EngineState.STOPPED):
                    self._set_state(EngineState.NO_MODEL)
                self.ready.emit(event)
            case Progress():
                self.progress.emit(event)
            case ModelLoaded():
                if event.request_id == self._loading:
                    self._loading = None
                self.loaded = event  # ours, or the client's own "restore-N" after a crash
                if self._state != EngineState.GENERATING:
                    self._set_state(EngineState.IDLE)
                self.modelLoaded.emit(event)
            case ModelUnloaded():
                pass
            case TextDelta():
                self.textDelta.emit(event.request_id, event.kind, event.text)
            case Finished():
                if event.request_id == self.generating:
                    self.generating = None
                    self._set_state(EngineState.IDLE if self.loaded else EngineState.NO_MODEL)
                self.finished.emit(event)
            case Error():
                self._on_error(event)
            case Status():
                self.statusReceived.emit(event)
            case ModelList():
                self.modelsListed.emit(event)
            case ModelInstalled():
                self.modelInstalled.emit(event)
            case ModelDeleted():
                self.modelDeleted.emit(event)
            case Transcript():
                self.transcriptReady.emit(event)
            case ModelVerified():
                pass

    def _on_error(self, error: Error) -> None:
        if error.code == ErrorCode.PROTOCOL_MISMATCH:
            self.generating = self._loading = self.loaded = None
            self._set_state(EngineState.UNAVAILABLE)
        elif error.code == ErrorCode.WORKER_CRASHED:
            # The client starts a new worker with the next request and reloads the model itself,
            # unless loading it was what crashed.
            if self._loading is not None:
                self.loaded = None
            self.generating = self._loading = None
            self._set_state(EngineState.IDLE if self.loaded else EngineState.NO_MODEL)
        elif error.request_id is not None and error.request_id == self.generating:
            self.generating = None
            self._set_state(EngineState.IDLE if self.loaded else EngineState.NO_MODEL)
        elif error.request_id is not None and error.request_id == self._loading:
            self._loading = None
            self._set_state(EngineState.NO_MODEL)
        self.errorOccurred.emit(error)

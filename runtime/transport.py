"""The client stack: one `Transport` interface, one `Router`, and a `BlockingClient`.

Stdlib only, like runtime.protocol: the window imports it.

- `Transport` is what an engine offers: the local worker (`runtime.worker.WorkerClient`), a remote
  OpenAI-compatible server (`runtime.remote.RemoteEngineClient`) and the tests' fake all have it.
- `Router` stands between the subscribers (the window, the local API server, a script) and the
  engines. It is the one place that knows which model is loaded (`loaded`). It sends the chat
  requests to the remote engine when one is set and everything else to the local worker, sends
  each event back to the subscriber whose request it answers, and after a worker crash reloads the
  model first, with the next request (a LoadModel of its own, request id "restore-N").
- `BlockingClient` is the plain face for scripts, tests and the API server: fresh ids, `request`
  (send and wait for the final event) and `stream` (send and yield the events).
"""

from __future__ import annotations

import dataclasses
import itertools
import queue
import threading
from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from typing import Protocol

from runtime.protocol import (
    DEFAULT_CONTEXT_LENGTH,
    DEFAULT_MAX_NEW_TOKENS,
    Cancel,
    Error,
    ErrorCode,
    Event,
    Generate,
    GetStatus,
    LoadModel,
    Message,
    ModelLoaded,
    ModelUnloaded,
    Ready,
    Request,
    Sampling,
    UnloadModel,
    ends_request,
    request_id_of,
)

Subscriber = Callable[[Event], None]

# What a remote engine answers when one is set; everything else (the store, speech) stays local.
CHAT_REQUESTS = (LoadModel, UnloadModel, Generate)
READY_TIMEOUT_S = 60.0  # a cold start imports onnxruntime and numpy from a slow disk
START_FAILURES = (ErrorCode.WORKER_CRASHED, ErrorCode.PROTOCOL_MISMATCH)
# How long a request abandoned by its caller may take to acknowledge the Cancel.
CANCEL_WAIT_S = 30.0


class WorkerStartError(RuntimeError):
    """The worker did not come up: it died at start, timed out, or speaks another protocol."""


class Transport(Protocol):
    """An engine. `start` launches it; from then on `on_event` is called, from any thread, with each
    event, starting with `Ready`. Events about a request carry its id and end with one final event
    (`runtime.protocol.ends_request`). When a worker process dies, each request in flight gets an
    `Error` with code `worker_crashed` (one with request id None if none was); the next request
    starts a new process."""

    def start(self, on_event: Subscriber) -> None: ...

    def send(self, request: Request) -> None: ...

    def shutdown(self) -> None: ...


class Router:
    """The one router: requests to the local worker or the remote engine, events back to who asked.

    It is a `Transport` itself, for the default subscriber (the window, or the only client): events
    of requests sent without `reply_to`, and those about no request (a crash, a restore), go there.
    """

    def __init__(self, local: Transport) -> None:
        self._local = local
        self._remote: Transport | None = None
        self._lock = threading.Lock()
        self._default: Subscriber | None = None
        self._started = False
        self._replies: dict[str, Subscriber] = {}  # request id -> who asked, when not the default
        self._remote_ids: set[str] = set()  # requests the remote engine answers (for their Cancel)
        self._loads: dict[str, LoadModel] = {}  # in flight: a failure leaves no model
        self._restore: LoadModel | None = None  # what a restarted worker loads again
        self._crashed = False
        self._ids = itertools.count(1)
        self.loaded: ModelLoaded | None = None  # the model the engine in use has loaded
        self.ready: Ready | None = None  # the local worker's greeting (its providers)

    @property
    def local(self) -> Transport:
        return self._local

    @property
    def remote(self) -> Transport | None:
        return self._remote

    @property
    def model_name(self) -> str | None:
        """The loaded package's folder name (what the API calls the model), or None."""
        loaded = self.loaded
        return Path(loaded.package_dir).name if loaded is not None else None

    # -- Transport ---------------------------------------------------------------------------------

    def start(self, on_event: Subscriber | None = None) -> None:
        """Start the local worker (once); the default subscriber's events go to `on_event`. A
        subscriber that comes after the worker greeted gets the greeting at once."""
        with self._lock:
            if on_event is not None:
                self._default = on_event
            started, self._started = self._started, True
            ready = self.ready
        if not started:
            self._local.start(self._from_local)
        elif on_event is not None and ready is not None:
            on_event(ready)

    def send(self, request: Request, reply_to: Subscriber | None = None) -> None:
        """Send `request` to the engine that answers it; its events go to `reply_to` (default: the
        default subscriber)."""
        rid = request_id_of(request)
        restore: LoadModel | None = None
        with self._lock:
            if reply_to is not None and rid:
                self._replies[rid] = reply_to
            if isinstance(request, LoadModel):
                self._loads[rid] = request
            remote = self._remote
            if remote is not None and (isinstance(request, CHAT_REQUESTS) or rid in self._remote_ids):
                self._remote_ids.add(rid)
            else:
                remote = None
                if isinstance(request, LoadModel | UnloadModel):  # it sets the model: no restore first
                    self._crashed = False
                    if isinstance(request, UnloadModel):
                        self._restore = None
                elif self._crashed and not isinstance(request, Cancel):
                    self._crashed = False
                    if self._restore is not None:
                        restore = dataclasses.replace(self._restore, request_id=f"restore-{next(self._ids)}")
                        self._loads[restore.request_id] = restore
            if isinstance(request, UnloadModel):
                self.loaded = None
        if remote is not None:
            remote.send(request)
            return
        if restore is not None:
            self._local.send(restore)
        self._local.send(request)

    def shutdown(self) -> None:
        with self._lock:
            remote, self._remote = self._remote, None
            started, self._started = self._started, False
        if remote is not None:
            remote.shutdown()
        if started:
            self._local.shutdown()

    # -- the remote engine -------------------------------------------------------------------------

    def set_remote(self, remote: Transport | None) -> None:
        """Let `remote` answer the chats, or the local worker again (None). Afterwards no model is
        loaded (a local one is unloaded, which gives its memory back): the caller loads the next."""
        with self._lock:
            if remote is self._remote:
                return
            old, self._remote = self._remote, remote
            unload = old is None and self._started and (self.loaded is not None or bool(self._loads))
            self._remote_ids.clear()
            self._loads.clear()
            self.loaded, self._restore, self._crashed = None, None, False
        if unload:
            self._local.send(UnloadModel(f"unload-router-{next(self._ids)}"))
        if old is not None:  # its threads may take a moment to notice: not on the caller's thread
            threading.Thread(target=old.shutdown, name="oriel-remote-shutdown", daemon=True).start()
        if remote is not None:
            remote.start(lambda event: self._from_remote(remote, event))

    # -- events ------------------------------------------------------------------------------------

    def _from_local(self, event: Event) -> None:
        rid = request_id_of(event)
        with self._lock:
            local_in_use = self._remote is None
            keep = True
            if isinstance(event, Ready):
                self.ready = event
            elif isinstance(event, ModelLoaded):
                if local_in_use:
                    self.loaded = event
                    self._restore = self._loads.get(rid) or LoadModel(rid, event.package_dir)
                keep = local_in_use  # else a local load that ended after the switch to the remote
            elif isinstance(event, ModelUnloaded) and local_in_use:
                self.loaded, self._restore = None, None
            elif isinstance(event, Error) and rid in self._loads:
                self._restore = None  # a model whose load failed (or crashed the worker) stays out
                if local_in_use:
                    self.loaded = None
            elif isinstance(event, Error) and event.code == ErrorCode.WORKER_CRASHED:
                self._crashed = True
            target = self._target(event, rid, keep)
        if target is not None:
            target(event)

    def _from_remote(self, source: Transport, event: Event) -> None:
        rid = request_id_of(event)
        with self._lock:
            active = source is self._remote
            keep = not isinstance(event, Ready)  # the providers shown stay the local worker's
            if isinstance(event, ModelLoaded):
                keep = active  # else from an engine switched away from
                if active:
                    self.loaded = event
            elif active and (
                isinstance(event, ModelUnloaded) or (isinstance(event, Error) and rid in self._loads)
            ):
                self.loaded = None
            if ends_request(event):
                self._remote_ids.discard(rid)
            target = self._target(event, rid, keep)
        if target is not None:
            target(event)

    def _target(self, event: Event, rid: str, keep: bool) -> Subscriber | None:
        """Who gets `event` (under the lock); a request's bookkeeping ends with its final event."""
        reply = self._replies.get(rid)
        if ends_request(event):
            self._replies.pop(rid, None)
            self._loads.pop(rid, None)
        if reply is not None:
            return reply
        return self._default if keep else None


class BlockingClient:
    """A router's subscriber that waits: for scripts, tests and the API server.

    `BlockingClient(WorkerClient())` is a script's whole engine (its own router); over a router the
    window also uses, `shared=True` makes it a second subscriber that sees only its own requests'
    events. Ids are `<prefix>-N`, so they never meet the window's.
    """

    def __init__(self, engine: Router | Transport, *, prefix: str = "r", shared: bool = False) -> None:
        self.router = engine if isinstance(engine, Router) else Router(engine)
        self._prefix = prefix
        self._shared = shared
        self._ids = itertools.count(1)
        self._events: queue.Queue[Event] = queue.Queue()
        self._on_event: Subscriber | None = None
        self._greeted = threading.Event()  # Ready came, or the worker could not start
        self._failure = ""
        self._started = False

    @property
    def loaded(self) -> ModelLoaded | None:
        return self.router.loaded

    @property
    def model_name(self) -> str | None:
        return self.router.model_name

    def start(self, on_event: Subscriber | None = None) -> None:
        """Start the engines; events go to `on_event` (from their threads) or to `next_event()`."""
        if on_event is not None:
            self._on_event = on_event
        if self._started:
            return
        self._started = True
        self.router.start(None if self._shared else self._deliver)

    def wait_ready(self, timeout: float = READY_TIMEOUT_S) -> Ready:
        """Start the local worker if needed and block until it greeted; raises WorkerStartError."""
        self.start()
        if not self._greeted.wait(timeout) and self.router.ready is None:
            raise WorkerStartError("the model process did not start in time")
        if self.router.ready is None:
            raise WorkerStartError(self._failure or "the model process stopped")
        return self.router.ready

    def new_id(self) -> str:
        return f"{self._prefix}-{next(self._ids)}"

    def send(self, request: Request) -> None:
        """Send without waiting; its events go where `start` said."""
        self.start()
        self.router.send(request, self._deliver)

    def next_event(self, timeout: float | None = None) -> Event | None:
        """The next event, when `start` got no callback; None after `timeout` seconds."""
        try:
            return self._events.get(timeout=timeout)
        except queue.Empty:
            return None

    def _deliver(self, event: Event) -> None:
        if isinstance(event, Ready):
            self._greeted.set()
        elif isinstance(event, Error) and self.router.ready is None and event.code in START_FAILURES:
            self._failure = event.message
            self._greeted.set()
        if self._on_event is not None:
            self._on_event(event)
        else:
            self._events.put(event)

    def stream(self, request: Request, *, timeout: float | None = None) -> Generator[Event, None, None]:
        """Send `request` and yield its events, the final one last. Closing the generator early
        (the caller went away) cancels a Generate and waits for its end, so the engine is free
        before the next request's turn."""
        rid = request_id_of(request)
        events: queue.Queue[Event] = queue.Queue()
        self.start()
        ended = False
        try:
            self.router.send(request, events.put)
            while True:
                try:
                    event = events.get(timeout=timeout)
                except queue.Empty:
                    event = Error(rid, ErrorCode.INTERNAL, f"the model process did not answer in {timeout} s")
                ended = ends_request(event)
                yield event
                if ended:
                    return
        finally:
            if not ended and isinstance(request, Generate):
                self.router.send(Cancel(rid))
                _drain(events)

    def request(self, request: Request, *, timeout: float | None = None) -> list[Event]:
        """Send `request` and return all its events, the final one last."""
        return list(self.stream(request, timeout=timeout))

    # conveniences that build requests with fresh ids

    def load_model(
        self,
        package_dir: str,
        *,
        provider: str = "auto",
        ops: str | None = None,
        context_length: int = DEFAULT_CONTEXT_LENGTH,
        threads: int | None = None,
    ) -> str:
        rid = self.new_id()
        self.send(LoadModel(rid, package_dir, provider, ops, context_length, threads))
        return rid

    def unload_model(self) -> str:
        rid = self.new_id()
        self.send(UnloadModel(rid))
        return rid

    def generate(
        self,
        conversation_id: str,
        messages: Sequence[Message],
        *,
        sampling: Sampling | None = None,
        thinking: bool | None = None,
        max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS,
    ) -> str:
        rid = self.new_id()
        self.send(
            Generate(rid, conversation_id, tuple(messages), sampling or Sampling(), thinking, max_new_tokens)
        )
        return rid

    def cancel(self, request_id: str) -> None:
        """Stop a Generate (it ends with Finished(reason="cancelled")) or a store job."""
        self.router.send(Cancel(request_id))

    def get_status(self) -> str:
        rid = self.new_id()
        self.send(GetStatus(rid))
        return rid

    def shutdown(self) -> None:
        """Stop the engines, unless the router is shared with a window (which stops them)."""
        if not self._shared:
            self.router.shutdown()

    def __enter__(self) -> BlockingClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()


def _drain(events: queue.Queue[Event]) -> None:
    try:
        while not ends_request(events.get(timeout=CANCEL_WAIT_S)):
            pass
    except queue.Empty:
        pass

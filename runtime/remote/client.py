"""`RemoteEngineClient`: a remote OpenAI-compatible server as a `runtime.transport.Transport`.

It gives the same `runtime.protocol` events as the local worker, so the Router treats both
engines alike (scripts wrap it in `runtime.transport.BlockingClient`):

- `start` greets at once with `Ready(providers=("remote",))`. Nothing is sent anywhere until a
  request is: starting the remote engine opens no connection.
- `LoadModel` checks the server (GET /models): reachable, key accepted, model offered. It answers
  `ModelLoaded(provider="remote", provider_reason=<where messages go>)`, with the request's own
  `package_dir` echoed so the window's bookkeeping stays the same. An empty model name takes the
  server's only model.
- `Generate` streams `TextDelta`s (thinking kept apart, runtime.remote.chat), an `ImageSkipped`
  for each image that could not be sent, and ends with one `Finished` or `Error`.
- `Cancel` closes the request's connection (the server stops generating when it notices) and the
  request ends with `Finished(reason="cancelled")`, as a local one does.
- Store requests (download, import, ...) get INVALID_REQUEST: models are managed on the server.

Errors are `Error` events with stable codes (runtime.remote.failures). Requests run on their own
threads (one `runtime.remote.call.Call` each); `on_event` is called from them, in order for each
request.
"""

from __future__ import annotations

import dataclasses
import http.client
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from runtime.protocol import (
    PROTOCOL_VERSION,
    Cancel,
    Error,
    ErrorCode,
    Event,
    Finished,
    Generate,
    GetStatus,
    LoadModel,
    ModelLoaded,
    ModelUnloaded,
    Ready,
    Request,
    Shutdown,
    Status,
    TextDelta,
    UnloadModel,
    request_id_of,
)
from runtime.remote import failures
from runtime.remote.call import Call
from runtime.remote.chat import End, Part, read_completion, read_stream, request_body
from runtime.remote.config import RemoteConfig
from runtime.remote.failures import RemoteFailure
from runtime.remote.wire import read_sse

PROVIDER = "remote"
MAX_LINE = 4 * 1024 * 1024  # one server-sent event line; more is not a chat stream


class RemoteEngineClient:
    def __init__(self, config: RemoteConfig) -> None:
        self.config = config
        self._on_event: Callable[[Event], None] | None = None
        self._lock = threading.Lock()
        self._state = "idle"  # idle | running | closed
        self._jobs: dict[str, Call] = {}
        self._model = config.model  # resolved by the first check when it is ""
        self._loaded: str | None = None  # the package_dir echoed in ModelLoaded
        self.ready: Ready | None = None

    # -- lifecycle --------------------------------------------------------------

    def start(self, on_event: Callable[[Event], None]) -> None:
        """Greet with Ready; events go to `on_event` (from request threads)."""
        with self._lock:
            self._on_event = on_event
            if self._state != "idle":
                return
            self._state = "running"
            self.ready = Ready(PROTOCOL_VERSION, os.getpid(), (PROVIDER,))
        self._deliver(self.ready)

    @property
    def is_alive(self) -> bool:
        with self._lock:
            return self._state == "running"

    @property
    def model(self) -> str:
        """The model requests name: the configured one, or the server's only model once checked."""
        return self._model

    def shutdown(self, timeout: float = 5.0) -> None:
        """Cancel every request in flight and wait (up to `timeout`) for their threads."""
        with self._lock:
            self._state = "closed"
            jobs = list(self._jobs.values())
        for job in jobs:
            job.abort()
        deadline = time.monotonic() + timeout
        for job in jobs:
            if job.thread is not None and job.thread is not threading.current_thread():
                job.thread.join(max(deadline - time.monotonic(), 0.0))

    # -- requests --------------------------------------------------------------------------------

    def send(self, request: Request) -> None:
        """Handle any protocol request (after `start`)."""
        with self._lock:
            if self._state == "closed":
                raise RuntimeError("this RemoteEngineClient was shut down")
            if self._state != "running":
                raise RuntimeError("start this RemoteEngineClient first")
        if isinstance(request, Cancel):
            self._cancel(request.request_id)
        elif isinstance(request, Shutdown):
            self.shutdown()
        elif isinstance(request, Generate):
            self._run(request.request_id, lambda job: self._generate(request, job))
        elif isinstance(request, LoadModel):
            self._run(request.request_id, lambda job: self._load(request, job), cancelled=ErrorCode.CANCELLED)
        elif isinstance(request, UnloadModel):
            self._loaded = None
            self._deliver(ModelUnloaded(request.request_id))
        elif isinstance(request, GetStatus):
            with self._lock:
                busy = bool(self._jobs)
            provider = PROVIDER if self._loaded is not None else None
            self._deliver(Status(request.request_id, self._loaded, provider, busy, 0))
        else:
            self._deliver(
                Error(
                    request_id_of(request) or None,
                    ErrorCode.INVALID_REQUEST,
                    "Models are managed on the remote server: switch to the local engine to download, "
                    "import or delete models.",
                )
            )

    def _cancel(self, request_id: str) -> None:
        """Stop a request: a Generate ends with Finished(reason="cancelled")."""
        with self._lock:
            job = self._jobs.get(request_id)
        if job is not None:
            job.abort()

    # -- request threads -------------------------------------------------------------------------

    def _run(self, rid: str, work: Callable[[Call], Event], *, cancelled: str | None = None) -> None:
        """Run `work` on a thread of its own; its event (or its failure) ends the request. A request
        cancelled mid-way ends with Finished(reason="cancelled"), or with Error(`cancelled`)."""
        job = Call(self.config)

        def run() -> None:
            try:
                final = work(job)
            except RemoteFailure as e:
                if not job.cancelled.is_set():
                    final = Error(rid, e.code, e.message)
                elif cancelled is not None:
                    final = Error(rid, cancelled, "Cancelled.")
                else:
                    final = self._cancelled(rid)
            except Exception as e:  # a bug here must still end the request
                final = Error(rid, ErrorCode.INTERNAL, f"The remote engine failed ({type(e).__name__}: {e}).")
            finally:
                with self._lock:
                    self._jobs.pop(rid, None)
            self._deliver(final)

        job.thread = threading.Thread(target=run, name=f"oriel-remote-{rid}", daemon=True)
        with self._lock:
            self._jobs[rid] = job
        job.thread.start()

    def _load(self, request: LoadModel, job: Call) -> Event:
        started = time.perf_counter()
        self._check_model(job)
        self._loaded = request.package_dir
        return ModelLoaded(
            request.request_id,
            package_dir=request.package_dir,
            provider=PROVIDER,
            provider_reason=self.config.privacy_note,
            ops=PROVIDER,
            load_seconds=time.perf_counter() - started,
        )

    def _generate(self, request: Generate, job: Call) -> Event:
        rid = request.request_id
        if not request.messages or request.max_new_tokens < 1:
            return Error(rid, ErrorCode.INVALID_REQUEST, "a request needs messages and max_new_tokens >= 1")
        if not self._model:
            self._check_model(job)
        body, skipped = request_body(
            request.messages,
            request.sampling,
            model=self._model,
            thinking=request.thinking,
            max_new_tokens=request.max_new_tokens,
        )
        for image in skipped:
            self._deliver(dataclasses.replace(image, request_id=rid))
        started = time.perf_counter()
        first: float | None = None
        pieces = 0
        end: End | None = None
        try:
            for item in self._stream(job, body):
                if job.cancelled.is_set():
                    break
                if isinstance(item, Part):
                    first = first or time.perf_counter()
                    pieces += 1
                    self._deliver(TextDelta(rid, item.kind, item.text))
                else:
                    end = item
        except (OSError, http.client.HTTPException, RemoteFailure) as e:
            if job.cancelled.is_set():  # the broken connection was ours
                return self._cancelled(rid, pieces)
            if isinstance(e, RemoteFailure):
                raise
            if isinstance(e, TimeoutError):
                raise failures.stalled(self.config.destination, self.config.read_timeout_s) from e
            raise failures.disconnected(self.config.destination) from e
        if job.cancelled.is_set() or end is None:
            return self._cancelled(rid, pieces)
        now = time.perf_counter()
        generated = end.completion_tokens if end.completion_tokens is not None else pieces
        ttft = (first or now) - started
        return Finished(
            rid,
            reason=end.finish_reason,
            prompt_tokens=end.prompt_tokens,
            generated_tokens=generated,
            prefill_tokens_per_second=end.prompt_tokens / ttft if ttft > 0 else 0.0,
            decode_tokens_per_second=(generated - 1) / (now - first) if first and now > first else 0.0,
            time_to_first_token=ttft if first else 0.0,
        )

    def _stream(self, job: Call, body: dict[str, Any]) -> Iterator[Part | End]:
        response = job.open("POST", "chat/completions", body, model=self._model)
        destination = self.config.destination
        try:
            if "json" in response.getheader("Content-Type", ""):
                yield from read_completion(response.read(MAX_LINE), destination, self._model)
            else:
                events = read_sse(lambda: response.readline(MAX_LINE))
                yield from read_stream(events, destination, self._model)
        finally:
            job.close()

    def _check_model(self, job: Call) -> None:
        """Make sure the server answers, takes the key and has the model; picks its only model for ""."""
        response = job.open("GET", "models", None, model=self._model, missing_ok=True)
        try:
            if response.status == 404:  # a server without a model list: the first answer will tell
                return
            try:
                listed = json.loads(response.read(MAX_LINE))
                names = [str(m["id"]) for m in listed["data"]]
            except (OSError, http.client.HTTPException) as e:
                raise failures.disconnected(self.config.destination) from e
            except (ValueError, KeyError, TypeError):
                raise failures.bad_response(self.config.destination, "its model list is not JSON") from None
        finally:
            job.close()
        if self._model in names:
            return
        if not self._model and len(names) == 1:
            self._model = names[0]
            return
        where = f"The server at {self.config.destination}"
        if not names:
            said = f"{where} offers no models: load one on the server first."
        else:
            what = f"no model named '{self._model}'" if self._model else "several models"
            said = f"{where} has {what}: choose one of {', '.join(names[:20])} in Settings."
        raise RemoteFailure(ErrorCode.REMOTE_MODEL_NOT_FOUND, said)

    # -- helpers ---------------------------------------------------------------------------------

    def _cancelled(self, rid: str, generated: int = 0) -> Finished:
        return Finished(rid, "cancelled", 0, generated, 0.0, 0.0, 0.0)

    def _deliver(self, event: Event) -> None:
        if self._on_event is not None:
            self._on_event(event)

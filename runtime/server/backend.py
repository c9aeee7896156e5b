"""`SharedWorker`: one worker process serving both the window and the local API server.

The worker client delivers every event to a single callback. Put this in front of it and it
becomes two doors: to the window it is the same transport (start / send / shutdown, events to
its callback); to the API server it offers `stream(request)`, which sends a request and yields
that request's events until its final one. Requests the server sends carry ids with the prefix
"api-", and their events go only to the server; everything else (including the client's own
"restore-N" reload after a crash) goes to the window.

It also remembers which model the worker has loaded, whoever asked for it, because the server
serves exactly that model and names it in /v1/models. A crash does not forget it: the worker
client reloads it with the next request; a load that fails (or a reload, "restore-N") does.

Standalone (`python -m runtime.server`) there is no window: events for nobody are dropped.
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Protocol

from runtime.protocol import (
    Cancel,
    Error,
    ErrorCode,
    Event,
    Generate,
    LoadModel,
    ModelLoaded,
    ModelUnloaded,
    Ready,
    Request,
    ends_request,
)

# How long a request abandoned by its HTTP client may take to acknowledge the Cancel.
CANCEL_WAIT_S = 30.0


class WorkerTransport(Protocol):
    """What `runtime.worker.WorkerClient` (or a fake of it) offers."""

    def start(self, on_event: Callable[[Event], None]) -> None: ...

    def send(self, request: Request) -> None: ...

    def shutdown(self) -> None: ...


class SharedWorker:
    def __init__(self, worker: WorkerTransport) -> None:
        self._worker = worker
        self._window: Callable[[Event], None] | None = None
        self._lock = threading.Lock()
        self._started = False
        self._mine: dict[str, queue.Queue[Event]] = {}  # request id -> its events, for the server
        self._loads: set[str] = set()  # LoadModel ids in flight: their failure leaves no model
        self._ids = itertools.count(1)
        self.loaded: ModelLoaded | None = None
        self.ready: Ready | None = None  # replayed to a window that attaches after the worker started

    # -- the window's transport ----------------------------------------------------------------------

    def start(self, on_event: Callable[[Event], None] | None = None) -> None:
        """Start the worker (once); the window's events go to `on_event`."""
        with self._lock:
            if on_event is not None:
                self._window = on_event
            started, self._started = self._started, True
            ready = self.ready
        if not started:
            self._worker.start(self._route)
        elif on_event is not None and ready is not None:
            on_event(ready)  # the server started the worker first: the window missed its greeting

    def send(self, request: Request) -> None:
        if isinstance(request, LoadModel):
            with self._lock:
                self._loads.add(request.request_id)
        self._worker.send(request)

    def shutdown(self) -> None:
        self._worker.shutdown()

    # -- the server's door ---------------------------------------------------------------------------

    @property
    def model_name(self) -> str | None:
        """The loaded package's folder name (what the API calls the model), or None."""
        loaded = self.loaded
        return Path(loaded.package_dir).name if loaded is not None else None

    def new_id(self) -> str:
        return f"api-{next(self._ids)}"

    def stream(self, request: Request, *, timeout: float | None = None) -> Generator[Event, None, None]:
        """Send `request` (its id from `new_id`) and yield its events, the final one last.

        Closing the generator early (the HTTP client went away) cancels a Generate and waits for
        its end, so the worker is free before the next request's turn.
        """
        rid = str(getattr(request, "request_id", ""))
        events: queue.Queue[Event] = queue.Queue()
        with self._lock:
            self._mine[rid] = events
        self.start()
        ended = False
        try:
            self.send(request)
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
                self._worker.send(Cancel(rid))
                self._drain(events)
            with self._lock:
                self._mine.pop(rid, None)

    def send_cancel(self, request_id: str) -> None:
        """Stop a Generate early (a stop string was met); its events still end with Finished."""
        self._worker.send(Cancel(request_id))

    def _drain(self, events: queue.Queue[Event]) -> None:
        try:
            while not ends_request(events.get(timeout=CANCEL_WAIT_S)):
                pass
        except queue.Empty:
            pass

    # -- routing -------------------------------------------------------------------------------------

    def _route(self, event: Event) -> None:
        rid = getattr(event, "request_id", None)
        with self._lock:
            failed_load = isinstance(rid, str) and (rid in self._loads or rid.startswith("restore-"))
            if isinstance(event, Ready):
                self.ready = event
            elif isinstance(event, ModelLoaded):
                self.loaded = event
            elif isinstance(event, ModelUnloaded) or (isinstance(event, Error) and failed_load):
                self.loaded = None
            if ends_request(event) and isinstance(rid, str):
                self._loads.discard(rid)
            mine = self._mine.get(rid) if isinstance(rid, str) else None
            window = self._window
        if mine is not None:
            mine.put(event)
        elif window is not None:
            window(event)

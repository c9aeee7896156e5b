"""`WorkerClient`: starts the worker process, talks to it, and notices when it dies.

Plain Python (threads, no Qt) and light: it imports only the standard library and
runtime.protocol, so the GUI process never loads onnxruntime or numpy. It is a
`runtime.transport.Transport` and nothing more: `start` spawns the process and returns, `Ready`
arrives as the first event, requests sent before it wait here, and events come from a reader
thread in the order the worker sent them. Any request starts the worker if it is not running.
Scripts wrap it in `runtime.transport.BlockingClient`; the window reaches it through the Router.

When the worker dies (killed, out of memory, a driver fault), each request still in flight gets
`Error(code=WORKER_CRASHED)` (one with request_id None if none was); the next request starts a new
worker (the Router reloads the model first). A worker that speaks another protocol version is
stopped and every request fails with PROTOCOL_MISMATCH (a broken installation: nothing to retry).

PyInstaller and other frozen builds must call `multiprocessing.freeze_support()` first thing in
the app's entry point, because the worker is spawned from the same executable.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import signal
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from runtime.protocol import (
    EVENTS,
    PROTOCOL_VERSION,
    Cancel,
    Error,
    ErrorCode,
    Event,
    ProtocolError,
    Ready,
    Request,
    Shutdown,
    decode,
    encode,
    ends_request,
    request_id_of,
)
from runtime.transport import READY_TIMEOUT_S


def worker_main(conn: Connection) -> None:
    """The worker process's entry point; the runtime is imported there, never in the GUI process."""
    from runtime.worker.process import serve

    serve(conn)


class WorkerClient:
    def __init__(
        self,
        *,
        entry: Callable[[Connection], None] = worker_main,
        ready_timeout: float = READY_TIMEOUT_S,
    ) -> None:
        self._entry = entry
        self._ready_timeout = ready_timeout
        self._on_event: Callable[[Event], None] | None = None
        self._lock = threading.RLock()
        self._state = "idle"  # idle | starting | running | dead | failed | closed
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._waiting: list[Request] = []  # sent once the worker is ready
        self._in_flight: dict[str, Request] = {}  # sent or waiting, no final event yet
        self._failure = ""
        self.ready: Ready | None = None

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self, on_event: Callable[[Event], None]) -> None:
        """Start the worker without waiting for it; events go to `on_event` (from a reader thread)."""
        with self._lock:
            self._on_event = on_event
            if self._state in ("idle", "dead"):
                self._spawn()

    @property
    def is_alive(self) -> bool:
        with self._lock:
            return self._state == "running" and self._process is not None and self._process.is_alive()

    @property
    def pid(self) -> int | None:
        with self._lock:
            return self._process.pid if self._process is not None else None

    def shutdown(self, timeout: float = 10.0) -> None:
        """Ask the worker to stop, wait for it, and make sure it is gone."""
        with self._lock:
            state, self._state = self._state, "closed"
            process, conn = self._process, self._conn
        if process is None or conn is None:
            return
        if state in ("running", "starting"):
            with contextlib.suppress(OSError):
                conn.send_bytes(encode(Shutdown()))
        process.join(timeout)
        if process.is_alive():
            process.terminate()
            process.join(2.0)
        if process.is_alive():
            process.kill()
            process.join(2.0)
        conn.close()

    def send(self, request: Request) -> None:
        """Send any request, starting the worker if it is not running (Shutdown: see `shutdown`)."""
        if isinstance(request, Shutdown):
            return self.shutdown()
        rid = request_id_of(request)
        failure: Error | None = None
        with self._lock:
            if self._state == "closed":
                raise RuntimeError("this WorkerClient was shut down")
            if self._state == "failed":
                failure = Error(rid, ErrorCode.PROTOCOL_MISMATCH, self._failure)
            else:
                if not isinstance(request, Cancel):
                    self._in_flight[rid] = request
                if self._state in ("idle", "dead"):
                    self._spawn()
                if self._state == "starting":
                    self._waiting.append(request)
                else:
                    self._send(request)
        if failure is not None:
            self._deliver(failure)

    # -- the worker process ----------------------------------------------------------------------

    def _spawn(self) -> None:
        """Start a worker process (under the lock); the reader thread waits for its greeting."""
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe(duplex=True)
        process = context.Process(target=self._entry, args=(theirs,), name="oriel-worker", daemon=True)
        process.start()
        theirs.close()  # the worker holds its end: when it dies, ours reads EOF
        self._process, self._conn, self._state = process, ours, "starting"
        threading.Thread(
            target=self._read, args=(process, ours), name="oriel-worker-reader", daemon=True
        ).start()

    def _send(self, message: Request) -> None:
        assert self._conn is not None
        with contextlib.suppress(OSError):  # the worker is gone: the reader reports it with the request
            self._conn.send_bytes(encode(message))

    def _read(self, process: BaseProcess, conn: Connection) -> None:
        try:
            ready = self._greeting(conn)
        except (EOFError, OSError):
            return self._died(process, conn)
        if ready is None:
            return
        self._deliver(ready)
        while True:
            try:
                data = conn.recv_bytes()
            except (EOFError, OSError):
                return self._died(process, conn)
            try:
                message = decode(data)
            except ProtocolError as e:
                message = Error(None, ErrorCode.MALFORMED, f"the model process sent a bad message: {e}")
            if isinstance(message, EVENTS):
                self._deliver(message)  # type: ignore[arg-type]  # EVENTS is the members of Event

    def _greeting(self, conn: Connection) -> Ready | None:
        """Wait for Ready and check its version; None when the worker was refused."""
        if not conn.poll(self._ready_timeout):
            self._refuse(ErrorCode.WORKER_CRASHED, "the model process did not start in time")
            return None
        data = conn.recv_bytes()
        try:
            raw = json.loads(data)
            version = raw["protocol_version"] if raw.get("type") == "Ready" else None
        except (ValueError, AttributeError, KeyError):
            version = None
        if version != PROTOCOL_VERSION:
            self._refuse(
                ErrorCode.PROTOCOL_MISMATCH,
                f"the model process speaks protocol version {version}, this window speaks "
                f"{PROTOCOL_VERSION}: Oriel's installation is mixed up; reinstall it",
            )
            return None
        ready = decode(data)
        assert isinstance(ready, Ready)
        with self._lock:
            if self._conn is not conn or self._state != "starting":
                return None
            self.ready, self._state = ready, "running"
            waiting, self._waiting = self._waiting, []
            for message in waiting:
                self._send(message)
        return ready

    def _refuse(self, code: str, message: str) -> None:
        """Stop a worker that cannot be used, and fail everything that waited for it."""
        with self._lock:
            process, self._failure = self._process, message
            if code == ErrorCode.PROTOCOL_MISMATCH:
                self._state = "failed"  # retrying cannot help
            elif self._state != "closed":
                self._state = "dead"
            failed: list[str | None] = [*self._in_flight]
            self._in_flight.clear()
            self._waiting.clear()
        if process is not None:
            process.kill()
            process.join(2.0)
        for rid in failed or [None]:
            self._deliver(Error(rid, code, message))

    def _died(self, process: BaseProcess, conn: Connection) -> None:
        process.join(2.0)
        with self._lock:
            if self._conn is not conn or self._state == "closed":
                return  # shut down on purpose, or an older worker
            self._state = "dead"
            self._failure = f"the model process stopped ({_exit_reason(process.exitcode)})"
            failed: list[str | None] = [*self._in_flight]
            self._in_flight.clear()
            self._waiting.clear()
        message = (
            f"The model process stopped unexpectedly ({_exit_reason(process.exitcode)}). "
            "The conversation is safe: send again to restart it."
        )
        for rid in failed or [None]:
            self._deliver(Error(rid, ErrorCode.WORKER_CRASHED, message))

    def _deliver(self, event: Event) -> None:
        rid = request_id_of(event)
        if ends_request(event) and rid:
            with self._lock:
                self._in_flight.pop(rid, None)
        if self._on_event is not None:
            self._on_event(event)


def _exit_reason(code: int | None) -> str:
    if code is None:
        return "it stopped answering"
    if code >= 0:
        return f"exit code {code}"
    try:
        name = signal.Signals(-code).name
    except ValueError:
        name = f"signal {-code}"
    if name == "SIGKILL":
        return "killed by the system, perhaps because memory ran out"
    return f"{name}: it crashed, perhaps in a graphics driver"

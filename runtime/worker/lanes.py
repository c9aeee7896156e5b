"""A lane: one thread that runs the worker's jobs of one kind, one at a time, in arrival order.

The worker has two: the model lane (load, unload, generate) and the store lane (download, import,
check, delete). Their queues are why a request that arrives during a load waits for it, and why a
download never blocks a chat. The process's main thread only reads messages, so Cancel and
GetStatus are answered at once while a lane is busy. Cancel sets the job's event, whether it is
running (the job checks it between steps) or still queued (the job ends as soon as it starts).

Whatever a job raises becomes an `Error` event: `UserError` and `UserError` with their own
code and message, anything else as INTERNAL (with the traceback on the worker's stderr).
"""

from __future__ import annotations

import queue
import threading
import traceback
from collections.abc import Callable

from runtime.errors import UserError
from runtime.protocol import Error, ErrorCode, Event, Request, request_id_of

Job = Callable[[Request, threading.Event], None]  # runs one request; the event is its cancel flag


class Lane:
    def __init__(self, name: str, job: Job, emit: Callable[[Event], None]) -> None:
        self._job = job
        self._emit = emit
        self._queue: queue.Queue[tuple[Request, threading.Event] | None] = queue.Queue()
        self._cancels: dict[str, threading.Event] = {}  # request_id -> flag, queued and running
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name=f"oriel-{name}-lane", daemon=True)
        self._thread.start()

    @property
    def busy(self) -> bool:
        with self._lock:
            return bool(self._cancels)

    def submit(self, request: Request) -> None:
        flag = threading.Event()
        with self._lock:
            self._cancels[request_id_of(request)] = flag
        self._queue.put((request, flag))

    def cancel(self, request_id: str) -> None:
        with self._lock:
            flag = self._cancels.get(request_id)
        if flag is not None:
            flag.set()

    def stop(self, timeout: float) -> None:
        """Cancel everything, let the running job end, and stop the thread (waits up to `timeout`)."""
        with self._lock:
            flags = list(self._cancels.values())
        for flag in flags:
            flag.set()
        self._queue.put(None)
        self._thread.join(timeout)

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            request, flag = item
            request_id = request_id_of(request)
            try:
                self._job(request, flag)
            except UserError as e:
                self._emit(Error(request_id, e.code, e.message))
            except Exception as e:
                traceback.print_exc()
                self._emit(
                    Error(
                        request_id,
                        ErrorCode.INTERNAL,
                        f"Something went wrong in the model process ({type(e).__name__}: {e}).",
                    )
                )
            finally:
                with self._lock:
                    if self._cancels.get(request_id) is flag:
                        del self._cancels[request_id]

"""Handing work from background threads to the GUI thread.

Threads that Qt did not start (the worker client's reader, thread pools) do not emit Qt signals
with Python payloads here: PySide6 6.12 can crash on such queued emissions (a refcount error,
"bool_dealloc", seen in this project's tests). Instead a thread puts a call in a Python queue and
posts a bare QEvent to wake the GUI thread, which runs the queued calls in order.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMetaObject, QObject, Qt, Slot


class Mailbox(QObject):
    """`post(fn, *args)` from any thread; `fn(*args)` runs on the thread this object lives in."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls: deque[tuple[Callable[..., Any], tuple[Any, ...]]] = deque()
        self._lock = threading.Lock()
        self._woken = False

    def post(self, fn: Callable[..., Any], *args: Any) -> None:
        with self._lock:
            self._calls.append((fn, args))
            if self._woken:
                return
            self._woken = True
        QMetaObject.invokeMethod(self, "_drain", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _drain(self) -> None:
        with self._lock:
            calls, self._calls = self._calls, deque()
            self._woken = False
        for fn, args in calls:
            fn(*args)

"""One answer at a time, in arrival order, with a bounded line.

The model answers one request at a time (one decoder, one KV cache). HTTP clients that arrive
meanwhile wait their turn first come, first served; past `max_waiting` in line they get 429 at
once instead of an unbounded wait, so a runaway script cannot pile up connections.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator


class LineFull(Exception):
    """Too many requests are already waiting."""


class Turns:
    def __init__(self, max_waiting: int) -> None:
        self.max_waiting = max_waiting
        self._cond = threading.Condition()
        self._next_ticket = 0  # tickets handed out
        self._serving = 0  # the ticket whose turn it is (all before it are done)
        self._active = False  # that ticket's request is running

    @property
    def waiting(self) -> int:
        """Requests in line behind the one running."""
        with self._cond:
            return self._next_ticket - self._serving - int(self._active)

    @contextlib.contextmanager
    def turn(self) -> Iterator[None]:
        """Wait for this request's turn (raises LineFull when the line is too long)."""
        with self._cond:
            ahead = self._next_ticket - self._serving  # running or waiting
            if ahead and ahead - self._active >= self.max_waiting:
                raise LineFull
            ticket = self._next_ticket
            self._next_ticket += 1
            self._cond.wait_for(lambda: self._serving == ticket)
            self._active = True
        try:
            yield
        finally:
            with self._cond:
                self._active = False
                self._serving += 1
                self._cond.notify_all()

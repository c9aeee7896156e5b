"""The API server's open connections: a cap, a deadline for each phase, and a way to end them all.

Every connection costs the window's process a thread and a file descriptor, and it costs them
before any token is checked, so any local program could otherwise tie up the window by opening
connections and sending nothing (300 of them left it unable to open files). Here:

- At most `max_connections` are open at once (48 by default: the line of 32 waiting requests,
  the one being answered, and room for quick ones such as /v1/models). One more is answered
  `503` at once, without a thread, and closed.
- A connection has `header_timeout` (15 s) from its start, or from the end of its previous
  answer, to send its request line and headers, and `body_timeout` (60 s) to send the body. The
  deadline is for the whole phase, not per read, so a client that trickles one byte at a time
  is cut off too. A reaper thread enforces it by shutting the socket down, which wakes the
  handler blocked in `recv`. While the model answers there is no deadline (that can take long).
- When the process is out of descriptors (EMFILE and its kin) `accept` fails while the
  listening socket stays readable, so the accept loop would spin a core. `accept_backoff` sleeps
  between such failures, doubling from 10 ms up to 0.5 s, and starts over after a success.
- `close_all()` shuts down every open connection: turning the server off ends keep-alive
  clients too, instead of leaving them an open door to the model.
"""

from __future__ import annotations

import contextlib
import errno
import json
import socket
import threading
import time

MAX_CONNECTIONS = 48
HEADER_TIMEOUT_S = 15.0
BODY_TIMEOUT_S = 60.0
# accept() errors that mean "out of a resource", not "this one client failed".
OUT_OF_RESOURCES = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})
BACKOFF_START_S = 0.01
BACKOFF_MAX_S = 0.5

_BUSY_BODY = json.dumps(
    {
        "error": {
            "message": "Too many connections are open to this server: close some and try again.",
            "type": "server_error",
            "code": "server_busy",
        }
    }
).encode()
BUSY_RESPONSE = (
    b"HTTP/1.1 503 Service Unavailable\r\nServer: Oriel\r\nContent-Type: application/json\r\n"
    b"Connection: close\r\nRetry-After: 1\r\n"
    + f"Content-Length: {len(_BUSY_BODY)}\r\n\r\n".encode()
    + _BUSY_BODY
)


class Connections:
    """The open connections and their deadlines."""

    def __init__(
        self,
        max_connections: int = MAX_CONNECTIONS,
        header_timeout: float = HEADER_TIMEOUT_S,
        body_timeout: float = BODY_TIMEOUT_S,
    ) -> None:
        self.max_connections = max_connections
        self.header_timeout = header_timeout
        self.body_timeout = body_timeout
        self._cond = threading.Condition()
        self._deadlines: dict[socket.socket, float | None] = {}  # open socket -> when it is cut off
        self._closed = False
        self._backoff = 0.0
        self.accept_failures = 0  # accept() calls that failed for want of resources
        self._reaper = threading.Thread(target=self._reap, name="oriel-api-reaper", daemon=True)
        self._reaper.start()

    @property
    def open(self) -> int:
        with self._cond:
            return len(self._deadlines)

    def admit(self, sock: socket.socket) -> bool:
        """Count a new connection in, with its header deadline; False (it was answered 503, and
        the caller closes it) when the cap is reached or the server is closing."""
        with self._cond:
            full = self._closed or len(self._deadlines) >= self.max_connections
            if not full:
                self._deadlines[sock] = time.monotonic() + self.header_timeout
                self._cond.notify()
        if full:
            refuse(sock)
        return not full

    def release(self, sock: socket.socket) -> None:
        with self._cond:
            self._deadlines.pop(sock, None)

    def expect_headers(self, sock: socket.socket) -> None:
        self._set(sock, self.header_timeout)

    def expect_body(self, sock: socket.socket) -> None:
        self._set(sock, self.body_timeout)

    def answering(self, sock: socket.socket) -> None:
        """The request is read: no deadline while it waits its turn and the model answers."""
        self._set(sock, None)

    def _set(self, sock: socket.socket, timeout: float | None) -> None:
        with self._cond:
            if sock in self._deadlines:
                self._deadlines[sock] = None if timeout is None else time.monotonic() + timeout
                self._cond.notify()

    def close_all(self) -> None:
        """Refuse new connections and shut down the open ones (their handlers then end)."""
        with self._cond:
            self._closed = True
            socks = list(self._deadlines)
            self._cond.notify()
        for sock in socks:
            _shut(sock)

    # -- accept ------------------------------------------------------------------------------------

    def accept_failed(self, error: OSError) -> None:
        """Called when accept() raised: back off when it is for want of descriptors or memory."""
        if error.errno not in OUT_OF_RESOURCES:
            return
        self.accept_failures += 1
        self._backoff = min(BACKOFF_MAX_S, max(BACKOFF_START_S, self._backoff * 2))
        time.sleep(self._backoff)

    def accepted(self) -> None:
        self._backoff = 0.0

    # -- the reaper --------------------------------------------------------------------------------

    def _reap(self) -> None:
        with self._cond:
            while not self._closed:
                now = time.monotonic()
                late = [s for s, d in self._deadlines.items() if d is not None and d <= now]
                for sock in late:
                    self._deadlines[sock] = None  # shut down once; the handler releases it
                    _shut(sock)
                pending = [d for d in self._deadlines.values() if d is not None]
                self._cond.wait(min(pending) - now if pending else None)


def refuse(sock: socket.socket) -> None:
    """Answer 503 without blocking (the caller closes the socket)."""
    with contextlib.suppress(OSError):
        sock.setblocking(False)
        with contextlib.suppress(OSError):
            sock.recv(65536)  # what the client sent already: closing over unread data would reset
        sock.send(BUSY_RESPONSE)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)

"""`Call`: one request to the remote server that another thread can cut short.

Cancel must stop an answer at once, even while the request thread is blocked reading a slow
stream. Closing a socket from another thread does not wake a blocked `recv` on every platform;
`shutdown(SHUT_RDWR)` does, so `abort` sets the flag and shuts the socket down, and the reading
thread sees the flag when its read returns.

The stdlib's http.client is used on purpose: it ignores proxy variables, so messages go exactly
to the address the user typed, and it adds no dependency.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import ssl
import threading
from typing import Any

from runtime.protocol import ErrorCode
from runtime.remote import failures
from runtime.remote.config import RemoteConfig
from runtime.remote.failures import RemoteFailure

MAX_ERROR_BODY = 64 * 1024
USER_AGENT = "Oriel"


class Call:
    def __init__(self, config: RemoteConfig) -> None:
        self.config = config
        self.cancelled = threading.Event()
        self.thread: threading.Thread | None = None  # the thread making the call, for shutdown
        self._connection: http.client.HTTPConnection | None = None

    def open(
        self, method: str, endpoint: str, body: dict[str, Any] | None, *, model: str, missing_ok: bool = False
    ) -> http.client.HTTPResponse:
        """Send one request; returns a 2xx response (or a 404 with `missing_ok`) to read, and
        raises RemoteFailure otherwise. `close` when done with the response."""
        config = self.config
        parts = config.parts
        self._connection = connection = self._connect_to()
        headers = {"User-Agent": USER_AGENT, "Accept": "text/event-stream, application/json"}
        if config.api_key:
            headers["Authorization"] = f"Bearer {config.api_key}"
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode()
            headers["Content-Type"] = "application/json"
        try:
            if self.cancelled.is_set():
                raise RemoteFailure(ErrorCode.CANCELLED, "cancelled")
            connection.connect()
            if self.cancelled.is_set():  # cancelled while connecting: the abort found no socket yet
                raise RemoteFailure(ErrorCode.CANCELLED, "cancelled")
            assert connection.sock is not None
            connection.sock.settimeout(config.read_timeout_s)
            connection.request(method, f"{parts.path}/{endpoint}", body=data, headers=headers)
            response = connection.getresponse()
        except RemoteFailure:
            self.close()
            raise
        except (OSError, http.client.HTTPException) as e:
            self.close()
            if self.cancelled.is_set():
                raise RemoteFailure(ErrorCode.CANCELLED, "cancelled") from e
            error = e if isinstance(e, OSError) else OSError(str(e) or type(e).__name__)
            raise failures.from_connection(error, config.destination) from e
        if 200 <= response.status < 300 or (missing_ok and response.status == 404):
            return response
        try:
            said = response.read(MAX_ERROR_BODY)
        except (OSError, http.client.HTTPException):
            said = b""
        finally:
            self.close()
        raise failures.from_status(response.status, said, config.destination, model)

    def abort(self) -> None:
        """Set the cancel flag and break the connection, which wakes a blocked read at once."""
        self.cancelled.set()
        connection = self._connection
        sock = connection.sock if connection is not None else None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()

    def _connect_to(self) -> http.client.HTTPConnection:
        # an explicit port always: http.client would read the end of a bare IPv6 address as one
        host, port = self.config.host, self.config.parts.port or (443 if self.config.encrypted else 80)
        timeout = self.config.connect_timeout_s
        if self.config.encrypted:
            context = ssl.create_default_context()
            return http.client.HTTPSConnection(host, port, timeout=timeout, context=context)
        return http.client.HTTPConnection(host, port, timeout=timeout)

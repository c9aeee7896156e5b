"""Oriel's local API server: OpenAI's `/v1/chat/completions` and `/v1/models`, on this machine only.

Editors and scripts that speak OpenAI's API can use the model Oriel has loaded. Off by default;
when on, it keeps to four rules:

- It listens on a loopback address (127.0.0.1 or ::1) and nothing else: `ApiServer` refuses any
  other host, so no other machine can reach it, and it turns away a connection that is not from
  loopback all the same.
- Every request carries the bearer token Oriel generated (runtime.server.token). Without it: 401.
  A client can check that the server is Oriel before it sends the token: a random
  `X-Oriel-Challenge` header is answered with `X-Oriel-Proof`, an HMAC keyed with this
  installation's identity (runtime.server.identity), on every response.
  The `Host` header must name this machine too, so a web page that rebinds its DNS name to
  127.0.0.1 cannot talk to the server from the user's browser; no CORS headers are sent.
- One answer at a time, in arrival order (runtime.server.turns); a long line gets 429.
- Connections are few and brief until their request is read (runtime.server.connections): at
  most 48 open (then 503 with no thread spent), 15 s to send the head and 60 s for the body,
  the accept loop backs off when the process is out of descriptors, and `close()` ends every
  open connection, keep-alive ones included.
- Bodies are bounded (`max_body_bytes`, 413 past it) and checked (runtime.server.chat_request):
  malformed JSON (nested too deeply included), a bad Host header, a number out of range, an
  unknown model or an unsupported option is a 4xx with OpenAI's error shape. A request joins
  the line before its body is read, so waiting requests hold no parsed body and no image files.
- A failure inside Oriel reaches the client as a fixed sentence; its details (exception text,
  file paths) go to the server's log only.

The answer comes from the worker through a `runtime.transport.BlockingClient`, so it is the
same model, sampler and chat template as the window and the command line. Errors found before
the first token (a conversation too long, a bad value) become proper HTTP errors even for
streaming requests, because the status line is written only once the first event is known.
Streams use HTTP/1.1 chunked transfer, server-sent events, and end with `data: [DONE]`; a client
that disconnects mid-answer cancels it in the worker, streamed or not (a whole answer watches
its socket between tokens).
"""

from __future__ import annotations

import hmac
import ipaddress
import itertools
import json
import select
import socket
import sys
import tempfile
import threading
import time
import traceback
import urllib.parse
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from runtime.protocol import (
    Error,
    Event,
    Finished,
    ImageSkipped,
    TextDelta,
    ToolCallInvalid,
    ToolCallProposed,
)
from runtime.remote.config import is_loopback_host
from runtime.remote.wire import SSE_DONE, error_body, sse_event
from runtime.server import answers
from runtime.server.chat_request import ApiError, ChatRequest, parse_chat_request
from runtime.server.connections import BODY_TIMEOUT_S, HEADER_TIMEOUT_S, MAX_CONNECTIONS, Connections
from runtime.server.identity import CHALLENGE_HEADER, PROOF_HEADER, proof
from runtime.server.turns import LineFull, Turns
from runtime.transport import BlockingClient

DEFAULT_PORT = 8421
MAX_BODY_BYTES = 32 * 1024 * 1024  # a few photos as data URLs
MAX_WAITING = 32
SOCKET_TIMEOUT_S = 60.0  # any one read or write that makes no progress (a client that stops reading)
DISCONNECTS = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)
INTERNAL_MESSAGE = "The server failed to answer: the details are in Oriel's log."


class NotLoopback(ValueError):
    """A host other than this machine's loopback: the server never listens there."""


def loopback_address(host: str) -> str:
    """The address to bind for `host`, which must be loopback; raises NotLoopback otherwise."""
    name = host.strip().strip("[]")
    if name.lower() == "localhost":
        return "127.0.0.1"
    try:
        if ipaddress.ip_address(name).is_loopback:
            return name
    except ValueError:
        pass
    raise NotLoopback(
        f"refusing to listen on {host!r}: Oriel's API server only listens on this machine "
        "(127.0.0.1 or ::1), so that no other computer can reach the model"
    )


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog of 5 resets clients that connect in a burst (measured with 20):
    # accept them all, and let the line (Turns) decide who waits
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], api: ApiServer, connections: Connections) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.api = api
        self.connections = connections
        super().__init__(address, _Handler)

    def get_request(self) -> tuple[socket.socket, Any]:
        try:
            accepted = super().get_request()
        except OSError as e:
            self.connections.accept_failed(e)  # out of descriptors: wait, instead of spinning
            raise
        self.connections.accepted()
        return accepted

    def verify_request(self, request: Any, client_address: Any) -> bool:
        return self.connections.admit(request)  # past the cap: 503 at once, no thread

    def shutdown_request(self, request: Any) -> None:
        self.connections.release(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], (*DISCONNECTS, TimeoutError)):
            super().handle_error(request, client_address)


class ApiServer:
    """The HTTP server; `start()` serves on a thread, `serve_forever()` on this one."""

    def __init__(
        self,
        worker: BlockingClient,
        token: str,
        *,
        host: str = "127.0.0.1",
        port: int = DEFAULT_PORT,
        max_body_bytes: int = MAX_BODY_BYTES,
        max_waiting: int = MAX_WAITING,
        max_connections: int = MAX_CONNECTIONS,
        header_timeout: float = HEADER_TIMEOUT_S,
        body_timeout: float = BODY_TIMEOUT_S,
        identity: str | None = None,
        log: Callable[[str], None] | None = None,
    ) -> None:
        if not token:
            raise ValueError("the API server needs a token")
        self.worker = worker
        self.token = token
        self.identity = identity  # answers X-Oriel-Challenge (runtime.server.identity)
        self.max_body_bytes = max_body_bytes
        self.turns = Turns(max_waiting)
        self.log = log
        self.closed = threading.Event()
        address = (loopback_address(host), port)
        self.connections = Connections(max_connections, header_timeout, body_timeout)
        try:
            self.httpd = _HTTPServer(address, self, self.connections)
        except OSError:
            self.connections.close_all()
            raise
        self._thread: threading.Thread | None = None

    @property
    def address(self) -> tuple[str, int]:
        host, port = self.httpd.socket.getsockname()[:2]
        return host, port

    @property
    def url(self) -> str:
        """The base URL clients use, e.g. http://127.0.0.1:8421/v1."""
        host, port = self.address
        return f"http://{f'[{host}]' if ':' in host else host}:{port}/v1"

    def start(self) -> None:
        self._thread = threading.Thread(target=self.serve_forever, name="oriel-api-server", daemon=True)
        self._thread.start()

    def serve_forever(self) -> None:
        self.httpd.serve_forever(poll_interval=0.1)

    def close(self) -> None:
        """Stop accepting and end every open connection: an answer in progress is cancelled,
        a keep-alive client gets no more answers, and requests waiting in line are dropped."""
        self.closed.set()
        if self._thread is not None:
            self.httpd.shutdown()
        self.httpd.server_close()
        self.connections.close_all()
        if self._thread is not None:
            self._thread.join(5.0)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "Oriel"
    timeout = SOCKET_TIMEOUT_S
    server: _HTTPServer
    _responded = False  # the status line of the current answer is sent
    _hidden = ""  # the request's image folder, kept out of what the client reads

    @property
    def api(self) -> ApiServer:
        return self.server.api

    def handle_one_request(self) -> None:
        self.server.connections.expect_headers(self.connection)  # a deadline for the whole head
        self._responded, self._hidden = False, ""
        super().handle_one_request()

    def parse_request(self) -> bool:
        parsed = super().parse_request()
        self.server.connections.answering(self.connection)
        return parsed

    def log_message(self, format: str, *args: Any) -> None:
        if self.api.log is not None:
            self.api.log(f"{self.address_string()} {format % args}")

    def _report(self, problem: str) -> None:
        """A failure the client is told of in general terms: its details go to the log (or to
        stderr, where no log is kept)."""
        if self.api.log is not None:
            self.api.log(f"{self.address_string()} {problem}")
        else:
            print(f"oriel-api: {problem}", file=sys.stderr, flush=True)

    # -- routes ------------------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._guarded(self._get)

    def do_POST(self) -> None:
        self._guarded(self._post)

    def _guarded(self, route: Callable[[], None]) -> None:
        """Run a route; a failure nobody foresaw is logged here and answered with a plain 500."""
        try:
            route()
        except DISCONNECTS:
            self.close_connection = True
        except Exception:
            self.close_connection = True
            self._report(f"internal error:\n{traceback.format_exc()}")
            if not self._responded:
                self._error(ApiError(500, INTERNAL_MESSAGE, "internal_error", kind="server_error"))

    def send_response(self, code: int, message: str | None = None) -> None:
        self._responded = True
        super().send_response(code, message)

    def end_headers(self) -> None:
        """Every answer proves the server's identity to a client that sent a challenge (before
        any token check: a client checks the server before it sends its token)."""
        headers = getattr(self, "headers", None)  # None when the request line itself was bad
        challenge = headers.get(CHALLENGE_HEADER) if headers is not None else None
        if self.api.identity and challenge:
            answer = proof(self.api.identity, challenge.strip())
            if answer is not None:
                self.send_header(PROOF_HEADER, answer)
        super().end_headers()

    def _get(self) -> None:
        if not self._admit():
            return
        path = urllib.parse.urlsplit(self.path).path.rstrip("/")
        name = self.api.worker.model_name
        models = [] if name is None else [{"id": name, "object": "model", "created": 0, "owned_by": "oriel"}]
        if path in ("/v1/models", "/models"):
            self._json(200, {"object": "list", "data": models})
        elif path.startswith(("/v1/models/", "/models/")):
            wanted = urllib.parse.unquote(path.rsplit("/", 1)[1])
            found = [m for m in models if m["id"] == wanted]
            if found:
                self._json(200, found[0])
            else:
                self._error(ApiError(404, f"The model '{wanted}' does not exist.", "model_not_found"))
        else:
            self._error(ApiError(404, f"There is nothing at {path}: try /v1/chat/completions.", "not_found"))

    def _post(self) -> None:
        if not self._admit():
            return
        path = urllib.parse.urlsplit(self.path).path.rstrip("/")
        if path not in ("/v1/chat/completions", "/chat/completions"):
            self.close_connection = True  # its body is not read
            self._error(ApiError(404, f"There is nothing at {path}: try /v1/chat/completions.", "not_found"))
            return
        try:
            self._chat()
        except ApiError as e:
            self._error(e)

    # -- admission ---------------------------------------------------------------------------------

    def _admit(self) -> bool:
        """Loopback peer, a Host naming this machine, and the token; answers the refusal itself."""
        if not ipaddress.ip_address(self.client_address[0]).is_loopback:  # cannot happen when bound right
            self.close_connection = True
            self._error(ApiError(403, "Only this computer may use this server.", "forbidden"))
            return False
        try:
            host = urllib.parse.urlsplit(f"//{self.headers.get('Host', 'localhost')}").hostname or ""
        except ValueError:  # "[::1" and the like
            self.close_connection = True
            self._error(ApiError(400, "The Host header is not a host name.", "invalid_request"))
            return False
        if not is_loopback_host(host):
            self.close_connection = True
            self._error(
                ApiError(403, f"This server answers only requests for localhost, not {host!r}.", "forbidden")
            )
            return False
        scheme, _, given = self.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            given.strip().encode(), self.api.token.encode()
        ):
            self.close_connection = True
            said = "Missing" if not given else "Wrong"
            self._error(
                ApiError(
                    401,
                    f"{said} API token: send 'Authorization: Bearer <token>' with the token Oriel shows "
                    "in its settings (or `python -m runtime.server --print-token`).",
                    "invalid_api_key",
                    kind="authentication_error",
                ),
                headers={"WWW-Authenticate": 'Bearer realm="Oriel"'},
            )
            return False
        return True

    def _body_length(self) -> int:
        """The Content-Length, checked (nothing of the body is read)."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.close_connection = True
            raise ApiError(411, "Send the body with a Content-Length, not chunked.", "length_required")
        length_header = self.headers.get("Content-Length")
        if length_header is None:
            self.close_connection = True
            raise ApiError(411, "A Content-Length header is required.", "length_required")
        try:
            length = int(length_header)
            if length < 0:
                raise ValueError
        except ValueError:
            self.close_connection = True
            raise ApiError(
                400, f"Content-Length {length_header!r} is not a size.", "invalid_request"
            ) from None
        if length > self.api.max_body_bytes:
            self.close_connection = True  # the body stays unread: nothing more on this connection
            raise ApiError(
                413,
                f"The request is {length:,} bytes, more than the {self.api.max_body_bytes:,} this server "
                "takes: send smaller images.",
                "request_too_large",
            )
        return length

    def _body(self, length: int) -> Any:
        self.server.connections.expect_body(self.connection)
        data = self.rfile.read(length)
        self.server.connections.answering(self.connection)
        if len(data) < length:
            self.close_connection = True
            raise ApiError(400, "The request body ended early.", "invalid_request")
        try:
            return json.loads(data)
        except (ValueError, UnicodeDecodeError) as e:
            raise ApiError(400, f"The request body is not valid JSON: {e}.", "invalid_json") from None
        except RecursionError:
            raise ApiError(400, "The request body is JSON nested too deeply.", "invalid_json") from None

    # -- answers -----------------------------------------------------------------------------------

    def _chat(self) -> None:
        """Join the line first, then read and parse the body: requests that wait cost no memory
        or disk (their bodies stay in the socket), and a full line refuses before reading."""
        length = self._body_length()
        worker = self.api.worker
        try:
            with self.api.turns.turn():
                if self.api.closed.is_set():  # turned off while this request waited
                    self.close_connection = True
                    return
                body = self._body(length)
                with tempfile.TemporaryDirectory(prefix="oriel-api-") as image_dir:  # mode 0700
                    request = parse_chat_request(
                        body,
                        request_id=worker.new_id(),
                        served_model=worker.model_name,
                        image_dir=Path(image_dir),
                    )
                    self._answer(request, worker.model_name or "", image_dir)
        except LineFull:
            self.close_connection = True  # its body is not read
            raise ApiError(
                429,
                f"{self.api.turns.max_waiting} requests are already waiting: try again shortly.",
                "server_busy",
                kind="server_error",
            ) from None

    def _answer(self, request: ChatRequest, model: str, image_dir: str) -> None:
        worker = self.api.worker
        events = worker.stream(request.generate)
        self._hidden = image_dir  # worker messages may name the request's files: not for the client
        try:
            first = self._first(events)
            if isinstance(first, Error):
                raise self._api_error(first)
            write = self._stream_writer(request, model) if request.stream else None
            self._relay(request, model, itertools.chain([first], events), write)
        finally:
            events.close()  # cancels the Generate in the worker unless it ended

    def _api_error(self, error: Error) -> ApiError:
        """The client's view of a worker error; the details of an internal one stay in the log."""
        api_error = answers.api_error(error, self._hidden)
        if api_error.status >= 500:
            self._report(f"the worker failed ({error.code}): {error.message}")
        return api_error

    def _client_gone(self) -> bool:
        """Whether the client closed its end (checked while a whole answer is being made)."""
        try:
            readable, _, _ = select.select([self.connection], [], [], 0)
            return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""
        except (OSError, ValueError):
            return True

    def _first(self, events: Iterator[Event]) -> Event:
        for event in events:
            if isinstance(event, ImageSkipped):
                self.log_message("image left out: %s", event.reason)
            else:
                return event
        raise AssertionError("the worker's stream ends with a final event")

    def _relay(
        self,
        request: ChatRequest,
        model: str,
        events: Iterator[Event],
        write: Callable[[dict[str, Any] | None], None] | None,
    ) -> None:
        rid, created = request.generate.request_id, int(time.time())
        stops = answers.StopStrings(request.stop)
        texts: dict[str, list[str]] = {"answer": [], "thinking": []}

        def send(kind: str, text: str) -> None:
            if not text:
                return
            texts[kind].append(text)
            if write is not None:
                field = "content" if kind == "answer" else "reasoning_content"
                write(answers.chunk(rid, created, model, {field: text}, None))

        calls: list[dict[str, Any]] = []
        for event in events:
            if write is None and self._client_gone():  # nobody waits for the answer: cancel it
                raise ConnectionAbortedError("the client went away")
            if isinstance(event, ToolCallProposed):
                call = answers.tool_call(event)
                if write is not None:
                    for delta in answers.tool_call_deltas(len(calls), call):
                        write(answers.chunk(rid, created, model, delta, None))
                calls.append(call)
            elif isinstance(event, ToolCallInvalid):
                # The client sees what the model wrote; it can send it back with an error result.
                send("answer", answers.invalid_call_text(event))
            elif isinstance(event, TextDelta) and event.kind == "thinking":
                send("thinking", event.text)
            elif isinstance(event, TextDelta):
                already = stops.stopped
                send("answer", stops.feed(event.text))
                if stops.stopped and not already:
                    self.api.worker.cancel(rid)
            elif isinstance(event, Finished):
                send("answer", stops.flush() if not stops.stopped else "")
                finish = "tool_calls" if calls else answers.finish_reason(event, stops.stopped)
                if write is None:
                    answer, thinking = "".join(texts["answer"]), "".join(texts["thinking"])
                    body = answers.completion(rid, created, model, answer, thinking, finish, event, calls)
                    self._json(200, body)
                    return
                write(answers.chunk(rid, created, model, {}, finish))
                if request.include_usage:
                    write(answers.usage_chunk(rid, created, model, event))
                write(None)
                return
            elif isinstance(event, Error):
                error = self._api_error(event)
                if write is None:
                    raise error
                write(error_body(error.message, error.kind, error.code))
                write(None)
                return

    def _stream_writer(self, request: ChatRequest, model: str) -> Callable[[dict[str, Any] | None], None]:
        """Start the event stream; the writer sends one event, or with None [DONE] and the end."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

        def write(payload: dict[str, Any] | None) -> None:
            data = SSE_DONE if payload is None else sse_event(payload)
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            if payload is None:
                self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()

        rid = request.generate.request_id
        write(answers.chunk(rid, int(time.time()), model, {"role": "assistant", "content": ""}, None))
        return write

    def _json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def _error(self, error: ApiError, headers: dict[str, str] | None = None) -> None:
        self._json(error.status, error_body(error.message, error.kind, error.code, error.param), headers)

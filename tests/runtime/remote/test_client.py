"""The remote engine against a scripted OpenAI-compatible server on 127.0.0.1 (http.server, in a
thread): streaming, thinking in its three shapes, images, cancel, and every failure a user can hit.

Nothing here leaves the machine: the fake server binds 127.0.0.1 and the client is only given
its address (and, for "unreachable", a loopback port nobody listens on).
"""

from __future__ import annotations

import base64
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from runtime.protocol import (
    PROTOCOL_VERSION,
    Error,
    ErrorCode,
    Event,
    Finished,
    ImageRef,
    ImageSkipped,
    ListModels,
    Message,
    ModelLoaded,
    Ready,
    Sampling,
    Status,
    TextDelta,
    ends_request,
)
from runtime.remote import RemoteConfig, RemoteEngineClient
from runtime.transport import BlockingClient

pytestmark = pytest.mark.timeout(30)

HELLO = (Message("user", "Hello"),)

Script = Callable[["Exchange"], None]


@dataclass
class Exchange:
    """One request the fake server got, and the means to answer it."""

    handler: BaseHTTPRequestHandler
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    chunked: bool = True

    def json(self, status: int, payload: Any) -> None:
        data = json.dumps(payload).encode()
        self.handler.send_response(status)
        self.handler.send_header("Content-Type", "application/json")
        self.handler.send_header("Content-Length", str(len(data)))
        self.handler.end_headers()
        self.handler.wfile.write(data)

    def begin_stream(self) -> None:
        self.handler.send_response(200)
        self.handler.send_header("Content-Type", "text/event-stream")
        if self.chunked:
            self.handler.send_header("Transfer-Encoding", "chunked")
        else:
            self.handler.close_connection = True
        self.handler.end_headers()

    def raw(self, data: bytes) -> None:
        if self.chunked:
            data = f"{len(data):x}\r\n".encode() + data + b"\r\n"
        self.handler.wfile.write(data)
        self.handler.wfile.flush()

    def event(self, payload: dict[str, Any] | str) -> None:
        text = payload if isinstance(payload, str) else json.dumps(payload)
        self.raw(f"data: {text}\n\n".encode())

    def end_stream(self) -> None:
        if self.chunked:
            self.handler.wfile.write(b"0\r\n\r\n")
        self.handler.wfile.flush()

    def stream(self, chunks: list[dict[str, Any]], *, done: bool = True) -> None:
        self.begin_stream()
        for chunk in chunks:
            self.event(chunk)
        if done:
            self.event("[DONE]")
        self.end_stream()

    def drop(self) -> None:
        """Cut the connection without ending the response."""
        self.handler.wfile.flush()
        self.handler.connection.shutdown(socket.SHUT_RDWR)
        self.handler.close_connection = True


@dataclass
class FakeServer:
    url: str
    seen: list[Exchange] = field(default_factory=list)
    script: Script | None = None
    models: list[str] = field(default_factory=lambda: ["qwen"])
    disconnected: threading.Event = field(default_factory=threading.Event)


def chunk(content: str | None = None, *, finish: str | None = None, **delta: str) -> dict[str, Any]:
    if content is not None:
        delta["content"] = content
    return {"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


def usage(prompt: int, completion: int) -> dict[str, Any]:
    return {"choices": [], "usage": {"prompt_tokens": prompt, "completion_tokens": completion}}


@pytest.fixture
def server() -> Iterator[FakeServer]:
    fake = FakeServer("")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            exchange = Exchange(self, self.path, dict(self.headers), {})
            fake.seen.append(exchange)
            if self.path == "/v1/models":
                exchange.json(
                    200, {"object": "list", "data": [{"id": m, "object": "model"} for m in fake.models]}
                )
            else:
                exchange.json(404, {"error": {"message": "Not Found"}})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            exchange = Exchange(self, self.path, dict(self.headers), json.loads(self.rfile.read(length)))
            fake.seen.append(exchange)
            if fake.script is None:
                exchange.stream([chunk("Hi"), chunk(" there", finish="stop"), usage(5, 2)])
                return
            try:
                fake.script(exchange)
            except (BrokenPipeError, ConnectionResetError):
                fake.disconnected.set()

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request: object, client_address: object) -> None:
            pass  # a client that cancels resets its connection: expected here, not worth a traceback

    httpd = Server(("127.0.0.1", 0), Handler)
    fake.url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        httpd.shutdown()
        httpd.server_close()


@dataclass
class Run:
    client: BlockingClient
    events: list[Event]
    engine: RemoteEngineClient

    def until(self, rid: str, timeout: float = 10.0) -> list[Event]:
        deadline = time.monotonic() + timeout
        while True:
            event = self.client.next_event(max(deadline - time.monotonic(), 0.01))
            assert event is not None, f"no final event for {rid} in {timeout} s"
            self.events.append(event)
            if getattr(event, "request_id", None) == rid and ends_request(event):
                return [e for e in self.events if getattr(e, "request_id", None) == rid]


@pytest.fixture
def connect(server: FakeServer) -> Iterator[Callable[..., Run]]:
    clients: list[BlockingClient] = []

    def make(**config: Any) -> Run:
        engine = RemoteEngineClient(RemoteConfig(config.pop("base_url", server.url), **config))
        client = BlockingClient(engine)
        client.start()
        clients.append(client)
        return Run(client, [], engine)

    yield make
    for client in clients:
        client.shutdown()


def answer(events: list[Event], kind: str = "answer") -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta) and e.kind == kind)


def final(events: list[Event]) -> Event:
    assert ends_request(events[-1])
    return events[-1]


# -- streaming ---------------------------------------------------------------------------------------


def test_start_greets_without_touching_the_network(server, connect) -> None:
    run = connect(model="qwen")
    ready = run.client.next_event(1)
    assert isinstance(ready, Ready) and ready.protocol_version == PROTOCOL_VERSION
    assert ready.providers == ("remote",)
    assert server.seen == []


def test_a_streamed_answer_gives_the_workers_events(server, connect) -> None:
    run = connect(model="qwen", api_key="sk-test")
    sampling = Sampling(temperature=0.3, top_p=0.9, top_k=5, seed=7)
    events = run.until(run.client.generate("c", HELLO, sampling=sampling, thinking=False, max_new_tokens=9))
    assert answer(events) == "Hi there"
    done = final(events)
    assert isinstance(done, Finished) and done.reason == "stop"
    assert (done.prompt_tokens, done.generated_tokens) == (5, 2)

    sent = server.seen[-1]
    assert sent.path == "/v1/chat/completions"
    assert sent.headers["Authorization"] == "Bearer sk-test"
    body = sent.body
    assert body["model"] == "qwen" and body["stream"] is True and body["max_tokens"] == 9
    assert body["messages"] == [{"role": "user", "content": "Hello"}]
    assert (body["temperature"], body["top_p"], body["top_k"], body["seed"]) == (0.3, 0.9, 5, 7)
    assert body["chat_template_kwargs"] == {"enable_thinking": False}


@pytest.mark.parametrize("field_name", ["reasoning_content", "reasoning"])
def test_reasoning_deltas_are_thinking(server, connect, field_name) -> None:
    server.script = lambda x: x.stream(
        [
            chunk(**{field_name: "Let me"}),
            chunk(**{field_name: " think."}),
            chunk("The answer"),
            chunk(" is 4.", finish="stop"),
        ]
    )
    run = connect(model="qwen")
    events = run.until(run.client.generate("c", HELLO))
    assert answer(events, "thinking") == "Let me think."
    assert answer(events) == "The answer is 4."
    kinds = [e.kind for e in events if isinstance(e, TextDelta)]
    assert kinds == sorted(kinds, key=lambda k: k != "thinking"), "thinking comes first"
    assert isinstance(final(events), Finished)


def test_think_tags_in_the_content_are_split_even_across_chunks(server, connect) -> None:
    server.script = lambda x: x.stream(
        [
            chunk("<thi"),
            chunk("nk>\nPonder"),
            chunk("ing.</th"),
            chunk("ink>\n\nDone."),
            chunk(finish="length"),
        ]
    )
    run = connect(model="qwen")
    events = run.until(run.client.generate("c", HELLO))
    assert (answer(events, "thinking"), answer(events)) == ("Pondering.", "Done.")
    done = final(events)
    assert isinstance(done, Finished) and done.reason == "length"


def test_a_server_that_ignores_stream_still_answers(server, connect) -> None:
    server.script = lambda x: x.json(
        200,
        {
            "choices": [
                {
                    "index": 0,
                    "message": {"content": "Whole", "reasoning_content": "Hm"},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 3, "completion_tokens": 1},
        },
    )
    run = connect(model="qwen")
    events = run.until(run.client.generate("c", HELLO))
    assert (answer(events, "thinking"), answer(events)) == ("Hm", "Whole")
    assert isinstance(final(events), Finished)


def test_images_go_as_data_urls_and_unusable_ones_are_reported(server, connect, tmp_path: Path) -> None:
    png = tmp_path / "cat"  # stored content-addressed: no extension, the type comes from the bytes
    Image.new("RGB", (4, 3), "red").save(png, format="PNG")
    text = tmp_path / "notes.txt"
    text.write_text("not an image")
    missing = tmp_path / "gone.png"
    run = connect(model="qwen")
    messages = (
        Message(
            "user", "What is this?", images=tuple(ImageRef(str(f), "0" * 64) for f in (png, text, missing))
        ),
    )
    events = run.until(run.client.generate("c", messages))
    assert isinstance(final(events), Finished)

    skipped = [e for e in events if isinstance(e, ImageSkipped)]
    assert [(e.message_index, e.image_index) for e in skipped] == [(0, 1), (0, 2)]
    assert "notes.txt is not a PNG, JPEG" in skipped[0].reason
    assert "gone.png could not be read" in skipped[1].reason
    content = server.seen[-1].body["messages"][0]["content"]
    assert [part["type"] for part in content] == ["image_url", "text"]
    url = content[0]["image_url"]["url"]
    assert url.startswith("data:image/png;base64,")
    assert base64.b64decode(url.split(",", 1)[1]) == png.read_bytes()
    assert content[1] == {"type": "text", "text": "What is this?"}


def test_earlier_answers_go_back_without_their_reasoning(server, connect) -> None:
    run = connect(model="qwen")
    history = (
        Message("system", "Be brief."),
        Message("user", "Hi"),
        Message("assistant", "Hello!", reasoning="They greeted me."),
        Message("user", "Again"),
    )
    run.until(run.client.generate("c", history))
    assert server.seen[-1].body["messages"] == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello!"},
        {"role": "user", "content": "Again"},
    ]


# -- cancel ------------------------------------------------------------------------------------------


def test_cancel_mid_answer_closes_the_connection_and_finishes(server, connect) -> None:
    def endless(x: Exchange) -> None:
        x.begin_stream()
        for _ in range(500):  # bounded: 10 s at most, far past the test's cancel
            x.event(chunk("tick "))
            time.sleep(0.02)
        x.end_stream()

    server.script = endless
    run = connect(model="qwen")
    rid = run.client.generate("c", HELLO)
    while len([e for e in run.events if isinstance(e, TextDelta)]) < 3:
        event = run.client.next_event(5)
        assert event is not None
        run.events.append(event)
    run.client.cancel(rid)  # how fast: bench/cancel_latency.py
    done = final(run.until(rid))
    assert isinstance(done, Finished) and done.reason == "cancelled" and 3 <= done.generated_tokens < 500
    assert server.disconnected.wait(5), "the server should see the connection go"


# -- failures ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("chunked", [True, False], ids=["chunked", "close-delimited"])
def test_a_dropped_connection_mid_stream_is_an_error_after_the_text_so_far(server, connect, chunked) -> None:
    def dropping(x: Exchange) -> None:
        x.chunked = chunked
        x.begin_stream()
        x.event(chunk("Half an"))
        x.event(chunk(" answer"))
        x.drop()

    server.script = dropping
    run = connect(model="qwen")
    events = run.until(run.client.generate("c", HELLO))
    assert answer(events) == "Half an answer"
    error = final(events)
    assert isinstance(error, Error) and error.code == ErrorCode.REMOTE_DISCONNECTED
    assert "broke in the middle of the answer" in error.message


def test_a_wrong_key_is_unauthorized(server, connect) -> None:
    server.script = lambda x: x.json(
        401, {"error": {"message": "Incorrect API key provided", "type": "invalid_request_error"}}
    )
    run = connect(model="qwen", api_key="wrong")
    error = final(run.until(run.client.generate("c", HELLO)))
    assert isinstance(error, Error) and error.code == ErrorCode.REMOTE_UNAUTHORIZED
    assert "refused the API key (HTTP 401)" in error.message and "Incorrect API key" in error.message


@pytest.mark.parametrize(
    ("status", "said"),
    [
        (404, {"error": {"message": "The model `qwen-9b` does not exist.", "type": "NotFoundError"}}),  # vLLM
        (404, {"error": {"message": 'model "qwen-9b" not found, try pulling it first'}}),  # Ollama
    ],
)
def test_an_unknown_model_is_named(server, connect, status, said) -> None:
    server.script = lambda x: x.json(status, said)
    run = connect(model="qwen-9b")
    error = final(run.until(run.client.generate("c", HELLO)))
    assert isinstance(error, Error) and error.code == ErrorCode.REMOTE_MODEL_NOT_FOUND
    assert "has no model named 'qwen-9b'" in error.message


@pytest.mark.parametrize(
    "said",
    [
        {  # vLLM
            "error": {
                "message": "This model's maximum context length is 4096 tokens. However, you requested "
                "5000 tokens. Please reduce the length of the messages.",
                "type": "BadRequestError",
            }
        },
        {  # llama.cpp
            "error": {
                "code": 400,
                "message": "the request exceeds the available context size, try increasing it",
                "type": "exceed_context_size_error",
            }
        },
    ],
)
def test_a_conversation_too_long_is_context_overflow(server, connect, said) -> None:
    server.script = lambda x: x.json(400, said)
    run = connect(model="qwen")
    error = final(run.until(run.client.generate("c", HELLO)))
    assert isinstance(error, Error) and error.code == ErrorCode.CONTEXT_OVERFLOW
    assert "longer than the server at 127.0.0.1" in error.message and "start a new chat" in error.message


def test_an_error_sent_mid_stream_ends_the_request(server, connect) -> None:
    server.script = lambda x: x.stream(
        [chunk("Part"), {"error": {"message": "CUDA out of memory", "type": "InternalServerError"}}]
    )
    run = connect(model="qwen")
    events = run.until(run.client.generate("c", HELLO))
    error = final(events)
    assert answer(events) == "Part"
    assert isinstance(error, Error) and error.code == ErrorCode.REMOTE_SERVER_ERROR
    assert "CUDA out of memory" in error.message


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (429, ErrorCode.REMOTE_RATE_LIMITED),
        (500, ErrorCode.REMOTE_SERVER_ERROR),
        (405, ErrorCode.REMOTE_SERVER_ERROR),
    ],
)
def test_other_statuses_have_their_codes(server, connect, status, code) -> None:
    server.script = lambda x: x.json(status, {"error": "nope"})
    run = connect(model="qwen")
    error = final(run.until(run.client.generate("c", HELLO)))
    assert isinstance(error, Error) and error.code == code and f"HTTP {status}" in error.message


def test_a_wrong_path_says_to_check_the_base_url(server, connect) -> None:
    server.script = lambda x: x.json(404, {"detail": "Not Found"})
    run = connect(model="qwen", base_url=server.url.replace("/v1", "/api"))
    error = final(run.until(run.client.generate("c", HELLO)))
    assert isinstance(error, Error) and error.code == ErrorCode.REMOTE_BAD_RESPONSE
    assert "it usually ends in /v1" in error.message


def test_garbage_instead_of_a_stream_is_a_bad_response(server, connect) -> None:
    def garbage(x: Exchange) -> None:
        x.begin_stream()
        x.raw(b"data: <html>oops</html>\n\n")
        x.end_stream()

    server.script = garbage
    run = connect(model="qwen")
    error = final(run.until(run.client.generate("c", HELLO)))
    assert isinstance(error, Error) and error.code == ErrorCode.REMOTE_BAD_RESPONSE


def test_nobody_listening_is_unreachable(connect) -> None:
    with socket.socket() as s:  # a loopback port that was free a moment ago
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    run = connect(model="qwen", base_url=f"http://127.0.0.1:{port}/v1")
    error = final(run.until(run.client.generate("c", HELLO)))
    assert isinstance(error, Error) and error.code == ErrorCode.REMOTE_UNREACHABLE
    assert f"Could not reach 127.0.0.1:{port}: nothing answers at that port" in error.message


# -- load, status, store -----------------------------------------------------------------------------


def test_load_checks_the_server_and_says_where_messages_go(server, connect) -> None:
    run = connect(model="qwen")
    loaded = final(run.until(run.client.load_model("/models/Qwen3.5-2B")))
    assert isinstance(loaded, ModelLoaded)
    assert (loaded.package_dir, loaded.provider) == ("/models/Qwen3.5-2B", "remote")
    assert "another program on this computer (127.0.0.1:" in loaded.provider_reason
    assert server.seen[-1].path == "/v1/models"
    status = final(run.until(run.client.get_status()))
    assert isinstance(status, Status) and status.provider == "remote" and not status.busy


def test_load_names_the_models_the_server_offers(server, connect) -> None:
    server.models = ["llama", "qwen-2b"]
    run = connect(model="qwen-9b")
    error = final(run.until(run.client.load_model("")))
    assert isinstance(error, Error) and error.code == ErrorCode.REMOTE_MODEL_NOT_FOUND
    assert "no model named 'qwen-9b': choose one of llama, qwen-2b" in error.message


def test_no_model_name_takes_the_servers_only_model(server, connect) -> None:
    server.models = ["the-one"]
    run = connect()
    events = run.until(run.client.generate("c", HELLO))
    assert isinstance(final(events), Finished)
    assert run.engine.model == "the-one" and server.seen[-1].body["model"] == "the-one"


def test_store_requests_are_refused_plainly(connect) -> None:
    run = connect(model="qwen")
    run.client.send(ListModels("list-1"))
    error = final(run.until("list-1"))
    assert isinstance(error, Error) and error.code == ErrorCode.INVALID_REQUEST
    assert "switch to the local engine" in error.message


def test_shutdown_stops_requests_in_flight(server, connect) -> None:
    def slow(x: Exchange) -> None:
        x.begin_stream()
        for _ in range(200):
            x.event(chunk("."))
            time.sleep(0.05)
        x.end_stream()

    server.script = slow
    run = connect(model="qwen")
    rid = run.client.generate("c", HELLO)
    while not isinstance(event := run.client.next_event(10), TextDelta):  # the answer is flowing
        assert event is not None, "no text in 10 s"
        run.events.append(event)
    run.events.append(event)
    run.client.shutdown()  # how fast: bench/cancel_latency.py
    assert isinstance(final(run.until(rid)), Finished)
    with pytest.raises(RuntimeError, match="shut down"):
        run.client.generate("c", HELLO)

"""The local API server over real HTTP, on the in-process fake worker: the token, loopback only,
bad requests, streaming shapes, the one-at-a-time line, disconnects and stop strings.

The fake worker (tests/devtools.fake_worker.py) speaks the real protocol, so everything above it (the
shared worker, the HTTP layer) is the production code; tests/runtime/server/test_with_model.py runs the
same server on a real worker and model. Every connection goes to 127.0.0.1.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from devtools.fake_worker import FakeWorker
from runtime.protocol import Cancel, ErrorCode, Finished, Generate, LoadModel, Message, ModelLoaded, TextDelta
from runtime.remote import RemoteConfig, RemoteEngineClient
from runtime.server import ApiServer, NotLoopback, answers, loopback_address
from runtime.server.answers import StopStrings
from runtime.server.chat_request import MAX_NEW_TOKENS
from runtime.server.turns import LineFull, Turns
from runtime.transport import BlockingClient, Router

pytestmark = pytest.mark.timeout(30)

TOKEN = "test-token-0123456789"
MODEL = "Qwen3.5-2B-fp32"


@dataclass
class Served:
    server: ApiServer
    fake: FakeWorker
    worker: BlockingClient

    @property
    def port(self) -> int:
        return self.server.address[1]


def start_server(tmp_path: Path, **options: Any) -> Served:
    fake = FakeWorker(answer="Four is the answer.", thinking="Two plus two.", delay=0.001)
    worker = BlockingClient(fake, prefix="api")
    package = tmp_path / MODEL
    package.mkdir()
    loaded = list(worker.stream(LoadModel(worker.new_id(), str(package))))
    assert isinstance(loaded[-1], ModelLoaded)
    server = ApiServer(worker, TOKEN, port=0, **options)
    server.start()
    return Served(server, fake, worker)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    s = start_server(tmp_path)
    try:
        yield s
    finally:
        s.fake.hold.set()
        s.server.close()
        s.worker.shutdown()


def request(
    served: Served,
    method: str,
    path: str,
    body: Any = None,
    *,
    token: str | None = TOKEN,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=20)
    sent = dict(headers or {})
    if token is not None:
        sent["Authorization"] = f"Bearer {token}"
    data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
    if data is not None:
        sent["Content-Type"] = "application/json"
    try:
        connection.request(method, path, body=data, headers=sent)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def chat(served: Served, **fields: Any) -> tuple[int, dict[str, str], bytes]:
    body = {"model": MODEL, "messages": [{"role": "user", "content": "What is 2+2?"}], **fields}
    return request(served, "POST", "/v1/chat/completions", body)


def events(data: bytes) -> list[Any]:
    """The data of each server-sent event; the last is the string "[DONE]"."""
    out: list[Any] = []
    for block in data.decode().split("\n\n"):
        if block.startswith("data: "):
            payload = block[6:]
            out.append(payload if payload == "[DONE]" else json.loads(payload))
    return out


def streamed(chunks: list[Any], field: str) -> str:
    return "".join(
        c["choices"][0]["delta"].get(field, "") for c in chunks if isinstance(c, dict) and c["choices"]
    )


def raw_request(served: Served, head: str) -> bytes:
    """Send a hand-written request head (no body) and read the answer until the server closes."""
    with socket.create_connection(("127.0.0.1", served.port), timeout=10) as s:
        s.sendall(head.encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
        return data


def error_of(body: bytes) -> dict[str, Any]:
    return json.loads(body)["error"]


# -- access -------------------------------------------------------------------------------------------


def test_the_server_listens_on_loopback_only(served) -> None:
    assert served.server.httpd.socket.getsockname()[0] == "127.0.0.1"
    assert served.server.url == f"http://127.0.0.1:{served.port}/v1"


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "example.com", ""])
def test_a_host_other_than_loopback_is_refused_before_binding(host: str, served) -> None:
    with pytest.raises(NotLoopback, match="only listens on this machine"):
        loopback_address(host)
    with pytest.raises(NotLoopback):
        ApiServer(served.worker, TOKEN, host=host, port=0)


def test_it_can_listen_on_ipv6_loopback(served) -> None:
    try:
        server = ApiServer(served.worker, TOKEN, host="::1", port=0)
    except OSError:
        pytest.skip("this machine has no IPv6 loopback")
    try:
        assert server.httpd.socket.getsockname()[0] == "::1"
        assert server.url.startswith("http://[::1]:")
    finally:
        server.httpd.server_close()


def test_localhost_means_127_0_0_1() -> None:
    assert loopback_address("localhost") == "127.0.0.1"
    assert loopback_address("[::1]") == "::1"


@pytest.mark.parametrize("token", [None, "wrong-token", ""])
@pytest.mark.parametrize("path", ["/v1/models", "/v1/chat/completions"])
def test_a_missing_or_wrong_token_gets_401(served, token, path) -> None:
    method = "GET" if path.endswith("models") else "POST"
    status, headers, body = request(served, method, path, {"model": MODEL}, token=token)
    assert status == 401
    assert headers["WWW-Authenticate"] == 'Bearer realm="Oriel"'
    error = error_of(body)
    assert error["code"] == "invalid_api_key" and "Authorization: Bearer <token>" in error["message"]
    assert served.fake.generates == []


def test_a_request_for_another_host_name_is_refused(served) -> None:
    status, _, body = request(served, "GET", "/v1/models", headers={"Host": "evil.example:8421"})
    assert status == 403 and "only requests for localhost" in error_of(body)["message"]


def test_models_lists_the_loaded_model(served) -> None:
    status, _, body = request(served, "GET", "/v1/models")
    assert status == 200
    assert [m["id"] for m in json.loads(body)["data"]] == [MODEL]
    assert request(served, "GET", f"/v1/models/{MODEL}")[0] == 200
    assert request(served, "GET", "/v1/models/other")[0] == 404


# -- bad requests -------------------------------------------------------------------------------------


def test_malformed_json_is_a_400(served) -> None:
    status, _, body = request(served, "POST", "/v1/chat/completions", b'{"model": "x", "messages": [')
    assert status == 400
    error = error_of(body)
    assert error["code"] == "invalid_json" and error["message"].startswith(
        "The request body is not valid JSON"
    )


def test_an_oversized_body_is_refused_without_reading_it(served) -> None:
    head = (
        "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {TOKEN}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {1 << 40}\r\n\r\n"
    )
    answer = raw_request(served, head)
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert b"more than the 33,554,432 this server takes" in answer


def test_a_body_without_a_length_is_refused(served) -> None:
    head = f"POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {TOKEN}\r\n\r\n"
    assert raw_request(served, head).startswith(b"HTTP/1.1 411 ")


def test_a_host_header_that_is_no_host_name_is_a_400(served) -> None:
    head = f"GET /v1/models HTTP/1.1\r\nHost: [::1\r\nAuthorization: Bearer {TOKEN}\r\n\r\n"
    answer = raw_request(served, head)
    assert answer.startswith(b"HTTP/1.1 400 ") and b"The Host header is not a host name" in answer


def test_json_nested_too_deeply_is_a_400(served) -> None:
    status, _, body = request(served, "POST", "/v1/chat/completions", b"[" * 100_000 + b"]" * 100_000)
    assert status == 400 and error_of(body)["code"] == "invalid_json"
    assert "nested too deeply" in error_of(body)["message"]


@pytest.mark.parametrize("field", ["temperature", "top_k", "seed", "presence_penalty"])
def test_a_number_too_large_for_the_model_is_a_400(served, field: str) -> None:
    status, _, body = chat(served, **{field: 10**400})
    assert status == 400 and error_of(body)["param"] == field
    assert served.fake.generates == []


def test_max_tokens_is_bounded(served) -> None:
    assert chat(served, max_tokens=10**400)[0] == 200
    assert served.fake.generates[-1].max_new_tokens == MAX_NEW_TOKENS


def test_an_unknown_model_is_a_404_that_names_the_served_one(served) -> None:
    status, _, body = chat(served, model="gpt-4o")
    assert status == 404
    error = error_of(body)
    assert error["code"] == "model_not_found" and f"this server serves '{MODEL}'" in error["message"]


@pytest.mark.parametrize(
    ("fields", "says"),
    [
        ({"model": None}, "'model' is required"),
        ({"messages": []}, "'messages' must be a non-empty list"),
        ({"messages": [{"role": "robot", "content": "x"}]}, "only system, user, assistant and tool"),
        ({"n": 2}, "'n' must be 1"),
        ({"tools": [{"type": "function"}]}, "tools[0] must be {'type': 'function'"),
        ({"functions": [{"name": "f"}]}, "Legacy 'functions' are not supported"),
        ({"tool_choice": "required"}, "no 'tools' are given"),
        ({"max_tokens": 0}, "'max_tokens' must be a whole number of at least 1"),
        ({"temperature": "hot"}, "'temperature' must be a number"),
        ({"stream": "yes"}, "'stream' must be bool"),
        ({"frequency_penalty": 0.5}, "'frequency_penalty' is not supported"),
    ],
)
def test_invalid_requests_say_what_is_wrong(served, fields, says) -> None:
    status, _, body = chat(served, **fields)
    assert status == 400, body
    assert says in error_of(body)["message"]


def test_images_must_be_inline(served) -> None:
    content = [{"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}}]
    status, _, body = chat(served, messages=[{"role": "user", "content": content}])
    assert status == 400 and "does not download images from the network" in error_of(body)["message"]


# -- answers ------------------------------------------------------------------------------------------


def test_a_streamed_answer_is_server_sent_events(served) -> None:
    status, headers, body = chat(served, stream=True, stream_options={"include_usage": True})
    assert status == 200 and headers["Content-Type"].startswith("text/event-stream")
    chunks = events(body)
    assert chunks[-1] == "[DONE]"
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    assert streamed(chunks, "content") == "Four is the answer."
    assert streamed(chunks, "reasoning_content") == ""  # thinking was not asked for
    finals = [c["choices"][0]["finish_reason"] for c in chunks[:-1] if c["choices"]]
    assert finals[-1] == "stop" and set(finals[:-1]) == {None}
    assert chunks[-2]["usage"]["completion_tokens"] == 4


def test_thinking_streams_as_reasoning_content(served) -> None:
    _, _, body = chat(served, stream=True, chat_template_kwargs={"enable_thinking": True})
    chunks = events(body)
    assert streamed(chunks, "reasoning_content") == "Two plus two."
    assert streamed(chunks, "content") == "Four is the answer."
    assert served.fake.generates[-1].thinking is True


def test_a_whole_answer_is_one_json_object(served) -> None:
    status, _, body = chat(served, chat_template_kwargs={"enable_thinking": True}, max_tokens=50, seed=3)
    assert status == 200
    answer = json.loads(body)
    message = answer["choices"][0]["message"]
    assert (message["content"], message["reasoning_content"]) == ("Four is the answer.", "Two plus two.")
    assert answer["object"] == "chat.completion" and answer["model"] == MODEL
    generate = served.fake.generates[-1]
    assert (generate.max_new_tokens, generate.sampling.seed) == (50, 3)


def test_sampling_defaults_are_the_command_lines(served) -> None:
    chat(served)
    sampling = served.fake.generates[-1].sampling
    assert (sampling.temperature, sampling.top_p, sampling.top_k) == (0.7, 0.8, 20)
    assert (sampling.min_p, sampling.repetition_penalty, sampling.presence_penalty) == (0.0, 1.0, 0.0)


def test_images_reach_the_worker_as_files_that_go_away(served, tmp_path: Path) -> None:
    png = tmp_path / "red.png"
    Image.new("RGB", (8, 8), "red").save(png)
    url = "data:image/png;base64," + base64.b64encode(png.read_bytes()).decode()
    content = [{"type": "image_url", "image_url": {"url": url}}, {"type": "text", "text": "Colour?"}]
    status, _, _ = chat(served, messages=[{"role": "user", "content": content}])
    assert status == 200
    message = served.fake.generates[-1].messages[0]
    assert message.text == "Colour?" and len(message.images) == 1
    deadline = time.monotonic() + 5  # removed just after the answer is sent
    assert message.images[0].sha256 == hashlib.sha256(png.read_bytes()).hexdigest()
    while Path(message.images[0].path).exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not Path(message.images[0].path).exists(), "the request's image folder is removed after the answer"


def test_an_error_before_the_first_token_is_an_http_error_even_when_streaming(served) -> None:
    served.fake.loaded = None  # the worker lost its model behind the server's back
    status, _, body = chat(served, stream=True)
    assert status == 503 and error_of(body)["code"] == "no_model_loaded"


def test_an_error_mid_stream_is_an_error_event(served) -> None:
    served.fake.fail_next(ErrorCode.INTERNAL, "the decoder failed")
    status, _, body = chat(served, stream=True)
    assert status == 200
    chunks = events(body)
    assert chunks[-1] == "[DONE]" and chunks[-2]["error"]["message"] == answers.INTERNAL_MESSAGE


INTERNAL_DETAIL = "Something went wrong (FileNotFoundError: '/tmp/oriel-api-x1y2/3f9a.png')"


@pytest.mark.parametrize("stream", [False, True])
def test_internal_errors_reach_clients_without_their_details(tmp_path: Path, stream: bool) -> None:
    logged: list[str] = []
    s = start_server(tmp_path, log=logged.append)
    try:
        s.fake.fail_next(ErrorCode.INTERNAL, INTERNAL_DETAIL)
        status, _, body = chat(s, stream=stream)
        error = events(body)[-2]["error"] if stream else error_of(body)
        assert status == (200 if stream else 500)
        assert error["message"] == answers.INTERNAL_MESSAGE and error["code"] == "internal_error"
        assert b"/tmp" not in body and b"FileNotFoundError" not in body
        assert any(INTERNAL_DETAIL in line for line in logged), "the details stay in the local log"
    finally:
        s.server.close()
        s.worker.shutdown()


def test_a_user_error_keeps_its_message_but_not_the_private_folder(served, tmp_path: Path) -> None:
    png = tmp_path / "red.png"
    Image.new("RGB", (8, 8), "red").save(png)
    url = "data:image/png;base64," + base64.b64encode(png.read_bytes()).decode()
    content = [{"type": "image_url", "image_url": {"url": url}}, {"type": "text", "text": "Colour?"}]
    folders: list[str] = []

    def fail_naming_the_file(request: Generate) -> str:
        image = request.messages[0].images[0].path
        folders.append(str(Path(image).parent))
        served.fake.fail_next(ErrorCode.BAD_IMAGE, f"{image} is not usable.")
        return "x"

    served.fake.answer = fail_naming_the_file
    status, _, body = chat(served, messages=[{"role": "user", "content": content}])
    assert status == 400 and folders and folders[0].encode() not in body
    message = error_of(body)["message"]
    assert message.endswith(".png is not usable.") and "oriel-api-" not in message


def test_stop_strings_cut_the_answer_and_stop_the_worker(served) -> None:
    _, _, body = chat(served, stream=True, stop=["the ans"])
    chunks = events(body)
    assert streamed(chunks, "content") == "Four is "
    assert [c["choices"][0]["finish_reason"] for c in chunks[:-1] if c["choices"]][-1] == "stop"
    assert any(isinstance(r, Cancel) for r in served.fake.requests)


def test_stop_strings_hold_back_only_what_may_start_one() -> None:
    stops = StopStrings(("</s>", "STOP"))
    assert [stops.feed(t) for t in ("ab<", "/", "x", "ST", "OP", "more")] == ["ab", "", "</x", "", "", ""]
    assert stops.stopped


# -- the line -----------------------------------------------------------------------------------------


def test_requests_wait_their_turn_one_at_a_time(served) -> None:
    served.fake.hold.clear()
    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(chat(served)[0])) for _ in range(3)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 5
    while served.server.turns.waiting < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert served.server.turns.waiting == 2
    assert len(served.fake.generates) == 1, "only one request reaches the worker at a time"
    served.fake.hold.set()
    for t in threads:
        t.join(10)
    assert results == [200, 200, 200] and len(served.fake.generates) == 3


def test_a_full_line_gets_429(tmp_path: Path) -> None:
    s = start_server(tmp_path, max_waiting=1)
    try:
        s.fake.hold.clear()
        results: list[int] = []
        first = threading.Thread(target=lambda: results.append(chat(s)[0]))
        second = threading.Thread(target=lambda: results.append(chat(s)[0]))
        first.start()
        deadline = time.monotonic() + 5
        while not s.fake.generates and time.monotonic() < deadline:
            time.sleep(0.01)
        second.start()
        deadline = time.monotonic() + 5
        while s.server.turns.waiting < 1 and time.monotonic() < deadline:  # the second is in line
            time.sleep(0.01)
        status, _, body = chat(s)
        assert status == 429 and error_of(body)["code"] == "server_busy"
        s.fake.hold.set()
        first.join(10)
        second.join(10)
        assert results == [200, 200]
    finally:
        s.fake.hold.set()
        s.server.close()
        s.worker.shutdown()


def test_a_full_line_refuses_before_reading_the_body(tmp_path: Path) -> None:
    s = start_server(tmp_path, max_waiting=0)
    try:
        s.fake.hold.clear()
        first = threading.Thread(target=lambda: chat(s))
        first.start()
        deadline = time.monotonic() + 5
        while not s.fake.generates and time.monotonic() < deadline:
            time.sleep(0.01)
        status, _, _ = request(s, "POST", "/v1/chat/completions", b"{not json")
        assert status == 429, "refused for the line, not for a body it never read"
        s.fake.hold.set()
        first.join(10)
    finally:
        s.fake.hold.set()
        s.server.close()
        s.worker.shutdown()


def test_a_whole_answer_whose_client_left_is_cancelled(served) -> None:
    served.fake.answer = " ".join(["word"] * 2000)
    served.fake.delay = 0.01
    body = json.dumps({"model": MODEL, "messages": [{"role": "user", "content": "Go"}]}).encode()
    with socket.create_connection(("127.0.0.1", served.port), timeout=10) as sock:
        sock.sendall(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\n"
            + f"Authorization: Bearer {TOKEN}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        deadline = time.monotonic() + 5
        while not served.fake.generates and time.monotonic() < deadline:
            time.sleep(0.01)
    deadline = time.monotonic() + 10  # the whole answer would take 20 s
    while not any(isinstance(r, Cancel) for r in served.fake.requests) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert any(isinstance(r, Cancel) for r in served.fake.requests), "the worker was told to stop"


def test_turns_never_refuse_an_idle_server() -> None:
    turns = Turns(max_waiting=0)
    with turns.turn(), pytest.raises(LineFull), turns.turn():
        pass
    with turns.turn():
        pass


def test_a_client_that_goes_away_mid_stream_cancels_its_answer(served) -> None:
    served.fake.answer = " ".join(["word"] * 2000)
    served.fake.delay = 0.005
    connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
    body = json.dumps({"model": MODEL, "stream": True, "messages": [{"role": "user", "content": "Go"}]})
    connection.request("POST", "/v1/chat/completions", body, {"Authorization": f"Bearer {TOKEN}"})
    response = connection.getresponse()
    assert response.status == 200
    response.read1(100)
    connection.sock.shutdown(socket.SHUT_RDWR)
    connection.close()
    deadline = time.monotonic() + 10
    while not any(isinstance(r, Cancel) for r in served.fake.requests) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert any(isinstance(r, Cancel) for r in served.fake.requests)
    served.fake.answer = "Next."
    assert json.loads(chat(served)[2])["choices"][0]["message"]["content"] == "Next."


# -- Oriel's remote client against Oriel's server -------------------------------------------------------


def test_the_remote_engine_reads_what_the_server_writes(served) -> None:
    client = BlockingClient(RemoteEngineClient(RemoteConfig(served.server.url, MODEL, api_key=TOKEN)))
    client.start()
    try:
        rid = client.generate("c", [Message("user", "Hi")], thinking=True)
        got: list[Any] = []
        while not got or not isinstance(got[-1], Finished | type(None)):
            got.append(client.next_event(10))
    finally:
        client.shutdown()
    deltas = [e for e in got if isinstance(e, TextDelta) and e.request_id == rid]
    assert "".join(d.text for d in deltas if d.kind == "thinking") == "Two plus two."
    assert "".join(d.text for d in deltas if d.kind == "answer") == "Four is the answer."
    assert isinstance(served.fake.generates[-1], Generate)


# -- one worker for the window and the server ---------------------------------------------------------


def test_the_window_and_the_server_share_one_worker(tmp_path: Path) -> None:
    fake = FakeWorker(answer="Shared.", delay=0.001)
    router = Router(fake)
    shared = BlockingClient(router, prefix="api", shared=True)
    package = tmp_path / MODEL
    package.mkdir()
    assert isinstance(list(shared.stream(LoadModel(shared.new_id(), str(package))))[-1], ModelLoaded)
    window: list[Any] = []
    router.start(window.append)  # the window attaches after the server started the worker
    assert [type(e).__name__ for e in window] == ["Ready"], "a late window still gets the greeting"

    api = list(shared.stream(Generate(shared.new_id(), "api", (Message("user", "Hi"),))))
    router.send(Generate("gen-1", "chat", (Message("user", "Hi"),)))
    deadline = time.monotonic() + 5
    while not any(isinstance(e, Finished) for e in window) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert {getattr(e, "request_id", None) for e in window} == {None, "gen-1"}, (
        "no api events reach the window"
    )
    assert all(getattr(e, "request_id", "") == api[0].request_id for e in api)
    assert shared.model_name == MODEL

    fake.crash()  # the client reloads the model with the next request: it is still the served one
    assert shared.model_name == MODEL
    failed = list(shared.stream(LoadModel(shared.new_id(), str(tmp_path / "missing"))))
    assert failed[-1].code == ErrorCode.MODEL_NOT_FOUND  # type: ignore[union-attr]
    assert shared.model_name is None, "a failed load leaves no model"
    router.shutdown()

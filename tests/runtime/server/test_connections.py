"""The API server's connections: a cap, header and body deadlines, EMFILE backoff, and turning
the server off ends the connections already open.

The server runs on the in-process fake worker (devtools.fake_worker), over real sockets on
127.0.0.1. Deadlines are set short here (the defaults are 15 s and 60 s); no test asserts a
duration, only what the server does once a deadline has passed.
"""

from __future__ import annotations

import http.client
import json
import os
import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest

from devtools import REPO
from devtools.fake_worker import FakeWorker
from runtime.protocol import LoadModel, ModelLoaded
from runtime.server import ApiServer
from runtime.transport import BlockingClient

pytestmark = pytest.mark.timeout(60)

TOKEN = "test-token-0123456789"
MODEL = "Qwen3.5-2B-fp32"


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Any]:
    """start(**options) -> a running ApiServer on a fake worker with the model loaded."""
    made: list[tuple[ApiServer, BlockingClient]] = []

    def make(**options: Any) -> ApiServer:
        worker = BlockingClient(FakeWorker(answer="Hello.", delay=0.001), prefix="api")
        package = tmp_path / MODEL
        package.mkdir(exist_ok=True)
        assert isinstance(list(worker.stream(LoadModel(worker.new_id(), str(package))))[-1], ModelLoaded)
        server = ApiServer(worker, TOKEN, port=0, **options)
        server.start()
        made.append((server, worker))
        return server

    yield make
    for server, worker in made:
        server.close()
        worker.shutdown()


def client(server: ApiServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.url, api_key=TOKEN, max_retries=0, timeout=20)


def ask(server: ApiServer) -> str:
    answer = client(server).chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "Hi"}])
    return answer.choices[0].message.content or ""


def wait_for(condition: Any, what: str) -> None:
    deadline = time.monotonic() + 10
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.01)


def closed_by_server(sock: socket.socket, trickle: bytes, steps: int = 200) -> bool:
    """Send `trickle` one byte every 50 ms; True once the server has closed the connection."""
    for byte in trickle[:steps]:
        try:
            sock.sendall(bytes([byte]))
        except OSError:
            return True
        readable, _, _ = select.select([sock], [], [], 0.05)
        if readable:
            try:
                while data := sock.recv(65536):  # an error answer may come first
                    del data
            except OSError:
                pass
            return True
    return False


def test_connections_past_the_cap_get_503_without_a_thread(start) -> None:
    server = start(max_connections=4)
    idle = [socket.create_connection(("127.0.0.1", server.address[1])) for _ in range(4)]
    try:
        wait_for(lambda: server.connections.open == 4, "the four idle connections are counted")
        threads = threading.active_count()
        with pytest.raises(openai.InternalServerError) as refused:
            ask(server)
        assert refused.value.status_code == 503
        assert "Too many connections" in str(refused.value)
        assert threading.active_count() == threads, "a refused connection takes no thread"
        idle.pop().close()
        wait_for(lambda: server.connections.open == 3, "a closed connection is released")
        assert ask(server) == "Hello."
    finally:
        for sock in idle:
            sock.close()


def test_a_client_that_trickles_its_headers_is_cut_off(start) -> None:
    server = start(header_timeout=0.3)
    with socket.create_connection(("127.0.0.1", server.address[1])) as sock:
        sock.sendall(b"GET /v1/models HTTP/1.1\r\nHost: localhost\r\n")
        assert closed_by_server(sock, b"X-Slow: " + b"a" * 1000), "a byte at a time does not keep it open"
    wait_for(lambda: server.connections.open == 0, "its slot is given back")


def test_a_client_that_trickles_its_body_is_cut_off(start) -> None:
    server = start(body_timeout=0.3)
    with socket.create_connection(("127.0.0.1", server.address[1])) as sock:
        sock.sendall(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\n"
            + f"Authorization: Bearer {TOKEN}\r\nContent-Length: 1000\r\n\r\n".encode()
        )
        assert closed_by_server(sock, b" " * 1000)


def test_an_idle_keep_alive_connection_is_closed_at_the_header_deadline(start) -> None:
    server = start(header_timeout=0.3)
    connection = http.client.HTTPConnection("127.0.0.1", server.address[1], timeout=20)
    connection.request("GET", "/v1/models", headers={"Authorization": f"Bearer {TOKEN}"})
    assert connection.getresponse().read()
    assert connection.sock is not None
    assert closed_by_server(connection.sock, b"\r\n" * 200), "an idle keep-alive connection is closed"
    connection.close()


def test_turning_the_server_off_closes_keep_alive_connections(start) -> None:
    server = start()
    connection = http.client.HTTPConnection("127.0.0.1", server.address[1], timeout=20)
    headers = {"Authorization": f"Bearer {TOKEN}"}
    connection.request("GET", "/v1/models", headers=headers)
    response = connection.getresponse()
    assert response.status == 200 and json.loads(response.read())["data"]
    server.close()
    with pytest.raises((http.client.HTTPException, OSError)):
        connection.request("GET", "/v1/models", headers=headers)
        connection.getresponse().read()
    connection.close()


OUT_OF_DESCRIPTORS = """
import os, sys
from pathlib import Path
from devtools.fake_worker import FakeWorker
from runtime.server import ApiServer
from runtime.transport import BlockingClient

server = ApiServer(BlockingClient(FakeWorker(), prefix="api"), "t", port=0)
server.start()
held = []
try:
    while True:
        held.append(os.open(os.devnull, os.O_RDONLY))
except OSError:
    pass
print(server.address[1], flush=True)  # once no descriptor is left
sys.stdin.readline()  # the test connects, waits, then writes a line
failures = server.connections.accept_failures
for fd in held:
    os.close(fd)
print(failures, flush=True)
sys.stdin.readline()
server.close()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="EMFILE by RLIMIT_NOFILE is a POSIX test")
def test_the_accept_loop_backs_off_when_out_of_descriptors() -> None:
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-c", OUT_OF_DESCRIPTORS],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        preexec_fn=limit,
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        port = int(process.stdout.readline())
        with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
            time.sleep(1.0)  # the server cannot accept it meanwhile: a spinning loop fails ~10^5 times
            process.stdin.write("\n")
            process.stdin.flush()
            failures = int(process.stdout.readline())
            assert 1 <= failures <= 30, f"accept() failed {failures} times in about a second"
            sock.sendall(b"GET /v1/models HTTP/1.1\r\nHost: localhost\r\n\r\n")
            assert sock.recv(100).startswith(b"HTTP/1.1 401"), "served once descriptors are back"
        process.stdin.write("\n")
        process.stdin.flush()
        assert process.wait(20) == 0
    finally:
        process.kill()

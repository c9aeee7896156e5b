"""The API server on a real worker and a tiny converted model: its streamed answers are the
command line's for the same settings and seed (text and images), twenty clients at once are all
answered in turn, and the standalone `python -m runtime.server` starts, serves and stops.

One worker and one server serve the whole module. Every connection goes to 127.0.0.1.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from devtools import REPO
from runtime.generate.cli import main as generate_main
from runtime.protocol import LoadModel, ModelLoaded
from runtime.server import ApiServer
from runtime.server.cli import main as api_server_main
from runtime.transport import BlockingClient
from runtime.worker import WorkerClient

TOKEN = "model-test-token"


@pytest.fixture(scope="module")
def package(packages) -> Path:
    return packages("gqa1-tied")


@pytest.fixture(scope="module")
def server(package: Path) -> Iterator[ApiServer]:
    worker = BlockingClient(WorkerClient(), prefix="api")
    try:
        loaded = list(worker.stream(LoadModel(worker.new_id(), str(package), provider="cpu"), timeout=120))
        assert isinstance(loaded[-1], ModelLoaded), loaded[-1]
        api = ApiServer(worker, TOKEN, port=0)
        api.start()
        try:
            yield api
        finally:
            api.close()
    finally:
        worker.shutdown()


def post(server: ApiServer, body: dict[str, Any]) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", server.address[1], timeout=60)
    try:
        connection.request(
            "POST",
            "/v1/chat/completions",
            json.dumps(body),
            {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
        )
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def stream(server: ApiServer, package: Path, content: Any, **sampling: Any) -> dict[str, Any]:
    """A streamed answer, joined: the text, the thinking, and how it ended."""
    body = {"model": package.name, "stream": True, "messages": [{"role": "user", "content": content}]}
    status, data = post(server, {**body, **sampling})
    assert status == 200, data
    chunks = [json.loads(b[6:]) for b in data.decode().split("\n\n") if b.startswith("data: {")]
    deltas = [c["choices"][0] for c in chunks if c["choices"]]
    return {
        "text": "".join(d["delta"].get("content", "") for d in deltas),
        "thinking": "".join(d["delta"].get("reasoning_content", "") for d in deltas),
        "finish_reason": deltas[-1]["finish_reason"],
    }


def cli(capsys, package: Path, *args: str) -> dict[str, Any]:
    code = generate_main([str(package), *args, "--provider", "cpu", "--json"])
    out = capsys.readouterr().out
    assert code == 0
    return json.loads(out)


def as_cli(result: dict[str, Any]) -> dict[str, Any]:
    return {k: result[k] for k in ("text", "thinking", "finish_reason")}


@pytest.mark.timeout(180)
def test_greedy_streaming_is_the_command_lines_answer(server, package, capsys) -> None:
    expected = cli(capsys, package, "--prompt", "Hello there", "--greedy", "--max-new-tokens", "24")
    got = stream(server, package, "Hello there", temperature=0, max_tokens=24)
    assert got == as_cli(expected)
    assert got["text"] and got["finish_reason"] == "length"


@pytest.mark.timeout(120)
def test_seeded_sampling_is_the_command_lines_answer(server, package, capsys) -> None:
    sampling = ["--temperature", "1.3", "--top-p", "0.9", "--top-k", "40", "--seed", "11"]
    expected = cli(capsys, package, "--prompt", "Tell me a story", *sampling, "--max-new-tokens", "20")
    got = stream(
        server, package, "Tell me a story", temperature=1.3, top_p=0.9, top_k=40, seed=11, max_tokens=20
    )
    assert got == as_cli(expected)
    other_seed = stream(
        server, package, "Tell me a story", temperature=1.3, top_p=0.9, top_k=40, seed=12, max_tokens=20
    )
    assert other_seed["text"] != got["text"], "another seed should draw differently"


@pytest.mark.timeout(120)
def test_an_image_answer_is_the_command_lines(server, package, capsys, tmp_path: Path) -> None:
    image = tmp_path / "stripes.png"
    pixels = Image.new("RGB", (96, 64), "white")
    for x in range(0, 96, 8):
        for y in range(64):
            pixels.putpixel((x, y), (200, 30, 30))
    pixels.save(image)
    settings = ["--image", str(image), "--greedy", "--max-new-tokens", "16"]
    expected = cli(capsys, package, "--prompt", "Describe it", *settings)
    url = "data:image/png;base64," + base64.b64encode(image.read_bytes()).decode()
    content = [{"type": "image_url", "image_url": {"url": url}}, {"type": "text", "text": "Describe it"}]
    assert stream(server, package, content, temperature=0, max_tokens=16) == as_cli(expected)


@pytest.mark.timeout(120)
def test_twenty_clients_at_once_are_all_answered_in_turn(server, package) -> None:
    body = {
        "model": package.name,
        "messages": [{"role": "user", "content": "Hi"}],
        "temperature": 0,
        "max_tokens": 4,
    }
    results: list[tuple[int, bytes]] = []
    lock = threading.Lock()

    def client() -> None:
        answer = post(server, body)
        with lock:
            results.append(answer)

    threads = [threading.Thread(target=client) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(90)
    assert [status for status, _ in results] == [200] * 20
    answers = {json.loads(data)["choices"][0]["message"]["content"] for _, data in results}
    assert len(answers) == 1, "the same greedy request gets the same answer, whatever its place in line"
    # how long the line takes: bench/cancel_latency.py


def test_the_command_refuses_a_host_other_than_loopback(capsys) -> None:
    assert api_server_main(["--model", "x", "--host", "0.0.0.0"]) == 2
    assert "only listens on this machine" in capsys.readouterr().err


@pytest.mark.timeout(120)
def test_the_standalone_server_serves_and_stops(package, tmp_path: Path) -> None:
    base = [sys.executable, "-m", "runtime.server", "--no-keyring", "--secrets-dir", str(tmp_path)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [*base, "--model", str(package), "--port", "0", "--provider", "cpu"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        url = process.stdout.readline().strip()  # type: ignore[union-attr]
        assert url.startswith("http://127.0.0.1:") and url.endswith("/v1"), process.stderr.read()  # type: ignore[union-attr]
        token = subprocess.run(
            [*base, "--print-token"], cwd=REPO, env=env, capture_output=True, text=True, check=True
        ).stdout.strip()
        assert (tmp_path.stat().st_mode & 0o077) == 0
        port = int(url.rsplit(":", 1)[1].split("/")[0])
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request("GET", "/v1/models", headers={"Authorization": f"Bearer {token}"})
        listed = json.loads(connection.getresponse().read())
        connection.close()
        assert [m["id"] for m in listed["data"]] == [package.name]
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    assert process.returncode == 0


def test_tools_reach_the_real_model(server: ApiServer, package: Path) -> None:
    # Random weights never call a tool, so this checks the path: tools, a past call and its
    # result go through the protocol and the chat template, and a forced call the model leaves
    # unfinished comes back as text (what it wrote), not as an error.
    weather = {
        "type": "function",
        "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {}}},
    }
    messages = [
        {"role": "user", "content": "Weather?"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "c1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}
            ],
        },
        {"role": "tool", "content": "21 °C"},
    ]
    for choice in ("auto", {"type": "function", "function": {"name": "get_weather"}}):
        body = {"model": package.name, "messages": messages, "tools": [weather], "tool_choice": choice}
        status, data = post(server, {**body, "max_tokens": 6, "temperature": 0})
        assert status == 200, data
        answer = json.loads(data)["choices"][0]
        assert answer["finish_reason"] in ("stop", "length", "tool_calls")

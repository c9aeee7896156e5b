"""How fast a Cancel ends an answer: the figures the tests used to assert on the wall clock.

    python -m bench.cancel_latency [--rounds 10]

1. The local worker: a tiny model streams greedily; after 5 deltas the client cancels; the time
   from `Cancel` to the answer's `Finished(reason="cancelled")`. Target < 200 ms.
2. A remote engine: an in-process OpenAI-compatible server streams forever; the time from
   `Cancel` to `Finished`. Target < 500 ms.
3. A remote engine shut down mid-answer: how long `shutdown()` takes. Target < 2 s.
4. The API server on the real worker: twenty tiny answers at once, one at a time. Target < 60 s.

The tests check the order of these events (runtime/worker, runtime/remote, runtime/server); the
times depend on the machine, so they are measured here.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from devtools.tiny_models import tiny_checkpoint
from runtime.convert.converter import convert
from runtime.protocol import Event, Finished, LoadModel, Message, Sampling, TextDelta, ends_request
from runtime.remote import RemoteConfig, RemoteEngineClient
from runtime.server import ApiServer
from runtime.transport import BlockingClient
from runtime.worker import WorkerClient

HELLO = (Message("user", "Hello there"),)
GREEDY = Sampling(temperature=0.0)


def until_final(client: BlockingClient, rid: str, on: Callable[[Event], None] = lambda e: None) -> Event:
    while True:
        event = client.next_event(60)
        assert event is not None, "no event in 60 s"
        on(event)
        if getattr(event, "request_id", None) == rid and ends_request(event):
            return event


def cancel_after(client: BlockingClient, rid: str, deltas: int) -> float:
    """Wait for `deltas` TextDeltas of `rid`, cancel, and return the seconds to its Finished."""
    seen = 0
    while seen < deltas:
        event = client.next_event(60)
        seen += isinstance(event, TextDelta) and event.request_id == rid
    started = time.perf_counter()
    client.cancel(rid)
    final = until_final(client, rid)
    assert isinstance(final, Finished) and final.reason == "cancelled", final
    return time.perf_counter() - started


def local_cancel(package: Path, rounds: int) -> list[float]:
    with BlockingClient(WorkerClient()) as client:
        until_final(client, client.load_model(str(package), provider="cpu"))
        return [
            cancel_after(client, client.generate("c", HELLO, sampling=GREEDY, max_new_tokens=3000), 5)
            for _ in range(rounds)
        ]


class Endless(BaseHTTPRequestHandler):
    """An OpenAI-compatible server that streams "tick " every 20 ms until the client goes."""

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._send(json.dumps({"data": [{"id": "qwen"}]}).encode(), "application/json")

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        try:
            for _ in range(3000):
                chunk = {"choices": [{"index": 0, "delta": {"content": "tick "}, "finish_reason": None}]}
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()
                time.sleep(0.02)
        except OSError:
            pass

    def _send(self, body: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def remote(rounds: int) -> tuple[list[float], list[float]]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Endless)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    cancels, shutdowns = [], []
    try:
        for _ in range(rounds):
            client = BlockingClient(RemoteEngineClient(RemoteConfig(url, "qwen")))
            cancels.append(cancel_after(client, client.generate("c", HELLO), 3))
            rid = client.generate("c", HELLO)
            while not isinstance(client.next_event(10), TextDelta):
                pass
            started = time.perf_counter()
            client.shutdown()
            shutdowns.append(time.perf_counter() - started)
            until_final(client, rid)
    finally:
        httpd.shutdown()
    return cancels, shutdowns


def server_line(package: Path) -> float:
    worker = BlockingClient(WorkerClient(), prefix="api")
    try:
        worker.request(LoadModel(worker.new_id(), str(package), provider="cpu"), timeout=120)
        api = ApiServer(worker, "bench-token", port=0)
        api.start()
        chat = {"model": package.name, "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 4}
        body = json.dumps(chat | {"temperature": 0})
        statuses: list[int] = []

        def ask() -> None:
            connection = http.client.HTTPConnection("127.0.0.1", api.address[1], timeout=90)
            connection.request("POST", "/v1/chat/completions", body, {"Authorization": "Bearer bench-token"})
            response = connection.getresponse()
            response.read()
            statuses.append(response.status)
            connection.close()

        started = time.perf_counter()
        threads = [threading.Thread(target=ask) for _ in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(90)
        elapsed = time.perf_counter() - started
        api.close()
        assert statuses == [200] * 20, statuses
        return elapsed
    finally:
        worker.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.cancel_latency", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        package = convert(tiny_checkpoint("gqa1-tied"), Path(tmp) / "package")
        local = local_cancel(package, args.rounds)
        cancels, shutdowns = remote(args.rounds)
        line = server_line(package)
    ms = lambda xs: f"median {statistics.median(xs) * 1000:.0f} ms, max {max(xs) * 1000:.0f} ms"  # noqa: E731
    print(f"local worker: Cancel -> Finished       {ms(local)}   (target < 200 ms)")
    print(f"remote engine: Cancel -> Finished      {ms(cancels)}   (target < 500 ms)")
    print(f"remote engine: shutdown mid-answer     {ms(shutdowns)}   (target < 2 s)")
    print(f"API server: 20 tiny answers in line    {line:.1f} s   (target < 60 s)")


if __name__ == "__main__":
    main()

"""A whole conversation (start, load, generate with an image, shut down) opens no network socket.

The worker runs under a Python audit hook installed before anything of Oriel is imported: every
socket the process creates, binds or connects, and every name it resolves, is written to a log
the test reads afterwards. Local sockets (AF_UNIX: the pipe to the GUI) are allowed; AF_INET and
AF_INET6 are not. While the worker runs, psutil also lists its internet connections, which covers
sockets that native code opens without going through Python.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import socket
import sys
from multiprocessing.connection import Connection

import psutil
import pytest
from PIL import Image

from runtime.protocol import (
    Error,
    Event,
    Finished,
    Message,
    ModelLoaded,
    Sampling,
    TextDelta,
    ends_request,
    image_ref,
)
from runtime.transport import BlockingClient
from runtime.worker import WorkerClient, worker_main

AUDIT_LOG = "ORIEL_TEST_AUDIT_LOG"
NETWORK_FAMILIES = (socket.AF_INET, socket.AF_INET6)


def watch_the_network(log_path: str) -> None:
    """Log every network socket, connection and name lookup this process makes from now on."""

    def record(line: str) -> None:
        with open(log_path, "a", encoding="utf-8") as log:
            log.write(line + "\n")

    def hook(event: str, args: tuple) -> None:
        if event == "socket.__new__" and args[1] in NETWORK_FAMILIES:
            record(f"{event} family={args[1]}")
        elif event in ("socket.connect", "socket.bind", "socket.sendto"):
            if args[0].family in NETWORK_FAMILIES:
                record(f"{event} {args[1]!r}")
        elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
            record(f"{event} {args[0]!r}")

    sys.addaudithook(hook)


def audited_worker(conn: Connection) -> None:
    """The worker's entry point, watched (runs in the spawned process)."""
    watch_the_network(os.environ[AUDIT_LOG])
    worker_main(conn)


def open_a_socket(log_path: str) -> None:
    watch_the_network(log_path)
    socket.getaddrinfo("127.0.0.1", 80)  # numeric: no lookup leaves the machine
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))


@pytest.mark.timeout(60)
def test_the_watch_sees_network_sockets(tmp_path) -> None:
    """The control: a process that resolves a name and binds a socket is caught."""
    log = tmp_path / "network.log"
    context = multiprocessing.get_context("spawn")
    process = context.Process(target=open_a_socket, args=(str(log),))
    process.start()
    process.join(30)
    assert process.exitcode == 0
    lines = log.read_text().splitlines()
    assert [line.split()[0] for line in lines] == ["socket.getaddrinfo", "socket.__new__", "socket.bind"]


@pytest.mark.timeout(90)
def test_a_conversation_with_an_image_opens_no_network_socket(packages, tmp_path, monkeypatch) -> None:
    log = tmp_path / "network.log"
    log.touch()
    monkeypatch.setenv(AUDIT_LOG, str(log))
    image = tmp_path / "red.png"
    Image.new("RGB", (96, 64), (200, 30, 30)).save(image)

    events: queue.Queue[Event] = queue.Queue()
    worker = WorkerClient(entry=audited_worker)
    client = BlockingClient(worker)
    connections: list[object] = []
    try:
        client.start(on_event=events.put)
        client.load_model(str(packages("gqa1-tied")))
        question = Message("user", "What colour is this?", images=(image_ref(image),))
        rid = client.generate("chat", (question,), sampling=Sampling(temperature=0.0), max_new_tokens=16)
        seen: list[Event] = []
        while not (seen and ends_request(seen[-1]) and getattr(seen[-1], "request_id", None) == rid):
            seen.append(events.get(timeout=60))
            if isinstance(seen[-1], TextDelta) and worker.pid is not None:
                connections += psutil.Process(worker.pid).net_connections(kind="inet")
    finally:
        client.shutdown()
    assert not [e for e in seen if isinstance(e, Error)], seen
    assert any(isinstance(e, ModelLoaded) for e in seen)
    assert isinstance(seen[-1], Finished) and seen[-1].prompt_tokens > 16  # the image's tokens are in
    assert connections == []
    assert log.read_text() == ""

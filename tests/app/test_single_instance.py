"""One Oriel per data folder, with real processes: a second `python -m app` hands over to the
first and exits without touching its chats; after a crash, the next start is not blocked."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from PySide6.QtNetwork import QLocalSocket

from app.chat.store import DB_NAME, STREAMING, ChatStore
from app.single_instance import LOCK_NAME, RAISE, SingleInstance, socket_name
from devtools import REPO

pytestmark = [pytest.mark.slow, pytest.mark.timeout(180)]


def start_oriel(tmp_path: Path) -> subprocess.Popen[str]:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    settings = tmp_path / "settings.ini"
    settings.write_text("[app]\nfirst_run_done=true\n")
    command = [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data"), "--settings", str(settings)]
    return subprocess.Popen(command, env=env, cwd=REPO, stderr=subprocess.PIPE, text=True)


def wait_until_running(process: subprocess.Popen[str], data: Path) -> None:
    """Until `process` holds the lock, its socket is there (it rewrites both on start) and its
    window is up (it starts the worker process on the first turn of its event loop)."""
    lock, name = data / LOCK_NAME, socket_name(data)
    for _ in range(600):
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        holder = lock.read_text().split("\n", 1)[0] if lock.exists() else ""
        if holder == str(process.pid) and Path(name).exists() and psutil.Process(process.pid).children():
            return
        time.sleep(0.1)
    raise AssertionError("Oriel did not start listening")


def kill_tree(process: subprocess.Popen[str], sig: int = signal.SIGKILL) -> None:
    """`process` and the worker it started, by their ids."""
    children = psutil.Process(process.pid).children(recursive=True)
    process.send_signal(sig)
    for child in children:
        child.send_signal(sig)
    process.wait(30)
    psutil.wait_procs(children, timeout=30)


def test_a_second_start_hands_over_and_leaves_the_live_answer_alone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    if not Path(socket_name(data)).is_absolute():
        pytest.skip("the socket is a named pipe here, not a file the test can wait for")
    first = start_oriel(tmp_path)
    try:
        wait_until_running(first, data)
        store = ChatStore(data)  # the first Oriel is streaming an answer into this chat
        chat = store.create_conversation("Live")
        answer = store.add_message(
            chat, store.add_message(chat, None, "user", "hi"), "assistant", state=STREAMING
        )
        store.close()
        second = start_oriel(tmp_path)
        _, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "already running" in err
        assert first.poll() is None
        db = sqlite3.connect(data / DB_NAME)
        assert db.execute("SELECT state FROM messages WHERE id = ?", (answer,)).fetchone()[0] == STREAMING
        db.close()
    finally:
        kill_tree(first, signal.SIGTERM)


def test_a_start_after_a_crash_is_not_blocked_by_the_stale_lock_or_socket(tmp_path: Path) -> None:
    data = tmp_path / "data"
    if not Path(socket_name(data)).is_absolute():
        pytest.skip("the socket is a named pipe here, not a file the test can wait for")
    crashed = start_oriel(tmp_path)
    try:
        wait_until_running(crashed, data)
    finally:
        kill_tree(crashed)  # no clean-up: the lock file and the socket stay behind
    assert (data / LOCK_NAME).exists() and Path(socket_name(data)).exists()
    after = start_oriel(tmp_path)
    try:
        wait_until_running(after, data)
    finally:
        kill_tree(after, signal.SIGTERM)


def test_a_hand_over_asks_the_first_window_to_rise(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(tmp_path)
    assert first.claim()
    try:
        second = SingleInstance(tmp_path)
        assert not second.claim(wait_ms=0) and second.handed_over
        socket = QLocalSocket()
        with qtbot.waitSignal(first.raiseRequested, timeout=5000):
            socket.connectToServer(socket_name(tmp_path))
            assert socket.waitForConnected(2000)
            socket.write(RAISE)
            socket.flush()
        socket.abort()
    finally:
        first.release()

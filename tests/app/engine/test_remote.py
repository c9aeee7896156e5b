"""The window's connections: a remote engine switched on and off at run time (with its banner and
its key), the local API server toggled from Settings, and the speech model's row.

Every connection stays on this machine: the "remote" server is a scripted OpenAI-compatible one on
127.0.0.1, the API server binds 127.0.0.1, and secrets go to a test folder or an in-memory keyring.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import stat
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.main_window import MainWindow
from app.wiring import build_window
from devtools.fake_worker import FakeWorker
from runtime.protocol import DownloadModel, Generate, LoadModel, UnloadModel
from runtime.remote import RemoteConfig, SecretStore, remote_key_name
from runtime.server import CHALLENGE_HEADER, PROOF_HEADER, is_oriel, load_or_create_identity
from runtime.server.identity import new_challenge

WHISPER_BASE = "onnx-community/whisper-base"

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.timeout(30),
]


@dataclass
class OpenAIServer:
    """A loopback OpenAI-compatible server: one model, a fixed answer, an optional API key."""

    url: str = ""
    key: str | None = None
    models: list[str] = field(default_factory=lambda: ["far-model"])
    chats: list[dict[str, Any]] = field(default_factory=list)


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    fake = OpenAIServer()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def _send(self, status: int, payload: Any, content_type: str = "application/json") -> None:
            data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _authorized(self) -> bool:
            if fake.key is None or self.headers.get("Authorization") == f"Bearer {fake.key}":
                return True
            self._send(401, {"error": {"message": "Incorrect API key provided"}})
            return False

        def do_GET(self) -> None:
            if self._authorized():
                self._send(200, {"object": "list", "data": [{"id": m} for m in fake.models]})

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
            if not self._authorized():
                return
            fake.chats.append(body)
            chunks = [{"choices": [{"index": 0, "delta": {"content": t}, "finish_reason": None}]}
                      for t in ("Hello from ", "far away")]  # fmt: skip
            stream = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"
            self._send(200, stream.encode(), "text/event-stream")

    class Server(ThreadingHTTPServer):
        daemon_threads = True

    httpd = Server(("127.0.0.1", 0), Handler)
    fake.url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield fake
    httpd.shutdown()
    httpd.server_close()


class MemoryKeyring:
    """A keyring backend that keeps secrets in a dict."""

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def secrets(tmp_path: Path) -> SecretStore:
    """No keyring (as on many Linux machines): the user must choose where a key goes."""
    return SecretStore(use_system_keyring=False, secrets_dir=tmp_path / "secrets")


def make_window(qtbot, folder: Path, worker: FakeWorker, secrets: SecretStore, **values: Any) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window on the fake worker and the test's secret store, with these settings."""
    qsettings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    for key, value in {"app/first_run_done": True, **values}.items():
        qsettings.setValue(key, value)
    win = build_window(QApplication.instance(), folder / "data", qsettings, worker, secrets)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    return win


@pytest.fixture
def window(qtbot, tmp_path: Path, worker: FakeWorker, secrets: SecretStore) -> Iterator[MainWindow]:
    """The main window with the 2B model loaded."""
    win = make_window(qtbot, tmp_path, worker, secrets)
    with qtbot.waitSignal(win.engine.modelLoaded, timeout=5000):
        win.engine.start()
    yield win
    win.close()
    win.engine.shutdown()


def turn_remote_on(qtbot, window: MainWindow, url: str, key: str = "", choice: str = "session") -> None:  # type: ignore[no-untyped-def]
    dialog = window.open_settings()
    page = dialog.connections
    page.ask_where_to_keep_key = lambda detail: choice  # type: ignore[method-assign]
    page.remote_check.setChecked(True)
    page.url_edit.setText(url)
    page.key_edit.setText(key)
    with qtbot.waitSignal(window.remote.changed, timeout=5000):
        dialog.accept()
    qtbot.waitUntil(lambda: window.remote.connected or bool(window.remote.problem), timeout=5000)


def answer_of(qtbot, window: MainWindow, text: str) -> str:  # type: ignore[no-untyped-def]
    window.session.send(text)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=5000)
    return window.session.path[-1].text


# -- the remote engine -------------------------------------------------------------------------------


def test_remote_on_switches_the_engine_and_shows_where_messages_go(
    qtbot, window: MainWindow, worker: FakeWorker, server: OpenAIServer
) -> None:
    assert not window.remote_banner.isVisible()
    turn_remote_on(qtbot, window, server.url)
    assert window.engine.remote and window.remote.connected and not window.remote.problem
    banner = window.remote_banner
    assert banner.isVisible() and not banner.problem.isVisible()
    assert "another program on this computer" in banner.note.text()
    assert f"127.0.0.1:{server.url.split(':')[2].split('/')[0]}" in banner.note.text()
    assert window.provider_label.text() == "Remote"
    assert window.model_label.text().startswith("127.0.0.1:")  # no model named: the server's only one
    assert any(isinstance(r, UnloadModel) for r in worker.requests)  # the local model's memory is freed
    local_generates = len(worker.generates)
    assert answer_of(qtbot, window, "Where are you?") == "Hello from far away"
    assert len(worker.generates) == local_generates and server.chats[-1]["model"] == "far-model"

    # Turned off from the banner: the local worker answers again, and the banner goes.
    with qtbot.waitSignal(window.engine.modelLoaded, timeout=5000) as loaded:
        banner.off_button.click()
    assert loaded.args[0].package_dir.endswith("Qwen3.5-2B-fp32")
    assert not window.engine.remote and not banner.isVisible()
    assert window.provider_label.text() == "CUDA"
    assert answer_of(qtbot, window, "And now?") != "Hello from far away"
    assert len(worker.generates) == local_generates + 1


def test_a_server_elsewhere_is_named_with_its_encryption(qtbot, window: MainWindow) -> None:
    window.remote.config = RemoteConfig("https://example.invalid")  # only named: nothing is sent
    assert "leave this computer" in window.remote.privacy_note()
    assert "encrypted connection (HTTPS)" in window.remote.privacy_note()
    window.remote.config = RemoteConfig("http://192.0.2.7:8000")
    assert "unencrypted (plain HTTP)" in window.remote.privacy_note()


def test_a_refused_key_is_said_plainly(qtbot, window: MainWindow, server: OpenAIServer) -> None:
    server.key = "right-key"
    turn_remote_on(qtbot, window, server.url, key="wrong-key", choice="session")
    assert window.engine.remote and not window.remote.connected
    problem = window.remote_banner.problem
    assert problem.isVisible()
    assert "The remote server refused the API key. Check the key in Settings." in problem.text()
    assert "HTTP 401" in problem.text() and "Incorrect API key" in problem.text()
    assert "refused the API key" in window.statusBar().currentMessage()

    # The right key, kept only for this session: connected, and nothing written anywhere.
    dialog = window.open_settings()
    assert "refused the API key" in dialog.connections.remote_status.text()
    dialog.connections.ask_where_to_keep_key = lambda detail: "session"  # type: ignore[method-assign]
    dialog.connections.key_edit.setText("right-key")
    with qtbot.waitSignal(window.remote.changed, timeout=5000):
        dialog.accept()
    qtbot.waitUntil(lambda: window.remote.connected, timeout=5000)
    assert not problem.isVisible()
    assert not (window.secrets.get().secrets_dir).exists()


def test_unreachable_and_unknown_model_are_said_plainly(qtbot, window: MainWindow, server) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nobody listens there
    turn_remote_on(qtbot, window, f"http://127.0.0.1:{port}/v1")
    assert "could not be reached" in window.remote.problem and "nothing answers" in window.remote.problem
    window.settings.remote_url = server.url
    window.settings.remote_model = "no-such-model"
    qtbot.waitUntil(lambda: "does not have that model" in window.remote.problem, timeout=5000)
    assert "far-model" in window.remote_banner.problem.text()


def test_without_a_keyring_the_key_goes_to_a_file_only_with_consent(
    qtbot, window: MainWindow, server: OpenAIServer, secrets: SecretStore
) -> None:
    server.key = "file-key"
    asked: list[str] = []
    dialog = window.open_settings()
    page = dialog.connections
    page.remote_check.setChecked(True)
    page.url_edit.setText(server.url)
    page.key_edit.setText("file-key")
    page.ask_where_to_keep_key = lambda detail: asked.append(detail) or ""  # type: ignore[method-assign]
    dialog.accept()  # cancelled: nothing saved, the dialog stays open
    assert asked and "not encrypted" in asked[0] and dialog.isVisible()
    assert not window.settings.remote_enabled and not secrets.secrets_dir.exists()

    page.ask_where_to_keep_key = lambda detail: "file"  # type: ignore[method-assign]
    with qtbot.waitSignal(window.remote.changed, timeout=5000):
        dialog.accept()
    qtbot.waitUntil(lambda: window.remote.connected, timeout=5000)
    (kept,) = secrets.secrets_dir.iterdir()
    assert kept.read_text() == "file-key"
    if os.name == "posix":
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert secrets.load(remote_key_name(server.url)) == "file-key"

    # Settings show that a key is saved, and forgetting it removes the file.
    dialog = window.open_settings()
    dialog.tabs.setCurrentWidget(dialog.connections)
    assert dialog.connections.forget_button.isVisibleTo(dialog)
    dialog.connections.forget_button.click()
    assert not kept.exists()


def test_a_keyring_keeps_the_key_without_asking(qtbot, tmp_path: Path, worker: FakeWorker, server) -> None:  # type: ignore[no-untyped-def]
    keyring = MemoryKeyring()
    store = SecretStore(backend=keyring, backend_name="memory", secrets_dir=tmp_path / "secrets")
    win = make_window(qtbot, tmp_path, worker, store)
    win.engine.start()
    server.key = "ring-key"
    try:
        turn_remote_on(qtbot, win, server.url, key="ring-key", choice="never asked")
        assert win.remote.connected
        assert keyring.secrets == {("Oriel", remote_key_name(server.url)): "ring-key"}
        assert not (tmp_path / "secrets").exists()
    finally:
        win.close()
        win.engine.shutdown()


def test_remote_on_at_start_connects_without_a_restart(qtbot, tmp_path, worker, secrets, server) -> None:  # type: ignore[no-untyped-def]
    on = {"remote/enabled": True, "remote/base_url": server.url}
    win = make_window(qtbot, tmp_path, worker, secrets, **on)
    win.engine.start()
    try:
        qtbot.waitUntil(lambda: win.remote.connected, timeout=5000)
        assert win.remote_banner.isVisible()
        qtbot.waitUntil(lambda: win.models.listed, timeout=5000)  # the store still answers locally
        assert not any(isinstance(r, LoadModel) for r in worker.requests)
    finally:
        win.close()
        win.engine.shutdown()


def test_an_api_key_over_plain_http_to_another_host_is_sent_only_after_a_warning(window: MainWindow) -> None:
    elsewhere = "http://192.0.2.10:8000/v1"  # another computer (TEST-NET), unencrypted
    asked: list[str] = []
    dialog = window.open_settings()
    page = dialog.connections
    page.ask_where_to_keep_key = lambda detail: "session"  # type: ignore[method-assign]
    page.confirm_key_in_clear = lambda url: asked.append(url) or False  # type: ignore[method-assign]
    page.url_edit.setText(elsewhere)
    page.key_edit.setText("sk-secret")
    dialog.accept()  # declined: nothing kept, nothing sent, the dialog stays open
    assert asked == [elsewhere] and dialog.isVisible()
    assert not window.remote.has_session_key(elsewhere)

    window.remote.set_session_key(elsewhere, "kept-earlier")  # a kept key, the engine switched on
    page.key_edit.clear()
    page.remote_check.setChecked(True)
    dialog.accept()
    assert asked == [elsewhere, elsewhere] and not window.settings.remote_enabled

    for quiet in ("https://192.0.2.10:8000/v1", "http://127.0.0.1:8000/v1"):  # encrypted, or this computer
        page.remote_check.setChecked(False)
        page.url_edit.setText(quiet)
        page.key_edit.setText("sk-secret")
        assert page.apply()
        assert window.remote.has_session_key(quiet)
    assert asked == [elsewhere, elsewhere]

    page.confirm_key_in_clear = lambda url: True  # type: ignore[method-assign]
    page.url_edit.setText(elsewhere)
    page.key_edit.setText("sk-secret")
    assert page.apply()  # the user chose to send it anyway
    assert window.remote.has_session_key(elsewhere)


def test_the_warning_names_the_host_the_key_would_go_to(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    page = window.open_settings().connections
    seen: list[str] = []

    def read_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.reject()

    QTimer.singleShot(0, read_and_cancel)
    assert not page.confirm_key_in_clear("http://192.0.2.10:8000/v1")
    assert "unencrypted" in seen[0] and "192.0.2.10:8000" in seen[0]


def test_an_unusable_address_keeps_the_dialog_open(qtbot, window: MainWindow) -> None:
    dialog = window.open_settings()
    dialog.connections.remote_check.setChecked(True)
    dialog.connections.url_edit.setText("ftp://somewhere")
    dialog.accept()
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.connections
    assert "http://" in dialog.connections.remote_status.text()
    assert not window.settings.remote_enabled and not window.engine.remote


# -- the local API server ----------------------------------------------------------------------------


def get(port: int, path: str, token: str | None) -> tuple[int, dict[str, Any]]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    body = json.loads(response.read() or b"{}")
    conn.close()
    return response.status, body


def test_the_api_server_toggle_serves_the_loaded_model_on_loopback(
    qtbot, window: MainWindow, secrets: SecretStore
) -> None:
    window.settings.api_port = 0  # any free port
    with qtbot.waitSignal(window.api.changed, timeout=5000):
        window.settings.api_enabled = True
    server = window.api.server
    assert server is not None and not window.api.problem
    host, port = server.address
    assert host == "127.0.0.1" and window.api.url == f"http://127.0.0.1:{port}/v1"
    token = window.api.token
    assert get(port, "/v1/models", None)[0] == 401
    assert get(port, "/v1/models", "wrong")[0] == 401
    status, listed = get(port, "/v1/models", token)
    assert status == 200 and [m["id"] for m in listed["data"]] == ["Qwen3.5-2B-fp32"]

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    body = {"model": "Qwen3.5-2B-fp32", "messages": [{"role": "user", "content": "hi"}]}
    conn.request("POST", "/v1/chat/completions", json.dumps(body), {"Authorization": f"Bearer {token}"})
    response = conn.getresponse()
    reply = json.loads(response.read())
    conn.close()
    assert response.status == 200 and "short" in reply["choices"][0]["message"]["content"]

    dialog = window.open_settings()
    page = dialog.connections
    assert page.api_check.isChecked() and page.address_edit.text() == window.api.url
    assert page.token_edit.text() == token and str(secrets.secrets_dir) in page.token_note.text()
    page.copy_token.click()
    assert QApplication.clipboard().text() == token
    assert page.identity_edit.text() == window.api.identity == load_or_create_identity(secrets)
    assert "X-Oriel-Challenge" in page.identity_note.text() and "X-Oriel-Proof" in page.identity_note.text()
    challenge = new_challenge()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", "/v1/models", headers={CHALLENGE_HEADER: challenge})
    proved = conn.getresponse().getheader(PROOF_HEADER)
    conn.close()
    assert is_oriel(window.api.identity, challenge, proved), "the identity shown is the one the server proves"
    page.api_check.setChecked(False)
    with qtbot.waitSignal(window.api.changed, timeout=5000):
        dialog.accept()
    assert window.api.server is None
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass

    # On again: the same token, kept in its owner-only file.
    with qtbot.waitSignal(window.api.changed, timeout=5000):
        window.settings.api_enabled = True
    assert window.api.token == token
    window.api.close()


def test_turning_the_api_server_off_in_the_window_ends_open_connections(qtbot, window: MainWindow) -> None:
    window.settings.api_port = 0
    with qtbot.waitSignal(window.api.changed, timeout=5000):
        window.settings.api_enabled = True
    assert window.api.server is not None
    port, headers = window.api.server.address[1], {"Authorization": f"Bearer {window.api.token}"}
    kept_alive = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    kept_alive.request("GET", "/v1/models", headers=headers)
    assert kept_alive.getresponse().read()
    with qtbot.waitSignal(window.api.changed, timeout=5000):
        window.settings.api_enabled = False
    with pytest.raises((http.client.HTTPException, OSError)):
        kept_alive.request("GET", "/v1/models", headers=headers)
        kept_alive.getresponse().read()
    kept_alive.close()


def test_a_port_in_use_is_said_plainly(qtbot, window: MainWindow) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        window.settings.api_port = port
        with qtbot.waitSignal(window.api.changed, timeout=5000):
            window.settings.api_enabled = True
    assert window.api.server is None
    assert window.api.problem == f"Port {port} is already used by another program: choose another port."


# -- the speech model --------------------------------------------------------------------------------


def test_the_speech_model_row_downloads_whisper(qtbot, window: MainWindow, worker: FakeWorker) -> None:
    dialog = window.open_settings()
    box = dialog.speech_box
    assert "No speech model is installed yet" in box.info.text()
    assert box.download_button.isVisibleTo(dialog) and "recommended" in box.combo.currentText()
    with qtbot.waitSignal(window.models.jobFinished, timeout=5000) as finished:
        box.download_button.click()
        assert box.cancel_button.isVisibleTo(dialog) and not dialog.download_progress.isVisibleTo(dialog)
    assert finished.args == [True, ""]
    (request,) = [r for r in worker.requests if isinstance(r, DownloadModel)]
    assert (request.repo_id, request.weights, request.kind) == (WHISPER_BASE, "int8", "speech")
    qtbot.waitUntil(lambda: "installed" in box.combo.currentText(), timeout=2000)
    assert window.settings.speech_model == "whisper-base-int8"
    assert "Voice input uses this model" in box.info.text() and not box.download_button.isVisibleTo(dialog)
    assert window.models.installed  # the chat models are untouched
    assert window.models.speech_model().name == "whisper-base-int8"  # type: ignore[union-attr]

    # "More accurate": the second choice downloads whisper-small; cancelling keeps what came.
    worker.hold.clear()
    box.combo.setCurrentIndex(1)
    box.download_button.click()
    with qtbot.waitSignal(window.models.jobFinished, timeout=5000) as finished:
        box.cancel_button.click()
        worker.hold.set()
    assert finished.args[0] is False and "Paused" in box.info.text()
    assert [r.repo_id for r in worker.requests if isinstance(r, DownloadModel)][-1] == (
        "onnx-community/whisper-small"
    )
    assert window.settings.speech_model == "whisper-base-int8"


def test_a_missing_speech_model_points_to_the_row(qtbot, window: MainWindow) -> None:
    from runtime.protocol import Error, ErrorCode

    window.voice._request = "t-1"
    window.engine.errorOccurred.emit(Error("t-1", ErrorCode.MODEL_NOT_FOUND, "No speech model is installed."))
    message = window.statusBar().currentMessage()
    dialog = window.open_settings()
    assert dialog.speech_box.title() in message and "Model" in message
    assert dialog.tabs.tabText(0) == "Model"


def test_an_answer_in_progress_ends_when_the_engine_switches(
    qtbot, window: MainWindow, worker: FakeWorker, server: OpenAIServer
) -> None:
    worker.hold.clear()
    window.session.send("a long answer")
    qtbot.waitUntil(lambda: any(isinstance(r, Generate) for r in worker.requests), timeout=2000)
    window.settings.remote_url = server.url
    window.settings.remote_enabled = True
    worker.hold.set()
    qtbot.waitUntil(lambda: not window.session.busy, timeout=5000)
    qtbot.waitUntil(lambda: window.remote.connected, timeout=5000)
    assert answer_of(qtbot, window, "now remote") == "Hello from far away"

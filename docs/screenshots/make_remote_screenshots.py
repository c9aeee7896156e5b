"""Screenshots of the remote engine's banner and the Connections tab, for docs/screenshots/.

    Xvfb :99 -screen 0 1280x860x24 & DISPLAY=:99 .venv/bin/python docs/screenshots/make_remote_screenshots.py

The window names a server elsewhere (https://gpu.example.org), but the answers come from a
scripted OpenAI-compatible server on 127.0.0.1: nothing leaves the machine while shooting.
Also writes settings-speech.png (the Model tab with the speech model's row) for review.
"""

from __future__ import annotations

import json
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))

from make_screenshots import shoot, spin  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.engine.client import remote_transport  # noqa: E402
from app.wiring import build_window  # noqa: E402
from devtools.fake_worker import FakeWorker  # noqa: E402
from runtime.transport import Transport  # noqa: E402

# The status bar shows the CPU and the 2B int4 decode speed measured here (bench/RESULTS.md).
MEASURED_CPU: dict = {"providers": ("cpu",), "speed": 29.0}
from runtime.remote import SecretStore  # noqa: E402

ANSWER = (
    "A **remote engine** answers this chat: a larger model on a server of yours. The banner above "
    "stays for as long as it does, so you always know where your messages go."
)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, data: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._send(json.dumps({"data": [{"id": "qwen3.5-27b"}]}).encode(), "application/json")

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        words = [w + " " for w in ANSWER.split(" ")]
        chunks = [{"choices": [{"index": 0, "delta": {"content": w}, "finish_reason": None}]} for w in words]
        body = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"
        self._send(body.encode(), "text/event-stream")


def main() -> None:
    app = QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp())
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    loopback = f"http://127.0.0.1:{httpd.server_address[1]}/v1"

    def to_loopback(base_url: str, model: str, key: str | None) -> Transport:
        return remote_transport(loopback, model, key)

    qsettings = QSettings(str(tmp / "remote.ini"), QSettings.Format.IniFormat)
    for key, value in (
        ("app/first_run_done", True),
        ("ui/theme", "light"),
        ("remote/base_url", "https://gpu.example.org/v1"),
        ("remote/model", "qwen3.5-27b"),
        ("api/port", 8421),
    ):
        qsettings.setValue(key, value)
    worker = FakeWorker(delay=0.001, store_dir=tmp / "models", **MEASURED_CPU)
    secrets = SecretStore(use_system_keyring=False, secrets_dir=tmp / "secrets")
    window = build_window(app, tmp / "data", qsettings, worker, secrets)
    window.remote._make_transport = to_loopback
    window.move(0, 0)
    window.resize(1280, 860)
    window.show()
    window.engine.start()
    spin(app, 0.5)
    window.store.create_conversation("Plan the week's meals")
    window.settings.remote_enabled = True
    while not window.remote.connected:
        spin(app, 0.05)
    window.session.send("Who is answering me right now?")
    while window.session.busy:
        spin(app, 0.05)
    window.sidebar.refresh()
    shoot(app, window, HERE / "remote-banner.png")

    window.settings.api_enabled = True
    spin(app, 0.3)
    dialog = window.open_settings()
    dialog.move(300, 60)
    dialog.tabs.setCurrentWidget(dialog.connections)
    shoot(app, dialog, HERE / "settings-remote.png")
    dialog.tabs.setCurrentIndex(0)
    shoot(app, dialog, HERE / "settings-speech.png")
    dialog.close()
    window.close()
    window.engine.shutdown()
    httpd.shutdown()


if __name__ == "__main__":
    main()

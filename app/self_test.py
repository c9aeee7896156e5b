"""`oriel --self-test [PACKAGE]`: prove an installed Oriel works, without a real model or a screen.

The installers' smoke test (packaging/, .github/workflows/package.yml) and a user who wonders
whether a copy works both run it. It takes the path a user's first question takes: the main
window (offscreen unless QT_QPA_PLATFORM says otherwise), the real worker process started from
the same executable (multiprocessing spawn, which is why a frozen build needs freeze_support()),
a model load in the worker (ONNX Runtime, the tokenizer, the vision encoder), one answer to a
question with an image, streamed back into the chat, and a formula drawn by matplotlib.

The model is a tiny random Qwen3.5 package (about 1 MB) that the bundle ships as a data file,
`selftest-model/` beside the code; from a source checkout pass a package folder
(`python packaging/bundle.py --model-only` writes one to build/selftest-model). It is copied to
a temporary folder first, because the runtime caches lowered graphs beside a package and an
installed bundle is read-only. Chats and settings go to that folder too: the user's are never
touched.

It prints one line per step and exits 0, or prints what failed and exits 1. A Windows build has
no console, so there the lines go to %TEMP%/oriel-self-test.txt instead.
"""

from __future__ import annotations

import os
import shutil
import ssl
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar, cast

from runtime.owner_only import open_private

if TYPE_CHECKING:
    from app.chat.images import PendingImage
    from app.main_window import MainWindow

BUNDLED_PACKAGE = Path(__file__).resolve().parents[1] / "selftest-model"
QUESTION = "What is in this picture?"
STEP_TIMEOUT_S = 120.0

T = TypeVar("T")


class SelfTestFailure(RuntimeError):
    """A step did not happen; the message says which and why."""


def run_self_test(package: str, qt_args: list[str]) -> int:
    """Run every step; 0 when all passed. `package` '' means the bundled tiny model."""
    out = _output()
    started = time.perf_counter()

    def say(line: str) -> None:
        print(f"[{time.perf_counter() - started:6.2f} s] {line}", file=out, flush=True)

    source = Path(package) if package else BUNDLED_PACKAGE
    if not (source / "manifest.json").is_file():
        say(f"self-test FAILED: no model package at {source}")
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="oriel-self-test-") as tmp:
        try:
            _run(source, Path(tmp), qt_args, say)
        except SelfTestFailure as e:
            say(f"self-test FAILED: {e}")
            return 1
        except Exception:  # a broken installation fails in ways nobody listed: show them all
            say(f"self-test FAILED with an unexpected error:\n{traceback.format_exc()}")
            return 1
    say("self-test passed")
    return 0


def _output() -> TextIO:
    if sys.stdout is not None:
        return sys.stdout
    log = open_private(Path(tempfile.gettempdir()) / "oriel-self-test.txt", "w", encoding="utf-8")
    return cast(TextIO, log)


def _run(source: Path, tmp: Path, qt_args: list[str], say: Callable[[str], None]) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.engine.client import default_transport
    from app.wiring import build_window
    from runtime.protocol import Error, Finished, ModelLoaded, Ready

    package = Path(shutil.copytree(source, tmp / "model"))
    app = QApplication([sys.argv[0], *qt_args])
    say(f"Qt {app.platformName()} platform, Python {sys.version.split()[0]}, frozen: {_frozen()}")
    qsettings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    for key, value in (
        ("app/first_run_done", True),
        ("model/folder", str(tmp / "models")),
        ("chat/thinking", False),
    ):
        qsettings.setValue(key, value)
    window = build_window(app, tmp / "chats", qsettings, default_transport())
    events: list[object] = []
    for signal in (window.engine.ready, window.engine.modelLoaded, window.engine.finished):
        signal.connect(events.append)
    window.engine.errorOccurred.connect(events.append)
    try:
        window.show()
        _wait(lambda: window.windowHandle() is not None and window.windowHandle().isExposed(), "the window")
        say(f"main window shown: {window.windowTitle()!r}, {window.width()}x{window.height()}")
        say(f"TLS for model downloads: {ssl.OPENSSL_VERSION} ({ssl.create_default_context().protocol.name})")

        window.engine.start()
        ready = _event(events, Ready, "the worker's greeting")
        say(f"worker process {ready.pid} ready; providers: {', '.join(ready.providers)}")
        _wait(lambda: window.models.listed, "the model listing")

        window.engine.load_model(str(package), "auto", 2048)
        loaded = _event(events, ModelLoaded, "the model load")
        say(f"model loaded on {loaded.provider} ({loaded.ops} operators) in {loaded.load_seconds:.2f} s")

        window.session.send(QUESTION, [_picture()])
        _wait(lambda: _answer_started(window) or not window.session.busy, "the first words of the answer")
        window.session.stop()  # a random tiny model may not stop on its own
        _wait(lambda: not window.session.busy, "the end of the answer")
        answer = window.session.path[-1]
        if answer.role != "assistant" or answer.state not in ("done", "stopped"):
            raise SelfTestFailure(f"the answer ended as {answer.state!r}: {answer.error}")
        finished = next(e for e in events if isinstance(e, Finished))
        say(
            f"answered a question with an image: {finished.prompt_tokens} prompt tokens, "
            f"{finished.generated_tokens} generated, first token after {finished.time_to_first_token:.3f} s"
        )
        drawn: list[bool] = []
        window.math.ready.connect(lambda: drawn.append(True))
        key, _, _ = window.math.lookup(r"\frac{1}{2}\sqrt{x^2 + y^2}", True, "#202124", 1.0)
        _wait(lambda: bool(drawn), "a formula drawn by matplotlib")
        if window.math.image(key) is None:
            raise SelfTestFailure("matplotlib's mathtext could not draw a formula")
        say("formula drawn by matplotlib's mathtext")
        errors = [e for e in events if isinstance(e, Error)]
        if errors:
            raise SelfTestFailure(f"the worker reported {errors[0].code}: {errors[0].message}")
    finally:
        window.close()
        window.engine.shutdown()


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _picture() -> PendingImage:
    """A small drawn picture (a sky over a green field with a sun), stored as PNG like a paste."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QImage, QPainter

    from app.chat.images import from_qimage

    image = QImage(160, 96, QImage.Format.Format_RGB32)
    image.fill(QColor("#7fb2e5"))
    painter = QPainter(image)
    painter.fillRect(0, 60, 160, 36, QColor("#4c9a4c"))
    painter.setBrush(QColor("#ffd54a"))
    painter.drawEllipse(QPoint(120, 28), 14, 14)
    painter.end()
    return from_qimage(image, "self-test.png")


def _answer_started(window: MainWindow) -> bool:
    answer = window.session.path[-1] if window.session.path else None
    return answer is not None and answer.role == "assistant" and bool(answer.text or answer.reasoning)


def _event(events: list[object], kind: type[T], what: str) -> T:
    """The first event of `kind`; an Error that arrives first fails the step."""
    from runtime.protocol import Error

    found: list[object] = []

    def arrived() -> bool:
        found[:] = [e for e in events if isinstance(e, (kind, Error))]
        return bool(found)

    _wait(arrived, what)
    first = found[0]
    if isinstance(first, Error):
        raise SelfTestFailure(f"waiting for {what}, the worker reported {first.code}: {first.message}")
    assert isinstance(first, kind)
    return first


def _wait(condition: Callable[[], bool], what: str, timeout: float = STEP_TIMEOUT_S) -> None:
    """Run the event loop until `condition` holds; SelfTestFailure after `timeout` seconds."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestFailure(f"{what} did not come within {timeout:.0f} s")
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()

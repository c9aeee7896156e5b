"""End to end: the window, the real worker process and a tiny converted model, with an image."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app.chat.images import PendingImage, from_qimage
from app.engine.client import EngineState, default_transport
from app.wiring import build_window
from devtools.tiny_models import ALL_SPECS
from runtime.protocol import Finished, ImageSkipped, TextDelta

pytestmark = [
    pytest.mark.slow,
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.timeout(300),
]


def red_square() -> PendingImage:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 30, 30))
    return from_qimage(image, "red.png")


def test_a_question_with_an_image_is_answered_by_the_real_worker(qtbot, tmp_path: Path, packages) -> None:  # type: ignore[no-untyped-def]
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    qsettings.setValue("app/first_run_done", True)
    qsettings.setValue("chat/thinking", False)
    window = build_window(QApplication.instance(), tmp_path / "data", qsettings, default_transport())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    streamed: list[TextDelta] = []
    skipped: list[ImageSkipped] = []
    finished: list[Finished] = []
    window.engine.textDelta.connect(streamed.append)
    window.engine.imageSkipped.connect(skipped.append)
    window.engine.finished.connect(finished.append)
    try:
        with qtbot.waitSignal(window.engine.ready, timeout=60000):
            window.engine.start()
        package = packages(ALL_SPECS[0])
        with qtbot.waitSignal(window.engine.modelLoaded, timeout=120000):
            window.engine.load_model(str(package), "cpu", 2048)

        def ask(images: list[PendingImage]) -> Finished:
            """Send in a new conversation; stop once some text came (a random model may not stop)."""
            window.session.new_conversation()
            streamed.clear()
            window.session.send("What colour is this?", images)
            qtbot.waitUntil(
                lambda: len(window.session.path[-1].text) >= 8 or not window.session.busy, timeout=120000
            )
            window.session.stop()
            qtbot.waitUntil(lambda: not window.session.busy, timeout=60000)
            return finished[-1]

        text_only = ask([])
        with_image = ask([red_square()])
        answer, question = window.session.path[-1], window.session.path[-2]
        assert answer.role == "assistant" and answer.state in ("done", "stopped"), answer.error
        assert answer.text, "the worker streamed no answer"
        assert answer.text == "".join(d.text for d in streamed if d.kind == "answer")
        assert window.store.path(window.session.conversation_id)[-1].text == answer.text
        assert len(question.images) == 1 and not skipped, "the image went in, with no note"
        assert with_image.prompt_tokens > text_only.prompt_tokens, "the image's tokens are in the prompt"
        assert window.engine.state == EngineState.IDLE
    finally:
        window.close()
        window.engine.shutdown()

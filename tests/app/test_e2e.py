"""End to end: the window, the real worker process and a tiny converted model, with an image."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app.chat.images import PendingImage, from_qimage, read_image_file
from app.engine.client import EngineState, default_transport
from app.main_window import MainWindow
from app.settings.first_run import FirstRunDialog
from app.wiring import build_window
from devtools.images import black_bilevel_png, encode, random_image
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


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    """The window on the real worker, started; the tests load the model they need."""
    transport = default_transport()
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    qsettings.setValue("app/first_run_done", True)
    win = build_window(QApplication.instance(), tmp_path / "data", qsettings, transport)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    try:
        with qtbot.waitSignal(win.engine.ready, timeout=60000):
            win.engine.start()
        yield win
    finally:
        win.close()
        win.engine.shutdown()


def answer_and_stop(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: bool(window.session.path[-1].text) or not window.session.busy, timeout=120000)
    window.session.stop()  # a random tiny model may not stop on its own
    qtbot.waitUntil(lambda: not window.session.busy, timeout=60000)


# The thumbnails of the two bad files fail as well; Qt says why on its log.
@pytest.mark.qt_log_ignore("propagateSizeHints", "exceeds the current allocation limit", "Corrupt JPEG data")
def test_images_the_model_leaves_out_are_noted_on_the_answer(
    qtbot, window: MainWindow, packages, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A 9000 x 9000 PNG and a truncated JPEG beside a good image: the answer still comes, and it
    says which files were left out and why, by the names they were attached as."""
    files = {
        "good.png": encode(random_image(300, 260, seed=5), "PNG"),
        "photo.png": black_bilevel_png(9000, 9000, 9000),
        "broken.jpg": encode(random_image(300, 300, seed=6), "JPEG")[:-2000],
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    images = [read_image_file(tmp_path / name) for name in files]
    with qtbot.waitSignal(window.engine.modelLoaded, timeout=120000):
        window.engine.load_model(str(packages("gqa1-tied")), "cpu", 4096)
    window.session.send("Describe the pictures.", images)
    answer_and_stop(qtbot, window)

    answer = window.session.path[-1]
    assert answer.role == "assistant" and answer.text.strip(), answer.error
    too_large, damaged = answer.notes
    assert too_large.startswith("photo.png was left out: it is 9000 x 9000 pixels (81 megapixels)")
    assert damaged.startswith("broken.jpg was left out: it is damaged or incomplete")
    widget = window.chat_view.widgets[-1]
    assert widget.notes_label.isVisible() and widget.notes_label.text() == f"{too_large}\n{damaged}"
    window.session.open(window.session.conversation_id)  # the notes are kept with the answer
    assert window.session.path[-1].notes == (too_large, damaged)


@pytest.fixture
def unreachable_hub(monkeypatch) -> str:
    """HF_ENDPOINT at a local port nothing listens on (set before the worker starts: it inherits it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        host = f"127.0.0.1:{probe.getsockname()[1]}"
    monkeypatch.setenv("HF_ENDPOINT", f"http://{host}")
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    return host


def test_a_download_that_cannot_reach_the_hub_says_so(
    qtbot, unreachable_hub: str, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstRunDialog(window.settings, window.models, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pages.setCurrentIndex(1)
    with qtbot.waitSignal(window.models.jobFinished, timeout=120000) as finished:
        qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    expected = f"Could not reach {unreachable_hub}: check the connection, or import a folder."
    assert finished.args == [False, expected]
    assert dialog.status.text() == expected and dialog.status.isVisible()
    assert "Something went wrong" not in window.statusBar().currentMessage()
    assert dialog.import_button.isEnabled() and dialog.download_button.isVisible()  # try again, or import

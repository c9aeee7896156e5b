"""Single widgets over their models, without the main window (napari's habit): the Composer
alone, and the ChatView over a ChatSession whose engine is the fake worker behind the Router."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app.chat.composer import MAX_IMAGES, Composer
from app.chat.images import Thumbnails
from app.chat.markdown import MathImages
from app.chat.session import ChatSession
from app.chat.store import ChatStore
from app.chat.view import ChatView
from app.engine.client import EngineClient
from app.settings.values import Settings
from app.theme import Theme
from devtools.fake_worker import FakeWorker
from runtime.transport import Router

pytestmark = [pytest.mark.timeout(30)]


def png(folder: Path, name: str) -> Path:
    image = QImage(32, 24, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(folder / name), "PNG")
    return folder / name


@pytest.fixture
def composer(qtbot):  # type: ignore[no-untyped-def]
    widget = Composer(Thumbnails())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_composer_sends_its_text_and_images_then_clears(
    qtbot, composer: Composer, tmp_path: Path
) -> None:
    composer.add_files([png(tmp_path, "a.png")])
    composer.input.setPlainText("What is it?")
    with qtbot.waitSignal(composer.sendRequested, timeout=1000) as sent:
        qtbot.keyClick(composer.input, Qt.Key.Key_Return)
    text, images = sent.args
    assert text == "What is it?" and [i.name for i in images] == ["a.png"]
    assert composer.input.toPlainText() == "" and composer.images == []


def test_a_busy_composer_offers_stop_and_sends_nothing(qtbot, composer: Composer) -> None:
    composer.input.setPlainText("Another question")
    composer.set_busy(True)
    assert not composer.send_button.isVisible() and composer.stop_button.isVisible()
    with qtbot.assertNotEmitted(composer.sendRequested):
        qtbot.keyClick(composer.input, Qt.Key.Key_Return)
    with qtbot.waitSignal(composer.stopRequested, timeout=1000):
        composer.stop_button.click()
    composer.set_busy(False)
    assert composer.send_button.isEnabled()


def test_the_composer_refuses_what_it_cannot_attach(qtbot, composer: Composer, tmp_path: Path) -> None:
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    with qtbot.waitSignal(composer.notice, timeout=1000) as notice:
        composer.add_files([text])
    assert "notes.png" in notice.args[0] and composer.images == []
    many = [png(tmp_path, f"{i}.png") for i in range(MAX_IMAGES + 1)]
    with qtbot.waitSignal(composer.notice, timeout=1000):
        composer.add_files(many)
    assert len(composer.images) == MAX_IMAGES and not composer.attach_button.isEnabled()


@pytest.fixture
def session(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    worker = FakeWorker(answer="A **red** square.", delay=0.001, store_dir=tmp_path / "models")
    engine = EngineClient(Router(worker))
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    chat = ChatSession(ChatStore(tmp_path / "data"), engine, Settings(qsettings))
    with qtbot.waitSignal(engine.modelLoaded, timeout=3000):
        engine.start()
        engine.load_model(str(worker.store_dir / "Qwen3.5-2B-fp32"))
    yield chat
    engine.shutdown()


def test_the_chat_view_follows_its_session(qtbot, session: ChatSession) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    view = ChatView(session, Theme(app), Thumbnails(), MathImages())
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    assert view.widgets == [] and view.empty_label.isVisible()
    session.send("What is it?")
    qtbot.waitUntil(lambda: not session.busy and not view.rendering, timeout=5000)
    question, answer = view.widgets
    assert question.body.toPlainText() == "What is it?"
    assert answer.body.toPlainText() == "A red square."  # the Markdown is rendered
    assert not view.empty_label.isVisible()
    session.new_conversation()
    assert view.widgets == [] and view.empty_label.isVisible()

"""Images in the composer: drop, paste, attach several, remove, refuse non-images politely."""

from __future__ import annotations

import hashlib
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from app.chat.image_viewer import ImageViewer
from app.main_window import MainWindow
from devtools.fake_worker import FakeWorker

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.timeout(30),
]


def png(tmp_path: Path, name: str, color: str = "red") -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    path = tmp_path / name
    assert image.save(str(path), "PNG")
    return path


def drop(win: MainWindow, mime: QMimeData) -> None:
    """What Qt delivers when files are dropped on the window."""
    actions = Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # Qt 6 marks this constructor deprecated but offers no other
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(200, 200), actions, mime, buttons, modifiers)
    QApplication.sendEvent(win, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(win, QDropEvent(QPointF(200, 200), actions, mime, buttons, modifiers))


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_dropping_image_files_attaches_them(qtbot, window: MainWindow, tmp_path: Path) -> None:
    drop(window, file_mime(png(tmp_path, "a.png"), png(tmp_path, "b.png", "blue")))
    assert [i.name for i in window.composer.images] == ["a.png", "b.png"]
    assert window.composer.send_button.isEnabled()


def test_dropping_a_non_image_is_refused_politely(qtbot, window: MainWindow, tmp_path: Path) -> None:
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"%PDF-1.7 not an image")
    renamed = tmp_path / "fake.png"
    renamed.write_text("plain text with an image's name")
    drop(window, file_mime(notes, renamed, png(tmp_path, "real.png")))
    assert [i.name for i in window.composer.images] == ["real.png"]
    message = window.statusBar().currentMessage()
    assert "notes.pdf" in message and "fake.png" in message and "is not an image" in message


def test_pasting_an_image_from_the_clipboard(qtbot, window: MainWindow) -> None:
    image = QImage(32, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("green"))
    QGuiApplication.clipboard().setImage(image)
    window.composer.input.setFocus()
    window.composer.input.paste()
    assert len(window.composer.images) == 1
    assert window.composer.images[0].suffix == "png"
    assert window.composer.input.toPlainText() == ""


def test_pasting_text_still_pastes_text(qtbot, window: MainWindow) -> None:
    QGuiApplication.clipboard().setText("just words")
    window.composer.input.paste()
    assert window.composer.input.toPlainText() == "just words" and window.composer.images == []


def test_an_image_can_be_removed_before_sending(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.composer.add_files([png(tmp_path, "a.png"), png(tmp_path, "b.png", "blue")])
    remove_buttons = [
        window.composer.thumbs_row.itemAt(i).widget() for i in range(window.composer.thumbs_row.count() - 1)
    ]
    assert [b.accessibleName() for b in remove_buttons] == ["Remove image a.png", "Remove image b.png"]
    remove_buttons[0].click()
    assert [i.name for i in window.composer.images] == ["b.png"]


def test_images_are_sent_stored_and_shown(
    qtbot, window: MainWindow, worker: FakeWorker, tmp_path: Path
) -> None:
    window.composer.add_files([png(tmp_path, "a.png"), png(tmp_path, "b.png", "blue")])
    window.composer.input.setPlainText("What colours are these?")
    with qtbot.waitSignal(window.session.busyChanged, timeout=3000):
        window.composer.send_button.click()
    assert window.composer.images == []
    qtbot.waitUntil(lambda: not window.session.busy, timeout=5000)
    sent = worker.generates[-1].messages[-1]
    assert len(sent.images) == 2 and all(Path(p.path).is_file() for p in sent.images)
    data = (tmp_path / "a.png").read_bytes()
    assert Path(sent.images[0].path).read_bytes() == data
    assert sent.images[0].sha256 == hashlib.sha256(data).hexdigest(), "the image travels with its identity"
    question = window.chat_view.widgets[0]
    assert len(question.image_buttons) == 2
    qtbot.waitUntil(lambda: all(not b.icon().isNull() for b in question.image_buttons), timeout=3000)
    with qtbot.waitSignal(window.chat_view.imageOpened, timeout=1000) as opened:
        question.image_buttons[1].click()
    assert opened.args[0] == sent.images[1].path
    viewer = next(w for w in window.findChildren(ImageViewer))
    qtbot.waitUntil(
        lambda: viewer.label.pixmap() is not None and not viewer.label.pixmap().isNull(), timeout=3000
    )
    assert viewer.label.pixmap().width() == 64

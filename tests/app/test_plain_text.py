"""Text from outside Oriel (a remote server's error, file and model names, chat titles, a model's
words) is shown as text, never rendered as HTML."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from app.plain_text import shown_as_text
from runtime.remote import RemoteConfig

HOSTILE = '<b>bold</b><img src="http://attacker.example/pixel.png"> & <a href="x">link</a>'


def show_remote_problem(window, problem: str) -> None:  # type: ignore[no-untyped-def]
    """The banner of a remote engine whose last attempt failed with `problem` (its error text)."""
    window.remote.config = RemoteConfig("http://127.0.0.1:9/v1", "model")
    window.remote.problem = problem
    window.remote_banner.refresh()


def labels_showing_text(widget: QWidget) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if label.text()]


def test_every_label_of_the_window_and_its_dialogs_shows_plain_text(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    show_remote_problem(window, HOSTILE)
    store = window.store  # a chat whose answer failed with the server's words, from a model so named
    chat = store.create_conversation(HOSTILE)
    answer = store.add_message(chat, store.add_message(chat, None, "user", "hi"), "assistant", model=HOSTILE)
    store.update_message(answer, text="", reasoning="", state="error", error=HOSTILE)
    window.session.open(chat)
    settings = window.open_settings()
    first_run = window.show_first_run()
    for widget in (window, settings, first_run):
        rich = [
            label.text()
            for label in labels_showing_text(widget)
            if label.textFormat() != Qt.TextFormat.PlainText
        ]
        assert not rich, rich
    shown = [label.text() for label in labels_showing_text(window) if HOSTILE in label.text()]
    assert len(shown) >= 2, shown  # the banner's problem, and the failed answer's
    settings.close()
    first_run.close()


def test_a_remote_error_in_the_banner_is_not_rendered_as_html(window) -> None:  # type: ignore[no-untyped-def]
    show_remote_problem(window, HOSTILE)
    label = window.remote_banner.problem
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in label.text()


def test_tooltips_and_message_boxes_show_external_text_as_it_is() -> None:
    document = QTextDocument()
    document.setHtml(shown_as_text(HOSTILE + "\nsecond line"))
    assert document.toPlainText() == HOSTILE + "\nsecond line"

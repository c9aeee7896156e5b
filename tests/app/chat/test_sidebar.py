"""The conversation list: new, search, rename, delete, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.main_window import MainWindow
from devtools.fake_worker import FakeWorker

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.timeout(30),
]


def chat(qtbot, win: MainWindow, text: str) -> str:
    win.new_chat()
    with qtbot.waitSignal(win.session.busyChanged, timeout=3000):
        win.session.send(text)
    qtbot.waitUntil(lambda: not win.session.busy, timeout=5000)
    assert win.session.conversation_id is not None
    return win.session.conversation_id


def test_new_chat_and_switching_between_chats(qtbot, window: MainWindow) -> None:
    chat(qtbot, window, "About cats")
    chat(qtbot, window, "About dogs")
    assert window.sidebar.titles() == ["About dogs", "About cats"]
    window.sidebar.list.setCurrentRow(1)
    assert window.chat_view.widgets[0].body.toPlainText() == "About cats"
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.session.path == [] and window.chat_view.empty_label.isVisible()


def test_search_matches_titles_and_text(qtbot, window: MainWindow, worker: FakeWorker) -> None:
    worker.answer = lambda request: "A fact about " + request.messages[-1].text.split()[-1] + " and zebras"
    chat(qtbot, window, "Tell me about cats")
    chat(qtbot, window, "Tell me about dogs")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.search.hasFocus()
    qtbot.keyClicks(window.sidebar.search, "dog")
    qtbot.waitUntil(lambda: window.sidebar.titles() == ["Tell me about dogs"], timeout=2000)
    window.sidebar.search.setText("zebra")  # only in the answers
    qtbot.waitUntil(lambda: len(window.sidebar.titles()) == 2, timeout=2000)
    window.sidebar.search.setText("giraffe")
    qtbot.waitUntil(lambda: window.sidebar.titles() == [], timeout=2000)


def test_rename_in_place(qtbot, window: MainWindow) -> None:
    conversation = chat(qtbot, window, "Untitled thoughts")
    window.sidebar.list.item(0).setText("Holiday plans")  # what the item editor commits
    assert window.store.title(conversation) == "Holiday plans"
    window.sidebar.list.item(0).setText("   ")  # an empty title is refused
    assert window.sidebar.list.item(0).text() == "Holiday plans"


def test_delete_asks_first(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    conversation = chat(qtbot, window, "Delete me")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.sidebar.delete(conversation)
    assert window.sidebar.titles() == ["Delete me"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.sidebar.delete(conversation)
    assert window.sidebar.titles() == [] and window.store.conversations() == []
    assert window.session.conversation_id is None and window.chat_view.widgets == []


@pytest.mark.parametrize("kind", ["md", "json"])
def test_export(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    conversation = chat(qtbot, window, "Export this chat")
    target = tmp_path / f"out.{kind}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.sidebar.export(conversation, kind) == target
    text = target.read_text(encoding="utf-8")
    if kind == "md":
        assert text.startswith("# Export this chat") and "## You" in text and "## Oriel" in text
    else:
        assert [m["role"] for m in json.loads(text)["messages"]] == ["user", "assistant"]
    assert str(target) in window.statusBar().currentMessage()

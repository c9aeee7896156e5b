"""The chat window on the fake worker: streaming, stop, regenerate, edit with versions, errors,
Markdown, code copy, thinking, text direction, math, and long chats."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.chat.images import PendingImage
from app.chat.markdown import COPY_CODE
from app.chat.store import STOPPED
from app.chat.view import BATCH
from app.main_window import MainWindow
from devtools.fake_worker import FakeWorker
from devtools.images import black_bilevel_png, encode, random_image
from runtime.protocol import ErrorCode

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.timeout(30),
]


def send(qtbot, win: MainWindow, text: str) -> None:
    with qtbot.waitSignal(win.session.busyChanged, timeout=3000):
        win.composer.input.setPlainText(text)
        qtbot.keyClick(win.composer.input, Qt.Key.Key_Return)


def wait_idle(qtbot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: not win.session.busy and not win.chat_view.rendering, timeout=5000)


def test_enter_sends_and_shift_enter_breaks_the_line(qtbot, window: MainWindow) -> None:
    edit = window.composer.input
    edit.setFocus()
    qtbot.keyClicks(edit, "line one")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, "line two")
    assert edit.toPlainText() == "line one\nline two"
    with qtbot.waitSignal(window.session.busyChanged, timeout=3000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.toPlainText() == ""
    wait_idle(qtbot, window)
    assert window.session.path[0].text == "line one\nline two"


def test_answer_streams_as_rendered_markdown(qtbot, window: MainWindow) -> None:
    send(qtbot, window, "Hello")
    assert window.composer.stop_button.isVisible()
    wait_idle(qtbot, window)
    answer = window.chat_view.widgets[-1]
    html = answer.body.toHtml()
    assert "font-weight" in html and "short" in html  # **short** became bold
    assert answer.body.document().toPlainText().startswith("Here is a short answer.")
    assert answer.body.code_blocks == ["print('hello')"]
    assert window.sidebar.titles() == ["Hello"]
    assert window.speed_label.text().endswith("tokens/s")
    assert window.context_label.text().startswith("Context ")


def test_code_block_copy_button(qtbot, window: MainWindow) -> None:
    send(qtbot, window, "code please")
    wait_idle(qtbot, window)
    body = window.chat_view.widgets[-1].body
    assert COPY_CODE + "0" in body.toHtml()
    body.anchorClicked.emit(f"{COPY_CODE}0")  # what a click on the "Copy" link does
    assert QGuiApplication.clipboard().text() == "print('hello')"


def test_thinking_is_collapsed_with_its_duration(qtbot, window: MainWindow, worker: FakeWorker) -> None:
    worker.thinking = "First I consider the question carefully."
    window.settings.thinking = True
    send(qtbot, window, "Think first")
    wait_idle(qtbot, window)
    answer = window.chat_view.widgets[-1]
    assert answer.thinking_toggle.isVisible() and answer.thinking_text is None  # collapsed
    assert answer.thinking_toggle.text() == "Thought for 1 s"
    answer.thinking_toggle.click()
    assert answer.thinking_text is not None and answer.thinking_text.isVisible()
    assert "consider the question" in answer.thinking_text.toPlainText()
    assert window.session.path[-1].reasoning == worker.thinking


def test_stop_while_streaming(qtbot, window: MainWindow, worker: FakeWorker) -> None:
    worker.delay = 0.05
    send(qtbot, window, "Long story please")
    qtbot.waitUntil(lambda: bool(window.session.path[-1].text), timeout=3000)
    with qtbot.waitSignal(window.session.busyChanged, timeout=3000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    answer = window.session.path[-1]
    assert answer.state == STOPPED
    assert window.store.path(window.session.conversation_id)[-1].state == STOPPED
    assert window.composer.send_button.isVisible()
    qtbot.waitUntil(lambda: window.chat_view.widgets[-1].state_label.text() == "Stopped.", timeout=3000)


def test_regenerate_keeps_the_earlier_answer_reachable(qtbot, window: MainWindow, worker: FakeWorker) -> None:
    answers = iter(["first answer", "second answer"])
    worker.answer = lambda _request: next(answers)
    send(qtbot, window, "Question")
    wait_idle(qtbot, window)
    regenerate = window.chat_view.widgets[-1].regenerate_button
    assert regenerate.isVisible()
    with qtbot.waitSignal(window.session.busyChanged, timeout=3000):
        regenerate.click()
    wait_idle(qtbot, window)
    last = window.chat_view.widgets[-1]
    assert last.body.toPlainText() == "second answer"
    assert last.version_label.text() == "2 / 2" and last.version_label.isVisible()
    assert len(worker.generates) == 2 and worker.generates[1].messages == worker.generates[0].messages
    last.previous_version.click()
    assert window.chat_view.widgets[-1].body.toPlainText() == "first answer"
    assert window.chat_view.widgets[-1].version_label.text() == "1 / 2"


def test_edit_an_earlier_message_and_resend(qtbot, window: MainWindow, worker: FakeWorker) -> None:
    worker.answer = lambda request: "echo: " + request.messages[-1].text
    send(qtbot, window, "first")
    wait_idle(qtbot, window)
    send(qtbot, window, "second")
    wait_idle(qtbot, window)
    window.chat_view.widgets[0].edit_button.click()
    assert window.composer.edit_banner.isVisible()
    assert window.composer.input.toPlainText() == "first"
    window.composer.input.setPlainText("first, edited")
    with qtbot.waitSignal(window.session.busyChanged, timeout=3000):
        window.composer.send_button.click()
    wait_idle(qtbot, window)
    texts = [w.body.toPlainText() for w in window.chat_view.widgets]
    assert texts == ["first, edited", "echo: first, edited"]
    assert window.chat_view.widgets[0].version_label.text() == "2 / 2"
    assert [m.text for m in worker.generates[-1].messages if m.role != "system"] == ["first, edited"]
    window.chat_view.widgets[0].previous_version.click()
    texts = [w.body.toPlainText() for w in window.chat_view.widgets]
    assert texts == ["first", "echo: first", "second", "echo: second"]


def test_an_engine_error_is_shown_in_the_answer(qtbot, window: MainWindow, worker: FakeWorker) -> None:
    worker.fail_next(ErrorCode.CONTEXT_OVERFLOW, "the prompt has 40000 tokens")
    send(qtbot, window, "Too long")
    wait_idle(qtbot, window)
    label = window.chat_view.widgets[-1].state_label
    assert label.isVisible() and "longer than the model's context" in label.text()
    assert "context" in window.statusBar().currentMessage()


def test_each_paragraph_takes_the_direction_of_its_text(
    qtbot, window: MainWindow, worker: FakeWorker
) -> None:
    worker.answer = "مرحبا، هذه إجابة باللغة العربية.\n\nAnd this paragraph is English.\n\n- عنصر\n- item"
    send(qtbot, window, "Mixed please")
    wait_idle(qtbot, window)
    document = window.chat_view.widgets[-1].body.document()
    directions = {}
    block = document.begin()
    while block.isValid():
        directions[block.text()] = block.textDirection()
        block = block.next()
    assert directions["مرحبا، هذه إجابة باللغة العربية."] == Qt.LayoutDirection.RightToLeft
    assert directions["And this paragraph is English."] == Qt.LayoutDirection.LeftToRight
    assert directions["عنصر"] == Qt.LayoutDirection.RightToLeft
    assert directions["item"] == Qt.LayoutDirection.LeftToRight


def test_math_is_drawn_as_an_image(qtbot, window: MainWindow, worker: FakeWorker) -> None:
    pytest.importorskip("matplotlib")
    worker.answer = "Euler: $e^{i\\pi} + 1 = 0$\n\n$$\\int_0^1 x^2\\,dx = \\frac{1}{3}$$"
    send(qtbot, window, "math")
    wait_idle(qtbot, window)
    body = window.chat_view.widgets[-1].body
    qtbot.waitUntil(lambda: body.toHtml().count("oriel-math:") == 2, timeout=20000)
    assert body.document().size().height() > 40


def test_a_long_chat_opens_with_the_newest_messages_and_loads_more_on_scroll(
    qtbot, window: MainWindow
) -> None:
    store = window.store
    chat = store.create_conversation("Long")
    parent = None
    for i in range(200):
        parent = store.add_message(chat, parent, "user" if i % 2 == 0 else "assistant", f"message {i}")
    window.sidebar.refresh()
    window.session.open(chat)
    view = window.chat_view
    assert len(view.widgets) == BATCH
    assert view.widgets[-1].body.toPlainText() == "message 199"
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: 0 < bar.maximum() == bar.value(), timeout=2000)  # laid out, at the bottom
    bar.setValue(0)
    qtbot.waitUntil(lambda: len(view.widgets) == 2 * BATCH, timeout=2000)
    assert view.widgets[0].body.toPlainText() == f"message {200 - 2 * BATCH}"
    qtbot.waitUntil(lambda: bar.value() > 1000, timeout=2000)  # what the user was reading stays in view


def test_reopening_a_message_with_several_images_shows_every_thumbnail(qtbot, window: MainWindow) -> None:
    """The first thumbnail comes from the cache while the row is still being built."""
    images = [PendingImage(encode(random_image(120, 90, seed=n), "PNG"), "png", f"{n}.png") for n in range(3)]
    window.session.send("Three pictures", images)
    wait_idle(qtbot, window)
    first = window.chat_view.widgets[0]
    qtbot.waitUntil(lambda: all(not b.icon().isNull() for b in first.image_buttons), timeout=5000)
    assert window.session.conversation_id is not None
    window.session.open(window.session.conversation_id)
    reopened = window.chat_view.widgets[0]
    assert reopened is not first and len(reopened.image_buttons) == 3
    qtbot.waitUntil(lambda: all(not b.icon().isNull() for b in reopened.image_buttons), timeout=5000)


@pytest.mark.qt_log_ignore("propagateSizeHints", "Corrupt JPEG data")  # the broken file's thumbnail
def test_an_image_the_model_leaves_out_is_noted_on_the_answer(qtbot, window: MainWindow) -> None:
    good = PendingImage(encode(random_image(120, 90, seed=1), "PNG"), "png", "cat.png")
    broken = PendingImage(encode(random_image(120, 90, seed=2), "JPEG")[:-600], "jpg", "holiday.jpg")
    window.session.send("What is in these?", [good, broken])
    wait_idle(qtbot, window)
    answer = window.session.path[-1]
    (note,) = answer.notes
    assert note.startswith("holiday.jpg was left out: it is damaged or incomplete") and answer.text
    widget = window.chat_view.widgets[-1]
    assert widget.notes_label.isVisible() and widget.notes_label.text() == note
    assert not window.chat_view.widgets[0].notes_label.isVisible()
    window.session.send("And now?")  # the worker leaves the image out again: noted once is enough
    wait_idle(qtbot, window)
    assert window.session.path[-1].notes == () and window.session.path[1].notes == (note,)


@pytest.mark.qt_log_ignore("propagateSizeHints", "exceeds the current allocation limit")
def test_an_image_too_large_for_a_thumbnail_shows_a_sign_not_a_blank(qtbot, window: MainWindow) -> None:
    huge = PendingImage(black_bilevel_png(9000, 9000, 9000), "png", "photo.png")
    window.session.send("And this one?", [huge])
    wait_idle(qtbot, window)
    (button,) = window.chat_view.widgets[0].image_buttons
    qtbot.waitUntil(lambda: not button.icon().isNull(), timeout=5000)
    assert window.session.path[-1].notes[0].startswith("photo.png was left out: it is 9000 x 9000 pixels")


def test_a_full_disk_while_saving_a_question_is_said_in_the_status_bar(qtbot, window: MainWindow) -> None:
    db = window.store._db  # SQLite's own "database or disk is full", at the page limit set here
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    window.composer.input.setPlainText("x" * 100_000)  # more than the pages left
    qtbot.keyClick(window.composer.input, Qt.Key.Key_Return)
    assert "The disk is full" in window.statusBar().currentMessage()
    assert str(window.store.folder) in window.statusBar().currentMessage()
    assert not window.session.busy

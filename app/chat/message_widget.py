"""One message in the chat: text, collapsible thinking, image thumbnails, actions.

The text is a QTextBrowser sized to its content (the chat scrolls, never the message), so
selection, links and per-paragraph text direction come from Qt's rich text engine.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QSize, QSizeF, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QGuiApplication,
    QIcon,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.chat.images import Thumbnails
from app.chat.markdown import (
    COPY_CODE,
    MATH_SCHEME,
    MarkdownRenderer,
    MathImages,
    plain_text_html,
    split_blocks,
)
from app.chat.store import ERROR, INTERRUPTED, STOPPED, STREAMING, ChatMessage
from app.icons import svg_icon
from app.plain_text import plain_label
from app.theme import mute


class MessageText(QTextBrowser):
    """Read-only rich text that grows to fit its document."""

    def __init__(self, math: MathImages | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._math = math
        self.code_blocks: list[str] = []
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setOpenLinks(False)
        self.viewport().setAutoFillBackground(False)  # the message's background shows through
        self.document().setDocumentMargin(2)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.anchorClicked.connect(self._on_anchor)
        self._fit(self.document().size())

    def _fit(self, size: QSizeF) -> None:
        # The layout reports its new size: asking the document for it would lay it all out again.
        height = max(math.ceil(size.height()) + 2 * self.frameWidth(), 8)
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # re-wraps the text to the new width when it changed
        if event.size().width() != event.oldSize().width():
            self.document().setTextWidth(self.viewport().width())

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        url = QUrl(url)
        if url.scheme() == MATH_SCHEME and self._math is not None:
            return self._math.image(url.path()) or QImage()
        if kind == QTextDocument.ResourceType.ImageResource:
            return QImage()  # answers never load images from anywhere
        return super().loadResource(kind, url)

    def _on_anchor(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith(COPY_CODE):
            number = int(target.removeprefix(COPY_CODE))
            if number < len(self.code_blocks):
                QGuiApplication.clipboard().setText(self.code_blocks[number])
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


class MessageWidget(QFrame):
    """Shows one ChatMessage; asks its owner for actions through signals."""

    editRequested = Signal(object)  # ChatMessage
    regenerateRequested = Signal()
    versionRequested = Signal(int, int)  # message id, step
    imageOpened = Signal(str)  # path

    def __init__(
        self,
        message: ChatMessage,
        renderer: MarkdownRenderer,
        thumbnails: Thumbnails,
        image_paths: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.message = message
        self._renderer = renderer
        self._thumbnails = thumbnails
        self._image_paths = image_paths
        self.is_last = False
        self.math_pending = False
        self._stream_position: int | None = None  # where the streamed answer's last piece starts
        self._complete = 0
        self._complete_code: list[str] = []
        user = message.role == "user"
        self.setObjectName("userMessage" if user else "assistantMessage")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        header = QHBoxLayout()
        self.author = plain_label()
        mute(self.author)
        header.addWidget(self.author)
        header.addStretch()
        self.previous_version = self._tool_button("‹", lambda: self.versionRequested.emit(message.id, -1))
        self.version_label = plain_label()
        self.next_version = self._tool_button("›", lambda: self.versionRequested.emit(message.id, +1))
        for w in (self.previous_version, self.version_label, self.next_version):
            header.addWidget(w)
        layout.addLayout(header)

        self.thinking_toggle = QToolButton()
        self.thinking_toggle.setAutoRaise(True)
        mute(self.thinking_toggle)
        self.thinking_toggle.setCheckable(True)
        self.thinking_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.thinking_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.thinking_toggle.toggled.connect(self._toggle_thinking)
        self.thinking_text: MessageText | None = None  # built when first opened
        layout.addWidget(self.thinking_toggle)
        self._thinking_index = layout.count()

        self.images_row = QHBoxLayout()
        self.image_buttons: list[QToolButton] = []
        if image_paths:
            thumbnails.ready.connect(self._set_thumbnail)  # before any request: it may finish at once
        for number, path in enumerate(image_paths):
            button = self._tool_button("", self._opener(path))
            button.setIconSize(QSize(96, 96))
            button.setProperty("image_number", number)
            self.image_buttons.append(button)
            self.images_row.addWidget(button)
            self._set_thumbnail(path, thumbnails.request(path, path))
        self.images_row.addStretch()
        if image_paths:
            layout.addLayout(self.images_row)

        self.notes_label = plain_label()  # images the model left out, and why
        self.notes_label.setObjectName("messageNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        mute(self.notes_label)
        layout.addWidget(self.notes_label)
        self.body = MessageText(renderer.math)
        layout.addWidget(self.body)
        self.state_label = plain_label()
        self.state_label.setWordWrap(True)
        mute(self.state_label)
        layout.addWidget(self.state_label)

        footer = QHBoxLayout()
        self.copy_button = self._tool_button("", self._copy)
        self.edit_button = self._tool_button("", lambda: self.editRequested.emit(self.message))
        self.regenerate_button = self._tool_button("", self.regenerateRequested.emit)
        for w in (self.copy_button, self.edit_button, self.regenerate_button):
            footer.addWidget(w)
        footer.addStretch()
        layout.addLayout(footer)
        self.retranslate()
        self.refresh()

    def _tool_button(self, text: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.message.role == "user":  # the user's messages sit in a rounded bubble
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self._renderer.colors.user_bubble))
            painter.drawRoundedRect(self.rect(), 10, 10)
        super().paintEvent(event)

    def _opener(self, path: str) -> Callable[[], None]:
        return lambda: self.imageOpened.emit(path)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        user = self.message.role == "user"
        self.author.setText(self.tr("You") if user else self.tr("Oriel"))
        self.previous_version.setAccessibleName(self.tr("Previous version"))
        self.next_version.setAccessibleName(self.tr("Next version"))
        #: button: copy the message's text to the clipboard
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy message"))
        #: button: change an earlier message of yours and send it again
        self.edit_button.setText(self.tr("Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit and resend this message"))
        #: button: have the model write this answer again
        self.regenerate_button.setText(self.tr("Regenerate"))
        self.regenerate_button.setAccessibleName(self.tr("Regenerate this answer"))
        #: the model's answer (a noun), read out by screen readers
        answer = self.tr("Answer")
        self.body.setAccessibleName(self.tr("Your message") if user else answer)
        if self.thinking_text is not None:
            #: the model's reasoning before it answers (a noun)
            self.thinking_text.setAccessibleName(self.tr("Thinking"))
        locale = QLocale()
        total = locale.toString(len(self.image_buttons))
        for button in self.image_buttons:
            number = locale.toString(int(button.property("image_number")) + 1)
            name = self.tr("Image {number} of {total}, open full size").format(number=number, total=total)
            button.setAccessibleName(name)
            button.setToolTip(name)
        self._refresh_labels()

    def _refresh_labels(self) -> None:
        m = self.message
        locale = QLocale()
        version, versions = locale.toString(m.version), locale.toString(m.versions)
        #: the version switcher under an edited message or a regenerated answer: "2 / 3"
        self.version_label.setText(
            self.tr("{version} / {versions}").format(version=version, versions=versions)
        )
        self.version_label.setAccessibleName(
            self.tr("Version {version} of {versions}").format(version=version, versions=versions)
        )
        if m.state == STREAMING and not m.text:
            self.thinking_toggle.setText(self.tr("Thinking…"))
        elif m.thinking_seconds is not None:
            seconds = max(1, round(m.thinking_seconds))
            self.thinking_toggle.setText(self.tr("Thought for %Ln s", "thinking time in seconds", seconds))
        else:
            #: a button that shows or hides the model's reasoning (a noun)
            self.thinking_toggle.setText(self.tr("Thoughts"))
        self.thinking_toggle.setAccessibleName(self.thinking_toggle.text())
        states = {
            STOPPED: self.tr("Stopped."),
            INTERRUPTED: self.tr("Interrupted: Oriel closed before this answer was finished."),
            ERROR: m.error,
        }
        self.state_label.setText(states.get(m.state, ""))
        self.state_label.setVisible(m.state in states)

    def refresh(self) -> None:
        """Re-render after the message changed (a streamed piece, a new state)."""
        m = self.message
        if m.role == "user":
            self.body.setHtml(plain_text_html(m.text))
            self.math_pending = False
        elif m.state == STREAMING:
            self._render_streaming()
        else:
            self._stream_position = None
            rendered = self._renderer.render(m.text)
            self.body.code_blocks = rendered.code_blocks
            self.body.setHtml(rendered.html.strip())
            self.math_pending = rendered.math_pending
        if m.reasoning and self.thinking_text is not None and self.thinking_text.isVisible():
            self._render_thinking()
        self.body.setVisible(bool(m.text) or m.role == "user")
        self.notes_label.setText("\n".join(m.notes))
        self.notes_label.setVisible(bool(m.notes))
        self.thinking_toggle.setVisible(bool(m.reasoning))
        streaming = m.state == STREAMING
        for w in (self.previous_version, self.version_label, self.next_version):
            w.setVisible(m.versions > 1)
        self.previous_version.setEnabled(m.version > 1 and not streaming)
        self.next_version.setEnabled(m.version < m.versions and not streaming)
        self.copy_button.setVisible(not streaming and bool(m.text))
        self.edit_button.setVisible(m.role == "user")
        self.regenerate_button.setVisible(m.role == "assistant" and self.is_last and not streaming)
        self._refresh_labels()

    def _render_streaming(self) -> None:
        """Render only what changed: new complete pieces are appended, the last piece replaced."""
        *complete, tail = split_blocks(self.message.text)
        cursor = QTextCursor(self.body.document())
        if self._stream_position is None:
            self.body.clear()
            self._stream_position, self._complete, self._complete_code = 0, 0, []
        cursor.setPosition(self._stream_position)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        pending = False
        for piece in complete[self._complete :]:
            rendered = self._renderer.render(piece, len(self._complete_code))
            self._complete_code += rendered.code_blocks
            pending |= rendered.math_pending
            if cursor.position() > 0:
                cursor.insertBlock()
            cursor.insertHtml(rendered.html.strip())
        self._complete = len(complete)
        self._stream_position = cursor.position()
        rendered = self._renderer.render(tail, len(self._complete_code))
        if tail:
            if cursor.position() > 0:
                cursor.insertBlock()
            cursor.insertHtml(rendered.html.strip())
        self.body.code_blocks = self._complete_code + rendered.code_blocks
        self.math_pending = pending or rendered.math_pending

    def set_last(self, last: bool) -> None:
        self.is_last = last
        self.regenerate_button.setVisible(
            self.message.role == "assistant" and last and self.message.state != STREAMING
        )

    def set_busy(self, busy: bool) -> None:
        """While any answer streams, actions that start another are off."""
        for button in (self.edit_button, self.regenerate_button):
            button.setEnabled(not busy)
        self.previous_version.setEnabled(not busy and self.message.version > 1)
        self.next_version.setEnabled(not busy and self.message.version < self.message.versions)

    def _toggle_thinking(self, shown: bool) -> None:
        self.thinking_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        if self.thinking_text is None:
            self.thinking_text = MessageText(self._renderer.math)
            self.thinking_text.setAccessibleName(self.tr("Thinking"))
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(self._thinking_index, self.thinking_text)
        self.thinking_text.setVisible(shown)
        if shown:
            self._render_thinking()

    def _render_thinking(self) -> None:
        assert self.thinking_text is not None
        rendered = self._renderer.render(self.message.reasoning)
        self.thinking_text.code_blocks = rendered.code_blocks
        self.thinking_text.setHtml(rendered.html.strip())

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.message.text)

    def _set_thumbnail(self, key: str, image: QImage | None) -> None:
        if image is None:  # on its way
            return
        if image.isNull():  # too large to decode, or damaged: say so rather than leave a blank
            icon = svg_icon("image-unavailable", self.palette().color(QPalette.ColorRole.PlaceholderText))
        else:
            icon = QIcon(QPixmap.fromImage(image))
        for button, path in zip(self.image_buttons, self._image_paths, strict=False):  # row half built
            if path == key:
                button.setIcon(icon)

"""The conversation: a scrolling column of MessageWidgets that follows a ChatSession.

Long chats open fast because only the newest `BATCH` messages get widgets; older ones are built
when the user scrolls near the top, keeping the scroll position. Streamed text is re-rendered at
most every `RENDER_INTERVAL_MS`, however fast the pieces arrive, so the event loop stays free.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from app.chat.images import Thumbnails
from app.chat.markdown import MarkdownRenderer, MathImages
from app.chat.message_widget import MessageWidget
from app.chat.session import ChatSession
from app.chat.store import ChatMessage
from app.plain_text import plain_label
from app.theme import Theme, mute

BATCH = 20  # widgets built at a time: more than a tall screen shows
RENDER_INTERVAL_MS = 50
COLUMN_WIDTH = 860
LOAD_MORE_PX = 300


class ChatView(QScrollArea):
    editRequested = Signal(object)  # ChatMessage
    imageOpened = Signal(str)

    def __init__(
        self, session: ChatSession, theme: Theme, thumbnails: Thumbnails, math: MathImages, parent=None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._theme = theme
        self._thumbnails = thumbnails
        self._math = math
        self.renderer = self._make_renderer()
        self.widgets: list[MessageWidget] = []
        self._first_shown = 0  # index in session.path of the first message with a widget
        self._dirty: set[int] = set()
        self._keep_from_bottom: int | None = None
        self._follow = True

        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QWidget()
        self.column = QVBoxLayout()
        self.column.setSpacing(10)
        self.column.setContentsMargins(16, 16, 16, 16)
        self.empty_label = plain_label()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        mute(self.empty_label)
        self.column.addWidget(self.empty_label)
        self.column.addStretch()
        holder = QVBoxLayout(outer)
        holder.setContentsMargins(0, 0, 0, 0)
        column_widget = QWidget()
        column_widget.setLayout(self.column)
        column_widget.setMaximumWidth(COLUMN_WIDTH)
        holder.addWidget(column_widget, 0, Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(outer)
        self._column_widget = column_widget

        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_INTERVAL_MS)
        self._render_timer.timeout.connect(self._render_dirty)

        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range)
        bar.valueChanged.connect(self._on_scroll)
        session.pathReset.connect(self.reload)
        session.messageAdded.connect(self._append)
        session.messageChanged.connect(self._changed)
        session.busyChanged.connect(self._set_busy)
        theme.changed.connect(self._on_theme)
        math.ready.connect(self._on_math)
        self.retranslate()
        self.reload()

    def _make_renderer(self) -> MarkdownRenderer:
        text = self.palette().text().color().name()
        renderer = MarkdownRenderer(self._theme.colors, text, self._math, self.devicePixelRatioF())
        renderer.copy_label = self.tr("Copy")
        return renderer

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Conversation"))
        self.empty_label.setText(self.tr("Ask anything, or drop an image here to talk about it."))
        self.renderer.copy_label = self.tr("Copy")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._column_widget.setFixedWidth(min(COLUMN_WIDTH, self.viewport().width()))

    # -- building --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Rebuild from the session's path: widgets for the newest BATCH messages only."""
        self._render_timer.stop()
        self._dirty.clear()
        for widget in self.widgets:
            widget.setParent(None)
            widget.deleteLater()
        self.widgets = []
        path = self.session.path
        self._first_shown = max(0, len(path) - BATCH)
        self.setUpdatesEnabled(False)
        for message in path[self._first_shown :]:
            self._add_widget(message, len(self.widgets))
        self.setUpdatesEnabled(True)
        self._after_change()
        self._follow = True
        self._scroll_to_bottom()

    def _add_widget(self, message: ChatMessage, index: int) -> MessageWidget:
        paths = [str(self.session.store.image_path(name)) for name in message.images]
        widget = MessageWidget(message, self.renderer, self._thumbnails, paths)
        widget.editRequested.connect(self.editRequested)
        widget.regenerateRequested.connect(self.session.regenerate)
        widget.versionRequested.connect(self.session.switch_version)
        widget.imageOpened.connect(self.imageOpened)
        widget.set_busy(self.session.busy)
        self.widgets.insert(index, widget)
        self.column.insertWidget(index + 1, widget)  # after the empty-state label
        return widget

    def _load_earlier(self) -> None:
        if self._first_shown == 0:
            return
        bar = self.verticalScrollBar()
        self._keep_from_bottom = bar.maximum() - bar.value()
        start = max(0, self._first_shown - BATCH)
        self.setUpdatesEnabled(False)
        for offset, message in enumerate(self.session.path[start : self._first_shown]):
            self._add_widget(message, offset)
        self.setUpdatesEnabled(True)
        self._first_shown = start

    def _append(self, message: ChatMessage) -> None:
        self._follow = True
        self._add_widget(message, len(self.widgets))
        self._after_change()
        self._scroll_to_bottom()

    def _after_change(self) -> None:
        self.empty_label.setVisible(not self.session.path)
        for i, widget in enumerate(self.widgets):
            widget.set_last(i == len(self.widgets) - 1)

    # -- streaming -------------------------------------------------------------------------------

    def _changed(self, message: ChatMessage) -> None:
        self._dirty.add(message.id)
        if not self._render_timer.isActive():
            self._render_timer.start()

    @property
    def rendering(self) -> bool:
        """Whether messages wait for their next render (at most RENDER_INTERVAL_MS)."""
        return bool(self._dirty) or self._render_timer.isActive()

    def _render_dirty(self) -> None:
        dirty, self._dirty = self._dirty, set()
        for widget in self.widgets[-BATCH:]:
            if widget.message.id in dirty:
                widget.refresh()
        if self._follow:
            self._scroll_to_bottom()

    def _set_busy(self, busy: bool) -> None:
        for widget in self.widgets:
            widget.set_busy(busy)
        if not busy:
            self._render_dirty()
            self._after_change()

    def _on_math(self) -> None:
        for widget in self.widgets:
            if widget.math_pending:
                widget.refresh()

    def _on_theme(self) -> None:
        self.renderer = self._make_renderer()
        self.reload()

    # -- scrolling -------------------------------------------------------------------------------

    def _scroll_to_bottom(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _on_range(self, _minimum: int, maximum: int) -> None:
        bar = self.verticalScrollBar()
        if self._keep_from_bottom is not None:
            bar.setValue(maximum - self._keep_from_bottom)
            self._keep_from_bottom = None
        elif self._follow:
            bar.setValue(maximum)

    def _on_scroll(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._follow = value >= bar.maximum() - 8
        if value < LOAD_MORE_PX and self._first_shown > 0 and self._keep_from_bottom is None:
            QTimer.singleShot(0, self._load_earlier)

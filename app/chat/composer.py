"""Where the user writes: text, attached images, Send / Stop, and the edit-and-resend mode.

Enter sends, Shift+Enter starts a new line. Images come from the attach button, from files
dropped on the window (the main window forwards them to `add_files`) and from the clipboard
(Ctrl+V with an image). Each shows as a thumbnail with a remove button until sent. A file that
is not an image is refused with a message that names it, never an exception.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.chat.images import FORMATS, NotAnImage, PendingImage, Thumbnails, from_qimage, read_image_file
from app.chat.store import ChatMessage
from app.plain_text import plain_label
from app.theme import mute
from app.voice.input import VoiceInput
from app.voice.recorder import SHORTCUT
from app.voice.widgets import LevelMeter, MicButton

MAX_IMAGES = 8


class PromptEdit(QPlainTextEdit):
    """Multi-line input: Enter submits, Shift+Enter breaks the line, pasted images go aside."""

    submitted = Signal()
    imagePasted = Signal(QImage)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._align_to_layout()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_to_layout()
        super().changeEvent(event)

    def _align_to_layout(self) -> None:
        # QPlainTextEdit starts right-to-left lines at the left edge (QTextEdit does not): in a
        # right-to-left window, align the text to the right explicitly.
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        option = self.document().defaultTextOption()
        option.setAlignment(side)
        self.document().setDefaultTextOption(option)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasImage():
            image = QImage(source.imageData())
            if not image.isNull():
                self.imagePasted.emit(image)
                return
        super().insertFromMimeData(source)

    def sizeHint(self) -> QSize:
        lines = max(2, min(8, self.document().blockCount()))
        return QSize(400, self.fontMetrics().lineSpacing() * lines + 16)


class Composer(QWidget):
    sendRequested = Signal(str, list)  # text, list[PendingImage]
    editSubmitted = Signal(int, str, list)  # message id, text, list[PendingImage]
    stopRequested = Signal()
    notice = Signal(str)  # a polite message for the status bar

    def __init__(self, thumbnails: Thumbnails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self.images: list[PendingImage] = []
        self.editing: ChatMessage | None = None
        self._busy = False
        self._pasted = 0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 10)
        self.edit_banner = QWidget()
        banner = QHBoxLayout(self.edit_banner)
        banner.setContentsMargins(0, 0, 0, 0)
        self.edit_label = plain_label()
        mute(self.edit_label)
        self.cancel_edit_button = QToolButton()
        self.cancel_edit_button.clicked.connect(self.cancel_edit)
        banner.addWidget(self.edit_label)
        banner.addStretch()
        banner.addWidget(self.cancel_edit_button)
        self.edit_banner.hide()
        layout.addWidget(self.edit_banner)

        self.thumbs_row = QHBoxLayout()
        self.thumbs_row.addStretch()
        layout.addLayout(self.thumbs_row)

        row = QHBoxLayout()
        self.attach_button = QToolButton()
        self.attach_button.setText("+")
        self.attach_button.clicked.connect(self.choose_files)
        self.input = PromptEdit()
        self.input.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.input.setMaximumHeight(200)
        self.input.submitted.connect(self.submit)
        self.input.imagePasted.connect(self.add_pasted_image)
        self.input.textChanged.connect(self._update_buttons)
        self.send_button = QPushButton()
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.submit)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.stopRequested)
        self.stop_button.hide()
        row.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.input, 1)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(row)
        self._row = row  # attach_voice puts the microphone here
        thumbnails.ready.connect(self._on_thumbnail)
        self.retranslate()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.input.setPlaceholderText(self.tr("Message Oriel (Enter to send, Shift+Enter for a new line)"))
        self.input.setAccessibleName(self.tr("Message"))
        self.attach_button.setToolTip(self.tr("Attach images"))
        self.attach_button.setAccessibleName(self.tr("Attach images"))
        self.send_button.setText(self.tr("Send"))
        self.send_button.setAccessibleName(self.tr("Send message"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop the answer"))
        self.edit_label.setText(self.tr("Editing an earlier message. Sending keeps the old version."))
        self.cancel_edit_button.setText(self.tr("Cancel editing"))
        self.cancel_edit_button.setAccessibleName(self.tr("Cancel editing"))
        for i in range(self.thumbs_row.count() - 1):
            item = self.thumbs_row.itemAt(i)
            widget = item.widget() if item else None
            if isinstance(widget, QToolButton):
                widget.setAccessibleName(self.tr("Remove image {name}").format(name=widget.property("name")))
                widget.setToolTip(widget.accessibleName())

    # -- voice -----------------------------------------------------------------------------------

    def attach_voice(self, voice: VoiceInput) -> None:
        """Add the microphone button (and its shortcut) and the level meter; transcripts land in the
        message box at the cursor, for the user to edit and send."""
        self.voice_button = MicButton(voice)
        self.level_meter = LevelMeter(voice)
        at = self._row.indexOf(self.send_button)
        self._row.insertWidget(at, self.level_meter, 0, Qt.AlignmentFlag.AlignVCenter)
        self._row.insertWidget(at + 1, self.voice_button, 0, Qt.AlignmentFlag.AlignBottom)
        shortcut = QShortcut(QKeySequence(SHORTCUT), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(voice.toggle)
        voice.transcriptReady.connect(self.insert_transcript)
        voice.notice.connect(self.notice)

    def insert_transcript(self, text: str) -> None:
        cursor = self.input.textCursor()
        before = self.input.toPlainText()[: cursor.position()]
        cursor.insertText((" " if before and not before[-1].isspace() else "") + text)
        self.input.setTextCursor(cursor)
        self.input.setFocus()

    # -- state -----------------------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.send_button.setVisible(not busy)
        self.stop_button.setVisible(busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_content = bool(self.input.toPlainText().strip() or self.images)
        self.send_button.setEnabled(has_content and not self._busy)
        self.attach_button.setEnabled(len(self.images) < MAX_IMAGES)

    def submit(self) -> None:
        text = self.input.toPlainText()
        if self._busy or not (text.strip() or self.images):
            return
        images = list(self.images)
        if self.editing is not None:
            self.editSubmitted.emit(self.editing.id, text, images)
        else:
            self.sendRequested.emit(text, images)
        self.clear()

    def clear(self) -> None:
        self.input.clear()
        self.images = []
        self.editing = None
        self.edit_banner.hide()
        self._rebuild_thumbnails()

    def start_edit(self, message: ChatMessage, images: list[PendingImage]) -> None:
        self.editing = message
        self.input.setPlainText(message.text)
        self.images = images
        self.edit_banner.show()
        self._rebuild_thumbnails()
        self.input.setFocus()

    def cancel_edit(self) -> None:
        self.clear()

    # -- images ----------------------------------------------------------------------------------

    def choose_files(self) -> None:
        patterns = " ".join(f"*.{ext}" for ext in (*FORMATS, "jpg"))
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach images"), "", self.tr("Images ({patterns})").format(patterns=patterns)
        )
        self.add_files([Path(f) for f in files])

    def add_files(self, paths: list[Path]) -> None:
        """Attach image files; others are refused with a message naming them."""
        refused: list[str] = []
        for path in paths:
            if len(self.images) >= MAX_IMAGES:
                self.notice.emit(self.tr("A message can carry up to %n image(s).", "", MAX_IMAGES))
                break
            try:
                self.images.append(read_image_file(path))
            except NotAnImage:
                refused.append(path.name)
            except OSError:
                refused.append(path.name)
        if refused:
            self.notice.emit(
                self.tr(
                    "“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images."  # noqa: E501
                ).format(names="”, “".join(refused))
            )
        self._rebuild_thumbnails()

    def add_pasted_image(self, image: QImage) -> None:
        if len(self.images) >= MAX_IMAGES:
            self.notice.emit(self.tr("A message can carry up to %n image(s).", "", MAX_IMAGES))
            return
        self._pasted += 1
        self.images.append(from_qimage(image, self.tr("Pasted image {number}").format(number=self._pasted)))
        self._rebuild_thumbnails()

    def remove_image(self, index: int) -> None:
        if 0 <= index < len(self.images):
            del self.images[index]
            self._rebuild_thumbnails()

    def _rebuild_thumbnails(self) -> None:
        while self.thumbs_row.count() > 1:
            item = self.thumbs_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for index, image in enumerate(self.images):
            button = QToolButton()
            button.setIconSize(QSize(56, 56))
            button.setProperty("name", image.name)
            button.setProperty("key", self._key(image))
            button.setText("×")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.clicked.connect(lambda _=False, i=index: self.remove_image(i))
            self.thumbs_row.insertWidget(index, button)
            cached = self._thumbnails.request(self._key(image), image.data, 56)
            if cached is not None:
                button.setIcon(QIcon(QPixmap.fromImage(cached)))
        self.retranslate()
        self._update_buttons()

    @staticmethod
    def _key(image: PendingImage) -> str:
        return f"pending:{image.sha256}"

    def _on_thumbnail(self, key: str, image: QImage) -> None:
        for i in range(self.thumbs_row.count() - 1):
            item = self.thumbs_row.itemAt(i)
            widget = item.widget() if item else None
            if isinstance(widget, QToolButton) and widget.property("key") == key:
                widget.setIcon(QIcon(QPixmap.fromImage(image)))

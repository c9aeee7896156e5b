"""The list of conversations: new, search, rename (F2 or double-click), delete and export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QLocale, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.chat.store import ChatStore
from app.plain_text import shown_as_text

ID_ROLE = Qt.ItemDataRole.UserRole


class Sidebar(QWidget):
    conversationChosen = Signal(str)
    newRequested = Signal()
    deleted = Signal(str)
    notice = Signal(str)

    def __init__(self, store: ChatStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._current: str | None = None
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.newRequested)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.list = QListWidget()
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemChanged.connect(self._on_renamed)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)

        self.rename_action = QAction(self)
        self.rename_action.triggered.connect(self._rename_current)
        self.delete_action = QAction(self)
        self.delete_action.triggered.connect(lambda: self.delete(self.current_id()))
        self.export_md_action = QAction(self)
        self.export_md_action.triggered.connect(lambda: self.export(self.current_id(), "md"))
        self.export_json_action = QAction(self)
        self.export_json_action.triggered.connect(lambda: self.export(self.current_id(), "json"))
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New chat"))
        self.new_button.setAccessibleName(self.tr("New chat"))
        self.search.setPlaceholderText(self.tr("Search chats"))
        self.search.setAccessibleName(self.tr("Search chats"))
        self.list.setAccessibleName(self.tr("Conversations"))
        self.rename_action.setText(self.tr("Rename"))
        self.delete_action.setText(self.tr("Delete…"))
        self.export_md_action.setText(self.tr("Export as Markdown…"))
        self.export_json_action.setText(self.tr("Export as JSON…"))

    # -- list ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the list (after a change, or as the search text changes)."""
        self._filling = True
        self.list.clear()
        locale = QLocale()
        for summary in self.store.conversations(self.search.text()):
            item = QListWidgetItem(summary.title)
            item.setData(ID_ROLE, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            when = QDateTime.fromSecsSinceEpoch(int(summary.updated_at))
            item.setToolTip(
                shown_as_text(f"{summary.title}\n{locale.toString(when, QLocale.FormatType.ShortFormat)}")
            )
            self.list.addItem(item)
            if summary.id == self._current:
                self.list.setCurrentItem(item)
        self._filling = False

    def titles(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item else None

    def select(self, conversation_id: str | None) -> None:
        self._current = conversation_id
        self._filling = True
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == conversation_id:
                self.list.setCurrentItem(self.list.item(i))
        self._filling = False

    def _on_current(self, item: QListWidgetItem | None) -> None:
        if self._filling or item is None:
            return
        self._current = str(item.data(ID_ROLE))
        self.conversationChosen.emit(self._current)

    def _on_renamed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        title = item.text().strip()
        conversation_id = str(item.data(ID_ROLE))
        if title:
            self.store.rename(conversation_id, title)
        else:
            self._filling = True
            item.setText(self.store.title(conversation_id))
            self._filling = False

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- actions ---------------------------------------------------------------------------------

    def _menu(self, pos: QPoint) -> None:
        if self.list.itemAt(pos) is None:
            return
        menu = QMenu(self)
        for action in (self.rename_action, self.export_md_action, self.export_json_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def _rename_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def delete(self, conversation_id: str | None) -> None:
        if conversation_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete chat"),
            shown_as_text(
                self.tr("Delete “{title}”? This cannot be undone.").format(
                    title=self.store.title(conversation_id)
                )
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.store.delete(conversation_id)
        if conversation_id == self._current:
            self._current = None
        self.refresh()
        self.deleted.emit(conversation_id)

    def export(self, conversation_id: str | None, kind: str) -> Path | None:
        """Ask where to save, then write the conversation as Markdown ('md') or JSON ('json')."""
        if conversation_id is None:
            return None
        title = self.store.title(conversation_id)
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "chat"
        file_filter = self.tr("Markdown (*.md)") if kind == "md" else self.tr("JSON (*.json)")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chat"), str(Path.home() / f"{safe}.{kind}"), file_filter
        )
        if not name:
            return None
        if kind == "md":
            text = self.store.export_markdown(
                conversation_id,
                user_label=self.tr("You"),
                assistant_label=self.tr("Oriel"),
                thinking_label=self.tr("Thinking"),
            )
        else:
            text = self.store.export_json(conversation_id)
        path = Path(name)
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as e:
            self.notice.emit(
                self.tr("Could not save “{path}”: {reason}").format(path=path, reason=e.strerror)
            )
            return None
        self.notice.emit(self.tr("Saved “{path}”.").format(path=path))
        return path

"""An image from a message at full size (scaled down to fit the screen, scrollable)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.chat.images import Thumbnails


class ImageViewer(QDialog):
    def __init__(self, path: str, thumbnails: Thumbnails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        area = QScrollArea()
        area.setWidget(self.label)
        area.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self._size = max(screen.width(), screen.height())
        self.resize(int(screen.width() * 0.7), int(screen.height() * 0.7))
        self._key = f"full:{path}"
        thumbnails.ready.connect(self._show)
        self._show(self._key, thumbnails.request(self._key, path, self._size))
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Image"))
        self.label.setAccessibleName(self.tr("Full-size image"))

    def _show(self, key: str, image: QImage | None) -> None:
        if key == self._key and image is not None and not image.isNull():
            self.label.setPixmap(QPixmap.fromImage(image))

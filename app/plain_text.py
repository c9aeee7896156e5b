"""Text from outside Oriel, shown as text: a label, tooltip or message box given a remote
server's error, a file or model name, a chat title or a model's words never renders it as HTML
(Qt guesses rich text from the first tag it sees, so `<img src=...>` in an error would load).

Every QLabel in the window is made by `plain_label()`; nothing in Oriel's own strings needs
markup. Tooltips and the static QMessageBox functions have no text format to set: they take
`shown_as_text(text)`, the text escaped into a paragraph, which Qt shows exactly as it was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def shown_as_text(text: str) -> str:
    """`text` for a tooltip or a message box, so it shows as it is: "<b>" stays "<b>"."""
    return QtGui.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""

"""Light and dark palettes, and the colours the chat view draws with.

The Fusion style with an explicit palette looks the same on every platform and lets "dark" work
where the platform has no dark theme. "system" follows the platform's colour scheme and keeps
following it while the app runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget


@dataclass(frozen=True)
class Colors:
    dark: bool
    user_bubble: str
    assistant_bubble: str
    code_background: str
    code_style: str  # a Pygments style
    muted_text: str
    link: str


LIGHT = Colors(False, "#e8eefc", "transparent", "#f4f5f7", "friendly", "#5f6368", "#1a5fd0")
DARK = Colors(True, "#2b3445", "transparent", "#1d2026", "monokai", "#a0a6b0", "#8ab4f8")


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    if dark:
        base, window, text, button, mid = "#17191d", "#202328", "#e6e8eb", "#2a2e35", "#3a3f47"
        highlight, disabled = "#3d6fd6", "#767c86"
    else:
        base, window, text, button, mid = "#ffffff", "#f3f4f6", "#1b1d21", "#f7f8fa", "#c9cdd3"
        highlight, disabled = "#2f6fde", "#9aa0a6"
    for r, c in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, window),
        (role.ToolTipBase, base),
        (role.ToolTipText, text),
        (role.PlaceholderText, disabled),
        (role.Text, text),
        (role.Button, button),
        (role.ButtonText, text),
        (role.BrightText, "#ff5555"),
        (role.Highlight, highlight),
        (role.HighlightedText, "#ffffff"),
        (role.Link, DARK.link if dark else LIGHT.link),
        (role.Mid, mid),
        (role.Midlight, mid),
        (role.Dark, mid),
        (role.Light, button),
    ):
        p.setColor(r, QColor(c))
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(group.Disabled, r, QColor(disabled))
    return p


class Theme(QObject):
    """Applies a mode ('system', 'light', 'dark') and says which colours are in force."""

    changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.mode = "system"
        self.colors = LIGHT
        app.setStyle(QStyleFactory.create("Fusion"))
        app.styleHints().colorSchemeChanged.connect(self._on_system_change)

    def apply(self, mode: str) -> None:
        self.mode = mode
        dark = mode == "dark" or (mode == "system" and _system_is_dark())
        self.colors = DARK if dark else LIGHT
        self._app.setPalette(_palette(dark))
        self.changed.emit()

    def _on_system_change(self) -> None:
        if self.mode == "system":
            self.apply("system")


def _system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def mute(widget: QWidget) -> None:
    """Secondary text (names, hints, states): the palette's placeholder colour, so it follows
    the theme. Palettes rather than style sheets: a style sheet makes every widget's polish slow,
    which a chat with many messages feels."""
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def make_title(label: QWidget) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)


def grow_to_fit(window: QWidget) -> None:
    """Make a shown dialog tall enough for its content after a text in it grew.

    Qt sizes a top-level window from its layout's size hint, which ignores how tall word-wrapped
    labels become at the window's width: a longer error (or a longer language) was cut off. Runs
    on the next turn of the event loop, once the layouts have taken the new text in.
    """
    QTimer.singleShot(0, window, lambda: _grow(window))


def _grow(window: QWidget) -> None:
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    need = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
    need = max(need, layout.totalMinimumSize().height())
    if need > window.height():
        window.resize(width, need)

"""Window-wide behaviour: live language switch with RTL, accessible names, shortcuts, saved layout."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QTextEdit,
    QWidget,
)

from app.main_window import MainWindow
from app.settings.dialog import SettingsDialog
from app.settings.first_run import FirstRunDialog
from app.wiring import build_window
from devtools import REPO
from devtools.fake_worker import FakeWorker

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.timeout(30),
]

ARABIC_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context><name>QGuiApplication</name>
<message><source>QT_LAYOUT_DIRECTION</source><translation>RTL</translation></message></context>
<context><name>Sidebar</name>
<message><source>New chat</source><translation>محادثة جديدة</translation></message></context>
</TS>
"""


def unnamed_controls(root: QWidget) -> list[str]:
    kinds = (
        QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit,
        QAbstractSpinBox, QListWidget, QProgressBar,
    )  # fmt: skip
    missing = []
    for widget in root.findChildren(QWidget):
        # Qt's own parts: spin box and combo box editors, a line edit's clear button, menu bar extension
        inner = isinstance(widget.parent(), QAbstractSpinBox | QComboBox | QLineEdit)
        inner |= widget.objectName().startswith("qt_")
        if isinstance(widget, kinds) and not inner and not widget.accessibleName().strip():
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', str)()!r}"
            )
    return missing


def test_every_control_has_an_accessible_name(qtbot, window: MainWindow) -> None:
    window.session.send("hello")
    qtbot.waitUntil(lambda: not window.session.busy, timeout=5000)
    window.composer.add_pasted_image(window.grab().toImage())
    assert unnamed_controls(window) == []
    settings = window.open_settings()
    assert unnamed_controls(settings) == []
    first_run = FirstRunDialog(window.settings, window.models, window)
    qtbot.addWidget(first_run)
    assert unnamed_controls(first_run) == []


def test_keyboard_shortcuts(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.composer.input.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.search.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.findChildren(SettingsDialog)), timeout=2000)
    shortcuts = {name: a.shortcut().toString() for name, a in window.actions_by_name.items()}
    assert shortcuts["new"] == "Ctrl+N" and shortcuts["stop"] == "Esc" and shortcuts["regenerate"] == "Ctrl+R"


def test_window_layout_is_remembered(qtbot, tmp_path: Path, worker: FakeWorker) -> None:
    ini = str(tmp_path / "layout.ini")
    first = build_window(
        QApplication.instance(), tmp_path / "d", QSettings(ini, QSettings.Format.IniFormat), worker
    )  # type: ignore[arg-type]
    qtbot.addWidget(first)
    first.resize(700, 500)  # inside the offscreen screen, which clamps
    first.show()
    first.splitter.setSizes([233, 467])
    sizes = first.splitter.sizes()
    first.close()
    second = build_window(
        QApplication.instance(), tmp_path / "d", QSettings(ini, QSettings.Format.IniFormat), None
    )  # type: ignore[arg-type]
    qtbot.addWidget(second)
    second.show()
    assert second.size().width() == 700 and second.splitter.sizes() == sizes
    second.close()


def test_language_switches_live_and_flips_to_right_to_left(qtbot, window: MainWindow, tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    catalogs = window.translations.dirs[-1]
    catalogs.mkdir(parents=True, exist_ok=True)
    source = tmp_path / "oriel_ar.ts"
    source.write_text(ARABIC_TS, encoding="utf-8")
    subprocess.run(
        [str(lrelease), str(source), "-qm", str(catalogs / "oriel_ar.qm")], check=True, capture_output=True
    )
    assert "ar" in window.translations.available()
    window.settings.language = "ar"
    qtbot.waitUntil(lambda: window.sidebar.new_button.text() == "محادثة جديدة", timeout=2000)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.settings.language = "en"
    qtbot.waitUntil(lambda: window.sidebar.new_button.text() == "New chat", timeout=2000)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_interface_draws_no_emoji_glyphs() -> None:
    """Emoji need an emoji font, which many systems lack (the mic button showed a box): icons
    come from assets/icons as SVGs (app/icons.py)."""
    emoji = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f]")
    found = [
        f"{path.relative_to(REPO)}:{number}: {line.strip()}"
        for path in sorted((REPO / "app").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if emoji.search(line)
    ]
    assert found == []


def test_the_first_window_opens_at_a_comfortable_size_centred_then_where_it_was_left(
    qtbot, tmp_path: Path
) -> None:
    """It opened at its size hint (833 x 314 on a 1400 x 900 screen)."""
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    qsettings.setValue("app/first_run_done", True)

    def build() -> MainWindow:
        win = build_window(
            QApplication.instance(), tmp_path / "data", qsettings, FakeWorker(store_dir=tmp_path / "m")
        )  # type: ignore[arg-type]
        qtbot.addWidget(win)
        win.show()
        return win

    first = build()
    area = first.screen().availableGeometry()
    assert first.width() >= min(1280, area.width() * 4 // 5) - 1
    assert first.height() >= min(860, area.height() * 17 // 20) - 1
    assert area.contains(first.frameGeometry())
    assert abs(first.geometry().center().x() - area.center().x()) <= 1
    assert abs(first.geometry().center().y() - area.center().y()) <= 1
    first.setGeometry(area.x() + 10, area.y() + 20, 700, 500)
    left = first.geometry()
    first.close()
    first.engine.shutdown()
    again = build()
    assert again.size() == left.size()
    assert (again.pos() - left.topLeft()).manhattanLength() <= 10  # a window frame's worth, at most
    again.close()
    again.engine.shutdown()

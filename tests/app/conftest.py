"""Fixtures of the window's tests: a fake worker and the whole main window on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from devtools.fake_worker import FakeWorker


@pytest.fixture
def worker(tmp_path: Path) -> FakeWorker:
    return FakeWorker(store_dir=tmp_path / "models", delay=0.001)


@pytest.fixture
def window(qtbot, tmp_path: Path, worker: FakeWorker):  # type: ignore[no-untyped-def]
    """The whole main window on a fake worker, with the 2B model loaded."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.wiring import build_window

    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    qsettings.setValue("app/first_run_done", True)
    win = build_window(QApplication.instance(), tmp_path / "data", qsettings, worker)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    with qtbot.waitSignal(win.engine.modelLoaded, timeout=5000):
        win.engine.start()
    yield win
    win.close()
    win.engine.shutdown()

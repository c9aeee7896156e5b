"""End to end: the window, the real worker process and a tiny converted model."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.engine.client import EngineState, default_transport
from app.wiring import build_window
from devtools.tiny_models import ALL_SPECS

pytestmark = [
    pytest.mark.slow,
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.timeout(300),
]


def test_a_question_is_answered_by_the_real_worker(qtbot, tmp_path: Path, packages) -> None:  # type: ignore[no-untyped-def]
    transport = default_transport()
    if transport is None:
        pytest.skip("runtime.worker.client is not available")
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    qsettings.setValue("app/first_run_done", True)
    window = build_window(QApplication.instance(), tmp_path / "data", qsettings, transport)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.engine.ready, timeout=60000):
            window.engine.start()
        package = packages(ALL_SPECS[0])
        with qtbot.waitSignal(window.engine.modelLoaded, timeout=120000):
            window.engine.load_model(str(package), "cpu", 2048)
        window.session.send("Hello!")
        qtbot.waitUntil(lambda: bool(window.session.path[-1].text) or not window.session.busy, timeout=120000)
        window.session.stop()  # a random tiny model may not stop on its own
        qtbot.waitUntil(lambda: not window.session.busy, timeout=60000)
        answer = window.session.path[-1]
        assert answer.role == "assistant" and answer.state in ("done", "stopped"), answer.error
        assert window.store.path(window.session.conversation_id)[-1].state == answer.state
        assert window.engine.state == EngineState.IDLE
    finally:
        window.close()
        window.engine.shutdown()

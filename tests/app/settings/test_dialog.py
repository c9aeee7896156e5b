"""Settings dialog and first run: models, accelerators, sampling presets, theme, downloads."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.main_window import MainWindow
from app.settings import first_run
from app.settings.first_run import FirstRunDialog
from app.settings.models import GB, recommended_sampling, spec
from app.settings.speed import cpu_cores, cpu_speed, suggested_model
from app.settings.values import Settings
from app.wiring import build_window
from devtools.fake_worker import FakeWorker
from runtime.protocol import LoadModel

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.timeout(30),
]


def test_settings_are_read_back_with_their_types(tmp_path: Path) -> None:
    path = str(tmp_path / "s.ini")
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))
    settings.thinking = True
    settings.context_length = 8192
    settings.set_sampling("2b", recommended_sampling("2b", True).__class__(temperature=0.55))
    settings.sync()
    fresh = Settings(QSettings(path, QSettings.Format.IniFormat))  # as a new process reads the INI
    assert fresh.thinking is True and fresh.context_length == 8192
    assert fresh.sampling("2b").temperature == 0.55 and isinstance(fresh.sampling("2b").top_k, int)


def test_dialog_shows_models_and_the_provider_in_use(qtbot, window: MainWindow) -> None:
    dialog = window.open_settings()
    qtbot.waitUntil(lambda: "installed" in dialog.model_combo.itemText(1), timeout=2000)
    assert [dialog.model_combo.itemData(i) for i in range(4)] == ["0.8b", "2b", "4b", "9b"]
    assert "GB" in dialog.model_combo.itemText(3)
    assert [dialog.provider_combo.itemData(i) for i in range(3)] == ["auto", "cuda", "cpu"]
    assert dialog.provider_info.text() == "In use: CUDA (cuda is available)"
    dialog.model_combo.setCurrentIndex(3)
    assert "Needs about 12.0 GB of memory" in dialog.model_info.text()
    assert dialog.download_button.isVisible()


def test_settings_show_where_onnx_runtime_placed_the_models_nodes(
    qtbot, window: MainWindow, worker: FakeWorker
) -> None:
    """ORT's own count from the worker's test run, beside the provider in use."""
    worker.placement = (1432, 1534)
    worker._install("Qwen/Qwen3.5-4B", worker.store_dir)
    window.models.refresh()
    qtbot.waitUntil(lambda: window.models.installed(spec("4b")) is not None, timeout=2000)
    dialog = window.open_settings()
    dialog.model_combo.setCurrentIndex(dialog.model_combo.findData("4b"))
    with qtbot.waitSignal(window.engine.modelLoaded, timeout=3000):
        dialog.accept()
    dialog = window.open_settings()
    assert dialog.provider_info.text().splitlines() == [
        "In use: CUDA (cuda is available)",
        "1,432 of 1,534 nodes run on CUDA",
    ]


def test_reset_sampling_to_the_recommended_values(qtbot, window: MainWindow) -> None:
    dialog = window.open_settings()
    dialog.sampling_boxes["temperature"].setValue(1.7)
    dialog.sampling_boxes["top_k"].setValue(99)
    dialog.reset_sampling.click()
    assert dialog.sampling() == recommended_sampling("2b", dialog.thinking_check.isChecked())


def test_switching_model_size_reloads_without_restart(qtbot, window: MainWindow, worker: FakeWorker) -> None:
    worker._install("Qwen/Qwen3.5-4B", worker.store_dir)
    window.models.refresh()
    qtbot.waitUntil(lambda: window.models.installed(spec("4b")) is not None, timeout=2000)
    dialog = window.open_settings()
    dialog.model_combo.setCurrentIndex(dialog.model_combo.findData("4b"))
    with qtbot.waitSignal(window.engine.modelLoaded, timeout=3000) as loaded:
        dialog.accept()
    assert loaded.args[0].package_dir.endswith("Qwen3.5-4B-fp32")
    assert window.model_label.text() == "Qwen3.5 4B"
    assert sum(isinstance(r, LoadModel) for r in worker.requests) == 2  # the first 2B, then 4B once


def test_downloading_a_missing_size_from_settings(qtbot, window: MainWindow) -> None:
    dialog = window.open_settings()
    dialog.model_combo.setCurrentIndex(dialog.model_combo.findData("9b"))
    with qtbot.waitSignal(window.models.jobFinished, timeout=5000) as finished:
        dialog.download_button.click()
    assert finished.args == [True, ""]
    qtbot.waitUntil(lambda: "installed" in dialog.model_combo.itemText(3), timeout=2000)


def test_theme_switches_live(qtbot, window: MainWindow) -> None:
    window.settings.theme = "dark"
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert window.theme.colors.dark
    window.settings.theme = "light"
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_suggested_model_fits_the_memory() -> None:
    assert suggested_model(None) == "2b"
    assert suggested_model(4 * GB) == "0.8b"
    assert suggested_model(8 * GB) == "4b"
    assert suggested_model(64 * GB) == "9b"


def test_the_suggestion_is_a_size_the_machine_runs_well() -> None:
    """2 cores, no GPU, 24 GB (the build machines) got the 9B: a few tokens a second, a minute
    an image. Now the cores and the accelerator count too."""
    assert suggested_model(24 * GB, 2, ("cpu",)) == "2b"
    assert suggested_model(24 * GB, 1, ("cpu",)) == "0.8b"
    assert suggested_model(24 * GB, 4, ("cpu",)) == "4b"
    assert suggested_model(24 * GB, 8, ("cpu",)) == "9b"
    assert suggested_model(24 * GB, 2, ("cuda", "cpu")) == "9b"  # an accelerator: memory decides
    assert suggested_model(3 * GB, 16, ("cpu",)) == "0.8b"


def test_the_speed_model_gives_back_the_measured_figures() -> None:
    """bench/RESULTS.md, 2 cores: 2B 29.0 and 4B 12.3 decode tok/s; the 2B reads a 1024-token
    image in 15.7 s (vision tower) + 1024 / 112 s (prefill)."""
    assert cpu_speed("2b", 2).tokens_per_s == pytest.approx(29.0, rel=0.1)
    assert cpu_speed("4b", 2).tokens_per_s == pytest.approx(12.3, rel=0.1)
    assert cpu_speed("2b", 2).image_s == pytest.approx(15.7 + 1024 / 112, rel=0.1)
    assert cpu_speed("9b", 2).tokens_per_s < 10 and cpu_speed("9b", 2).image_s > 60


def test_first_run_shows_the_expected_speed_beside_each_size(qtbot, tmp_path) -> None:
    worker = FakeWorker(store_dir=tmp_path / "models", providers=("cpu",), installed=())
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = build_window(QApplication.instance(), tmp_path / "data", qsettings, worker)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.engine.ready, timeout=5000):
        win.engine.start()
    try:
        dialog = FirstRunDialog(win.settings, win.models, win)
        qtbot.addWidget(dialog)
        cores = cpu_cores()
        for key, radio in dialog.radios.items():
            speed = cpu_speed(key, cores)
            expected = f"about {round(speed.words_per_s)} words/s, reads an image in {round(speed.image_s)} s"
            assert expected in radio.text()
        suggested = suggested_model(first_run._total_ram(), cores, ("cpu",))
        assert dialog.chosen() == suggested
        assert "(suggested for this computer)" in dialog.radios[suggested].text()
    finally:
        win.engine.shutdown()


def test_first_run_download_with_cancel_and_resume(qtbot, window: MainWindow, worker: FakeWorker) -> None:
    for package in worker.store_dir.glob("*/manifest.json"):
        package.unlink()
    window.models.refresh()
    qtbot.waitUntil(lambda: window.models.listed and not window.models.any_installed(), timeout=2000)
    dialog = FirstRunDialog(window.settings, window.models, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "no telemetry" in dialog.privacy_text.text()
    dialog.continue_button.click()
    assert dialog.pages.currentIndex() == 1
    dialog.radios["2b"].setChecked(True)
    worker.pause_download_at = 2  # the fake stops after two of its ten steps until `hold` is set
    dialog.download_button.click()
    assert dialog.cancel_button.isVisible() and not dialog.download_button.isVisible()
    qtbot.waitUntil(lambda: dialog.progress.value() == 20, timeout=3000)
    with qtbot.waitSignal(window.models.jobFinished, timeout=3000):
        dialog.cancel_button.click()
        worker.pause_download_at = None
        worker.hold.set()
    assert dialog.download_button.text() == "Resume" and "Paused" in dialog.status.text()
    steps_before = worker.downloaded_steps["Qwen/Qwen3.5-2B"]
    assert 0 < steps_before < worker.download_steps
    with qtbot.waitSignal(window.models.jobFinished, timeout=5000) as finished:
        dialog.download_button.click()
    assert finished.args[0] is True
    progress = [r for r in worker.requests if type(r).__name__ == "DownloadModel"]
    assert len(progress) == 2  # the second request resumed (the fake keeps the steps done)
    qtbot.waitUntil(lambda: dialog.start_button.isVisible(), timeout=2000)
    dialog.start_button.click()
    assert window.settings.first_run_done and window.settings.model == "2b"
    qtbot.waitUntil(lambda: window.engine.loaded is not None, timeout=3000)
    assert window.engine.loaded.package_dir.endswith("Qwen3.5-2B-int4")  # chat models are int4

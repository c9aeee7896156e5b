"""Entry point: `python -m app [--data-dir DIR] [--settings FILE]`.

The window is shown before anything slow happens: the worker process starts on the first turn
of the event loop, and the model loads when the worker says it is ready.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.chat_store import ChatStore, StoreError
from app.engine_client import EngineClient, Transport, default_transport
from app.i18n import Translations
from app.main_window import MainWindow
from app.settings import Settings
from app.theme import Theme
from runtime.remote import SecretStore
from runtime.server import SharedWorker

APP_NAME = "Oriel"
ICONS = Path(__file__).resolve().parents[1] / "assets" / "icons"


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME))


def app_icon() -> QIcon:
    """Oriel's icon in each size drawn for it (assets/icons, from packaging/make_icons.py)."""
    icon = QIcon()
    for png in sorted(ICONS.glob("oriel-*.png")):
        icon.addFile(str(png))
    return icon


def build_window(
    app: QApplication,
    data_dir: Path,
    qsettings: QSettings,
    transport: Transport | None,
    secrets: SecretStore | None = None,
) -> MainWindow:
    """Everything the window needs, wired; used by main(), the benchmarks and the tests.

    The worker is shared (runtime.server.SharedWorker) so that the local API server, when the
    user turns it on, serves the window's model from the same process. `secrets` None: the
    system keyring, looked up only when a remote key or the API token is needed."""
    settings = Settings(qsettings)
    translations = Translations(app, (data_dir / "translations",))
    translations.apply(settings.language)
    theme = Theme(app)
    theme.apply(settings.theme)
    store = ChatStore(data_dir)
    shared = SharedWorker(transport) if transport is not None else None
    engine = EngineClient(shared)
    window = MainWindow(store, engine, settings, theme, translations, shared=shared, secrets=secrets)
    settings.setParent(window)
    engine.setParent(window)
    return window


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()
    parser = argparse.ArgumentParser(prog="oriel")
    parser.add_argument("--data-dir", type=Path, default=None, help="where chats are kept")
    parser.add_argument("--settings", type=Path, default=None, help="an INI file to use for settings")
    parser.add_argument(
        "--self-test",
        nargs="?",
        const="",
        metavar="PACKAGE",
        help="check this installation with a tiny model (the bundled one by default) and exit",
    )
    args, qt_args = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    if args.self_test is not None:
        from app.self_test import run_self_test

        return run_self_test(args.self_test, qt_args)

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication([sys.argv[0], *qt_args])
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("oriel")  # the Wayland app id: packaging/linux/oriel.desktop
    qsettings = QSettings(str(args.settings), QSettings.Format.IniFormat) if args.settings else QSettings()
    data_dir = args.data_dir or user_data_dir()
    try:
        window = build_window(app, data_dir, qsettings, default_transport())
    except StoreError as e:
        QMessageBox.critical(
            None,
            APP_NAME,
            QCoreApplication.translate("main", "Oriel cannot open your chats: {reason}").format(reason=e),
        )
        return 1
    window.show()
    QTimer.singleShot(0, window.engine.start)
    if not window.settings.first_run_done:
        QTimer.singleShot(0, window.show_first_run)
    code = app.exec()
    window.engine.shutdown()
    return code

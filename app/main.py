"""Entry point: `python -m app [--data-dir DIR] [--settings FILE]`.

One Oriel runs per data folder (app.single_instance): a second start raises the first one's
window and exits. The window is shown before anything slow happens: the worker process starts on
the first turn of the event loop, and the model loads when the worker says it is ready.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import platform_check
from app.chat.store import StoreError
from app.engine.client import default_transport
from app.icons import ICONS
from app.plain_text import shown_as_text
from app.single_instance import SingleInstance
from app.wiring import build_window
from runtime.owner_only import private_file, private_folder

APP_NAME = "Oriel"


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME))


def app_icon() -> QIcon:
    """Oriel's icon in each size drawn for it (assets/icons, from packaging/make_icons.py)."""
    icon = QIcon()
    for png in sorted(ICONS.glob("oriel-*.png")):
        icon.addFile(str(png))
    return icon


def open_settings(path: Path | None) -> QSettings:
    """The settings (`path`, or the platform's default INI file), readable by the user only: Qt
    keeps a file's mode when it rewrites it, so the file is made 0600 before Qt first writes it."""
    qsettings = QSettings(str(path), QSettings.Format.IniFormat) if path else QSettings()
    if qsettings.format() == QSettings.Format.IniFormat and qsettings.fileName():
        file = Path(qsettings.fileName())
        if path is None:
            private_folder(file.parent)  # Oriel's own config folder (the secrets folder is in it)
        file.parent.mkdir(parents=True, exist_ok=True)
        private_file(file)
    return qsettings


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

    problem = platform_check.check(qt_args)
    if problem is not None:  # Qt would abort without naming a package
        print(problem, file=sys.stderr)
        return 1
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication([sys.argv[0], *qt_args])
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("oriel")  # the Wayland app id: packaging/linux/oriel.desktop
    qsettings = open_settings(args.settings)
    data_dir = private_folder(args.data_dir or user_data_dir())
    instance = SingleInstance(data_dir)
    if not instance.claim():  # another Oriel has these chats open: it raises its window instead
        if instance.handed_over:
            print(
                f"Oriel is already running with {data_dir}: its window is brought to the front.",
                file=sys.stderr,
            )
            return 0
        print(
            f"Oriel is already running with {data_dir} but does not answer; close it first.", file=sys.stderr
        )
        return 1
    try:
        window = build_window(app, data_dir, qsettings, default_transport())
    except StoreError as e:
        QMessageBox.critical(
            None,
            APP_NAME,
            shown_as_text(
                QCoreApplication.translate("main", "Oriel cannot open your chats: {reason}").format(reason=e)
            ),
        )
        instance.release()
        return 1
    window.show()
    instance.raiseRequested.connect(window.bring_to_front)
    QTimer.singleShot(0, window.engine.start)
    if not window.settings.first_run_done:
        QTimer.singleShot(0, window.show_first_run)
    code = app.exec()
    window.engine.shutdown()
    instance.release()
    return code

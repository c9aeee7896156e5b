"""The window and everything it needs, wired: used by `app.main`, the self-test, the benchmarks
and the tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.chat.store import ChatStore
from app.engine.client import EngineClient
from app.i18n import Translations
from app.main_window import MainWindow
from app.settings.values import Settings
from app.theme import Theme
from runtime.remote import SecretStore
from runtime.transport import BlockingClient, Router, Transport


def build_window(
    app: QApplication,
    data_dir: Path,
    qsettings: QSettings,
    transport: Transport,
    secrets: SecretStore | None = None,
) -> MainWindow:
    """Everything the window needs, wired; used by main(), the benchmarks and the tests.

    One Router serves the window and the local API server (a second subscriber), so the server,
    when the user turns it on, serves the window's model from the same process. `secrets` None:
    the system keyring, looked up only when a remote key or the API token is needed."""
    settings = Settings(qsettings)
    translations = Translations(app, (data_dir / "translations",))
    translations.apply(settings.language)
    theme = Theme(app)
    theme.apply(settings.theme)
    store = ChatStore(data_dir)
    router = Router(transport)
    engine = EngineClient(router)
    api = BlockingClient(router, prefix="api", shared=True)
    window = MainWindow(store, engine, settings, theme, translations, api=api, secrets=secrets)
    settings.setParent(window)
    engine.setParent(window)
    return window

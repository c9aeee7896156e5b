"""The remote engine in the window: the switch in Settings, the key, and the banner that says so.

Off by default. When the user turns it on, `RemoteEngine` builds the remote transport
(app.engine.client.remote_transport) from the settings and the API key, hands it to the
EngineClient, which answers chats with it from then on, and sends LoadModel, which checks the
server (reachable, key accepted, model offered). Turned off, the local worker answers again and
the chosen local model is loaded. No restart either way.

While the remote engine answers, `RemoteBanner` stays at the top of the chat: where messages go,
whether the connection is encrypted, and the last problem connecting, in words.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.chat.session import error_text
from app.engine.client import EngineClient, remote_transport
from app.plain_text import plain_label
from app.settings.model_manager import ModelManager
from app.settings.values import Settings
from app.theme import Theme
from runtime.protocol import Error, ModelLoaded
from runtime.remote import CredentialError, RemoteConfig, RemoteConfigError, SecretStore, remote_key_name
from runtime.transport import Transport

REMOTE_KEYS = {"remote/enabled", "remote/base_url", "remote/model"}


def ltr(text: str) -> str:
    """A host, URL or path kept left to right inside a sentence of any direction (Unicode isolates),
    so that "127.0.0.1:8000" does not read "8000:127.0.0.1" in Arabic."""
    return f"\u2066{text}\u2069"


class Secrets:
    """The secret store on the system keyring, made on first use (finding the keyring takes a
    moment); `retry()` looks for a keyring again, for one the user has started since."""

    def __init__(self, store: SecretStore | None = None) -> None:
        self._store = store
        self._given = store is not None  # tests give theirs: it is never replaced

    def get(self) -> SecretStore:
        if self._store is None:
            self._store = SecretStore()
        return self._store

    def retry(self) -> SecretStore:
        if not self._given:
            with contextlib.suppress(Exception):  # no keyring package, or one that fails to start
                import keyring.core

                keyring.core.init_backend()
            self._store = None
        return self.get()


class RemoteEngine(QObject):
    """Keeps the EngineClient's chat transport in step with the "Remote engine" settings."""

    changed = Signal()  # on or off, connecting, connected, or a problem

    def __init__(
        self,
        engine: EngineClient,
        settings: Settings,
        models: ModelManager,
        secrets: Secrets,
        make_transport: Callable[[str, str, str | None], Transport] = remote_transport,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine, self.settings, self.models, self.secrets = engine, settings, models, secrets
        self._make_transport = make_transport
        self.config: RemoteConfig | None = None  # the engine in use; None: this computer answers
        self.connected = False
        self.problem = ""  # why the last attempt failed, for the banner and Settings
        self._load: str | None = None
        self._session_keys: dict[str, str] = {}  # base URL -> a key the user keeps out of storage
        self._timer = QTimer(self)  # several settings change at once when the dialog is accepted
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.apply)
        settings.changed.connect(lambda key: self.schedule() if key in REMOTE_KEYS else None)
        engine.modelLoaded.connect(self._on_loaded)
        engine.errorOccurred.connect(self._on_error)

    def schedule(self) -> None:
        """Apply the settings once control returns to the event loop."""
        self._timer.start()

    def set_session_key(self, base_url: str, key: str | None) -> None:
        """Keep (or, with None, forget) a key in memory only, for this run of Oriel."""
        if key:
            self._session_keys[base_url] = key
        else:
            self._session_keys.pop(base_url, None)

    def has_session_key(self, base_url: str) -> bool:
        return base_url in self._session_keys

    def apply(self) -> None:
        """Switch to the remote engine the settings describe, or back to this computer."""
        self._timer.stop()
        self.problem, self.connected, self._load = "", False, None
        config = None
        if self.settings.remote_enabled:
            try:
                config = RemoteConfig(self.settings.remote_url, self.settings.remote_model)
            except RemoteConfigError:
                self.problem = self.address_problem()
        if config is None:
            self.config = None
            if self.engine.remote:
                self.engine.set_remote(None)
                self.models.load_selected()
            self.changed.emit()
            return
        key = self._session_keys.get(config.base_url)
        if key is None:
            try:
                key = self.secrets.get().load(remote_key_name(config.base_url))
            except CredentialError as e:  # a key file others can read: the message says what to do
                self.problem = str(e)
        self.config = config
        self.engine.set_remote(self._make_transport(config.base_url, config.model, key))
        self._load = self.engine.load_model(config.model, provider="remote")
        self.changed.emit()

    def privacy_note(self) -> str:
        """Where messages go, and how: one sentence, shown as long as the remote engine is on."""
        config = self.config
        if config is None:
            return ""
        if config.on_this_machine:
            return self.tr(
                "Messages and images go to another program on this computer ({destination}); "
                "they do not leave the machine."
            ).format(destination=ltr(config.destination))
        if config.encrypted:
            return self.tr(
                "Messages and images leave this computer: they are sent to {destination} over an "
                "encrypted connection (HTTPS)."
            ).format(destination=ltr(config.destination))
        return self.tr(
            "Messages and images leave this computer: they are sent to {destination} unencrypted "
            "(plain HTTP), so others on the network can read them."
        ).format(destination=ltr(config.destination))

    def address_problem(self) -> str:
        return self.tr(
            "Enter the server's address, starting with http:// or https://, for example "
            "http://127.0.0.1:8000/v1."
        )

    def _on_loaded(self, event: ModelLoaded) -> None:
        if event.request_id == self._load:
            self._load, self.connected = None, True
            self.changed.emit()

    def _on_error(self, error: Error) -> None:
        if error.request_id is not None and error.request_id == self._load:
            self._load = None
            self.problem = error_text(error)
            self.changed.emit()


class RemoteBanner(QFrame):
    """A strip above the chat, shown for as long as the remote engine answers: it cannot be
    dismissed, only turned off with the engine."""

    def __init__(self, remote: RemoteEngine, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remote, self.theme = remote, theme
        self.setAutoFillBackground(True)
        self.title = plain_label()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.note = plain_label()
        self.note.setWordWrap(True)
        self.problem = plain_label()
        self.problem.setWordWrap(True)
        self.off_button = QPushButton()
        self.off_button.clicked.connect(lambda: setattr(remote.settings, "remote_enabled", False))
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.note)
        texts.addWidget(self.problem)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addLayout(texts, 1)
        row.addWidget(self.off_button)
        remote.changed.connect(self.refresh)
        theme.changed.connect(self.refresh)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        #: the banner's title while an OpenAI-compatible server answers instead of this computer
        self.title.setText(self.tr("Remote engine"))
        self.off_button.setText(self.tr("Use this computer"))
        self.off_button.setAccessibleName(self.tr("Turn the remote engine off"))
        self.refresh()

    def refresh(self) -> None:
        config = self.remote.config
        self.setVisible(config is not None)
        if config is None:
            return
        self.note.setText(self.remote.privacy_note())
        if self.remote.problem:
            self.problem.setText(self.tr("Not connected: {reason}").format(reason=self.remote.problem))
        elif not self.remote.connected:
            connecting = self.tr("Connecting to {destination}…")
            self.problem.setText(connecting.format(destination=ltr(config.destination)))
        else:
            self.problem.setText("")
        self.problem.setVisible(bool(self.problem.text()))
        self.setAccessibleName(f"{self.title.text()}: {self.note.text()}")
        # Amber for a server elsewhere (more so unencrypted), blue for one on this computer.
        dark = self.theme.colors.dark
        if config.on_this_machine:
            background = "#1f3350" if dark else "#e3edfc"
        elif config.encrypted:
            background = "#4a3d14" if dark else "#fff3cd"
        else:
            background = "#5a2a1a" if dark else "#fde2d4"
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        self.setPalette(palette)
        problem = self.problem.palette()
        failed = QColor("#ffb4a8" if dark else "#9b1c1c")
        text = failed if self.remote.problem else palette.windowText().color()
        problem.setColor(QPalette.ColorRole.WindowText, text)
        self.problem.setPalette(problem)

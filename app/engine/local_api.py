"""The local API server in the window: "Serve the loaded model to other apps on this computer".

Off by default. The server's `BlockingClient` shares the window's Router (app.wiring), so that
the server, when the user turns it on, answers with the same worker process and the model the
window has loaded. `LocalApi` starts `ApiServer` on 127.0.0.1
with the bearer token (runtime.server.token: generated once, kept in the keyring or an owner-only
file) and closes it when the switch goes off, all without a restart.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QObject, QTimer, Signal

from app.engine.remote import Secrets, ltr
from app.settings.values import Settings
from runtime.remote import CredentialError
from runtime.server import ApiServer, load_or_create_identity, load_or_create_token
from runtime.transport import BlockingClient

API_KEYS = {"api/enabled", "api/port"}


class LocalApi(QObject):
    changed = Signal()  # started, stopped, or a problem

    def __init__(
        self,
        shared: BlockingClient | None,
        settings: Settings,
        secrets: Secrets,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.shared, self.settings, self.secrets = shared, settings, secrets
        self.server: ApiServer | None = None
        self.token = ""
        self.identity = ""  # proves to clients that the server is Oriel (runtime.server.identity)
        self.problem = ""
        self._port = 0  # the port asked for (0 in tests: any free one)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.apply)
        settings.changed.connect(lambda key: self.schedule() if key in API_KEYS else None)

    def schedule(self) -> None:
        """Apply the settings once control returns to the event loop."""
        self._timer.start()

    @property
    def url(self) -> str:
        return self.server.url if self.server is not None else ""

    def token_place(self) -> str:
        """Where the token is kept, in a sentence for Settings."""
        store = self.secrets.get()
        if store.keyring_available:
            return self.tr("The token is kept in the system keyring.")
        return self.tr(
            "The token is kept in a file that only your user account can read, in {folder}."
        ).format(folder=ltr(str(store.secrets_dir)))

    def apply(self) -> None:
        """Start or stop the server as the settings say; a new port restarts it."""
        self._timer.stop()
        wanted = self.settings.api_enabled and self.shared is not None
        port = self.settings.api_port
        if self.server is not None and (not wanted or port != self._port):
            self.close()
        self.problem = ""
        if wanted and self.server is None:
            self._start(port)
        self.changed.emit()

    def close(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            server.close()

    def _start(self, port: int) -> None:
        assert self.shared is not None
        try:
            self.token, _ = load_or_create_token(self.secrets.get())
            self.identity = load_or_create_identity(self.secrets.get())
        except CredentialError as e:
            self.problem = str(e)
            return
        try:
            self.server = ApiServer(self.shared, self.token, port=port, identity=self.identity)
        except OSError as e:
            if e.errno == errno.EADDRINUSE:
                self.problem = self.tr(
                    "Port {port} is already used by another program: choose another port."
                ).format(port=port)
            else:
                self.problem = self.tr("The server could not start: {reason}").format(
                    reason=e.strerror or str(e)
                )
            return
        self._port = port
        self.server.start()

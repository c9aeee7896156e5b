"""Settings, "Connections" tab: a remote engine instead of this computer, and the local API server.

Both are off by default and applied on OK, like the rest of Settings. The remote engine's API
key goes to the system keyring (runtime.remote.credentials). Where there is none, the user
chooses: try again once a keyring runs, a file only their account can read (not encrypted), or
this session only; Oriel never writes the key to a file without that choice.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.engine.local_api import LocalApi
from app.engine.remote import RemoteEngine, ltr
from app.plain_text import plain_label
from app.theme import mute
from runtime.remote import KeyringUnavailable, RemoteConfig, RemoteConfigError, remote_key_name
from runtime.server import CHALLENGE_HEADER, PROOF_HEADER


def _wrapped() -> QLabel:
    label = plain_label()
    label.setWordWrap(True)
    return label


class ConnectionsPage(QScrollArea):
    """The tab's page. It scrolls: its notes wrap, and grow when a problem or the token's place is
    shown, which the dialog's fixed size does not follow."""

    def __init__(self, remote: RemoteEngine, api: LocalApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remote, self.api, self.settings = remote, api, remote.settings
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)

        self.remote_box = QGroupBox()
        self.remote_check = QCheckBox()
        self.remote_intro = _wrapped()
        mute(self.remote_intro)
        self.url_edit = QLineEdit()
        self.model_edit = QLineEdit()
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.forget_button = QPushButton()
        self.forget_button.clicked.connect(self._forget_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.forget_button)
        self.key_note = _wrapped()
        mute(self.key_note)
        self.remote_status = _wrapped()
        self.url_label, self.model_label, self.key_label = plain_label(), plain_label(), plain_label()
        form = QFormLayout()
        form.addRow(self.url_label, self.url_edit)
        form.addRow(self.model_label, self.model_edit)
        form.addRow(self.key_label, key_row)
        form.addRow("", self.key_note)
        column = QVBoxLayout(self.remote_box)
        column.addWidget(self.remote_check)
        column.addWidget(self.remote_intro)
        column.addLayout(form)
        column.addWidget(self.remote_status)

        self.api_box = QGroupBox()
        self.api_check = QCheckBox()
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1024, 65535)
        self.address_edit, self.token_edit, self.identity_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.identity_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.copy_address, self.copy_token, self.copy_identity = QPushButton(), QPushButton(), QPushButton()
        self.copy_address.clicked.connect(lambda: self._copy(self.api.url))
        self.copy_token.clicked.connect(lambda: self._copy(self.api.token))
        self.copy_identity.clicked.connect(lambda: self._copy(self.api.identity))
        self.token_note, self.identity_note = _wrapped(), _wrapped()
        mute(self.token_note)
        mute(self.identity_note)
        self.api_status = _wrapped()
        self.port_label, self.address_label, self.token_label = plain_label(), plain_label(), plain_label()
        self.identity_label = plain_label()
        api_form = QFormLayout()
        api_form.addRow(self.port_label, self.port_spin)
        for label, edit, button, note in (
            (self.address_label, self.address_edit, self.copy_address, None),
            (self.token_label, self.token_edit, self.copy_token, self.token_note),
            (self.identity_label, self.identity_edit, self.copy_identity, self.identity_note),
        ):
            edit.setReadOnly(True)
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            api_form.addRow(label, row)
            if note is not None:
                api_form.addRow("", note)
        api_column = QVBoxLayout(self.api_box)
        api_column.addWidget(self.api_check)
        api_column.addLayout(api_form)
        api_column.addWidget(self.api_status)

        self._inside = QWidget()
        layout = QVBoxLayout(self._inside)
        layout.addWidget(self.remote_box)
        layout.addWidget(self.api_box)
        layout.addStretch()
        self.setWidget(self._inside)
        for label, field in (
            (self.url_label, self.url_edit),
            (self.model_label, self.model_edit),
            (self.key_label, self.key_edit),
            (self.port_label, self.port_spin),
            (self.address_label, self.address_edit),
            (self.token_label, self.token_edit),
            (self.identity_label, self.identity_edit),
        ):
            label.setBuddy(field)
        self.remote_check.setChecked(self.settings.remote_enabled)
        self.url_edit.setText(self.settings.remote_url)
        self.model_edit.setText(self.settings.remote_model)
        self.api_check.setChecked(self.settings.api_enabled)
        self.port_spin.setValue(self.settings.api_port)
        self.url_edit.editingFinished.connect(self._show_key_state)  # asks the keyring: not per key press
        remote.changed.connect(self._show_remote)
        api.changed.connect(self._show_api)
        self.retranslate()

    # The dialog sizes its tabs by height-for-width: ask for room for everything, wrapped at the
    # width given, so that the page scrolls only in a window made smaller than that.
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._inside.heightForWidth(width), self._inside.minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        hint = self._inside.sizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        #: settings group: an OpenAI-compatible server that answers instead of this computer
        self.remote_box.setTitle(self.tr("Remote engine"))
        self.remote_check.setText(self.tr("Answer with a server instead of this computer"))
        self.remote_intro.setText(
            self.tr(
                "Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and "
                "images are sent to it, and the window says so for as long as it is on."
            )
        )
        self.url_label.setText(self.tr("Server address"))
        self.url_edit.setPlaceholderText("http://127.0.0.1:8000/v1")
        #: the name of the language model on the remote server
        self.model_label.setText(self.tr("Model name"))
        self.model_edit.setPlaceholderText(self.tr("Empty: the server's only model"))
        self.key_label.setText(self.tr("API key"))
        self.forget_button.setText(self.tr("Forget key"))
        #: settings group: Oriel as a server for other programs on this computer
        self.api_box.setTitle(self.tr("Local API server"))
        self.api_check.setText(self.tr("Serve the loaded model to other apps on this computer"))
        #: a network port number
        self.port_label.setText(self.tr("Port"))
        self.address_label.setText(self.tr("Address"))
        #: the secret other apps send to use the local API server
        self.token_label.setText(self.tr("Token"))
        self.copy_address.setText(self.tr("Copy"))
        self.copy_address.setAccessibleName(self.tr("Copy the address"))
        self.copy_token.setText(self.tr("Copy"))
        self.copy_token.setAccessibleName(self.tr("Copy the token"))
        #: the local API server's identity, which a client checks to know it is talking to Oriel
        self.identity_label.setText(self.tr("Identity"))
        self.copy_identity.setText(self.tr("Copy"))
        self.copy_identity.setAccessibleName(self.tr("Copy the identity"))
        for label in (
            self.url_label,
            self.model_label,
            self.key_label,
            self.port_label,
            self.address_label,
            self.token_label,
            self.identity_label,
        ):
            label.buddy().setAccessibleName(label.text())
        for button in (self.remote_check, self.api_check, self.forget_button):
            button.setAccessibleName(button.text())
        self._show_key_state()
        self._show_remote()
        self._show_api()

    # -- showing ---------------------------------------------------------------------------------

    def _base_url(self) -> str | None:
        try:
            return RemoteConfig(self.url_edit.text()).base_url
        except RemoteConfigError:
            return None

    def _show_key_state(self) -> None:
        url = self._base_url()
        stored = False
        if url is not None and self.remote.has_session_key(url):
            note, stored = self.tr("The key is kept for this session only."), True
        elif url is not None and self._stored_key(url):
            note, stored = self.tr("A key is saved for this server. Type a new one to replace it."), True
        else:
            note = self.tr("Leave the key empty if the server needs none.")
        self.key_note.setText(note)
        self.forget_button.setVisible(stored)

    def _stored_key(self, url: str) -> bool:
        try:
            return self.remote.secrets.get().load(remote_key_name(url)) is not None
        except Exception:  # a broken keyring or an unsafe file: Forget still removes it
            return True

    def _show_remote(self) -> None:
        if self.remote.problem:
            text = self.tr("Not connected: {reason}").format(reason=self.remote.problem)
        elif self.remote.connected and self.remote.config is not None:
            destination = ltr(self.remote.config.destination)
            text = self.tr("Connected to {destination}.").format(destination=destination)
        else:
            text = ""
        self.remote_status.setText(text)
        self.remote_status.setVisible(bool(text))
        self.updateGeometry()

    def _show_api(self) -> None:
        running = self.api.server is not None
        self.address_edit.setText(self.api.url)
        self.token_edit.setText(self.api.token if running else "")
        self.identity_edit.setText(self.api.identity if running else "")
        for widget in (
            self.address_edit,
            self.token_edit,
            self.identity_edit,
            self.copy_address,
            self.copy_token,
            self.copy_identity,
        ):
            widget.setEnabled(running)
        self.token_note.setText(self.api.token_place() if running else "")
        self.token_note.setVisible(running)
        self.identity_note.setText(
            self.tr(
                "A client can check that this port is Oriel before it sends the token: it sends a "
                "random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the "
                "challenge keyed with this identity. Another program on the port cannot."
            ).format(challenge=ltr(CHALLENGE_HEADER), proof=ltr(PROOF_HEADER))
            if running
            else ""
        )
        self.identity_note.setVisible(running)
        self.api_status.setText(self.api.problem)
        self.api_status.setVisible(bool(self.api.problem))
        self.updateGeometry()

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    # -- applying --------------------------------------------------------------------------------

    def apply(self) -> bool:
        """Save what the page shows; False (with the reason shown) when the address is unusable."""
        url = self._base_url()
        key = self.key_edit.text().strip()
        if url is None and (self.remote_check.isChecked() or key):
            self.remote_status.setText(self.remote.address_problem())
            self.remote_status.setVisible(True)
            self.url_edit.setFocus()
            return False
        if url is not None and self._sends_key_in_clear(url, key) and not self.confirm_key_in_clear(url):
            self.url_edit.setFocus()
            return False
        if key and url is not None:
            if not self._keep_key(url, key):
                return False
            self.key_edit.clear()
            self.remote.schedule()  # the same server with another key: connect again
        s = self.settings
        s.remote_url = self.url_edit.text()
        s.remote_model = self.model_edit.text()
        s.remote_enabled = self.remote_check.isChecked()
        s.api_port = self.port_spin.value()
        s.api_enabled = self.api_check.isChecked()
        return True

    def _sends_key_in_clear(self, url: str, typed_key: str) -> bool:
        """A key is about to be saved or sent over plain HTTP to another host: a key just typed,
        or a kept one when the remote engine is being switched on or moved to this address."""
        if not RemoteConfig(url).sends_key_in_clear:
            return False
        if typed_key:
            return True
        current = self.remote.config.base_url if self.remote.config is not None else None
        changing = not self.settings.remote_enabled or url != current
        return (
            self.remote_check.isChecked()
            and changing
            and (self.remote.has_session_key(url) or self._stored_key(url))
        )

    def confirm_key_in_clear(self, url: str) -> bool:
        """Ask before an API key goes over plain HTTP to another computer; True to go ahead."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("API key"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "The API key would be sent unencrypted to {destination}: anyone on the network "
                "between could read it. Use an https:// address if the server has one. Send it anyway?"
            ).format(destination=ltr(RemoteConfig(url).destination))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _keep_key(self, url: str, key: str) -> bool:
        """Store the key, asking where when there is no keyring; False when the user cancels."""
        name = remote_key_name(url)
        store = self.remote.secrets.get()
        while True:
            try:
                store.save(name, key)
            except KeyringUnavailable as e:
                choice = self.ask_where_to_keep_key(str(e))
                if choice == "retry":
                    store = self.remote.secrets.retry()
                    continue
                if choice == "file":
                    store.save(name, key, allow_file=True)
                elif choice == "session":
                    self.remote.set_session_key(url, key)
                    return True
                else:
                    return False
            self.remote.set_session_key(url, None)
            return True

    def ask_where_to_keep_key(self, detail: str) -> str:
        """The user's choice without a keyring: "retry", "file", "session", or "" to cancel."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("API key"))
        box.setText(self.tr("There is no keyring on this computer to keep the API key safe."))
        box.setInformativeText(
            self.tr(
                "Start your desktop's keyring (such as GNOME Keyring or KWallet) and try again, keep "
                "the key in a file that only your user account can read (it is not encrypted), or "
                "keep it only until Oriel closes."
            )
        )
        box.setDetailedText(detail)
        choices = {
            box.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole): "retry",
            box.addButton(
                self.tr("Store in a file (not encrypted)"), QMessageBox.ButtonRole.AcceptRole
            ): "file",
            box.addButton(self.tr("This session only"), QMessageBox.ButtonRole.AcceptRole): "session",
        }
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return choices.get(box.clickedButton(), "")  # type: ignore[call-overload]

    def _forget_key(self) -> None:
        url = self._base_url()
        if url is None:
            return
        self.remote.set_session_key(url, None)
        self.remote.secrets.get().delete(remote_key_name(url))
        self._show_key_state()
        if self.settings.remote_enabled:
            self.remote.schedule()

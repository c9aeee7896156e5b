"""One Oriel per data folder: a second start hands over to the first (which raises its window)
and exits, instead of opening the same chats beside it, marking the first one's live answer
interrupted and loading a second copy of the model.

    start --tryLock(oriel.lock)--> got it: remove any socket a crash left, listen, run
                   \\--> held by a live Oriel: connect to its socket, send "raise", exit

The lock is a QLockFile in the data folder: the process holding it is checked when it is found,
so a lock left by a crash is taken over rather than blocking the next start for ever. The socket
lives in the (owner-only) data folder too, where another local user cannot take its name; where
that path is too long for a socket, or on Windows (named pipes), a name derived from the folder,
with access for the user only.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "oriel.lock"
SOCKET_NAME = "oriel.socket"
RAISE = b"raise\n"
_MAX_SOCKET_PATH = 100  # sun_path holds 104 (macOS) or 108 (Linux) bytes


def socket_name(data_dir: Path) -> str:
    """The local socket of the Oriel that uses `data_dir`."""
    path = data_dir.resolve() / SOCKET_NAME
    if os.name == "posix" and len(os.fsencode(path)) < _MAX_SOCKET_PATH:
        return str(path)
    user = os.environ.get("USERNAME") or os.environ.get("USER") or ""
    return "oriel-" + hashlib.sha256(f"{user}\0{data_dir.resolve()}".encode()).hexdigest()[:24]


class SingleInstance(QObject):
    """`claim()` once at start; `raiseRequested` fires when a later start hands over."""

    raiseRequested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = socket_name(data_dir)
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # held as long as Oriel runs: stale only when its process is gone
        self._server: QLocalServer | None = None
        self.handed_over = False

    def claim(self, wait_ms: int = 5000) -> bool:
        """True: this is the only Oriel on the folder, now listening. False: another one runs;
        `handed_over` says whether it was asked to raise its window (False: it did not answer
        within `wait_ms`)."""
        if not self._lock.tryLock(0):
            self.handed_over = self._hand_over(wait_ms)
            return False
        QLocalServer.removeServer(self._name)  # we hold the lock: a socket here is a crash's leftover
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        server.listen(self._name)  # if it fails, later starts find no one to hand over to, and exit
        self._server = server
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _hand_over(self, wait_ms: int) -> bool:
        from PySide6.QtCore import QDeadlineTimer, QThread

        deadline = QDeadlineTimer(wait_ms)
        while True:  # the first Oriel may hold the lock a moment before it listens
            socket = QLocalSocket()
            socket.connectToServer(self._name)
            if socket.waitForConnected(500):
                socket.write(RAISE)
                socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                return True
            if deadline.hasExpired():
                return False
            QThread.msleep(100)

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._on_message)

    def _on_message(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.raiseRequested.emit()
        socket.readyRead.disconnect(self._on_message)
        socket.abort()
        socket.deleteLater()

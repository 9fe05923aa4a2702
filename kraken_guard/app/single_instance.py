"""One running Kraken Guard per user: a lock file plus a local socket that forwards requests."""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

MESSAGES = frozenset({"show", "call", "verify", "setup", "link"})


def server_name_for(data_folder: Path) -> str:
    """A socket name per user and per data folder, so a portable copy runs beside the normal one."""
    digest = hashlib.sha256(f"{getpass.getuser()}|{data_folder}".encode()).hexdigest()[:16]
    return f"kraken-guard-{digest}"


class SingleInstance(QObject):
    """Holds the lock; emits `messageReceived` when a second launch forwards its request."""

    messageReceived = Signal(str)

    def __init__(self, server_name: str, lock_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server_name = server_name
        self._lock = QLockFile(str(lock_path))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process is the first.

        QLockFile takes over a lock whose process is gone (a crash or kill -9) on its own: with a
        stale time of 0 a lock is stale only when its owner no longer runs.
        """
        if not self._lock.tryLock(200):
            return False
        self._listen()
        return True

    def send(self, message: str, timeout_ms: int = 3000) -> bool:
        """Forward a request to the running instance; False when it does not answer."""
        socket = QLocalSocket()
        socket.connectToServer(self._server_name)
        if not socket.waitForConnected(timeout_ms):
            log.warning("running instance did not answer: %s", socket.errorString())
            return False
        socket.write(message.encode("utf-8") + b"\n")
        written = socket.waitForBytesWritten(timeout_ms) or socket.bytesToWrite() == 0
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(timeout_ms)
        return written

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._lock.unlock()

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._server_name):
            if server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
                QLocalServer.removeServer(self._server_name)
            if not server.listen(self._server_name):
                log.warning("single-instance server failed: %s", server.errorString())
                return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(socket.deleteLater)
            self._read_from(socket)

    def _read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read_from(socket)

    def _read_from(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            message = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()
            if message in MESSAGES:
                self.messageReceived.emit(message)
            else:
                log.warning("ignored unknown instance message %r", message[:40])

"""One running Kraken Guard per user: a lock file plus a local socket that forwards requests.

The lock decides who is first, before any window. The socket (QtNetwork) is only needed to hear
a second launch, so the first instance may start listening after its window painted; a second
launch that comes in that moment keeps trying to connect for a little while.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

MESSAGES = frozenset({"show", "call", "verify", "setup", "link"})


def server_name_for(data_folder: Path) -> str:
    """A socket name per user and per data folder, so a portable copy runs beside the normal one."""
    import getpass
    import hashlib

    digest = hashlib.sha256(f"{getpass.getuser()}|{data_folder}".encode()).hexdigest()[:16]
    return f"kraken-guard-{digest}"


class SingleInstance(QObject):
    """Holds the lock; emits `messageReceived` when a second launch forwards its request."""

    messageReceived = Signal(str)

    def __init__(
        self, server_name: str | Callable[[], str], lock_path: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._name = server_name
        self._lock = QLockFile(str(lock_path))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    @property
    def server_name(self) -> str:
        if callable(self._name):
            self._name = self._name()
        return self._name

    def acquire(self, *, listen: bool = True) -> bool:
        """True when this process is the first; it listens now, or later with `listen()`.

        QLockFile takes over a lock whose process is gone (a crash or kill -9) on its own: with a
        stale time of 0 a lock is stale only when its owner no longer runs.
        """
        if not self._lock.tryLock(200):
            return False
        if listen:
            self.listen()
        return True

    def send(self, message: str, timeout_ms: int = 3000) -> bool:
        """Forward a request to the running instance; False when it does not answer in time.

        The first instance may not listen yet (it just started): keep trying until the timeout.
        """
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout_ms / 1000
        socket = QLocalSocket()
        while True:
            socket.connectToServer(self.server_name)
            left = max(1, int((deadline - time.monotonic()) * 1000))
            if socket.waitForConnected(left):
                break
            if time.monotonic() >= deadline:
                log.warning("running instance did not answer: %s", socket.errorString())
                return False
            socket.abort()
            time.sleep(0.05)
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

    def listen(self) -> None:
        """Hear second launches (once; after `acquire(listen=False)`)."""
        if self._server is not None:
            return
        from PySide6.QtNetwork import QAbstractSocket, QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.server_name):
            if server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
                QLocalServer.removeServer(self.server_name)
            if not server.listen(self.server_name):
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
        from PySide6.QtNetwork import QLocalSocket

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

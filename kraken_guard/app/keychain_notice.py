"""Says once, in plain words, that the key guarding saved data is kept in a file (no keychain)."""

from __future__ import annotations

import secrets

from PySide6.QtCore import QCoreApplication

from kraken_guard.core.store import Store

TOLD_SETTING = "keychain_file_told"
CONTEXT = "keychain_notice"


class KeychainNotice:
    """Shown on every page that asks during the session it was first shown, then never again."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._session = secrets.token_hex(16)  # uuid would cost ~2.6 ms at start-up

    def due(self) -> bool:
        told = self._store.get_setting(TOLD_SETTING)
        if told is None:
            self._store.set_setting(TOLD_SETTING, self._session)
            return True
        return told == self._session

    @staticmethod
    def headline() -> str:
        return QCoreApplication.translate(
            CONTEXT, "No keychain found: Kraken Guard keeps its lock key in a file"
        )

    @staticmethod
    def text(note: str) -> str:
        """The plain explanation and what to do; `note` is the reason the trust layer gave."""
        advice = QCoreApplication.translate(
            CONTEXT,
            "Your saved numbers and bookmarks are still checked. But a program that can read "
            "your files could read that key too. To make this stronger, turn on your "
            "computer's password keychain (for example GNOME Keyring or KWallet) and start "
            "Kraken Guard again. This message is shown once.",
        )
        return f"{note} {advice}".strip()

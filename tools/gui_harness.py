"""Builds the real app on the real data folder for the screenshot tools (not used by the app)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from kraken_guard.app.application import configure_application
from kraken_guard.app.controller import AppController
from kraken_guard.app.dialogs import Dialogs
from kraken_guard.app.language import start_language
from kraken_guard.app.services import Services
from kraken_guard.core.paths import resolve_paths
from kraken_guard.core.store import open_store
from kraken_guard.core.trust.signed_items import keychain_key


def settle(app: QApplication, rounds: int = 10) -> None:
    for _ in range(rounds):
        app.processEvents()


@contextmanager
def running_app(font_scale: float = 1.0) -> Iterator[tuple[QApplication, AppController]]:
    """The controller wired as in __main__, with a browser that opens nothing."""
    app = QApplication(sys.argv[:1])
    configure_application(app)
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * font_scale)
    app.setFont(font)
    paths = resolve_paths(os.environ)
    paths.ensure()
    store, _ = open_store(paths.database)

    def no_browser(url: QUrl) -> bool:
        return True

    services = Services(
        paths,
        store,
        Dialogs(),
        no_browser,
        lambda: False,
        lambda: keychain_key(paths.key_file),
        lambda: datetime.now(UTC),
        language=start_language(app, None, os.environ)[0],  # KRAKEN_GUARD_LANG=de: German
    )
    controller = AppController(services)
    try:
        yield app, controller
    finally:
        controller.shutdown()
        store.close()

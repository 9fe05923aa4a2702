"""Checks the trusted data once after the window is up, reaching the keychain off the GUI thread.

A locked Secret Service can pop an unlock prompt and block, and keyring costs ~130 ms to import
and ~19 MB with its backends (secretstorage, jeepney, cryptography): none of it may delay the
first window, freeze it, or weigh on the first seconds while the person reads it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:  # the check's own code loads when it runs, seconds after the window
    from concurrent.futures import Future

    from kraken_guard.core.store import Store
    from kraken_guard.core.trust.report import TrustReport
    from kraken_guard.core.trust.signed_items import KeySource, TrustKey

log = logging.getLogger(__name__)

START_DELAY_MS = 3000  # after the window is shown: the alert still comes within seconds
POLL_MS = 50


class TrustWatch(QObject):
    reportReady = Signal(object)  # a TrustReport

    def __init__(self, store: Store, key_source: KeySource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._key_source = key_source
        self.start_delay_ms = START_DELAY_MS
        self._future: Future[TrustKey] | None = None
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.timeout.connect(self._begin)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_done)

    def start(self, delay_ms: int | None = None) -> None:
        self._delay.start(self.start_delay_ms if delay_ms is None else delay_ms)

    def stop(self) -> None:
        """Forget a check under way (the app is closing); the key lookup thread just ends."""
        self._delay.stop()
        self._poll.stop()
        self._future = None

    def _begin(self) -> None:
        from concurrent.futures import ThreadPoolExecutor

        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kraken-guard-key")
        self._future = executor.submit(self._find_key)
        executor.shutdown(wait=False)
        self._poll.start()

    def _find_key(self) -> TrustKey:
        """On the worker thread: the key, looking in the keychain too (it may block)."""
        from kraken_guard.core.trust.signed_items import KeyMissing

        try:
            return self._key_source()
        except KeyMissing as missing:
            if missing.look is None:
                raise
            return missing.look()

    def _check_done(self) -> None:
        from kraken_guard.core.trust.report import trust_report
        from kraken_guard.core.trust.signed_items import KeyUnavailable, TrustedItems

        future = self._future
        if future is None or not future.done():
            return
        self._poll.stop()
        self._future = None
        try:
            key = future.result()
        except KeyUnavailable as error:
            failure = error

            def unavailable() -> TrustKey:
                raise failure

            trusted = TrustedItems(self._store, unavailable)
        else:
            trusted = TrustedItems(self._store, lambda: key)
        report: TrustReport = trust_report(trusted)
        if not report.ok:
            log.warning("trusted data: %d changed, %d unchecked", report.tampered, report.unchecked)
        self.reportReady.emit(report)

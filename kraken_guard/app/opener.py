"""Opens links in the browser only when the core says they are https links to kraken.com."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QWidget

from kraken_guard.app.dialogs import Dialogs

log = logging.getLogger(__name__)

OpenUrl = Callable[[QUrl], bool]


class TrustedOpener:
    def __init__(self, open_url: OpenUrl, dialogs: Dialogs) -> None:
        self._open_url = open_url
        self._dialogs = dialogs

    def open(self, url: str, parent: QWidget | None = None) -> bool:
        from kraken_guard.core.links.check import may_open  # the link check loads on use

        decision = may_open(url)
        if not decision.allowed:
            log.warning("refused to open a link that is not an https kraken.com address")
            self._dialogs.warn(
                parent,
                QCoreApplication.translate("opener", "Link not opened"),
                QCoreApplication.translate("links", decision.reason)
                + "\n\n"
                + QCoreApplication.translate(
                    "opener", "Use your bookmark to support.kraken.com instead."
                ),
            )
            return False
        if not self._open_url(QUrl(url, QUrl.ParsingMode.StrictMode)):
            self._dialogs.warn(
                parent,
                QCoreApplication.translate("opener", "Browser did not open"),
                QCoreApplication.translate(
                    "opener", "No web browser opened. Type {url} into your browser yourself."
                ).format(url=url),
            )
            return False
        return True

"""Wires "Check a link" and the Bookmarks page to the core: verdicts, bookmarks, export."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from kraken_guard.app.dialogs import Dialogs
from kraken_guard.app.keychain_notice import KeychainNotice
from kraken_guard.app.opener import TrustedOpener
from kraken_guard.core.content import load_content
from kraken_guard.core.links.bookmarks import BookmarkError, Bookmarks, export_bookmarks, normalize
from kraken_guard.core.links.check import Verdict, check_url
from kraken_guard.core.links.lookalike import translate_reason
from kraken_guard.core.store import Store
from kraken_guard.core.trust.signed_items import KeySource, KeyUnavailable, Protection, TrustedItems
from kraken_guard.views.bookmarks_page import BookmarksPage
from kraken_guard.views.link_page import LinkCheckPage

log = logging.getLogger(__name__)

VERDICT_ICONS = {
    Verdict.OFFICIAL: "good",
    Verdict.LOOKALIKE: "danger",
    Verdict.UNRELATED: "warning",
    Verdict.INVALID: "info",
}


def tr(text: str, context: str = "links_controller") -> str:
    return QCoreApplication.translate(context, text)


class LinksController(QObject):
    """Owns the two pages; other features call `export_action` (or `export_bookmarks()`)."""

    def __init__(
        self,
        store: Store,
        key_source: KeySource,
        dialogs: Dialogs,
        opener: TrustedOpener,
        now: Callable[[], datetime],
        window: QWidget,
        language: str = "en",
        keychain_notice: KeychainNotice | None = None,
    ) -> None:
        super().__init__(window)
        self._language = language
        self.keychain_notice = keychain_notice or KeychainNotice(store)
        self._trusted = TrustedItems(store, key_source, now)
        self._bookmarks = Bookmarks(self._trusted)
        self._dialogs = dialogs
        self._opener = opener
        self._window = window
        self._loaded = False
        self.link_page = LinkCheckPage(window)
        self.bookmarks_page = BookmarksPage(window)
        self.export_action = QAction(self.tr("&Export bookmarks to your browser…"), self)
        self.export_action.setObjectName("action_export_bookmarks")
        self.export_action.setToolTip(
            self.tr("Save your Kraken bookmarks for your browser and a desktop shortcut.")
        )
        self.export_action.triggered.connect(self.export_bookmarks)

        self.link_page.checkRequested.connect(self.check)
        page = self.bookmarks_page
        page.openRequested.connect(lambda url: self._opener.open(url, self._window))
        page.addRequested.connect(self.add)
        page.removeRequested.connect(self.remove)
        page.trustAgainRequested.connect(self.trust_again)
        page.exportRequested.connect(self.export_bookmarks)
        page.retryRequested.connect(self._retry)

    def check(self, text: str) -> None:
        result = check_url(text)
        words = load_content("link_verdicts", self._language).item(result.verdict.value)
        host = ""
        if result.host:
            host = self.tr("This link goes to: {host}").format(host=result.host)
        self.link_page.result.show_verdict(
            VERDICT_ICONS[result.verdict],
            QCoreApplication.translate("link_verdicts", words.title),
            host,
            [
                translate_reason(reason, lambda text: QCoreApplication.translate("links", text))
                for reason in result.reasons
            ],
            QCoreApplication.translate("link_verdicts", words.body),
        )

    def page_shown(self, page: QWidget | None) -> None:
        if page is self.bookmarks_page:
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        """Read the bookmarks the first time the page is shown (keyring loads only then)."""
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        self._loaded = True
        listing = self._bookmarks.list()
        page = self.bookmarks_page
        page.set_bookmarks(
            [
                (tr(b.title, "bookmarks") if b.pinned else b.title, b.url, b.pinned)
                for b in listing.bookmarks
            ]
        )
        status = self._trusted.status()
        if listing.unchecked or listing.problem or not status.available:
            page.show_problem(
                (
                    "warning",
                    self.tr("Your saved bookmarks cannot be checked right now"),
                    tr(listing.problem or status.note, "trusted")
                    + " "
                    + self.tr(
                        "They are not used until they can be checked. Unlock your system "
                        "keychain, then press Check again. Kraken Support still works."
                    ),
                ),
                can_retry=True,
            )
        elif listing.tampered:
            page.show_problem(
                (
                    "danger",
                    self.tr("Some bookmarks were changed outside Kraken Guard"),
                    self.tr(
                        "They are not used. If you did not change them, someone else did: "
                        "remove them. Trust one again only if you know it is yours."
                    ),
                ),
                [b.url for b in listing.tampered],
            )
        else:
            page.show_problem(None)
        if not status.available:
            page.set_protection(
                "warning",
                self.tr("Protection cannot be checked right now"),
                tr(status.note, "trusted"),
            )
        elif status.protection is Protection.KEYCHAIN:
            page.set_protection(
                "good",
                self.tr("Protected by your system keychain"),
                self.tr(
                    "Your bookmarks are signed with a secret key kept in your system keychain. "
                    "A change made outside Kraken Guard shows up here."
                ),
            )
        elif self.keychain_notice.due():
            page.set_protection(
                "warning",
                self.keychain_notice.headline(),
                self.keychain_notice.text(tr(status.note, "trusted")),
            )
        else:  # said once already, in plain words: no lasting warning for the same thing
            page.protection.clear()

    def forget_key(self) -> None:
        """Look for the key again (a new one was just made)."""
        self._trusted.retry()

    def _retry(self) -> None:
        self._trusted.retry()
        self.refresh()

    def add(self, url: str, title: str) -> None:
        try:
            value = normalize(url)
        except BookmarkError as error:
            self._refuse(str(error))
            return
        change = self.tr("Add the bookmark {url}").format(url=value)
        if not self._dialogs.confirm_guarded(self._window, self.tr("Add a bookmark"), change):
            return
        self._guarded_change(lambda: self._bookmarks.add(value, title))
        self.bookmarks_page.new_url.clear()
        self.bookmarks_page.new_title.clear()

    def remove(self, url: str) -> None:
        change = self.tr("Remove the bookmark {url}").format(url=url)
        if not self._dialogs.confirm_guarded(self._window, self.tr("Remove a bookmark"), change):
            return
        self._guarded_change(lambda: self._bookmarks.remove(url))

    def trust_again(self, url: str) -> None:
        change = self.tr("Trust this changed bookmark again: {url}").format(url=url)
        if not self._dialogs.confirm_guarded(self._window, self.tr("Trust again"), change):
            return
        self._guarded_change(lambda: self._bookmarks.trust_again(url))

    def _guarded_change(self, change: Callable[[], object]) -> None:
        try:
            change()
        except BookmarkError as error:
            self._refuse(str(error))
        except KeyUnavailable as error:
            self._refuse(
                tr(error.note, "trusted")
                + " "
                + self.tr("Nothing was changed. Unlock your system keychain and try again.")
            )
        self.refresh()

    def _refuse(self, text: str) -> None:
        self._dialogs.warn(
            self._window,
            self.tr("Bookmark not changed"),
            QCoreApplication.translate("bookmarks", text),
        )

    def export_bookmarks(self) -> None:
        """Ask for a folder, then write the browser bookmark file and a desktop shortcut."""
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation)
        folder = self._dialogs.choose_folder(
            self._window, self.tr("Where should the bookmarks go?"), start
        )
        if folder is None:
            return
        try:
            listing = self._bookmarks.list()
            written = export_bookmarks(folder, listing.bookmarks, windows=os.name == "nt")
        except (OSError, KeyUnavailable) as error:
            log.warning("bookmark export failed: %s", type(error).__name__)
            self._dialogs.warn(
                self._window,
                self.tr("Bookmarks not saved"),
                self.tr("Kraken Guard could not write to {folder}. Choose another folder.").format(
                    folder=folder
                ),
            )
            return
        self._dialogs.inform(
            self._window,
            self.tr("Bookmarks saved"),
            self.tr(
                "Saved:\n{files}\n\nIn your browser, open Bookmarks, choose Import, and pick the "
                ".html file. The shortcut opens Kraken Support."
            ).format(files="\n".join(str(path) for path in written)),
        )

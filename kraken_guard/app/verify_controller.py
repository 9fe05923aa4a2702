"""Adapts the phone check and the official numbers to the verify page (and the message check)."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from kraken_guard.app.dates import long_date
from kraken_guard.core.phone import official_numbers as official_words
from kraken_guard.core.phone.check import (
    NumberCheck,
    NumberError,
    ScamReports,
    check_number,
    no_reports,
    parse_number,
    supported_regions,
)
from kraken_guard.core.phone.official_numbers import OfficialList, OfficialNumber, OfficialNumbers
from kraken_guard.core.phone.region_setting import save_region, saved_region
from kraken_guard.core.trust.signed_items import KeyUnavailable, Protection, TrustedItems
from kraken_guard.views.verify_page import NumberRow, VerifyPage
from kraken_guard.views.verify_widget import translate_phone

if TYPE_CHECKING:
    from kraken_guard.app.keychain_notice import KeychainNotice
from kraken_guard.app.services import Services

log = logging.getLogger(__name__)

SOURCE = "app"
LISTING_TTL_S = 3.0  # how long a checked list of saved numbers is reused while typing


class VerifyController(QObject):
    """Owns the verify page and the popup; `scam_reports` is swapped in by the incident log."""

    def __init__(
        self,
        services: Services,
        open_support: QAction,
        window: QWidget,
        *,
        scam_reports: ScamReports = no_reports,
        keychain_notice: KeychainNotice | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.keychain_notice = keychain_notice or KeychainNotice(services.store)
        self._window = window
        self._open_support = open_support
        self.scam_reports = scam_reports
        self._trusted = TrustedItems(services.store, services.key_source, services.now)
        self.numbers = OfficialNumbers(self._trusted)
        self._listing: OfficialList | None = None
        self._listing_read_at = 0.0
        self._region: str | None = None  # read on first use: phonenumbers costs ~65 ms to load
        self.page = VerifyPage(self.check, [open_support], window)
        self.page.shown.connect(self.refresh)
        self.page.addRequested.connect(self.add)
        self.page.removeRequested.connect(self.remove)
        self.page.regionChanged.connect(self.set_region)
        self._regions_filled = False

    @property
    def region(self) -> str:
        """The region for numbers written without a +, from the settings or the locale."""
        if self._region is None:
            self._region = saved_region(self._services.store)
        return self._region

    @region.setter
    def region(self, code: str) -> None:
        self._region = code

    def listing(self) -> OfficialList:
        """The saved numbers with their tags checked, re-read after a few seconds.

        A short reuse keeps typing fast; re-reading soon after means a number removed from the
        command line, or a keychain unlocked since, never leaves a stale verdict behind.
        """
        moment = time.monotonic()
        if self._listing is None or moment - self._listing_read_at > LISTING_TTL_S:
            self._listing = self.numbers.list()
            self._listing_read_at = moment
        return self._listing

    def forget_key(self) -> None:
        """Look for the key again (a new one was just made) and read the list again."""
        self._trusted.retry()
        self._listing = None

    def check(self, text: str) -> NumberCheck:
        """The check the page, the in-call window and the message check use."""
        saved = self.listing()
        return check_number(
            text,
            region=self.region,
            official=saved.e164s(),
            scam_reports=self.scam_reports,
            tampered=saved.tampered_e164s(),
            unchecked=saved.in_doubt,
            problem=QCoreApplication.translate("trusted", saved.problem) if saved.problem else "",
            date_text=long_date,
        )

    def set_region(self, code: str) -> None:
        self.region = save_region(self._services.store, code)

    def refresh(self) -> None:
        if not self._regions_filled:
            self.page.set_regions(supported_regions(), self.region)
            self._regions_filled = True
        self._listing = None
        saved = self.listing()
        rows = [NumberRow(n.e164, self._describe(n), True) for n in saved.numbers]
        rows += [
            NumberRow(
                n.e164,
                self.tr("Not trusted, changed outside Kraken Guard: {number}").format(
                    number=n.display
                ),
                False,
            )
            for n in saved.tampered
        ]
        warning = ""
        if saved.tampered:
            warning = self.tr(
                "Warning: your saved numbers were changed outside Kraken Guard. Changed entries "
                "are not used. Remove them, or add the number again from support.kraken.com."
            )
        rows += [
            NumberRow(
                n.e164,
                self.tr("Cannot be checked right now: {number}").format(number=n.display),
                False,
            )
            for n in saved.unchecked
        ]
        if saved.in_doubt:
            warning = self.tr(
                "Your saved numbers cannot be checked right now. {problem} Until this is fixed, "
                "trust only the number at the bottom of support.kraken.com."
            ).format(problem=QCoreApplication.translate("trusted", saved.problem))
        self.page.show_numbers(rows, warning)
        if not saved.numbers and not saved.tampered and not saved.in_doubt:
            self.page.show_status(self.tr("No official number saved yet."))
        key = self._trusted.key if (saved.numbers or saved.tampered) else None  # reached already
        file_key = key is not None and key.protection is Protection.FILE
        if key is not None and file_key and self.keychain_notice.due():
            notice = self.keychain_notice
            self.page.show_protection(f"{notice.headline()}. {notice.text(key.note)}")
        else:  # said once already, in plain words: no lasting warning for the same thing
            self.page.show_protection("")

    def add(self, text: str, note: str) -> bool:
        """Parse, show the guarded confirmation with the parsed number, then save."""
        try:
            parsed = parse_number(text, self.region)
        except NumberError as error:
            reason = translate_phone(error.reason).format(**error.values)
            self._services.dialogs.warn(
                self.page,
                self.tr("Number not added"),
                f"{reason} {translate_phone(error.next_step)}",
            )
            return False
        change = self._translate(official_words.ADD_CHANGE).format(number=parsed.display)
        if not self._services.dialogs.confirm_guarded(
            self.page, self.tr("Add an official number"), change
        ):
            self.page.show_status(self.tr("Nothing was changed."))
            return False
        if not self._saved(lambda: self.numbers.add(parsed, note=note, source=SOURCE)):
            return False
        log.info("official number added")
        self.page.clear_new_number()
        self.refresh()
        self.page.show_status(self.tr("Saved {number}.").format(number=parsed.display))
        return True

    def remove(self, value: str) -> bool:
        entry = next(
            (n for n in (*self.listing().numbers, *self.listing().tampered) if n.e164 == value),
            None,
        )
        if entry is None:
            return False
        change = self._translate(official_words.REMOVE_CHANGE).format(number=entry.display)
        if not self._services.dialogs.confirm_guarded(
            self.page, self.tr("Remove an official number"), change
        ):
            self.page.show_status(self.tr("Nothing was changed."))
            return False
        if not self._saved(lambda: self.numbers.remove(entry.e164)):
            return False
        self.refresh()
        self.page.show_status(self.tr("Removed {number}.").format(number=entry.display))
        return True

    def _saved(self, change: Callable[[], object]) -> bool:
        """Make a change to the saved numbers; say plainly why it could not be made."""
        try:
            change()
        except KeyUnavailable as error:
            reason = error.note
        except sqlite3.Error:
            log.exception("official numbers could not be saved")
            reason = self.tr("The data file could not be written. Check that the disk is not full.")
        else:
            self._listing = None
            return True
        self._services.dialogs.warn(
            self.page,
            self.tr("Nothing was changed"),
            self.tr("{reason} Fix this, then try again.").format(reason=reason),
        )
        return False

    def _describe(self, number: OfficialNumber) -> str:
        text = self.tr("{number}, added {date}").format(
            number=number.display, date=long_date(number.added_at)
        )
        if not number.note:
            return text
        return self.tr("{entry}. Found at: {note}").format(entry=text, note=number.note)

    def _translate(self, text: str) -> str:
        return QCoreApplication.translate(official_words.CONTEXT, text)

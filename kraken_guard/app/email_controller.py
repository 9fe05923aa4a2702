"""Wires "Check an email" to the core: reading, the verdict, Kraken's key, the online DKIM check."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QScrollArea, QVBoxLayout, QWidget

from kraken_guard.app.dialogs import Dialogs
from kraken_guard.core.email.dkim_online import DkimCheck, check_dkim_online, with_dkim
from kraken_guard.core.email.pgp_signature import (
    ADD_CHANGE,
    KeyFileError,
    KrakenKeys,
    read_key_file,
    spaced,
)
from kraken_guard.core.email.reading import (
    HOW_TO_GET_SOURCE,
    EmailReadError,
    ReadEmail,
    read_email_file,
    read_email_text,
)
from kraken_guard.core.email.reasons import REASON_CONTEXTS
from kraken_guard.core.email.verdict import EmailCheck, EmailVerdict, check_email
from kraken_guard.core.phone.check import ScamReports, no_reports
from kraken_guard.core.phone.official_numbers import OfficialNumbers
from kraken_guard.core.phone.region_setting import saved_region
from kraken_guard.core.store import Store
from kraken_guard.core.trust.signed_items import KeySource, TrustedItems
from kraken_guard.views.email_page import EmailCheckPage, dropped_file

log = logging.getLogger(__name__)

KINDS = {
    EmailVerdict.SIGNED_BY_KRAKEN: "info",
    EmailVerdict.PASSED_PROVIDER_CHECKS: "warning",
    EmailVerdict.NOT_FROM_KRAKEN: "danger",
    EmailVerdict.CANNOT_TELL: "warning",
}


def translate(text: str) -> str:
    for context in REASON_CONTEXTS:
        done = QCoreApplication.translate(context, text)
        if done != text:
            return done
    return text


class EmailController(QObject):
    """Owns the page; `open_for_call()` lets the call window check its confirmation email.

    `verdictReady(str)` carries each verdict's value; `callEmailChecked(str)` only those
    checked through `open_for_call()`: "not_from_kraken" there means the call is a scam.
    """

    verdictReady = Signal(str)
    callEmailChecked = Signal(str)
    _onlineDone = Signal(object)

    def __init__(
        self,
        store: Store,
        key_source: KeySource,
        dialogs: Dialogs,
        now: Callable[[], datetime],
        window: QWidget,
        *,
        show_page: Callable[[], None] = lambda: None,
        dkim_lookup: Callable[..., bytes | None] | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(window)
        self._language = language
        self._store = store
        self._trusted = TrustedItems(store, key_source, now)
        self._keys = KrakenKeys(self._trusted)
        self.keys = self._keys  # Kraken's key and the fingerprint in force
        self._dialogs = dialogs
        self._window = window
        self._show_page = show_page
        self._dkim_lookup = dkim_lookup
        self.scam_reports: ScamReports = no_reports
        self.last_read: ReadEmail | None = None
        self.last_check: EmailCheck | None = None
        self.call_dialog: QDialog | None = None
        self.call_page: EmailCheckPage | None = None
        self._call_drop_targets: set[int] = set()
        self.page = self._new_page(window)
        self._onlineDone.connect(self._show_online)
        self.refresh_key_status()

    def _new_page(self, parent: QWidget) -> EmailCheckPage:
        page = EmailCheckPage(
            QCoreApplication.translate("email_reading", HOW_TO_GET_SOURCE), parent
        )
        page.openFileRequested.connect(lambda: self.open_file(page))
        page.fileDropped.connect(lambda path: self.check_file(path, page))
        page.checkTextRequested.connect(lambda text: self.check_text(text, page))
        page.onlineCheckRequested.connect(lambda: self.check_online(page))
        page.addKeyRequested.connect(self.add_key)
        return page

    def install_drop_target(self, widget: QWidget) -> None:
        """Let a file dropped anywhere on `widget` (the main window) be checked on this page."""
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def install_call_drop_target(self, widget: QWidget) -> None:
        """Let an email dropped on the call window be checked as the call's confirmation."""
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)
        self.add_call_drop_target(widget)

    def add_call_drop_target(self, widget: QWidget) -> None:
        """A drop on `widget`, handed here by another filter, is the call's confirmation."""
        key = id(widget)
        self._call_drop_targets.add(key)
        # An id can be reused by a later widget once this one is gone: forget it then.
        widget.destroyed.connect(lambda: self._call_drop_targets.discard(key))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent) and dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
            return True
        if isinstance(event, QDropEvent):
            path = dropped_file(event.mimeData())
            if path is not None:
                event.acceptProposedAction()
                if id(watched) in self._call_drop_targets and isinstance(watched, QWidget):
                    self.open_for_call(watched)
                    self.check_file(path, self.call_page or self.page)
                else:
                    self._show_page()
                    self.check_file(path, self.page)
                return True
        return super().eventFilter(watched, event)

    def open_file(self, page: EmailCheckPage | None = None) -> None:
        chosen = self._dialogs.choose_open_file(
            self._window,
            self.tr("Open a saved email"),
            self.tr("Emails (*.eml *.msg *.txt);;All files (*)"),
        )
        if chosen is not None:
            self.check_file(chosen, page or self.page)

    def check_file(self, path: Path, page: EmailCheckPage | None = None) -> EmailCheck | None:
        try:
            read = read_email_file(path)
        except EmailReadError as error:
            self._show_error(page or self.page, error)
            return None
        return self._check(read, page or self.page)

    def check_text(self, text: str, page: EmailCheckPage | None = None) -> EmailCheck | None:
        try:
            read = read_email_text(text)
        except EmailReadError as error:
            self._show_error(page or self.page, error)
            return None
        return self._check(read, page or self.page)

    def _check(self, read: ReadEmail, page: EmailCheckPage) -> EmailCheck:
        numbers = OfficialNumbers(self._trusted).list()
        pinned = self._keys.pinned()
        result = check_email(
            read,
            region=saved_region(self._store),
            official_numbers=numbers.e164s(),
            tampered_numbers=numbers.tampered_e164s(),
            scam_reports=self.scam_reports,
            kraken_keys=self._keys.saved(pinned),
            pinned=pinned,
            language=self._language,
        )
        self.last_read, self.last_check = read, result
        self._show(result, page)
        return result

    def _show(self, result: EmailCheck, page: EmailCheckPage) -> None:
        findings = []
        for finding in result.findings:
            first = finding.reasons[0].render(translate) if finding.reasons else ""
            if finding.decisive:
                first = self.tr("Not from Kraken.") + " " + first
            # Zero-width spaces let a long link or address wrap instead of widening the page.
            shown = re.sub(r"([/@.?&=])", "\\1\u200b", finding.value)
            findings.append(f"{shown}: {first}".strip())
        can_online = (
            result.verdict is EmailVerdict.CANNOT_TELL
            and self.last_read is not None
            and self.last_read.message.get("DKIM-Signature") is not None
        )
        page.show_result(
            KINDS[result.verdict],
            result.headline(translate),
            result.reason_texts(translate),
            findings,
            can_online,
        )
        self.verdictReady.emit(str(result.verdict))
        if page is not self.page:
            self.callEmailChecked.emit(str(result.verdict))

    def _show_error(self, page: EmailCheckPage, error: EmailReadError) -> None:
        detail = QCoreApplication.translate("email_reading", error.reason)
        if error.next_step:
            detail += " " + QCoreApplication.translate("email_reading", error.next_step)
        page.show_problem(self.tr("This could not be checked"), detail)

    def check_online(self, page: EmailCheckPage | None = None) -> None:
        """DKIM against the sender's DNS, off the GUI thread; only ever from a button press."""
        read, check = self.last_read, self.last_check
        if read is None or check is None:
            return
        target = page or self.page
        target.online.setEnabled(False)
        lookup = self._dkim_lookup

        def work() -> None:
            try:
                result = check_dkim_online(read, lookup)
            except Exception:  # never let a network library take the app down
                log.exception("online DKIM check failed")
                return
            self._onlineDone.emit((result, target))

        threading.Thread(target=work, name="dkim-online", daemon=True).start()

    def _show_online(self, payload: tuple[DkimCheck, EmailCheckPage]) -> None:
        result, page = payload
        page.online.setEnabled(True)
        if self.last_check is None:
            return
        updated = with_dkim(self.last_check, result, self.last_check.sender.rpartition("@")[2])
        self.last_check = updated
        self._show(updated, page)
        page.online.hide()

    def add_key(self) -> None:
        chosen = self._dialogs.choose_open_file(
            self._window,
            self.tr("Add Kraken's PGP key"),
            self.tr("PGP keys (*.asc *.gpg *.pgp *.txt);;All files (*)"),
        )
        if chosen is None:
            return
        try:
            with chosen.open("rb") as handle:
                data = handle.read(2 * 1024 * 1024)
            key = read_key_file(data, self._keys.pinned())
        except KeyFileError as error:
            self._dialogs.warn(
                self._window, self.tr("This key was not added"), error.reason.render(translate)
            )
            return
        except OSError:
            self._dialogs.warn(
                self._window,
                self.tr("This key was not added"),
                self.tr("The file could not be opened. Check its name and that it belongs to you."),
            )
            return
        change = QCoreApplication.translate("email_signature", ADD_CHANGE).replace(
            "{fingerprint}", spaced(key.fingerprint)
        )
        if self._dialogs.confirm_guarded(self._window, self.tr("Add Kraken's key"), change):
            self._keys.add(key, source="app")
            self.refresh_key_status()

    def refresh_key_status(self) -> None:
        pinned = self._keys.pinned()
        if self._keys.saved(pinned):
            text = self.tr("Kraken's key is added (fingerprint {fingerprint}).")
        else:
            text = self.tr(
                "Kraken's key is not added yet. Download it from Kraken's PGP signatures page "
                "(support.kraken.com). It is accepted only with fingerprint {fingerprint}."
            )
        self.page.set_key_status(text.replace("{fingerprint}", spaced(pinned)))

    def open_for_call(self, parent: QWidget | None = None) -> QDialog:
        """Show the email check in its own window for a call's confirmation email.

        The verdict arrives through `callEmailChecked`; "not_from_kraken" means the call that
        this email "confirmed" is a scam. The window is opened, never exec()'d.
        """
        if self.call_dialog is None:
            dialog = QDialog(parent or self._window)
            dialog.setObjectName("email_call_dialog")
            dialog.setWindowTitle(self.tr("Check the email that confirmed this call"))
            layout = QVBoxLayout(dialog)
            scroller = QScrollArea(dialog)
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QScrollArea.Shape.NoFrame)
            scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            page = self._new_page(scroller)
            page.add_key.hide()
            page.key_status.hide()
            scroller.setWidget(page)
            layout.addWidget(scroller)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            metrics = page.fontMetrics()
            width, height = metrics.averageCharWidth() * 90, metrics.height() * 40
            screen = dialog.screen()
            if screen is not None:  # never larger than the screen, so 200 % text still fits
                room = screen.availableGeometry()
                width = min(width, room.width() * 9 // 10)
                height = min(height, room.height() * 9 // 10)
            dialog.resize(width, height)
            self.call_dialog = dialog
            self.call_page = page
        self.call_dialog.open()
        self.call_dialog.raise_()
        return self.call_dialog

"""Glue for "Someone is calling me": the call window, remote-access scan and incident log."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QWidget

from kraken_guard.app.dates import date_and_time
from kraken_guard.app.opener import TrustedOpener
from kraken_guard.core.call.checklist import call_content
from kraken_guard.core.call.incidents import Incident, IncidentDraft, IncidentLog
from kraken_guard.core.call.remote_access import (
    ProcessLister,
    find_running,
    load_tools,
    running_process_names,
)
from kraken_guard.core.call.secret_guard import CONTEXT as SECRET_CONTEXT
from kraken_guard.core.call.secret_guard import WARNINGS, SecretInNotes
from kraken_guard.core.links.check import SUPPORT_URL
from kraken_guard.views.call_number import CheckNumber
from kraken_guard.views.call_page import CallPage
from kraken_guard.views.call_window import CallWindow

if TYPE_CHECKING:
    from kraken_guard.app.services import Services

log = logging.getLogger(__name__)

KEEP_ON_TOP_SETTING = "call_window_on_top"
SCAN_INTERVAL_MS = 3000

CopyText = Callable[[str], None]


def copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


class CallController(QObject):
    """Opens the call window, scans for remote-access apps while it is open, saves the call."""

    def __init__(
        self,
        services: Services,
        opener: TrustedOpener,
        open_call: QAction,
        *,
        check_number: CheckNumber,
        list_processes: ProcessLister = running_process_names,
        copy_text: CopyText = copy_to_clipboard,
        scan_interval_ms: int = SCAN_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.opener = opener
        self.log = IncidentLog(services.store, services.now)
        self.check_number = check_number
        self._check_email: Callable[[QWidget], object] | None = None
        self._check_text: Callable[[], object] | None = None
        self._accept_email_drops: Callable[[QWidget], None] | None = None
        self.list_processes = list_processes
        self.copy_text = copy_text
        self._open_call = open_call
        self._page: CallPage | None = None
        self.window: CallWindow | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(scan_interval_ms)
        self.timer.timeout.connect(self.scan_remote_access)
        self._tools = load_tools()
        self._started_at: datetime | None = None
        self._ended_at: datetime | None = None
        self._saved_id: int | None = None  # this call's record, once saved: later saves update it
        self._saved_draft: IncidentDraft | None = None
        self._seen_tools: list[str] = []

    @property
    def page(self) -> CallPage:
        """The main window's page with the saved calls, built (and filled) on first use."""
        if self._page is None:
            self._page = CallPage(self._open_call)
            self._page.incidentChosen.connect(self._preview)
            self._page.copyRequested.connect(self.copy_incident)
            self._page.saveRequested.connect(self.save_incident_file)
            self._fill_incidents(self._page)
        return self._page

    def open_window(self) -> CallWindow:
        """Show the call window (a new call when none is under way) and bring it forward."""
        window = self._ensure_window()
        saved_and_closed = not window.isVisible() and self._saved_id is not None
        if self._started_at is None or (saved_and_closed and not self.has_unsaved_call()):
            self._begin_call(window)
        elif not window.isVisible():  # closed (Esc) mid-call: the answers were kept, say so
            window.show_unsaved_note(self.has_unsaved_call())
        if window.isMinimized():
            window.showNormal()
        # No WA_ShowWithoutActivating: the person asked for this window and types in it at once.
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def has_unsaved_call(self) -> bool:
        """True while a call has answers, ticks or text that were never saved."""
        window = self.window
        if window is None or self._started_at is None or not window.has_input():
            return False
        return self._saved_draft is None or self._draft(window) != self._saved_draft

    def offer_checks(
        self,
        check_email: Callable[[QWidget], object],
        check_text: Callable[[], object],
        accept_email_drops: Callable[[QWidget], None],
    ) -> None:
        """Let the call window check the confirmation email and whatever the caller gave.

        Given by the app once the email and message checks exist; until then the call window
        hides those buttons rather than show ones that do nothing.
        """
        self._check_email = check_email
        self._check_text = check_text
        self._accept_email_drops = accept_email_drops
        if self.window is not None:
            self._wire_checks(self.window)

    def email_checked(self, verdict: str) -> None:
        """The confirmation email's verdict: one that is not from Kraken makes the call a scam."""
        if self.window is not None:
            self.window.set_email_checked(verdict == "not_from_kraken")

    def _wire_checks(self, window: CallWindow) -> None:
        if self._check_email is None or self._check_text is None:
            return
        check_email, check_text = self._check_email, self._check_text
        window.check_email_requested.connect(lambda: check_email(window))
        window.check_text_requested.connect(lambda: check_text())
        window.set_extra_actions_available(True, True)
        if self._accept_email_drops is not None:
            self._accept_email_drops(window)

    def _ensure_window(self) -> CallWindow:
        if self.window is None:
            window = CallWindow(self.check_number, call_content(self.services.language))
            window.set_keep_on_top(self.services.store.get_setting(KEEP_ON_TOP_SETTING, "1") == "1")
            window.opened.connect(self._on_opened)
            window.closed.connect(self.timer.stop)
            window.hungUp.connect(self._on_hung_up)
            window.lockRequested.connect(lambda: self.opener.open(SUPPORT_URL, self.window))
            window.saveRequested.connect(self.save_call)
            window.keepOnTopChanged.connect(
                lambda on: self.services.store.set_setting(KEEP_ON_TOP_SETTING, "1" if on else "0")
            )
            self.window = window
            self._wire_checks(window)
        return self.window

    def _begin_call(self, window: CallWindow) -> None:
        self._saved_id = None
        self._saved_draft = None
        self._started_at = self.services.now()
        self._ended_at = None
        self._seen_tools = []
        window.clear_call()

    def _on_opened(self) -> None:
        # The process list (psutil) is read just after the window is shown, not before.
        QTimer.singleShot(0, self.scan_remote_access)
        self.timer.start()

    def scan_remote_access(self) -> None:
        if self.window is None:
            return
        try:
            titles = [tool.title for tool in find_running(self._tools, self.list_processes)]
        except Exception:  # a process list that fails must never break the call window
            log.warning("remote-access scan failed", exc_info=True)
            return
        self._seen_tools += [t for t in titles if t not in self._seen_tools]
        self.window.set_remote_tools(titles)

    def _on_hung_up(self) -> None:
        if self._ended_at is None:
            self._ended_at = self.services.now()
        self.opener.open(SUPPORT_URL, self.window)

    def _draft(self, window: CallWindow) -> IncidentDraft:
        assert self._started_at is not None
        return IncidentDraft(
            started_at=self._started_at,
            ended_at=self._ended_at,
            number_input=window.number.text(),
            number_e164=window.number.e164(),
            is_scam=window.is_scam.isChecked(),
            answers=window.answers(),
            remote_tools=tuple(self._seen_tools),
            notes=window.notes.toPlainText(),
        )

    def save_call(self) -> Incident | None:
        window = self.window
        if window is None or self._started_at is None:
            return None
        draft = self._draft(window)
        try:
            incident = self.log.save(draft, replace_id=self._saved_id)
        except SecretInNotes as refused:
            self.services.dialogs.warn(
                window,
                QCoreApplication.translate("calls", "Notes not saved"),
                QCoreApplication.translate(SECRET_CONTEXT, WARNINGS[refused.kind]),
            )
            return None
        except sqlite3.Error:
            log.exception("could not save the call")
            self.services.dialogs.warn(
                window,
                QCoreApplication.translate("calls", "Call not saved"),
                QCoreApplication.translate(
                    "calls", "The call could not be saved. Check that the disk is not full."
                ),
            )
            return None
        # The window stays open: a later "Save" updates this record, and the call counts as saved
        # (Quit does not ask) until the person changes something again.
        self._saved_id = incident.id
        self._saved_draft = draft
        window.show_saved(
            QCoreApplication.translate(
                "calls",
                "Saved as call {id}. You find it in the main window, under "
                "“Someone is calling me”. You can close this window now.",
            ).format(id=incident.id)
        )
        self.refresh_incidents()
        return incident

    def refresh_incidents(self) -> None:
        if self._page is not None:  # otherwise filled when first built
            self._fill_incidents(self._page)

    def _fill_incidents(self, page: CallPage) -> None:
        page.set_incidents([(i.id, self._label(i)) for i in self.log.list()])
        chosen = page.current_id()
        if chosen is not None:
            self._preview(chosen)

    def _label(self, incident: Incident) -> str:
        number = (
            incident.number_e164
            or incident.number_input
            or QCoreApplication.translate("calls", "number not known")
        )
        kind = (
            QCoreApplication.translate("calls", "scam")
            if incident.is_scam
            else QCoreApplication.translate("calls", "not marked as scam")
        )
        when = date_and_time(incident.started_at)
        return QCoreApplication.translate("calls", "Call {id}: {when}, {number} ({kind})").format(
            id=incident.id, when=when, number=number, kind=kind
        )

    def _preview(self, incident_id: int) -> None:
        self.page.set_preview(self.log.export(incident_id) or "")
        if self.services.language != "en":
            self.page.show_status(self._in_english_note())

    @staticmethod
    def _in_english_note() -> str:
        return QCoreApplication.translate(
            "calls", "The saved call is written in English, so Kraken Support can read it."
        )

    def _with_english_note(self, status: str) -> str:
        if self.services.language == "en":
            return status
        return f"{status} {self._in_english_note()}"

    def copy_incident(self, incident_id: int) -> None:
        text = self.log.export(incident_id)
        if text is None:
            return
        self.copy_text(text)
        self.page.show_status(
            self._with_english_note(
                QCoreApplication.translate(
                    "calls", "Copied. Paste it into your Kraken Support ticket or your report."
                )
            )
        )

    def save_incident_file(self, incident_id: int) -> None:
        text = self.log.export(incident_id)
        if text is None:
            return
        chosen = self.services.dialogs.choose_save_file(
            self.page,
            QCoreApplication.translate("calls", "Save the call as text"),
            f"kraken-guard-call-{incident_id}.txt",
            QCoreApplication.translate("calls", "Text files (*.txt)"),
        )
        if chosen is None:
            return
        try:
            chosen.write_text(text, encoding="utf-8")
        except OSError as error:
            self.services.dialogs.warn(
                self.page,
                QCoreApplication.translate("calls", "File not saved"),
                QCoreApplication.translate(
                    "calls", "Could not save {path} ({reason}). Pick a folder you can write to."
                ).format(path=chosen, reason=error.strerror or error),
            )
            return
        self.page.show_status(
            self._with_english_note(
                QCoreApplication.translate("calls", "Saved to {path}.").format(path=chosen)
            )
        )

    def shutdown(self) -> None:
        """Stop scanning and delete the call window (it has no parent to delete it)."""
        self.timer.stop()
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None

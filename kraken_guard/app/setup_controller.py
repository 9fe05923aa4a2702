"""Wires the setup wizard to the core: stores answers, refreshes status, runs the clock check."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from kraken_guard.app.dates import long_date
from kraken_guard.app.dialogs import Dialogs
from kraken_guard.app.opener import TrustedOpener
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.setup.progress import (
    MAX_REVIEW_DAYS,
    MIN_REVIEW_DAYS,
    SetupError,
    SetupProgress,
)
from kraken_guard.core.setup.steps import AnswerStatus, load_steps
from kraken_guard.core.setup.summary import StatusText, describe
from kraken_guard.core.setup.transfer import TransferError, export_progress, import_progress
from kraken_guard.core.store import Store

if TYPE_CHECKING:
    from kraken_guard.core.setup.clock_check import ClockCheck
    from kraken_guard.views.setup_wizard import SetupWizard

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("setup", text)


STATUS_WORDS = {
    "unanswered": QT_TRANSLATE_NOOP("setup", "Not answered"),
    "not_yet": QT_TRANSLATE_NOOP("setup", "Not yet"),
    "done": QT_TRANSLATE_NOOP("setup", "Done"),
    "not_applicable": QT_TRANSLATE_NOOP("setup", "Not applicable"),
    "review": QT_TRANSLATE_NOOP("setup", "Due for a review"),
}


class SetupController(QObject):
    """Owns the wizard widget; the clock check's secret lives here only while its page shows."""

    statusChanged = Signal()

    def __init__(
        self,
        store: Store,
        now: Callable[[], datetime],
        opener: TrustedOpener,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        *,
        language: str = "en",
        on_wizard_built: Callable[[SetupWizard], None] = lambda wizard: None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._opener = opener
        self._dialogs = dialogs
        self._parent = parent
        self._on_wizard_built = on_wizard_built
        self.progress = SetupProgress(store, now, steps=load_steps(language))
        self.clock_check: ClockCheck | None = None
        self._wizard: SetupWizard | None = None

    @property
    def wizard(self) -> SetupWizard:
        """The wizard, built on first use (the status on Home needs only the progress)."""
        if self._wizard is None:
            self._wizard = self._build_wizard()
            self.refresh()
            self.resume()
            self._on_wizard_built(self._wizard)
        return self._wizard

    def _build_wizard(self) -> SetupWizard:
        from kraken_guard.views.setup_wizard import SetupWizard

        w = SetupWizard(self.progress.steps, MIN_REVIEW_DAYS, MAX_REVIEW_DAYS, self._parent)
        w.answered.connect(self._on_answered)
        w.linkRequested.connect(lambda url: self._opener.open(url, self.wizard))
        w.clock_page.opened.connect(self._open_clock_check)
        w.clock_page.closed.connect(self._close_clock_check)
        w.clock_page.codeEntered.connect(self._check_code)
        w.summary.nextRequested.connect(self.resume)
        w.summary.reviewDaysChanged.connect(self._set_review_days)
        w.summary.exportRequested.connect(self.export_progress)
        w.summary.importRequested.connect(self.import_progress)
        return w

    def status_text(self) -> StatusText:
        return describe(self.progress.status(), QCoreApplication.translate, long_date)

    def resume(self) -> None:
        """Open the wizard where the person left: the next step, or the summary."""
        index = self.progress.resume_index()
        self.wizard.show_step(self.progress.steps[index].id if index is not None else "summary")

    def refresh(self) -> None:
        if self._wizard is None:  # built later, and filled then
            return
        status = self.progress.status()
        rows = []
        for state in status.states:
            answer = state.answer
            page = self.wizard.step_pages[state.step.id]
            when = ""
            if answer is not None:
                when = _tr("Your answer was saved on {date}.").format(
                    date=long_date(answer.answered_at)
                )
                if state.status == "review":
                    when += " " + _tr("It is time to check it is still on.")
            page.show_answer(
                answer.status.value if answer else None,
                answer.reason if answer else "",
                answer.method if answer else None,
                when,
            )
            page.show_warnings(
                [
                    QCoreApplication.translate("setup_rules", w.text)
                    for w in status.warnings
                    if w.shown_on(state.step.id)
                ]
            )
            title = QCoreApplication.translate("security_features", state.step.title)
            words = _tr(STATUS_WORDS[state.status])
            reason = f" ({answer.reason})" if answer and answer.reason else ""
            rows.append((state.step.id, f"{words}: {title}{reason}"))
        text = self.status_text()
        self.wizard.summary.show_summary(
            text.headline,
            text.detail,
            text.next_step,
            rows,
            [QCoreApplication.translate("setup_rules", w.text) for w in status.warnings],
            status.review_days,
            status.next_state is not None,
        )

    def _on_answered(self, step_id: str, status: str, reason: str, detail: dict[str, Any]) -> None:
        try:
            self.progress.record(step_id, AnswerStatus(status), reason, detail)
        except SetupError as error:
            self._dialogs.warn(self.wizard, _tr("Answer not saved"), str(error))
        self.refresh()
        self.statusChanged.emit()

    def _set_review_days(self, days: int) -> None:
        try:
            self.progress.set_review_days(days)
        except SetupError as error:
            self._dialogs.warn(self.wizard, _tr("Review period not changed"), str(error))
        self.refresh()
        self.statusChanged.emit()

    def _open_clock_check(self) -> None:
        from kraken_guard.core.setup.clock_check import ClockCheck, qr_png

        self._close_clock_check()
        self.clock_check = ClockCheck(self._now)
        self.wizard.clock_page.show_challenge(
            qr_png(self.clock_check.provisioning_uri(), scale=4), self.clock_check.secret
        )

    def _close_clock_check(self) -> None:
        if self.clock_check is not None:
            self.clock_check.close()
            self.clock_check = None
        if self._wizard is not None:
            self._wizard.clock_page.forget()

    def _check_code(self, typed: str) -> None:
        if self.clock_check is None:
            return
        result = self.clock_check.check(typed)
        text = QCoreApplication.translate("clock_check", result.message).format(
            seconds=result.seconds
        )
        verdict = "no_match" if not result.matched else "off" if result.offset_steps else "in_step"
        self.wizard.clock_page.show_result(verdict, text)

    def export_progress(self) -> None:
        path = self._dialogs.choose_save_file(
            self.wizard,
            _tr("Export progress"),
            "kraken-guard-progress.json",
            _tr("Progress files (*.json)"),
        )
        if path is None:
            return
        try:
            count = export_progress(self.progress, path, self._now)
        except TransferError as error:
            self._dialogs.warn(self.wizard, _tr("Progress not exported"), str(error))
            return
        self._dialogs.inform(
            self.wizard,
            _tr("Progress exported"),
            _tr("Saved {count} answers to {path}.").format(count=count, path=path),
        )

    def import_progress(self) -> None:
        path = self._dialogs.choose_open_file(
            self.wizard, _tr("Import progress"), _tr("Progress files (*.json)")
        )
        if path is None:
            return
        if not self._dialogs.confirm(
            self.wizard,
            _tr("Replace your progress?"),
            _tr("Your answers here will be replaced by the ones in {name}.").format(name=path.name),
            _tr("Replace my answers"),
        ):
            return
        try:
            count = import_progress(self.progress, path)
        except TransferError as error:
            self._dialogs.warn(self.wizard, _tr("Progress not imported"), str(error))
            return
        self.refresh()
        self.statusChanged.emit()
        self._dialogs.inform(
            self.wizard,
            _tr("Progress imported"),
            _tr("Loaded {count} answers from {name}.").format(count=count, name=path.name),
        )

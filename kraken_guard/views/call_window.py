"""The in-call window: a pinned action card, then the questions and lists, or the recovery steps."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kraken_guard.core.call.checklist import CallAnswers, CallAssessment, CallContent, assess
from kraken_guard.views.call_number import CallingNumber, CheckNumber
from kraken_guard.views.call_recovery import RecoveryView
from kraken_guard.views.call_toggles import CALL_SCALE, ToggleList, YesNoQuestion
from kraken_guard.views.call_verdict import RemoteAccessWarning, VerdictPanel
from kraken_guard.views.design_tokens import space
from kraken_guard.views.widgets import big_button, paragraph, scale_font

FONT_SCALE = CALL_SCALE  # larger, calmer text than the rest of the app


class CallWindow(QWidget):
    """Reports what the person did through signals; never saves or opens anything itself.

    Layout, top to bottom: the pinned action card (never scrolls, never moves); a remote-access
    warning when one runs; a view that scrolls — the checklist, or the recovery steps after
    "I already gave them…"; and a bottom bar with "Save this call" and the keep-on-top toggle.
    """

    opened = Signal()
    closed = Signal()
    hungUp = Signal()
    saveRequested = Signal()
    keepOnTopChanged = Signal(bool)
    lockRequested = Signal()  # "Lock your account first": open Kraken Support's live chat
    check_email_requested = Signal()  # "Check the confirmation email" (wired by the controller)
    check_text_requested = Signal()  # "They gave me something" (wired by the controller)

    def __init__(
        self, check_number: CheckNumber, content: CallContent, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("call_window")
        self.setWindowTitle(self.tr("Someone is calling me — Kraken Guard"))
        scale_font(self, FONT_SCALE)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(space(2), space(2), space(2), space(1))
        outer.setSpacing(space(1))
        self.content_language = content.language
        self._email_not_from_kraken = False
        self.verdict = VerdictPanel(content.hang_up_line, self)
        self.card = self.verdict
        outer.addWidget(self.verdict)
        self.remote = RemoteAccessWarning(content.close_steps, self)
        outer.addWidget(self.remote)

        self.views = QStackedWidget(self)
        self.views.setObjectName("call_views")
        outer.addWidget(self.views, 1)
        self.checklist_scroll = self._scroller("call_scroll")
        self.views.addWidget(self.checklist_scroll)
        body = QWidget(self.checklist_scroll)
        self.checklist_scroll.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, space(1), space(1), space(1))
        column.setSpacing(space(2))
        self.remote.details.setParent(body)
        column.addWidget(self.remote.details)

        self.asked_for_call = YesNoQuestion(
            "call_q_requested", self.tr("1. Did you ask Kraken Support to call you?"), body
        )
        self.got_email = YesNoQuestion(
            "call_q_email",
            self.tr("2. Did you get an email from Kraken with the time of this call?"),
            body,
        )
        self.number = CallingNumber(check_number, body)
        self.number.checked.connect(self.refresh_verdict)
        self.asked_for = ToggleList(
            "call_asked",
            self.tr("They asked for this:"),
            content.never_ask,
            "never_ask",
            body,
        )
        self.red_flags = ToggleList(
            "call_red_flags",
            self.tr("They said this:"),
            content.red_flags,
            "red_flags",
            body,
        )
        # The "why" sits below the lists: ticking a box above it never moves that box.
        self.verdict.details.setParent(body)
        self.ticket = paragraph(
            self.tr(
                "Good. Kraken Support is opening in your browser. Send a ticket about this "
                "call: choose “Report suspicious activity”. Then save the call below."
            ),
            body,
        )
        self.ticket.setObjectName("call_ticket_advice")
        self.ticket.hide()
        for widget in (
            self.asked_for_call,
            self.got_email,
            self.number,
            self.asked_for,
            self.red_flags,
            self.verdict.details,
            self.ticket,
        ):
            column.addWidget(widget)
        column.addLayout(self._notes_box(body))
        column.addStretch(1)

        self.recovery = RecoveryView(content.after_sharing, self)
        recovery_scroll = self._scroller("call_recovery_scroll")
        recovery_scroll.setWidget(self.recovery)
        self.views.addWidget(recovery_scroll)

        outer.addWidget(self._bottom_bar())

        for question in (self.asked_for_call, self.got_email):
            question.changed.connect(self.refresh_verdict)
        self.asked_for.changed.connect(self.refresh_verdict)
        self.red_flags.changed.connect(self.refresh_verdict)
        self.recovery.sharedChanged.connect(self.refresh_verdict)
        self.recovery.lockRequested.connect(self.lockRequested)
        self.recovery.backRequested.connect(lambda: self.verdict.gave.setChecked(False))
        self.verdict.hungUp.connect(self._on_hung_up)
        self.verdict.gaveToggled.connect(self._on_gave)
        self.verdict.check_email_requested.connect(self.check_email_requested)
        self.verdict.check_text_requested.connect(self.check_text_requested)
        self.keep_on_top.toggled.connect(self._on_keep_on_top)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self._set_tab_order()
        self.refresh_verdict()
        self._fit_to_screen()

    def _scroller(self, name: str) -> QScrollArea:
        scroll = QScrollArea(self)
        scroll.setObjectName(name)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stops on the controls, not the page
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _notes_box(self, parent: QWidget) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(space(1))
        self.is_scam = QCheckBox(self.tr("This was a &scam call"), parent)
        self.is_scam.setObjectName("call_is_scam")
        self.is_scam.setAccessibleName(self.tr("This was a scam call"))
        # Follows the verdict until the person sets it themselves; then their choice stands.
        self._scam_set_by_person = False
        self.is_scam.clicked.connect(self._on_scam_clicked)
        notes_label = QLabel(self.tr("No&tes about the call (never codes or seed words)"), parent)
        notes_label.setWordWrap(True)
        self.notes = QPlainTextEdit(parent)
        self.notes.setObjectName("call_notes")
        self.notes.setAccessibleName(self.tr("Notes about the call"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().height() * 4)
        self.notes.setMaximumHeight(self.fontMetrics().height() * 8)
        notes_label.setBuddy(self.notes)
        for widget in (self.is_scam, notes_label, self.notes):
            box.addWidget(widget)
        return box

    def _bottom_bar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("call_bottom_bar")
        column = QVBoxLayout(bar)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(space(0.5))
        self.unsaved_note = paragraph(
            self.tr(
                "This call is not saved yet. Your answers are still here. "
                "When the call is over, press “Save this call”."
            ),
            bar,
        )
        self.unsaved_note.setObjectName("call_unsaved_note")
        self.unsaved_note.setAccessibleName(self.unsaved_note.text())
        self.unsaved_note.hide()
        self.saved = paragraph("", bar)
        self.saved.setObjectName("call_saved")
        self.saved.hide()
        row = QHBoxLayout()
        self.keep_on_top = QCheckBox(self.tr("&Keep this window on top"), bar)
        self.keep_on_top.setObjectName("call_keep_on_top")
        self.keep_on_top.setAccessibleName(self.tr("Keep this window on top"))
        scale_font(self.keep_on_top, 0.95)
        self.save = big_button(
            self.tr("Sa&ve this call"), "call_save", self.tr("Save this call"), bar
        )
        self.save.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.save.clicked.connect(self.saveRequested)
        row.addWidget(self.keep_on_top, 1)
        row.addWidget(self.save)
        for widget in (self.unsaved_note, self.saved):
            column.addWidget(widget)
        column.addLayout(row)
        return bar

    def set_extra_actions_available(self, email: bool, text: bool) -> None:
        """Show "Check the confirmation email" and "They gave me something" once wired."""
        self.verdict.set_extra_actions_available(email, text)
        self._set_tab_order()

    def _on_hung_up(self) -> None:
        self.verdict.gave.setChecked(False)
        self.ticket.show()
        self.hungUp.emit()
        self.checklist_scroll.ensureWidgetVisible(self.notes)

    def _on_gave(self, on: bool) -> None:
        self.views.setCurrentIndex(1 if on else 0)
        if on:
            self.recovery.lock.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh_verdict()

    def _set_tab_order(self) -> None:
        order: list[QWidget] = [
            *self.verdict.buttons(),
            self.asked_for_call.yes,
            self.asked_for_call.no,
            self.got_email.yes,
            self.got_email.no,
            self.number.field,
            *self.asked_for.focus_order(),
            *self.red_flags.focus_order(),
            self.is_scam,
            self.notes,
            *self.recovery.focus_order(),
            self.keep_on_top,
            self.save,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.fit_to(screen.availableGeometry())

    def fit_to(self, free: QRect) -> None:
        """Size from the font, capped to the free screen area `free`, and sit at its top right."""
        metrics = self.fontMetrics()
        width = min(metrics.averageCharWidth() * 66, free.width())
        height = min(metrics.height() * 40, int(free.height() * 0.95))
        margin = min(metrics.height(), space(2))
        self.move(free.right() - width - margin, free.top() + margin)
        self.resize(width, height)

    def answers(self) -> CallAnswers:
        return CallAnswers(
            self.asked_for_call.answer(),
            self.got_email.answer(),
            self.asked_for.checked_ids(),
            self.red_flags.checked_ids(),
            self.recovery.shared_ids(),
            reported_number=self.number.reported_as_scam(),
            email_not_from_kraken=self._email_not_from_kraken,
        )

    def set_email_checked(self, not_from_kraken: bool) -> None:
        """The confirmation email was checked: one that is not from Kraken makes this a scam."""
        self._email_not_from_kraken = not_from_kraken
        self.refresh_verdict()

    def assessment(self) -> CallAssessment:
        return assess(self.answers(), language=self.content_language)

    def refresh_verdict(self) -> None:
        result = self.assessment()
        self.verdict.show_assessment(result)
        if not self._scam_set_by_person:
            self.is_scam.setChecked(result.verdict.value == "hang_up")

    def _on_scam_clicked(self) -> None:
        self._scam_set_by_person = True

    def set_remote_tools(self, titles: Sequence[str]) -> None:
        self.remote.show_tools(titles)

    def set_keep_on_top(self, on: bool) -> None:
        self.keep_on_top.setChecked(on)
        self._on_keep_on_top(on)

    def keeps_on_top(self) -> bool:
        return bool(self.windowFlags() & Qt.WindowType.WindowStaysOnTopHint)

    def _on_keep_on_top(self, on: bool) -> None:
        if self.keeps_on_top() == on:
            return
        visible = self.isVisible()
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        if visible:  # changing window flags hides a window: show it again
            self.show()
        self.keepOnTopChanged.emit(on)

    def has_input(self) -> bool:
        """True when the person answered, ticked or typed anything for this call."""
        questions = (self.asked_for_call, self.got_email)
        return (
            any(q.answer() is not None for q in questions)
            or bool(self.asked_for.checked_ids() or self.red_flags.checked_ids())
            or bool(self.recovery.shared_ids())
            or bool(self.number.text().strip() or self.notes.toPlainText().strip())
        )

    def show_unsaved_note(self, on: bool) -> None:
        self.unsaved_note.setVisible(on)

    def show_saved(self, text: str) -> None:
        self.unsaved_note.hide()
        self.saved.setText(text)
        self.saved.setAccessibleName(text)
        self.saved.show()

    def clear_call(self) -> None:
        """Empty every answer, ready for a new call."""
        for question in (self.asked_for_call, self.got_email):
            question.clear()
        self.asked_for.clear()
        self.red_flags.clear()
        self.recovery.clear()
        self.verdict.gave.setChecked(False)
        self.ticket.hide()
        self.number.clear()
        self.notes.clear()
        self._scam_set_by_person = False
        self._email_not_from_kraken = False
        self.is_scam.setChecked(False)
        self.saved.hide()
        self.unsaved_note.hide()
        self.refresh_verdict()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.opened.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc only hides the window: the answers stay until the call is saved (README decisions).
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()

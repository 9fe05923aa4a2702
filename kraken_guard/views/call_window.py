"""The compact in-call window: verdict first, then the questions, toggles and what to do next."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
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
    QVBoxLayout,
    QWidget,
)

from kraken_guard.core.call.checklist import CallAnswers, CallAssessment, CallContent, assess
from kraken_guard.views.call_after import AfterCallPanel, big_button
from kraken_guard.views.call_number import CallingNumber, CheckNumber
from kraken_guard.views.call_toggles import ToggleList, YesNoQuestion
from kraken_guard.views.call_verdict import RemoteAccessWarning, VerdictPanel
from kraken_guard.views.widgets import paragraph

FONT_SCALE = 1.15  # larger, calmer text than the rest of the app


class CallWindow(QWidget):
    """Reports what the person did through signals; never saves or opens anything itself."""

    opened = Signal()
    closed = Signal()
    hungUp = Signal()
    saveRequested = Signal()
    keepOnTopChanged = Signal(bool)

    def __init__(
        self, check_number: CheckNumber, content: CallContent, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("call_window")
        self.setWindowTitle(self.tr("Someone is calling me — Kraken Guard"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        self.setFont(font)

        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        outer.addLayout(top)
        self.keep_on_top = QCheckBox(self.tr("&Keep this window on top"), self)
        self.keep_on_top.setObjectName("call_keep_on_top")
        self.keep_on_top.setAccessibleName(self.tr("Keep this window on top"))
        top.addWidget(self.keep_on_top)
        top.addStretch(1)
        self.unsaved_note = paragraph(
            self.tr(
                "This call is not saved yet. Your answers are still here. "
                "When the call is over, press “Save this call”."
            ),
            self,
        )
        self.unsaved_note.setObjectName("call_unsaved_note")
        self.unsaved_note.setAccessibleName(self.unsaved_note.text())
        self.unsaved_note.hide()
        outer.addWidget(self.unsaved_note)

        self.content_language = content.language
        self.verdict = VerdictPanel(content.hang_up_line, self)
        outer.addWidget(self.verdict)
        self.remote = RemoteAccessWarning(content.close_steps, self)
        outer.addWidget(self.remote)

        scroll = QScrollArea(self)
        scroll.setObjectName("call_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stops on the controls, not the page
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll, 1)
        body = QWidget(scroll)
        scroll.setWidget(body)
        column = QVBoxLayout(body)
        for details in (self.remote.details, self.verdict.details):
            details.setParent(body)
            column.addWidget(details)
        rule = QFrame(body)
        rule.setFrameShape(QFrame.Shape.HLine)
        column.addSpacing(self.fontMetrics().height() // 2)
        column.addWidget(rule)

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
        self.after = AfterCallPanel(content.after_sharing, body)
        for widget in (
            self.asked_for_call,
            self.got_email,
            self.number,
            self.asked_for,
            self.red_flags,
            self.after,
        ):
            column.addWidget(widget)
            column.addSpacing(self.fontMetrics().height() // 2)
        column.addLayout(self._save_box(body))
        column.addStretch(1)

        for question in (self.asked_for_call, self.got_email):
            question.changed.connect(self.refresh_verdict)
        self.asked_for.changed.connect(self.refresh_verdict)
        self.red_flags.changed.connect(self.refresh_verdict)
        self.after.sharedChanged.connect(self.refresh_verdict)
        self.after.hungUp.connect(self.hungUp)
        self.keep_on_top.toggled.connect(self._on_keep_on_top)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self._set_tab_order()
        self.refresh_verdict()
        self._fit_to_screen()

    def _save_box(self, parent: QWidget) -> QVBoxLayout:
        box = QVBoxLayout()
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
        self.save = big_button(
            self.tr("Sa&ve this call"), "call_save", self.tr("Save this call"), parent
        )
        self.save.clicked.connect(self.saveRequested)
        self.saved = paragraph("", parent)
        self.saved.setObjectName("call_saved")
        self.saved.hide()
        for widget in (self.is_scam, notes_label, self.notes, self.save, self.saved):
            box.addWidget(widget)
        return box

    def _set_tab_order(self) -> None:
        order: list[QWidget] = [
            self.keep_on_top,
            self.asked_for_call.yes,
            self.asked_for_call.no,
            self.got_email.yes,
            self.got_email.no,
            self.number.field,
            *self.asked_for.focus_order(),
            *self.red_flags.focus_order(),
            *self.after.focus_order(),
            self.is_scam,
            self.notes,
            self.save,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _fit_to_screen(self) -> None:
        # Measured from the font so a large font gets a larger window, capped to the screen.
        width = self.fontMetrics().averageCharWidth() * 62
        height = self.fontMetrics().height() * 40
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, free.width()), min(height, int(free.height() * 0.9))
            # Top right, out of the way of the main window and fully on the screen.
            margin = self.fontMetrics().height()
            self.move(free.right() - width - margin, free.top() + margin)
        self.resize(width, height)

    def answers(self) -> CallAnswers:
        return CallAnswers(
            self.asked_for_call.answer(),
            self.got_email.answer(),
            self.asked_for.checked_ids(),
            self.red_flags.checked_ids(),
            self.after.shared_ids(),
            reported_number=self.number.reported_as_scam(),
        )

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
            or self.after.gave.isChecked()
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
        self.after.clear()
        self.number.clear()
        self.notes.clear()
        self._scam_set_by_person = False
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

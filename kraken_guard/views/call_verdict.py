"""The top of the call window: the pinned action card, and the remote-access warning."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QVBoxLayout, QWidget

from kraken_guard.core.call.checklist import CONTEXT, HEADLINES, CallAssessment, CallVerdict
from kraken_guard.views.call_toggles import CALL_SCALE
from kraken_guard.views.design_tokens import space
from kraken_guard.views.verdict import VerdictBox
from kraken_guard.views.widgets import big_button, heading, paragraph, scale_font

KINDS = {
    CallVerdict.ANSWER_FIRST: "info",
    CallVerdict.HANG_UP: "danger",
    CallVerdict.STAY_ALERT: "warning",
}


class VerdictPanel(VerdictBox):
    """The pinned action card: what to do now, the one sentence to say, and the big buttons.

    It never scrolls and never moves: the window keeps it at the top, its headline and
    sentence reserve the height of their longest wording, and the reasons (the "why") live in
    `details`, which the window places below the questions, so ticking a box moves nothing.
    Shows a CallAssessment never by colour alone: an icon shape, a headline and words.

    Buttons: `hung_up`, `gave` (checkable: it shows the recovery view), and two extra actions
    other features wire later, hidden until `set_extra_actions_available` says they work.
    """

    hungUp = Signal()
    gaveToggled = Signal(bool)
    check_email_requested = Signal()
    check_text_requested = Signal()

    def __init__(self, hang_up_line: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, 1.5 * CALL_SCALE)
        self.setObjectName("call_verdict")
        self.headline.setObjectName("call_verdict_headline")
        self.icon.setObjectName("call_verdict_icon")
        self.details = QWidget(parent)
        self.details.setObjectName("call_verdict_details")
        column = QVBoxLayout(self.details)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(self.tr("Why"), 1.15 * CALL_SCALE, self.details))
        # The box's own explanation and reasons move into `details`; the box still fills them.
        self.explanation = self.detail
        self.explanation.setObjectName("call_verdict_explanation")
        self.reasons.setObjectName("call_verdict_reasons")
        for label in (self.explanation, self.reasons):
            label.setParent(self.details)
            column.addWidget(label)
        self._line = QCoreApplication.translate("in_call_steps", hang_up_line)
        self.say = paragraph("", self)
        self.say.setObjectName("call_hang_up_line")
        scale_font(self.say, 1.1 * CALL_SCALE, bold=True)
        self.column.insertWidget(1, self.say)

        self.hung_up = big_button(
            self.tr("I &hung up"), "call_hung_up", self.tr("I hung up"), self, "primary"
        )
        self.gave = big_button(
            self.tr("I already &gave them…"),
            "call_gave",
            self.tr("I already gave them something"),
            self,
        )
        self.gave.setCheckable(True)
        self.check_email = big_button(
            self.tr("Check the confirmation &email"),
            "call_check_email",
            self.tr("Check the confirmation email"),
            self,
        )
        self.check_text = big_button(
            self.tr("They gave &me something"),
            "call_check_text",
            self.tr("They gave me something to check"),
            self,
        )
        self.check_text.setToolTip(self.tr("A link, a number or a message they sent or read out"))
        grid = QGridLayout()
        grid.setSpacing(space(1))
        grid.addWidget(self.hung_up, 0, 0)
        grid.addWidget(self.gave, 0, 1)
        grid.addWidget(self.check_email, 1, 0)
        grid.addWidget(self.check_text, 1, 1)
        self.column.addSpacing(space(1))
        self.column.addLayout(grid)
        self.set_extra_actions_available(False, False)
        self.hung_up.clicked.connect(self.hungUp)
        self.gave.toggled.connect(self.gaveToggled)
        self.check_email.clicked.connect(self.check_email_requested)
        self.check_text.clicked.connect(self.check_text_requested)
        self.verdict: CallVerdict | None = None

    def set_extra_actions_available(self, email: bool, text: bool) -> None:
        """Show "Check the confirmation email" / "They gave me something" only when wired."""
        self.check_email.setVisible(email)
        self.check_text.setVisible(text)

    def buttons(self) -> list[QPushButton]:
        shown = [self.hung_up, self.gave, self.check_email, self.check_text]
        return [b for b in shown if not b.isHidden()]

    def _say_text(self, verdict: CallVerdict) -> str:
        if verdict is CallVerdict.HANG_UP:
            return self.tr("Say this, then hang up: “{line}”").format(line=self._line)
        return self.tr("If they ask for a code or a password, say: “{line}”").format(
            line=self._line
        )

    def show_assessment(self, assessment: CallAssessment) -> None:
        self.verdict = assessment.verdict
        self.show_verdict(
            KINDS[assessment.verdict],
            QCoreApplication.translate(CONTEXT, assessment.headline),
            QCoreApplication.translate(CONTEXT, assessment.explanation),
            self._reasons(assessment),
        )
        # The explanation and reasons sit in `details`: keep them shown even when the box
        # hides its own empty labels.
        self.reasons.setAccessibleName(self.reasons.text())
        self.say.setText(self._say_text(assessment.verdict))
        self.say.setAccessibleName(self.say.text())
        self.setAccessibleDescription(f"{self.say.text()} {self.explanation.text()}")

    def event(self, event: QEvent) -> bool:
        # Not resizeEvent()/changeEvent(): see views/widgets.py.
        handled = super().event(event)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self._reserve_heights()
        return handled

    def _reserve_heights(self) -> None:
        """Headline and sentence keep the height of their longest wording: the card never jumps."""
        headlines = [QCoreApplication.translate(CONTEXT, h) for h in HEADLINES.values()]
        says = [self._say_text(v) for v in CallVerdict]
        for label, texts in ((self.headline, headlines), (self.say, says)):
            width = label.width()
            if width <= 0:
                continue
            metrics = QFontMetrics(label.font())
            flags = int(Qt.TextFlag.TextWordWrap)
            tallest = max(
                metrics.boundingRect(QRect(0, 0, width, 100000), flags, t).height() for t in texts
            )
            if label.minimumHeight() != tallest:
                label.setMinimumHeight(tallest)

    @staticmethod
    def _reasons(assessment: CallAssessment) -> list[str]:
        return [
            QCoreApplication.translate(CONTEXT, r.template).format(
                item=QCoreApplication.translate(r.item_context, r.item_title)
                if r.item_context
                else r.item_title
            )
            for r in assessment.reasons
        ]


CallActionCard = VerdictPanel  # the name other features use for the pinned card


class RemoteAccessWarning(VerdictBox):
    """A prominent banner while a remote-access app runs; `details` says how to close it now."""

    def __init__(self, close_steps: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent, 1.2 * CALL_SCALE)
        self.setObjectName("remote_warning")
        self.headline.setObjectName("remote_warning_headline")
        translated = [QCoreApplication.translate("remote_access_tools", s) for s in close_steps]
        self.steps = paragraph(
            "\n".join([translated[0], *[f"{n}. {s}" for n, s in enumerate(translated[1:], 1)]]),
            parent,
        )
        self.steps.setObjectName("remote_warning_steps")
        self.steps.setFrameShape(QFrame.Shape.Box)
        self.steps.setMargin(self.fontMetrics().height() // 2)
        font = self.steps.font()
        font.setBold(True)
        self.steps.setFont(font)
        self.details = self.steps
        self.steps.hide()

    def show_tools(self, titles: Sequence[str]) -> None:
        self.steps.setVisible(bool(titles))
        if not titles:
            self.clear()
            return
        text = self.tr("{apps} is running. Close it now.").format(apps=", ".join(titles))
        self.show_verdict("warning", text)

"""The top of the call window: the verdict with an icon, a headline, the reasons and what to say."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kraken_guard.core.call.checklist import CONTEXT, CallAssessment, CallVerdict
from kraken_guard.views.verdict import VerdictBox
from kraken_guard.views.widgets import paragraph

KINDS = {
    CallVerdict.ANSWER_FIRST: "info",
    CallVerdict.HANG_UP: "danger",
    CallVerdict.STAY_ALERT: "warning",
}


class VerdictPanel(VerdictBox):
    """Shows a CallAssessment: never by colour alone, always icon, headline and text.

    The icon and headline stay pinned at the top of the window; `details` (why, and what to
    say) is placed by the window inside its scroll area, so a large font never hides the
    checklist.
    """

    def __init__(self, hang_up_line: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, 1.6)
        self.setObjectName("call_verdict")
        self.headline.setObjectName("call_verdict_headline")
        self.icon.setObjectName("call_verdict_icon")
        self.details = QWidget(parent)
        self.details.setObjectName("call_verdict_details")
        column = QVBoxLayout(self.details)
        column.setContentsMargins(0, 0, 0, 0)
        # The box's own explanation and reasons move into `details`; the box still fills them.
        self.explanation = self.detail
        self.explanation.setObjectName("call_verdict_explanation")
        self.reasons.setObjectName("call_verdict_reasons")
        for label in (self.explanation, self.reasons):
            label.setParent(self.details)
            column.addWidget(label)
        self.say = paragraph(
            self.tr("Say this, then hang up: “{line}”").format(
                line=QCoreApplication.translate("in_call_steps", hang_up_line)
            ),
            self.details,
        )
        self.say.setObjectName("call_hang_up_line")
        font = self.say.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.say.setFont(font)
        column.addWidget(self.say)
        self.verdict: CallVerdict | None = None

    def show_assessment(self, assessment: CallAssessment) -> None:
        self.verdict = assessment.verdict
        self.show_verdict(
            KINDS[assessment.verdict],
            QCoreApplication.translate(CONTEXT, assessment.headline),
            QCoreApplication.translate(CONTEXT, assessment.explanation),
            self._reasons(assessment),
        )
        self.reasons.setAccessibleName(self.reasons.text())
        self.say.setVisible(assessment.verdict is CallVerdict.HANG_UP)

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


class RemoteAccessWarning(VerdictBox):
    """A prominent banner while a remote-access app runs; `details` says how to close it now."""

    def __init__(self, close_steps: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent, 1.2)
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

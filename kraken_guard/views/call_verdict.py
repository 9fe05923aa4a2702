"""The top of the call window: the verdict with an icon, a headline, the reasons and what to say."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from kraken_guard.core.call_checklist import CONTEXT, CallAssessment, CallVerdict
from kraken_guard.views.widgets import heading, paragraph

ICONS = {
    CallVerdict.ANSWER_FIRST: QStyle.StandardPixmap.SP_MessageBoxQuestion,
    CallVerdict.HANG_UP: QStyle.StandardPixmap.SP_MessageBoxCritical,
    CallVerdict.STAY_ALERT: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def icon_label(parent: QWidget, pixmap: QStyle.StandardPixmap, scale: float = 3.0) -> QLabel:
    label = QLabel(parent)
    size = int(label.fontMetrics().height() * scale)
    label.setPixmap(parent.style().standardIcon(pixmap).pixmap(size, size))
    return label


class VerdictPanel(QFrame):
    """Shows a CallAssessment: never by colour alone, always icon, headline and text.

    The icon and headline stay pinned at the top of the window; `details` (why, and what to
    say) is placed by the window inside its scroll area, so a large font never hides the
    checklist.
    """

    def __init__(self, hang_up_line: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("call_verdict")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QHBoxLayout(self)
        self.icon = QLabel(self)
        self.icon.setObjectName("call_verdict_icon")
        outer.addWidget(self.icon, 0)
        self.headline = heading("", 1.6, self)
        self.headline.setObjectName("call_verdict_headline")
        outer.addWidget(self.headline, 1)
        self.details = QWidget(parent)
        self.details.setObjectName("call_verdict_details")
        column = QVBoxLayout(self.details)
        column.setContentsMargins(0, 0, 0, 0)
        self.explanation = paragraph("", self.details)
        self.explanation.setObjectName("call_verdict_explanation")
        self.reasons = paragraph("", self.details)
        self.reasons.setObjectName("call_verdict_reasons")
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
        for label in (self.explanation, self.reasons, self.say):
            column.addWidget(label)
        self.verdict: CallVerdict | None = None

    def show_assessment(self, assessment: CallAssessment) -> None:
        self.verdict = assessment.verdict
        size = self.headline.fontMetrics().height() * 2
        self.icon.setPixmap(self.style().standardIcon(ICONS[assessment.verdict]).pixmap(size, size))
        headline = QCoreApplication.translate(CONTEXT, assessment.headline)
        self.headline.setText(headline)
        self.headline.setAccessibleName(headline)
        self.icon.setAccessibleName(headline)
        self.explanation.setText(QCoreApplication.translate(CONTEXT, assessment.explanation))
        self.reasons.setText(self._reason_lines(assessment))
        self.reasons.setAccessibleName(self.reasons.text())
        self.reasons.setVisible(bool(assessment.reasons))
        self.say.setVisible(assessment.verdict is CallVerdict.HANG_UP)

    @staticmethod
    def _reason_lines(assessment: CallAssessment) -> str:
        lines: Sequence[str] = [
            "•  "
            + QCoreApplication.translate(CONTEXT, r.template).format(
                item=QCoreApplication.translate(r.item_context, r.item_title)
                if r.item_context
                else r.item_title
            )
            for r in assessment.reasons
        ]
        return "\n".join(lines)


class RemoteAccessWarning(QFrame):
    """A prominent banner while a remote-access app runs; `details` says how to close it now."""

    def __init__(self, close_steps: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remote_warning")
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(2)
        outer = QHBoxLayout(self)
        outer.addWidget(icon_label(self, QStyle.StandardPixmap.SP_MessageBoxWarning, 1.6), 0)
        self.headline = heading("", 1.2, self)
        self.headline.setObjectName("remote_warning_headline")
        outer.addWidget(self.headline, 1)
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
        self.hide()
        self.steps.hide()

    def show_tools(self, titles: Sequence[str]) -> None:
        self.setVisible(bool(titles))
        self.steps.setVisible(bool(titles))
        if not titles:
            return
        text = self.tr("{apps} is running. Close it now.").format(apps=", ".join(titles))
        self.headline.setText(text)
        self.headline.setAccessibleName(text)

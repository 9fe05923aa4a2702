"""A verdict shown with an icon, a headline and words, never by colour alone."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from kraken_guard.views.widgets import heading, paragraph

ICONS = {
    "good": QStyle.StandardPixmap.SP_DialogApplyButton,
    "danger": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class VerdictBox(QWidget):
    """Icon, headline, optional detail line, a list of reasons and the next step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel(self)
        self.icon.setObjectName("verdict_icon")
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        self.headline = heading("", 1.3, self)
        self.headline.setObjectName("verdict_headline")
        self.detail = paragraph("", self)
        self.detail.setObjectName("verdict_detail")
        self.reasons = paragraph("", self)
        self.reasons.setObjectName("verdict_reasons")
        self.next_step = paragraph("", self)
        self.next_step.setObjectName("verdict_next")
        bold = self.next_step.font()
        bold.setBold(True)
        self.next_step.setFont(bold)
        for label in (self.headline, self.detail, self.reasons, self.next_step):
            column.addWidget(label)
        outer.addLayout(column, 1)
        self.hide()

    def show_verdict(
        self,
        kind: str,
        headline: str,
        detail: str = "",
        reasons: Sequence[str] = (),
        next_step: str = "",
    ) -> None:
        size = self.fontMetrics().height() * 2
        self.icon.setPixmap(self.style().standardIcon(ICONS[kind]).pixmap(size, size))
        self.icon.setAccessibleName(kind)
        self.headline.setText(headline)
        self.headline.setAccessibleName(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.reasons.setText("\n".join(f"•  {reason}" for reason in reasons))
        self.reasons.setVisible(bool(reasons))
        self.next_step.setText(next_step)
        self.next_step.setVisible(bool(next_step))
        self.setAccessibleName(headline)
        self.show()

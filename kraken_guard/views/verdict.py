"""The one verdict display: an icon, a headline and words, never colour alone.

Pages call `show_verdict(kind, headline, detail, reasons, next_step)` and `clear()`; the kind
picks the standard icon, the words a screen reader says for it, and the border colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from kraken_guard.views.widgets import heading, paragraph

Pixmap = QStyle.StandardPixmap
# kind: (icon, border colour). The icon shape and the headline carry the meaning.
LOOKS = {
    "ok": (Pixmap.SP_DialogApplyButton, "#2e7d32"),
    "info": (Pixmap.SP_MessageBoxInformation, "#1f6feb"),
    "warning": (Pixmap.SP_MessageBoxWarning, "#b26a00"),
    "danger": (Pixmap.SP_MessageBoxCritical, "#c62828"),
}
ALIASES = {"good": "ok"}
KINDS = tuple(LOOKS)


class VerdictBox(QFrame):
    """Icon, headline, optional detail text, a list of reasons and the next step (bold).

    Hidden until `show_verdict`; `clear()` empties and hides it. With `framed=False` the box
    has no border, for places that already sit in a frame.
    """

    def __init__(
        self, parent: QWidget | None = None, headline_scale: float = 1.3, framed: bool = True
    ) -> None:
        super().__init__(parent)
        self._framed = framed
        self._icon_scale = 1 + headline_scale  # in lines of body text, so it follows the font
        self.kind = ""
        outer = QHBoxLayout(self)
        margin = self.fontMetrics().height() // 2 if framed else 0
        outer.setContentsMargins(margin, margin, margin, margin)
        self.icon = QLabel(self)
        self.icon.setObjectName("verdict_icon")
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        self.headline = heading("", headline_scale, self)
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
        self.clear()

    def kind_name(self, kind: str) -> str:
        """What a screen reader says for the icon."""
        names = {
            "ok": self.tr("Looks safe"),
            "info": self.tr("Information"),
            "warning": self.tr("Warning"),
            "danger": self.tr("Danger"),
        }
        return names[kind]

    def show_verdict(
        self,
        kind: str,
        headline: str,
        detail: str = "",
        reasons: Sequence[str] = (),
        next_step: str = "",
    ) -> None:
        """Show a verdict; `kind` is one of KINDS ("good" is taken as "ok")."""
        self.kind = ALIASES.get(kind, kind)
        self._paint_icon()
        description = self.kind_name(self.kind)
        self.icon.setAccessibleName(description)
        self.headline.setText(headline)
        self.headline.setAccessibleName(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.reasons.setText("\n".join(f"•  {reason}" for reason in reasons))
        self.reasons.setVisible(bool(reasons))
        self.next_step.setText(next_step)
        self.next_step.setVisible(bool(next_step))
        self.setAccessibleName(headline)
        self.setAccessibleDescription(
            " ".join(part for part in (description + ".", detail, next_step) if part)
        )
        if self._framed:
            colour = LOOKS[self.kind][1]
            self.setStyleSheet(f"VerdictBox {{ border: 2px solid {colour}; border-radius: 6px; }}")
        self.show()

    def clear(self) -> None:
        """Empty and hide the box, so an old verdict never answers a new question."""
        self.kind = ""
        self.icon.clear()
        for label in (self.headline, self.detail, self.reasons, self.next_step):
            label.clear()
        self.setAccessibleName("")
        self.setAccessibleDescription("")
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        # The icon follows the text size when the font changes.
        if event.type() == QEvent.Type.FontChange and self.kind:
            self._paint_icon()
        super().changeEvent(event)

    def _paint_icon(self) -> None:
        size = round(self.fontMetrics().height() * self._icon_scale)
        pixmap = self.style().standardIcon(LOOKS[self.kind][0]).pixmap(size, size)
        self.icon.setPixmap(pixmap)

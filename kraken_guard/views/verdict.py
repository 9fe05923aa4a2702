"""The one verdict display: a filled card that leads with what to do now, then says why.

Pages call `show_verdict(kind, headline, detail, reasons, next_step)` (or the same through
`VerdictCard.show_card(kind, do_now, why, reasons, then)`) and `clear()`. The headline is
what to do now ("Hang up", "Do not open this link"); `detail` and `reasons` say why. The kind
picks the app's own icon (its shape carries the meaning, never colour alone), the words a
screen reader says for it, and the card's fill and border from the design tokens.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kraken_guard.views.design_tokens import RADIUS_CARD, space
from kraken_guard.views.theme import scheme_of, tinted_pixmap
from kraken_guard.views.widgets import heading, paragraph, rescale

# kind: the app's own icon (resources/icons/verdict-*.svg); each has its own shape.
ICONS = {
    "ok": "verdict-ok",
    "info": "verdict-info",
    "warning": "verdict-warning",
    "danger": "verdict-danger",
}
ALIASES = {"good": "ok"}
KINDS = tuple(ICONS)


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
        self._painted_in = ""
        outer = QHBoxLayout(self)
        margin = space(2) if framed else 0
        outer.setContentsMargins(margin, margin, margin, margin)
        outer.setSpacing(space(2))
        self.icon = QLabel(self)
        self.icon.setObjectName("verdict_icon")
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        self.column = column  # subclasses add their own rows (the call window's buttons)
        column.setSpacing(space(1))
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
            "ok": self.tr("Good sign"),
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
        self._paint_card()
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

    def event(self, event: QEvent) -> bool:
        # The icon follows the text size (a change of scheme comes through follow_scheme).
        handled = super().event(event)
        if event.type() == QEvent.Type.FontChange and self.kind:
            self._paint_icon()
        return handled

    def _paint_icon(self) -> None:
        size = round(self.fontMetrics().height() * self._icon_scale)
        colour = scheme_of(self).verdict(self.kind).icon
        ratio = self.devicePixelRatioF()
        self.icon.setPixmap(tinted_pixmap(ICONS[self.kind], colour, size, ratio))
        self.icon.setFixedSize(size, size)

    def follow_scheme(self) -> None:
        """Repaint icon and card in the app's scheme (theme.apply_theme calls this)."""
        if self.kind:
            self._paint_icon()
            self._paint_card()

    def _paint_card(self) -> None:
        """Filled with the kind's colour from the tokens (the border keeps 3:1 on any page)."""
        scheme = scheme_of(self)
        self._painted_in = scheme.name
        colours = scheme.verdict(self.kind)
        name = self.objectName() or "verdict"
        self.setObjectName(name)
        border = f"border: 2px solid {colours.border};" if self._framed else "border: none;"
        fill = f"background: {colours.fill};" if self._framed else ""
        text = colours.text if self._framed else scheme.text
        self.setStyleSheet(
            f"#{name} {{ {fill} {border} border-radius: {RADIUS_CARD}px; }}"
            f"#{name} QLabel {{ color: {text}; background: transparent; }}"
        )
        for child in self.findChildren(QWidget):  # re-polishing put back their first font
            rescale(child)


class VerdictCard(VerdictBox):
    """A filled verdict card that leads with what to do now, then says why.

    `show_card(kind, do_now, why, reasons, then)` is `show_verdict` with names that say the
    order: the headline is the action ("Hang up"), `why` and `reasons` follow, `then` is the
    next step (bold). Other pages use it for email, link and message verdicts alike.
    """

    def show_card(
        self,
        kind: str,
        do_now: str,
        why: str = "",
        reasons: Sequence[str] = (),
        then: str = "",
    ) -> None:
        self.show_verdict(kind, do_now, why, reasons, then)

"""The one verdict display: a filled card that leads with what to do now, then says why.

Pages call `show_verdict(kind, headline, detail, reasons, next_step)` (or the same through
`VerdictCard.show_card(kind, do_now, why, reasons, then)`) and `clear()`. The headline is
what to do now ("Hang up", "Do not open this link"); `detail` and `reasons` say why. The kind
picks the app's own icon (its shape carries the meaning, never colour alone), the words a
screen reader says for it, and the card's fill and border from the design tokens.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kraken_guard.views.design_tokens import RADIUS_CARD, space
from kraken_guard.views.theme import scheme_of, tinted_pixmap
from kraken_guard.views.widgets import heading, paragraph

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

    def changeEvent(self, event: QEvent) -> None:
        # The icon follows the text size; icon and card follow a change of colour scheme.
        super().changeEvent(event)
        if not self.kind:
            return
        if event.type() == QEvent.Type.FontChange:
            self._paint_icon()
        elif (
            event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
            # Its own stylesheet sends these too: repaint only when the scheme really changed.
            and self._painted_in != scheme_of(self).name
        ):
            self._paint_icon()
            self._paint_card()

    def _paint_icon(self) -> None:
        size = round(self.fontMetrics().height() * self._icon_scale)
        colour = scheme_of(self).verdict(self.kind).icon
        ratio = self.devicePixelRatioF()
        self.icon.setPixmap(tinted_pixmap(ICONS[self.kind], colour, size, ratio))
        self.icon.setFixedSize(size, size)

    def _paint_card(self) -> None:
        """Text in the kind's colour from the tokens; `paintEvent` fills and outlines the card.

        No stylesheet of its own (setting one re-polishes every child on each verdict), and
        the labels get the colour themselves: with an app stylesheet, palettes do not pass
        from a parent to its children.
        """
        scheme = scheme_of(self)
        self._painted_in = scheme.name
        text = QColor(scheme.verdict(self.kind).text if self._framed else scheme.text)
        for label in self.findChildren(QLabel):
            palette = QPalette(label.palette())
            palette.setColor(QPalette.ColorRole.WindowText, text)
            palette.setColor(QPalette.ColorRole.Text, text)
            label.setPalette(palette)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.kind and self._painted_in != scheme_of(self).name:
            # The scheme changed (the app palette is new): recolour text and icon first.
            self._paint_card()
            self._paint_icon()
        if self._framed and self.kind:
            colours = scheme_of(self).verdict(self.kind)
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(colours.border), 2))
            painter.setBrush(QColor(colours.fill))
            box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
            painter.drawRoundedRect(box, RADIUS_CARD, RADIUS_CARD)
            painter.end()
        super().paintEvent(event)


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

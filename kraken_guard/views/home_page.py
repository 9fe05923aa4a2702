"""The first page, crisis first: the call card, the setup progress, then the other tools."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kraken_guard.views.design_tokens import TYPE_SCALE, space
from kraken_guard.views.theme import scheme_of, tinted_icon
from kraken_guard.views.verdict import VerdictBox
from kraken_guard.views.widgets import (
    action_button,
    has_property,
    heading,
    paragraph,
    plain,
    scale_font,
    set_role,
)


class HomePage(QWidget):
    """Crisis first: a large "Someone is calling me now" card, then setup progress, then tiles.

    `actions` are the app's feature actions; the call action becomes the large card, the setup
    action the progress card's button, the others smaller tiles. `buttons` lists one button per
    action, in the order given. `add_top_widget` puts another feature's widget (the "check
    anything" box) just below the call card.
    """

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_home")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(space(3), space(3), space(3), space(3))
        layout.setSpacing(space(2))
        self._layout = layout

        self.alert = VerdictBox(self)
        self.alert.setObjectName("trust_alert")
        layout.addWidget(self.alert)
        self.alert_button = QPushButton(self)  # what to do about the alert, when there is a way
        self.alert_button.setObjectName("trust_alert_action")
        self.alert_button.hide()
        self._alert_action: QAction | None = None
        self.alert_button.clicked.connect(self._trigger_alert_action)
        layout.addWidget(self.alert_button)

        by_name = {action.objectName(): action for action in actions}
        made: dict[str, QPushButton] = {}
        call = by_name.get("action_call")
        if call is not None:
            made["action_call"] = self._call_card(call)
        self._top_slot = layout.count()
        made.update(self._progress_card(by_name.get("action_setup")))
        self._tiles = QGridLayout()
        self._tiles.setSpacing(space(2))
        self._columns = 0
        others = [a for a in actions if a.objectName() not in ("action_call", "action_setup")]
        self.tiles = [self._tile(action) for action in others]
        for action, button in zip(others, self.tiles, strict=True):
            made[action.objectName()] = button
        self._place_tiles(2)
        layout.addLayout(self._tiles)
        layout.addStretch(1)
        self.buttons = [made[a.objectName()] for a in actions if a.objectName() in made]
        for first, second in pairwise(self.buttons):
            QWidget.setTabOrder(first, second)

    def _call_card(self, action: QAction) -> QPushButton:
        card = QFrame(self)
        card.setObjectName("home_call_card")
        set_role(card, "card")
        column = QVBoxLayout(card)
        column.setContentsMargins(space(3), space(3), space(3), space(3))
        column.setSpacing(space(1.5))
        text = self.tr("Someone is &calling me now")
        button = QPushButton(text, card)
        button.setObjectName("button_call")
        button.setAccessibleName(plain(text))
        button.setAccessibleDescription(action.toolTip())
        set_role(button, "primary")
        scale_font(button, TYPE_SCALE["title"], bold=True)
        button.setMinimumHeight(button.fontMetrics().height() * 2 + space(2))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setAutoDefault(True)
        self._set_icon(button, "phone", "on_primary")
        button.clicked.connect(action.trigger)
        column.addWidget(button)
        about = paragraph(
            self.tr(
                "A caller says they are Kraken Support? Open the checklist. It tells you what "
                "to say and when to hang up. Kraken never asks for a code or your password."
            ),
            card,
        )
        about.setObjectName("home_call_about")
        about.setBuddy(button)
        column.addWidget(about)
        self._layout.addWidget(card)
        self.call_card = card
        return button

    def _progress_card(self, setup: QAction | None) -> dict[str, QPushButton]:
        card = QFrame(self)
        card.setObjectName("home_setup_card")
        set_role(card, "card")
        column = QVBoxLayout(card)
        column.setContentsMargins(space(2), space(2), space(2), space(2))
        column.setSpacing(space(1))
        column.addWidget(heading(self.tr("Your security setup"), TYPE_SCALE["label"], card))
        self.headline = paragraph("", card)
        self.headline.setObjectName("status_headline")
        self.progress = QProgressBar(card)
        self.progress.setObjectName("setup_progress")
        self.progress.setAccessibleName(self.tr("Security setup progress"))
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.detail = paragraph("", card)
        self.detail.setObjectName("status_detail")
        self.next_step = paragraph("", card)
        self.next_step.setObjectName("status_next")
        for widget in (self.headline, self.progress, self.detail, self.next_step):
            column.addWidget(widget)
        made: dict[str, QPushButton] = {}
        if setup is not None:
            button = action_button(setup, card)
            button.setMinimumHeight(button.fontMetrics().height() * 2 + space(1))
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            self._set_icon(button, "shield", "primary")
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            made["action_setup"] = button
        self._layout.addWidget(card)
        return made

    def _tile(self, action: QAction) -> QPushButton:
        button = action_button(action, self)
        button.setText(f"{action.text()}\n{action.toolTip()}")
        set_role(button, "tile")
        button.setMinimumHeight(button.fontMetrics().height() * 3 + space(2))
        icon = {"action_verify": "number", "action_link": "link", "action_open_support": "support"}
        self._set_icon(button, icon.get(action.objectName(), "shield"), "primary")
        return button

    def _place_tiles(self, columns: int) -> None:
        """Two columns of tiles when they fit side by side, else one (large text)."""
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles:
            self._tiles.removeWidget(tile)
        for index, tile in enumerate(self.tiles):
            self._tiles.addWidget(tile, index // columns, index % columns)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if isinstance(event, QResizeEvent):  # not resizeEvent(): see views/widgets.py
            widest = max((t.sizeHint().width() for t in self.tiles), default=0)
            margins = self._layout.contentsMargins()
            room = event.size().width() - margins.left() - margins.right()
            self._place_tiles(2 if room >= 2 * widest + self._tiles.spacing() else 1)
        return handled

    def _set_icon(self, button: QPushButton, name: str, colour: str) -> None:
        button.setProperty("icon_name", name)
        button.setProperty("icon_colour", colour)
        self._paint_icon(button)

    def _paint_icon(self, button: QPushButton) -> None:
        colours = scheme_of(self).colour_fields()
        size = round(button.fontMetrics().height() * 1.4)
        button.setIcon(
            tinted_icon(
                str(button.property("icon_name")),
                colours[str(button.property("icon_colour"))],
                size,
            )
        )
        button.setIconSize(QSize(size, size))

    def follow_scheme(self) -> None:
        """Repaint the icons in the app's scheme and text size (theme.apply_theme calls this)."""
        for button in self.findChildren(QPushButton):
            if has_property(button, "icon_name"):
                self._paint_icon(button)

    def add_top_widget(self, widget: QWidget) -> None:
        """Place another feature's widget just below the call card (the check-anything box)."""
        self._layout.insertWidget(self._top_slot, widget)
        self._top_slot += 1

    def set_alert(self, headline: str, detail: str, action: QAction | None = None) -> None:
        """A danger box above the status (changed trusted data); an empty headline hides it.

        `action`, when given, is offered as a button under the box.
        """
        if headline:
            self.alert.show_verdict("danger", headline, detail)
        else:
            self.alert.clear()
        self._alert_action = action if headline else None
        if self._alert_action is not None:
            self.alert_button.setText(self._alert_action.text())
            self.alert_button.setAccessibleName(self._alert_action.text().replace("&", ""))
            self.alert_button.setToolTip(self._alert_action.toolTip())
        self.alert_button.setVisible(self._alert_action is not None)

    def _trigger_alert_action(self) -> None:
        if self._alert_action is not None:
            self._alert_action.trigger()

    def set_status(self, headline: str, detail: str, next_step: str = "") -> None:
        self.headline.setText(headline)
        self.headline.setAccessibleName(headline)
        self.detail.setText(detail)
        self.next_step.setText(next_step)
        self.next_step.setVisible(bool(next_step))

    def set_progress(self, done: int, total: int) -> None:
        """The setup bar: `done` of `total` steps."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        words = self.tr("{done} of {total} steps done").format(done=done, total=total)
        self.progress.setAccessibleDescription(words)
        self.progress.setToolTip(words)


class InfoPage(QWidget):
    """A page of plain guidance with optional action buttons."""

    def __init__(
        self,
        title: str,
        paragraphs: Sequence[str],
        actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, 1.5, self))
        for text in paragraphs:
            layout.addWidget(paragraph(text, self))
        for action in actions:
            layout.addWidget(action_button(action, self))
        layout.addStretch(1)

    def labels(self) -> list[str]:
        return [label.text() for label in self.findChildren(QLabel)]

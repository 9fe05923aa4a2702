"""What to do when the call ends: "I hung up", and "I already gave them…" with its actions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kraken_guard.core.content import ContentItem
from kraken_guard.views.call_toggles import ToggleList
from kraken_guard.views.widgets import paragraph


def big_button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setMinimumHeight(button.fontMetrics().height() * 2 + 8)
    button.setAutoDefault(True)  # not a dialog: Enter presses the focused button, no other
    return button


class AfterCallPanel(QWidget):
    hungUp = Signal()
    sharedChanged = Signal()

    def __init__(self, shared_items: Sequence[ContentItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("call_after")
        self._items = {item.id: item for item in shared_items}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        layout.addLayout(row)
        self.hung_up = big_button(self.tr("I &hung up"), "call_hung_up", self.tr("I hung up"), self)
        self.gave = big_button(
            self.tr("I already &gave them…"),
            "call_gave",
            self.tr("I already gave them something"),
            self,
        )
        self.gave.setCheckable(True)
        row.addWidget(self.hung_up)
        row.addWidget(self.gave)
        self.ticket = paragraph(
            self.tr(
                "Good. Kraken Support is opening in your browser. Send a ticket about this "
                "call: choose “Report suspicious activity”. Then save the call below."
            ),
            self,
        )
        self.ticket.setObjectName("call_ticket_advice")
        self.ticket.hide()
        layout.addWidget(self.ticket)
        self.shared = ToggleList(
            "call_shared",
            self.tr("What did you give them, or do for them?"),
            shared_items,
            "after_sharing",
            self,
        )
        self.shared.hide()
        layout.addWidget(self.shared)
        self.next_steps = paragraph("", self)
        self.next_steps.setObjectName("call_shared_actions")
        self.next_steps.hide()
        layout.addWidget(self.next_steps)
        self.hung_up.clicked.connect(self._on_hung_up)
        self.gave.toggled.connect(self._on_gave)
        self.shared.changed.connect(self._show_actions)
        self.shared.changed.connect(self.sharedChanged)

    def _on_hung_up(self) -> None:
        self.ticket.show()
        self.hungUp.emit()

    def _on_gave(self, on: bool) -> None:
        self.shared.setVisible(on)
        self._show_actions()
        self.sharedChanged.emit()
        if on:
            first = next(iter(self.shared.boxes.values()), None)
            if first is not None:
                first.setFocus()

    def _show_actions(self) -> None:
        picked = [i for i in self._items.values() if i.id in self.shared.checked_ids()]
        if not picked or not self.gave.isChecked():
            self.next_steps.hide()
            return
        blocks = []
        for item in picked:
            steps = [f"{n}. {_content(a)}" for n, a in enumerate(item.extra["actions"], 1)]
            blocks.append("\n".join([f"{_content(item.title)}: {_content(item.body)}", *steps]))
        self.next_steps.setText("\n\n".join(blocks))
        self.next_steps.setAccessibleName(self.next_steps.text())
        self.next_steps.show()

    def shared_ids(self) -> frozenset[str]:
        return self.shared.checked_ids() if self.gave.isChecked() else frozenset()

    def clear(self) -> None:
        self.gave.setChecked(False)
        self.shared.clear()
        self.ticket.hide()

    def focus_order(self) -> list[QWidget]:
        return [self.hung_up, self.gave, *self.shared.focus_order()]


def _content(text: str) -> str:
    """A string of after_sharing.json, translated in the context named after its file."""
    return QCoreApplication.translate("after_sharing", text)

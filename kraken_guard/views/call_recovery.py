"""The call window's recovery view: after "I already gave them…", what to do now, lock first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kraken_guard.core.content import ContentItem
from kraken_guard.views.call_toggles import CALL_SCALE, ToggleList
from kraken_guard.views.design_tokens import space
from kraken_guard.views.widgets import big_button, heading, paragraph, set_role


class RecoveryView(QWidget):
    """Lock the account first (a button), then pick what was shared and see its steps.

    Emits `lockRequested` (the controller opens Kraken Support, where the 24/7 live chat
    locks an account) and `backRequested`; `sharedChanged` when a box is ticked.
    """

    lockRequested = Signal()
    backRequested = Signal()
    sharedChanged = Signal()

    def __init__(self, shared_items: Sequence[ContentItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("call_recovery")
        self._items = {item.id: item for item in shared_items}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(space(2))
        layout.addWidget(heading(self.tr("Act now, in this order"), 1.3 * CALL_SCALE, self))
        first = QFrame(self)
        first.setObjectName("call_lock_card")
        set_role(first, "card")
        column = QVBoxLayout(first)
        column.setContentsMargins(space(2), space(2), space(2), space(2))
        column.addWidget(heading(self.tr("1. Lock your account first"), 1.15 * CALL_SCALE, first))
        column.addWidget(
            paragraph(
                self.tr(
                    "Open Kraken Support from your bookmark and start the 24/7 live chat. "
                    "Ask them to lock your account. Do this before anything else."
                ),
                first,
            )
        )
        self.lock = big_button(
            self.tr("&Lock your account first: open Kraken Support"),
            "call_lock_account",
            self.tr("Lock your account first: open Kraken Support"),
            first,
            "primary",
        )
        column.addWidget(self.lock)
        layout.addWidget(first)
        self.shared = ToggleList(
            "call_shared",
            self.tr("2. What did you give them, or do for them?"),
            shared_items,
            "after_sharing",
            self,
        )
        layout.addWidget(self.shared)
        self.next_steps = paragraph("", self)
        self.next_steps.setObjectName("call_shared_actions")
        self.next_steps.hide()
        layout.addWidget(self.next_steps)
        self.back = big_button(
            self.tr("&Back to the call checklist"),
            "call_back_to_checklist",
            self.tr("Back to the call checklist"),
            self,
        )
        layout.addWidget(self.back)
        layout.addStretch(1)
        self.lock.clicked.connect(self.lockRequested)
        self.back.clicked.connect(self.backRequested)
        self.shared.changed.connect(self._show_actions)
        self.shared.changed.connect(self.sharedChanged)

    def _show_actions(self) -> None:
        picked = [i for i in self._items.values() if i.id in self.shared.checked_ids()]
        if not picked:
            self.next_steps.hide()
            return
        blocks = [self.tr("3. Then do these steps:")]
        for item in picked:
            steps = [f"{n}. {_content(a)}" for n, a in enumerate(item.extra["actions"], 1)]
            blocks.append("\n".join([f"{_content(item.title)}: {_content(item.body)}", *steps]))
        self.next_steps.setText("\n\n".join(blocks))
        self.next_steps.setAccessibleName(self.next_steps.text())
        self.next_steps.show()

    def shared_ids(self) -> frozenset[str]:
        return self.shared.checked_ids()

    def clear(self) -> None:
        self.shared.clear()

    def focus_order(self) -> list[QWidget]:
        return [self.lock, *self.shared.focus_order(), self.back]


def _content(text: str) -> str:
    """A string of after_sharing.json, translated in the context named after its file."""
    return QCoreApplication.translate("after_sharing", text)

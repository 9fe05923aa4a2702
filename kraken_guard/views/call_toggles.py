"""The call window's inputs: two Yes/No questions as big buttons, and the check box lists."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from kraken_guard.core.content import ContentItem
from kraken_guard.views.design_tokens import space
from kraken_guard.views.widgets import big_button, heading

CALL_SCALE = 1.15  # the call window's text is larger and calmer than the rest of the app


class YesNoQuestion(QWidget):
    """A question with two large Yes and No buttons; `answer()` is None until one is chosen.

    Real push buttons, not radio buttons: each is its own Tab stop, Space or Enter chooses it,
    and the chosen one says so in words ("✓ Yes — your answer") and in shape (a thick frame),
    so a screen reader never reads a button as chosen while the answer is still empty.
    """

    changed = Signal()

    def __init__(self, name: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._question = question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(space(1))
        self.label = heading(question, 1.15 * CALL_SCALE, self)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.setSpacing(space(2))
        layout.addLayout(row)
        self._words = {True: self.tr("Yes"), False: self.tr("No")}
        self.yes = big_button(self._words[True], f"{name}_yes", "", self)
        self.no = big_button(self._words[False], f"{name}_no", "", self)
        for button in (self.yes, self.no):
            button.setCheckable(True)
            button.toggled.connect(self._on_toggled)
            button.clicked.connect(lambda _=False, b=button: b.setChecked(True))
            row.addWidget(button)
        self._relabel()

    def _on_toggled(self, on: bool) -> None:
        sender = self.yes if self.sender() is self.yes else self.no
        other = self.no if sender is self.yes else self.yes
        if on and other.isChecked():
            other.blockSignals(True)
            other.setChecked(False)
            other.blockSignals(False)
        self._relabel()
        self.changed.emit()

    def _relabel(self) -> None:
        for value, button in ((True, self.yes), (False, self.no)):
            word = self._words[value]
            chosen = button.isChecked()
            text = self.tr("✓ {answer} — your answer").format(answer=word) if chosen else word
            button.setText(text)
            button.setAccessibleName(f"{self._question} {text}")

    def answer(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def clear(self) -> None:
        for button in (self.yes, self.no):
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        self._relabel()


class ToggleList(QWidget):
    """Large check boxes, one per content item; `checked_ids()` says which are on."""

    changed = Signal()

    def __init__(
        self,
        name: str,
        title: str,
        items: Sequence[ContentItem],
        context: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(space(0.5))
        layout.addWidget(heading(title, 1.15 * CALL_SCALE, self))
        self.boxes: dict[str, QCheckBox] = {}
        for item in items:
            text = QCoreApplication.translate(context, item.title)
            box = QCheckBox(text, self)
            box.setObjectName(f"{name}_{item.id}")
            box.setAccessibleName(f"{title} {text}")
            box.setToolTip(QCoreApplication.translate(context, item.body))
            box.setAccessibleDescription(box.toolTip())
            box.setMinimumHeight(box.fontMetrics().height() * 2)
            box.toggled.connect(self.changed)
            layout.addWidget(box)
            self.boxes[item.id] = box

    def checked_ids(self) -> frozenset[str]:
        return frozenset(key for key, box in self.boxes.items() if box.isChecked())

    def clear(self) -> None:
        for box in self.boxes.values():
            box.setChecked(False)

    def focus_order(self) -> list[QWidget]:
        return list(self.boxes.values())

"""The call window's inputs: the two Yes/No questions and the "they asked for this" toggles."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kraken_guard.core.content import ContentItem
from kraken_guard.views.widgets import heading


class YesNoQuestion(QWidget):
    """A question with Yes and No; `answer()` is None until one is picked."""

    changed = Signal()

    def __init__(self, name: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = heading(question, 1.15, self)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        layout.addLayout(row)
        self.yes = QRadioButton(self.tr("Yes"), self)
        self.no = QRadioButton(self.tr("No"), self)
        self.group = QButtonGroup(self)
        for button, word in ((self.yes, self.tr("Yes")), (self.no, self.tr("No"))):
            button.setObjectName(f"{name}_{'yes' if button is self.yes else 'no'}")
            button.setAccessibleName(f"{question} {word}")
            button.setMinimumHeight(button.fontMetrics().height() * 2)
            self.group.addButton(button)
            row.addWidget(button)
            button.toggled.connect(self.changed)
        row.addStretch(1)

    def answer(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def clear(self) -> None:
        self.group.setExclusive(False)
        self.yes.setChecked(False)
        self.no.setChecked(False)
        self.group.setExclusive(True)


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
        layout.addWidget(heading(title, 1.15, self))
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

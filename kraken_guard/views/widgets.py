"""Small building blocks the screens share: headings, wrapped text, and action buttons."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget


def plain(text: str) -> str:
    """An action's text without its mnemonic ampersand or trailing ellipsis."""
    return text.replace("&", "").rstrip("…").strip()


class WrappingLabel(QLabel):
    """A word-wrapped label whose height is what its text needs at its real width.

    A plain wrapped QLabel reports a height measured at a narrow guessed width, so a short line
    on a wide page leaves an empty gap below it.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.width() > 0 and self.text():
            return QSize(hint.width(), self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()


def heading(text: str, scale: float = 1.5, parent: QWidget | None = None) -> QLabel:
    label = WrappingLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    label = WrappingLabel(text, parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def action_button(action: QAction, parent: QWidget | None = None) -> QPushButton:
    """A large button that triggers `action` and names itself after it for screen readers."""
    button = QPushButton(action.text(), parent)
    button.setObjectName(f"button_{action.objectName().removeprefix('action_')}")
    button.setAccessibleName(plain(action.text()))
    button.setAccessibleDescription(action.toolTip())
    button.setToolTip(action.toolTip())
    button.setMinimumHeight(button.fontMetrics().height() * 3)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setAutoDefault(True)  # in a plain window: Enter presses this button when focused
    button.clicked.connect(action.trigger)
    return button

"""Small building blocks the screens share: headings, wrapped text, and action buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget


def plain(text: str) -> str:
    """An action's text without its mnemonic ampersand or trailing ellipsis."""
    return text.replace("&", "").rstrip("…").strip()


def heading(text: str, scale: float = 1.5, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
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
    button.setAutoDefault(False)
    button.clicked.connect(action.trigger)
    return button

"""Small building blocks the screens share: headings, wrapped text, and action buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSizePolicy, QWidget

FONT_SCALE = "kraken_guard_font_scale"  # widget property: its text size relative to the app's


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

    def event(self, event: QEvent) -> bool:
        # Not resizeEvent(): see the note below on PySide6 and base event handlers.
        handled = super().event(event)
        if event.type() == QEvent.Type.Resize:
            self.updateGeometry()
        return handled


# Change, resize and paint events are handled in event(), not by overriding changeEvent &c.:
# with PySide6 6.12 on CPython 3.11 every call of a Qt method that returns nothing loses a
# reference to None (measured: -100 per 100 calls), and a handler run for every widget on
# each re-polish multiplies that. Scaled text is re-applied by theme.apply_theme (rescale).


def scale_font(widget: QWidget, scale: float, bold: bool | None = None) -> None:
    """Set `widget`'s text to `scale` times the app's text size, and keep it so on changes."""
    widget.setProperty(FONT_SCALE, scale)
    font = QFont(widget.font())
    font.setPointSizeF(QApplication.font().pointSizeF() * scale)
    if bold is not None:
        font.setBold(bold)
    widget.setFont(font)


def has_property(obj: QObject, name: str) -> bool:
    """True when `obj` has the dynamic property `name`.

    Ask this before `property(name)`: PySide6 returns an unowned None for a missing property,
    and asking for many missing ones ends in "deallocating None" (a crash).
    """
    return name.encode() in (bytes(n.data()) for n in obj.dynamicPropertyNames())


def rescale(widget: QWidget) -> None:
    """Re-apply the text scale `scale_font` gave `widget` (nothing for other widgets)."""
    if has_property(widget, FONT_SCALE):
        scale_font(widget, float(widget.property(FONT_SCALE)))


def heading(text: str, scale: float = 1.5, parent: QWidget | None = None) -> QLabel:
    label = WrappingLabel(text, parent)
    scale_font(label, scale, bold=True)
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


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget a look from the app stylesheet: "primary", "tile", "card" or "muted"."""
    widget.setProperty("role", role)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        # Only a widget already polished needs it again (polishing early would also pin
        # its font as it is now, and a re-polish later would put that font back).
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def big_button(
    text: str, name: str, accessible: str, parent: QWidget, role: str = ""
) -> QPushButton:
    """A large button (two lines of text high) that Enter presses when it has the focus."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setMinimumHeight(button.fontMetrics().height() * 2 + 8)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setAutoDefault(True)  # not a dialog: Enter presses the focused button, no other
    if role:
        set_role(button, role)
    return button

"""The "check anything" box: paste what you were given, press Enter, read what to do now.

A text box, a summary card that leads with what to do now, then why, and a list of every
number, link, address and account found, each with its own verdict.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kraken_guard.views.verdict import VerdictBox
from kraken_guard.views.widgets import paragraph

if TYPE_CHECKING:  # the message check loads with the first check, not with the window
    from PySide6.QtGui import QKeyEvent

    from kraken_guard.core.messages.check import MessageCheck
    from kraken_guard.core.messages.summary import ItemResult, Note

CheckText = Callable[[str], "MessageCheck"]

# Keyed by the values of the summary's Verdict and Standing (StrEnums compare equal to them).
KINDS = {
    "scam": "danger",
    "suspicious": "warning",
    "no_warning_signs": "info",
    "nothing_to_check": "info",
}
# The style's standard icon for each item's standing (QStyle loads with the first result: its
# enums cost ~5 ms, too much for the first window).
ITEM_ICONS = {
    "official": "SP_MessageBoxInformation",
    "imitates": "SP_MessageBoxCritical",
    "not_kraken": "SP_MessageBoxWarning",
    "unchecked": "SP_MessageBoxQuestion",
}
FIELD_LINES = 4


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text) if context else text


def render(note: Note) -> str:
    return note.render(translate)


class MessageField(QPlainTextEdit):
    """Several lines of pasted text; Enter checks, Shift+Enter starts a new line, Tab moves on."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * FIELD_LINES + 12)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.setFixedHeight(self.fontMetrics().lineSpacing() * FIELD_LINES + 12)


class CheckBox(QWidget):
    """Reusable on Home and in the tray popup; `check` is the core message check."""

    checked = Signal(object)

    def __init__(self, check: CheckText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_box")
        self._check = check
        self.last: MessageCheck | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        label = QLabel(
            self.tr("&What were you given? A number, a link, a name or a whole message:"), self
        )
        label.setWordWrap(True)
        self.field = MessageField(self)
        self.field.setObjectName("check_field")
        self.field.setAccessibleName(self.tr("Number, link or message to check"))
        self.field.setPlaceholderText(
            self.tr("Paste it here, then press Enter. Shift+Enter starts a new line.")
        )
        label.setBuddy(self.field)
        self.check_button = QPushButton(self.tr("C&heck"), self)
        self.check_button.setObjectName("check_button")
        self.check_button.setAccessibleName(self.tr("Check it"))
        self.check_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(label)
        layout.addLayout(row)

        self.summary = VerdictBox(self, 1.3)
        self.summary.setObjectName("check_summary")
        bold = self.summary.detail.font()
        bold.setBold(True)
        self.summary.detail.setFont(bold)
        layout.addWidget(self.summary)

        self.items_label = QLabel(self.tr("What it holds (select one to see why):"), self)
        self.items = QListWidget(self)
        self.items.setObjectName("check_items")
        self.items.setAccessibleName(self.tr("Numbers, links, addresses and accounts found"))
        self.items_label.setBuddy(self.items)
        self.item_reasons = paragraph("", self)
        self.item_reasons.setObjectName("check_item_reasons")
        layout.addWidget(self.items_label)
        layout.addWidget(self.items)
        layout.addWidget(self.item_reasons)
        self._show_items(())

        self.field.submitted.connect(self.run_check)
        self.check_button.clicked.connect(self.run_check)
        self.field.textChanged.connect(self._on_edited)
        self.items.currentRowChanged.connect(self._show_item_reasons)
        QWidget.setTabOrder(self.field, self.check_button)
        QWidget.setTabOrder(self.check_button, self.items)
        self.setFocusProxy(self.field)

    def set_text(self, text: str, *, select: bool = True) -> None:
        """Put `text` in the box; selected, typing replaces it (for a prefilled clipboard)."""
        self.field.setPlainText(text)
        if select:
            self.field.selectAll()

    def text(self) -> str:
        return self.field.toPlainText()

    def run_check(self) -> MessageCheck:
        result = self._check(self.text())
        self.last = result
        summary = result.summary
        self.summary.show_verdict(
            KINDS[summary.verdict],
            render(summary.headline),
            self.tr("Do now: {step}").format(step=render(summary.do_now)),
            [render(note) for note in summary.reasons],
        )
        self._show_items(result.items)
        self.checked.emit(result)
        return result

    def clear_result(self) -> None:
        self.summary.clear()
        self._show_items(())
        self.last = None

    def _on_edited(self) -> None:
        # An old verdict next to new text would answer the wrong question.
        if self.last is not None and self.text() != self.last.input:
            self.clear_result()

    def _item_icon(self, standing: str) -> QIcon:
        from PySide6.QtWidgets import QStyle

        return self.style().standardIcon(getattr(QStyle.StandardPixmap, ITEM_ICONS[standing]))

    def _show_items(self, items: tuple[ItemResult, ...]) -> None:
        self._results = items
        self.items.clear()
        if items:
            from kraken_guard.core.messages.check import CONTEXT as ITEM_CONTEXT
            from kraken_guard.core.messages.check import KIND_NAMES
        for result in items:
            kind = translate(ITEM_CONTEXT, KIND_NAMES[result.kind])
            text = self.tr("{kind}: {item} — {verdict}").format(
                kind=kind, item=_short(result.found.text), verdict=render(result.label)
            )
            row = QListWidgetItem(self._item_icon(result.standing), text)
            row.setToolTip("\n".join(render(note) for note in result.reasons))
            self.items.addItem(row)
        size = self.fontMetrics().height()
        self.items.setIconSize(QSize(size, size))  # icons follow the text size
        shown = bool(items)
        self.items_label.setVisible(shown)
        self.items.setVisible(shown)
        self.item_reasons.setVisible(False)
        if shown:
            rows = min(len(items), 6)
            height = self.items.sizeHintForRow(0) * rows + 2 * self.items.frameWidth() + 4
            self.items.setFixedHeight(height)

    def _show_item_reasons(self, row: int) -> None:
        if 0 <= row < len(self._results):
            reasons = self._results[row].reasons
            self.item_reasons.setText("\n".join(f"•  {render(note)}" for note in reasons))
            self.item_reasons.setVisible(True)
        else:
            self.item_reasons.setVisible(False)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

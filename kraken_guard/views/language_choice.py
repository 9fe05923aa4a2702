"""A small choice of the language Kraken Guard speaks; the new language shows after a restart."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kraken_guard.views.widgets import paragraph

SYSTEM = "system"


class LanguageChoice(QWidget):
    """Emits `chosen` with a language code, or "system" to follow the computer again."""

    chosen = Signal(str)

    def __init__(
        self,
        languages: Sequence[tuple[str, str]],
        current: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("language_choice")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        label = QLabel(self.tr("Lan&guage:"), self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("language_combo")
        self.combo.setAccessibleName(self.tr("Language"))
        label.setBuddy(self.combo)
        self.combo.addItem(self.tr("Same as this computer"), SYSTEM)
        for code, name in languages:
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addStretch(1)
        outer.addLayout(row)
        self.note = paragraph("", self)
        self.note.setObjectName("language_note")
        self.note.hide()
        outer.addWidget(self.note)
        self.combo.activated.connect(lambda index: self.chosen.emit(self.combo.itemData(index)))

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setAccessibleName(text)
        self.note.setVisible(bool(text))

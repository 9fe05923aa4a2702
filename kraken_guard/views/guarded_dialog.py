"""The deliberate confirmation before a change to trusted data: read the warning, type a word."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kraken_guard.core.trust.guarded_change import CONFIRM_WORD, PROMPT, WARNING, confirms
from kraken_guard.views.widgets import heading, paragraph


class GuardedChangeDialog(QDialog):
    def __init__(self, title: str, change: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guarded_dialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(QCoreApplication.translate("guarded", WARNING), 1.2, self))
        change_label = paragraph(change, self)
        change_label.setObjectName("guarded_change")
        layout.addWidget(change_label)
        prompt = QLabel(QCoreApplication.translate("guarded", PROMPT).format(word=CONFIRM_WORD))
        prompt.setWordWrap(True)
        self.word = QLineEdit(self)
        self.word.setObjectName("guarded_word")
        self.word.setAccessibleName(prompt.text())
        prompt.setBuddy(self.word)
        layout.addWidget(prompt)
        layout.addWidget(self.word)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert self.ok is not None and cancel is not None
        self.ok.setText(self.tr("Make this change"))
        self.ok.setAccessibleName(self.tr("Make this change"))
        self.ok.setEnabled(False)
        cancel.setAccessibleName(self.tr("Cancel"))
        # Enter in the word field presses the default button: the change, which stays disabled
        # (so Enter does nothing) until the word is typed. Esc cancels.
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.word.textChanged.connect(lambda text: self.ok.setEnabled(confirms(text)))
        layout.addWidget(self.buttons)
        self.word.setFocus()

    def accept(self) -> None:
        if confirms(self.word.text()):
            super().accept()

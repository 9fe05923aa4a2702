"""The calling-number field: the number check runs as the person types, with its answer below."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from kraken_guard.core.phone.check import NumberCheck, Verdict
from kraken_guard.views.verdict import VerdictBox
from kraken_guard.views.verify_widget import CheckNumber, show_number_check


class CallingNumber(QWidget):
    checked = Signal()

    def __init__(self, check_number: CheckNumber, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("call_number")
        self._check_number = check_number
        self.result: NumberCheck | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("The &number that is calling (optional)"), self)
        self.field = QLineEdit(self)
        self.field.setObjectName("call_number_field")
        self.field.setAccessibleName(self.tr("The number that is calling"))
        self.field.setPlaceholderText(self.tr("As shown on your phone"))
        label.setBuddy(self.field)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.field)
        # Same words as the verify page; a smaller headline, as it sits among the questions.
        self.verdict = VerdictBox(self, 1.1)
        self.verdict.setObjectName("call_number_verdict")
        layout.addWidget(self.verdict)
        self.field.textChanged.connect(self._on_text)

    def _on_text(self, text: str) -> None:
        self.result = self._check_number(text) if text.strip() else None
        if self.result is None:
            self.verdict.clear()
        else:
            show_number_check(self.verdict, self.result)
        self.checked.emit()

    def text(self) -> str:
        return self.field.text()

    def e164(self) -> str | None:
        return self.result.e164 if self.result is not None else None

    def reported_as_scam(self) -> bool:
        return self.result is not None and self.result.verdict is Verdict.REPORTED_SCAM

    def clear(self) -> None:
        self.field.clear()

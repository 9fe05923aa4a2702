"""The calling-number field: the number check runs as the person types, with its answer below."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStyle, QVBoxLayout, QWidget

from kraken_guard.core.phone import NumberCheck, Verdict
from kraken_guard.views.widgets import heading, paragraph

CheckNumber = Callable[[str], NumberCheck]
PHONE_CONTEXT = "phone"


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
        row = QHBoxLayout()
        layout.addLayout(row)
        self.icon = QLabel(self)
        row.addWidget(self.icon, 0)
        column = QVBoxLayout()
        row.addLayout(column, 1)
        self.headline = heading("", 1.1, self)
        self.headline.setObjectName("call_number_headline")
        self.detail = paragraph("", self)
        self.detail.setObjectName("call_number_detail")
        column.addWidget(self.headline)
        column.addWidget(self.detail)
        self._show(None)
        self.field.textChanged.connect(self._on_text)

    def _on_text(self, text: str) -> None:
        self.result = self._check_number(text) if text.strip() else None
        self._show(self.result)
        self.checked.emit()

    def _show(self, result: NumberCheck | None) -> None:
        for widget in (self.icon, self.headline, self.detail):
            widget.setVisible(result is not None)
        if result is None:
            return
        tr = QCoreApplication.translate
        calm = result.verdict is Verdict.OFFICIAL
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxInformation
            if calm
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        size = self.headline.fontMetrics().height() * 2
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        headline, explanation, next_step = result.translated(lambda t: tr(PHONE_CONTEXT, t))
        self.headline.setText(headline)
        self.headline.setAccessibleName(headline)
        self.detail.setText("\n".join(p for p in (explanation, next_step) if p))

    def text(self) -> str:
        return self.field.text()

    def e164(self) -> str | None:
        return self.result.e164 if self.result is not None else None

    def reported_as_scam(self) -> bool:
        return self.result is not None and self.result.verdict is Verdict.REPORTED_SCAM

    def clear(self) -> None:
        self.field.clear()

"""The main window's "Verify a phone number" page: the check, the region, the saved numbers."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kraken_guard.views.verify_widget import CheckNumber, VerifyWidget
from kraken_guard.views.widgets import heading, paragraph


@dataclass(frozen=True)
class NumberRow:
    """One saved number as the page lists it."""

    value: str
    text: str
    trusted: bool


def region_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code)
    name = QLocale.territoryToString(territory) if territory != QLocale.Country.AnyCountry else ""
    return f"{name} ({code})" if name else code


class VerifyPage(QScrollArea):
    """Shows what the controller gives it and reports what the person asked for."""

    shown = Signal()
    addRequested = Signal(str, str)
    removeRequested = Signal(str)
    regionChanged = Signal(str)

    def __init__(
        self, check: CheckNumber, actions: Sequence[QAction] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_verify")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stops on the controls, not the page
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(heading(self.tr("Verify a phone number"), 1.5, body))
        layout.addWidget(
            paragraph(
                self.tr(
                    "The only real Kraken Support number is at the bottom of support.kraken.com. "
                    "Any other number that says it is Kraken Support is a scam."
                ),
                body,
            )
        )
        self.verify = VerifyWidget(check, actions, body)
        layout.addWidget(self.verify)

        self.region = QComboBox(body)
        self.region.setObjectName("verify_region")
        self.region.setAccessibleName(self.tr("Country for numbers without a plus sign"))
        region_label = QLabel(self.tr("Numbers &without a + sign are from:"), body)
        region_label.setBuddy(self.region)
        region_row = QHBoxLayout()
        region_row.addWidget(region_label)
        region_row.addWidget(self.region, 1)
        layout.addLayout(region_row)

        line = QFrame(body)
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addWidget(heading(self.tr("Your official numbers"), 1.2, body))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Open support.kraken.com from your bookmark, never from a search engine. "
                    "Copy the number at the bottom of the page and add it here."
                ),
                body,
            )
        )
        self.tamper_warning = paragraph("", body)
        self.tamper_warning.setObjectName("numbers_tamper_warning")
        self.tamper_warning.hide()
        layout.addWidget(self.tamper_warning)
        self.numbers = QListWidget(body)
        self.numbers.setObjectName("numbers_list")
        self.numbers.setAccessibleName(self.tr("Saved official numbers"))
        self.numbers.setWordWrap(True)
        self.numbers.setFixedHeight(self.fontMetrics().height() * 5)
        layout.addWidget(self.numbers)
        self.remove_button = QPushButton(self.tr("&Remove selected number…"), body)
        self.remove_button.setObjectName("numbers_remove")
        self.remove_button.setAccessibleName(self.tr("Remove selected number"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setEnabled(False)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.new_number = QLineEdit(body)
        self.new_number.setObjectName("numbers_new")
        self.new_number.setAccessibleName(self.tr("New official number"))
        self.new_note = QLineEdit(body)
        self.new_note.setObjectName("numbers_note")
        self.new_note.setAccessibleName(self.tr("Where you found it"))
        self.new_note.setPlaceholderText(self.tr("For example: bottom of support.kraken.com"))
        number_label = QLabel(self.tr("&New official number:"), body)
        number_label.setBuddy(self.new_number)
        note_label = QLabel(self.tr("Where you &found it:"), body)
        note_label.setBuddy(self.new_note)
        form.addRow(number_label, self.new_number)
        form.addRow(note_label, self.new_note)
        layout.addLayout(form)
        self.add_button = QPushButton(self.tr("&Add this number…"), body)
        self.add_button.setObjectName("numbers_add")
        self.add_button.setAccessibleName(self.tr("Add this official number"))
        self.add_button.setAutoDefault(False)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.status = paragraph("", body)
        self.status.setObjectName("numbers_status")
        layout.addWidget(self.status)
        self.protection = paragraph("", body)
        self.protection.setObjectName("numbers_protection")
        self.protection.hide()
        layout.addWidget(self.protection)
        layout.addStretch(1)
        self.setWidget(body)

        self.add_button.clicked.connect(self._request_add)
        self.new_number.returnPressed.connect(self._request_add)
        self.remove_button.clicked.connect(self._request_remove)
        self.numbers.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        self.region.activated.connect(
            lambda index: self.regionChanged.emit(str(self.region.itemData(index)))
        )
        order = [
            self.verify.field,
            self.verify.check_button,
            *self.verify.buttons,
            self.region,
            self.numbers,
            self.remove_button,
            self.new_number,
            self.new_note,
            self.add_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def set_regions(self, codes: Sequence[str], current: str) -> None:
        self.region.clear()
        for code in sorted(codes, key=region_name):
            self.region.addItem(region_name(code), code)
        self.region.setCurrentIndex(max(0, self.region.findData(current)))

    def show_numbers(self, rows: Sequence[NumberRow], tamper_warning: str = "") -> None:
        self.numbers.clear()
        for row in rows:
            item = QListWidgetItem(row.text, self.numbers)
            item.setData(Qt.ItemDataRole.UserRole, row.value)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, row.text)
        self.tamper_warning.setText(tamper_warning)
        self.tamper_warning.setVisible(bool(tamper_warning))
        self.remove_button.setEnabled(self.numbers.currentRow() >= 0)

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def show_protection(self, text: str) -> None:
        self.protection.setText(text)
        self.protection.setVisible(bool(text))

    def clear_new_number(self) -> None:
        self.new_number.clear()
        self.new_note.clear()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    def _request_add(self) -> None:
        self.addRequested.emit(self.new_number.text(), self.new_note.text().strip())

    def _request_remove(self) -> None:
        item = self.numbers.currentItem()
        if item is not None:
            self.removeRequested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

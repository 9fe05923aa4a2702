"""The main window's "Someone is calling me" page: open the call window, and past calls."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QAction
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

from kraken_guard.views.widgets import action_button, heading, paragraph


class CallPage(QWidget):
    """Lists saved calls; asks for their text through signals, never reads the store itself."""

    incidentChosen = Signal(int)
    copyRequested = Signal(int)
    saveRequested = Signal(int)

    def __init__(self, open_call: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_call")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Someone says they are Kraken Support"), 1.5, self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "If you did not ask Kraken to call you, hang up. It is a scam. "
                    "The call window stays on top and tells you what to do."
                ),
                self,
            )
        )
        self.open_button = action_button(open_call, self)
        layout.addWidget(self.open_button)

        label = QLabel(self.tr("&Saved calls"), self)
        self.list = QListWidget(self)
        self.list.setObjectName("incident_list")
        self.list.setAccessibleName(self.tr("Saved calls"))
        label.setBuddy(self.list)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        self.empty = paragraph(self.tr("No saved calls yet."), self)
        self.empty.setObjectName("incident_empty")
        layout.addWidget(self.empty)

        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("incident_preview")
        self.preview.setAccessibleName(self.tr("The chosen call as text"))
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        layout.addWidget(self.preview, 2)

        row = QHBoxLayout()
        layout.addLayout(row)
        self.copy = QPushButton(self.tr("C&opy the text"), self)
        self.copy.setObjectName("incident_copy")
        self.copy.setAccessibleName(self.tr("Copy the text of this call"))
        self.save = QPushButton(self.tr("Save to a &file…"), self)
        self.save.setObjectName("incident_save")
        self.save.setAccessibleName(self.tr("Save the text of this call to a file"))
        row.addWidget(self.copy)
        row.addWidget(self.save)
        row.addStretch(1)
        self.status = paragraph("", self)
        self.status.setObjectName("incident_status")
        self.status.hide()
        layout.addWidget(self.status)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Paste the text into a Kraken Support ticket. In the US you can also "
                    "report it at reportfraud.ftc.gov or ic3.gov."
                ),
                self,
            )
        )
        layout.addStretch(1)
        self.list.currentItemChanged.connect(self._on_current)
        self.copy.clicked.connect(lambda: self._emit(self.copyRequested))
        self.save.clicked.connect(lambda: self._emit(self.saveRequested))
        for first, second in (
            (self.open_button, self.list),
            (self.list, self.preview),
            (self.preview, self.copy),
            (self.copy, self.save),
        ):
            QWidget.setTabOrder(first, second)
        self.set_incidents([])

    def set_incidents(self, entries: Sequence[tuple[int, str]]) -> None:
        """Show (id, label) pairs, newest first; the chosen call stays chosen if still there."""
        chosen = self.current_id()
        self.list.clear()
        for incident_id, text in entries:
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, incident_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            if incident_id == chosen:
                self.list.setCurrentItem(item)
        has_any = bool(entries)
        self.empty.setVisible(not has_any)
        for widget in (self.list, self.preview, self.copy, self.save):
            widget.setVisible(has_any)
        if has_any and self.list.currentItem() is None:
            self.list.setCurrentRow(0)

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def set_preview(self, text: str) -> None:
        self.preview.setPlainText(text)

    def _on_current(self) -> None:
        chosen = self.current_id()
        if chosen is not None:
            self.incidentChosen.emit(chosen)

    def _emit(self, signal: SignalInstance) -> None:
        chosen = self.current_id()
        if chosen is not None:
            signal.emit(chosen)

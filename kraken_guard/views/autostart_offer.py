"""The start-at-login setting on the setup's last page, offered in words the first time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from kraken_guard.views.widgets import heading, paragraph


class AutostartOffer(QWidget):
    """A checkbox, off unless the person turns it on; `changed` reports the new choice."""

    changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("autostart_offer")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.question = heading(self.tr("Start Kraken Guard when you log in?"), 1.1, self)
        self.why = paragraph(
            self.tr(
                "Then it waits in the tray, ready when the phone rings. "
                "It is off unless you turn it on. You can change this here at any time."
            ),
            self,
        )
        self.checkbox = QCheckBox(self.tr("Start in the &tray when I log in"), self)
        self.checkbox.setObjectName("autostart_checkbox")
        self.checkbox.setAccessibleName(self.tr("Start Kraken Guard in the tray when I log in"))
        self.note = paragraph("", self)
        self.note.setObjectName("autostart_note")
        self.note.hide()
        for widget in (self.question, self.why, self.checkbox, self.note):
            layout.addWidget(widget)
        self.checkbox.toggled.connect(self.changed)

    def set_offered(self, first_time: bool) -> None:
        """The first time, ask and explain; afterwards the checkbox alone is the setting."""
        self.question.setVisible(first_time)
        self.why.setVisible(first_time)

    def show_state(self, enabled: bool, note: str = "") -> None:
        """Show what is really set, without reporting it back as a change."""
        blocked = self.checkbox.blockSignals(True)
        self.checkbox.setChecked(enabled)
        self.checkbox.blockSignals(blocked)
        self.note.setText(note)
        self.note.setVisible(bool(note))

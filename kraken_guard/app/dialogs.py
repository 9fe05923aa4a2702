"""The one seam every modal question goes through, so tests can answer without clicking."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kraken_guard.views.guarded_dialog import GuardedChangeDialog


class Dialogs:
    """Asks the person things in modal message boxes; tests pass a recording fake instead."""

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
        )
        box.exec()

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent
        )
        box.exec()

    def confirm(self, parent: QWidget | None, title: str, text: str, confirm_label: str) -> bool:
        """Ask yes/no; the safe answer (Cancel) is the default button."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        yes = box.addButton(confirm_label, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is yes

    def confirm_guarded(self, parent: QWidget | None, title: str, change: str) -> bool:
        """Ask for a deliberate confirmation (typing a word) before trusted data changes."""
        dialog = GuardedChangeDialog(title, change, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

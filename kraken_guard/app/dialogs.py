"""The one seam every modal question goes through, so tests can answer without clicking."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

# Each dialog class loads when a dialog is first shown: their enums cost milliseconds that the
# first window should not pay.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class Dialogs:
    """Asks the person things in modal dialogs; tests pass a recording fake instead."""

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
        )
        box.exec()

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent
        )
        box.exec()

    def confirm(self, parent: QWidget | None, title: str, text: str, confirm_label: str) -> bool:
        """Ask yes/no; the safe answer (Cancel) is the default button."""
        from PySide6.QtWidgets import QMessageBox

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
        from PySide6.QtWidgets import QDialog

        from kraken_guard.views.guarded_dialog import GuardedChangeDialog

        dialog = GuardedChangeDialog(title, change, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def choose_folder(self, parent: QWidget | None, title: str, start: str) -> Path | None:
        """Ask for a folder with the desktop's own dialog; None when the person cancels."""
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(parent, title, start)
        return Path(chosen) if chosen else None

    def choose_save_file(
        self, parent: QWidget | None, title: str, suggested_name: str, kinds: str
    ) -> Path | None:
        """Ask where to save; `kinds` is a Qt name filter such as "Text files (*.txt)"."""
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested_name, kinds)
        return Path(chosen) if chosen else None

    def choose_open_file(self, parent: QWidget | None, title: str, kinds: str) -> Path | None:
        """Ask which file to open; `kinds` is a Qt name filter such as "Files (*.json)"."""
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
        return Path(chosen) if chosen else None

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from kraken_guard.views.guarded_dialog import GuardedChangeDialog


def test_change_needs_the_typed_word(qtbot) -> None:
    dialog = GuardedChangeDialog("Add an official number", "+1 800 555 0100")
    qtbot.addWidget(dialog)
    dialog.open()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Kraken will never ask you to add or change" in texts
    assert "+1 800 555 0100" in texts
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.word, "yes")
    assert not dialog.ok.isEnabled()
    dialog.word.clear()
    qtbot.keyClicks(dialog.word, "myself")
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_enter_without_the_word_cancels(qtbot) -> None:
    dialog = GuardedChangeDialog("Add an official number", "+1 800 555 0100")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClick(dialog.word, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected

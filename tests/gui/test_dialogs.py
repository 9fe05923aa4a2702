"""The Dialogs seam: its file choosers pass the right words to Qt, and no test can open one."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from kraken_guard.app.dialogs import Dialogs


class QtAnswers:
    """Stands in for a QFileDialog static function: records the call, returns `answer`."""

    def __init__(self, answer: object) -> None:
        self.answer = answer
        self.calls: list[tuple[object, ...]] = []

    def __call__(self, *args: object) -> object:
        self.calls.append(args)
        return self.answer


def test_choose_folder_starts_where_asked_and_cancel_means_none(
    monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    qt = QtAnswers("/home/me/Desktop")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", qt)
    assert Dialogs().choose_folder(parent, "Where?", "/home/me") == Path("/home/me/Desktop")
    assert qt.calls == [(parent, "Where?", "/home/me")]
    qt.answer = ""
    assert Dialogs().choose_folder(parent, "Where?", "/home/me") is None


def test_choose_save_file_suggests_the_name_and_filter(
    monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    qt = QtAnswers(("/tmp/call.txt", "Text files (*.txt)"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", qt)
    chosen = Dialogs().choose_save_file(parent, "Save", "call-1.txt", "Text files (*.txt)")
    assert chosen == Path("/tmp/call.txt")
    assert qt.calls == [(parent, "Save", "call-1.txt", "Text files (*.txt)")]
    qt.answer = ("", "")
    assert Dialogs().choose_save_file(parent, "Save", "call-1.txt", "Text files (*.txt)") is None


def test_choose_open_file_uses_the_filter(monkeypatch: pytest.MonkeyPatch, qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    qt = QtAnswers(("/tmp/progress.json", "Progress files (*.json)"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", qt)
    chosen = Dialogs().choose_open_file(parent, "Open", "Progress files (*.json)")
    assert chosen == Path("/tmp/progress.json")
    assert qt.calls == [(parent, "Open", "", "Progress files (*.json)")]
    qt.answer = ("", "")
    assert Dialogs().choose_open_file(parent, "Open", "Progress files (*.json)") is None


def test_a_real_file_chooser_fails_the_test_instead_of_hanging(qtbot) -> None:
    with pytest.raises(AssertionError, match=r"QFileDialog\.getSaveFileName"):
        Dialogs().choose_save_file(None, "Save", "x.txt", "Text files (*.txt)")
    with pytest.raises(AssertionError, match=r"QFileDialog\.getOpenFileName"):
        Dialogs().choose_open_file(None, "Open", "Progress files (*.json)")
    with pytest.raises(AssertionError, match=r"QFileDialog\.getExistingDirectory"):
        Dialogs().choose_folder(None, "Where?", "")


def test_a_real_message_box_or_dialog_fails_the_test_instead_of_hanging(qtbot) -> None:
    with pytest.raises(AssertionError, match=r"QMessageBox\.exec"):
        Dialogs().inform(None, "Hello", "A real box would wait for a click.")
    with pytest.raises(AssertionError, match=r"QDialog\.exec"):
        Dialogs().confirm_guarded(None, "Add a bookmark", "https://www.kraken.com")
    dialog = QDialog()
    qtbot.addWidget(dialog)
    with pytest.raises(AssertionError, match=r"QDialog\.exec"):
        dialog.exec()
    with pytest.raises(AssertionError, match=r"QMessageBox\.warning"):
        QMessageBox.warning(None, "Careful", "Static helpers are caught too.")

"""A tray app runs for days: thousands of Qt calls must not wear the interpreter down."""

import sys

from PySide6.QtWidgets import QLabel


def test_many_qt_calls_leave_the_reference_to_none_intact(qtbot) -> None:  # type: ignore[no-untyped-def]
    # PySide6 6.12.0 dropped a reference to None on each call returning nothing; CPython 3.11
    # then aborted the whole app after about 20,000 calls ("deallocating None").
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for index in range(5000):
        label.setText(str(index))
    assert abs(sys.getrefcount(None) - before) < 100

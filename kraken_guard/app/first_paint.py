"""Quits the app right after a window's first paint: the start-up measure bench/ relies on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            # Let this paint finish before leaving, so the frame really reached the screen.
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        return False


def quit_after_first_paint(window: QWidget) -> None:
    """Exit with 0 once `window` has painted for the first time."""
    window.installEventFilter(_FirstPaint(window))

"""Work that waits for the main window's first paint, and the start-up measure bench/ relies on.

The window comes first: what the person does not see in the first frame (hearing a second
launch, the status line's date, the tray tooltip's detail) runs right after it is painted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Let this paint finish first, so the frame really reached the screen.
            QTimer.singleShot(0, self._then)
        return False


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Run `then` once, just after `window` painted for the first time."""
    window.installEventFilter(_FirstPaint(window, then))


def quit_after_first_paint(window: QWidget) -> None:
    """Exit with 0 once `window` has painted for the first time."""
    after_first_paint(window, lambda: QCoreApplication.exit(0))

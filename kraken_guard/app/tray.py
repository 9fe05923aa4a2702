"""The optional tray icon: the same actions as the window; a left click opens the quick check."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


class Tray(QObject):
    """Wraps QSystemTrayIcon; `start()` says whether the desktop has a tray at all."""

    primaryActivated = Signal()

    def __init__(
        self,
        icon: QIcon,
        actions: Sequence[QAction | None],
        available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._icon = icon
        self._actions = list(actions)
        self._available = available
        self._tray: QSystemTrayIcon | None = None
        self._menu = QMenu()
        self._menu.setObjectName("tray_menu")
        self._menu.setAccessibleName(self.tr("Kraken Guard menu"))
        self._menu.aboutToShow.connect(self._rebuild_menu)
        self._rebuild_menu()

    @property
    def icon(self) -> QSystemTrayIcon | None:
        return self._tray

    @property
    def menu(self) -> QMenu:
        return self._menu

    def start(self) -> bool:
        if not self._available():
            return False
        if self._tray is None:
            tray = QSystemTrayIcon(self._icon, self)
            tray.setContextMenu(self._menu)
            tray.activated.connect(self._on_activated)
            self._tray = tray
        self._tray.show()
        return True

    def set_icon(self, icon: QIcon) -> None:
        """A new icon, e.g. when the desktop (and so the panel) turns dark or light."""
        self._icon = icon
        if self._tray is not None:
            self._tray.setIcon(icon)

    def set_tooltip(self, text: str) -> None:
        if self._tray is not None:
            self._tray.setToolTip(text)

    def notify(self, title: str, text: str) -> None:
        if self._tray is not None:
            self._tray.showMessage(title, text, self._icon, 8000)

    def stop(self) -> None:
        if self._tray is not None:
            self._tray.hide()

    def _rebuild_menu(self) -> None:
        # Rebuilt on every opening so disabled or retitled actions show their current state.
        self._menu.clear()
        for action in self._actions:
            if action is None:
                self._menu.addSeparator()
            else:
                self._menu.addAction(action)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.primaryActivated.emit()

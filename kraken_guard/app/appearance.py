"""Applies the look: light or dark (following the system unless overridden) and the text size."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from kraken_guard.core.appearance import (
    TEXT_SIZES,
    SchemeChoice,
    save_scheme,
    save_text_size,
    saved_scheme,
    saved_text_size,
)
from kraken_guard.core.store import Store
from kraken_guard.views.design_tokens import DARK, LIGHT, Scheme
from kraken_guard.views.theme import apply_theme

CONTEXT = "appearance"


def system_is_dark() -> bool:
    """What the desktop asks for (Qt reads GTK, KDE, Windows and macOS settings)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class Appearance(QObject):
    """Owns the scheme and text-size choices and re-applies the theme when either changes."""

    changed = Signal()
    systemSchemeChanged = Signal()  # the desktop (and so the panel) changed light/dark

    def __init__(self, app: QApplication, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._store = store
        self.choice = saved_scheme(store)
        self.text_size = saved_text_size(store)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_changed)
        self.apply()

    def scheme(self) -> Scheme:
        if self.choice is SchemeChoice.SYSTEM:
            return DARK if system_is_dark() else LIGHT
        return DARK if self.choice is SchemeChoice.DARK else LIGHT

    def apply(self) -> None:
        apply_theme(self._app, self.scheme(), self.text_size / 100)
        self.changed.emit()

    def set_scheme(self, choice: SchemeChoice) -> None:
        self.choice = SchemeChoice(choice)
        save_scheme(self._store, self.choice)
        self.apply()

    def set_text_size(self, percent: int) -> None:
        self.text_size = save_text_size(self._store, percent)
        self.apply()

    def _on_system_changed(self) -> None:
        self.systemSchemeChanged.emit()
        if self.choice is SchemeChoice.SYSTEM:
            self.apply()

    def menu(self, parent: QWidget) -> QMenu:
        """A "View" menu: colour scheme and text size, each a group of ticked choices."""
        tr = QCoreApplication.translate
        menu = QMenu(tr(CONTEXT, "Vie&w"), parent)
        menu.setObjectName("menu_view")
        schemes = QActionGroup(menu)
        names = {
            SchemeChoice.SYSTEM: tr(CONTEXT, "Colours: follow the &system"),
            SchemeChoice.LIGHT: tr(CONTEXT, "Colours: &light"),
            SchemeChoice.DARK: tr(CONTEXT, "Colours: &dark"),
        }
        for choice, text in names.items():
            action = QAction(text, menu, checkable=True)
            action.setObjectName(f"action_scheme_{choice.value}")
            action.setChecked(choice is self.choice)
            action.triggered.connect(lambda _=False, c=choice: self.set_scheme(c))
            schemes.addAction(action)
            menu.addAction(action)
        menu.addSeparator()
        sizes = QActionGroup(menu)
        for percent in TEXT_SIZES:
            action = QAction(tr(CONTEXT, "Text size {percent} %").format(percent=percent), menu)
            action.setCheckable(True)
            action.setObjectName(f"action_text_{percent}")
            action.setChecked(percent == self.text_size)
            action.triggered.connect(lambda _=False, p=percent: self.set_text_size(p))
            sizes.addAction(action)
            menu.addAction(action)
        return menu

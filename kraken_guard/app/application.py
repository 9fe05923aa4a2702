"""The QApplication with its names, desktop id and icons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from kraken_guard import __version__
from kraken_guard.core.resources import resource_path

DESKTOP_ID = "io.github.kraken_guard.KrakenGuard"
ORGANIZATION = "Kraken Guard"
APPLICATION = "kraken-guard"
DISPLAY_NAME = "Kraken Guard"


def configure_application(app: QCoreApplication) -> None:
    """Names, desktop id and icon; split out so tests can apply it to pytest-qt's `qapp`."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    if isinstance(app, QGuiApplication):
        QGuiApplication.setApplicationDisplayName(DISPLAY_NAME)
        QGuiApplication.setDesktopFileName(DESKTOP_ID)
        QGuiApplication.setWindowIcon(app_icon())


def create_application(argv: Sequence[str]) -> QApplication:
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(list(argv))
    configure_application(app)
    return app


def icon_file(name: str) -> str:
    return str(resource_path("icons", f"{name}.svg"))


def app_icon() -> QIcon:
    return QIcon(icon_file("kraken-guard"))


def tray_icon() -> QIcon:
    """A monochrome icon that stands out on the current panel colour."""
    scheme = QGuiApplication.styleHints().colorScheme()
    dark = scheme == Qt.ColorScheme.Dark
    return QIcon(icon_file("tray-dark" if dark else "tray-light"))

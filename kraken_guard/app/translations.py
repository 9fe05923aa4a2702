"""Loads the app's translation and Qt's own for the user's language; anything missing: English."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kraken_guard.core.resources import resource_path

if TYPE_CHECKING:  # importlib.resources costs ~2 ms to import, for a type hint alone
    from importlib.resources.abc import Traversable

log = logging.getLogger(__name__)

LANG_ENV = "KRAKEN_GUARD_LANG"
CATALOG = "kraken_guard"


class _LoadedTranslator(QTranslator):
    """Qt reads the .qm bytes in place, so they must live as long as the translator."""

    def __init__(self, data: bytes, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self.data = data


def ui_languages() -> list[str]:
    """The user's languages, best first: `KRAKEN_GUARD_LANG` if set, else the system's."""
    chosen = os.environ.get(LANG_ENV, "").strip()
    if chosen:
        return [chosen]
    return list(QLocale.system().uiLanguages())


def candidates(languages: Sequence[str]) -> list[str]:
    """File suffixes to try, best first: "de-AT" gives "de_AT", then "de"."""
    found: list[str] = []
    for language in languages:
        name = language.replace("-", "_")
        for option in (name, name.split("_")[0]):
            if option and option not in found:
                found.append(option)
    return found


def install_translations(
    app: QCoreApplication,
    languages: Sequence[str] | None = None,
    folder: Traversable | None = None,
) -> list[QTranslator]:
    """Install the best translation found for `languages`; return the translators installed."""
    wanted = candidates(ui_languages() if languages is None else languages)
    installed = []
    own = _load_own(wanted, folder or resource_path("translations"), app)
    if own is not None:
        installed.append(own)
    qt = _load_qtbase(wanted, app)
    if qt is not None:
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def _load_own(wanted: list[str], folder: Traversable, app: QCoreApplication) -> QTranslator | None:
    for language in wanted:
        source = folder / f"{CATALOG}_{language}.qm"
        if not source.is_file():
            continue
        # Read through importlib.resources, so it works from a wheel, a checkout or a frozen app.
        translator = _LoadedTranslator(source.read_bytes(), app)
        if translator.load(translator.data):
            return translator
        log.warning("translation %s could not be read; using English", source.name)
    return None


def _load_qtbase(wanted: list[str], app: QCoreApplication) -> QTranslator | None:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for language in wanted:
        translator = QTranslator(app)
        if translator.load(f"qtbase_{language}", folder):
            return translator
    return None

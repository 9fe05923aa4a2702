"""Puts the chosen language into effect for Qt: its translators and the locale for dates."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from kraken_guard.app.translations import install_translations
from kraken_guard.core.language_setting import OVERRIDE_ENV, primary, resolve_language


def start_language(app: QCoreApplication, saved: str | None, environ: Mapping[str, str]) -> str:
    """Install the translators and default locale; return the language content is read in.

    Called once at start: a language chosen later takes effect at the next start.
    """
    system = QLocale.system()
    language = resolve_language(saved, list(system.uiLanguages()), environ)
    # KRAKEN_GUARD_LANG (even a test-only code) and the system list are read by ui_languages().
    chosen = [saved] if saved and not environ.get(OVERRIDE_ENV, "").strip() else None
    install_translations(app, chosen)
    if primary(system.name()) != language:
        QLocale.setDefault(QLocale(language))
    return language

"""Puts the chosen language into effect for Qt: its translators and the locale for dates."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QWidget

from kraken_guard.app.translations import install_translations
from kraken_guard.core.language_setting import (
    NATIVE_NAMES,
    OVERRIDE_ENV,
    SYSTEM,
    available_languages,
    primary,
    resolve_language,
    save_language,
    saved_language,
)
from kraken_guard.core.store import Store
from kraken_guard.views.language_choice import LanguageChoice


def start_language(
    app: QCoreApplication, saved: str | None, environ: Mapping[str, str]
) -> tuple[str, list[QTranslator]]:
    """Install the translators and default locale; return the content language and translators.

    Called once at start: a language chosen later takes effect at the next start.
    """
    system = QLocale.system()
    language = resolve_language(saved, list(system.uiLanguages()), environ)
    # KRAKEN_GUARD_LANG (even a test-only code) and the system list are read by ui_languages().
    chosen = [saved] if saved and not environ.get(OVERRIDE_ENV, "").strip() else None
    installed = install_translations(app, chosen)
    if primary(system.name()) != language:
        QLocale.setDefault(QLocale(language))
    return language, installed


def offer_language_choice(page: QWidget, store: Store) -> LanguageChoice:
    """Put the language choice at the foot of `page`; a choice is saved and used at next start."""
    choice = LanguageChoice(
        [(code, NATIVE_NAMES.get(code, code)) for code in available_languages()],
        saved_language(store) or SYSTEM,
        page,
    )
    layout = page.layout()
    if layout is not None:
        layout.addWidget(choice)

    def save(code: str) -> None:
        saved = save_language(store, code)
        if saved is None:
            note = QCoreApplication.translate(
                "language",
                "Kraken Guard will follow this computer's language the next time it starts.",
            )
        else:
            note = QCoreApplication.translate(
                "language", "Kraken Guard will speak {name} the next time it starts."
            ).format(name=NATIVE_NAMES.get(saved, saved))
        choice.show_note(note)

    choice.chosen.connect(save)
    return choice

"""The language follows the system, a saved choice overrides it, and only known languages count."""

import pytest

from kraken_guard.core.language_setting import (
    OVERRIDE_ENV,
    available_languages,
    choose_language,
    primary,
    resolve_language,
    save_language,
    saved_language,
    system_languages,
)
from kraken_guard.core.store import Store


def test_locale_names_give_their_language() -> None:
    assert primary("es_ES.UTF-8") == "es"
    assert primary("de-AT") == "de"
    assert primary("fr_CA.UTF-8@euro") == "fr"
    assert primary("C.UTF-8") == "" and primary("POSIX") == "" and primary(None) == ""


def test_english_spanish_german_and_french_are_offered() -> None:
    assert available_languages()[0] == "en"
    assert {"es", "de", "fr"} <= set(available_languages())


@pytest.mark.parametrize(
    "environ, expected",
    [
        ({"LANG": "es_ES.UTF-8"}, "es"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "de_DE.UTF-8"}, "de"),
        ({"LANG": "de_DE.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr"),
        # LANGUAGE is a priority list: the first language Kraken Guard has wins.
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "pt_BR:fr:en"}, "fr"),
        # ...but gettext ignores it when no real locale is set.
        ({"LANG": "C.UTF-8", "LANGUAGE": "de"}, "en"),
        ({"LANG": "ja_JP.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_command_line_follows_the_system_locale(environ: dict[str, str], expected: str) -> None:
    chosen = choose_language(system_languages(environ), available_languages())
    assert chosen == expected


def test_a_saved_choice_beats_the_system_and_the_test_override_beats_both() -> None:
    system = ["de-DE", "en-US"]
    assert resolve_language(None, system, {}) == "de"
    assert resolve_language("fr", system, {}) == "fr"
    assert resolve_language("fr", system, {OVERRIDE_ENV: "es"}) == "es"
    # A test-only code (the pseudo locale) is not a content language: the next one counts.
    assert resolve_language("fr", system, {OVERRIDE_ENV: "xx"}) == "fr"


def test_choosing_saves_and_system_follows_the_computer_again(store: Store) -> None:
    assert saved_language(store) is None
    assert save_language(store, "es_ES") == "es"
    assert saved_language(store) == "es"
    assert save_language(store, "System") is None
    assert saved_language(store) is None


def test_an_unknown_language_is_refused_with_the_choices(store: Store) -> None:
    with pytest.raises(ValueError, match=r"Choose one of en, .*or system"):
        save_language(store, "tlh")
    assert saved_language(store) is None


def test_a_saved_value_edited_to_nonsense_follows_the_system(store: Store) -> None:
    store.set_setting("language", "klingon")
    assert saved_language(store) is None

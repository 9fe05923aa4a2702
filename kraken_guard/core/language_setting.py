"""Which language the person reads: the system's, unless they chose one in the settings table.

Order: `KRAKEN_GUARD_LANG` (for testing a translation), then the saved choice, then the system
languages (the GUI passes Qt's list, the command line reads LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
A change takes effect the next time Kraken Guard starts.
"""

from __future__ import annotations

from kraken_guard.core.resources import resource_subfolders

TYPE_CHECKING = False
if TYPE_CHECKING:  # the store is opened (and imported) by whoever has saved settings to read
    from collections.abc import Mapping, Sequence

    from kraken_guard.core.store import Store

LANGUAGE_SETTING = "language"
SYSTEM = "system"
ENGLISH = "en"
OVERRIDE_ENV = "KRAKEN_GUARD_LANG"
# Each language's name in itself, for the choice list; a language without a name shows its code.
NATIVE_NAMES = {"en": "English", "es": "Español", "de": "Deutsch", "fr": "Français"}


def available_languages() -> list[str]:
    """English first, then every language that has content translations."""
    # Listed here rather than through content_catalogue, which the first window does not need.
    found = resource_subfolders("content", "i18n")
    return [ENGLISH, *(code for code in found if code != ENGLISH)]


def primary(code: str | None) -> str:
    """The language part of a locale name: "es_ES.UTF-8" and "es-MX" give "es"; "C" gives ""."""
    if not code:
        return ""
    name = code.strip().split(".")[0].split("@")[0].replace("-", "_").partition("_")[0].lower()
    return "" if name in ("c", "posix") else name


def system_languages(environ: Mapping[str, str]) -> list[str]:
    """The languages the system asks for, best first, as gettext reads them."""
    locale_name = next(
        (environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(k, "").strip()), ""
    )
    found: list[str] = []
    if primary(locale_name):
        # LANGUAGE is a priority list, honoured only when a real locale is set (as gettext does).
        found += [part for part in environ.get("LANGUAGE", "").split(":") if primary(part)]
        found.append(locale_name)
    return found


def choose_language(wanted: Sequence[str], available: Sequence[str]) -> str:
    """The first wanted language that Kraken Guard has, else English."""
    for code in wanted:
        if primary(code) in available:
            return primary(code)
    return ENGLISH


def saved_language(store: Store) -> str | None:
    """The language the person chose, or None to follow the system."""
    value = primary(store.get_setting(LANGUAGE_SETTING))
    return value if value and value != SYSTEM and value in available_languages() else None


def save_language(store: Store, code: str) -> str | None:
    """Remember a language ("system" follows the system again); raises ValueError if unknown."""
    if code.strip().lower() == SYSTEM:
        store.set_setting(LANGUAGE_SETTING, SYSTEM)
        return None
    language = primary(code)
    available = available_languages()
    if language not in available:
        raise ValueError(
            f"{code!r} is not a language Kraken Guard has. Choose one of "
            f"{', '.join(available)}, or {SYSTEM} to follow your computer."
        )
    store.set_setting(LANGUAGE_SETTING, language)
    return language


def resolve_language(saved: str | None, system: Sequence[str], environ: Mapping[str, str]) -> str:
    """The language to use now: the test override, then the saved choice, then the system's."""
    available = available_languages()
    override = environ.get(OVERRIDE_ENV, "").strip()
    return choose_language([c for c in (override, saved or "") if c] + list(system), available)

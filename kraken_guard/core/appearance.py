"""The person's appearance choices, kept in the settings table: colour scheme and text size."""

from __future__ import annotations

from enum import StrEnum

from kraken_guard.core.store import Store

SCHEME_SETTING = "appearance_scheme"
TEXT_SIZE_SETTING = "appearance_text_size"
TEXT_SIZES = (100, 125, 150, 175, 200)  # percent of the system's text size
MIN_TEXT_SIZE, MAX_TEXT_SIZE = TEXT_SIZES[0], TEXT_SIZES[-1]


class SchemeChoice(StrEnum):
    SYSTEM = "system"  # follow the desktop's light or dark setting
    LIGHT = "light"
    DARK = "dark"


def saved_scheme(store: Store) -> SchemeChoice:
    """The chosen scheme; anything unknown in the store means "follow the system"."""
    try:
        return SchemeChoice(store.get_setting(SCHEME_SETTING) or SchemeChoice.SYSTEM.value)
    except ValueError:
        return SchemeChoice.SYSTEM


def save_scheme(store: Store, choice: SchemeChoice) -> None:
    store.set_setting(SCHEME_SETTING, SchemeChoice(choice).value)


def clamp_text_size(percent: int) -> int:
    return max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, percent))


def saved_text_size(store: Store) -> int:
    """The text size in percent (100 to 200); a damaged value falls back to 100."""
    try:
        return clamp_text_size(int(store.get_setting(TEXT_SIZE_SETTING, "100") or "100"))
    except ValueError:
        return MIN_TEXT_SIZE


def save_text_size(store: Store, percent: int) -> int:
    value = clamp_text_size(int(percent))
    store.set_setting(TEXT_SIZE_SETTING, str(value))
    return value

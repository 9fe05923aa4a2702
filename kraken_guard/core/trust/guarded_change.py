"""The words shown before any change to trusted data, for the GUI and the command line alike."""

from __future__ import annotations

from kraken_guard.core.i18n import QT_TRANSLATE_NOOP

CONFIRM_WORD = "MYSELF"

WARNING = QT_TRANSLATE_NOOP(
    "guarded",
    "Stop if anyone asked you to do this. Kraken will never ask you to add or change a phone "
    "number or a link. A caller who asks is running a scam: hang up.",
)
PROMPT = QT_TRANSLATE_NOOP(
    "guarded", "Type {word} to show you are doing this yourself, not because someone asked."
)


def confirms(typed: str) -> bool:
    """True when the person typed the confirmation word (any case, spaces around ignored)."""
    return typed.strip().upper() == CONFIRM_WORD

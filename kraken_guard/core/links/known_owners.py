"""Names close to Kraken that are not an attack: firms known to own them, and ordinary words."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

KNOWN_NAMES_FILE = "lookalike_known_names"


@dataclass(frozen=True)
class KnownNames:
    owners: dict[str, str]  # registrable name -> who owns it (kraken.io -> "Kraken.io")
    words: tuple[str, ...]  # words one typo from the brand (kranken, draken)


@cache
def known_names() -> KnownNames:
    """The sourced list in resources/content, read on first use."""
    from kraken_guard.core.content import load_content

    content = load_content(KNOWN_NAMES_FILE)
    owners = {i.id: i.title for i in content.items if i.extra.get("kind") == "owner"}
    words = tuple(i.id for i in content.items if i.extra.get("kind") == "word")
    return KnownNames(owners, words)


def owner_of(registrable: str) -> str | None:
    """The firm known to own `registrable` (a name such as gitkraken.com), if it is listed."""
    return known_names().owners.get(registrable.lower().rstrip("."))


def inside_known_word(text: str, start: int, end: int) -> bool:
    """True when text[start:end] lies inside an ordinary word from the list (krankenkasse)."""
    for word in known_names().words:
        at = text.find(word)
        while at != -1:
            if at <= start and end <= at + len(word) + 1:
                return True
            at = text.find(word, at + 1)
    return False

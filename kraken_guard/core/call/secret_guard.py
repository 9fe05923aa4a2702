"""Refuses notes that look like a secret: a BIP-39 seed phrase or a one-time code."""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache

from kraken_guard.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "secret_guard"

# Seed phrases have 12 to 24 words; 12 words in a row from the list is no accident.
SEED_RUN = 12
WORD = re.compile(r"[^\W\d_]+")
# Six to eight digits standing alone, or split as 123 456: the shape of a 2FA or approval code.
CODE = re.compile(r"(?<![\d.,+$€£])(?<![\d][ -])(?:\d{6,8}|\d{3}[ -]\d{3})(?![ -]?\d)(?![.,]\d)")


class SecretKind(StrEnum):
    SEED_PHRASE = "seed_phrase"
    ONE_TIME_CODE = "one_time_code"


WARNINGS = {
    SecretKind.SEED_PHRASE: QT_TRANSLATE_NOOP(
        "secret_guard",
        "Your notes look like seed words. Never write seed words here or anywhere online. "
        "Remove them, then save again.",
    ),
    SecretKind.ONE_TIME_CODE: QT_TRANSLATE_NOOP(
        "secret_guard",
        "Your notes look like a one-time code. Codes are secret, so they are not saved. "
        "Remove it, then save again.",
    ),
}


class SecretInNotes(ValueError):
    """Raised instead of storing notes that look like a secret."""

    def __init__(self, kind: SecretKind) -> None:
        super().__init__(WARNINGS[kind])
        self.kind = kind


@cache
def bip39_words() -> frozenset[str]:
    from mnemonic import Mnemonic

    return frozenset(Mnemonic("english").wordlist)


def find_secret(text: str) -> SecretKind | None:
    """What kind of secret `text` seems to hold, or None when it reads like ordinary notes."""
    if _has_seed_run(text):
        return SecretKind.SEED_PHRASE
    if CODE.search(text):
        return SecretKind.ONE_TIME_CODE
    return None


def refuse_secrets(text: str) -> str:
    """Return `text` unchanged, or raise SecretInNotes when it looks like a secret."""
    kind = find_secret(text)
    if kind is not None:
        raise SecretInNotes(kind)
    return text


def _has_seed_run(text: str) -> bool:
    words = bip39_words()
    run = 0
    for match in WORD.finditer(text.lower()):
        run = run + 1 if match.group() in words else 0
        if run >= SEED_RUN:
            return True
    return False

"""Refuses notes that look like a secret: seed words, a private key, or a one-time code.

Seed words are matched against the BIP-39 English list (Electrum 2+ seeds use the same list),
also as their unique 4-letter prefixes and with one typo, in a run or split up by other text;
a run of exactly 12-24 words is confirmed by the BIP-39 checksum. Private keys are WIF and
extended private keys (base58check) and 64-digit hex keys. Report details stay allowed: case,
ticket and order numbers with their words, amounts with a currency, dates and times.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from enum import StrEnum
from functools import cache

from kraken_guard.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "secret_guard"

WORD = re.compile(r"[^\W\d_]+")
# Six to eight digits standing alone, or split as 123 456: the shape of a 2FA or approval code.
CODE = re.compile(r"(?<![\d.,+$€£])(?<![\d][ -])(?:\d{6,8}|\d{3}[ -]\d{3})(?![ -]?\d)(?![.,]\d)")
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
WIF = re.compile(r"(?<![A-Za-z0-9])[5KLc9][1-9A-HJ-NP-Za-km-z]{50,51}(?![A-Za-z0-9])")
EXTENDED_PRIVATE = re.compile(
    r"(?<![A-Za-z0-9])[xyztuvYZUV]prv[1-9A-HJ-NP-Za-km-z]{90,115}(?![A-Za-z0-9])"
)
HEX_KEY = re.compile(r"(?<![0-9A-Za-z])(?:0x)?[0-9a-fA-F]{64}(?![0-9A-Za-z])")
# A 64-digit hex number after these words is a transaction id, which a report needs.
TRANSACTION_WORDS = re.compile(
    r"\b(?:tx|txid|txn|transaction|hash|deposit|withdrawal|block)\b[^.\n]{0,30}$", re.I
)
# Numbers after these words are report details (case, ticket, order...), not codes.
LABEL_WORDS = re.compile(
    r"(?:\b(?:case|ticket|order|ref|reference|invoice|request|id|no|nr|number|account|"
    r"acct|claim|report|incident|complaint|tracking|confirmation|receipt)\b\W{0,4}|#\s*)$",
    re.I,
)
CODE_WORDS = re.compile(
    r"\b(?:code|codes|2fa|otp|sms|pin|passcode|verification|verify|authenticator|token|"
    r"one[- ]time|security code|approval)\b",
    re.I,
)
CURRENCY_AFTER = re.compile(
    r"^\s?(?:usd|eur|gbp|cad|aud|chf|jpy|usdt|usdc|btc|eth|xrp|sol|ada|dot|doge|ltc|"
    r"dollars?|euros?|pounds?|\$|€|£)\b",
    re.I,
)
CURRENCY_BEFORE = re.compile(r"(?:[$€£]|\b(?:usd|eur|gbp|btc|eth)\s?)$", re.I)

# Seed words: a window of SEED_WINDOW seed-like words that fills most of the words it spans.
SEED_WINDOW = 10
SEED_DENSITY = 0.75
CHECKSUM_DENSITY = 0.6  # a 12-24 word window with a valid BIP-39 checksum may be sparser
SEED_LENGTHS = (12, 15, 18, 21, 24)
TYPO_MIN_LENGTH = 5  # shorter words have too many one-letter neighbours


class SecretKind(StrEnum):
    SEED_PHRASE = "seed_phrase"
    ONE_TIME_CODE = "one_time_code"
    PRIVATE_KEY = "private_key"


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
    SecretKind.PRIVATE_KEY: QT_TRANSLATE_NOOP(
        "secret_guard",
        "Your notes look like a private key. Anyone with it can take your coins. "
        "Remove it, then save again.",
    ),
}


class SecretInNotes(ValueError):
    """Raised instead of storing notes that look like a secret."""

    def __init__(self, kind: SecretKind) -> None:
        super().__init__(WARNINGS[kind])
        self.kind = kind


@cache
def bip39_wordlist() -> tuple[str, ...]:
    from mnemonic import Mnemonic

    return tuple(Mnemonic("english").wordlist)


@cache
def bip39_words() -> frozenset[str]:
    return frozenset(bip39_wordlist())


@cache
def _by_prefix() -> dict[str, str]:
    """Every BIP-39 word is known by its first four letters (the list is built that way)."""
    return {word[:4]: word for word in bip39_wordlist()}


def find_secret(text: str) -> SecretKind | None:
    """What kind of secret `text` seems to hold, or None when it reads like ordinary notes."""
    if _has_private_key(text):
        return SecretKind.PRIVATE_KEY
    if _has_seed(text):
        return SecretKind.SEED_PHRASE
    if _has_code(text):
        return SecretKind.ONE_TIME_CODE
    return None


def refuse_secrets(text: str) -> str:
    """Return `text` unchanged, or raise SecretInNotes when it looks like a secret."""
    kind = find_secret(text)
    if kind is not None:
        raise SecretInNotes(kind)
    return text


def seed_word(token: str) -> str | None:
    """The BIP-39 word `token` stands for: itself, its 4-letter prefix, or it with one typo."""
    words = bip39_words()
    if token in words:
        return token
    if len(token) < 4:
        return None
    prefixed = _by_prefix().get(token[:4])
    if prefixed is not None and (len(token) == 4 or _one_edit(token, prefixed)):
        return prefixed
    if len(token) >= TYPO_MIN_LENGTH:
        for candidate in _one_edit_neighbours(token):
            if candidate in words:
                return candidate
    return None


def _has_seed(text: str) -> bool:
    tokens = [match.group() for match in WORD.finditer(text.lower())]
    found = [(i, seed_word(t)) for i, t in enumerate(tokens)]
    seeds = [(i, word) for i, word in found if word is not None]
    exact = [(i, word) for i, word in found if word is not None and word == tokens[i]]
    for start in range(len(seeds) - SEED_WINDOW + 1):
        window = seeds[start : start + SEED_WINDOW]
        if SEED_WINDOW / (window[-1][0] - window[0][0] + 1) >= SEED_DENSITY:
            return True
    # Split up by other text: the checksum (1 in 16 by chance for 12 words) decides, on words
    # written out in full only, so everyday words near each other rarely pass.
    for length in SEED_LENGTHS:
        for start in range(len(exact) - length + 1):
            window = exact[start : start + length]
            span = window[-1][0] - window[0][0] + 1
            if length / span >= CHECKSUM_DENSITY and checksum_ok([w for _, w in window]):
                return True
    return False


def checksum_ok(words: Sequence[str]) -> bool:
    """True when the words form a BIP-39 mnemonic whose checksum matches."""
    if len(words) not in SEED_LENGTHS:
        return False
    index = {word: i for i, word in enumerate(bip39_wordlist())}
    bits = "".join(format(index[word], "011b") for word in words)
    checksum_bits = len(bits) // 33
    entropy = int(bits[:-checksum_bits], 2).to_bytes(len(bits[:-checksum_bits]) // 8, "big")
    expected = format(hashlib.sha256(entropy).digest()[0], "08b")[:checksum_bits]
    return bits[-checksum_bits:] == expected


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    return a == b or b in _one_edit_neighbours(a)


def _one_edit_neighbours(word: str) -> set[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {
        *(left + right[1:] for left, right in splits if right),
        *(left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1),
        *(left + c + right[1:] for left, right in splits if right for c in letters),
        *(left + c + right for left, right in splits for c in letters),
    }


def base58check(text: str) -> bytes | None:
    """The payload of a base58check string, or None when it is not one (bad checksum)."""
    number = 0
    for char in text:
        position = BASE58.find(char)
        if position < 0:
            return None
        number = number * 58 + position
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    raw = b"\0" * (len(text) - len(text.lstrip("1"))) + raw
    if len(raw) < 5:
        return None
    payload, checksum = raw[:-4], raw[-4:]
    if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != checksum:
        return None
    return payload


def _has_private_key(text: str) -> bool:
    for match in WIF.finditer(text):
        payload = base58check(match.group())
        if payload is not None and payload[0] in (0x80, 0xEF) and len(payload) in (33, 34):
            return True
    if EXTENDED_PRIVATE.search(text):
        return True  # even with a typo it is most of a private key
    for match in HEX_KEY.finditer(text):
        if not TRANSACTION_WORDS.search(text[: match.start()]):
            return True
    return False


def _has_code(text: str) -> bool:
    for match in CODE.finditer(text):
        before, after = text[: match.start()], text[match.end() :]
        if CODE_WORDS.search(before[-40:]) or CODE_WORDS.search(after[:25]):
            return True
        if LABEL_WORDS.search(before[-30:]):
            continue  # "case #12345678", "order 20240512"
        if CURRENCY_AFTER.search(after) or CURRENCY_BEFORE.search(before):
            continue  # "150000 USD", "$150000"
        return True
    return False

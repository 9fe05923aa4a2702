"""The notes guard on a table of 100+ secrets and 100+ ordinary report notes (issue 14, item 8)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from mnemonic import Mnemonic

from kraken_guard.core.call.secret_guard import BASE58, SecretKind, find_secret

NOTES = Path(__file__).parent / "data" / "ordinary_notes.txt"
MNEMONIC = Mnemonic("english")


def _b58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    number = int.from_bytes(data, "big")
    text = ""
    while number:
        number, digit = divmod(number, 58)
        text = BASE58[digit] + text
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + text


def _typo(words: list[str]) -> list[str]:
    index = next(i for i, w in enumerate(words) if len(w) >= 5)
    word = words[index]
    return [*words[:index], word[:2] + word[3] + word[2] + word[4:], *words[index + 1 :]]


def _seed_forms(words: list[str]) -> list[str]:
    half = len(words) // 2
    return [
        " ".join(words),
        "\n".join(f"{n}. {w}" for n, w in enumerate(words, start=1)),
        ", ".join(w.upper() for w in words),
        " ".join(words[:11]),
        "He made me read them: " + " ".join(_typo(words)),
        " ".join(w[:4] for w in words),
        f"first part {' '.join(words[:half])} and then later {' '.join(words[half:])}",
        f"Backup words (do not share): {' '.join(words)}. Written on paper.",
        f"words 1-4 {' '.join(words[:4])}; 5-8 {' '.join(words[4:8])}; rest {' '.join(words[8:])}",
    ]


def _secrets() -> list[tuple[str, SecretKind]]:
    table: list[tuple[str, SecretKind]] = []
    for n in range(6):
        entropy = hashlib.sha256(f"seed {n}".encode()).digest()[: 16 if n % 2 == 0 else 32]
        words = MNEMONIC.to_mnemonic(entropy).split()
        table += [(form, SecretKind.SEED_PHRASE) for form in _seed_forms(words)]
        table.append((" ".join(words[:12]), SecretKind.SEED_PHRASE))
    for n in range(10):
        key = hashlib.sha256(f"wif {n}".encode()).digest()
        payload = b"\x80" + key + (b"\x01" if n % 2 else b"")
        table.append((f"He asked for this: {_b58check(payload)}", SecretKind.PRIVATE_KEY))
    for n in range(5):
        body = bytes(9) + hashlib.sha256(f"chain {n}".encode()).digest() + b"\0"
        body += hashlib.sha256(f"xprv {n}".encode()).digest()
        table.append((_b58check(bytes.fromhex("0488ade4") + body), SecretKind.PRIVATE_KEY))
    for n in range(10):
        hex_key = hashlib.sha256(f"hex {n}".encode()).hexdigest()
        shown = ("0x" + hex_key) if n % 3 == 0 else (hex_key.upper() if n % 3 == 1 else hex_key)
        table.append((f"private key {shown}", SecretKind.PRIVATE_KEY))
    codes = [
        "the code was 492817",
        "code 492 817 read out",
        "49281730",
        "He asked for the 2FA code 118822",
        "SMS said 55512345",
        "verification 334455 was sent to me",
        "I read him 773311 by mistake",
        "otp: 902113",
        "authenticator showed 640 118",
        "he wanted the approval code, it was 21934411",
        "Code: 100200",
        "pin 8811223",
        "the text said 556677",
        "code was 091827 at 10:42",
        "read out 123-456",
    ]
    table += [(code, SecretKind.ONE_TIME_CODE) for code in codes]
    return table


SECRETS = _secrets()
ORDINARY = [
    line for line in NOTES.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
]


def test_the_tables_are_big_enough() -> None:
    assert len(SECRETS) >= 100 and len(ORDINARY) >= 100


@pytest.mark.parametrize(("note", "kind"), SECRETS, ids=range(len(SECRETS)))
def test_every_secret_is_refused(note: str, kind: SecretKind) -> None:
    assert find_secret(note) is kind


@pytest.mark.parametrize("note", ORDINARY, ids=range(len(ORDINARY)))
def test_every_ordinary_report_detail_passes(note: str) -> None:
    assert find_secret(note) is None


def test_long_ordinary_notes_pass_too() -> None:
    """Everyday words are often BIP-39 words: longer notes must not add up to a seed."""
    assert find_secret(" ".join(ORDINARY)) is None
    for size in (3, 5, 8):
        for start in range(len(ORDINARY) - size):
            assert find_secret(" ".join(ORDINARY[start : start + size])) is None

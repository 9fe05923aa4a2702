"""Spots host names made to look like Kraken: typos, swapped letters, homoglyphs, other endings."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from kraken_guard.core.i18n import QT_TRANSLATE_NOOP

BRAND = "kraken"
BRAND_SUFFIX = "com"

R_BRAND_INSIDE = QT_TRANSLATE_NOOP(
    "links",
    "The name Kraken is part of this address, but the site is not kraken.com. Scam sites do this "
    "to look real.",
)
R_TYPO = QT_TRANSLATE_NOOP(
    "links", "The name is spelled almost like Kraken, but not quite. Scam sites do this."
)
R_OTHER_ENDING = QT_TRANSLATE_NOOP(
    "links", "It uses the name Kraken with a different ending. The only real one is kraken.com."
)
R_HOMOGLYPH = QT_TRANSLATE_NOOP(
    "links",
    "It uses letters from another alphabet that look like normal letters, to imitate Kraken.",
)
R_DIGITS = QT_TRANSLATE_NOOP(
    "links", "It uses numbers in place of letters (like 4 for a) to imitate Kraken."
)
R_BAD_INTERNATIONAL = QT_TRANSLATE_NOOP(
    "links",
    "The address uses characters that web standards do not allow. Links like this are made to "
    "trick people.",
)

# Digits people read as letters, and letter pairs that look like one letter in most fonts.
_DIGIT_SWAPS = str.maketrans("0134578@", "oleastba")
_PAIR_SWAPS = (("rn", "m"), ("vv", "w"), ("lc", "k"), ("cl", "d"), ("ii", "u"))
_TOKEN_SPLIT = re.compile(r"[-_]+")


def brand_signals(host: str) -> tuple[str, ...]:
    """Plain reasons why `host` (not on kraken.com) imitates Kraken; empty when it does not."""
    unicode_host, bad_idna = _to_unicode(host.lower().rstrip("."))
    reasons: list[str] = []
    if bad_idna:
        reasons.append(R_BAD_INTERNATIONAL)
    registrable = _registrable(unicode_host)
    labels = unicode_host.split(".")
    name_labels = registrable.split(".")[:1] if registrable else labels[:1]
    sub_labels = labels[: len(labels) - len(registrable.split("."))] if registrable else []
    suffix = registrable.split(".", 1)[1] if registrable and "." in registrable else ""

    for label in [*name_labels, *sub_labels]:
        reasons.extend(_label_signals(label, is_name=label in name_labels, suffix=suffix))
    return tuple(dict.fromkeys(reasons))


def name_signals(name: str) -> tuple[str, ...]:
    """Plain reasons why a bare name (a social handle, a display name) imitates Kraken."""
    folded = unicodedata.normalize("NFKC", name).lower().lstrip("@")
    return tuple(dict.fromkeys(_label_signals(folded, is_name=False, suffix="")))


def _label_signals(label: str, *, is_name: bool, suffix: str) -> list[str]:
    latin = _fold_to_latin(label)
    skeleton = _skeleton(latin)
    found = []
    if BRAND in skeleton and latin != label:
        found.append(R_HOMOGLYPH)
    if BRAND in skeleton and BRAND not in latin and any(c.isdigit() for c in latin):
        found.append(R_DIGITS)
    if is_name and skeleton == BRAND:
        if suffix != BRAND_SUFFIX:
            found.append(R_OTHER_ENDING)
        elif not found:
            found.append(R_TYPO)
    elif BRAND in skeleton:
        found.append(R_BRAND_INSIDE)
    elif any(_near(token, BRAND) for token in [skeleton, *_TOKEN_SPLIT.split(skeleton)]):
        found.append(R_TYPO)
    return found


@cache
def _suffix_list() -> object:
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()


def _registrable(host: str) -> str:
    """The name a person registers (example.co.uk), from the offline Public Suffix List."""
    psl = _suffix_list()
    found = psl.privatesuffix(host)  # type: ignore[attr-defined]
    return str(found) if found else ""


def _to_unicode(host: str) -> tuple[str, bool]:
    """Decode punycode labels with IDNA 2008 (UTS-46); a label it rejects is reported."""
    import idna

    labels, bad = [], False
    for label in host.split("."):
        if label.startswith("xn--"):
            try:
                labels.append(idna.decode(label))
                continue
            except (idna.IDNAError, UnicodeError, ValueError):
                bad = True
        labels.append(label)
    return ".".join(labels), bad


def _fold_to_latin(text: str) -> str:
    """Strip accents and replace characters that look like Latin letters with those letters."""
    out = []
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(char):
            continue
        if char.isascii():
            out.append(char)
            continue
        out.append(_latin_lookalike(char))
    return "".join(out).lower()


@cache
def _latin_lookalike(char: str) -> str:
    from confusable_homoglyphs import confusables

    found = confusables.is_confusable(char, greedy=True, preferred_aliases=[])
    for entry in found or ():
        for glyph in entry["homoglyphs"]:
            if glyph["c"].isascii() and glyph["c"].isalnum():
                return str(glyph["c"]).lower()
    return char


def _skeleton(text: str) -> str:
    text = text.translate(_DIGIT_SWAPS)
    for pair, letter in _PAIR_SWAPS:
        text = text.replace(pair, letter)
    return text


def _near(word: str, target: str) -> bool:
    """True within one edit (insert, delete, replace or swap of neighbours), but not equal."""
    if word == target or abs(len(word) - len(target)) > 1:
        return False
    return _distance(word, target) <= 1


def _distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]

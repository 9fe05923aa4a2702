"""Spots names made to look like Kraken: typos, look-alike glyphs, split names, other endings.

One engine for links, email sender domains and social handles. It compares what a name *looks*
like (its UTS #39 skeleton) with "kraken" under a visual edit distance, inside every label, in the
registrable name and across labels joined without their dots and dashes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.links.glyph_distance import Match, find, find_all, fold_with_origins
from kraken_guard.core.links.known_owners import inside_known_word, owner_of

BRAND = "kraken"
BRAND_SUFFIX = "com"
OFFICIAL_NAME = "kraken.com"

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
R_DRAWN = QT_TRANSLATE_NOOP(
    "links", "Looks like kraken.com: '{drawn}' is drawn to look like '{letter}'."
)
R_FOREIGN_LETTER = QT_TRANSLATE_NOOP(
    "links", "Looks like kraken.com: '{drawn}' is a {script} letter that looks like '{letter}'."
)
R_MARKED = QT_TRANSLATE_NOOP(
    "links", "Looks like kraken.com: '{drawn}' is '{letter}' with a small mark added."
)
R_MARKS = QT_TRANSLATE_NOOP(
    "links", "It uses letters with small marks (like á for a) to imitate Kraken."
)
R_EXTRA = QT_TRANSLATE_NOOP("links", "Looks like kraken.com with an extra '{letter}'.")
R_MISSING = QT_TRANSLATE_NOOP("links", "Looks like kraken.com with the '{letter}' left out.")
R_REPLACED = QT_TRANSLATE_NOOP(
    "links", "Looks like kraken.com with '{wrong}' in place of '{letter}'."
)
R_SWAPPED = QT_TRANSLATE_NOOP("links", "Looks like kraken.com with the letters '{pair}' swapped.")
R_SPLIT = QT_TRANSLATE_NOOP(
    "links",
    "The name Kraken is split up by dots or dashes ({name}). Scam sites do this to look real.",
)
R_MIXED_SCRIPTS = QT_TRANSLATE_NOOP(
    "links", "The name mixes letters from different alphabets ({scripts}) to look like Kraken."
)
R_PUNYCODE = QT_TRANSLATE_NOOP(
    "links", "The address is written in code (xn--). A browser may show it as {name}."
)
R_PUNYCODE_BROKEN = QT_TRANSLATE_NOOP(
    "links",
    "Part of the address is written in code (xn--) that breaks the rules. Read loosely, it says "
    "{name}.",
)
R_FREE_SITE = QT_TRANSLATE_NOOP(
    "links",
    "It is a page on {platform}, where anyone can make a site. Kraken does not use such pages.",
)
R_KNOWN_OWNER = QT_TRANSLATE_NOOP("links", "{owner} uses this name. It is not the Kraken exchange.")


class Reason(str):
    """A reason in English with its values filled in; `template` and `values` let a front
    translate the template first: translate("links", r.template).format(**r.values)."""

    template: str
    values: dict[str, str]

    def __new__(cls, template: str, **values: str) -> Reason:
        made = super().__new__(cls, template.format(**values))
        made.template = template
        made.values = values
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_reason, (self.template, self.values))


def _rebuild_reason(template: str, values: dict[str, str]) -> Reason:
    return Reason(template, **values)


def translate_reason(reason: str, translate: Callable[[str], str]) -> str:
    """`reason` in the user's language: the template is translated, then its values filled in.

    A front passes its own translate, e.g. lambda text: QCoreApplication.translate("links", text).
    """
    if isinstance(reason, Reason):
        try:
            return translate(reason.template).format(**reason.values)
        except (KeyError, IndexError, ValueError):
            return str(reason)  # a translation with a broken placeholder: show the English
    return translate(reason)


# A match of "kraken" counts when it costs at most this much (PLAIN = one ordinary typo).
_WHOLE_LIMIT = 1.3  # a whole registrable label: one typo, or a typo plus one look-alike glyph
_INSIDE_LIMIT = 1.0  # inside a longer label or a sub-domain: one typo, or look-alike glyphs only
_SEPARATORS = re.compile(r"[-_.\s]+")
_MAX_NAME = 253
_MAX_CHANGES_SHOWN = 2  # more "looks like" lines than this do not help a person decide


@dataclass(frozen=True)
class _Piece:
    """A run of letters between separators, placed in the joined name."""

    start: int
    end: int
    label: int  # index of the label the piece belongs to
    in_registrable: bool
    label_pieces: int  # how many pieces the label has


@dataclass
class _Name:
    joined: str  # separators removed, labels joined, folded to the skeleton
    origins: tuple[str, ...]  # the written character behind each joined character
    pieces: list[_Piece]


def brand_signals(host: str) -> tuple[str, ...]:
    """Plain reasons why `host` (not on kraken.com) imitates Kraken; empty when it does not."""
    if not isinstance(host, str):
        return ()
    return _host_signals(host.strip().lower().rstrip(".")[:_MAX_NAME])


def name_signals(name: str) -> tuple[str, ...]:
    """Plain reasons why a bare name (a social handle, a display name) imitates Kraken."""
    if not isinstance(name, str):
        return ()
    folded = unicodedata.normalize("NFKC", name).lower().strip().lstrip("@")[:_MAX_NAME]
    return _bare_name_signals(folded)


def known_owner_reason(host: str) -> str | None:
    """A plain note when `host` belongs to a firm known to use the name (gitkraken.com)."""
    registrable = _registrable(host.lower().rstrip("."))
    owner = owner_of(registrable) if registrable else None
    return Reason(R_KNOWN_OWNER, owner=owner) if owner else None


@lru_cache(maxsize=4096)
def _host_signals(host: str) -> tuple[str, ...]:
    if not host or host == OFFICIAL_NAME or host.endswith("." + OFFICIAL_NAME):
        return ()
    labels, notes = _decode_labels(host.split("."))
    suffix = _public_suffix(host)
    suffix_count = len(suffix.split(".")) if suffix else 0
    if suffix_count >= len(labels):
        suffix_count = 0
    registrable_index = len(labels) - suffix_count - 1
    registrable = ".".join(host.split(".")[registrable_index:])
    if owner_of(registrable):
        return ()
    name = _prepare(labels[: registrable_index + 1], registrable_index)
    suffix_text = ".".join(labels[registrable_index + 1 :])
    reasons = _judge(name, labels, suffix_text)
    if reasons:
        reasons = [*notes, *reasons]
        platform = _shared_platform(host, suffix)
        if platform:
            reasons.append(Reason(R_FREE_SITE, platform=platform))
    elif any(note == R_BAD_INTERNATIONAL for note in notes):
        reasons = [R_BAD_INTERNATIONAL]
    return tuple(dict.fromkeys(reasons))


@lru_cache(maxsize=1024)
def _bare_name_signals(name: str) -> tuple[str, ...]:
    if not name:
        return ()
    prepared = _prepare([name], None)
    return tuple(dict.fromkeys(_judge(prepared, [name], None)))


def _decode_labels(raw: list[str]) -> tuple[list[str], list[str]]:
    """Punycode labels read as a browser shows them (IDNA 2008); a broken one read loosely."""
    labels: list[str] = []
    notes: list[str] = []
    for label in raw:
        if not label.startswith("xn--"):
            labels.append(label)
            continue
        decoded = _idna_decode(label)
        if decoded is not None:
            labels.append(decoded)
            notes.append(Reason(R_PUNYCODE, name=decoded))
            continue
        loose = _loose_punycode(label)
        notes.append(R_BAD_INTERNATIONAL)
        if loose is not None:
            labels.append(loose)
            notes.append(Reason(R_PUNYCODE_BROKEN, name=loose))
        else:
            labels.append(label)
    return labels, notes


def _idna_decode(label: str) -> str | None:
    import idna

    try:
        return str(idna.decode(label))
    except (idna.IDNAError, UnicodeError, ValueError):
        return None


def _loose_punycode(label: str) -> str | None:
    try:
        loose = label[4:].encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        return None
    # Shown to a person: no invisible or direction-changing characters, and not too long.
    return "".join(c if c.isprintable() else "\ufffd" for c in loose)[:63]


def _prepare(labels: list[str], registrable_index: int | None) -> _Name:
    joined: list[str] = []
    origins: list[str] = []
    pieces: list[_Piece] = []
    for index, label in enumerate(labels):
        parts = [p for p in _SEPARATORS.split(label) if p]
        for part in parts:
            folded, part_origins = fold_with_origins(part)
            if not folded:
                continue
            start = len(joined)
            joined.extend(folded)
            origins.extend(part_origins)
            in_registrable = registrable_index is None or index == registrable_index
            pieces.append(_Piece(start, len(joined), index, in_registrable, len(parts)))
    return _Name("".join(joined), tuple(origins), pieces)


def _judge(name: _Name, labels: list[str], suffix: str | None) -> list[str]:
    """Reasons from the best few places where the brand shows up in the joined name."""
    if not name.pieces or not _may_hold_brand(name.joined):
        return []
    matches = [*_whole_piece_matches(name), *find_all(BRAND, name.joined, limit=_WHOLE_LIMIT)]
    for match in sorted(matches, key=lambda m: (m.cost, m.start)):
        reasons = _judge_match(name, match, labels, suffix)
        if reasons:
            return reasons
    return []


def _whole_piece_matches(name: _Name) -> list[Match]:
    """The brand compared with each whole piece of a likely length (kdraken, rkaken): the search
    inside longer text may prefer a shorter window that happens to be an ordinary word."""
    found = []
    for piece in name.pieces:
        if piece.in_registrable and abs(piece.end - piece.start - len(BRAND)) <= 2:
            match = find(BRAND, name.joined[piece.start : piece.end], whole=True)
            if match and match.cost <= _WHOLE_LIMIT:
                found.append(_shifted(match, piece.start))
    return found


def _shifted(match: Match, offset: int) -> Match:
    edits = tuple(replace(edit, at=edit.at + offset) for edit in match.edits)
    return Match(match.cost, match.start + offset, match.end + offset, edits)


_CANONICAL = str.maketrans("c4@31ilm0", "kaaelllno")


def _may_hold_brand(text: str) -> bool:
    """A quick no: after drawing look-alike glyphs as the letter they imitate, a match within
    one typo keeps at least one of the brand's letter pairs."""
    canonical = text.translate(_CANONICAL)
    return any(pair in canonical for pair in ("kr", "ra", "ak", "ke", "en", "rn", "ln"))


def _judge_match(name: _Name, match: Match, labels: list[str], suffix: str | None) -> list[str]:
    touched = [p for p in name.pieces if p.start < match.end and match.start < p.end]
    if not touched:
        return []
    written = "".join(name.origins[match.start : match.end])
    plain = match.plain_edits
    if len(touched) > 1:
        # The brand spread over several pieces counts only as whole pieces and with no typo.
        if plain or match.start != touched[0].start or match.end != touched[-1].end:
            return []
        return [Reason(R_SPLIT, name=_shown_split(labels, touched)), *_glyph_reasons(name, match)]
    piece = touched[0]
    whole_piece = match.start == piece.start and match.end == piece.end
    whole_label = whole_piece and piece.label_pieces == 1
    text = name.joined[piece.start : piece.end]
    in_compound = len(text) > match.end - match.start or not piece.in_registrable
    if (
        plain
        and in_compound
        and inside_known_word(text, match.start - piece.start, match.end - piece.start)
    ):
        return []  # an ordinary word inside a longer name (krankenkasse), not a typo of Kraken
    limit = _WHOLE_LIMIT if (whole_label and piece.in_registrable) else _INSIDE_LIMIT
    if match.cost > limit or plain > 1:
        return []
    if plain and not piece.in_registrable:
        return []  # scammers register typos; in a sub-domain a typo is mostly an ordinary word
    reasons: list[str] = []
    if match.cost == 0 and written == BRAND:
        if whole_label and suffix is not None and piece.in_registrable:
            if suffix != BRAND_SUFFIX:
                reasons.append(R_OTHER_ENDING)
            return reasons or [R_BRAND_INSIDE]
        return [R_BRAND_INSIDE]
    reasons.extend(_glyph_reasons(name, match))
    if whole_label and piece.in_registrable and suffix is not None and suffix != BRAND_SUFFIX:
        reasons.append(R_OTHER_ENDING)
    if not whole_label:
        reasons.append(R_BRAND_INSIDE if plain == 0 else R_TYPO)
    elif plain or not {R_HOMOGLYPH, R_DIGITS, R_MARKS} & set(reasons):
        reasons.append(R_TYPO)
    return reasons


def _shown_split(labels: list[str], touched: list[_Piece]) -> str:
    return ".".join(labels[index] for index in sorted({piece.label for piece in touched}))


def _glyph_reasons(name: _Name, match: Match) -> list[str]:
    """What was changed, in the written characters: 'rn' drawn as 'm', an extra 'k', ..."""
    reasons: list[str] = []
    window = name.origins[match.start : match.end]
    for edit in match.edits:
        if len(reasons) == _MAX_CHANGES_SHOWN:
            break
        written = "".join(dict.fromkeys(name.origins[edit.at : edit.at + len(edit.written)]))
        if edit.kind == "match" and written.isascii():
            continue
        if edit.kind in ("match", "visual"):
            reasons.append(_drawn_reason(written, edit.meant))
        elif edit.kind == "add":
            reasons.append(Reason(R_EXTRA, letter=written))
        elif edit.kind == "omit":
            reasons.append(Reason(R_MISSING, letter=edit.meant))
        elif edit.kind == "replace":
            reasons.append(Reason(R_REPLACED, wrong=written, letter=edit.meant))
        elif edit.kind == "swap":
            reasons.append(Reason(R_SWAPPED, pair=written))
    scripts = {_script(char) for char in window if char.isalpha()}
    if any(script not in ("Latin", "") for script in scripts):
        reasons.append(R_HOMOGLYPH)
        named = sorted(script for script in scripts if script)
        if len(named) > 1:
            reasons.append(Reason(R_MIXED_SCRIPTS, scripts=", ".join(named)))
    if any(not char.isascii() and _has_marks(char) for char in window):
        reasons.append(R_MARKS)
    if any(char.isdigit() and char.isascii() for char in window):
        reasons.append(R_DIGITS)
    return reasons


def _drawn_reason(written: str, letter: str) -> Reason:
    if len(written) == 1 and not written.isascii():
        script = _script(written)
        if _has_marks(written):
            return Reason(R_MARKED, drawn=written, letter=letter)
        if script and script != "Latin":
            return Reason(R_FOREIGN_LETTER, drawn=written, script=script, letter=letter)
    return Reason(R_DRAWN, drawn=written, letter=letter)


_SCRIPT_WORDS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN", "CHEROKEE", "COPTIC")


def _script(char: str) -> str:
    """The alphabet a letter belongs to (Latin, Cyrillic, Greek ...); empty when unclear."""
    words = unicodedata.name(char, "").split(" ")
    for word in words[:2]:
        if word in _SCRIPT_WORDS:
            return word.title()
    return ""


def _has_marks(char: str) -> bool:
    return any(unicodedata.combining(part) for part in unicodedata.normalize("NFD", char))


@cache
def _suffix_list(icann_only: bool = False) -> Any:
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList(only_icann=icann_only)


def _public_suffix(host: str) -> str:
    found = _suffix_list().publicsuffix(host)
    return str(found) if found else ""


def _registrable(host: str) -> str:
    """The name a person registers (example.co.uk), from the offline Public Suffix List."""
    found = _suffix_list().privatesuffix(host)
    return str(found) if found else ""


def _shared_platform(host: str, suffix: str) -> str | None:
    """A suffix anyone can build a site under (webflow.io), from the PSL private part."""
    icann = _suffix_list(icann_only=True).publicsuffix(host)
    return suffix if suffix and icann and suffix != icann else None

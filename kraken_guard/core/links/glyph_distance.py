"""A visual edit distance: swapping glyphs that look alike costs little, other edits cost a lot."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

PLAIN = 1.0  # one ordinary typo: a letter added, left out, replaced, or two letters swapped
VISUAL = 0.3  # one glyph drawn to look like another

# ASCII look-alikes the Unicode data does not list (it maps only rn/m, 1/l, 0/O and I/l): pairs
# seen in phishing names and typosquat tools, each written as (drawn, looks like).
_EXTRA_VISUAL = (
    ("rn", "m"),
    ("nn", "m"),
    ("cl", "d"),
    ("vv", "w"),
    ("ii", "u"),
    ("lc", "k"),
    ("lk", "k"),
    ("ic", "k"),
    ("ri", "n"),
    ("ci", "a"),
    ("c", "k"),
    ("q", "g"),
    ("i", "l"),
    ("i", "j"),
    ("1", "i"),
    ("1", "l"),
    ("0", "o"),
    ("4", "a"),
    ("@", "a"),
    ("3", "e"),
    ("5", "s"),
    ("7", "t"),
    ("8", "b"),
    ("9", "g"),
    ("6", "b"),
    ("u", "v"),
    ("m", "n"),
    ("e", "c"),  # these two from dnstwist's published table of look-alike glyphs
    ("r", "n"),
)
# Letters Unicode lists as no one's look-alike that typosquat tools use anyway.
_EXTRA_FOLD = {"\u0259": "a", "\u0250": "a", "\u014b": "n", "\u0131": "i"}  # ə ɐ ŋ ı


@dataclass(frozen=True)
class Edit:
    """One step from the written text to the brand: `kind` is match, visual, replace, add,
    omit or swap; `written` is what the text has, `meant` what the brand has there."""

    kind: str
    written: str
    meant: str
    at: int  # where `written` starts in the text


@dataclass(frozen=True)
class Match:
    """The cheapest way the brand shows up in a text, and where: text[start:end]."""

    cost: float
    start: int
    end: int
    edits: tuple[Edit, ...]

    @property
    def plain_edits(self) -> int:
        return sum(edit.kind in ("replace", "add", "omit", "swap") for edit in self.edits)

    @property
    def visual_edits(self) -> tuple[Edit, ...]:
        return tuple(edit for edit in self.edits if edit.kind == "visual")


@cache
def _unicode_confusables() -> dict[str, list[dict[str, str]]]:
    from importlib.util import find_spec
    from pathlib import Path

    # The UTS #39 data the confusable_homoglyphs package ships; found without importing it.
    from kraken_guard.core.content import ContentError

    spec = find_spec("confusable_homoglyphs")
    folders = list(spec.submodule_search_locations or ()) if spec else []
    try:
        data = Path(folders[0]) / "confusables.json"
        loaded: dict[str, list[dict[str, str]]] = json.loads(data.read_text(encoding="utf-8"))
    except (IndexError, OSError, ValueError) as error:
        raise ContentError(
            f"the Unicode look-alike data (confusables.json) cannot be read: {error}"
        ) from error
    return loaded


@cache
def visual_pairs() -> dict[tuple[str, str], float]:
    """(drawn, looks like) -> cost, both ways, from the Unicode data's ASCII entries plus ours."""
    pairs: dict[tuple[str, str], float] = {}
    for char, glyphs in _unicode_confusables().items():
        for glyph in glyphs:
            a, b = char.lower(), glyph["c"].lower()
            if a != b and a.isascii() and b.isascii() and a.isalnum() and b.isalnum():
                pairs[(a, b)] = pairs[(b, a)] = VISUAL
    for a, b in _EXTRA_VISUAL:
        pairs[(a, b)] = pairs[(b, a)] = VISUAL
    return pairs


@cache
def _pairs_by_meant(pattern: str) -> tuple[tuple[tuple[str, str, float], ...], ...]:
    """For each end position i in `pattern`, the look-alikes whose `meant` ends there."""
    table: list[list[tuple[str, str, float]]] = [[] for _ in range(len(pattern) + 1)]
    for (drawn, meant), cost in visual_pairs().items():
        if len(drawn) == 1 and len(meant) == 1:
            continue
        for i in range(len(meant), len(pattern) + 1):
            if pattern[i - len(meant) : i] == meant:
                table[i].append((drawn, meant, cost))
    return tuple(tuple(row) for row in table)


@cache
def fold_char(char: str) -> str:
    """The ASCII letter or digit a character is drawn to look like (UTS #39 data), else itself."""
    if char.isascii():
        return char.lower()
    if char in _EXTRA_FOLD:
        return _EXTRA_FOLD[char]
    table = _unicode_confusables()
    seen = {char}
    layer = list(dict.fromkeys((char, char.lower(), char.upper())))
    for _ in range(3):  # a few hops through the data: ᴋ -> к -> K -> k
        following: list[str] = []
        for candidate in layer:
            for glyph in table.get(candidate, ()):
                target = glyph["c"]
                if len(target) == 1 and target.isascii() and target.isalnum():
                    return target.lower()
                for variant in (target, target.lower(), target.upper()):
                    if variant not in seen and len(variant) == 1:
                        seen.add(variant)
                        following.append(variant)
        layer = following
    return _letter_by_name(char) or char


_LATIN_NAME = re.compile(r"^LATIN (?:SMALL |CAPITAL )?LETTER (?:SMALL CAPITAL )?([A-Z]) WITH ")
_SMALL_CAPITAL = re.compile(r"^LATIN LETTER SMALL CAPITAL ([A-Z])$")


def _letter_by_name(char: str) -> str | None:
    """Latin letters with a stroke, hook or descender (ɍ, ɲ, ⱪ) that Unicode does not decompose."""
    name = unicodedata.name(char, "")
    found = _LATIN_NAME.match(name) or _SMALL_CAPITAL.match(name)
    return found.group(1).lower() if found else None


def skeleton(text: str) -> str:
    """Accents dropped and every look-alike character replaced by the ASCII it imitates."""
    return fold_with_origins(text)[0]


def fold_with_origins(text: str) -> tuple[str, tuple[str, ...]]:
    """The skeleton of `text`, and for each of its characters the character it came from."""
    out: list[str] = []
    origins: list[str] = []
    for original in unicodedata.normalize("NFC", text):
        for char in unicodedata.normalize("NFKD", original):
            if unicodedata.combining(char):
                continue
            for folded in unicodedata.normalize("NFKD", fold_char(char)):
                if not unicodedata.combining(folded):
                    out.append(folded.lower())
                    origins.append(original)
    return "".join(out), tuple(origins)


def find(pattern: str, text: str, *, whole: bool = False) -> Match | None:
    """The cheapest match of `pattern` in `text` (anywhere, or the whole text when `whole`)."""
    matches = find_all(pattern, text, limit=float("inf"), whole=whole)
    return min(matches, key=lambda m: (m.cost, m.start)) if matches else None


def find_all(pattern: str, text: str, *, limit: float, whole: bool = False) -> list[Match]:
    """Every place `pattern` appears in `text` at a visual distance of at most `limit`.

    Sellers' approximate search (a free start and end) over a weighted Damerau-Levenshtein
    distance whose substitutions may span several glyphs (rn for m)."""
    m, n = len(pattern), len(text)
    if m == 0 or n == 0:
        return []
    singles = visual_pairs()
    multi = _pairs_by_meant(pattern)
    inf = float("inf")
    cost = [[0.0] * (n + 1) for _ in range(m + 1)]
    back: list[list[tuple[int, int, str]]] = [[(0, 0, "")] * (n + 1) for _ in range(m + 1)]
    for j in range(1, n + 1):
        cost[0][j] = j * PLAIN if whole else 0.0
        back[0][j] = (0, j - 1, "add") if whole else (0, j, "start")
    for i in range(1, m + 1):
        p = pattern[i - 1]
        row, up = cost[i], cost[i - 1]
        row[0] = i * PLAIN
        back[i][0] = (i - 1, 0, "omit")
        for j in range(1, n + 1):
            t = text[j - 1]
            if t == p:
                best, step = up[j - 1], (i - 1, j - 1, "match")
            else:
                sub = singles.get((t, p), PLAIN)
                best = up[j - 1] + sub
                step = (i - 1, j - 1, "visual" if sub < PLAIN else "replace")
            if up[j] + PLAIN < best:
                best, step = up[j] + PLAIN, (i - 1, j, "omit")
            if row[j - 1] + PLAIN < best:
                best, step = row[j - 1] + PLAIN, (i, j - 1, "add")
            if (
                i > 1
                and j > 1
                and t == pattern[i - 2]
                and text[j - 2] == p
                and t != p
                and cost[i - 2][j - 2] + PLAIN < best
            ):
                best, step = cost[i - 2][j - 2] + PLAIN, (i - 2, j - 2, "swap")
            for drawn, _meant, pair_cost in multi[i]:
                k = len(drawn)
                if k <= j and text[j - k : j] == drawn:
                    candidate = cost[i - len(_meant)][j - k] + pair_cost
                    if candidate <= best:
                        best, step = candidate, (i - len(_meant), j - k, "visual")
            row[j] = best
            back[i][j] = step
    ends = [n] if whole else range(1, n + 1)
    found = []
    for j in ends:
        if cost[m][j] <= limit and cost[m][j] < inf:
            found.append(_trace(pattern, text, back, cost[m][j], j))
    return found


def _trace(
    pattern: str, text: str, back: list[list[tuple[int, int, str]]], total: float, end: int
) -> Match:
    edits: list[Edit] = []
    i, j = len(pattern), end
    while i > 0 or (j > 0 and back[i][j][2] == "add"):
        pi, pj, kind = back[i][j]
        if kind == "start":
            break
        edits.append(Edit(kind, text[pj:j], pattern[pi:i], pj))
        i, j = pi, pj
    return Match(total, j, end, tuple(reversed(edits)))

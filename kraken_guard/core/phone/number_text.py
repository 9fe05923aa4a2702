"""Text made ready for finding phone numbers: the tricks that hide digits from a number finder.

Scammers write numbers so filters miss them: letters that look like digits (1-8OO-555-O1OO),
keycap emoji (1️⃣8️⃣0️⃣0️⃣), emoji between digit groups (1🔹800🔹555), a line break inside the number,
or the digits spelled out (one eight hundred ...). `number_text` undoes those tricks and keeps,
for every character it gives back, where in the input it came from.
"""

from __future__ import annotations

import re
import unicodedata

from kraken_guard.core.values import FrozenValue

# Invisible characters, variation selectors and the keycap mark (1 + U+FE0F + U+20E3 shows as 1️⃣).
_DROPPED = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\ufe0e\ufe0f\u20e3")
_PLAIN = re.compile(r"[0-9+\-(). /#*;=,:a-zA-Z]*")
_LOOKALIKE_DIGITS = {"O": "0", "o": "0", "l": "1", "I": "1"}
_TOKEN = re.compile(r"[^\W_]+")
# What may stand between the digit groups of one written number.
_GROUP_GAP = re.compile(r"[\s\-.()/\u2010-\u2015]{1,3}")
_WORD_GAP = re.compile(r"[\s\-.,\u2010-\u2015]{1,3}")
_MIN_DIGITS = 7  # fewer digits than this are not a phone number anywhere we check

NUMBER_WORDS: dict[str, str] = {
    # English
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
    # Spanish
    "cero": "0", "uno": "1", "una": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5",
    "seis": "6", "siete": "7", "ocho": "8", "nueve": "9",
    # German
    "null": "0", "eins": "1", "zwei": "2", "zwo": "2", "drei": "3", "vier": "4", "fünf": "5",
    "fuenf": "5", "sechs": "6", "sieben": "7", "acht": "8", "neun": "9",
    # French
    "zéro": "0", "un": "1", "une": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5",
    "sept": "7", "huit": "8", "neuf": "9",
}  # fmt: skip
REPEAT_WORDS = {"double": 2, "doble": 2, "doppel": 2, "triple": 3}
HUNDRED_WORDS = frozenset({"hundred"})  # "eight hundred" is said for 800 in English


class NumberText(FrozenValue):
    _fields = ("text", "origins", "letters_for_digits", "words_for_digits", "ends")
    __slots__ = _fields
    text: str
    origins: tuple[int, ...]  # for each character of `text`, where it starts in the input
    letters_for_digits: bool  # O, o, l or I inside a run of digits was read as 0 or 1
    words_for_digits: bool  # number words (one, eight, ocho, acht ...) were read as digits
    ends: tuple[int, ...]  # for each character, where it ends in the input (exclusive)

    def __init__(
        self,
        text: str,
        origins: tuple[int, ...],
        letters_for_digits: bool,
        words_for_digits: bool,
        ends: tuple[int, ...] = (),
    ) -> None:
        self._set(
            text=text,
            origins=origins,
            letters_for_digits=letters_for_digits,
            words_for_digits=words_for_digits,
            ends=ends,
        )

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Where text[start:end] was written in the input (end exclusive)."""
        end = min(end, len(self.origins))
        if start >= end:
            return start, start
        ends = self.ends or tuple(at + 1 for at in self.origins)
        return self.origins[start], ends[end - 1]


def number_text(text: str) -> NumberText:
    """`text` with hidden digits brought out (see module doc); never raises."""
    if not isinstance(text, str):
        text = ""
    if "\n" not in text and _PLAIN.fullmatch(text) and not _has_lookalike_or_word(text):
        return NumberText(text, tuple(range(len(text))), False, False)
    chars, origins = _visible(text)
    joined = _join_lines("".join(chars))
    chars = list(joined)
    letters = _letters_to_digits(chars)
    ends = [at + 1 for at in origins]
    chars, origins, ends, words = _words_to_digits(chars, origins, ends)
    return NumberText("".join(chars), tuple(origins), letters, words, tuple(ends))


def _has_lookalike_or_word(text: str) -> bool:
    return any(ch in _LOOKALIKE_DIGITS for ch in text) or any(
        m.group().casefold() in NUMBER_WORDS for m in _TOKEN.finditer(text)
    )


def _visible(text: str) -> tuple[list[str], list[int]]:
    """Hidden characters out, full-width forms made plain (NFKC), symbols such as emoji made
    spaces; one output character per input character unless NFKC expands it."""
    chars: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        if char in _DROPPED:
            continue
        if char.isascii():
            chars.append(char)
            origins.append(index)
            continue
        if unicodedata.category(char) in ("So", "Cs", "Co"):
            chars.append(" ")
            origins.append(index)
            continue
        for part in unicodedata.normalize("NFKC", char) or " ":
            chars.append(part)
            origins.append(index)
    return chars, origins


_LINE_IN_NUMBER = re.compile(r"(?<=[0-9])([-.]?)[ \t\r]*\n[ \t]*(?=[(0-9])")


def _join_lines(text: str) -> str:
    """One line break between two digit groups becomes a space (same length, origins kept)."""
    return _LINE_IN_NUMBER.sub(lambda m: m.group(1).ljust(len(m.group())), text)


def _letters_to_digits(chars: list[str]) -> bool:
    """O/o and l/I become 0 and 1 inside runs of digit groups that are mostly digits; a group
    is changed only when it also holds a real digit (8OO, O1OO), never a word (Io, lol)."""
    text = "".join(chars)
    changed = False
    for run in _runs(text, _GROUP_GAP):
        for segment in _segments(run):
            digits = sum(c.isdigit() for m in segment for c in m.group())
            letters = sum(not c.isdigit() for m in segment for c in m.group())
            if not letters or digits + letters < _MIN_DIGITS or digits <= letters:
                continue
            for match in segment:
                after_plus = text[match.start() - 1 : match.start()] == "+"
                if not after_plus and not any(c.isdigit() for c in match.group()):
                    continue
                for at in range(match.start(), match.end()):
                    if chars[at] in _LOOKALIKE_DIGITS:
                        chars[at] = _LOOKALIKE_DIGITS[chars[at]]
                        changed = True
    return changed


def _segments(run: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The parts of a run made only of digits and letters that look like digits."""
    segments: list[list[re.Match[str]]] = [[]]
    for match in run:
        if all(c.isdigit() or c in _LOOKALIKE_DIGITS for c in match.group()):
            segments[-1].append(match)
        elif segments[-1]:
            segments.append([])
    return [segment for segment in segments if segment]


def _runs(text: str, gap: re.Pattern[str]) -> list[list[re.Match[str]]]:
    """Groups of letters and digits that follow each other with only a short gap between."""
    runs: list[list[re.Match[str]]] = []
    last_end = -1
    for match in _TOKEN.finditer(text):
        if runs and gap.fullmatch(text, last_end, match.start()):
            runs[-1].append(match)
        else:
            runs.append([match])
        last_end = match.end()
    return runs


def _words_to_digits(
    chars: list[str], origins: list[int], ends: list[int]
) -> tuple[list[str], list[int], list[int], bool]:
    """Runs of number words (with digit groups between) that make seven digits or more become
    those digits, written together: "one eight hundred five five five ..." -> 18005550100."""
    text = "".join(chars)
    if not any(m.group().casefold() in NUMBER_WORDS for m in _TOKEN.finditer(text)):
        return chars, origins, ends, False
    out_chars: list[str] = []
    out_origins: list[int] = []
    out_ends: list[int] = []
    done = 0
    changed = False
    for run in _runs(text, _WORD_GAP):
        for start, end, digits in _spoken_numbers(run):
            out_chars.extend(chars[done:start])
            out_origins.extend(origins[done:start])
            out_ends.extend(ends[done:start])
            for digit, at, last in digits:
                out_chars.append(digit)
                out_origins.append(origins[at])
                out_ends.append(ends[last])
            done = end
            changed = True
    out_chars.extend(chars[done:])
    out_origins.extend(origins[done:])
    out_ends.extend(ends[done:])
    return out_chars, out_origins, out_ends, changed


def _spoken_numbers(
    run: list[re.Match[str]],
) -> list[tuple[int, int, list[tuple[str, int, int]]]]:
    """Spans of `run` that read as one spoken number: (start, end, and each digit with the first
    and last character it was read from)."""
    found = []
    piece: list[tuple[str, int, int]] = []
    words = 0
    start = end = 0
    repeat = 1

    def close() -> None:
        if words >= 2 and len(piece) >= _MIN_DIGITS:
            found.append((start, end, list(piece)))

    for match in run:
        word = match.group().casefold()
        if word in REPEAT_WORDS:
            if not piece:
                start = match.start()
            repeat = REPEAT_WORDS[word]
            words += 1
            continue
        if word in HUNDRED_WORDS and piece and words:
            piece.extend([("0", match.start(), match.end() - 1)] * 2)
            words += 1
            end = match.end()
            continue
        digit = NUMBER_WORDS.get(word)
        if digit is not None:
            if not piece and repeat == 1:
                start = match.start()
            piece.extend([(digit, match.start(), match.end() - 1)] * repeat)
            words += 1
        elif word.isdigit() and word.isascii() and (piece or repeat == 1):
            if not piece:
                start = match.start()
            piece.extend((d, match.start() + i, match.start() + i) for i, d in enumerate(word))
        else:
            close()
            piece, words, repeat = [], 0, 1
            continue
        repeat = 1
        end = match.end()
    close()
    return found

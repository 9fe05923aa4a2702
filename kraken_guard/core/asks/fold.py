"""Words for matching phrases: no case, no accents, look-alike letters as Latin."""

from __future__ import annotations

import re
import unicodedata

# Letters from other alphabets that look like Latin ones, folded before matching phrases.
_LOOKALIKES = str.maketrans(
    "аеорсхуіјѕԁһӏԛԝαοιερτυνκχ",
    "aeopcxyijsdhlqwaoieptuvkx",
)
_APOSTROPHE = re.compile(r"(?<=\w)['’ʼ`´](?=\w)")
_INNER_MARK = re.compile(r"(?<=\w)[.:/@](?=\w)")
_SENTENCE_END = re.compile(r"[.!?;:\n\r]+")
# "bis 31.03. an Ihre Adresse", "am 1. April": a dot after a number and before a small letter
# does not end the sentence.
_NUMBER_DOT = re.compile(r"\.(?<=\d\.)(?=[ \t]+[^\W\d_])")
_NON_WORD = re.compile(r"[^\w.]+|_")
# Digits standing for letters inside a word (Kr4ken, supp0rt, acc0unt): read as the letters.
# (Written to start with the digit: a pattern that starts with a look-behind scans 8x slower.)
_LEET_DIGITS = re.compile(r"[013457](?<=[^\W\d_][013457])[013457]*(?=[^\W\d_])")
_LEET = str.maketrans("013457", "oieast")
# A word spelled out letter by letter (K r a k e n): three or more single letters in a row,
# one space apart, are one word. Words were two spaces apart, so they stay apart.
_SPACED = re.compile(r"(?<!\w)[^\W\d_](?: [^\W\d_]){2,}(?!\w)")
_SPACED_HINT = re.compile(r" [^\W\d_] [^\W\d_](?!\w)")  # fast to scan for: any _SPACED has it


def fold(text: str) -> str:
    """Words for matching: casefold, no accents, look-alikes as Latin, ' . ' between sentences."""
    text = unicodedata.normalize("NFKC", text)
    if "." in text:
        text = _NUMBER_DOT.sub(_number_dot, text)
    text = text.casefold()
    if not text.isascii():
        text = "".join(
            ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
        )
    text = text.translate(_LOOKALIKES)
    text = _APOSTROPHE.sub("", text)
    # A dot or colon inside a word (kraken.com, 24:7) splits it; elsewhere it ends a sentence.
    text = _INNER_MARK.sub(" ", text)
    text = _LEET_DIGITS.sub(lambda m: m.group().translate(_LEET), text)
    if _SPACED_HINT.search(text):
        text = _SPACED.sub(lambda m: m.group().replace(" ", ""), text)
    text = _SENTENCE_END.sub(" . ", text)
    text = _NON_WORD.sub(" ", text)
    return " ".join(text.split())


def _number_dot(match: re.Match[str]) -> str:
    following = match.string[match.end() :].lstrip(" \t")[:1]
    return " " if following.islower() else "."


_TOKEN = re.compile(r"[^\W_]+(?:['’ʼ`´][^\W_]+)*")
MAX_TOKENS_SEARCHED = 50_000  # a quote is a nicety: a huge text falls back to the folded words


def as_written(text: str, folded: str) -> str:
    """The stretch of `text` whose words fold to `folded` (a phrase match), as it was written.

    So a reason can quote "código de 6 dígitos" rather than the folded "codigo de 6 digitos".
    Returns `folded` itself when the stretch is not found within the first words.
    """
    want = folded.split()
    if not want:
        return folded
    if folded.isascii():  # most often the words are as written, but for case and punctuation
        gap = r"[\W_]+"
        plain = re.compile(r"(?<!\w)" + gap.join(map(re.escape, want)) + r"(?!\w)", re.IGNORECASE)
        if (found := plain.search(text)) is not None:
            return found.group(0)
    words: list[tuple[str, int, int]] = []
    for count, token in enumerate(_TOKEN.finditer(text)):
        if count >= MAX_TOKENS_SEARCHED:
            break
        for word in fold(token.group()).split():
            words.append((word, token.start(), token.end()))
        if len(words) >= len(want) and [w for w, _, _ in words[-len(want) :]] == want:
            return text[words[-len(want)][1] : words[-1][2]]
    return folded

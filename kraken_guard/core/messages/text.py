"""Cleaning pasted text: hidden characters out, defanged links mended."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Work is capped so a huge paste answers fast; a real message is far shorter than this.
MAX_CHARS = 10_000

ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")
DIRECTION_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_GAP = re.compile(r"\s{2,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")

# Endings scammers use, for joining links split by spaces ("kraken-help . com").
SPLIT_TLDS = (
    "com|net|org|io|co|app|info|xyz|online|site|support|help|live|top|club|me|us|uk|de|"
    "services|service|pro|link|click|vip|cc|gg|ly|to|ru|cn|in|biz|tech|finance|exchange|"
    "wallet|money|cloud|dev|page|website|icu|buzz|shop|store"
)
# Endings read after a written-out "dot"; words like "to", "me" or "in" are left out, so
# "a dot in the middle" stays a sentence.
WRITTEN_TLDS = (
    "com|net|org|io|xyz|app|info|online|site|support|help|live|services|finance|exchange|"
    "wallet|cc|gg|ly|ru|biz|tech|vip|icu|buzz|website|cloud"
)
_DEFANG = (
    # Ideographic full stops (。 and its half-width form; NFKC already made ． a dot) separate
    # host labels in browsers (UTS 46), so "kraken-help。com" opens kraken-help.com.
    (re.compile(r"(?<=[A-Za-z0-9-])\u3002(?=[A-Za-z0-9])"), "."),
    # Dots written out: "krakensupport dot com", "kraken dot help dot com" (up to four labels).
    (
        re.compile(
            rf"(?<=[A-Za-z0-9-])\s+dot\s+(?=(?:[A-Za-z0-9-]+(?:\s+dot\s+|\.)){{0,3}}"
            rf"(?:{WRITTEN_TLDS})\b)",
            re.IGNORECASE,
        ),
        ".",
    ),
    (re.compile(r"\bhxxp(s?)\b", re.IGNORECASE), r"http\1"),
    (re.compile(r"\bh\*\*p(s?)\b", re.IGNORECASE), r"http\1"),
    (re.compile(r"\s*[\[\(\{]\s*(?:\.|dot)\s*[\]\)\}]\s*", re.IGNORECASE), "."),
    (re.compile(r"\[:\]|\(:\)"), ":"),
    (re.compile(r"\s*[\[\(]\s*(?:@|at)\s*[\]\)]\s*", re.IGNORECASE), "@"),
    (re.compile(r"\b(https?)\s*:\s*/\s*/\s*", re.IGNORECASE), r"\1://"),
    (re.compile(r"\b(www)\s*\.\s+(?=[a-z0-9])", re.IGNORECASE), r"\1."),
    (re.compile(rf"(?<=[A-Za-z0-9-])(?:\s+\.\s*|\.\s+)(?=(?:{SPLIT_TLDS})\b)"), "."),
)


@dataclass(frozen=True)
class CleanText:
    text: str
    truncated: bool
    hidden: bool  # zero-width characters were taken out
    direction: bool  # characters that reorder what is shown were taken out


def clean(raw: object, limit: int = MAX_CHARS) -> CleanText:
    """Text ready for finding items: capped, NFKC, hidden characters out, defanged links mended."""
    text = raw if isinstance(raw, str) else ""
    truncated = len(text) > limit
    text = text[:limit]
    text = unicodedata.normalize("NFKC", text)
    hidden = any(ch in ZERO_WIDTH for ch in text)
    direction = any(ch in DIRECTION_CONTROLS for ch in text)
    if hidden or direction:
        text = "".join(ch for ch in text if ch not in ZERO_WIDTH and ch not in DIRECTION_CONTROLS)
    text = _CONTROL.sub(" ", text)
    text = "".join(" " if unicodedata.category(ch) == "Cs" else ch for ch in text)
    # One space or line break per gap keeps the link-mending patterns linear on any input.
    text = _GAP.sub(lambda gap: "\n" if "\n" in gap.group() else " ", text)
    for pattern, replacement in _DEFANG:
        text = pattern.sub(replacement, text)
    return CleanText(text, truncated, hidden, direction)


_UNSEEN = dict.fromkeys(map(ord, ZERO_WIDTH | DIRECTION_CONTROLS))


def words_to_read(raw: object, limit: int) -> str:
    """The start of `raw` for the phrase rules: capped, hidden characters out (fast, no links)."""
    text = raw if isinstance(raw, str) else ""
    return text[:limit].translate(_UNSEEN)

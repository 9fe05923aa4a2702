"""Finds every phone number, link, email address and social handle in pasted text.

Links and addresses: linkify-it-py (a port of markdown-it's linkify-it, no network code), after
text.clean has mended defanged and split links. Each is widened to the whole token a browser
would take (javascript:...//kraken.com, kraken.com%40evil.xyz, kraken–login.com), and a link
written with unusual characters (ｋｒａｋｅｎ.com) is given as written, so the link check sees the
disguise. Numbers: phone.find_numbers, on the text with links and addresses blanked so digits in
a link are not read as a number; WhatsApp links also give their number. Handles: @name, and
links to t.me, x.com, twitter.com, discord.gg and wa.me.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

from kraken_guard.core.links.mend import mend_link
from kraken_guard.core.messages.text import (
    DIRECTION_CONTROLS,
    MAX_CHARS,
    SPLIT_TLDS,
    ZERO_WIDTH,
    CleanText,
    clean,
)

if TYPE_CHECKING:
    from linkify_it import LinkifyIt

MAX_ITEMS = 40
MAX_GUESS_CHARS = 2000
# Short words that mark a language, and the countries whose numbers are written without + in it.
_LANGUAGE_WORDS: dict[tuple[str, ...], frozenset[str]] = {
    ("FR", "BE", "CH"): frozenset(
        ("le", "la", "les", "vous", "votre", "est", "pas", "des", "une", "cette", "sur", "avec")
    ),
    ("DE", "AT", "CH"): frozenset(
        ("der", "die", "das", "und", "sie", "ist", "nicht", "ihr", "ihre", "bitte", "wir", "mit")
    ),
    ("ES", "MX", "AR", "CO"): frozenset(
        ("el", "los", "las", "usted", "su", "que", "por", "para", "una", "esta", "con", "del")
    ),
}
_WORD = re.compile(r"[^\W\d_]+")

# Hosts whose links name an account: platform, and the path part that is the name.
HANDLE_HOSTS = {
    "t.me": "telegram",
    "telegram.me": "telegram",
    "x.com": "x",
    "twitter.com": "x",
    "mobile.twitter.com": "x",
    "discord.gg": "discord",
    "discord.com": "discord",
    "wa.me": "whatsapp",
    "api.whatsapp.com": "whatsapp",
    "instagram.com": "instagram",
}
_HANDLE = re.compile(r"(?<![\w@.+/-])@([^\W_][\w.]{0,38}[^\W.]|[^\W_])(?![\w@])")
# A token ends at spaces, quotes and brackets around it, and where CJK text or emoji begin.
_TOKEN_STOPS = frozenset("\"'`<>«»“”‘’‹›「」『』")
_OPENERS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = {")": "(", "]": "[", "}": "{"}
_TRAILING = frozenset(".,;:!?")
_CJK_AND_EMOJI = 0x2E80
_LABEL = re.compile(r"[^\W\d_]+:\Z")
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:", re.IGNORECASE)
# Links that run code instead of opening a page; the link finder does not see them.
_SCRIPT_LINK = re.compile(
    r"(?<!\S)(?:(?:javascript|vbscript):\S+|data:[a-z]+/[\w.+-]+[;,]\S*)", re.IGNORECASE
)  # "Link:kraken.com": the word before the colon is text
SCRIPT_SCHEMES = re.compile(r"\s*(?:javascript|vbscript|data):", re.IGNORECASE)
_FULL_STOPS = str.maketrans({"\u3002": ".", "\uff61": "."})
_HIDDEN = dict.fromkeys(map(ord, ZERO_WIDTH | DIRECTION_CONTROLS))
_WHATSAPP_NUMBER = re.compile(r"\+?\d{8,15}")
_DIGITS_FOR_SAVED_REGIONS = 7  # fewer digits hold no number: the saved numbers are not read
_VANITY = re.compile(
    r"(?<![\w+])(?:\+?1[-. ]?)?\(?8(?:00|33|44|55|66|77|88)\)?[-. ]?(?=[A-Z0-9-]*[A-Z]{3})"
    r"[A-Z0-9][A-Z0-9-]{5,9}(?![\w])"
)


class Kind(StrEnum):
    NUMBER = "number"
    LINK = "link"
    EMAIL = "email"
    HANDLE = "handle"


@dataclass(frozen=True)
class Found:
    kind: Kind
    text: str  # as written (after hidden characters were taken out)
    value: str  # E.164 number, link, address, or the handle's name
    start: int
    platform: str = ""  # for handles: x, telegram, discord, whatsapp, instagram, or ""
    # For links and addresses: the part the link finder read, when the whole token is longer or
    # the value is given as written; the item is never official unless the whole token is.
    core: str = ""
    odd: bool = False  # for numbers: only an odd reading exists (a digit too many)


@dataclass(frozen=True)
class Extraction:
    items: tuple[Found, ...]
    cleaned: CleanText
    more: bool  # more items than MAX_ITEMS were found


@cache
def _linkify() -> LinkifyIt:
    from linkify_it import LinkifyIt
    from linkify_it.tlds import TLDS

    extra = SPLIT_TLDS.split("|")
    return LinkifyIt().tlds([*TLDS, *extra], keep_old=True)


def extract(
    raw: object, region: str, also_regions: Callable[[], Sequence[str]] = tuple
) -> Extraction:
    """Every item in `raw`, in the order written; never raises on any text.

    `also_regions` gives the saved official numbers (E.164): numbers are also read in their
    countries. It is called only when the text has enough digits to hold a number.
    """
    cleaned = clean(raw)
    text = cleaned.text
    items: list[Found] = []
    blanked = list(text)
    written = _Written(raw if isinstance(raw, str) else "")
    scripts = [match.span() for match in _SCRIPT_LINK.finditer(text)]
    for start, end in scripts:
        items.append(Found(Kind.LINK, text[start:end], text[start:end], start))
        blanked[start:end] = " " * (end - start)
    taken = 0
    for match in _linkify().match(text) or ():
        inside = any(start <= match.index < end for start, end in scripts)
        if match.index < taken or inside:
            continue  # part of a token already taken whole (kraken.com%40evil.xyz)
        is_email = match.schema == "mailto:"
        start, end = _whole_token(text, match.index, match.last_index, left=not is_email)
        taken = end
        blanked[start:end] = " " * (end - start)
        whole = text[start:end]
        value, core = (match.url, "") if whole == match.text else (whole, match.url)
        as_written = written.unusual(whole)
        if as_written:
            value, core = as_written, core or match.url
        if is_email:
            address = value.removeprefix("mailto:")
            items.append(
                Found(Kind.EMAIL, whole, address, start, core=core.removeprefix("mailto:"))
            )
            continue
        handle = _handle_link(value)
        if handle is None:
            items.append(Found(Kind.LINK, whole, value, start, core=core))
            continue
        platform, name = handle
        items.append(Found(Kind.HANDLE, whole, name, start, platform))
        if platform == "whatsapp" and _WHATSAPP_NUMBER.fullmatch(name):
            # wa.me/18885550134 opens a chat with that number: it is compared like any number.
            items.append(Found(Kind.NUMBER, whole, "+" + name.lstrip("+"), start))
    rest = "".join(blanked)
    for match in _HANDLE.finditer(rest):
        items.append(Found(Kind.HANDLE, match.group(0), match.group(1), match.start()))
        blanked[match.start() : match.end()] = " " * (match.end() - match.start())
    rest = "".join(blanked)
    enough = sum(ch.isdigit() for ch in rest[:MAX_GUESS_CHARS]) >= _DIGITS_FOR_SAVED_REGIONS
    saved = tuple(also_regions()) if enough else ()
    numbers = _numbers(rest, region, saved)
    if all(number.odd for number in numbers) and enough:
        # "appelez le 01 84 88 42 17" is no number in the US: try the text's language's countries.
        for guess in _language_regions(rest[:MAX_GUESS_CHARS]):
            guessed = _numbers(rest, guess, saved) if guess != region else []
            if any(not number.odd for number in guessed):
                # The number check reads in the person's region: give it the country too.
                numbers = [replace(n, value=_number_key(n.value, guess)) for n in guessed]
                break
    items.extend(numbers)
    unique: dict[tuple[Kind, str, str], Found] = {}
    for item in sorted(items, key=lambda found: found.start):
        key = _number_key(item.value, region) if item.kind is Kind.NUMBER else item.value
        unique.setdefault((item.kind, item.platform, key.casefold()), item)
    found = tuple(unique.values())
    return Extraction(found[:MAX_ITEMS], cleaned, len(found) > MAX_ITEMS)


def _whole_token(text: str, start: int, end: int, *, left: bool) -> tuple[int, int]:
    """The span of the whole token around text[start:end], as a browser would take the link:
    up to spaces, quotes and the brackets around it, without a sentence's closing punctuation.
    A link with its own scheme (https://) or after a label ("Link:") is not widened leftwards."""
    finish = end
    while finish < len(text) and _in_token(text[finish]):
        finish += 1
    while finish > end:
        last = text[finish - 1]
        token = text[start:finish]
        if last in _TRAILING or (
            last in _CLOSERS and token.count(_CLOSERS[last]) < token.count(last)
        ):
            finish -= 1
        elif token.endswith(("'s", "’s")):
            finish -= 2
        else:
            break
    finish = max(finish, end)
    begin = start
    if left and not _SCHEME.match(text, start, end):
        while begin > 0 and _in_token(char := text[begin - 1]):
            # "(" is around the link, unless the token closes it: alert(x)//kraken.com
            closer = _OPENERS.get(char)
            if closer and text.count(closer, begin, finish) <= text.count(char, begin, finish):
                break
            begin -= 1
        prefix = text[begin:start]
        if _LABEL.match(prefix) and not SCRIPT_SCHEMES.match(prefix):
            begin = start
    return begin, finish


def _in_token(char: str) -> bool:
    return not char.isspace() and char not in _TOKEN_STOPS and ord(char) < _CJK_AND_EMOJI


class _Written:
    """Finds how a link in the cleaned text was written in the pasted text, when NFKC or an
    ideographic full stop changed it: ｋｒａｋｅｎ.com and kraken。com are disguises to judge."""

    def __init__(self, raw: str) -> None:
        raw = raw[:MAX_CHARS]
        self._raw = raw
        self._needed = not raw.isascii() and (
            not unicodedata.is_normalized("NFKC", raw) or "\u3002" in raw
        )
        self._folded: tuple[str, list[int]] | None = None

    def unusual(self, link: str) -> str:
        """`link` as written with unusual characters, or "" when it was written plainly."""
        if not self._needed or not link:
            return ""
        if self._folded is None:
            self._folded = self._fold()
        folded, where = self._folded
        at = folded.find(link)
        while at != -1:
            written = self._raw[where[at] : where[at + len(link) - 1] + 1].translate(_HIDDEN)
            if written != link and mend_link(written).unusual:
                return written
            at = folded.find(link, at + 1)
        return ""

    def _fold(self) -> tuple[str, list[int]]:
        chars: list[str] = []
        where: list[int] = []
        for index, char in enumerate(self._raw):
            if ord(char) in _HIDDEN:
                continue
            if not char.isascii():
                char = unicodedata.normalize("NFKC", char).translate(_FULL_STOPS)
            chars.append(char)
            where.extend([index] * len(char))
        return "".join(chars), where


def _number_key(value: str, region: str) -> str:
    """One key for one number however it is written (+1 888 555 0134, (888) 555-0134)."""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return re.sub(r"\D", "", value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _language_regions(text: str) -> tuple[str, ...]:
    """The countries of the language most of the text's short words belong to, or ()."""
    words = [word.casefold() for word in _WORD.findall(text)]
    best: tuple[str, ...] = ()
    score = 2  # at least three marker words
    for regions, markers in _LANGUAGE_WORDS.items():
        count = sum(word in markers for word in words)
        if count > score:
            best, score = regions, count
    return best


def _handle_link(url: str) -> tuple[str, str] | None:
    import ada_url

    try:
        parsed = ada_url.URL(url)
    except ValueError:
        return None
    host = parsed.hostname.lower().removeprefix("www.")
    platform = HANDLE_HOSTS.get(host)
    if platform is None:
        return None
    parts = [part for part in parsed.pathname.split("/") if part]
    if host == "discord.com":
        if len(parts) < 2 or parts[0] != "invite":
            return None
        parts = parts[1:]
    if host == "api.whatsapp.com":
        from urllib.parse import parse_qs

        phone = parse_qs(parsed.search.lstrip("?")).get("phone", [""])[0]
        return (platform, phone) if phone else None
    if not parts or parts[0] in {"i", "intent", "share", "home", "search"}:
        return None
    return platform, parts[0].lstrip("@")


def _numbers(text: str, region: str, saved: Sequence[str]) -> list[Found]:
    import phonenumbers

    from kraken_guard.core.phone.find import find_numbers

    found = [
        Found(Kind.NUMBER, number.written, number.value, number.start, odd=number.odd)
        for number in find_numbers(text, region, saved)
    ]
    for vanity in _VANITY.finditer(text):
        # 1-888-KRAKEN-1: find_numbers reads digits only.
        if len(found) >= MAX_ITEMS:
            break
        if any(item.start <= vanity.start() < item.start + len(item.text) for item in found):
            continue
        try:
            number = phonenumbers.parse(vanity.group(0), region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            found.append(Found(Kind.NUMBER, vanity.group(0), vanity.group(0), vanity.start()))
    return found


def worth_prefilling(text: str) -> bool:
    """True for clipboard text worth putting in the check box: it holds something to check.

    Other text (a note, a password someone copied) is never shown unasked.
    """
    stripped = text.strip() if isinstance(text, str) else ""
    if not stripped or len(stripped) > MAX_CHARS:
        return False
    return any(not item.odd for item in extract(stripped, "US").items)

"""Finds every phone number, link, email address and social handle in pasted text.

Links and addresses: linkify-it-py (a port of markdown-it's linkify-it, no network code), after
text.clean has mended defanged and split links. Numbers: phonenumbers' PhoneNumberMatcher for the
person's region, on the text with links and addresses blanked so digits in a link are not read as
a number. Handles: @name, and links to t.me, x.com, twitter.com, discord.gg and wa.me.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

from kraken_guard.core.messages.text import SPLIT_TLDS, CleanText, clean

if TYPE_CHECKING:
    from linkify_it import LinkifyIt

MAX_ITEMS = 40
MAX_NUMBER_TRIES = 200
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


def extract(raw: object, region: str) -> Extraction:
    """Every item in `raw`, in the order written; never raises on any text."""
    cleaned = clean(raw)
    text = cleaned.text
    items: list[Found] = []
    blanked = list(text)
    for match in _linkify().match(text) or ():
        start, end = match.index, match.last_index
        blanked[start:end] = " " * (end - start)
        if match.schema == "mailto:":
            address = match.url.removeprefix("mailto:")
            items.append(Found(Kind.EMAIL, match.text, address, start))
            continue
        handle = _handle_link(match.url)
        if handle is not None:
            platform, name = handle
            items.append(Found(Kind.HANDLE, match.text, name, start, platform))
        else:
            items.append(Found(Kind.LINK, match.text, match.url, start))
    rest = "".join(blanked)
    for match in _HANDLE.finditer(rest):
        items.append(Found(Kind.HANDLE, match.group(0), match.group(1), match.start()))
        blanked[match.start() : match.end()] = " " * (match.end() - match.start())
    rest = "".join(blanked)
    numbers = _numbers(rest, region)
    if not numbers and sum(ch.isdigit() for ch in rest[:MAX_GUESS_CHARS]) >= 8:
        # "appelez le 01 84 88 42 17" is no number in the US: try the text's language's countries.
        for guess in _language_regions(rest[:MAX_GUESS_CHARS]):
            if guess != region and (numbers := _numbers(rest, guess)):
                break
    items.extend(numbers)
    unique: dict[tuple[Kind, str, str], Found] = {}
    for item in sorted(items, key=lambda found: found.start):
        unique.setdefault((item.kind, item.platform, item.value.casefold()), item)
    found = tuple(unique.values())
    return Extraction(found[:MAX_ITEMS], cleaned, len(found) > MAX_ITEMS)


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


def _numbers(text: str, region: str) -> list[Found]:
    import phonenumbers

    found: list[Found] = []
    matcher = phonenumbers.PhoneNumberMatcher(
        text, region, phonenumbers.Leniency.VALID, max_tries=MAX_NUMBER_TRIES
    )
    for match in matcher:
        if len(found) >= MAX_ITEMS:
            break
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        found.append(Found(Kind.NUMBER, match.raw_string, e164, match.start))
    for vanity in _VANITY.finditer(text):
        if len(found) >= MAX_ITEMS:
            break
        try:
            number = phonenumbers.parse(vanity.group(0), region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            found.append(Found(Kind.NUMBER, vanity.group(0), e164, vanity.start()))
    return found


def worth_prefilling(text: str) -> bool:
    """True for clipboard text worth putting in the check box: it holds something to check.

    Other text (a note, a password someone copied) is never shown unasked.
    """
    from kraken_guard.core.messages.text import MAX_CHARS

    stripped = text.strip() if isinstance(text, str) else ""
    if not stripped or len(stripped) > MAX_CHARS:
        return False
    return bool(extract(stripped, "US").items)

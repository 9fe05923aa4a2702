"""Reads links the way browsers do (WHATWG) and says whether they really go to kraken.com."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.links.lookalike import Reason, brand_signals, known_owner_reason

OFFICIAL_DOMAIN = "kraken.com"
SUPPORT_URL = "https://support.kraken.com"

# Schemes a person may paste; anything else without "://" is read as a bare host name.
_KNOWN_SCHEMES = re.compile(
    r"^(https?|ftp|wss?|file|javascript|vbscript|data|mailto|about|blob|tel|sms):", re.IGNORECASE
)
_WEB_PROTOCOLS = ("http:", "https:")
# WHATWG strips these anywhere in a URL; they have no place in an honest link.
_HIDDEN = re.compile(r"[\t\n\r]")
_AUTHORITY_END = re.compile(r"[/\\?#]")
_DOMAIN = 0  # ada_url's host type for a name (1 and 2 are IPv4 and IPv6 addresses)
# RFC 3986 appendix B: how a standards parser (not a browser) splits a link.
_RFC3986 = re.compile(r"^(?:([^:/?#]+):)?(?://([^/?#]*))?")


class Verdict(StrEnum):
    OFFICIAL = "official"
    LOOKALIKE = "lookalike"
    UNRELATED = "unrelated"
    INVALID = "invalid"


@dataclass(frozen=True)
class LinkCheck:
    input: str
    verdict: Verdict
    host: str | None
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class OpenDecision:
    allowed: bool
    reason: str


R_OFFICIAL = QT_TRANSLATE_NOOP("links", "This link goes to kraken.com.")
R_NOT_SECURE = QT_TRANSLATE_NOOP(
    "links", "It is not a secure (https) link. Type the address with https:// at the start."
)
R_EMPTY = QT_TRANSLATE_NOOP("links", "There is no link to check. Paste or type a link.")
R_NOT_A_LINK = QT_TRANSLATE_NOOP("links", "This is not a web address a browser can open.")
R_NOT_WEB = QT_TRANSLATE_NOOP("links", "This is not a web link. Kraken links start with https://.")
R_USERINFO = QT_TRANSLATE_NOOP(
    "links",
    "The link has an @ sign before the address. This trick hides where the link really goes.",
)
R_HIDDEN = QT_TRANSLATE_NOOP("links", "The link has hidden characters, like tabs or line breaks.")
R_PERCENT = QT_TRANSLATE_NOOP(
    "links", "The address is disguised with % codes. Real Kraken links never do this."
)
R_UNUSUAL_LETTERS = QT_TRANSLATE_NOOP(
    "links",
    "The address uses unusual characters that look like normal letters. Real Kraken links "
    "never do this.",
)
R_OTHER_SITE = QT_TRANSLATE_NOOP("links", "The link goes to a site that is not kraken.com.")
R_NUMBER_ADDRESS = QT_TRANSLATE_NOOP(
    "links", "The link goes to a number address, not a name. Real Kraken links never do this."
)
R_MENTIONS_KRAKEN = QT_TRANSLATE_NOOP(
    "links",
    "kraken.com is written later in the link, but the link itself goes to another site.",
)
R_PARSERS_DISAGREE = QT_TRANSLATE_NOOP(
    "links",
    "This link is written to confuse: browsers open {browser}, but other programs read it as "
    "{other}. Real Kraken links are never written this way.",
)
R_PARSERS_NO_HOST = QT_TRANSLATE_NOOP(
    "links",
    "This link is written to confuse: browsers open {browser}, but other programs find no site "
    "in it. Real Kraken links are never written this way.",
)
R_SEARCH_ENGINE = QT_TRANSLATE_NOOP(
    "links", "Never use a search engine to find Kraken. Use your bookmark to support.kraken.com."
)


def is_kraken_host(host: str) -> bool:
    host = host.lower().rstrip(".")
    return host == OFFICIAL_DOMAIN or host.endswith("." + OFFICIAL_DOMAIN)


def check_url(text: str) -> LinkCheck:
    """Say where a link really goes, and whether that is kraken.com. Never raises."""
    import ada_url

    cleaned = text.strip() if isinstance(text, str) else ""
    if not cleaned:
        return LinkCheck(text, Verdict.INVALID, None, (R_EMPTY,))
    candidate = _with_scheme(cleaned)
    try:
        url = ada_url.URL(candidate)
    except ValueError:
        return LinkCheck(text, Verdict.INVALID, None, (R_NOT_A_LINK,))
    if url.protocol not in _WEB_PROTOCOLS:
        return LinkCheck(text, Verdict.INVALID, None, (R_NOT_WEB,))
    host = url.hostname.rstrip(".").lower()
    if not host:
        return LinkCheck(text, Verdict.INVALID, None, (R_NOT_A_LINK,))
    authority = _raw_authority(candidate)
    userinfo, _, raw_host = authority.rpartition("@")
    disguises = _disguises(candidate, authority, raw_host)
    other_host = _rfc3986_host(_HIDDEN.sub("", candidate))  # hidden characters have a reason
    other_is_kraken = bool(other_host) and is_kraken_host(other_host)
    if url.host_type != _DOMAIN:
        if other_is_kraken:
            confusing = Reason(R_PARSERS_DISAGREE, browser=host, other=_shown(other_host))
            return LinkCheck(text, Verdict.LOOKALIKE, host, (R_NUMBER_ADDRESS, confusing))
        return LinkCheck(text, Verdict.UNRELATED, host, (R_NUMBER_ADDRESS, *disguises))
    if other_host != host:
        confusing = (
            Reason(R_PARSERS_DISAGREE, browser=host, other=_shown(other_host))
            if other_host
            else Reason(R_PARSERS_NO_HOST, browser=host)
        )
        disguises = (*disguises, confusing)
    if is_kraken_host(host):
        if disguises:
            return LinkCheck(text, Verdict.LOOKALIKE, host, disguises)
        reasons = [R_OFFICIAL]
        if url.protocol != "https:":
            reasons.append(R_NOT_SECURE)
        return LinkCheck(text, Verdict.OFFICIAL, host, tuple(reasons))

    signals = brand_signals(host)
    brand_in_userinfo = bool(userinfo) and (
        OFFICIAL_DOMAIN in userinfo.lower() or bool(brand_signals(userinfo))
    )
    mentions = OFFICIAL_DOMAIN in (url.pathname + url.search + url.hash).lower()
    reasons = [R_OTHER_SITE, *disguises, *signals]
    if mentions:
        reasons.append(R_MENTIONS_KRAKEN)
    owner = known_owner_reason(host) if not signals else None
    if owner:
        reasons.append(owner)
    # Two parsers reading two sites is a trick; it imitates Kraken when either reading does.
    other_imitates = other_host != host and (other_is_kraken or bool(brand_signals(other_host)))
    imitates = signals or brand_in_userinfo or mentions or other_imitates
    verdict = Verdict.LOOKALIKE if imitates else Verdict.UNRELATED
    return LinkCheck(text, verdict, host, tuple(reasons))


def may_open(url: str) -> OpenDecision:
    """Decide whether the app may open `url` in the browser, with the reason in plain words."""
    if any(ch.isspace() or ch == "\\" for ch in url):
        return OpenDecision(False, QT_TRANSLATE_NOOP("links", "This link has hidden characters."))
    if not url.lower().startswith("https://"):
        return OpenDecision(
            False, QT_TRANSLATE_NOOP("links", "Kraken Guard only opens secure (https) links.")
        )
    check = check_url(url)
    if R_USERINFO in check.reasons:
        return OpenDecision(
            False, QT_TRANSLATE_NOOP("links", "This link hides its real address behind an @ sign.")
        )
    if check.verdict is not Verdict.OFFICIAL or not _default_port(url):
        return OpenDecision(
            False, QT_TRANSLATE_NOOP("links", "Kraken Guard only opens links to kraken.com.")
        )
    return OpenDecision(True, "")


def _default_port(url: str) -> bool:
    import ada_url

    return ada_url.URL(url).port == ""


def _with_scheme(text: str) -> str:
    """A bare host such as `support.kraken.com:443` is read as an https link."""
    if "://" in text or _KNOWN_SCHEMES.match(text):
        return text
    if text.startswith(("//", "\\\\")):
        return "https:" + text
    return "https://" + text


def _raw_authority(candidate: str) -> str:
    """The part between the scheme and the path as written, before the browser cleans it."""
    after = _HIDDEN.sub("", candidate).split(":", 1)[1].lstrip("/\\")
    return _AUTHORITY_END.split(after, 1)[0]


def _rfc3986_host(candidate: str) -> str:
    """The host an RFC 3986 parser reads (user-info and port cut off), normalised like a browser's
    so that only a real disagreement shows; empty when it finds no host."""
    from urllib.parse import unquote

    found = _RFC3986.match(candidate)
    authority = (found.group(2) if found else None) or ""
    host = authority.rpartition("@")[2]
    if host.startswith("["):
        host = host.split("]", 1)[0] + "]"
    else:
        host = host.rpartition(":")[0] if ":" in host else host
    host = unquote(host, errors="replace").lower().rstrip(".")
    if host and not host.isascii():
        host = _ascii_host(host)
    return host


def _shown(host: str) -> str:
    """A host as it may be shown to a person: no invisible characters, not too long."""
    printable = "".join(c if c.isprintable() else "\ufffd" for c in host)
    return printable if len(printable) <= 80 else printable[:79] + "\u2026"


def _ascii_host(host: str) -> str:
    import idna

    try:
        return str(idna.encode(host, uts46=True).decode("ascii"))
    except (idna.IDNAError, UnicodeError, ValueError):
        return host


def _disguises(candidate: str, authority: str, raw_host: str) -> tuple[str, ...]:
    """Tricks that hide where a link goes; any of them means a link is not plainly kraken.com."""
    found = []
    if "@" in authority:
        found.append(R_USERINFO)
    if _HIDDEN.search(candidate):
        found.append(R_HIDDEN)
    if "%" in raw_host:
        found.append(R_PERCENT)
    if not raw_host.isascii():
        found.append(R_UNUSUAL_LETTERS)
    return tuple(found)

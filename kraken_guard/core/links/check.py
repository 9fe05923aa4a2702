"""Reads links the way browsers do (WHATWG) and says whether they really go to kraken.com."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.links.lookalike import (
    R_FREE_SITE,
    Reason,
    brand_signals,
    known_owner_reason,
    name_signals,
)
from kraken_guard.core.links.mend import mend_link
from kraken_guard.core.links.shared_hosts import CHAT, SHORTENER, SharedHost, shared_host

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
R_SHORTENER = QT_TRANSLATE_NOOP(
    "links",
    "Do not open it: {platform} makes short links, so this link hides where it really goes.",
)
R_SHARED_PAGES = QT_TRANSLATE_NOOP(
    "links",
    "Do not sign in or type anything there: it is a page on {platform}, where anyone can make "
    "one. Kraken does not use such pages.",
)
R_CHAT_LINK = QT_TRANSLATE_NOOP(
    "links",
    "Do not send anything there: this link opens a chat on {platform}, with an account anyone "
    "can make.",
)
R_NAME_IN_PATH = QT_TRANSLATE_NOOP(
    "links", "The page's name, {name}, is made to look like Kraken. Scammers do this."
)
R_CARRIES_LINK = QT_TRANSLATE_NOOP(
    "links",
    "Do not trust where it seems to go: this link passes you on to another link, to {host}.",
)
R_DEFANGED = QT_TRANSLATE_NOOP(
    "links",
    "The link was written so it cannot be clicked (like hxxp or [.]). It was read as {link}.",
)
R_SEARCH_ENGINE = QT_TRANSLATE_NOOP(
    "links", "Never use a search engine to find Kraken. Use your bookmark to support.kraken.com."
)


def is_kraken_host(host: str) -> bool:
    host = host.lower().rstrip(".")
    return host == OFFICIAL_DOMAIN or host.endswith("." + OFFICIAL_DOMAIN)


def check_url(text: str) -> LinkCheck:
    """Say where a link really goes, and whether that is kraken.com. Never raises.

    A link that carries another link (google.com/url?q=..., ?redirect=https://...) gets the
    worse verdict of the two. Defanged links (hxxps, [.]) are mended first; text that needed
    NFKC or ideographic full stops to read is a disguise, so it is never plainly kraken.com.
    """
    return _check(text, 0)


_MAX_DEPTH = 2  # links inside links inside links: deeper than this is not read
_MAX_INNER = 3
_MAX_PATH_PARTS = 6
_WORST_FIRST = (Verdict.LOOKALIKE, Verdict.UNRELATED, Verdict.OFFICIAL)


def _check(text: str, depth: int) -> LinkCheck:
    import ada_url

    mended = mend_link(text) if isinstance(text, str) else None
    cleaned = mended.text if mended else ""
    if not cleaned or mended is None:
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
    notes = (Reason(R_DEFANGED, link=_shown(cleaned)),) if mended.defanged else ()
    authority = _raw_authority(candidate)
    userinfo, _, raw_host = authority.rpartition("@")
    disguises = _disguises(candidate, authority, raw_host)
    if mended.unusual and R_UNUSUAL_LETTERS not in disguises:
        disguises = (*disguises, R_UNUSUAL_LETTERS)
    other_host = _rfc3986_host(_HIDDEN.sub("", candidate))  # hidden characters have a reason
    other_is_kraken = bool(other_host) and is_kraken_host(other_host)
    number_address = url.host_type != _DOMAIN
    if number_address and other_is_kraken:
        confusing = Reason(R_PARSERS_DISAGREE, browser=host, other=_shown(other_host))
        return LinkCheck(text, Verdict.LOOKALIKE, host, (R_NUMBER_ADDRESS, confusing, *notes))
    if not number_address and other_host != host:
        confusing = (
            Reason(R_PARSERS_DISAGREE, browser=host, other=_shown(other_host))
            if other_host
            else Reason(R_PARSERS_NO_HOST, browser=host)
        )
        disguises = (*disguises, confusing)
    inner = _inner_links(url, depth)
    if not number_address and is_kraken_host(host):
        if disguises:
            return _with_inner(
                LinkCheck(text, Verdict.LOOKALIKE, host, (*disguises, *notes)), inner
            )
        secure = () if url.protocol == "https:" else (R_NOT_SECURE,)
        official = LinkCheck(text, Verdict.OFFICIAL, host, (R_OFFICIAL, *secure, *notes))
        return _with_inner(official, inner)

    signals = () if number_address else brand_signals(host)
    service = None if number_address else shared_host(host)
    brand_in_userinfo = bool(userinfo) and (
        OFFICIAL_DOMAIN in userinfo.lower() or bool(brand_signals(userinfo))
    )
    mentions = OFFICIAL_DOMAIN in (url.pathname + url.search + url.hash).lower()
    # Where anyone can make a page (or on a bare number address) the page's name is the site's.
    named = _name_in_path(url) if (number_address or service) and not mentions else None
    reasons: list[str] = [R_NUMBER_ADDRESS] if number_address else [R_OTHER_SITE]
    if service and not any(getattr(r, "template", None) == R_FREE_SITE for r in signals):
        reasons.append(_service_reason(service))
    reasons.extend((*disguises, *signals))
    if named:
        reasons.append(named)
    if mentions:
        reasons.append(R_MENTIONS_KRAKEN)
    owner = known_owner_reason(host) if not signals and not number_address else None
    if owner:
        reasons.append(owner)
    # Two parsers reading two sites is a trick; it imitates Kraken when either reading does.
    other_imitates = (
        not number_address
        and other_host != host
        and (other_is_kraken or bool(brand_signals(other_host)))
    )
    imitates = signals or brand_in_userinfo or mentions or other_imitates or named
    verdict = Verdict.LOOKALIKE if imitates else Verdict.UNRELATED
    return _with_inner(LinkCheck(text, verdict, host, (*reasons, *notes)), inner)


def _service_reason(service: SharedHost) -> Reason:
    template = {SHORTENER: R_SHORTENER, CHAT: R_CHAT_LINK}.get(service.kind, R_SHARED_PAGES)
    return Reason(template, platform=service.title)


def _name_in_path(url: object) -> Reason | None:
    """The first part of the path or query that imitates Kraken (/view/kraken-login-us)."""
    from urllib.parse import parse_qsl, unquote

    path = str(getattr(url, "pathname", ""))
    search = str(getattr(url, "search", ""))
    parts = [unquote(p, errors="replace") for p in path.split("/") if p][:_MAX_PATH_PARTS]
    parts += [value for _, value in parse_qsl(search.lstrip("?"))][:_MAX_PATH_PARTS]
    for part in parts:
        part = part[:80]
        if part and name_signals(part):
            return Reason(R_NAME_IN_PATH, name=_shown(part))
    return None


def _inner_links(url: object, depth: int) -> list[LinkCheck]:
    """Links carried in the query (?q=https://..., ?u=https%3A%2F%2F..., also after #...?),
    each checked. A carried link deeper than we read, or one we cannot decode, is never
    official: it is taken as another site."""
    from urllib.parse import parse_qsl

    search = str(getattr(url, "search", "")).lstrip("?")
    fragment = str(getattr(url, "hash", ""))
    carried = [search] + ([fragment.split("?", 1)[1]] if "?" in fragment else [])
    found: list[LinkCheck] = []
    for part in carried:
        if len(part) < 2:
            continue
        for _, raw in parse_qsl(part)[:20]:
            value = _carried_link(raw)
            if value is None:
                continue
            if depth >= _MAX_DEPTH or value == _UNREADABLE:
                inner = LinkCheck(raw[:200], Verdict.UNRELATED, None, (R_OTHER_SITE,))
            else:
                inner = _check(value, depth + 1)
                if inner.verdict is Verdict.INVALID:
                    # A redirector may still go somewhere a browser would not: never plainly Kraken.
                    inner = LinkCheck(value, Verdict.UNRELATED, None, (R_OTHER_SITE,))
            found.append(inner)
            if len(found) == _MAX_INNER or depth >= _MAX_DEPTH:
                return found
    return found


_UNREADABLE = "\0"  # a value that still looks encoded after every decoding we try
_LINK_STARTS = ("http://", "https://", "//", "\\\\", "/\\", "\\/")


def _carried_link(raw: str) -> str | None:
    """The link a query value carries (decoded up to three times), _UNREADABLE, or None."""
    from urllib.parse import unquote

    value = raw.strip()[:2048]
    for _ in range(3):
        if not value.lower().startswith(("http%", "https%", "%2f", "%5c")):
            break
        value = unquote(value)
    low = value.lower()
    if low.startswith(("http%", "https%")):
        return _UNREADABLE
    if low.startswith(_LINK_STARTS):
        return value.replace("\\", "/")
    return None


def _with_inner(outer: LinkCheck, inner: list[LinkCheck]) -> LinkCheck:
    """The worse verdict of a link and the links it carries, with the reasons of each."""
    if not inner:
        return outer
    verdicts = [outer.verdict, *(one.verdict for one in inner)]
    verdict = next(v for v in _WORST_FIRST if v in verdicts)
    reasons = list(outer.reasons)
    if verdict is not Verdict.OFFICIAL:
        reasons = [r for r in reasons if r != R_OFFICIAL]
    for one in inner:
        reasons.append(Reason(R_CARRIES_LINK, host=_shown(one.host or one.input)))
        reasons.extend(r for r in one.reasons if r not in reasons and r != R_OFFICIAL)
    return LinkCheck(outer.input, verdict, outer.host, tuple(reasons))


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

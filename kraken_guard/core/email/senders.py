"""Kraken's official sender domains, and what a sender address's domain says about who sent it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from kraken_guard.core.content import load_content
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.links.lookalike import BRAND, brand_signals, name_signals

CONTENT_NAME = "email_senders"
CONTEXT = "email_senders"
MAX_ADDRESS = 320

R_OFFICIAL = QT_TRANSLATE_NOOP(
    "email_senders",
    "The address ends in {domain}, a domain Kraken sends email from. Anyone can write this in "
    "an email, so the address alone proves nothing.",
)
R_UNLISTED_KRAKEN = QT_TRANSLATE_NOOP(
    "email_senders",
    "{domain} is not one of the domains Kraken sends email from. Scammers use made-up parts of "
    "kraken.com because some mail services let them through.",
)
R_UNRELATED = QT_TRANSLATE_NOOP(
    "email_senders", "The address is not from Kraken. Kraken writes only from kraken.com."
)
R_NOT_AN_ADDRESS = QT_TRANSLATE_NOOP(
    "email_senders", "This is not an email address. An address looks like name@example.com."
)


class SenderVerdict(StrEnum):
    OFFICIAL_DOMAIN = "official_domain"
    UNLISTED_KRAKEN_DOMAIN = "unlisted_kraken_domain"
    LOOKALIKE = "lookalike"
    UNRELATED = "unrelated"
    INVALID = "invalid"


@dataclass(frozen=True)
class SenderCheck:
    address: str
    domain: str
    verdict: SenderVerdict
    reasons: tuple[str, ...]  # untranslated; each may hold {domain}


@cache
def official_sender_domains() -> frozenset[str]:
    """The domains Kraken lists as its senders, from resources/content/email_senders.json."""
    return frozenset(item.id.lower() for item in load_content(CONTENT_NAME).items)


def check_sender_domain(domain: str) -> SenderCheck:
    """Judge the part after @ in a sender address; a listed domain is still only a claim."""
    return _judge("", domain)


def check_sender_address(address: str) -> SenderCheck:
    """Judge a whole address such as support@krakem.com by its domain."""
    text = address.strip().strip("<>").strip()
    if len(text) > MAX_ADDRESS or text.count("@") != 1:
        return SenderCheck(text[:MAX_ADDRESS], "", SenderVerdict.INVALID, (R_NOT_AN_ADDRESS,))
    local, domain = text.rsplit("@", 1)
    if not local or not domain:
        return SenderCheck(text, "", SenderVerdict.INVALID, (R_NOT_AN_ADDRESS,))
    return _judge(text, domain)


def _judge(address: str, domain: str) -> SenderCheck:
    clean = domain.strip().rstrip(".").lower()
    if not clean or "." not in clean or any(c.isspace() for c in clean):
        return SenderCheck(address, clean, SenderVerdict.INVALID, (R_NOT_AN_ADDRESS,))
    if clean in official_sender_domains():
        return SenderCheck(address, clean, SenderVerdict.OFFICIAL_DOMAIN, (R_OFFICIAL,))
    if clean.endswith(".kraken.com"):
        return SenderCheck(
            address, clean, SenderVerdict.UNLISTED_KRAKEN_DOMAIN, (R_UNLISTED_KRAKEN,)
        )
    signals = brand_signals(clean)
    if signals:
        return SenderCheck(address, clean, SenderVerdict.LOOKALIKE, signals)
    return SenderCheck(address, clean, SenderVerdict.UNRELATED, (R_UNRELATED,))


R_NAME_SAYS_KRAKEN = QT_TRANSLATE_NOOP(
    "email_senders",
    "The sender's name says Kraken, but the address is at {domain}. Anyone can type any name.",
)
R_NAME_HAS_DOMAIN = QT_TRANSLATE_NOOP(
    "email_senders",
    "The sender's name shows {shown}, but the real address is at {domain}. This trick hides "
    "who really sent it.",
)
R_REPLY_ELSEWHERE = QT_TRANSLATE_NOOP(
    "email_senders",
    "Replies would go to {address}, not to Kraken. Kraken's replies stay on its own domains.",
)
R_RETURN_ELSEWHERE = QT_TRANSLATE_NOOP(
    "email_senders",
    "The email was sent through {address} (its Return-Path), which is not a Kraken domain.",
)
R_INTERNATIONAL = QT_TRANSLATE_NOOP(
    "email_senders",
    "The address uses letters from other alphabets or a coded form (xn--). Real Kraken "
    "addresses never do this.",
)
R_NO_FROM = QT_TRANSLATE_NOOP(
    "email_senders", "The email has no sender address (no From line), or more than one."
)

_DOMAIN_IN_NAME = re.compile(r"(?<![\w-])((?:[\w-]+\.)+[a-z\u00a1-\uffff]{2,})(?![\w-])", re.I)


@dataclass(frozen=True)
class SenderHeaders:
    """The From, Reply-To and Return-Path of an email, judged together."""

    sender: SenderCheck
    display_name: str
    problems: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # decisive reasons + values


def is_kraken_domain(domain: str) -> bool:
    clean = domain.strip().rstrip(".").lower()
    return (
        clean in official_sender_domains()
        or clean == "kraken.com"
        or (clean.endswith(".kraken.com"))
    )


def check_display_name(name: str, domain: str) -> list[tuple[str, dict[str, str]]]:
    """Display-name tricks: Kraken's name on another domain, or another domain written in it."""
    found: list[tuple[str, dict[str, str]]] = []
    official = domain.lower() in official_sender_domains()
    if name.strip() and not official and (BRAND in _fold(name) or name_signals(name)):
        found.append((R_NAME_SAYS_KRAKEN, {"domain": domain}))
    for match in _DOMAIN_IN_NAME.finditer(name):
        shown = match.group(1).lower().rstrip(".")
        if shown != domain.lower() and not domain.lower().endswith("." + shown):
            found.append((R_NAME_HAS_DOMAIN, {"shown": shown, "domain": domain}))
            break
    return found


def check_sender_headers(
    from_addresses: list[tuple[str, str]],
    reply_to: list[str],
    return_path: list[str],
) -> SenderHeaders:
    """Judge (display name, address) pairs from From, plus every Reply-To and Return-Path."""
    if len(from_addresses) != 1:
        sender = SenderCheck("", "", SenderVerdict.INVALID, (R_NO_FROM,))
        return SenderHeaders(sender, "", ())
    name, address = from_addresses[0]
    sender = check_sender_address(address)
    problems: list[tuple[str, dict[str, str]]] = []
    if sender.domain and _international(sender.domain):
        problems.append((R_INTERNATIONAL, {}))
    if sender.domain:
        problems.extend(check_display_name(name, sender.domain))
        for other in reply_to:
            if not _same_sender(other, sender.domain):
                problems.append((R_REPLY_ELSEWHERE, {"address": other.strip("<> ")}))
        for other in return_path:
            if other.strip("<> ") and not _same_sender(other, sender.domain):
                problems.append((R_RETURN_ELSEWHERE, {"address": other.strip("<> ")}))
    frozen = tuple((text, tuple(sorted(values.items()))) for text, values in problems)
    return SenderHeaders(sender, name, tuple(dict.fromkeys(frozen)))


def _same_sender(address: str, from_domain: str) -> bool:
    domain = address.strip().strip("<>").rpartition("@")[2].lower().rstrip(".")
    if not domain:
        return False
    if domain == from_domain.lower() or domain.endswith("." + from_domain.lower()):
        return not _international(domain)
    return is_kraken_domain(domain) and is_kraken_domain(from_domain)


def _international(domain: str) -> bool:
    return "xn--" in domain.lower() or not domain.isascii()


def _fold(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())

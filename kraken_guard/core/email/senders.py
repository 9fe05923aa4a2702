"""Kraken's official sender domains, and what a sender address's domain says about who sent it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from kraken_guard.core.content import load_content
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.links.lookalike import brand_signals

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

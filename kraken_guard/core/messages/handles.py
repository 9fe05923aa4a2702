"""Is this social account Kraken's? Official handles from resources/content/social_accounts.json."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from kraken_guard.core.content import load_content
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.links.lookalike import R_BRAND_INSIDE, name_signals

CONTENT_NAME = "social_accounts"
CHAT_PLATFORMS = frozenset({"telegram", "whatsapp", "discord"})

R_NOT_OFFICIAL = QT_TRANSLATE_NOOP(
    "handles", "This account is not on Kraken's list of its own accounts."
)
R_CHAT_APP = QT_TRANSLATE_NOOP(
    "handles", "Kraken Support does not help people on WhatsApp, Telegram or Discord."
)
R_NAME_INSIDE = QT_TRANSLATE_NOOP(
    "handles",
    "The name Kraken is part of this account name, but it is not Kraken's account. Scammers "
    "do this to look real.",
)
R_OTHER_BRAND = QT_TRANSLATE_NOOP("handles", "This is {brand}, not Kraken the crypto exchange.")


class HandleVerdict(StrEnum):
    OFFICIAL = "official"
    LOOKALIKE = "lookalike"
    OTHER_BRAND = "other_brand"
    NOT_OFFICIAL = "not_official"


@dataclass(frozen=True)
class HandleCheck:
    name: str
    platform: str
    verdict: HandleVerdict
    reasons: tuple[str, ...]  # untranslated; {brand} is filled from `brand`
    brand: str = ""
    official_words: tuple[str, ...] = ()  # for an official account: its words from the content


@cache
def official_handles() -> frozenset[tuple[str, str]]:
    """(platform, name) pairs of Kraken's own accounts, names in lower case."""
    return frozenset(
        (str(item.extra["platform"]), str(item.extra["handle"]).casefold())
        for item in load_content(CONTENT_NAME).items
    )


@cache
def other_brands() -> dict[str, str]:
    """Names and domains of other things called Kraken, mapped to what they are."""
    found: dict[str, str] = {}
    for entry in load_content(CONTENT_NAME).extra.get("other_brands", ()):
        found[str(entry["name"]).casefold()] = str(entry["title"])
        found[str(entry["domain"]).casefold()] = str(entry["title"])
    return found


def other_brand_for_host(host: str) -> str:
    """The other brand a host belongs to (gitkraken.com), or "" when none."""
    brands = other_brands()
    labels = host.casefold().rstrip(".").split(".")
    for start in range(len(labels) - 1):
        brand = brands.get(".".join(labels[start:]))
        if brand:
            return brand
    return ""


def check_handle(name: str, platform: str = "") -> HandleCheck:
    """Judge an account name; without a platform (a bare @name) any official platform counts."""
    clean = name.strip().lstrip("@")[:64]
    key = clean.casefold()
    official = official_handles()
    if (platform, key) in official or (not platform and any(n == key for _, n in official)):
        return HandleCheck(
            clean, platform or "x", HandleVerdict.OFFICIAL, (), official_words=_official_words(key)
        )
    extra = (R_CHAT_APP,) if platform in CHAT_PLATFORMS else ()
    brand = other_brands().get(key, "")
    if brand:
        return HandleCheck(clean, platform, HandleVerdict.OTHER_BRAND, (R_OTHER_BRAND,), brand)
    signals = tuple(R_NAME_INSIDE if r == R_BRAND_INSIDE else r for r in name_signals(clean))
    if signals:
        return HandleCheck(
            clean, platform, HandleVerdict.LOOKALIKE, (R_NOT_OFFICIAL, *signals, *extra)
        )
    return HandleCheck(clean, platform, HandleVerdict.NOT_OFFICIAL, (R_NOT_OFFICIAL, *extra))


def _official_words(name: str) -> tuple[str, ...]:
    """The account's own line and the general-help-only rule, from social_accounts.json."""
    content = load_content(CONTENT_NAME)
    rule = content.extra.get("rule", {})
    own = next(
        (item.body for item in content.items if str(item.extra["handle"]).casefold() == name), ""
    )
    return tuple(text for text in (own, rule.get("title", ""), rule.get("body", "")) if text)

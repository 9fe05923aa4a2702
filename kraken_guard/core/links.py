"""Which links the app may open: https on kraken.com or one of its subdomains, nothing else."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from kraken_guard.core.i18n import QT_TRANSLATE_NOOP

OFFICIAL_DOMAIN = "kraken.com"
SUPPORT_URL = "https://support.kraken.com"


@dataclass(frozen=True)
class OpenDecision:
    allowed: bool
    reason: str


def is_kraken_host(host: str) -> bool:
    host = host.lower().rstrip(".")
    return host == OFFICIAL_DOMAIN or host.endswith("." + OFFICIAL_DOMAIN)


def may_open(url: str) -> OpenDecision:
    """Decide whether the app may open `url` in the browser, with the reason in plain words."""
    if any(ch.isspace() or ch == "\\" for ch in url):
        return OpenDecision(False, QT_TRANSLATE_NOOP("links", "This link has hidden characters."))
    parts = urlsplit(url)
    if parts.scheme != "https":
        return OpenDecision(
            False, QT_TRANSLATE_NOOP("links", "Kraken Guard only opens secure (https) links.")
        )
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return OpenDecision(
            False, QT_TRANSLATE_NOOP("links", "This link hides its real address behind an @ sign.")
        )
    if parts.port not in (None, 443) or not is_kraken_host(parts.hostname or ""):
        return OpenDecision(
            False, QT_TRANSLATE_NOOP("links", "Kraken Guard only opens links to kraken.com.")
        )
    return OpenDecision(True, "")

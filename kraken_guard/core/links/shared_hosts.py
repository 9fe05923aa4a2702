"""Hosts where anyone can make a short link, a page or a chat account (sourced, in resources)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

SHARED_HOSTS_FILE = "link_hosts"
SHORTENER = "shortener"
PAGES = "pages"
CHAT = "chat"


@dataclass(frozen=True)
class SharedHost:
    host: str  # the listed name (bit.ly, sites.google.com, github.io)
    kind: str  # SHORTENER, PAGES or CHAT
    title: str  # the service's name, shown to the person (Bitly, Google Sites)


@cache
def shared_hosts() -> dict[str, SharedHost]:
    """The sourced list in resources/content, read on first use."""
    from kraken_guard.core.content import load_content

    content = load_content(SHARED_HOSTS_FILE)
    return {
        item.id: SharedHost(item.id, str(item.extra.get("kind", PAGES)), item.title)
        for item in content.items
    }


def shared_host(host: str) -> SharedHost | None:
    """The listed service `host` belongs to (itself or a sub-domain of it), if any."""
    listed = shared_hosts()
    labels = host.lower().rstrip(".").removeprefix("www.").split(".")
    for start in range(len(labels) - 1):
        found = listed.get(".".join(labels[start:]))
        if found:
            return found
    return None

"""Links: read as browsers do, hosts made to look like Kraken's, and the trusted bookmarks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kraken_guard.core.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from kraken_guard.core.links.check import SUPPORT_URL, LinkCheck, Verdict, check_url

_EXPORTS = {
    "LinkCheck": "check",
    "SUPPORT_URL": "check",
    "Verdict": "check",
    "check_url": "check",
}
__all__ = ["SUPPORT_URL", "LinkCheck", "Verdict", "check_url"]
__getattr__ = lazy_exports(__name__, _EXPORTS)

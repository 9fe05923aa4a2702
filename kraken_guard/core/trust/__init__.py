"""Trusted data: items signed with a keychain key, the typed confirmation, the health report."""

from __future__ import annotations

from kraken_guard.core.lazy_exports import lazy_exports

TYPE_CHECKING = False  # typing costs the command line's quick `verify` ~3 ms
if TYPE_CHECKING:
    from kraken_guard.core.trust.report import TrustReport, trust_report
    from kraken_guard.core.trust.signed_items import KeyUnavailable, TrustedItems

_EXPORTS = {
    "KeyUnavailable": "signed_items",
    "TrustReport": "report",
    "TrustedItems": "signed_items",
    "trust_report": "report",
}
__all__ = ["KeyUnavailable", "TrustReport", "TrustedItems", "trust_report"]
__getattr__ = lazy_exports(__name__, _EXPORTS)

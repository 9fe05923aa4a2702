"""Trusted data: items signed with a keychain key, the typed confirmation, the health report."""

from kraken_guard.core.trust.report import TrustReport, trust_report
from kraken_guard.core.trust.signed_items import KeyUnavailable, TrustedItems

__all__ = ["KeyUnavailable", "TrustReport", "TrustedItems", "trust_report"]

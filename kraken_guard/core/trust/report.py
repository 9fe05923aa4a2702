"""One summary of the trusted data's health for the home page: changed or uncheckable entries."""

from __future__ import annotations

from dataclasses import dataclass

from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.trust.signed_items import Doubt, TrustedItems

TAMPERED_HEADLINE = QT_TRANSLATE_NOOP(
    "trust_report", "Saved numbers or bookmarks were changed outside Kraken Guard"
)
TAMPERED_DETAIL = QT_TRANSLATE_NOOP(
    "trust_report",
    "Saved entries that do not match what you saved: {count}. Kraken Guard will not use them. "
    "Open Verify a phone number and Bookmarks to remove them or add them again.",
)
UNCHECKED_HEADLINE = QT_TRANSLATE_NOOP(
    "trust_report", "Your saved numbers and bookmarks cannot be checked right now"
)
UNCHECKED_DETAIL = QT_TRANSLATE_NOOP(
    "trust_report",
    "{problem} Until this is fixed, trust only the number at the bottom of support.kraken.com.",
)


@dataclass(frozen=True)
class TrustReport:
    tampered: int = 0
    unchecked: int = 0
    problem: str = ""
    doubt: Doubt | None = None

    @property
    def can_start_over(self) -> bool:
        """True when only a new key (with the typed word) gets past the problem: a missing
        key, a planted key file, or data that is missing, older, copied or changed."""
        return self.doubt is not None and self.doubt is not Doubt.KEY_UNREACHABLE

    @property
    def ok(self) -> bool:
        return not self.tampered and not self.unchecked and not self.problem


def trust_report(trusted: TrustedItems) -> TrustReport:
    """Count the saved items (every kind) that fail their check or cannot be checked.

    `problem` is set whenever trust is in doubt, even with nothing left to count (a data file
    that was emptied or deleted although the key shows items were saved).
    """
    checked = trusted.check()
    return TrustReport(
        len(checked.tampered), len(checked.unchecked), checked.problem, checked.doubt
    )

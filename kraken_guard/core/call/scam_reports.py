"""Which numbers the person saved as scam callers: one small query the number check needs."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kraken_guard.core.store import Store


def last_scam_report(store: Store, e164: str) -> datetime | None:
    """When this number was last saved as a scam caller, or None if it never was."""
    rows = store.query(
        "SELECT MAX(started_at) AS last FROM incidents WHERE number_e164 = ? AND is_scam = 1",
        (e164,),
    )
    last = rows[0]["last"] if rows else None
    return stored_time(last) if last else None


def stored_time(text: str) -> datetime:
    """The stored time; an unreadable one (an outside edit) becomes the earliest possible time."""
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

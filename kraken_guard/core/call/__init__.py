"""A call in progress: the checklist, saved calls, the remote-access scan, the secret guard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kraken_guard.core.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from kraken_guard.core.call.checklist import CallAnswers, CallVerdict, assess
    from kraken_guard.core.call.incidents import IncidentLog

_EXPORTS = {
    "CallAnswers": "checklist",
    "CallVerdict": "checklist",
    "IncidentLog": "incidents",
    "assess": "checklist",
}
__all__ = ["CallAnswers", "CallVerdict", "IncidentLog", "assess"]
__getattr__ = lazy_exports(__name__, _EXPORTS)

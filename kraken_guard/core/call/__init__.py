"""A call in progress: the checklist, saved calls, the remote-access scan, the secret guard."""

from kraken_guard.core.call.checklist import CallAnswers, CallVerdict, assess
from kraken_guard.core.call.incidents import IncidentLog

__all__ = ["CallAnswers", "CallVerdict", "IncidentLog", "assess"]

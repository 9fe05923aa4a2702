"""The security setup: Kraken's steps in order, ordering advice, lasting progress, export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kraken_guard.core.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from kraken_guard.core.setup.progress import SetupProgress, SetupStatus
    from kraken_guard.core.setup.steps import AnswerStatus, SetupStep, load_steps

_EXPORTS = {
    "AnswerStatus": "steps",
    "SetupProgress": "progress",
    "SetupStatus": "progress",
    "SetupStep": "steps",
    "load_steps": "steps",
}
__all__ = ["AnswerStatus", "SetupProgress", "SetupStatus", "SetupStep", "load_steps"]
__getattr__ = lazy_exports(__name__, _EXPORTS)

"""The security setup: Kraken's steps in order, ordering advice, lasting progress, export."""

from kraken_guard.core.setup.progress import SetupProgress, SetupStatus
from kraken_guard.core.setup.steps import AnswerStatus, SetupStep, load_steps

__all__ = ["AnswerStatus", "SetupProgress", "SetupStatus", "SetupStep", "load_steps"]

"""Phone numbers: read any written number, keep the official ones, say if a number is Kraken's."""

from kraken_guard.core.phone.check import NumberCheck, Verdict, check_number
from kraken_guard.core.phone.official_numbers import OfficialNumbers

__all__ = ["NumberCheck", "OfficialNumbers", "Verdict", "check_number"]

"""Phone numbers: read any written number, keep the official ones, say if a number is Kraken's."""

from __future__ import annotations

from kraken_guard.core.lazy_exports import lazy_exports

TYPE_CHECKING = False  # typing costs the command line's quick `verify` ~3 ms
if TYPE_CHECKING:
    from kraken_guard.core.phone.check import NumberCheck, Verdict, check_number
    from kraken_guard.core.phone.official_numbers import OfficialNumbers

_EXPORTS = {
    "NumberCheck": "check",
    "OfficialNumbers": "official_numbers",
    "Verdict": "check",
    "check_number": "check",
}
__all__ = ["NumberCheck", "OfficialNumbers", "Verdict", "check_number"]
__getattr__ = lazy_exports(__name__, _EXPORTS)

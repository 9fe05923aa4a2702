"""Phone numbers: read any written number, keep the official ones, say if a number is Kraken's."""

from __future__ import annotations

from kraken_guard.core.lazy_exports import lazy_exports

TYPE_CHECKING = False  # typing costs the command line's quick `verify` ~3 ms
if TYPE_CHECKING:
    from kraken_guard.core.phone.check import (
        NumberCheck,
        Readings,
        Verdict,
        check_number,
        read_number,
    )
    from kraken_guard.core.phone.find import FoundNumber, find_numbers
    from kraken_guard.core.phone.number_text import NumberText, number_text
    from kraken_guard.core.phone.official_numbers import OfficialNumbers

_EXPORTS = {
    "FoundNumber": "find",
    "NumberCheck": "check",
    "NumberText": "number_text",
    "OfficialNumbers": "official_numbers",
    "Readings": "check",
    "Verdict": "check",
    "check_number": "check",
    "find_numbers": "find",
    "number_text": "number_text",
    "read_number": "check",
}
__all__ = [
    "FoundNumber",
    "NumberCheck",
    "NumberText",
    "OfficialNumbers",
    "Readings",
    "Verdict",
    "check_number",
    "find_numbers",
    "number_text",
    "read_number",
]
__getattr__ = lazy_exports(__name__, _EXPORTS)

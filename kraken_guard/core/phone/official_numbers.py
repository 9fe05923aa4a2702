"""The official Kraken Support numbers the person saved: trusted data with tamper evidence."""

from __future__ import annotations

from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.phone.check import ParsedNumber, parse_number
from kraken_guard.core.trust.kinds import PHONE_KIND
from kraken_guard.core.values import FrozenValue

TYPE_CHECKING = False
if TYPE_CHECKING:  # the trust layer (hashlib, json, secrets...) comes with the TrustedItems given
    from datetime import datetime

    from kraken_guard.core.trust.signed_items import Doubt, TrustedItem, TrustedItems

CONTEXT = "official_numbers"

ADD_CHANGE = QT_TRANSLATE_NOOP(
    "official_numbers",
    "Add {number} to your official Kraken Support numbers. "
    "Only do this if you copied it yourself from the bottom of support.kraken.com.",
)
REMOVE_CHANGE = QT_TRANSLATE_NOOP(
    "official_numbers", "Remove {number} from your official Kraken Support numbers."
)


class OfficialNumber(FrozenValue):
    _fields = ("e164", "note", "source", "added_at")
    __slots__ = _fields
    e164: str
    note: str
    source: str
    added_at: datetime

    def __init__(self, e164: str, note: str, source: str, added_at: datetime) -> None:
        self._set(e164=e164, note=note, source=source, added_at=added_at)

    @property
    def display(self) -> str:
        """The number in international format (the stored text itself when it cannot be read)."""
        try:
            return parse_number(self.e164, "US").display
        except ValueError:
            return self.e164


class OfficialList(FrozenValue):
    """Numbers whose tamper tag checks out, and entries changed outside the app (never used)."""

    _fields = ("numbers", "tampered", "unchecked", "problem", "doubt")
    __slots__ = _fields
    numbers: tuple[OfficialNumber, ...]
    tampered: tuple[OfficialNumber, ...]
    unchecked: tuple[OfficialNumber, ...]  # saved, but the key cannot be reached today
    problem: str  # why `unchecked` entries could not be checked
    doubt: Doubt | None  # which kind of problem that is

    def __init__(
        self,
        numbers: tuple[OfficialNumber, ...],
        tampered: tuple[OfficialNumber, ...],
        unchecked: tuple[OfficialNumber, ...] = (),
        problem: str = "",
        doubt: Doubt | None = None,
    ) -> None:
        self._set(
            numbers=numbers, tampered=tampered, unchecked=unchecked, problem=problem, doubt=doubt
        )

    @property
    def in_doubt(self) -> bool:
        """True when saved numbers cannot be checked (or are missing although some were saved):
        every verdict must then say "cannot check", never "not official"."""
        return bool(self.unchecked or self.problem)

    def e164s(self) -> list[str]:
        return [number.e164 for number in self.numbers]

    def tampered_e164s(self) -> list[str]:
        return [number.e164 for number in self.tampered]


class OfficialNumbers:
    """Adds, lists and removes official numbers through the signed trusted-items table."""

    def __init__(self, trusted: TrustedItems) -> None:
        self._trusted = trusted

    def list(self) -> OfficialList:
        loaded = self._trusted.load(PHONE_KIND)
        return OfficialList(
            tuple(_number(item) for item in loaded.items),
            tuple(_number(item) for item in loaded.tampered),
            tuple(_number(item) for item in loaded.unchecked),
            loaded.problem,
            loaded.doubt,
        )

    def add(self, number: ParsedNumber, *, note: str = "", source: str = "") -> OfficialNumber:
        """Save a parsed number (call only after the guarded confirmation)."""
        return _number(self._trusted.add(PHONE_KIND, number.e164, note=note, source=source))

    def remove(self, e164: str) -> bool:
        """Remove a saved entry, trusted or tampered; False when it was not saved."""
        return self._trusted.remove(PHONE_KIND, e164)


def add_change_text(number: ParsedNumber | OfficialNumber) -> str:
    return ADD_CHANGE.format(number=number.display)


def remove_change_text(number: ParsedNumber | OfficialNumber) -> str:
    return REMOVE_CHANGE.format(number=number.display)


def _number(item: TrustedItem) -> OfficialNumber:
    return OfficialNumber(item.value, item.note, item.source, item.added_at)

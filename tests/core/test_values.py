"""FrozenValue gives the quick path's value classes what @dataclass(frozen=True) gave them."""

from __future__ import annotations

import copy
import pickle
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kraken_guard.core.paths import AppPaths
from kraken_guard.core.phone.check import NumberCheck, ParsedNumber, Verdict, Wording
from kraken_guard.core.phone.official_numbers import OfficialList, OfficialNumber

WHEN = datetime(2026, 11, 20, tzinfo=UTC)


def check(wording: Wording | None = None, **changes: object) -> NumberCheck:
    fields: dict[str, object] = {
        "input": "+1 800 555 0100",
        "verdict": Verdict.OFFICIAL,
        "e164": "+18005550100",
        "headline": "h",
        "explanation": "e",
        "next_step": "n",
    }
    return NumberCheck(**{**fields, **changes}, wording=wording)  # type: ignore[arg-type]


VALUES = [
    AppPaths(Path("/d"), Path("/c"), Path("/l")),
    ParsedNumber("+18005550100", "+1 800-555-0100", None),
    Wording("h", ("a", "b"), "n", {"number": "1"}),
    check(),
    OfficialNumber("+18005550100", "note", "command line", WHEN),
    OfficialList((OfficialNumber("+18005550100", "", "", WHEN),), ()),
]


@pytest.mark.parametrize("value", VALUES, ids=lambda v: type(v).__name__)
def test_values_compare_copy_and_pickle_by_their_fields(value: object) -> None:
    assert value == copy.copy(value) == copy.deepcopy(value) == pickle.loads(pickle.dumps(value))
    assert value != object()
    with pytest.raises(AttributeError):
        value.e164 = "+18885550123"  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        value.anything_else = 1  # type: ignore[attr-defined]


def test_equal_values_hash_alike_and_differ_by_any_field() -> None:
    one = ParsedNumber("+18005550100", "+1 800-555-0100", None)
    assert hash(one) == hash(ParsedNumber("+18005550100", "+1 800-555-0100", None))
    assert one != ParsedNumber("+18005550100", "+1 800-555-0100", "12")
    assert {one, ParsedNumber("+18005550100", "+1 800-555-0100", None)} == {one}
    assert AppPaths(Path("a"), Path("b"), Path("c")) != AppPaths(Path("a"), Path("b"), Path("x"))


def test_the_wording_is_neither_compared_nor_shown() -> None:
    worded = check(Wording("h", ("e",), "n"))
    assert worded == check() and hash(worded) == hash(check())
    assert "wording" not in repr(worded)
    assert worded.wording is not None and worded.wording.values == {}


def test_repr_reads_like_a_dataclass() -> None:
    assert repr(ParsedNumber("+18005550100", "+1 800-555-0100", None)) == (
        "ParsedNumber(e164='+18005550100', display='+1 800-555-0100', extension=None, odd='')"
    )
    paths = AppPaths(Path("d"), Path("c"), Path("l"))
    assert repr(paths) == f"AppPaths(data={Path('d')!r}, config={Path('c')!r}, logs={Path('l')!r})"


def test_defaults_are_those_of_the_dataclasses_they_replace() -> None:
    empty = OfficialList((), ())
    assert (empty.unchecked, empty.problem, empty.doubt, empty.in_doubt) == ((), "", None, False)
    plain = check()
    assert (plain.reported_on, plain.display, plain.extension, plain.list_tampered) == (
        None,
        None,
        None,
        False,
    )

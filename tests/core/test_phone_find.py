"""Numbers found in a longer text: dates and references are not numbers anyone can call."""

import pytest

from kraken_guard.core.phone.find import find_numbers


@pytest.mark.parametrize(
    "text",
    [
        "Your RMA request #RZ2404-118732 for the headset was approved.",
        "Order #4155550100 has shipped.",
        "Zeit: 02.04.2025, 19:14 MESZ",
        "Statement date 2025-04-02, balance 1,204.55",
        "Fecha: 12/05/2025",
    ],
)
def test_dates_and_references_are_not_phone_numbers(text: str) -> None:
    assert find_numbers(text, "DE") == []
    assert find_numbers(text, "US") == []


def test_a_number_at_the_very_start_or_in_brackets_is_still_found() -> None:
    assert [f.written for f in find_numbers("(888) 555-0134 call now", "US")] == ["(888) 555-0134"]
    assert [f.written for f in find_numbers("Call: 1-888-555-0134.", "US")] == ["1-888-555-0134"]

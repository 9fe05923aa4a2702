"""The check box gives its reasons in the person's language, not only its headline."""

from __future__ import annotations

from kraken_guard.app.check_controller import CheckController
from kraken_guard.core.phone.check import check_number


def test_a_german_check_names_the_request_in_german(qtbot) -> None:  # type: ignore[no-untyped-def]
    def numbers(text: str):  # type: ignore[no-untyped-def]
        return check_number(text, region="DE", official=[])

    controller = CheckController(numbers, lambda: "DE", open_support=None, language="de")  # type: ignore[arg-type]
    result = controller.check("Kraken-Support hier: Nennen Sie mir den Code aus der SMS.")
    assert str(result.summary.verdict) == "scam"
    english = CheckController(numbers, lambda: "DE", open_support=None)  # type: ignore[arg-type]
    plain = english.check("Kraken-Support hier: Nennen Sie mir den Code aus der SMS.")
    german_text = " ".join(str(r) for r in result.summary.reasons)
    english_text = " ".join(str(r) for r in plain.summary.reasons)
    assert german_text != english_text

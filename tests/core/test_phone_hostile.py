"""Phone numbers written by scammers: hidden characters, extra numbers, odd formats."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kraken_guard.core.phone.check import Verdict, check_number

OFFICIAL = "+18005550100"


def check(text: str, region: str = "US") -> Verdict:
    return check_number(text, region=region, official=(OFFICIAL,)).verdict


@pytest.mark.parametrize(
    "text",
    [
        "+1 800 555 0100 or call +1 999 999 9999",  # the second one is not a valid number
        "Official +1 800 555 0100 direct 555 0199",  # a local number hidden after it
        "Kraken: +1 800 555 0100. Our agent: +1 202 555 0123",
    ],
)
def test_text_with_a_second_number_is_never_official(text: str) -> None:
    # The person might call the other number: no single verdict can cover both.
    result = check_number(text, region="US", official=(OFFICIAL,))
    assert result.verdict is Verdict.INVALID
    assert "more than one phone number" in result.explanation


@pytest.mark.parametrize(
    "text",
    [
        "\u202e0010 555 008 1+",  # right-to-left override: shows as +1 800 555 0100
        "\u2067+1 800 555 0100\u2069",  # right-to-left isolate reorders the digit groups
        "+1 800 \u202d555 0100",
        "+1 800 555 0100\u200f",
    ],
)
def test_direction_controls_that_change_how_digits_look_are_refused(text: str) -> None:
    result = check_number(text, region="US", official=(OFFICIAL,))
    assert result.verdict is Verdict.INVALID
    assert "hidden characters" in result.explanation


@pytest.mark.parametrize("text", ["+1\u200b800\u200b555\u200b0100", "\ufeff+18005550100"])
def test_invisible_characters_that_do_not_move_digits_are_ignored(text: str) -> None:
    assert check(text) is Verdict.OFFICIAL


@pytest.mark.parametrize("text", ["911", "112", "999", "*21#", "#31#", "12345"])
def test_short_and_emergency_codes_are_not_phone_numbers(text: str) -> None:
    assert check(text) is Verdict.INVALID


def test_an_extension_is_said_to_be_no_part_of_the_saved_number() -> None:
    result = check_number("tel:+1-800-555-0100;ext=12", region="US", official=(OFFICIAL,))
    assert result.verdict is Verdict.OFFICIAL
    assert "extension 12 is not part of" in result.explanation


def test_very_long_text_is_refused_quickly() -> None:
    for text in ("1" * 100_000, "+1 800 555 0100 " * 1000, "\u200b" * 10_000 + "+18005550100"):
        assert check(text) is Verdict.INVALID


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("+0123456789 -().abcxyz\u200b\u202e\u00a0\t;:/=#*"),
        max_size=60,
    )
)
def test_any_text_gives_a_verdict_and_never_raises(text: str) -> None:
    result = check_number(text, region="US", official=(OFFICIAL,))
    assert result.verdict in Verdict
    if result.verdict is Verdict.OFFICIAL:
        assert result.e164 == OFFICIAL


FORMATS = [
    "+{cc} {a} {b} {c}",
    "+{cc}{a}{b}{c}",
    "00{cc} {a} {b} {c}",
    "tel:+{cc}-{a}-{b}-{c}",
    "Call +{cc} ({a}) {b}-{c} now.",
    "+{cc}\u200b{a}\u200b{b}\u200b{c}",
    "\u00a0+{cc}.{a}.{b}.{c}\u00a0",
]


@settings(max_examples=100, deadline=None)
@given(
    official=st.sampled_from(["+1 800 555 0100", "+44 20 7946 0958", "+49 30 901820"]),
    other=st.sampled_from(["+1 202 555 0123", "+44 20 7946 0000", "+1 800 555 0100"]),
)
def test_the_verdict_does_not_depend_on_how_the_number_is_written(
    official: str, other: str
) -> None:
    saved = (official.replace(" ", ""),)
    cc, a, b, *rest = other.removeprefix("+").split(" ")
    c = "".join(rest) or b[-2:]
    b = b if rest else b[:-2]
    verdicts = {
        check_number(f.format(cc=cc, a=a, b=b, c=c), region="FR", official=saved).verdict
        for f in FORMATS
    }
    assert len(verdicts) == 1, verdicts

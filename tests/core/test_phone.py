from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kraken_guard.core.phone.check import (
    NumberCheck,
    Verdict,
    check_number,
    default_region,
    looks_like_number,
    normalize_region,
)

OFFICIAL = "+18005550100"
REPORTED = "+18005550199"
REPORT_DAY = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


def reports(e164: str) -> datetime | None:
    return REPORT_DAY if e164 in (REPORTED, "+18005550100-x") else None


def check(text: str, region: str = "US", official: tuple[str, ...] = (OFFICIAL,)) -> NumberCheck:
    return check_number(text, region=region, official=official, scam_reports=reports)


# The same official number in every format people meet it in.
OFFICIAL_FORMATS = [
    ("+1 800 555 0100", "US"),
    ("+18005550100", "GB"),
    ("(800) 555-0100", "US"),
    ("800.555.0100", "US"),
    ("1-800-555-0100", "US"),
    ("011 1 800 555 0100", "US"),
    ("00 1 800 555 0100", "DE"),
    ("00 1 800 555 0100", "US"),  # 00 is not the US prefix, read as +1 on purpose
    ("＋１ ８００ ５５５ ０１００", "US"),
    ("٨٠٠٥٥٥٠١٠٠", "US"),
    ("tel:+1-800-555-0100", "US"),
    ("+1 800 555 0100 ext. 12", "US"),
    ("800 555 0100;ext=5", "US"),
    ("Call Kraken at (800) 555-0100 today.", "US"),
    ("  +1 (800) 555-0100\n", "US"),
]


@pytest.mark.parametrize("text, region", OFFICIAL_FORMATS)
def test_every_format_of_the_official_number_is_official(text: str, region: str) -> None:
    result = check(text, region)
    assert result.verdict is Verdict.OFFICIAL
    assert result.e164 == OFFICIAL
    assert "caller ID can be faked" in result.explanation
    assert "hang up" in result.next_step and "support.kraken.com" in result.next_step


NOT_OFFICIAL_FORMATS = [
    ("1-800-KRAKEN1", "US", "+18005725361"),
    ("+44 20 7946 0958", "US", "+442079460958"),
    ("00 44 20 7946 0958", "GB", "+442079460958"),
    ("0044 20 7946 0958", "US", "+442079460958"),
    ("011 44 20 7946 0958", "US", "+442079460958"),
    ("020 7946 0958", "GB", "+442079460958"),
    ("+1 800 555 0101", "US", "+18005550101"),
    ("Your withdrawal is on hold, call +1 (888) 555-0123 now!", "US", "+18885550123"),
]


@pytest.mark.parametrize("text, region, e164", NOT_OFFICIAL_FORMATS)
def test_other_real_numbers_are_not_official(text: str, region: str, e164: str) -> None:
    result = check(text, region)
    assert result.verdict is Verdict.NOT_OFFICIAL
    assert result.e164 == e164
    assert "scam" in result.explanation
    assert result.next_step.startswith("Do not call it")


def test_the_number_is_echoed_back_as_read() -> None:
    result = check("1-800-KRAKEN1")
    assert result.display == "+1 800-572-5361"
    assert "+1 800-572-5361" in result.explanation


@pytest.mark.parametrize("text", ["+1 800 555 0199", "(800) 555-0199", "8005550199"])
def test_a_reported_number_says_when(text: str) -> None:
    result = check(text)
    assert result.verdict is Verdict.REPORTED_SCAM
    assert result.reported_on == REPORT_DAY
    assert "4 March 2026" in result.explanation
    assert "hang up" in result.next_step


def test_an_official_number_reported_as_a_scam_stays_official_and_says_why() -> None:
    result = check_number(
        OFFICIAL, region="US", official=[OFFICIAL], scam_reports=lambda e164: REPORT_DAY
    )
    assert result.verdict is Verdict.OFFICIAL
    assert result.reported_on == REPORT_DAY
    assert "fake caller ID" in result.explanation and "4 March 2026" in result.explanation


def test_reported_beats_having_no_official_number() -> None:
    result = check_number("8005550199", region="US", official=[], scam_reports=reports)
    assert result.verdict is Verdict.REPORTED_SCAM


@pytest.mark.parametrize(
    "text, reason",
    [
        ("", "Nothing was typed"),
        ("   ", "Nothing was typed"),
        ("hello", "No phone number could be found"),
        ("12", "too few digits"),
        ("+999 123 4567", "No country uses the code"),
        ("1234567890123456789", "too many digits"),
        ("+1 800 555 0100 or +1 800 555 0199", "more than one phone number"),
        ("5" * 600, "too long"),
    ],
)
def test_invalid_input_says_why_in_plain_words(text: str, reason: str) -> None:
    result = check(text)
    assert result.verdict is Verdict.INVALID
    assert result.e164 is None
    assert reason in result.explanation
    assert result.headline and result.next_step


def test_with_nothing_saved_it_says_where_to_get_the_number() -> None:
    result = check("+1 800 555 0100", official=())
    assert result.verdict is Verdict.NO_OFFICIAL_NUMBER
    assert "bottom of support.kraken.com" in result.explanation
    assert "bookmark" in result.next_step and "never from a search engine" in result.next_step


def test_a_tampered_entry_is_never_official_and_the_text_says_so() -> None:
    result = check_number("+1 800 555 0100", region="US", official=[], tampered=[OFFICIAL])
    assert result.verdict is Verdict.NOT_OFFICIAL
    assert "changed outside Kraken Guard" in result.explanation
    assert result.list_tampered


def test_other_numbers_warn_about_a_tampered_list_too() -> None:
    result = check_number(
        "+1 800 555 0100", region="US", official=[OFFICIAL], tampered=["+18885550123"]
    )
    assert result.verdict is Verdict.OFFICIAL
    assert "list of numbers was changed outside Kraken Guard" in result.explanation


def test_message_joins_headline_explanation_and_next_step() -> None:
    result = check("+1 800 555 0101")
    assert result.message().startswith(result.headline)
    assert result.message().endswith(result.next_step)


def test_translation_uses_the_templates() -> None:
    result = check("+1 800 555 0101")
    headline, explanation, _ = result.translated(lambda text: f"«{text}»")
    assert headline == f"«{result.headline}»"
    assert "«+1 800-555-0101 is not" in explanation  # values are filled in after translating


def test_a_translation_that_breaks_a_placeholder_falls_back_to_english() -> None:
    result = check("+1 800 555 0101")
    assert result.translated(lambda text: text.upper())[1] == result.explanation


@given(st.text(max_size=80), st.sampled_from(["US", "GB", "DE", "IN", "xx", ""]))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_a_verdict_and_never_raises(text: str, region: str) -> None:
    result = check_number(text, region=region, official=[OFFICIAL], scam_reports=reports)
    assert isinstance(result.verdict, Verdict)
    assert result.headline and result.explanation and result.next_step
    assert (result.e164 is None) == (result.verdict is Verdict.INVALID)
    if result.verdict is Verdict.OFFICIAL:
        assert result.e164 == OFFICIAL


@given(st.from_regex(r"[+(]?[0-9０-９٠-٩ ().\-]{4,30}", fullmatch=True))
@settings(max_examples=200, deadline=None)
def test_number_like_text_never_raises(text: str) -> None:
    assert isinstance(check(text).verdict, Verdict)


@pytest.mark.parametrize(
    "environ, region",
    [
        ({"LANG": "en_GB.UTF-8"}, "GB"),
        ({"LC_ALL": "de_DE@euro", "LANG": "en_US.UTF-8"}, "DE"),
        ({"LANG": "C.UTF-8"}, "US"),
        ({"LANG": "fr"}, "US"),
        ({}, "US"),
    ],
)
def test_default_region_comes_from_the_locale(environ: dict[str, str], region: str) -> None:
    assert default_region(environ) == region


def test_region_codes_are_checked() -> None:
    assert normalize_region(" gb ") == "GB"
    assert normalize_region("XX") is None and normalize_region("") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("+1 800 555 0100", True),
        ("tel:+18005550100", True),
        ("(800) 555-0100", True),
        ("hello there", False),
        ("2026-11-24 10:00", True),
        ("my password is hunter2", False),
        ("", False),
        ("1\n2\n3\n4\n5\n6", False),
        ("8" * 50, False),
    ],
)
def test_clipboard_text_that_looks_like_a_number(text: str, expected: bool) -> None:
    assert looks_like_number(text) is expected

"""Numbers whose digits depend on the region, hide behind look-alike characters, or are odd."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kraken_guard.core.phone.check import (
    ODD_TOO_LONG,
    Verdict,
    check_number,
    read_number,
    reading_regions,
)
from kraken_guard.core.phone.number_text import number_text

OFFICIAL = "+18005550100"
OFFICIAL_UK = "+442079460100"
SCAM = "+18885550134"


def check(text: str, region: str = "US", official: tuple[str, ...] = (OFFICIAL,)):  # type: ignore[no-untyped-def]
    return check_number(text, region=region, official=official)


# --- N1: a US number written without + is read as NANP in any region --------------------------


@pytest.mark.parametrize("region", ["US", "GB", "DE", "AU", "IN", "FR"])
@pytest.mark.parametrize("text", ["1 (888) 555-0134", "1-888-555-0134", "1.888.555.0134"])
def test_a_us_number_with_its_leading_1_is_found_in_any_region(text: str, region: str) -> None:
    result = check(text, region)
    assert result.verdict is Verdict.NOT_OFFICIAL
    assert result.e164 == SCAM  # 1 + ten digits is read as NANP first


@pytest.mark.parametrize("region", ["US", "GB", "AU"])
def test_the_official_number_with_its_leading_1_is_official_where_no_other_reading_exists(
    region: str,
) -> None:
    result = check("1-800-555-0100", region)
    assert result.verdict is Verdict.OFFICIAL
    assert result.e164 == OFFICIAL


@pytest.mark.parametrize("region", ["IN", "DE"])
def test_a_second_valid_reading_that_is_not_official_wins_and_is_named(region: str) -> None:
    # In India 1800 555 0100 is also a toll-free number: +91 1800 555 0100 is not Kraken's.
    result = check("1-800-555-0100", region)
    assert result.verdict is Verdict.NOT_OFFICIAL
    assert result.e164 != OFFICIAL
    assert "+1 800-555-0100" in result.explanation  # the other reading is said out loud


def test_regions_of_saved_numbers_give_readings_when_written_that_countrys_way() -> None:
    # 020 7946 0100 read in the US is nothing; with a saved UK number it is that UK number.
    readings = read_number("020 7946 0100", "US", (OFFICIAL, OFFICIAL_UK)).numbers
    assert [n.e164 for n in readings] == [OFFICIAL_UK]
    # 800 555 0100 is how the US writes its numbers, not the UK (0800 ...): one reading only.
    us = read_number("800 555 0100", "US", (OFFICIAL, OFFICIAL_UK)).numbers
    assert [n.e164 for n in us] == [OFFICIAL]
    # In GB, (800) 555-0100 is read as a UK number: not official, never the saved US number.
    assert check("(800) 555-0100", "GB").verdict is Verdict.NOT_OFFICIAL


def test_a_written_country_code_has_one_reading_only() -> None:
    assert reading_regions("+1 800 555 0100", "IN", (OFFICIAL_UK,)) == ["IN"]
    assert reading_regions("tel:+1-800-555-0100", "DE") == ["DE"]
    assert reading_regions("1 800 555 0100", "IN") == ["US", "IN"]
    assert reading_regions("800 555 0100", "GB", ("+18005550100",)) == ["GB"]
    assert reading_regions("0800 555 0100", "US", (OFFICIAL_UK,)) == ["US", "GB"]
    assert reading_regions("1-844-KRAKEN1", "GB") == ["US", "GB"]  # vanity letters


def test_a_uk_national_number_read_in_the_us_is_not_official_there() -> None:
    # The saved UK number's region gives a reading; the US one is not valid, so only one stays.
    result = check("020 7946 0100", "US", (OFFICIAL, OFFICIAL_UK))
    assert result.verdict is Verdict.OFFICIAL and result.e164 == OFFICIAL_UK


def test_a_scam_report_on_any_reading_is_reported() -> None:
    def reports(e164: str):  # type: ignore[no-untyped-def]
        from datetime import UTC, datetime

        return datetime(2026, 3, 4, tzinfo=UTC) if e164 == "+9118005550100" else None

    result = check_number("1-800-555-0100", region="IN", official=(OFFICIAL,), scam_reports=reports)
    assert result.verdict is Verdict.REPORTED_SCAM
    assert result.e164 == "+9118005550100"


@settings(max_examples=150, deadline=None)
@given(
    region=st.sampled_from(["US", "GB", "DE", "IN", "AU", "FR", "BR", "JP"]),
    digits=st.text(alphabet="0123456789", min_size=7, max_size=12),
    style=st.sampled_from(["{}", "1 {}", "1-{}", "({}) ", "0{}", "00{}"]),
)
def test_no_reading_of_another_number_is_ever_official(
    region: str, digits: str, style: str
) -> None:
    text = style.format(digits)
    result = check(text, region)
    if result.verdict is Verdict.OFFICIAL:
        readings = read_number(text, region, (OFFICIAL,)).numbers
        assert {n.e164 for n in readings} == {OFFICIAL}


# --- N2-N5: the number-finding cleaning pass --------------------------------------------------


@pytest.mark.parametrize(
    "text, expected, letters",
    [
        ("1 8OO 555 O1OO", "1 800 555 0100", True),
        ("1-8OO-555-0134", "1-800-555-0134", True),
        ("Call 1-8OO-555-O134 now", "Call 1-800-555-0134 now", True),
        ("+l 800 555 0l00", "+1 800 555 0100", True),
        ("1-800-555-0I00", "1-800-555-0100", True),
        ("1️⃣8️⃣0️⃣0️⃣5️⃣5️⃣5️⃣0️⃣1️⃣0️⃣0️⃣", "18005550100", False),
        ("1🔹800🔹555🔹0100", "1 800 555 0100", False),
        ("+1 800\n555 0100", "+1 800 555 0100", False),
        ("one eight hundred five five five zero one hundred", "18005550100", False),
        ("one eight eight eight five five five zero one three four", "18885550134", False),
        ("1-eight-eight-eight-555-0134", "18885550134", False),
        ("uno ocho ocho ocho cinco cinco cinco cero uno tres cuatro", "18885550134", False),
        ("eins acht acht acht fünf fünf fünf null eins drei vier", "18885550134", False),
        ("un huit huit huit cinq cinq cinq zéro un trois quatre", "18885550134", False),
        ("one eight double eight triple five zero one three four", "18885550134", False),
    ],
)
def test_hidden_digits_are_brought_out(text: str, expected: str, letters: bool) -> None:
    found = number_text(text)
    assert found.text == expected
    assert found.letters_for_digits is letters
    assert len(found.origins) == len(found.text)


@pytest.mark.parametrize(
    "text",
    [
        "Hello 2024, lol",  # l and o in words stay letters
        "Io 1000 OK",
        "Call me at 10 o'clock",
        "Version 1.0 of IOIO",  # no digit inside the letter group
        "one two three",  # too few digits for a number
        "one or two of the 5 kids",
        "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
        "Line one\nLine two",
        "Ticket 441316\n\n7516692",  # two line breaks: two separate things
        "OOO 1",  # mostly letters
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    found = number_text(text)
    assert found.text == text.replace("\n", "\n")
    assert not found.letters_for_digits and not found.words_for_digits


def test_origins_point_back_into_the_input() -> None:
    text = "Call 📞 one eight eight eight five five five zero one three four now"
    found = number_text(text)
    start = found.text.index("1888")
    begin, end = found.source_span(start, start + 11)
    assert text[begin:end] == "one eight eight eight five five five zero one three four"


@pytest.mark.parametrize(
    "text, e164",
    [
        ("1 8OO 555 O1OO", OFFICIAL),
        ("1️⃣8️⃣0️⃣0️⃣5️⃣5️⃣5️⃣0️⃣1️⃣0️⃣0️⃣", OFFICIAL),
        ("Kraken support: +1 800\n555 0100", OFFICIAL),
        ("Call 1-888-\n555-0134 now", SCAM),
        ("1🔸888🔸555🔸0134", SCAM),
        ("one eight hundred five five five zero one hundred", OFFICIAL),
        ("1-eight-eight-eight-555-0134", SCAM),
    ],
)
def test_verify_reads_hidden_digits(text: str, e164: str) -> None:
    assert check(text).e164 == e164


def test_letters_for_digits_are_called_out_and_never_make_a_scam_number_official() -> None:
    result = check("1-8OO-555-0134")
    assert result.verdict is Verdict.NOT_OFFICIAL
    assert result.e164 == "+18005550134"
    assert "letters in place of digits" in result.explanation
    assert "letters in place" in check("1 8OO 555 O1OO").explanation


# --- N6: odd numbers are not Kraken's, they do not vanish ------------------------------------


def test_a_number_with_one_digit_too_many_is_odd_and_not_krakens() -> None:
    result = check("Kraken support 1-800-555-01000")
    assert result.verdict is Verdict.NOT_OFFICIAL
    assert result.e164 == "+180055501000"
    assert "one digit too many" in result.explanation
    readings = read_number("1-800-555-01000", "US").numbers
    assert [n.odd for n in readings] == [ODD_TOO_LONG]


def test_an_unused_range_is_odd_and_never_official() -> None:
    result = check("+1 212 000 0000")
    assert result.verdict is Verdict.NOT_OFFICIAL
    assert "does not match any real phone number" in result.explanation
    nothing_saved = check("+1 212 000 0000", official=())
    assert nothing_saved.verdict is Verdict.NOT_OFFICIAL


@pytest.mark.parametrize("text", ["12345", "911", "1234567890123456789", "+1 800 555"])
def test_short_or_far_too_long_digits_stay_invalid(text: str) -> None:
    assert check(text).verdict is Verdict.INVALID


def test_an_odd_number_says_cannot_check_while_the_list_is_in_doubt() -> None:
    result = check_number("1-800-555-01000", region="US", official=(OFFICIAL,), unchecked=True)
    assert result.verdict is Verdict.NO_OFFICIAL_NUMBER


# --- for the message check: every number in a longer text -----------------------------------


def test_find_numbers_finds_us_numbers_in_any_region_with_where_they_were_written() -> None:
    from kraken_guard.core.phone.find import find_numbers

    text = "Kraken Support: call 1-888-\n555-0134 now 📞 or 1 8OO 555 O1OO, ticket 12345"
    for region in ("US", "GB", "DE", "IN"):
        found = find_numbers(text, region, (OFFICIAL,))
        assert [f.written for f in found] == ["1-888-\n555-0134", "1 8OO 555 O1OO"], region
        assert check(found[0].value, region).e164 == SCAM
        assert found[1].letters_for_digits
    # 1 800 555 0100 is also a German number: official only where no other reading exists.
    assert check(find_numbers(text, "GB")[1].value, "GB").verdict is Verdict.OFFICIAL
    assert check(find_numbers(text, "DE")[1].value, "DE").verdict is Verdict.NOT_OFFICIAL


def test_find_numbers_keeps_an_odd_number_and_reads_words() -> None:
    from kraken_guard.core.phone.find import find_numbers

    odd = find_numbers("Kraken support 1-800-555-01000", "US")
    assert [(f.written, f.odd) for f in odd] == [("1-800-555-01000", True)]
    assert check(odd[0].value).verdict is Verdict.NOT_OFFICIAL
    spoken = find_numbers("call one eight eight eight five five five zero one three four", "US")
    assert [check(f.value).e164 for f in spoken] == [SCAM]
    assert find_numbers("Your withdrawal on 2024-11-20 of BTC 0.00512345", "US") == []

"""The message check cuts each item out whole and judges it as a browser or a phone would read it
(the evaluator's L3, L4, N6 and N7 patterns), without new alarms on ordinary texts."""

from __future__ import annotations

import pytest

from kraken_guard.core.messages.check import check_message
from kraken_guard.core.messages.extract import Kind, extract, worth_prefilling
from kraken_guard.core.messages.summary import Standing, Verdict
from kraken_guard.core.phone.check import NumberCheck, check_number

OFFICIAL = ("+18005550100", "+442079460100")


def number_check(text: str) -> NumberCheck:
    return check_number(text, region="US", official=OFFICIAL)


def items(text: str) -> list[tuple[Kind, str, Standing]]:
    result = check_message(text, region="US", check_number=number_check)
    return [(item.kind, item.found.text, item.standing) for item in result.items]


def verdict(text: str) -> Verdict:
    return check_message(text, region="US", check_number=number_check).summary.verdict


@pytest.mark.parametrize(
    "text, whole",
    [
        (
            "Open javascript:alert(document.cookie)//kraken.com",
            "javascript:alert(document.cookie)//kraken.com",
        ),
        ("Log in: https://kraken.com%40evil.xyz now", "https://kraken.com%40evil.xyz"),
        ("Log in at https://kraken–login.com today", "https://kraken–login.com"),
        ("Kraken: https://kraken.com\\evil.xyz", "https://kraken.com\\evil.xyz"),
        ("support: support@kraken–help.com", "support@kraken–help.com"),
        ("[kraken.com](https://evil.xyz)", "[kraken.com](https://evil.xyz)"),
    ],
)
def test_a_link_is_cut_out_whole_and_never_official_when_the_whole_is_not(
    text: str, whole: str
) -> None:
    found = items(text)
    assert [(kind, written) for kind, written, _ in found] == [(Kind.LINK, whole)]
    assert found[0][2] is Standing.IMITATES
    assert verdict(text) is Verdict.SCAM


@pytest.mark.parametrize(
    "text, link",
    [
        ("Go to kraken.com, then Settings.", "kraken.com"),
        (
            "See (https://support.kraken.com/hc/en-us) for help.",
            "https://support.kraken.com/hc/en-us",
        ),
        ("kraken.com's fees are low", "kraken.com"),
        ("Go to kraken.com/login> now", "kraken.com/login"),
        ("Visit https://www.kraken.com/…", "https://www.kraken.com/"),
        ("“kraken.com” is the site", "kraken.com"),
    ],
)
def test_punctuation_around_an_official_link_is_not_part_of_it(text: str, link: str) -> None:
    assert items(text) == [(Kind.LINK, link, Standing.OFFICIAL)]


def test_a_label_glued_before_a_link_does_not_hide_it() -> None:
    assert items("Visit:https://kraken-login.com") == [
        (Kind.LINK, "https://kraken-login.com", Standing.IMITATES)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "javascript:void(0)",
        "Click javascript:fetch('//kraken.com')",
        "data:text/html;base64,PHNjcmlwdD4=",
    ],
)
def test_script_links_are_a_warning_sign(text: str) -> None:
    found = items(text)
    assert found and all(standing is Standing.IMITATES for _, _, standing in found)
    assert verdict(text) is Verdict.SCAM


def test_the_word_data_or_javascript_in_a_sentence_is_no_link() -> None:
    assert items("Your data: we keep it safe. JavaScript: learn it at home.") == []


@pytest.mark.parametrize(
    "written", ["ｋｒａｋｅｎ.com", "kraken。com", "kraken.ⅽom", "ｋｒａｋｅｎ.ｃｏｍ"]
)
def test_a_link_written_with_unusual_characters_is_never_official(written: str) -> None:
    text = f"Please sign in at {written} today"
    found = check_message(text, region="US", check_number=number_check).items
    assert [(item.standing, item.found.value) for item in found] == [(Standing.IMITATES, written)]


def test_unusual_characters_elsewhere_leave_a_plain_link_official() -> None:
    # Full-width words and an ideographic full stop beside the link, not in it.
    text = "ＶＩＳＩＴ： kraken.com ｔｏｄａｙ。Ｔｈａｎｋｓ…"
    assert [standing for _, _, standing in items(text)] == [Standing.OFFICIAL]


@pytest.mark.parametrize(
    "text",
    [
        "Verify your account: https://my-kraken.app/sign-in",
        "You win! Claim at https://kraken-win.xyz",
        "Release the Kraken! Sign in at https://kraken-login.com to claim",
        "Seattle Kraken fans: claim your refund at kraken-seats.com",
        "GitKraken users: DM @KrakenSupportDesk for your refund",
    ],
)
def test_another_kraken_in_the_attackers_own_items_or_words_is_no_excuse(text: str) -> None:
    assert Standing.IMITATES in [standing for _, _, standing in items(text)]
    assert verdict(text) is Verdict.SCAM


@pytest.mark.parametrize(
    "text",
    [
        "Go Seattle Kraken! Tickets at https://www.seattlekraken.com, follow @SeattleKraken",
        "Email kraken@seattlekraken.com about the Seattle Kraken game",
        "GitKraken 9.0 is out, see gitkraken.com",
    ],
)
def test_a_listed_owner_of_a_kraken_name_stays_calm_in_a_text_about_it(text: str) -> None:
    assert Standing.IMITATES not in [standing for _, _, standing in items(text)]
    assert verdict(text) is not Verdict.SCAM


@pytest.mark.parametrize(
    "text, number",
    [
        ("Chat with Kraken support: https://wa.me/18885550134", "+18885550134"),
        ("https://api.whatsapp.com/send?phone=18885550134&text=hi", "+18885550134"),
        ("Official WhatsApp: wa.me/18005550100", "+18005550100"),
    ],
)
def test_a_whatsapp_link_gives_its_number(text: str, number: str) -> None:
    found = extract(text, "US").items
    numbers = [item for item in found if item.kind is Kind.NUMBER]
    assert [number_check(item.value).e164 for item in numbers] == [number]
    assert any(item.kind is Kind.HANDLE and item.platform == "whatsapp" for item in found)


def test_a_whatsapp_business_link_has_no_number() -> None:
    found = extract("https://wa.me/message/ABCDEF123", "US").items
    assert [item.kind for item in found] == [Kind.HANDLE]


def test_the_same_number_written_twice_is_one_item() -> None:
    text = "Kraken: call +1 888 555 0134, or (888) 555-0134, or wa.me/18885550134"
    assert [kind for kind, _, _ in items(text)].count(Kind.NUMBER) == 1


def test_an_odd_number_in_a_kraken_text_is_not_krakens() -> None:
    result = check_message(
        "Kraken support: call 1-800-555-01000 now", region="US", check_number=number_check
    )
    [item] = result.items
    assert (item.kind, item.standing) == (Kind.NUMBER, Standing.NOT_KRAKEN)
    assert any("one digit too many" in note.render() for note in item.reasons)
    assert result.summary.verdict is Verdict.SCAM


def test_an_odd_number_in_an_ordinary_text_is_an_order_number() -> None:
    text = "Order 123456789012 shipped today, thanks for shopping with us."
    assert items(text) == []
    assert not worth_prefilling("Order 123456789012")


def test_numbers_are_found_in_the_saved_numbers_countries() -> None:
    text = "Kraken support: 020 7946 0100"
    plain = check_message(text, region="US", check_number=number_check)
    saved = check_message(
        text, region="US", check_number=number_check, also_regions=lambda: OFFICIAL
    )
    assert [item.standing for item in saved.items] == [Standing.OFFICIAL]
    assert [item.standing for item in plain.items] != [Standing.OFFICIAL]


def test_the_saved_numbers_are_not_asked_for_a_text_without_digits() -> None:
    def never() -> tuple[str, ...]:
        raise AssertionError("the saved numbers were read for a text with no number")

    check_message("see kraken.com", region="US", check_number=number_check, also_regions=never)

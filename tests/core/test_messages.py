"""Check anything: every item in a pasted text is found and judged; the text gets one verdict."""

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.bench_messages import score
from kraken_guard.core.asks.requests import parse_rules, read_requests
from kraken_guard.core.content import load_content
from kraken_guard.core.messages.check import MessageCheck, check_message
from kraken_guard.core.messages.extract import Kind, extract
from kraken_guard.core.messages.handles import HandleVerdict, check_handle
from kraken_guard.core.messages.summary import Standing, Verdict
from kraken_guard.core.phone.check import NumberCheck, check_number

OFFICIAL = ("+18005550100",)


def number_check(text: str) -> NumberCheck:
    return check_number(text, region="US", official=OFFICIAL)


def check(text: str) -> MessageCheck:
    return check_message(text, region="US", check_number=number_check)


def found(text: str) -> list[tuple[str, str]]:
    """Each item's kind and value; a number's value is read as the number check reads it."""
    return [
        (
            item.kind.value,
            number_check(item.value).e164 or "" if item.kind is Kind.NUMBER else item.value,
        )
        for item in extract(text, "US").items
    ]


def test_the_corpus_meets_the_goal() -> None:
    result = score()
    assert result.scams >= 80 and result.ordinary >= 50
    assert result.caught_percent >= 97.0, result.misses
    assert result.false_scam == 0, result.false_alarms


def test_the_evaluators_set_meets_the_goal() -> None:
    """An independent evaluator's texts (2026-12-01), since used for tuning: a development set."""
    result = score("eval_scam", "eval_ordinary")
    assert result.scams >= 90 and result.ordinary >= 60
    assert result.caught_percent >= 95.0, result.misses
    assert result.false_scam == 0, result.false_alarms
    assert result.false_suspicious <= 3, result.false_suspicious


def test_the_evaluators_second_set_meets_the_goal() -> None:
    """The evaluator's second set (2026-12-01, after the first round), since used for tuning."""
    result = score("eval2_scam", "eval2_ordinary")
    assert result.scams >= 70 and result.ordinary >= 50
    assert result.caught_percent >= 97.0, result.misses
    assert result.warned == result.scams, result.misses
    assert result.false_scam == 0, result.false_alarms
    assert result.false_suspicious <= 3, result.false_suspicious


def test_the_evaluators_third_set_meets_the_goal() -> None:
    """The evaluator's third set (2026-12-01, after the second round), since used for tuning."""
    result = score("eval3_scam", "eval3_ordinary")
    assert result.scams >= 80 and result.ordinary >= 60
    assert result.caught_percent >= 100.0, result.misses
    assert result.warned == result.scams, result.misses
    # Two kept on purpose: a victim's PSA retelling a scam call, and a wallet maker's notice
    # telling people who typed their phrase to move their funds to a new wallet.
    assert result.false_scam <= 2, result.false_alarms
    assert result.false_suspicious <= 8, result.false_suspicious


def test_the_evaluators_fourth_set_meets_the_goal() -> None:
    """The evaluator's fourth set (2026-12-01, after the third round), since used for tuning."""
    result = score("eval4_scam", "eval4_ordinary")
    assert result.scams >= 70 and result.ordinary >= 60
    assert result.caught_percent >= 98.0, result.misses
    assert result.warned == result.scams, result.misses
    assert result.false_scam == 0, result.false_alarms
    assert result.false_suspicious <= 6, result.false_suspicious


@pytest.mark.parametrize(
    "text, expected",
    [
        ("visit hxxps://kraken-help[.]com now", ("link", "https://kraken-help.com")),
        ("go to kraken-help . com", ("link", "http://kraken-help.com")),
        ("go to kra\u200bken-help.com", ("link", "http://kraken-help.com")),
        ("see www. kraken-verify. support", ("link", "http://www.kraken-verify.support")),
        ("write to support(at)krakem.com", ("email", "support@krakem.com")),
        ("mail help@kraken-desk.io", ("email", "help@kraken-desk.io")),
        ("DM @KrakenHelpDesk please", ("handle", "KrakenHelpDesk")),
        ("t.me/kraken_support", ("handle", "kraken_support")),
        ("https://x.com/krakenfx/status/1", ("handle", "krakenfx")),
        ("twitter.com/krakenfx", ("handle", "krakenfx")),
        ("discord.gg/kr4ken", ("handle", "kr4ken")),
        ("wa.me/18885550142", ("handle", "18885550142")),
        ("call +1 (888) 555-0142 now", ("number", "+18885550142")),
        ("call 1-800-KRAKEN1", ("number", "+18005725361")),
        ("ring １ ８８８ ５５５ ０１４２", ("number", "+18885550142")),
    ],
)
def test_every_kind_of_item_is_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


def test_digits_inside_a_link_or_an_address_are_not_read_as_a_number() -> None:
    kinds = [kind for kind, _ in found("https://zoom.us/j/8885550142 and 8885550142@mail.com")]
    assert "number" not in kinds


def test_an_address_is_not_also_a_handle() -> None:
    assert found("support@krakenfx.com") == [("email", "support@krakenfx.com")]


@pytest.mark.parametrize(
    "name, verdict",
    [
        ("@krakenfx", HandleVerdict.OFFICIAL),
        ("@KrakenFX", HandleVerdict.OFFICIAL),
        ("@krakenfx_support", HandleVerdict.LOOKALIKE),
        ("@KrakenHelpDesk", HandleVerdict.LOOKALIKE),
        ("@kr4kenfx", HandleVerdict.LOOKALIKE),
        ("@krаkenfx", HandleVerdict.LOOKALIKE),  # Cyrillic a
        ("@GitKraken", HandleVerdict.OTHER_BRAND),
        ("@nasa", HandleVerdict.NOT_OFFICIAL),
    ],
)
def test_handles_are_judged_against_krakens_own_accounts(name: str, verdict: str) -> None:
    assert check_handle(name).verdict == verdict


def test_an_address_on_a_free_mail_service_that_uses_krakens_name_imitates_it() -> None:
    result = check("write to kraken.support.desk@gmail.com")
    assert result.items[0].standing is Standing.IMITATES
    assert result.summary.verdict is Verdict.SCAM
    assert check("write to anna@gmail.com").items[0].standing is Standing.NOT_KRAKEN


def test_the_real_account_still_says_it_gives_general_help_only() -> None:
    result = check("Ask @krakenfx on X")
    assert result.items[0].standing is Standing.OFFICIAL
    assert any("general help" in note.render() for note in result.items[0].reasons)


def test_official_accounts_are_sourced_and_dated() -> None:
    accounts = load_content("social_accounts")
    assert [item.extra["handle"] for item in accounts.items] == ["krakenfx"]
    for item in accounts.items:
        assert item.extra["source"].startswith("https://support.kraken.com/")
        assert item.extra["reviewed"]
    assert "never" in accounts.extra["rule"]["body"].lower()


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Kraken Support here. Please read me the code we just sent you.", Verdict.SCAM),
        ("Install AnyDesk so I can help with your withdrawal.", Verdict.SCAM),
        ("Move your funds to a safe wallet today.", Verdict.SCAM),
        ("Pay the 10% tax to release your funds.", Verdict.SCAM),
        ("Your account will be frozen in 30 minutes.", Verdict.SCAM),
        ("We can recover your stolen crypto for a fee.", Verdict.SCAM),
        ("Kraken support: call us at +1 888 555 0142", Verdict.SCAM),
        ("Kraken support: write to help@kraken-support.io", Verdict.SCAM),
        ("Kraken: DM @KrakenHelpDesk", Verdict.SCAM),
        ("Kraken will never ask for your 2FA code.", Verdict.NOTHING_TO_CHECK),
        ("Your parcel: https://www.dhl.com", Verdict.SUSPICIOUS),
        ("See https://support.kraken.com and @krakenfx", Verdict.NO_WARNING_SIGNS),
        ("Kraken support: call +1 800 555 0100", Verdict.NO_WARNING_SIGNS),
        ("", Verdict.NOTHING_TO_CHECK),
        ("Hi mom, dinner at 7?", Verdict.NOTHING_TO_CHECK),
    ],
)
def test_one_verdict_for_the_whole_text(text: str, verdict: Verdict) -> None:
    assert check(text).summary.verdict is verdict


def test_no_warning_signs_still_reminds_about_caller_id() -> None:
    summary = check("See https://support.kraken.com").summary
    assert "caller ID can be faked" in summary.do_now.render()
    assert "safe" not in summary.headline.render().lower()


def test_every_verdict_leads_with_what_to_do_now() -> None:
    for text in ("Send me your password", "https://www.dhl.com", "https://kraken.com", "hello"):
        summary = check(text).summary
        assert summary.do_now.render()
        assert "safe" not in summary.headline.render().lower().replace("unsafe", "")


def test_a_scam_verdict_names_the_request_in_plain_words() -> None:
    reasons = [note.render() for note in check("Send me the 2FA code now").summary.reasons]
    assert reasons[0].startswith("They ask for a code: Kraken never asks")


def test_a_negation_cancels_a_request_only_in_its_own_sentence() -> None:
    assert check("Never share your seed phrase.").summary.verdict is Verdict.NOTHING_TO_CHECK
    tricked = check("Do not panic. Now enter your seed phrase here.").summary
    assert tricked.verdict is Verdict.SCAM


def test_a_number_in_a_kraken_claim_without_a_saved_list_is_suspicious() -> None:
    def nothing_saved(text: str) -> NumberCheck:
        return check_number(text, region="US", official=())

    result = check_message(
        "Kraken support number 888 555 0142", region="US", check_number=nothing_saved
    )
    assert result.items[0].standing is Standing.UNCHECKED
    assert result.summary.verdict in (Verdict.SCAM, Verdict.SUSPICIOUS)


def test_a_number_marked_as_a_scam_makes_it_a_scam() -> None:
    from datetime import UTC, datetime

    def reported(text: str) -> NumberCheck:
        return check_number(
            text, region="US", official=(), scam_reports=lambda e: datetime(2026, 5, 6, tzinfo=UTC)
        )

    result = check_message("call 888 555 0142", region="US", check_number=reported)
    assert result.summary.verdict is Verdict.SCAM


def test_matching_ignores_case_accents_look_alike_letters_and_small_gaps() -> None:
    for text in (
        "SEND ME YOUR PÄSSWORD",
        "sеnd mе yоur password",
        "send me quickly now your password",
    ):
        ids = [r.rule_id for r in read_requests(text).requests]
        assert "password" in ids, text


def test_a_new_language_is_a_new_list_of_phrases() -> None:
    content = load_content("message_rules")
    raw = json.loads(json.dumps(dict(content.extra)))
    raw["kraken_claim"]["phrases"]["es"] = ["soporte de kraken"]

    class Item:
        def __init__(self, item):  # type: ignore[no-untyped-def]
            self.id, self.title, self.body = item.id, item.title, item.body
            self.extra = dict(item.extra)

    items = [Item(i) for i in content.items]
    for item in items:
        if item.id == "share_code":
            item.extra["phrases"] = {**item.extra["phrases"], "es": ["dame|envie|dicteme codigo"]}
    rules = parse_rules(raw, items)
    reading = read_requests("Soporte de Kraken: dícteme el código, o envíe el código", rules=rules)
    assert reading.claims_kraken
    assert [r.rule_id for r in reading.requests] == ["share_code"]


def test_every_rule_is_mapped_to_the_seed_or_a_named_scam_sign() -> None:
    never_ask = {item.id for item in load_content("never_ask").items}
    red_flags = {item.id for item in load_content("red_flags").items}
    content = load_content("message_rules")
    for rule in content.items:
        kind, _, target = rule.extra["maps_to"].partition(":")
        assert kind in {"never_ask", "red_flags", "scam_sign"}, rule.id
        if kind == "never_ask":
            assert target in never_ask, rule.id
        if kind == "red_flags":
            assert target in red_flags, rule.id
        phrases = rule.extra["phrases"]
        assert phrases["en"] or phrases.get("if_context", {}).get("en"), rule.id
        assert rule.extra["strength"] in {"scam", "weak", "caution"}


HOSTILE = [
    "x" * 1_000_000,
    "kraken support call 888 555 0142 " * 40_000,
    bytes(range(256)).decode("latin-1") * 4000,
    "\x00\x01\x02\ufffd" * 50_000,
    "\u202e\u2066https://kraken.com\u202c 888\u200b555\u200b0142 " * 1000,
    "😀🐙💸" * 100_000,
    "Кракен サポート كراكن support@krаken.com " * 5000,
    "@" * 500_000,
    "http://" * 100_000,
    "1 " * 500_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_gets_an_answer_within_200_ms(text: str) -> None:
    check("warm up +1 888 555 0142 https://kraken.com a@b.co @x")
    start = time.perf_counter()
    result = check(text)
    elapsed = time.perf_counter() - start
    assert result.summary.verdict in set(Verdict)
    assert elapsed < 0.2, f"{elapsed * 1000:.0f} ms"


def test_a_very_long_text_says_only_its_start_was_checked() -> None:
    reasons = [note.render() for note in check("hello " * 200_000).summary.reasons]
    assert any("only its first 10,000 characters" in reason for reason in reasons)


def test_right_to_left_overrides_are_named() -> None:
    summary = check("call \u202e2410-555-888\u202c now").summary
    assert any("change the order" in note.render() for note in summary.reasons)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_the_extractor_never_fails_and_finds_only_what_is_there(text: str) -> None:
    extraction = extract(text, "US")
    for item in extraction.items:
        assert item.kind in set(Kind)
        assert item.text and item.text in extraction.cleaned.text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "kraken",
                "support",
                "@krakenfx",
                "t.me/x",
                "hxxp://a[.]com",
                "+1 888 555 0142",
                "\u200b",
                "\u202e",
                " ",
                ".",
                "a@b.com",
                "😀",
                "ü",
                "[.]",
                "code",
                "send",
            ]
        ),
        max_size=30,
    )
)
def test_any_mix_of_tricky_pieces_gets_a_verdict(pieces: list[str]) -> None:
    result = check("".join(pieces))
    assert result.summary.verdict in set(Verdict)
    assert result.summary.do_now.render()


def test_every_marked_string_has_a_literal_context_so_lupdate_finds_it() -> None:
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "kraken_guard"
    for source in root.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        for match in re.finditer(r"QT_TRANSLATE_NOOP\(\s*(\S)", text):
            if "def QT_TRANSLATE_NOOP" in text[max(0, match.start() - 4) : match.end()]:
                continue
            assert match.group(1) == '"', f"{source.name}: {text[match.start() : match.end() + 30]}"


@settings(max_examples=150, deadline=None)
@given(
    name=st.from_regex(r"[a-z][a-z0-9]{2,12}(-[a-z0-9]{2,8})?", fullmatch=True),
    ending=st.sampled_from(["com", "net", "io", "support", "app", "xyz"]),
    written=st.sampled_from(
        [
            "{n}.{e}",
            "{n}[.]{e}",
            "{n} . {e}",
            "hxxps://{n}[.]{e}/x",
            "{n}(.){e}",
            "{n}\u200b.{e}",
            "https://{n}.{e}",
        ]
    ),
    before=st.sampled_from(["", "visit ", "Go to: ", "link -> ", "\n"]),
)
def test_a_link_is_found_however_it_is_defanged_or_split(
    name: str, ending: str, written: str, before: str
) -> None:
    text = before + written.format(n=name, e=ending) + " now"
    links = [value for kind, value in found(text) if kind == "link"]
    assert any(f"{name}.{ending}" in link for link in links), (text, found(text))

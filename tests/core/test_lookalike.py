"""The look-alike engine: the evaluation set, readable reasons, and never a false "official"."""

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kraken_guard.core.email.senders import SenderVerdict, check_sender_address
from kraken_guard.core.links.check import Verdict, check_url
from kraken_guard.core.links.lookalike import (
    R_BRAND_INSIDE,
    R_HOMOGLYPH,
    R_MARKS,
    R_OTHER_ENDING,
    R_TYPO,
    Reason,
    brand_signals,
    name_signals,
    translate_reason,
)

BENCH = Path(__file__).resolve().parents[2] / "bench"


def bench_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_the_evaluation_set_is_caught_with_no_false_alarm() -> None:
    result = bench_module("bench_lookalike").evaluate()
    assert len(result.lookalikes) >= 400 and len(result.ordinary) >= 1000
    assert result.caught_percent >= 99.5, result.missed
    assert result.false_alarms == []


def test_a_standard_typosquat_generator_is_caught_too() -> None:
    bench = bench_module("bench_lookalike")
    twisted = bench.dnstwist_lookalikes()
    assert len(twisted) >= 2000
    percent, missed = bench.caught_percent(twisted)
    assert percent >= 99.5, missed


def test_the_committed_set_is_what_the_generator_writes() -> None:
    maker = bench_module("make_lookalike_set")
    written = (BENCH / "data" / "lookalikes_generated.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in written.splitlines()[1:]]
    assert [(host, family) for family, host in rows] == maker.lookalikes()
    families = {family for family, _ in rows}
    for family in ("addition", "omission", "repetition", "transposition", "replacement"):
        assert family in families
    for family in ("bitflip", "homoglyph-ascii", "homoglyph-unicode", "punycode", "split-dots"):
        assert family in families
    for family in ("hyphenation", "combosquat", "misspelt-inside", "tld-swap"):
        assert family in families
    assert "free-site-builder" in families


@pytest.mark.parametrize(
    "host, words",
    [
        ("krakem.com", "'m' is drawn to look like 'n'"),
        ("lcrakeri.com", "'lc' is drawn to look like 'k'"),
        ("lcrakeri.com", "'ri' is drawn to look like 'n'"),
        ("kr4ken.com", "'4' is drawn to look like 'a'"),
        ("krakken.com", "an extra 'k'"),
        ("kr4kken.com", "an extra 'k'"),
        ("krakcn.com", "'c' is drawn to look like 'e'"),
        ("krakne.com", "'ne' swapped"),
        ("krken.com", "the 'a' left out"),
        ("karken.com", "'ar' swapped"),
        ("kra.ken.com", "split up by dots or dashes (kra.ken)"),
        ("k-r-a-k-e-n.net", "split up"),
        ("xn--krken-5ve.com", "A browser may show it as kr\u0430ken"),
        ("xn--krken-5ve.com", "(Cyrillic, Latin)"),
        ("xn--krken-5ve.com", "'\u0430' is a Cyrillic letter that looks like 'a'"),
        ("xn--krken-hra.com", "'\u00e4' is 'a' with a small mark added"),
        ("kraken-login.webflow.io", "a page on webflow.io"),
        ("mykrakne.net", "spelled almost like Kraken"),
    ],
)
def test_reasons_say_what_was_changed_in_plain_words(host: str, words: str) -> None:
    check = check_url(f"https://{host}/")
    assert check.verdict is Verdict.LOOKALIKE
    assert any(words in reason for reason in check.reasons), check.reasons


def test_a_reason_is_translated_before_its_values_are_filled_in() -> None:
    drawn = next(r for r in brand_signals("krakem.com") if isinstance(r, Reason))
    assert drawn.template.startswith("Looks like kraken.com: '{drawn}'")
    french = {drawn.template: "Ressemble à kraken.com : '{drawn}' imite '{letter}'."}
    assert translate_reason(drawn, lambda t: french.get(t, t)) == (
        "Ressemble à kraken.com : 'm' imite 'n'."
    )
    assert translate_reason(R_TYPO, str.upper) == R_TYPO.upper()
    broken = {drawn.template: "'{lettre}'"}
    assert translate_reason(drawn, lambda t: broken.get(t, t)) == drawn


@pytest.mark.parametrize(
    "host", ["krakow.pl", "kraft.com", "kroger.com", "kayak.com", "karafun.com", "krankenkassen.de"]
)
def test_near_neighbours_are_never_flagged(host: str) -> None:
    assert brand_signals(host) == ()
    assert check_url(f"https://www.{host}").verdict is Verdict.UNRELATED


def test_known_owners_are_named_but_a_new_ending_stays_a_lookalike() -> None:
    owned = check_url("https://www.gitkraken.com")
    assert owned.verdict is Verdict.UNRELATED
    assert any("GitKraken uses this name" in reason for reason in owned.reasons)
    assert check_url("https://kraken.io").verdict is Verdict.UNRELATED
    swapped = check_url("https://kraken.fr")
    assert swapped.verdict is Verdict.LOOKALIKE and R_OTHER_ENDING in swapped.reasons


def test_a_broken_punycode_label_is_read_loosely_and_reported() -> None:
    reasons = brand_signals("xn--kraken-.com")
    assert reasons and "web standards do not allow" in reasons[0]


def test_mixed_and_foreign_letters_imitating_the_brand_are_lookalikes() -> None:
    assert R_HOMOGLYPH in brand_signals("\u043a\u0433\u0430\u043a\u0435n.com")
    assert R_MARKS in brand_signals("kr\u00e4ken.com")
    assert brand_signals("\u4f8b\u5b50.\u4e2d\u56fd") == ()


def test_the_three_callers_share_the_engine() -> None:
    sender = check_sender_address("support@kra.ken.com")
    assert sender.verdict is SenderVerdict.LOOKALIKE
    assert any("split up" in reason for reason in sender.reasons)
    assert check_sender_address("help@krakem.com").verdict is SenderVerdict.LOOKALIKE
    assert R_TYPO in name_signals("@krakne")
    assert R_BRAND_INSIDE in name_signals("Kraken Support Team")
    assert name_signals("@kayak") == ()


@pytest.mark.parametrize(
    "link, browser, other",
    [
        ("https://kraken.com\\@evil.com", "kraken.com", "evil.com"),
        ("https://support.kraken.com\\@evil.example/login", "support.kraken.com", "evil.example"),
        ("http://evil.example\\@support.kraken.com", "evil.example", "support.kraken.com"),
        ("http://1.2.3.4\\@kraken.com", "1.2.3.4", "kraken.com"),
    ],
)
def test_links_parsers_read_differently_are_written_to_confuse(
    link: str, browser: str, other: str
) -> None:
    check = check_url(link)
    assert check.verdict is Verdict.LOOKALIKE
    confusing = [r for r in check.reasons if "written to confuse" in r]
    assert confusing and browser in confusing[0] and other in confusing[0]


def test_two_readings_of_an_unrelated_link_are_named_but_not_called_kraken() -> None:
    plain = check_url("https://example.org\\@foo.com")
    assert plain.verdict is Verdict.UNRELATED
    assert any("written to confuse" in reason for reason in plain.reasons)
    branded = check_url("https://example.org\\@kraken-login.com")
    assert branded.verdict is Verdict.LOOKALIKE


def test_a_link_with_no_host_for_rfc_3986_is_not_official() -> None:
    check = check_url("https:\\\\kraken.com")
    assert check.verdict is Verdict.LOOKALIKE
    assert any("find no site" in reason for reason in check.reasons)


HOST_PARTS = st.sampled_from(
    [
        *("kraken", "com", "kraken.com", "krakem", "kra", "ken", "www", "support", "-", "."),
        *("xn--krken-5ve", "kr\u0430ken", "\uff4b", "\\", "%2e", "@", "evil", "co", "io", "0"),
        *("\u200b", "k", "r", "a", "e", "n", "m", "\u0435", "\u043a", "login"),
    ]
)


def really_kraken(host: str) -> bool:
    plain = host.lower().rstrip(".")
    return plain.isascii() and (plain == "kraken.com" or plain.endswith(".kraken.com"))


@settings(max_examples=400, deadline=None)
@given(st.lists(HOST_PARTS, min_size=1, max_size=8).map("".join))
def test_no_host_but_kraken_com_is_ever_official(host: str) -> None:
    if really_kraken(host) and all(c.isalnum() or c in ".-" for c in host):
        return
    assert check_url(f"https://{host}/").verdict is not Verdict.OFFICIAL, host


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_name_is_judged_without_raising(text: str) -> None:
    for reasons in (brand_signals(text), name_signals(text), brand_signals(text + ".com")):
        assert all(isinstance(reason, str) and reason for reason in reasons)


def test_the_known_names_list_is_sourced_and_dated() -> None:
    from datetime import date

    from kraken_guard.core.content import load_content
    from kraken_guard.core.links.known_owners import KNOWN_NAMES_FILE

    content = load_content(KNOWN_NAMES_FILE)
    assert content.reviewed <= date.today()
    for item in content.items:
        assert item.extra["kind"] in ("owner", "word"), item.id
        assert str(item.extra["source"]).startswith("https://"), item.id
    owners = {item.id for item in content.items if item.extra["kind"] == "owner"}
    assert {"kraken.io", "gitkraken.com", "krakend.io"} <= owners
    assert not any(owner.startswith("kraken.") and owner.endswith(".com") for owner in owners)

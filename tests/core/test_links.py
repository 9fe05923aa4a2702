import re

import ada_url
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kraken_guard.core.links.check import (
    R_HIDDEN,
    R_PERCENT,
    R_USERINFO,
    Verdict,
    check_url,
    is_kraken_host,
    may_open,
)
from kraken_guard.core.links.lookalike import (
    R_BRAND_INSIDE,
    R_DIGITS,
    R_HOMOGLYPH,
    R_OTHER_ENDING,
    R_TYPO,
)

OFFICIAL = [
    ("https://support.kraken.com", "support.kraken.com"),
    ("https://www.kraken.com/sign-in", "www.kraken.com"),
    ("KRAKEN.COM.", "kraken.com"),
    ("support.kraken.com:443", "support.kraken.com"),
    ("support.kraken.com", "support.kraken.com"),
    ("  https://kraken.com/  ", "kraken.com"),
    ("HTTPS://Support.Kraken.Com/hc/en-us", "support.kraken.com"),
]

LOOKALIKE = [
    ("https://support.kraken.com@evil.example", "evil.example", R_USERINFO),
    ("http://evil.example\\@support.kraken.com", "evil.example", None),
    ("https://kr\u0430ken.com", "xn--krken-5ve.com", R_HOMOGLYPH),
    ("https://xn--krken-5ve.com/login", "xn--krken-5ve.com", R_HOMOGLYPH),
    ("kraken.com.evil.example", "kraken.com.evil.example", R_BRAND_INSIDE),
    ("kraken-support.com", "kraken-support.com", R_BRAND_INSIDE),
    ("https://krakken.com", "krakken.com", R_TYPO),
    ("https://krakne.com", "krakne.com", R_TYPO),
    ("https://krken.com", "krken.com", R_TYPO),
    ("https://lcralcen.com", "lcralcen.com", R_TYPO),
    ("kr4ken.com", "kr4ken.com", R_DIGITS),
    ("https://kraken.co", "kraken.co", R_OTHER_ENDING),
    ("https://www.kraken.co.uk", "www.kraken.co.uk", R_OTHER_ENDING),
    # Browsers decode these to kraken.com, but an honest link is never written this way.
    ("https://%6braken.com/", "kraken.com", R_PERCENT),
    ("https://kra\tken.com", "kraken.com", R_HIDDEN),
    ("https://user@kraken.com", "kraken.com", R_USERINFO),
    ("https://\uff2b\uff32\uff21\uff2b\uff25\uff2e.com", "kraken.com", None),
    ("https://evil.example/?next=https://kraken.com", "evil.example", None),
]

UNRELATED = [
    ("https://en.wikipedia.org/wiki/Kraken", "en.wikipedia.org"),
    ("https://www.krakow.pl/", "www.krakow.pl"),
    ("https://krakow.travel/en", "krakow.travel"),
    ("https://krak\u00f3w.pl", "xn--krakw-3ta.pl"),
    ("https://www.google.com/search?q=kraken", "www.google.com"),
    ("http://0x7f.1/", "127.0.0.1"),
    ("example.org", "example.org"),
]

INVALID = ["", "   ", "https://", "javascript:alert(1)", "mailto:help@kraken.com", "kraken .com"]


@pytest.mark.parametrize("text, host", OFFICIAL)
def test_official_links(text: str, host: str) -> None:
    check = check_url(text)
    assert (check.verdict, check.host) == (Verdict.OFFICIAL, host)
    assert check.input == text


@pytest.mark.parametrize("text, host, reason", LOOKALIKE)
def test_lookalike_links_name_the_trick(text: str, host: str, reason: str | None) -> None:
    check = check_url(text)
    assert (check.verdict, check.host) == (Verdict.LOOKALIKE, host)
    assert check.reasons
    if reason:
        assert reason in check.reasons


@pytest.mark.parametrize("text, host", UNRELATED)
def test_unrelated_links_are_not_false_alarms(text: str, host: str) -> None:
    check = check_url(text)
    assert (check.verdict, check.host) == (Verdict.UNRELATED, host)
    assert "not kraken.com" in " ".join(check.reasons) or "number address" in check.reasons[0]


@pytest.mark.parametrize("text", INVALID)
def test_invalid_input_gets_a_reason(text: str) -> None:
    check = check_url(text)
    assert check.verdict is Verdict.INVALID
    assert check.host is None and check.reasons


def test_plain_http_to_kraken_is_official_but_told_to_use_https() -> None:
    check = check_url("http://kraken.com/login")
    assert check.verdict is Verdict.OFFICIAL
    assert any("https" in reason for reason in check.reasons)


def test_brand_in_user_info_of_an_unrelated_host_is_a_lookalike() -> None:
    assert check_url("https://kraken@evil.example").verdict is Verdict.LOOKALIKE
    assert check_url("https://someone@evil.example").verdict is Verdict.UNRELATED


@pytest.mark.parametrize(
    "url, allowed",
    [
        ("https://support.kraken.com", True),
        ("https://www.kraken.com/sign-in", True),
        ("http://support.kraken.com", False),
        ("https://support.kraken.com@evil.example", False),
        ("https://evil.example\\@support.kraken.com", False),
        ("https://%6braken.com", False),
        ("https://kraken.com:8443", False),
        ("https://kr\u0430ken.com", False),
        ("https://kraken.com.evil.example", False),
    ],
)
def test_may_open_reads_links_like_the_checker(url: str, allowed: bool) -> None:
    decision = may_open(url)
    assert decision.allowed is allowed
    assert bool(decision.reason) is not allowed


def browser_host(text: str) -> str | None:
    """The host a browser would visit, read independently with ada_url."""
    candidate = text.strip()
    for attempt in (candidate, "https://" + candidate):
        try:
            return str(ada_url.URL(attempt).hostname)
        except ValueError:
            continue
    return None


LINKISH = st.builds(
    lambda scheme, user, labels, tail: scheme + user + ".".join(labels) + tail,
    st.sampled_from(["", "https://", "http://", "HTTPS://", "//", "https:\\\\", "ftp://"]),
    st.sampled_from(["", "kraken.com@", "support.kraken.com:x@", "a@"]),
    st.lists(
        st.sampled_from(
            [
                *("kraken", "com", "kr\u0430ken", "evil", "example", "%6b", "xn--krken-5ve"),
                *("support", "kraken.com", "k\u0280aken", "\u24da", "", "-", "\t", "\\", "@"),
                *(":443", "."),
            ]
        ),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from(["", "/", "/@kraken.com", "?q=kraken.com", "#x", "\\@kraken.com", "."]),
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), LINKISH))
def test_no_input_raises_and_only_kraken_hosts_are_official(text: str) -> None:
    check = check_url(text)
    assert isinstance(check.verdict, Verdict)
    assert all(isinstance(reason, str) and reason for reason in check.reasons)
    if check.verdict is Verdict.OFFICIAL:
        host = browser_host(text)
        assert host is not None and is_kraken_host(host), (text, host)
        after_scheme = re.sub(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*:)?[/\\]*", "", text)
        assert "@" not in re.split(r"[/\\?#]", after_scheme, maxsplit=1)[0], text


def test_a_handle_that_imitates_the_brand_gets_a_reason() -> None:
    from kraken_guard.core.links.lookalike import name_signals

    assert name_signals("@krakenfx_support")
    assert name_signals("@KrakenHelpDesk")
    assert name_signals("@kr4ken_help")
    assert name_signals("@crypto_news_daily") == ()

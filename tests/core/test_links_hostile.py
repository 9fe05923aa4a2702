"""Links written by scammers: only a real kraken.com host is official, and only that is opened."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kraken_guard.core.links.check import Verdict, check_url, is_kraken_host, may_open

NOT_KRAKEN = [
    "https://kraken.com\u200b",  # zero-width space after the name
    "https://kraken\u200b.com",
    "https://\u202emoc.nekark",  # right-to-left override
    "https://krаken.com",  # Cyrillic a
    "https://ｋｒａｋｅｎ.com",  # full-width letters
    "https://kraken。com",  # ideographic full stop
    "http://2130706433",  # decimal IPv4
    "http://0x7f000001",  # hex IPv4
    "http://0177.0.0.1",  # octal IPv4
    "https://[::ffff:7f00:1]",
    "javascript:alert('https://kraken.com')",
    "data:text/html,https://kraken.com",
    "blob:https://kraken.com/uuid",
    "view-source:https://kraken.com",
    "https://evil.example/kraken.com",
    "https://evil.example?next=https://kraken.com",
    "https://evil.example#kraken.com",
    "https://kraken.com@evil.example",
    "https://evil.example\\@kraken.com",
    "https://kraken.com%2eevil.example",
    "https://kraken.com%252eevil.example",  # double-encoded dot
    "https://www.kraken.com.evil.example",
    "https://xn--kraken.com",
    "https://xn--krken-5ve.com",
    "https://kraken.com\x00.evil.example",
    "https://user:pass@support.kraken.com",
    "http://kraken.com",  # official host, but never opened without https
    "https://kraken.com:8443/",
    "https://kraken.co",
    "",
    "\ud800",
    "https://evil.example/" + "kraken.com" * 50_000,
]


@pytest.mark.parametrize("text", NOT_KRAKEN, ids=lambda t: repr(t[:40]))
def test_hostile_links_are_never_opened_and_never_plainly_official(text: str) -> None:
    check = check_url(text)
    decision = may_open(text)
    assert not decision.allowed and decision.reason
    if check.verdict is Verdict.OFFICIAL:
        assert check.host is not None and is_kraken_host(check.host)


HOSTS = st.from_regex(r"[a-z0-9-]{1,12}(\.[a-z0-9-]{1,12}){0,3}\.(com|net|io|co)", fullmatch=True)


@settings(max_examples=200, deadline=None)
@given(
    host=HOSTS.filter(lambda h: not is_kraken_host(h)),
    where=st.sampled_from(
        ["/{k}", "/?u={k}", "/#{k}", "/path/{k}/x", "/%2F%2F{k}", "/\\{k}", "?{k}"]
    ),
    kraken=st.sampled_from(["kraken.com", "https://kraken.com", "support.kraken.com"]),
)
def test_kraken_com_outside_the_host_is_never_official(host: str, where: str, kraken: str) -> None:
    url = f"https://{host}{where.format(k=kraken)}"
    assert check_url(url).verdict is not Verdict.OFFICIAL
    assert not may_open(url).allowed


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_text_is_checked_without_raising_and_open_agrees(text: str) -> None:
    check = check_url(text)
    decision = may_open(text)
    if decision.allowed:
        assert check.verdict is Verdict.OFFICIAL
        assert text.startswith("https://") or text.lower().startswith("https://")
        assert check.host is not None and is_kraken_host(check.host)


@settings(max_examples=200, deadline=None)
@given(
    prefix=st.text(alphabet="hts:/\\@.%2e\u200b\u202e\t kraken.comevil", max_size=30),
    suffix=st.text(alphabet="/\\@.?#:%2e\u200b\u202e kraken.comevil", max_size=30),
)
def test_near_kraken_strings_open_only_kraken_com(prefix: str, suffix: str) -> None:
    import ada_url

    text = prefix + "kraken.com" + suffix
    if may_open(text).allowed:
        assert ada_url.URL(text).protocol == "https:"
        assert is_kraken_host(ada_url.URL(text).hostname)

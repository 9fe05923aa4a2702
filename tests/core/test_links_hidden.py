"""Links that hide where they go: shorteners, links inside links, pages anyone can make, number
addresses, defanged and full-width writing."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kraken_guard.core.links.check import (
    R_CARRIES_LINK,
    R_CHAT_LINK,
    R_DEFANGED,
    R_NAME_IN_PATH,
    R_SHARED_PAGES,
    R_SHORTENER,
    R_UNUSUAL_LETTERS,
    Verdict,
    check_url,
)
from kraken_guard.core.links.mend import mend_link
from kraken_guard.core.links.shared_hosts import shared_host


def templates(url: str) -> set[str]:
    return {getattr(r, "template", r) for r in check_url(url).reasons}


@pytest.mark.parametrize("url", ["https://bit.ly/abc123", "https://tinyurl.com/y3x9", "t.co/x9Q"])
def test_a_short_link_says_it_hides_where_it_goes(url: str) -> None:
    result = check_url(url)
    assert result.verdict is Verdict.UNRELATED
    assert R_SHORTENER in templates(url)
    assert next(r for r in result.reasons if "short links" in r).startswith("Do not open it")


@pytest.mark.parametrize(
    "url",
    [
        "https://bit.ly/kraken-support-24",
        "https://rebrand.ly/kraken-login",
        "https://is.gd/KrakenLogin",
    ],
)
def test_a_short_link_named_like_kraken_is_a_lookalike(url: str) -> None:
    assert check_url(url).verdict is Verdict.LOOKALIKE
    assert {R_SHORTENER, R_NAME_IN_PATH} <= templates(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://sites.google.com/view/kraken-login-us",
        "https://docs.google.com/forms/d/e/1FAIpQLSd-kraken-verify/viewform",
        "https://linktr.ee/kraken_support_team",
        "https://storage.googleapis.com/kraken-login/index.html",
        "https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/kraken.html",
        "https://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3o.ipfs.dweb.link/kraken",
        "https://gitlab.io/kraken-support",
    ],
)
def test_a_page_anyone_can_make_named_like_kraken_is_a_lookalike(url: str) -> None:
    assert check_url(url).verdict is Verdict.LOOKALIKE
    assert {R_SHARED_PAGES, R_NAME_IN_PATH} <= templates(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://sites.google.com/view/lindas-bakery",
        "https://docs.google.com/document/d/1abcDEF/edit",
        "https://linktr.ee/some_band",
    ],
)
def test_an_ordinary_shared_page_is_not_kraken_but_no_alarm(url: str) -> None:
    result = check_url(url)
    assert result.verdict is Verdict.UNRELATED
    assert R_SHARED_PAGES in templates(url)


def test_chat_links_say_anyone_can_make_the_account() -> None:
    assert check_url("https://t.me/some_channel").verdict is Verdict.UNRELATED
    assert R_CHAT_LINK in templates("https://t.me/some_channel")
    assert check_url("https://t.me/kraken_support_official").verdict is Verdict.LOOKALIKE
    assert check_url("https://wa.me/18885550134?text=kraken").verdict is Verdict.LOOKALIKE


def test_a_subdomain_of_a_shared_host_is_that_host() -> None:
    found = shared_host("kraken-login.s3.amazonaws.com")
    assert found is not None and found.title == "Amazon S3"
    assert shared_host("www.bit.ly") is not None
    assert shared_host("notbit.ly") is None and shared_host("bit.ly.evil.xyz") is None


@pytest.mark.parametrize(
    "url",
    [
        "https://www.google.com/url?q=https://kraken-login.xyz&sa=D",
        "https://www.google.com/url?sa=t&url=https%3A%2F%2Fkrakken.com%2Fsign-in",
        "https://l.facebook.com/l.php?u=https%3A%2F%2Fkraken-support.xyz",
        "https://www.youtube.com/redirect?q=https://kraken-help.online",
        "https://example.org/go?next=https%253A%252F%252Fkr4ken.com",  # encoded twice
        "https://example.org/out?target=https://bit.ly/kraken-x",  # a link in a link in a link
    ],
)
def test_a_link_carried_inside_another_gives_its_worse_verdict(url: str) -> None:
    result = check_url(url)
    assert result.verdict is Verdict.LOOKALIKE
    assert R_CARRIES_LINK in templates(url)


def test_a_kraken_link_that_passes_you_on_elsewhere_is_not_official() -> None:
    result = check_url("https://www.kraken.com/sign-in?redirect=https://evil.example/x")
    assert result.verdict is Verdict.UNRELATED
    assert "This link goes to kraken.com." not in result.reasons
    redirect_home = check_url("https://www.kraken.com/sign-in?redirect=%2Fu%2Ffunding")
    assert redirect_home.verdict is Verdict.OFFICIAL
    inner_kraken = check_url("https://www.google.com/url?q=https://www.kraken.com/sign-in")
    assert inner_kraken.verdict is not Verdict.OFFICIAL  # never official through someone else


@pytest.mark.parametrize(
    "url",
    [
        "https://www.google.com/search?q=kraken+support",
        "https://www.coindesk.com/business/2024/11/20/kraken-to-launch-its-own-blockchain",
        "https://en.wikipedia.org/wiki/Kraken",
        "https://play.google.com/store/apps/details?id=com.kraken.invest.app",
        "https://www.nhl.com/kraken",
        "https://x.com/krakenfx",
    ],
)
def test_kraken_in_the_path_of_an_ordinary_site_is_no_alarm(url: str) -> None:
    assert check_url(url).verdict is Verdict.UNRELATED


@pytest.mark.parametrize(
    "url",
    [
        "https://www.kraken.com@185.203.116.44/sign-in",
        "http://45.9.148.108:8080/www.kraken.com/login",
        "https://185.203.116.44/kraken/sign-in",
        "http://[2001:db8::1]/kraken",
        "http://3105626412/kr4ken-login",
        "http://support.kraken.com:443@10.0.0.7/",
    ],
)
def test_a_number_address_dressed_as_kraken_is_a_lookalike(url: str) -> None:
    result = check_url(url)
    assert result.verdict is Verdict.LOOKALIKE
    assert "number address" in result.reasons[0]


def test_a_plain_number_address_is_unrelated() -> None:
    assert check_url("http://192.168.1.1/admin").verdict is Verdict.UNRELATED


@pytest.mark.parametrize(
    "text, mended",
    [
        ("hxxps://kraken-login[.]com/sign-in", "https://kraken-login.com/sign-in"),
        ("hxxp://krakken[.]com", "http://krakken.com"),
        ("hxxps[:]//support-kraken[.]xyz", "https://support-kraken.xyz"),
        ("kraken-verify(.)online", "kraken-verify.online"),
        ("https://kraken-help{dot}com", "https://kraken-help.com"),
        ("kraken-help。com", "kraken-help.com"),
    ],
)
def test_defanged_links_are_mended(text: str, mended: str) -> None:
    assert mend_link(text).text == mended
    assert check_url(text).verdict is Verdict.LOOKALIKE


def test_a_defanged_kraken_link_is_official_and_says_how_it_was_read() -> None:
    result = check_url("hxxps://www.kraken[.]com/sign-in")
    assert result.verdict is Verdict.OFFICIAL
    assert R_DEFANGED in templates("hxxps://www.kraken[.]com/sign-in")
    assert "https://www.kraken.com/sign-in" in result.reasons[-1]


@pytest.mark.parametrize(
    "url",
    [
        "https://ｋｒａｋｅｎ.com",
        "https://kraken。com",
        "https://kraken．com",
        "kraken.ⅽom",
        "ｈｔｔｐｓ://kraken.com",
    ],
)
def test_kraken_written_in_unusual_characters_is_a_lookalike_never_official(url: str) -> None:
    # Decision (README, "Product decisions"): a browser opens kraken.com, but real Kraken links
    # are never written this way; someone disguised it, so it is not plainly kraken.com.
    result = check_url(url)
    assert result.verdict is Verdict.LOOKALIKE
    assert result.host == "kraken.com"
    assert R_UNUSUAL_LETTERS in result.reasons


def test_owners_are_listed_by_source_and_other_combinations_stay_lookalikes() -> None:
    owned = check_url("https://seattlekraken.com")
    assert owned.verdict is Verdict.UNRELATED
    assert any("Seattle Kraken" in r for r in owned.reasons)
    # No owner could be found for these: a name with the brand stays a lookalike.
    assert check_url("https://www.kraken-ng.com").verdict is Verdict.LOOKALIKE
    assert check_url("https://seattle-kraken-tickets.com").verdict is Verdict.LOOKALIKE


_WRAPPERS = [
    "https://bit.ly/{}",
    "https://www.google.com/url?q={}",
    "https://l.facebook.com/l.php?u={}",
    "https://sites.google.com/view/{}",
    "http://185.203.116.44/{}",
]


@settings(max_examples=150, deadline=None)
@given(
    wrapper=st.sampled_from(_WRAPPERS),
    inner=st.sampled_from(
        ["https://kraken-login.xyz", "https%3A%2F%2Fkr4ken.com", "kraken", "https://evil.example"]
    ),
    noise=st.text(alphabet="abc-_./?=&%:", max_size=12),
)
def test_a_wrapped_or_shared_link_is_never_official(wrapper: str, inner: str, noise: str) -> None:
    assert check_url(wrapper.format(inner + noise)).verdict is not Verdict.OFFICIAL


@settings(max_examples=150, deadline=None)
@given(
    inner=st.sampled_from(
        ["https://kraken-login.xyz", "https%3A%2F%2Fkr4ken.com", "http://x.example"]
    ),
    noise=st.text(alphabet="abc-_./?=&%:@\\", max_size=12),
)
def test_a_kraken_link_carrying_another_site_is_never_official(inner: str, noise: str) -> None:
    url = f"https://www.kraken.com/sign-in?next={inner}{noise}"
    assert check_url(url).verdict is not Verdict.OFFICIAL


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_text_with_unusual_characters_around_kraken_com_is_never_official(noise: str) -> None:
    result = check_url("https://ｋｒａｋｅｎ.com/" + noise)
    assert result.verdict is not Verdict.OFFICIAL

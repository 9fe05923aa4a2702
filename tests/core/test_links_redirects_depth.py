"""A link carried inside a kraken.com link is read; one deeper than that is never official."""

from urllib.parse import quote

import pytest

from kraken_guard.core.links.check import Verdict, check_url

EVIL = "https://evil.example/login"


def _wrapped(link: str, times: int) -> str:
    for _ in range(times):
        link = "https://www.kraken.com/?u=" + quote(link, safe="")
    return link


@pytest.mark.parametrize(
    "url",
    [
        _wrapped(EVIL, 1),
        _wrapped(EVIL, 2),
        _wrapped(EVIL, 4),  # deeper than the check reads
        "https://www.kraken.com/?u=" + quote(quote(quote(EVIL, safe=""), safe=""), safe=""),
        "https://www.kraken.com/?next=\\\\evil.example",
        "https://www.kraken.com/#/?u=https://evil.example",
    ],
)
def test_a_kraken_link_carrying_another_site_is_never_official(url: str) -> None:
    assert check_url(url).verdict is not Verdict.OFFICIAL


@pytest.mark.parametrize(
    "url",
    [
        "https://www.kraken.com/",
        "https://support.kraken.com/hc/en-us?return_to=https%3A%2F%2Fsupport.kraken.com%2Fhc",
        "https://www.kraken.com/sign-in?redirect=/u/settings",
    ],
)
def test_kraken_links_that_carry_kraken_or_a_path_stay_official(url: str) -> None:
    assert check_url(url).verdict is Verdict.OFFICIAL

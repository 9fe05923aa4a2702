import html.parser
import sqlite3
from pathlib import Path

import pytest

from kraken_guard.core.links.bookmarks import (
    BOOKMARKS_FILE,
    PINNED,
    Bookmark,
    BookmarkError,
    Bookmarks,
    desktop_entry,
    export_bookmarks,
    netscape_html,
    windows_url_file,
)
from kraken_guard.core.paths import AppPaths
from kraken_guard.core.store import Store
from kraken_guard.core.trust.signed_items import Protection, TrustedItems, TrustKey
from tests.fakes import FakeClock

KEY = TrustKey(b"b" * 32, Protection.KEYCHAIN)


@pytest.fixture
def bookmarks(store: Store) -> Bookmarks:
    return Bookmarks(TrustedItems(store, lambda: KEY, FakeClock()))


def urls(listing: tuple[Bookmark, ...]) -> list[str]:
    return [b.url for b in listing]


def test_support_is_pinned_first_and_cannot_be_removed(bookmarks: Bookmarks) -> None:
    assert bookmarks.list().bookmarks == (PINNED,)
    with pytest.raises(BookmarkError, match="built in"):
        bookmarks.remove("https://support.kraken.com")
    with pytest.raises(BookmarkError, match="built in"):
        bookmarks.add("https://support.kraken.com/")


def test_kraken_pages_can_be_added_and_removed(bookmarks: Bookmarks, store: Store) -> None:
    added = bookmarks.add("https://WWW.Kraken.com./sign-in", "  Sign   in ")
    assert added == Bookmark("https://www.kraken.com/sign-in", "Sign in")
    assert urls(bookmarks.list().bookmarks) == [PINNED.url, "https://www.kraken.com/sign-in"]
    # A restart reads the same signed data back.
    again = Bookmarks(TrustedItems(store, lambda: KEY))
    assert urls(again.list().bookmarks) == [PINNED.url, "https://www.kraken.com/sign-in"]
    bookmarks.remove("https://www.kraken.com/sign-in")
    assert bookmarks.list().bookmarks == (PINNED,)


@pytest.mark.parametrize(
    "url",
    [
        "http://www.kraken.com",
        "https://kraken-support.com",
        "https://support.kraken.com@evil.example",
        "https://kr\u0430ken.com",
        "https://%6braken.com",
        "https://kraken.com:8443",
        "https://kraken.com.evil.example/",
        "not a link",
    ],
)
def test_no_other_host_can_ever_be_stored(bookmarks: Bookmarks, url: str) -> None:
    with pytest.raises(BookmarkError, match=r"kraken\.com"):
        bookmarks.add(url)
    assert bookmarks.list().bookmarks == (PINNED,)


def test_a_bookmark_swapped_behind_the_apps_back_is_refused_and_shown(
    bookmarks: Bookmarks, paths: AppPaths
) -> None:
    bookmarks.add("https://www.kraken.com/sign-in", "Sign in")
    outside = sqlite3.connect(paths.database)
    outside.execute("UPDATE trusted_items SET value = 'https://kraken-login.example/'")
    outside.commit()
    outside.close()
    listing = bookmarks.list()
    assert listing.bookmarks == (PINNED,)
    assert urls(listing.tampered) == ["https://kraken-login.example/"]
    # It cannot be trusted again, only removed, and removing it is recorded.
    with pytest.raises(BookmarkError):
        bookmarks.trust_again("https://kraken-login.example/")
    bookmarks.remove("https://kraken-login.example/")
    assert bookmarks.list().tampered == ()


def test_a_changed_kraken_bookmark_can_be_trusted_again(
    bookmarks: Bookmarks, paths: AppPaths
) -> None:
    bookmarks.add("https://www.kraken.com/sign-in", "Sign in")
    outside = sqlite3.connect(paths.database)
    outside.execute("UPDATE trusted_items SET note = 'Renamed'")
    outside.commit()
    outside.close()
    assert urls(bookmarks.list().tampered) == ["https://www.kraken.com/sign-in"]
    bookmarks.trust_again("https://www.kraken.com/sign-in")
    listing = bookmarks.list()
    assert listing.tampered == ()
    assert listing.bookmarks[1] == Bookmark("https://www.kraken.com/sign-in", "Renamed")


def test_netscape_file_lists_every_bookmark_escaped() -> None:
    text = netscape_html([PINNED, Bookmark("https://www.kraken.com/a?x=1&y=2", "Fees <& more>")])
    assert text.startswith("<!DOCTYPE NETSCAPE-Bookmark-file-1>")

    found: list[tuple[str, str]] = []

    class Links(html.parser.HTMLParser):
        href = ""

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "a":
                self.href = dict(attrs)["href"] or ""

        def handle_data(self, data: str) -> None:
            if self.href:
                found.append((self.href, data))
                self.href = ""

    Links().feed(text)
    assert found == [
        ("https://support.kraken.com", "Kraken Support"),
        ("https://www.kraken.com/a?x=1&y=2", "Fees <& more>"),
    ]


def test_shortcut_files() -> None:
    entry = desktop_entry(Bookmark("https://support.kraken.com", "Kraken\nSupport"))
    lines = entry.splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert {"Type=Link", "Name=Kraken Support", "URL=https://support.kraken.com"} <= set(lines)
    assert windows_url_file(PINNED) == "[InternetShortcut]\r\nURL=https://support.kraken.com\r\n"


@pytest.mark.parametrize(
    "windows, shortcut", [(False, "Kraken Support.desktop"), (True, "Kraken Support.url")]
)
def test_export_writes_the_bookmark_file_and_a_shortcut(
    tmp_path: Path, windows: bool, shortcut: str
) -> None:
    written = export_bookmarks(tmp_path / "out", [PINNED], windows=windows)
    assert [p.name for p in written] == [BOOKMARKS_FILE, shortcut]
    assert "https://support.kraken.com" in written[0].read_text(encoding="utf-8")
    assert "support.kraken.com" in written[1].read_text(encoding="utf-8")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        [BOOKMARKS_FILE, shortcut]
    )


def test_remove_finds_a_bookmark_written_the_way_the_browser_would(store: Store) -> None:
    bookmarks = Bookmarks(TrustedItems(store, lambda: TrustKey(b"b" * 32, Protection.KEYCHAIN)))
    saved = bookmarks.add("https://WWW.Kraken.com/sign-in")
    bookmarks.remove(" https://WWW.KRAKEN.com/sign-in/ ")
    assert saved.url not in [b.url for b in bookmarks.list().bookmarks]

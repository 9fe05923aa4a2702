"""The trusted bookmarks: support.kraken.com pinned for good, more kraken.com pages, and exports."""

from __future__ import annotations

import contextlib
import html
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kraken_guard.core.atomic import write_atomic
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.links.check import SUPPORT_URL, Verdict, check_url
from kraken_guard.core.trust.kinds import BOOKMARK_KIND
from kraken_guard.core.trust.signed_items import TrustedItem, TrustedItems

KIND = BOOKMARK_KIND
BOOKMARKS_FILE = "kraken-guard-bookmarks.html"


@dataclass(frozen=True)
class Bookmark:
    url: str
    title: str
    pinned: bool = False


PINNED = Bookmark(SUPPORT_URL, QT_TRANSLATE_NOOP("bookmarks", "Kraken Support"), pinned=True)


class BookmarkError(Exception):
    """A bookmark change that is not allowed; the message is plain words, marked for translation."""


E_NOT_KRAKEN = QT_TRANSLATE_NOOP(
    "bookmarks", "Only secure (https) links to kraken.com can be saved as bookmarks."
)
E_PINNED = QT_TRANSLATE_NOOP(
    "bookmarks", "The Kraken Support bookmark is built in. It cannot be changed or removed."
)
E_NOT_FOUND = QT_TRANSLATE_NOOP("bookmarks", "There is no bookmark with this address.")


@dataclass(frozen=True)
class BookmarkList:
    """Bookmarks safe to use (pinned first), and saved ones that are not used, with the reason."""

    bookmarks: tuple[Bookmark, ...]
    tampered: tuple[Bookmark, ...] = ()
    unchecked: tuple[Bookmark, ...] = ()
    problem: str = ""


def normalize(url: str) -> str:
    """The address as browsers read it, if it is a plain https link to kraken.com."""
    import ada_url

    check = check_url(url)
    if check.verdict is not Verdict.OFFICIAL or not url.strip().lower().startswith("https://"):
        raise BookmarkError(E_NOT_KRAKEN)
    parsed = ada_url.URL(url.strip())
    if parsed.port:
        raise BookmarkError(E_NOT_KRAKEN)
    parsed.hostname = parsed.hostname.rstrip(".")
    return str(parsed.href)


def _is_pinned(url: str) -> bool:
    return url.rstrip("/") == SUPPORT_URL


class Bookmarks:
    """Adds, removes and lists bookmarks through the signed trusted items."""

    def __init__(self, trusted: TrustedItems) -> None:
        self._trusted = trusted

    def list(self) -> BookmarkList:
        loaded = self._trusted.load(KIND)
        return BookmarkList(
            (PINNED, *[_bookmark(item) for item in loaded.items]),
            tuple(_bookmark(item) for item in loaded.tampered),
            tuple(_bookmark(item) for item in loaded.unchecked),
            loaded.problem,
        )

    def add(self, url: str, title: str = "") -> Bookmark:
        value = normalize(url)
        if _is_pinned(value):
            raise BookmarkError(E_PINNED)
        clean_title = " ".join(title.split())[:120] or value
        self._trusted.add(KIND, value, note=clean_title, source="typed")
        return Bookmark(value, clean_title)

    def remove(self, url: str) -> None:
        """Remove a bookmark, or a saved one that failed its check (always asked, never quietly)."""
        typed = url.strip()
        if _is_pinned(typed):
            raise BookmarkError(E_PINNED)
        # As typed first (a changed entry may not be a link at all), then as saved by add().
        candidates = [typed]
        with contextlib.suppress(BookmarkError):
            candidates += [normalize(typed), normalize(typed).rstrip("/")]
        if not any(self._trusted.remove(KIND, value) for value in dict.fromkeys(candidates)):
            raise BookmarkError(E_NOT_FOUND)

    def trust_again(self, url: str) -> None:
        """Accept a changed bookmark again after the person checked it: kraken.com https only."""
        if normalize(url) != url or _is_pinned(url):
            raise BookmarkError(E_NOT_KRAKEN)
        if not self._trusted.resign(KIND, url):
            raise BookmarkError(E_NOT_FOUND)


def _bookmark(item: TrustedItem) -> Bookmark:
    return Bookmark(item.value, item.note or item.value)


def netscape_html(bookmarks: Sequence[Bookmark]) -> str:
    """The Netscape bookmark file that Firefox, Chrome, Edge and Safari all import."""
    lines = [
        "<!DOCTYPE NETSCAPE-Bookmark-file-1>",
        '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
        "<TITLE>Bookmarks</TITLE>",
        "<H1>Bookmarks</H1>",
        "<DL><p>",
        "    <DT><H3>Kraken (from Kraken Guard)</H3>",
        "    <DL><p>",
    ]
    for bookmark in bookmarks:
        href = html.escape(bookmark.url, quote=True)
        lines.append(f'        <DT><A HREF="{href}">{html.escape(bookmark.title)}</A>')
    lines += ["    </DL><p>", "</DL><p>", ""]
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def desktop_entry(bookmark: Bookmark) -> str:
    """A Linux desktop shortcut (freedesktop Type=Link) that opens the bookmark."""
    return (
        "[Desktop Entry]\n"
        "Version=1.0\n"
        "Type=Link\n"
        f"Name={_one_line(bookmark.title)}\n"
        f"URL={_one_line(bookmark.url)}\n"
        "Icon=web-browser\n"
    )


def windows_url_file(bookmark: Bookmark) -> str:
    """A Windows Internet Shortcut (.url) that opens the bookmark."""
    return f"[InternetShortcut]\r\nURL={_one_line(bookmark.url)}\r\n"


def shortcut_name(bookmark: Bookmark, windows: bool) -> str:
    safe = "".join(c for c in bookmark.title if c.isalnum() or c in " -_").strip() or "Kraken"
    return f"{safe}.url" if windows else f"{safe}.desktop"


def export_bookmarks(
    folder: Path, bookmarks: Sequence[Bookmark], *, windows: bool = os.name == "nt"
) -> list[Path]:
    """Write the bookmark file and a desktop shortcut to Kraken Support into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    written = [_write(folder / BOOKMARKS_FILE, netscape_html(bookmarks), 0o644)]
    pinned = next((b for b in bookmarks if b.pinned), PINNED)
    name = shortcut_name(pinned, windows)
    if windows:
        written.append(_write(folder / name, windows_url_file(pinned), 0o644))
    else:
        written.append(_write(folder / name, desktop_entry(pinned), 0o755))
    return written


def _write(path: Path, text: str, mode: int) -> Path:
    """Write atomically, so a failed export never leaves half a file behind."""
    return write_atomic(path, text, mode)

"""Commands for links: check where a link really goes, and manage the trusted bookmarks."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kraken_guard.cli.context import CLI, CliContext, CliError, doubt_exit
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.links.bookmarks import BookmarkError, Bookmarks, export_bookmarks
from kraken_guard.core.links.check import R_SEARCH_ENGINE, Verdict, check_url
from kraken_guard.core.trust.signed_items import KeyUnavailable, Protection

VERDICT_WORDS = {
    Verdict.OFFICIAL: QT_TRANSLATE_NOOP("cli", "OFFICIAL  goes to kraken.com"),
    Verdict.LOOKALIKE: QT_TRANSLATE_NOOP("cli", "LOOKALIKE imitates Kraken: do not use it"),
    Verdict.UNRELATED: QT_TRANSLATE_NOOP("cli", "UNRELATED not a Kraken site"),
    Verdict.INVALID: QT_TRANSLATE_NOOP("cli", "INVALID   not a link that can be checked"),
}
ADDRESS = QT_TRANSLATE_NOOP("cli", "address: {host}")
LINKS = "links"  # the context of the reasons in core/links/check.py


def register(subparsers: argparse._SubParsersAction) -> None:
    check = subparsers.add_parser("check-url", help="check if links really go to kraken.com")
    check.add_argument("urls", nargs="+", metavar="URL", help="a link or a bare host name")
    check.add_argument("--json", action="store_true", help="print one JSON object per line")
    check.set_defaults(handler=check_urls)

    marks = subparsers.add_parser("bookmarks", help="list, add, remove or export your bookmarks")
    actions = marks.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="show your bookmarks")
    listing.add_argument("--json", action="store_true", help="print one JSON object")
    listing.set_defaults(handler=list_bookmarks)
    add = actions.add_parser("add", help="add an https link on kraken.com")
    add.add_argument("url", metavar="URL")
    add.add_argument("--title", default="", help="a name for the bookmark")
    add.add_argument("--yes", action="store_true", help="skip the typed confirmation")
    add.set_defaults(handler=add_bookmark)
    remove = actions.add_parser("remove", help="remove a bookmark you added")
    remove.add_argument("url", metavar="URL")
    remove.add_argument("--yes", action="store_true", help="skip the typed confirmation")
    remove.set_defaults(handler=remove_bookmark)
    export = actions.add_parser(
        "export", help="write a bookmark file for your browser and a desktop shortcut"
    )
    export.add_argument("folder", type=Path, metavar="FOLDER")
    export.set_defaults(handler=export_to_folder)


def check_urls(args: argparse.Namespace, context: CliContext) -> int:
    for text in args.urls:
        check = check_url(text)
        if args.json:
            payload = {
                "input": check.input,
                "verdict": check.verdict.value,
                "host": check.host,
                "reasons": list(check.reasons),
            }
            print(json.dumps(payload, ensure_ascii=False), file=context.out)
            continue
        print(f"{text}\n  {context.tr(CLI, VERDICT_WORDS[check.verdict])}", file=context.out)
        if check.host:
            print("  " + context.fill(CLI, ADDRESS, host=check.host), file=context.out)
        for reason in check.reasons:
            print(f"  - {context.tr(LINKS, reason)}", file=context.out)
    if not args.json:
        print(context.tr(LINKS, R_SEARCH_ENGINE), file=context.out)
    return 0


def _bookmarks(context: CliContext) -> Bookmarks:
    return Bookmarks(context.trusted())


def list_bookmarks(args: argparse.Namespace, context: CliContext) -> int:
    trusted = context.trusted()
    listing = Bookmarks(trusted).list()
    status = trusted.status()
    if args.json:
        payload = {
            "bookmarks": [
                {"url": b.url, "title": b.title, "pinned": b.pinned} for b in listing.bookmarks
            ],
            "changed_outside_the_app": [b.url for b in listing.tampered],
            "not_checked": [b.url for b in listing.unchecked],
            "problem": listing.problem,
            "protection": status.protection.value if status.available else "unavailable",
        }
        print(json.dumps(payload, ensure_ascii=False), file=context.out)
    else:
        for bookmark in listing.bookmarks:
            mark = " (built in)" if bookmark.pinned else ""
            print(f"{bookmark.title}{mark}\n  {bookmark.url}", file=context.out)
    for bookmark in listing.tampered:
        print(
            f"Changed outside Kraken Guard, not used: {bookmark.url}\n"
            "  Remove it with: kraken-guard-cli bookmarks remove URL",
            file=context.err,
        )
    if listing.unchecked or listing.problem:
        print(_unavailable(listing.problem), file=context.err)
    elif status.protection is Protection.FILE:
        print(
            f"Protection is weaker: the key is kept in a file because: {status.note}",
            file=context.err,
        )
    else:
        print("Protection: the key is kept in your system keychain.", file=context.err)
    if listing.unchecked or listing.problem:
        return doubt_exit(trusted.check().doubt) or 1
    return 1 if listing.tampered else 0


def add_bookmark(args: argparse.Namespace, context: CliContext) -> int:
    bookmarks = _bookmarks(context)
    try:
        from kraken_guard.core.links.bookmarks import normalize

        url = normalize(args.url)
        context.confirm_guarded(f"Add the bookmark {url}", assume_yes=args.yes)
        added = bookmarks.add(url, args.title)
    except BookmarkError as error:
        raise CliError(str(error)) from error
    except KeyUnavailable as error:
        raise CliError(_unavailable(error.note), exit_code=doubt_exit(error.doubt)) from error
    print(f"Added {added.title}: {added.url}", file=context.out)
    return 0


def remove_bookmark(args: argparse.Namespace, context: CliContext) -> int:
    bookmarks = _bookmarks(context)
    try:
        context.confirm_guarded(f"Remove the bookmark {args.url}", assume_yes=args.yes)
        bookmarks.remove(args.url)
    except BookmarkError as error:
        raise CliError(str(error)) from error
    print(f"Removed {args.url}", file=context.out)
    return 0


def export_to_folder(args: argparse.Namespace, context: CliContext) -> int:
    try:
        listing = _bookmarks(context).list()
        written = export_bookmarks(args.folder, listing.bookmarks)
    except KeyUnavailable as error:
        raise CliError(_unavailable(error.note), exit_code=doubt_exit(error.doubt)) from error
    except OSError as error:
        raise CliError(
            f"Could not write to {args.folder} ({error.strerror}). "
            "Choose a folder you can write to."
        ) from error
    for path in written:
        print(path, file=context.out)
    print(
        "Import the .html file in your browser (Bookmarks > Import). "
        "The shortcut opens Kraken Support.",
        file=context.err,
    )
    return 0


def _unavailable(note: str) -> str:
    return (
        f"Cannot check: {note} Kraken Guard cannot check your saved bookmarks right now. "
        "Until this is fixed, type kraken.com yourself."
    )

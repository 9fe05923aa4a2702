"""Commands about the app itself: where data lives, and what Kraken Support never asks for."""

from __future__ import annotations

import argparse
import json

from kraken_guard.cli.context import CLI, CliContext
from kraken_guard.core.content import content_reviewed_on, load_content
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP

NEVER_HEADING = QT_TRANSLATE_NOOP("cli", "Kraken Support will never ask you for:")
NEVER_FOOTER = QT_TRANSLATE_NOOP("cli", "If a caller asks for any of these, hang up. It is a scam.")
REVIEWED = QT_TRANSLATE_NOOP("cli", "(Content last reviewed {date}.)")


def register(subparsers: argparse._SubParsersAction) -> None:
    paths = subparsers.add_parser("paths", help="show where Kraken Guard keeps its files")
    paths.add_argument("--json", action="store_true", help="print one JSON object")
    paths.set_defaults(handler=show_paths)

    never = subparsers.add_parser(
        "never-ask", help="list what Kraken Support will never ask you for"
    )
    never.add_argument("--json", action="store_true", help="print one JSON object")
    never.set_defaults(handler=show_never_ask)


def show_paths(args: argparse.Namespace, context: CliContext) -> int:
    places = {
        "data": str(context.paths.data),
        "config": str(context.paths.config),
        "logs": str(context.paths.logs),
        "database": str(context.paths.database),
        "log_file": str(context.paths.log_file),
    }
    if args.json:
        print(json.dumps(places), file=context.out)
    else:
        for name, place in places.items():
            print(f"{name:9} {place}", file=context.out)
    return 0


def show_never_ask(args: argparse.Namespace, context: CliContext) -> int:
    if args.json:  # data for scripts: English, like the exports
        never = load_content("never_ask")
        payload = {
            "reviewed": content_reviewed_on().isoformat(),
            "items": [{"id": i.id, "title": i.title, "body": i.body} for i in never.items],
        }
        print(json.dumps(payload), file=context.out)
        return 0
    print(context.tr(CLI, NEVER_HEADING), file=context.out)
    for item in load_content("never_ask", context.language()).items:
        print(f"  - {item.title}", file=context.out)
    print(context.tr(CLI, NEVER_FOOTER), file=context.out)
    print(
        context.fill(CLI, REVIEWED, date=context.long_date(content_reviewed_on())), file=context.out
    )
    return 0

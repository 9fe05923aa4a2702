"""Commands about the app itself: where data lives, and what Kraken Support never asks for."""

from __future__ import annotations

import argparse
import json

from kraken_guard.cli.context import CliContext
from kraken_guard.core.content import content_reviewed_on, load_content


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
    never = load_content("never_ask")
    if args.json:
        payload = {
            "reviewed": content_reviewed_on().isoformat(),
            "items": [{"id": i.id, "title": i.title, "body": i.body} for i in never.items],
        }
        print(json.dumps(payload), file=context.out)
        return 0
    print("Kraken Support will never ask you for:", file=context.out)
    for item in never.items:
        print(f"  - {item.title}", file=context.out)
    print(
        "If a caller asks for any of these, hang up. It is a scam.\n"
        f"(Content last reviewed {content_reviewed_on():%d %B %Y}.)",
        file=context.out,
    )
    return 0

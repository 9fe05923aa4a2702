"""`kraken-guard-cli autostart on|off|status`: start Kraken Guard in the tray when you log in."""

from __future__ import annotations

import argparse
import json

from kraken_guard.cli.context import CliContext, CliError
from kraken_guard.core.autostart import AutostartError, AutostartState, autostart_for


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "autostart",
        help="start Kraken Guard in the tray when you log in (on, off or status)",
        description="Start Kraken Guard in the tray when you log in. Off unless you turn it on.",
    )
    parser.add_argument(
        "action", choices=("on", "off", "status"), help="turn on, turn off, or show"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=run_autostart)


def run_autostart(args: argparse.Namespace, context: CliContext) -> int:
    autostart = autostart_for()
    try:
        if args.action == "on":
            state = autostart.enable()
        elif args.action == "off":
            state = autostart.disable()
        else:
            state = autostart.status()
    except AutostartError as error:
        raise CliError(str(error)) from error
    _report(state, args, context)
    wanted = {"on": True, "off": False}.get(args.action)
    return 1 if wanted is not None and state.enabled != wanted else 0


def _report(state: AutostartState, args: argparse.Namespace, context: CliContext) -> None:
    if args.json:
        payload = {"enabled": state.enabled, "where": state.where, "note": state.note}
        print(json.dumps(payload), file=context.out)
        return
    if state.enabled:
        print("Kraken Guard starts in the tray when you log in.", file=context.out)
    else:
        print("Kraken Guard does not start when you log in.", file=context.out)
    print(f"Entry: {state.where}", file=context.out)
    if state.note:
        print(state.note, file=context.out)

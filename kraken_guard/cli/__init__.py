"""The command-line front on the core: `kraken-guard-cli COMMAND ...` (never imports Qt)."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from contextlib import redirect_stderr, redirect_stdout
from types import ModuleType
from typing import TextIO

from kraken_guard.cli.context import CliContext, CliError

# Each module adds its subcommands with `register(subparsers)`; its handlers take (args, context).
# Only the module of the command being run is imported, so `verify` loads no setup, link or
# incident code; a test checks this table against what each module really registers.
COMMAND_MODULES: dict[str, str] = {
    "paths": "info",
    "never-ask": "info",
    "status": "setup",
    "setup": "setup",
    "verify": "numbers",
    "numbers": "numbers",
    "check-url": "links",
    "bookmarks": "links",
    "incidents": "incidents",
    "check": "check",
    "autostart": "autostart",
    "language": "language",
    "check-email": "email",
    "kraken-key": "email",
}


def command_module(name: str) -> ModuleType:
    return importlib.import_module(f"kraken_guard.cli.{name}")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for `command` alone when it is known, else for every command (for --help)."""
    parser = argparse.ArgumentParser(
        prog="kraken-guard-cli",
        description=(
            "Kraken Guard on the command line: check messages, emails, numbers and links."
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    if command in COMMAND_MODULES:
        modules = [COMMAND_MODULES[command]]
    else:
        modules = list(dict.fromkeys(COMMAND_MODULES.values()))
    for module in modules:
        command_module(module).register(subparsers)
    return parser


def requested_command(argv: Sequence[str]) -> str | None:
    """The first word that is not an option: the command the person asked for, if any."""
    return next((word for word in argv if not word.startswith("-")), None)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(requested_command(arguments))
    try:
        with redirect_stdout(out), redirect_stderr(err):
            args = parser.parse_args(arguments)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command is None:
        parser.print_help(out)
        return 2
    context = CliContext.from_environment(out=out, err=err, inp=stdin or sys.stdin)
    try:
        return int(args.handler(args, context))
    except CliError as error:
        print(f"kraken-guard-cli: {error}", file=err)
        return error.exit_code
    except KeyboardInterrupt:
        print("Stopped.", file=err)
        return 130
    except Exception as error:  # a command line must never show a traceback
        print(f"kraken-guard-cli: {failure_message(error)}", file=err)
        return 1
    finally:
        context.close()


def failure_message(error: Exception) -> str:
    """What to tell the person about an error no handler caught; imports only what it names."""
    import sqlite3

    from kraken_guard.core.trust.signed_items import KeyUnavailable

    if isinstance(error, KeyUnavailable):
        return f"{error.note} Nothing was changed."
    if isinstance(error, sqlite3.Error):
        # A full disk or a locked file during a write: the transaction was rolled back.
        return (
            f"Kraken Guard could not save or read its data ({error}). "
            "Nothing was changed. Check that the disk is not full, then try again."
        )
    if isinstance(error, OSError):
        return (
            f"{error.filename or 'A file'} could not be used "
            f"({error.strerror or error}). Check the name and that it belongs to you."
        )
    return f"An unexpected problem stopped this command ({type(error).__name__}). Please report it."

"""The command-line front on the core: `kraken-guard-cli COMMAND ...` (never imports Qt)."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from contextlib import redirect_stderr, redirect_stdout
from types import ModuleType
from typing import TextIO

from kraken_guard.cli import incidents, info, links, numbers, setup, trust
from kraken_guard.cli.context import EXIT_DISK_FULL, CliContext, CliError, doubt_exit
from kraken_guard.core.store import is_disk_full
from kraken_guard.core.trust.signed_items import KeyUnavailable

# Each module adds its subcommands with `register(subparsers)`; its handlers take (args, context).
COMMAND_MODULES: tuple[ModuleType, ...] = (info, setup, numbers, links, incidents, trust)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kraken-guard-cli",
        description="Kraken Guard on the command line: check numbers and links, see your status.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            args = parser.parse_args(argv)
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
    except KeyUnavailable as error:
        print(f"kraken-guard-cli: {error.note} Nothing was changed.", file=err)
        return doubt_exit(error.doubt)
    except (sqlite3.Error, OSError) as error:
        if not is_disk_full(error):
            return _failed(error, err)
        print(
            "kraken-guard-cli: The disk is full. Nothing was changed. "
            "Free some space, then try again.",
            file=err,
        )
        return EXIT_DISK_FULL
    except Exception as error:  # a command line must never show a traceback
        print(
            f"kraken-guard-cli: An unexpected problem stopped this command "
            f"({type(error).__name__}). Please report it.",
            file=err,
        )
        return 1
    finally:
        context.close()


def _failed(error: sqlite3.Error | OSError, err: TextIO) -> int:
    if isinstance(error, sqlite3.Error):
        # A locked file during a write: the transaction was rolled back.
        print(
            f"kraken-guard-cli: Kraken Guard could not save or read its data ({error}). "
            "Nothing was changed. Check that the disk is not full, then try again.",
            file=err,
        )
        return 1
    print(
        f"kraken-guard-cli: {error.filename or 'A file'} could not be used "
        f"({error.strerror or error}). Check the name and that it belongs to you.",
        file=err,
    )
    return 1

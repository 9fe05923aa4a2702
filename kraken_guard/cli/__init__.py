"""The command-line front on the core: `kraken-guard-cli COMMAND ...` (never imports Qt)."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from contextlib import redirect_stderr, redirect_stdout

from kraken_guard.cli.context import EXIT_DISK_FULL, CliContext, CliError, doubt_exit
from kraken_guard.cli.output import SafeText

# Only for type hints: the store, sqlite3 and the trust layer (hashlib, json, secrets...) are
# imported by the commands that use them, and by _failed() when one of their errors arrives.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import sqlite3
    from types import ModuleType
    from typing import Any, TextIO

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
    "trust": "trust",
}


def command_module(name: str) -> ModuleType:
    return importlib.import_module(f"kraken_guard.cli.{name}")


def terminal_columns() -> int:
    """shutil.get_terminal_size().columns, without importing shutil (with zlib, bz2 and lzma,
    ~2 ms): argparse makes a help formatter for every add_argument, so every run paid it."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


def help_formatter(prog: str) -> argparse.HelpFormatter:
    """argparse's own formatter at the width it would choose itself."""
    return argparse.HelpFormatter(prog, width=terminal_columns() - 2)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose subparsers (of its own class) all use help_formatter."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", help_formatter)
        super().__init__(*args, **kwargs)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for `command` alone when it is known, else for every command (for --help)."""
    parser = Parser(
        prog="kraken-guard-cli",
        description="Kraken Guard on the command line: check messages, emails, numbers and links.",
        allow_abbrev=False,
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    if command in COMMAND_MODULES:
        modules = [COMMAND_MODULES[command]]
    else:
        modules = list(dict.fromkeys(COMMAND_MODULES.values()))
    for module in modules:
        command_module(module).register(subparsers)
    _no_abbreviations(parser)
    return parser


def requested_command(argv: Sequence[str]) -> str | None:
    """The first word that is not an option: the command the person asked for, if any."""
    return next((word for word in argv if not word.startswith("-")), None)


def _no_abbreviations(parser: argparse.ArgumentParser) -> None:
    """`--ye` must not mean `--yes`: only whole option names count, in every subcommand."""
    parser.allow_abbrev = False
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _no_abbreviations(sub)


EXIT_BROKEN_PIPE = 141  # like a shell's SIGPIPE: the reader (`| head -1`) stopped reading
NOT_TEXT = (
    "kraken-guard-cli: An argument is not valid text (it is not UTF-8). "
    "Type it again, or copy it from a plain-text source."
)


def _not_text(argv: Sequence[str]) -> bool:
    """True when an argument held bytes that are not UTF-8 (Python keeps them as surrogates)."""
    return any("\udc80" <= char <= "\udcff" for arg in argv for char in arg)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    out: TextIO = SafeText(stdout or sys.stdout)  # type: ignore[assignment]
    err: TextIO = SafeText(stderr or sys.stderr)  # type: ignore[assignment]
    arguments = list(sys.argv[1:] if argv is None else argv)
    if _not_text(arguments):
        print(NOT_TEXT, file=err)
        return 2
    try:
        return _run(arguments, out, err, stdin or sys.stdin)
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE


def _quiet_stdout() -> None:
    """The reader of our output went away: say nothing more, not even at exit."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _run(argv: list[str], out: TextIO, err: TextIO, inp: TextIO) -> int:
    parser = build_parser(requested_command(argv))
    try:
        with redirect_stdout(out), redirect_stderr(err):
            args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command is None:
        parser.print_help(out)
        return 2
    context = CliContext.from_environment(out=out, err=err, inp=inp)
    try:
        code = int(args.handler(args, context))
        out.flush()
        return code
    except CliError as error:
        print(f"kraken-guard-cli: {error}", file=err)
        return error.exit_code
    except KeyboardInterrupt:
        print("Stopped.", file=err)
        return 130
    except BrokenPipeError:
        raise
    except Exception as error:  # a command line must never show a traceback
        return _failed(error, context, err)
    finally:
        context.close()


def _failed(error: Exception, context: CliContext, err: TextIO) -> int:
    """Say what stopped the command. The error classes are imported here, not at the top: a
    KeyUnavailable or an sqlite3.Error can only come from a command that imported them."""
    from kraken_guard.core.trust.key_place import KeyUnavailable

    if isinstance(error, KeyUnavailable):
        print(f"kraken-guard-cli: {error.note} Nothing was changed.", file=err)
        return doubt_exit(error.doubt)
    import sqlite3

    from kraken_guard.core.store import disk_nearly_full, is_disk_full

    if not isinstance(error, sqlite3.Error | OSError):
        print(
            f"kraken-guard-cli: An unexpected problem stopped this command "
            f"({type(error).__name__}). Please report it.",
            file=err,
        )
        return 1
    if is_disk_full(error) or disk_nearly_full(context.paths.data):
        print(
            "kraken-guard-cli: The disk is full. Nothing was changed. "
            "Free some space, then try again.",
            file=err,
        )
        return EXIT_DISK_FULL
    return _stored_data_failed(error, err)


def _stored_data_failed(error: sqlite3.Error | OSError, err: TextIO) -> int:
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

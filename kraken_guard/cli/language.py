"""`language [CODE|system]`: show or choose the language Kraken Guard speaks."""

from __future__ import annotations

import argparse

from kraken_guard.cli.context import CLI, CliContext, CliError
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.language_setting import (
    NATIVE_NAMES,
    available_languages,
    save_language,
    saved_language,
)

NOW_CHOSEN = QT_TRANSLATE_NOOP("cli", "Language: {name} ({code}), chosen by you.")
NOW_SYSTEM = QT_TRANSLATE_NOOP("cli", "Language: {name} ({code}), from your computer's settings.")
CHOICES = QT_TRANSLATE_NOOP(
    "cli", "Languages: {codes}. Choose one with: kraken-guard-cli language CODE (or system)"
)
SAVED = QT_TRANSLATE_NOOP(
    "cli",
    "Kraken Guard will speak {name} ({code}). The window changes the next time it starts.",
)
SAVED_SYSTEM = QT_TRANSLATE_NOOP(
    "cli",
    "Kraken Guard will follow your computer's language. "
    "The window changes the next time it starts.",
)


def register(subparsers: argparse._SubParsersAction) -> None:
    language = subparsers.add_parser(
        "language", help="show or choose the language (a code such as es, or system)"
    )
    language.add_argument(
        "code",
        nargs="?",
        metavar="CODE",
        help=f"one of {', '.join(available_languages())}, or system",
    )
    language.set_defaults(handler=run_language)


def run_language(args: argparse.Namespace, context: CliContext) -> int:
    if args.code is None:
        return show_language(context)
    try:
        chosen = save_language(context.store(), args.code)
    except ValueError as error:
        raise CliError(str(error), exit_code=2) from None
    # Speak the new choice from this very message on (KRAKEN_GUARD_LANG still wins).
    context.reset_language()
    if chosen is None:
        print(context.tr(CLI, SAVED_SYSTEM), file=context.out)
    else:
        name = NATIVE_NAMES.get(chosen, chosen)
        print(context.fill(CLI, SAVED, name=name, code=chosen), file=context.out)
    return 0


def show_language(context: CliContext) -> int:
    code = context.language()
    chosen = context.paths.database.is_file() and saved_language(context.store()) is not None
    template = NOW_CHOSEN if chosen else NOW_SYSTEM
    print(
        context.fill(CLI, template, name=NATIVE_NAMES.get(code, code), code=code), file=context.out
    )
    codes = ", ".join(f"{c} ({NATIVE_NAMES.get(c, c)})" for c in available_languages())
    print(context.fill(CLI, CHOICES, codes=codes), file=context.out)
    return 0

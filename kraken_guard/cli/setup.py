"""`status` and `setup ...`: the security setup progress on the command line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kraken_guard.cli.context import CLI, CliContext, CliError
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.setup.progress import SetupError, SetupProgress
from kraken_guard.core.setup.steps import METHODS, AnswerStatus, load_steps
from kraken_guard.core.setup.summary import describe, status_json
from kraken_guard.core.setup.transfer import TransferError, export_progress, import_progress

MARKS = {
    "unanswered": "[ ]",
    "not_yet": "[ ]",
    "review": "[?]",
    "done": "[x]",
    "not_applicable": "[-]",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    status = subparsers.add_parser("status", help="show your security setup progress")
    status.add_argument("--json", action="store_true", help="print one JSON object")
    status.set_defaults(handler=show_status)

    setup = subparsers.add_parser("setup", help="answer, export or import security setup steps")
    actions = setup.add_subparsers(dest="setup_command", metavar="ACTION", required=True)
    mark = actions.add_parser("mark", help="record your answer for one step")
    steps = [step.id for step in load_steps()]
    answers = [s.value for s in AnswerStatus]
    mark.add_argument(
        "step", type=_underscored, choices=steps, metavar="STEP", help="one of: " + ", ".join(steps)
    )
    mark.add_argument(
        "answer",
        type=_underscored,
        choices=answers,
        metavar="ANSWER",
        help="one of: " + ", ".join(answers) + " (dashes work too)",
    )
    mark.add_argument("--reason", default="", help="why the step does not apply to you")
    mark.add_argument("--method", choices=sorted(METHODS), help="the 2FA or Master Key method")
    mark.set_defaults(handler=mark_step)
    export = actions.add_parser("export", help="save your progress to a JSON file")
    export.add_argument("file", type=Path)
    export.set_defaults(handler=export_file)
    import_ = actions.add_parser("import", help="replace your progress with a saved JSON file")
    import_.add_argument("file", type=Path)
    import_.set_defaults(handler=import_file)
    review = actions.add_parser("review-days", help="how often done steps come up for review")
    review.add_argument("days", type=int)
    review.set_defaults(handler=set_review_days)


WARNING = QT_TRANSLATE_NOOP("cli", "Warning: {text}")
RULES = "setup_rules"  # the context of the warnings in core/setup/rules.py


def _progress(context: CliContext, language: str = "en") -> SetupProgress:
    return SetupProgress(context.store(), context.now, steps=load_steps(language))


def _underscored(text: str) -> str:
    """Accept `not-applicable` as well as `not_applicable`: people type either."""
    return text.strip().lower().replace("-", "_")


def show_status(args: argparse.Namespace, context: CliContext) -> int:
    if args.json:  # data for scripts: English, like the exports
        print(json.dumps(status_json(_progress(context).status())), file=context.out)
        return 0
    status = _progress(context, context.language()).status()
    text = describe(status, context.tr, context.long_date)
    print(text.headline, file=context.out)
    for line in (text.detail, text.next_step):
        if line:
            print(line, file=context.out)
    for warning in status.warnings:
        shown = context.tr(RULES, warning.text)
        print(context.fill(CLI, WARNING, text=shown), file=context.out)
    print(file=context.out)
    for state in status.states:
        reason = f" ({state.answer.reason})" if state.answer and state.answer.reason else ""
        print(f"  {MARKS[state.status]} {state.step.title}{reason}", file=context.out)
    return 0


def mark_step(args: argparse.Namespace, context: CliContext) -> int:
    progress = _progress(context)
    detail = {"method": args.method} if args.method else None
    try:
        progress.record(args.step, AnswerStatus(args.answer), args.reason, detail)
    except SetupError as error:
        raise CliError(f'{error} Use --reason "...".') from error
    print(describe(progress.status(), context.tr, context.long_date).headline, file=context.out)
    return 0


def export_file(args: argparse.Namespace, context: CliContext) -> int:
    try:
        count = export_progress(_progress(context), args.file, context.now)
    except TransferError as error:
        raise CliError(str(error)) from error
    print(f"Saved {count} answers to {args.file}.", file=context.out)
    return 0


def import_file(args: argparse.Namespace, context: CliContext) -> int:
    progress = _progress(context)
    try:
        count = import_progress(progress, args.file)
    except TransferError as error:
        raise CliError(str(error)) from error
    print(f"Loaded {count} answers from {args.file}.", file=context.out)
    print(describe(progress.status()).headline, file=context.out)
    return 0


def set_review_days(args: argparse.Namespace, context: CliContext) -> int:
    try:
        _progress(context).set_review_days(args.days)
    except SetupError as error:
        raise CliError(str(error)) from error
    print(f"Done steps now come up for review every {args.days} days.", file=context.out)
    return 0

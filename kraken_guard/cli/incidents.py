"""Commands for saved calls: list them, and export one as text for a ticket or a report."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kraken_guard.cli.context import CLI, CliContext, CliError
from kraken_guard.core.call.incidents import Incident, IncidentLog
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.language_setting import ENGLISH

IN_ENGLISH = QT_TRANSLATE_NOOP(
    "cli", "The saved call is written in English, so Kraken Support can read it."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    incidents = subparsers.add_parser("incidents", help="list or export the calls you saved")
    commands = incidents.add_subparsers(dest="incidents_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="list saved calls, newest first")
    listing.add_argument("--json", action="store_true", help="print one JSON object")
    listing.set_defaults(handler=list_incidents)

    export = commands.add_parser("export", help="print one call as text to paste in a report")
    export.add_argument(
        "id", type=incident_id, help="the number of the call, from `incidents list`"
    )
    export.add_argument("--out", type=Path, metavar="FILE", help="save the text to FILE instead")
    export.set_defaults(handler=export_incident)


MAX_ID = 2**63 - 1  # the largest number SQLite keeps


def incident_id(text: str) -> int:
    """A call number as `incidents list` shows it: a whole number from 1 up."""
    try:
        number = int(text.strip())
    except ValueError:
        number = 0
    if not 1 <= number <= MAX_ID:
        raise argparse.ArgumentTypeError(
            f"{text[:40]!r} is not the number of a saved call; see them with: incidents list"
        )
    return number


UNREADABLE = (
    "A saved call could not be read: it was changed outside Kraken Guard ({problem}). "
    "Nothing was changed. Remove or fix the data file, or ask for help."
)


def _log(context: CliContext) -> IncidentLog:
    return IncidentLog(context.store(), context.now)


def _summary(incident: Incident) -> dict[str, object]:
    return {
        "id": incident.id,
        "started_at": incident.started_at.isoformat(),
        "ended_at": incident.ended_at.isoformat() if incident.ended_at else None,
        "number_input": incident.number_input,
        "number_e164": incident.number_e164,
        "is_scam": incident.is_scam,
        "answers": dict(incident.answers),
        "notes": incident.notes,
    }


def list_incidents(args: argparse.Namespace, context: CliContext) -> int:
    try:
        incidents = _log(context).list()
        return _print_incidents(args, context, incidents)
    except (ValueError, TypeError, AttributeError, OverflowError) as error:
        raise CliError(UNREADABLE.format(problem=type(error).__name__)) from error


def _print_incidents(
    args: argparse.Namespace, context: CliContext, incidents: list[Incident]
) -> int:
    if args.json:
        print(json.dumps({"incidents": [_summary(i) for i in incidents]}), file=context.out)
        return 0
    if not incidents:
        print("No saved calls yet.", file=context.out)
        return 0
    for incident in incidents:
        number = incident.number_e164 or incident.number_input or "number not known"
        scam = "scam" if incident.is_scam else "not marked as scam"
        print(
            f"{incident.id:4}  {incident.started_at:%Y-%m-%d %H:%M} UTC  {number}  ({scam})",
            file=context.out,
        )
    return 0


def export_incident(args: argparse.Namespace, context: CliContext) -> int:
    try:
        text = _log(context).export(args.id)
    except (ValueError, TypeError, AttributeError, OverflowError) as error:
        raise CliError(UNREADABLE.format(problem=type(error).__name__)) from error
    if text is None:
        raise CliError(
            f"There is no saved call number {args.id}. Run `incidents list` to see them."
        )
    if context.language() != ENGLISH:
        print(context.tr(CLI, IN_ENGLISH), file=context.err)
    if args.out is None:
        print(text, end="", file=context.out)
        return 0
    try:
        args.out.write_text(text, encoding="utf-8")
    except OSError as error:
        raise CliError(
            f"Could not write {args.out} ({error.strerror}). Pick a folder you can write to."
        ) from error
    print(f"Saved call {args.id} to {args.out}.", file=context.out)
    return 0

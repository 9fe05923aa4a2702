"""`verify` and `numbers add|list|remove`: the phone-number check on the command line."""

from __future__ import annotations

import argparse
import contextlib
import textwrap

from kraken_guard.cli.context import CLI, CliContext, CliError, doubt_exit
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.phone.check import (
    CONTEXT as PHONE,
)
from kraken_guard.core.phone.check import (
    REGION_SETTING,
    NumberCheck,
    NumberError,
    ScamReports,
    check_number,
    default_region,
    no_reports,
    normalize_region,
    parse_number,
)
from kraken_guard.core.phone.official_numbers import (
    ADD_CHANGE,
    REMOVE_CHANGE,
    OfficialList,
    OfficialNumber,
    OfficialNumbers,
)
from kraken_guard.core.phone.official_numbers import CONTEXT as NUMBERS
from kraken_guard.core.phone.region_setting import saved_region

# The store, the trust layer and json are imported where used: `verify` with nothing saved
# needs none of them.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from kraken_guard.core.trust.signed_items import TrustedItems

SOURCE = "command line"
READ_AS = QT_TRANSLATE_NOOP("cli", " (read as {number})")
NEXT = QT_TRANSLATE_NOOP("cli", "Next: {step}")
ADDED = QT_TRANSLATE_NOOP("cli", "added {date}")


def scam_reports_for(context: CliContext) -> ScamReports:
    """Where `verify` learns which numbers the person recorded as scam callers: the incident log."""
    from kraken_guard.core.call.scam_reports import last_scam_report

    store = context.store()
    return lambda e164: last_scam_report(store, e164)


def official_numbers_for(context: CliContext) -> tuple[OfficialNumbers, TrustedItems]:
    trusted = context.trusted()
    return OfficialNumbers(trusted), trusted


def region_code(text: str) -> str:
    region = normalize_region(text)
    if region is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a region code; use two letters such as US, GB or DE"
        )
    return region


def register(subparsers: argparse._SubParsersAction) -> None:
    region_help = "country for numbers written without +, such as GB (default: your saved one)"
    verify = subparsers.add_parser(
        "verify",
        help="check if phone numbers are the Kraken Support number you saved",
        description="Check each NUMBER against the official Kraken Support numbers you saved.",
    )
    verify.add_argument("numbers", nargs="+", metavar="NUMBER", help="a number in any format")
    verify.add_argument("--region", type=region_code, help=region_help)
    verify.add_argument("--json", action="store_true", help="print one JSON object per line")
    verify.set_defaults(handler=run_verify)

    numbers = subparsers.add_parser(
        "numbers", help="add, list or remove your official Kraken Support numbers"
    )
    actions = numbers.add_subparsers(dest="numbers_action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help="save the number shown at the bottom of support.kraken.com"
    )
    add.add_argument("number", metavar="NUMBER")
    add.add_argument("--note", default="", help="where you found it")
    add.add_argument("--region", type=region_code, help=region_help)
    add.add_argument("--yes", action="store_true", help="skip the typed confirmation")
    add.set_defaults(handler=run_add)

    listing = actions.add_parser("list", help="show the saved numbers")
    listing.add_argument("--json", action="store_true", help="print one JSON object per line")
    listing.set_defaults(handler=run_list)

    remove = actions.add_parser("remove", help="remove a saved number")
    remove.add_argument("number", metavar="NUMBER")
    remove.add_argument("--region", type=region_code, help=region_help)
    remove.add_argument("--yes", action="store_true", help="skip the typed confirmation")
    remove.set_defaults(handler=run_remove)


def run_verify(args: argparse.Namespace, context: CliContext) -> int:
    reports: ScamReports
    settings = context.untrusted_settings()
    if settings is not None:
        # No key, and no trusted item, record of one or saved call: nothing to check with the
        # key. A check only reads, so it creates no folder and no database (README: "verify").
        region = args.region or normalize_region(settings.get_setting(REGION_SETTING))
        region = region or default_region()
        saved, reports = OfficialList((), ()), no_reports
    else:  # saved numbers are checked with the key, from the keychain
        region = args.region or saved_region(context.store())
        official, _ = official_numbers_for(context)
        saved = official.list()
        reports = scam_reports_for(context)
    if args.json:
        import json
    for text in args.numbers:
        result = check_number(
            text,
            region=region,
            official=saved.e164s(),
            scam_reports=reports,
            tampered=saved.tampered_e164s(),
            unchecked=saved.in_doubt,
            problem=saved.problem,
            date_text=context.long_date,
        )
        if args.json:
            print(json.dumps(_json(result), ensure_ascii=False), file=context.out)
        else:
            print(_text(result, context), file=context.out)
    return doubt_exit(saved.doubt) if saved.in_doubt else 0


def _json(result: NumberCheck) -> dict[str, str | None]:
    return {
        "input": result.input,
        "verdict": str(result.verdict),
        "e164": result.e164,
        "message": result.message(),
    }


def _text(result: NumberCheck, context: CliContext) -> str:
    headline, explanation, next_step = result.translated(lambda t: context.tr(PHONE, t))
    read_as = context.fill(CLI, READ_AS, number=result.display) if result.display else ""
    lines = [f"{result.input.strip()!r}{read_as}", f"  {headline.upper()}"]
    for paragraph in (explanation, context.fill(CLI, NEXT, step=next_step)):
        if result.display:  # keep the number on one line
            paragraph = paragraph.replace(result.display, result.display.replace(" ", "\u00a0"))
        lines += textwrap.wrap(
            paragraph, 76, initial_indent="  ", subsequent_indent="  ", break_on_hyphens=False
        )
    return "\n".join(lines) + "\n"


def run_add(args: argparse.Namespace, context: CliContext) -> int:
    region = args.region or saved_region(context.store())
    try:
        parsed = parse_number(args.number, region)
    except NumberError as error:
        raise CliError(f"{error} Nothing was changed.", exit_code=2) from None
    change = context.fill(NUMBERS, ADD_CHANGE, number=parsed.display)
    context.confirm_guarded(change, assume_yes=args.yes)
    official, _ = official_numbers_for(context)
    official.add(parsed, note=args.note, source=SOURCE)
    print(f"Saved {parsed.display} as an official Kraken Support number.", file=context.out)
    return 0


def run_list(args: argparse.Namespace, context: CliContext) -> int:
    official, trusted = official_numbers_for(context)
    saved = official.list()
    if args.json:
        import json

        groups = (
            ("trusted", saved.numbers),
            ("tampered", saved.tampered),
            ("unchecked", saved.unchecked),
        )
        for status, entries in groups:
            for entry in entries:
                print(json.dumps(_entry_json(entry, status), ensure_ascii=False), file=context.out)
        return 0
    if saved.in_doubt:
        print(
            f"Cannot check: your saved numbers cannot be checked right now. {saved.problem} "
            "Until this is fixed, trust only the number at the bottom of support.kraken.com.",
            file=context.out,
        )
        for entry in saved.unchecked:
            print(_entry_line(entry, context), file=context.out)
        return doubt_exit(saved.doubt) or 1
    if not saved.numbers and not saved.tampered:
        print(
            "No official number saved yet. Open support.kraken.com from your bookmark, copy the "
            "number at the bottom of the page, then run: kraken-guard-cli numbers add NUMBER",
            file=context.out,
        )
        return 0
    for entry in saved.numbers:
        print(_entry_line(entry, context), file=context.out)
    if saved.tampered:
        print(
            "\nChanged outside Kraken Guard, so NOT trusted (remove it, or add the number "
            "again from support.kraken.com):",
            file=context.out,
        )
        for entry in saved.tampered:
            print(_entry_line(entry, context), file=context.out)
    from kraken_guard.core.trust.key_place import Protection

    if trusted.key.protection is Protection.FILE:
        print(
            f"\nNote: {trusted.key.note} The key that protects this list is kept in a file, "
            "which is weaker protection.",
            file=context.out,
        )
    return 0


def _entry_line(entry: OfficialNumber, context: CliContext) -> str:
    origin = ", ".join(part for part in (entry.source, entry.note) if part)
    origin = f" ({origin})" if origin else ""
    added = context.fill(CLI, ADDED, date=context.long_date(entry.added_at))
    return f"  {entry.display}  {added}{origin}"


def _entry_json(entry: OfficialNumber, status: str) -> dict[str, str]:
    return {
        "e164": entry.e164,
        "status": status,
        "note": entry.note,
        "source": entry.source,
        "added_at": entry.added_at.isoformat(),
    }


def run_remove(args: argparse.Namespace, context: CliContext) -> int:
    official, _ = official_numbers_for(context)
    saved = official.list()
    if saved.in_doubt:
        raise CliError(
            "Your saved numbers cannot be checked right now, so nothing was removed. "
            f"{saved.problem}",
            exit_code=doubt_exit(saved.doubt) or 1,
        )
    entries = [*saved.numbers, *saved.tampered]
    wanted = {args.number.strip()}
    # A tampered entry may hold text that is no number at all: it is matched as typed.
    with contextlib.suppress(NumberError):
        wanted.add(parse_number(args.number, args.region or saved_region(context.store())).e164)
    entry = next((e for e in entries if e.e164 in wanted), None)
    if entry is None:
        raise CliError(
            f"{args.number} is not in your saved numbers. "
            "See them with: kraken-guard-cli numbers list"
        )
    change = context.fill(NUMBERS, REMOVE_CHANGE, number=entry.display)
    context.confirm_guarded(change, assume_yes=args.yes)
    official.remove(entry.e164)
    print(f"Removed {entry.display} from your official numbers.", file=context.out)
    return 0

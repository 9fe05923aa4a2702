"""`check TEXT|-`: find and check every number, link, address and handle in a message."""

from __future__ import annotations

import argparse
import json
import textwrap
from functools import cache

from kraken_guard.cli.context import CLI, CliContext
from kraken_guard.cli.numbers import official_numbers_for, region_code, scam_reports_for
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.messages.check import CONTEXT as ITEMS_CONTEXT
from kraken_guard.core.messages.check import KIND_NAMES, MessageCheck, check_message
from kraken_guard.core.messages.summary import ItemResult, Translate, untranslated
from kraken_guard.core.phone.check import NumberCheck, check_number
from kraken_guard.core.phone.region_setting import saved_region
from kraken_guard.core.ts_catalogue import fill

MAX_READ = 1_000_000  # bytes read from standard input; only the start of a text is checked
WIDTH = 76
DO_NOW = QT_TRANSLATE_NOOP("cli", "Do now: {step}")
WHY = QT_TRANSLATE_NOOP("cli", "Why:")
FOUND = QT_TRANSLATE_NOOP("cli", "Found {count} item(s):")


def register(subparsers: argparse._SubParsersAction) -> None:
    check = subparsers.add_parser(
        "check",
        help="check a whole message: its numbers, links, addresses, accounts and what it asks",
        description=(
            "Find every phone number, link, email address and social account in TEXT, check "
            "each, read what the message asks you to do, and give one verdict: scam, "
            "suspicious, no_warning_signs or nothing_to_check."
        ),
    )
    check.add_argument(
        "text", metavar="TEXT", help="the message in quotes, or - to read it from standard input"
    )
    check.add_argument(
        "--region",
        type=region_code,
        help="country for numbers written without +, such as GB (default: your saved one)",
    )
    check.add_argument(
        "--json",
        action="store_true",
        help='print one JSON object per item, then {"summary": {...}} (JSON Lines)',
    )
    check.set_defaults(handler=run_check)


def read_text(args: argparse.Namespace, context: CliContext) -> str:
    if args.text != "-":
        return str(args.text)
    raw = getattr(context.inp, "buffer", None)
    if raw is not None:
        return bytes(raw.read(MAX_READ)).decode("utf-8", errors="replace")
    return str(context.inp.read(MAX_READ))


def run_check(args: argparse.Namespace, context: CliContext) -> int:
    text = read_text(args, context)
    region = args.region or saved_region(context.store())

    @cache
    def saved():  # type: ignore[no-untyped-def]
        official, _ = official_numbers_for(context)
        return official.list(), scam_reports_for(context)

    def number_check(value: str) -> NumberCheck:
        listing, reports = saved()
        return check_number(
            value,
            region=region,
            official=listing.e164s(),
            scam_reports=reports,
            tampered=listing.tampered_e164s(),
            unchecked=bool(listing.unchecked),
        )

    # --json stays English (data for scripts); the text speaks the person's language.
    language = "en" if args.json else context.language()
    result = check_message(
        text,
        region=region,
        check_number=number_check,
        language=language,
        also_regions=lambda: saved()[0].e164s(),
    )
    if args.json:
        for item in result.items:
            print(json.dumps(item_json(item), ensure_ascii=False), file=context.out)
        print(json.dumps(summary_json(result), ensure_ascii=False), file=context.out)
    else:
        print(as_text(result, context.tr), file=context.out)
    return 0


def item_json(item: ItemResult) -> dict[str, object]:
    payload: dict[str, object] = {
        "kind": item.kind.value,
        "text": item.found.text,
        "value": item.found.value,
        "verdict": item.verdict,
        "standing": item.standing.value,
        "label": item.label.render(),
        "reasons": [note.render() for note in item.reasons],
    }
    if item.found.platform:
        payload["platform"] = item.found.platform
    return payload


def summary_json(result: MessageCheck) -> dict[str, object]:
    summary = result.summary
    return {
        "summary": {
            "verdict": summary.verdict.value,
            "headline": summary.headline.render(),
            "do_now": summary.do_now.render(),
            "reasons": [note.render() for note in summary.reasons],
            "requests": [request.rule_id for request in summary.requests],
            "claims_kraken": summary.claims_kraken,
        }
    }


def _wrap(text: str, indent: str = "  ", hang: str = "") -> list[str]:
    return textwrap.wrap(
        text,
        WIDTH,
        initial_indent=indent,
        subsequent_indent=indent + hang,
        break_on_hyphens=False,
    )


def as_text(result: MessageCheck, tr: Translate = untranslated) -> str:
    """What to do now first, then the verdict, why, and each item; in the person's language."""
    summary = result.summary
    lines = _wrap(fill(tr, CLI, DO_NOW, step=summary.do_now.render(tr)), "", "  ")
    lines.append(f"{summary.headline.render(tr).upper()} ({summary.verdict.value})")
    if summary.reasons:
        lines.append(tr(CLI, WHY))
        for note in summary.reasons:
            lines += _wrap("- " + note.render(tr), "  ", "  ")
    if result.items:
        lines.append(fill(tr, CLI, FOUND, count=len(result.items)))
    for item in result.items:
        kind = tr(ITEMS_CONTEXT, KIND_NAMES[item.kind])
        lines.append(f"  {kind}: {item.found.text}  ->  {item.label.render(tr)}")
        for note in item.reasons:
            lines += _wrap("- " + note.render(tr), "      ", "  ")
    return "\n".join(lines)

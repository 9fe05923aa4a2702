"""Commands for email: check whether an email is really from Kraken, and add Kraken's PGP key."""

from __future__ import annotations

import argparse
import json
import textwrap
from pathlib import Path

from kraken_guard.cli.context import CLI, CliContext, CliError
from kraken_guard.core.call.incidents import IncidentLog
from kraken_guard.core.content import load_content
from kraken_guard.core.email.pgp_signature import (
    CONTENT_NAME as KEY_CONTENT,
)
from kraken_guard.core.email.pgp_signature import (
    KeyFileError,
    KrakenKeys,
    add_change_text,
    parse_fingerprint,
    pin_change_text,
    read_key_file,
    spaced,
    unpin_change_text,
)
from kraken_guard.core.email.reading import (
    MAX_BYTES,
    EmailReadError,
    ReadEmail,
    read_email,
    read_email_file,
)
from kraken_guard.core.email.reasons import REASON_CONTEXTS, Translate
from kraken_guard.core.email.verdict import EmailCheck, EmailVerdict, check_email
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.phone.official_numbers import OfficialNumbers
from kraken_guard.core.phone.region_setting import saved_region

SOURCE = "command line"
VERDICT_WORDS = {
    EmailVerdict.SIGNED_BY_KRAKEN: QT_TRANSLATE_NOOP("cli", "SIGNED BY KRAKEN"),
    EmailVerdict.PASSED_PROVIDER_CHECKS: QT_TRANSLATE_NOOP(
        "cli", "PASSED YOUR MAIL SERVICE'S CHECKS (strong, not proof)"
    ),
    EmailVerdict.NOT_FROM_KRAKEN: QT_TRANSLATE_NOOP("cli", "NOT FROM KRAKEN"),
    EmailVerdict.CANNOT_TELL: QT_TRANSLATE_NOOP("cli", "CANNOT TELL"),
}
SENDER = QT_TRANSLATE_NOOP("cli", "Sender: {address}")
WHY = QT_TRANSLATE_NOOP("cli", "Why:")
CHECKED = QT_TRANSLATE_NOOP("cli", "Checked in the email:")
NOT_KRAKEN = QT_TRANSLATE_NOOP("cli", "NOT KRAKEN")


def register(subparsers: argparse._SubParsersAction) -> None:
    check = subparsers.add_parser(
        "check-email",
        help="check if an email is really from Kraken (a saved .eml file, or - for pasted text)",
        description=(
            "Check a saved email (.eml) or its full source on standard input (-). Nothing is "
            "sent anywhere."
        ),
    )
    check.add_argument("file", metavar="FILE", help="the .eml file, or - to read standard input")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.set_defaults(handler=run_check)

    key = subparsers.add_parser("kraken-key", help="add, show or remove Kraken's PGP email key")
    actions = key.add_subparsers(dest="key_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add the key file downloaded from Kraken's site")
    add.add_argument("file", type=Path, metavar="FILE")
    add.add_argument("--yes", action="store_true", help="skip the typed confirmation")
    add.set_defaults(handler=run_key_add)
    show = actions.add_parser("show", help="show the pinned fingerprint and whether it is added")
    show.set_defaults(handler=run_key_show)
    remove = actions.add_parser("remove", help="remove the saved key")
    remove.add_argument("--yes", action="store_true", help="skip the typed confirmation")
    remove.set_defaults(handler=run_key_remove)
    pin = actions.add_parser(
        "pin", help="trust a new fingerprint, read yourself on Kraken's PGP signatures page"
    )
    pin.add_argument("fingerprint", metavar="FINGERPRINT", help="40 hex digits, spaces allowed")
    pin.add_argument("--yes", action="store_true", help="skip the typed confirmation")
    pin.set_defaults(handler=run_key_pin)
    unpin = actions.add_parser("unpin", help="go back to the fingerprint shipped with the app")
    unpin.add_argument("--yes", action="store_true", help="skip the typed confirmation")
    unpin.set_defaults(handler=run_key_unpin)


def check_with_saved_data(read: ReadEmail, context: CliContext) -> EmailCheck:
    """Check an email with what the person saved: numbers, scam reports and Kraken's key."""
    trusted = context.trusted()
    numbers = OfficialNumbers(trusted).list()
    keys = KrakenKeys(trusted)
    pinned = keys.pinned()
    return check_email(
        read,
        region=saved_region(context.store()),
        official_numbers=numbers.e164s(),
        tampered_numbers=numbers.tampered_e164s(),
        scam_reports=IncidentLog(context.store(), context.now).scam_report_for,
        kraken_keys=keys.saved(pinned),
        pinned=pinned,
        language=context.language(),
    )


def run_check(args: argparse.Namespace, context: CliContext) -> int:
    try:
        if args.file == "-":
            read = read_email(_stdin_bytes(context))
        else:
            read = read_email_file(Path(args.file))
    except EmailReadError as error:
        message = error.reason + (f" {error.next_step}" if error.next_step else "")
        if args.json:
            payload: dict[str, object] = {
                "verdict": None,
                "error": message,
                "reasons": [],
                "findings": [],
            }
            print(json.dumps(payload, ensure_ascii=False), file=context.out)
        raise CliError(message, exit_code=2) from None
    result = check_with_saved_data(read, context)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2), file=context.out)
    else:
        print(_text(result, context), file=context.out)
    return 0


def _stdin_bytes(context: CliContext) -> bytes:
    binary = getattr(context.inp, "buffer", None)
    if binary is not None:
        return bytes(binary.read(MAX_BYTES + 1))
    return context.inp.read(MAX_BYTES + 1).encode("utf-8", "surrogateescape")


def _wrap(text: str, indent: str = "  ") -> list[str]:
    return textwrap.wrap(text, 78, initial_indent=indent, subsequent_indent=indent + "  ")


def email_translator(context: CliContext) -> Translate:
    """A core email string in the person's language, from whichever context holds it."""

    def translate(text: str) -> str:
        for name in REASON_CONTEXTS:
            done = context.tr(name, text)
            if done != text:
                return done
        return text

    return translate


def _text(result: EmailCheck, context: CliContext) -> str:
    """What to do now first, then the verdict, the sender, why, and each item checked."""
    translate = email_translator(context)
    lines = [*_wrap(result.headline(translate), ""), context.tr(CLI, VERDICT_WORDS[result.verdict])]
    if result.sender:
        lines.append(context.fill(CLI, SENDER, address=result.sender))
    lines.append(context.tr(CLI, WHY))
    for text in result.reason_texts(translate):
        lines += _wrap("- " + text)
    if result.findings:
        lines.append(context.tr(CLI, CHECKED))
        for finding in result.findings:
            mark = context.tr(CLI, NOT_KRAKEN) if finding.decisive else finding.verdict
            lines += _wrap(f"- {finding.kind} {finding.value}: {mark}")
            for why in finding.reasons[:2]:
                lines += _wrap(why.render(translate), "      ")
    return "\n".join(lines) + "\n"


def run_key_add(args: argparse.Namespace, context: CliContext) -> int:
    try:
        with args.file.open("rb") as handle:
            data = handle.read(2 * 1024 * 1024)
    except OSError as error:
        raise CliError(
            f"{args.file} could not be opened ({error.strerror}). Check the name.", 2
        ) from None
    keys = KrakenKeys(context.trusted())
    try:
        key = read_key_file(data, keys.pinned())
    except KeyFileError as error:
        raise CliError(f"{error} Nothing was changed.", exit_code=2) from None
    context.confirm_guarded(add_change_text(key), assume_yes=args.yes)
    keys.add(key, source=SOURCE)
    print(f"Saved Kraken's key {spaced(key.fingerprint)}.", file=context.out)
    return 0


def run_key_show(args: argparse.Namespace, context: CliContext) -> int:
    keys = KrakenKeys(context.trusted())
    pinned = keys.pinned()
    content = load_content(KEY_CONTENT)
    saved = keys.saved(pinned)
    print(f"Kraken's fingerprint: {spaced(pinned)}", file=context.out)
    if pinned != keys.shipped:
        print(
            f"  (pinned by you; the one shipped with the app is {spaced(keys.shipped)})",
            file=context.out,
        )
    print(
        f"  (from {content.extra.get('source', '')}; reviewed {content.reviewed})", file=context.out
    )
    print(f"Get the key from: {content.extra.get('key_page', '')}", file=context.out)
    print(
        "Added: yes" if saved else "Added: no (kraken-guard-cli kraken-key add FILE)",
        file=context.out,
    )
    return 0


def run_key_remove(args: argparse.Namespace, context: CliContext) -> int:
    keys = KrakenKeys(context.trusted())
    pinned = keys.pinned()
    context.confirm_guarded(f"Remove Kraken's email key {spaced(pinned)}.", assume_yes=args.yes)
    if not keys.remove(pinned):
        raise CliError("Kraken's key was not added, so nothing was removed.", exit_code=1)
    print("Removed Kraken's key.", file=context.out)
    return 0


def run_key_pin(args: argparse.Namespace, context: CliContext) -> int:
    try:
        fingerprint = parse_fingerprint(args.fingerprint)
    except KeyFileError as error:
        raise CliError(f"{error} Nothing was changed.", exit_code=2) from None
    keys = KrakenKeys(context.trusted())
    if fingerprint == keys.pinned():
        print(f"{spaced(fingerprint)} is already the fingerprint in force.", file=context.out)
        return 0
    context.confirm_guarded(pin_change_text(fingerprint), assume_yes=args.yes)
    keys.pin(fingerprint, source=SOURCE)
    print(f"Kraken's email key must now have fingerprint {spaced(fingerprint)}.", file=context.out)
    return 0


def run_key_unpin(args: argparse.Namespace, context: CliContext) -> int:
    keys = KrakenKeys(context.trusted())
    if keys.pinned() == keys.shipped:
        print("The fingerprint shipped with Kraken Guard is already in force.", file=context.out)
        return 0
    context.confirm_guarded(unpin_change_text(keys.shipped), assume_yes=args.yes)
    keys.unpin()
    print(f"Back to the shipped fingerprint {spaced(keys.shipped)}.", file=context.out)
    return 0

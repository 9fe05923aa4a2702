"""`trust status` and `trust reset-key`: how the saved numbers and bookmarks are protected."""

from __future__ import annotations

import argparse

from kraken_guard.cli.context import CliContext, CliError, doubt_exit
from kraken_guard.core.trust.guarded_change import CONFIRM_WORD, confirms
from kraken_guard.core.trust.signed_items import Protection, replace_key


def register(subparsers: argparse._SubParsersAction) -> None:
    trust = subparsers.add_parser(
        "trust", help="see how your saved numbers and bookmarks are protected, or start again"
    )
    actions = trust.add_subparsers(dest="trust_action", metavar="ACTION", required=True)
    status = actions.add_parser("status", help="show where the key is kept and any problem")
    status.set_defaults(handler=show_trust)
    reset = actions.add_parser(
        "reset-key",
        help="make a new key and remove every saved number and bookmark (asks you to type "
        f"{CONFIRM_WORD})",
    )
    reset.set_defaults(handler=reset_key)


def show_trust(args: argparse.Namespace, context: CliContext) -> int:
    trusted = context.trusted()
    everything = trusted.check()
    if everything.problem:
        print(f"Cannot check: {everything.problem}", file=context.out)
        return doubt_exit(everything.doubt)
    status = trusted.status()
    if status.protection is Protection.FILE:
        print(f"The key is kept in a file (weaker protection). {status.note}", file=context.out)
    else:
        print("The key is kept in your system keychain.", file=context.out)
    print(
        f"Saved items that check out: {len(everything.items)}. "
        f"Changed outside Kraken Guard: {len(everything.tampered)}.",
        file=context.out,
    )
    return 1 if everything.tampered else 0


def reset_key(args: argparse.Namespace, context: CliContext) -> int:
    trusted = context.trusted()
    saved = trusted.check()
    everything = (*saved.items, *saved.tampered, *saved.unchecked)
    print(
        "Stop if anyone asked you to do this. Kraken will never ask you to reset anything.\n"
        "This makes a new key and removes every saved number and bookmark"
        f" ({len(everything)}). You then add them again yourself, from support.kraken.com.",
        file=context.err,
    )
    for item in everything:
        print(f"  {item.kind}: {item.value}", file=context.err)
    print(
        f"Type {CONFIRM_WORD} to show you are doing this yourself, not because someone asked.",
        file=context.err,
    )
    print("> ", end="", file=context.err, flush=True)
    if not confirms(context.inp.readline()):
        raise CliError("Nothing was changed.")
    removed = trusted.start_over(replace_key(context.paths.key_file))
    print(
        f"Done: a new key was made and {len(removed)} saved items were removed. "
        "Add Kraken's number again from the bottom of support.kraken.com: "
        "kraken-guard-cli numbers add NUMBER",
        file=context.out,
    )
    return 0

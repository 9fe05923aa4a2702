"""The command line loads only the command it runs, so a quick `verify` stays quick."""

from __future__ import annotations

import argparse
import ast
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kraken_guard.cli import (
    COMMAND_MODULES,
    build_parser,
    command_module,
    help_formatter,
    main,
    terminal_columns,
)


def registered_commands(module: str) -> set[str]:
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers()
    command_module(module).register(subparsers)
    return set(subparsers.choices)


def test_the_command_table_names_exactly_what_each_module_registers() -> None:
    for module in set(COMMAND_MODULES.values()):
        expected = {name for name, owner in COMMAND_MODULES.items() if owner == module}
        assert registered_commands(module) == expected, module


def test_help_still_lists_every_command() -> None:
    out = io.StringIO()
    assert main(["--help"], stdout=out) == 0
    for name in COMMAND_MODULES:
        assert name in out.getvalue()


def test_verify_loads_no_other_command_no_keyring_and_no_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from kraken_guard.cli import main; "
        "main(['verify', '+14155550100']); "
        "print(sorted(m for m in sys.modules if m.startswith(('kraken_guard.cli.', 'keyring', "
        "'PySide6', 'kraken_guard.core.setup', 'kraken_guard.core.links'))))"
    )
    env = {**os.environ, "KRAKEN_GUARD_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    loaded = set(ast.literal_eval(result.stdout.strip().splitlines()[-1]))
    commands = {f"kraken_guard.cli.{name}" for name in COMMAND_MODULES.values()}
    assert loaded & commands == {"kraken_guard.cli.numbers"}
    assert not any(name.startswith(("keyring", "PySide6", "kraken_guard.core.")) for name in loaded)


# What `verify` with nothing saved must not load, and why: there is no store to open, no key to
# reach and no signature to check, and each of these costs a quick check milliseconds.
NOT_FOR_A_CHECK_WITH_NOTHING_SAVED = {
    "keyring": "the keychain is reached only when something was saved",
    "kraken_guard.core.trust.signed_items": "no saved item, so no signature to check",
    "kraken_guard.core.trust.key_place": "no key to find",
    "hashlib": "no signature to check",
    "secrets": "no key to make",
    "kraken_guard.core.store": "no database to open or create",
    "sqlite3": "no database to open or create",
    "logging": "nothing is logged",
    "json": "text output",
    # Costly for a quick check that needs none of them (core/values.py replaces dataclasses on
    # this path; type hints stay under TYPE_CHECKING; dates appear only with a scam report).
    "dataclasses": "~7 ms with inspect, ast and dis",
    "typing": "~3 ms, for type hints only",
    "datetime": "no scam report to date",
    "shutil": "~2 ms with zlib, bz2 and lzma; argparse wanted only the terminal width",
    # With KRAKEN_GUARD_HOME, as here; without it platformdirs loads pathlib anyway.
    "pathlib": "~4 ms with urllib.parse and ipaddress, to look for five files",
}


def test_verify_with_nothing_saved_loads_no_store_no_trust_layer_and_nothing_costly(
    tmp_path: Path,
) -> None:
    code = (
        "import sys; from kraken_guard.cli import main; "
        "main(['verify', '+14155550100']); "
        f"print(sorted(m for m in {sorted(NOT_FOR_A_CHECK_WITH_NOTHING_SAVED)!r} "
        "if m in sys.modules))"
    )
    env = {**os.environ, "KRAKEN_GUARD_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    loaded = ast.literal_eval(result.stdout.strip().splitlines()[-1])
    assert {name: NOT_FOR_A_CHECK_WITH_NOTHING_SAVED[name] for name in loaded} == {}
    assert not (tmp_path / "home").exists()


@pytest.mark.parametrize("columns", ["37", "132", "", "not a number", "-5"])
def test_help_is_as_wide_as_argparse_makes_it(
    columns: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    monkeypatch.setenv("COLUMNS", columns)
    assert terminal_columns() == shutil.get_terminal_size().columns
    ours, theirs = help_formatter("kraken-guard-cli"), argparse.HelpFormatter("kraken-guard-cli")
    assert (ours._width, ours._max_help_position) == (theirs._width, theirs._max_help_position)


def test_every_subparser_uses_the_same_formatter() -> None:
    parser = build_parser()
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        for sub in action.choices.values():  # type: ignore[union-attr]
            assert sub.formatter_class is help_formatter

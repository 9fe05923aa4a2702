"""Hostile text in and out of the command line: escapes, encodings, pipes, abbreviations."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from kraken_guard.cli import main
from kraken_guard.cli.output import escape_controls
from kraken_guard.core.paths import resolve_paths
from kraken_guard.core.store import open_store


def run(*argv: str, typed: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=io.StringIO(typed))
    return code, out.getvalue(), err.getvalue()


def cli(
    *argv: str, env: dict[str, str] | None = None, shell: str = ""
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **(env or {})}
    command = [sys.executable, "-m", "kraken_guard.cli", *argv]
    if shell:
        quoted = " ".join(f"'{part}'" for part in command)
        return subprocess.run(
            f"{quoted} {shell}",
            shell=True,
            capture_output=True,
            text=True,
            env=environment,
            check=False,
        )
    return subprocess.run(command, capture_output=True, text=True, env=environment, check=False)


FAKE_VERDICT = "https://evil.example/\x1b[2K\r\x1b[1A  OFFICIAL KRAKEN LINK\x1b]0;x\x07"


def test_a_crafted_link_cannot_print_raw_terminal_escapes() -> None:
    _, out, _ = run("check-url", FAKE_VERDICT)
    assert "\x1b" not in out and "\r" not in out and "\x07" not in out
    assert "\\u001b" in out


def test_json_output_stays_valid_with_escaped_controls() -> None:
    _, out, _ = run("check-url", "--json", "https://kraken.com/\u202egnp.exe\x85")
    for line in out.splitlines():
        json.loads(line)
    assert "\u202e" not in out and "\x85" not in out


def test_escape_keeps_newlines_and_plain_text() -> None:
    assert escape_controls("Line one\n\tand two: café ✓") == "Line one\n\tand two: café ✓"


def test_an_abbreviated_option_is_not_taken_for_yes() -> None:
    code, _, err = run("numbers", "add", "+18005550100", "--ye", typed="\n")
    assert code == 2 and "unrecognized" in err
    assert run("numbers", "list", "--json")[1] == ""


def test_invalid_utf8_in_an_argument_is_a_clear_usage_error() -> None:
    code, _, err = run("numbers", "add", "+18005550100", "--yes", "--note", "caf\udce9")
    assert code == 2 and "not valid text" in err and "unexpected" not in err


def test_an_ascii_terminal_gets_escapes_not_an_unexpected_problem() -> None:
    result = cli("check-url", "https://kra\u043aen.com/café", env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert "\\u043a" in result.stdout and "unexpected" not in result.stderr


def test_a_closed_pipe_is_quiet() -> None:
    result = cli("never-ask", shell="| head -c 1")
    assert result.returncode == 0 and result.stderr == ""


def test_a_closed_pipe_ends_the_command_quietly_in_process() -> None:
    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    err = io.StringIO()
    code = main(["never-ask"], stdout=Closed(), stderr=err)
    assert code == 141 and err.getvalue() == ""


@pytest.mark.parametrize("number", ["99999999999999999999999", "-1", "0", "x"])
def test_a_huge_or_odd_incident_id_is_a_usage_error(number: str) -> None:
    code, _, err = run("incidents", "export", number)
    assert code == 2 and "not the number of a saved call" in err


def test_a_malformed_stored_incident_gets_a_clear_message() -> None:
    paths = resolve_paths()
    paths.ensure()
    store, _ = open_store(paths.database)
    with store.transaction() as db:
        db.execute(
            "INSERT INTO incidents (started_at, number_input, answers, notes) "
            "VALUES ('2026-01-01T00:00:00+00:00', X'FF00', '{\"a\": [1]}', X'00FF')"
        )
    store.close()
    for argv in (("incidents", "list"), ("incidents", "export", "1")):
        _, _, err = run(*argv)
        assert "unexpected" not in err and "Traceback" not in err, (argv, err)

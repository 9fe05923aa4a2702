"""`kraken-guard-cli check`: one paste, every item checked, one verdict; JSON Lines for scripts."""

import io
import json
import subprocess
import sys
from pathlib import Path

from kraken_guard.cli import main

SCAM = "Kraken Support: call +1 (888) 555-0142 or DM @KrakenHelpDesk, and read me the 2FA code."


def run(*argv: str, typed: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=io.StringIO(typed))
    return code, out.getvalue(), err.getvalue()


def test_check_prints_the_verdict_first_then_what_to_do_then_each_item() -> None:
    code, out, _ = run("check", SCAM)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "THIS IS A SCAM (scam)"
    assert lines[1].startswith("  Do now: Stop now.")
    assert "They ask for a code" in out
    assert "Phone number: +1 (888) 555-0142" in out
    assert "Account: @KrakenHelpDesk  ->  Pretends to be Kraken" in out


def test_json_lines_one_object_per_item_then_the_summary(isolated_home: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kraken_guard.cli", "check", "--json", "--region", "GB", "-"],
        input=SCAM.encode(),
        capture_output=True,
        check=True,
    )
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [row.get("kind") for row in rows[:-1]] == ["number", "handle"]
    assert rows[1]["standing"] == "imitates"
    summary = rows[-1]["summary"]
    assert summary["verdict"] == "scam"
    assert "share_code" in summary["requests"]
    assert summary["reasons"][0].startswith("They ask for a code")


def test_the_saved_official_number_is_used() -> None:
    assert run("numbers", "add", "+1 800 555 0100", "--yes")[0] == 0
    code, out, _ = run("check", "--json", "Kraken support: call +1 800 555 0100")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0]["verdict"] == "official"
    assert rows[-1]["summary"]["verdict"] == "no_warning_signs"


def test_binary_junk_on_standard_input_gets_an_answer(isolated_home: Path) -> None:
    junk = bytes(range(256)) * 4000 + b"\xff\xfe\x00"
    result = subprocess.run(
        [sys.executable, "-m", "kraken_guard.cli", "check", "--json", "-"],
        input=junk,
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout.decode().splitlines()[-1])["summary"]
    assert summary["verdict"] in {"scam", "suspicious", "no_warning_signs", "nothing_to_check"}


def test_nothing_to_check_says_what_to_paste() -> None:
    code, out, _ = run("check", "hello there")
    assert code == 0
    assert out.startswith("NOTHING TO CHECK (nothing_to_check)")
    assert "Paste the whole message" in out


def test_a_bad_region_is_refused_plainly() -> None:
    code, _, err = run("check", "--region", "XX", "hi")
    assert code == 2
    assert "not a region code" in err

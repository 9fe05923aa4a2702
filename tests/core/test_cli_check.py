"""`kraken-guard-cli check`: one paste, every item checked, one verdict; JSON Lines for scripts."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kraken_guard.cli import main

SCAM = "Kraken Support: call +1 (888) 555-0142 or DM @KrakenHelpDesk, and read me the 2FA code."


def run(*argv: str, typed: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=io.StringIO(typed))
    return code, out.getvalue(), err.getvalue()


def test_check_prints_what_to_do_first_then_the_verdict_then_each_item() -> None:
    code, out, _ = run("check", SCAM)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Do now: Stop now.")
    verdict = next(i for i, line in enumerate(lines) if line == "THIS IS A SCAM (scam)")
    assert all(line.startswith("  ") for line in lines[1:verdict])  # the action, wrapped
    assert lines[verdict + 1] == "Why:"
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


def test_a_number_written_as_in_a_saved_numbers_country_is_found() -> None:
    assert run("numbers", "add", "+44 20 7946 0100", "--yes")[0] == 0
    code, out, _ = run("check", "--json", "--region", "US", "Kraken support: 020 7946 0100")
    first = json.loads(out.splitlines()[0])
    assert (code, first["kind"], first["verdict"]) == (0, "number", "official")


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
    assert out.startswith("Do now: Paste the whole message")
    assert "NOTHING TO CHECK (nothing_to_check)" in out


def test_every_line_of_the_text_answer_goes_through_the_translator() -> None:
    from kraken_guard.cli.check import as_text
    from kraken_guard.core.messages.check import check_message
    from kraken_guard.core.phone.check import check_number

    result = check_message(
        SCAM, region="US", check_number=lambda v: check_number(v, region="US", official=())
    )

    def shout(context: str, text: str) -> str:
        return "<" + text.upper() + ">" if "{" not in text else "<" + text + ">"

    out = as_text(result, shout)
    lines = out.splitlines()
    assert lines[0].startswith("<Do now: <STOP NOW.")
    assert "<WHY:>" in lines
    assert "<Found 2 item(s):>" in lines
    assert "  <PHONE NUMBER>: +1 (888) 555-0142  ->  <CANNOT COMPARE YET>" in lines
    assert any(line.startswith("  - <<THEY ASK FOR A CODE>: <KRAKEN NEVER") for line in lines)


def test_check_answers_in_the_persons_language(
    monkeypatch: pytest.MonkeyPatch, isolated_home: Path
) -> None:
    monkeypatch.setenv("KRAKEN_GUARD_LANG", "de")
    seen: list[tuple[str, str]] = []

    def translator(language: str):  # type: ignore[no-untyped-def]
        def translate(context: str, text: str) -> str:
            seen.append((context, text))
            return text

        return translate

    monkeypatch.setattr("kraken_guard.cli.context.translator_for", translator)
    run("check", SCAM)
    contexts = {context for context, _ in seen}
    assert {"cli", "message_summary", "message_items"} <= contexts
    assert ("cli", "Why:") in seen


def test_a_bad_region_is_refused_plainly() -> None:
    code, _, err = run("check", "--region", "XX", "hi")
    assert code == 2
    assert "not a region code" in err

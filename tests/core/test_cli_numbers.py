import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kraken_guard.cli import main
from kraken_guard.core.paths import AppPaths

KEYS = {"input", "verdict", "e164", "message"}


def cli(*argv: str, typed: str = "") -> subprocess.CompletedProcess[str]:
    """The real command line in a subprocess, with no keychain (the key goes to a file)."""
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run(
        [sys.executable, "-m", "kraken_guard.cli", *argv],
        input=typed,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def run(*argv: str, typed: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=io.StringIO(typed))
    return code, out.getvalue(), err.getvalue()


def json_lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_verify_json_lines_one_object_per_input() -> None:
    result = cli("verify", "--json", "+1 800 555 0100", "hello", "0044 20 7946 0958")
    assert result.returncode == 0, result.stderr
    rows = json_lines(result.stdout)
    assert [set(row) for row in rows] == [KEYS] * 3
    assert [row["input"] for row in rows] == ["+1 800 555 0100", "hello", "0044 20 7946 0958"]
    verdicts = [row["verdict"] for row in rows]
    assert verdicts == ["no_official_number", "invalid", "no_official_number"]
    assert [row["e164"] for row in rows] == ["+18005550100", None, "+442079460958"]
    assert "bottom of support.kraken.com" in str(rows[0]["message"])


def test_add_then_verify_in_any_format_through_the_real_cli() -> None:
    added = cli("numbers", "add", "(800) 555-0100", "--note", "bottom of the page", "--yes")
    assert added.returncode == 0, added.stderr
    assert "Kraken will never ask you" in added.stderr  # the warning shows even with --yes
    result = cli("verify", "--json", "tel:+1-800-555-0100", "1-800-KRAKEN1")
    assert [row["verdict"] for row in json_lines(result.stdout)] == ["official", "not_official"]
    listed = cli("numbers", "list", "--json")
    (entry,) = json_lines(listed.stdout)
    assert entry["e164"] == "+18005550100" and entry["status"] == "trusted"
    assert entry["note"] == "bottom of the page" and entry["source"] == "command line"


@pytest.mark.parametrize(
    "argv, words",
    [
        (["verify"], "NUMBER"),
        (["verify", "--region", "XX", "123"], "not a region code"),
        (["numbers"], "ACTION"),
        (["numbers", "add", "12", "--yes"], "too few digits"),
    ],
)
def test_usage_errors_exit_2_with_a_helpful_message(argv: list[str], words: str) -> None:
    result = cli(*argv)
    assert result.returncode == 2
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_add_is_refused_without_the_word(paths: AppPaths) -> None:
    code, _, err = run("numbers", "add", "+1 800 555 0100", typed="yes\n")
    assert code == 1
    assert "+1 800-555-0100" in err  # the number is shown as parsed before asking
    assert "Nothing was changed" in err
    assert run("numbers", "list", "--json")[1] == ""


def test_add_is_accepted_with_the_word() -> None:
    code, out, _ = run("numbers", "add", "+1 800 555 0100", typed="MYSELF\n")
    assert code == 0 and "Saved +1 800-555-0100" in out
    assert json_lines(run("numbers", "list", "--json")[1])[0]["e164"] == "+18005550100"


def test_remove_is_guarded_too() -> None:
    run("numbers", "add", "+1 800 555 0100", "--yes")
    assert run("numbers", "remove", "8005550100", "--region", "US", typed="no\n")[0] == 1
    code, out, _ = run("numbers", "remove", "8005550100", "--region", "US", typed="myself\n")
    assert code == 0 and "Removed" in out
    code, _, err = run("numbers", "remove", "8005550100", "--region", "US", "--yes")
    assert code == 1 and "not in your saved numbers" in err


def test_a_swapped_number_is_reported_and_not_official(paths: AppPaths) -> None:
    run("numbers", "add", "+1 800 555 0100", "--yes")
    outside = sqlite3.connect(paths.database)
    outside.execute("UPDATE trusted_items SET value = '+18885550123' WHERE kind = 'phone'")
    outside.commit()
    outside.close()
    _, out, _ = run("numbers", "list")
    assert "NOT trusted" in out and "+1 888-555-0123" in out
    _, out, _ = run("verify", "--json", "+1 888 555 0123")
    (row,) = json_lines(out)
    assert row["verdict"] == "not_official"
    assert "changed outside Kraken Guard" in str(row["message"])
    code, out, _ = run("numbers", "remove", "+18885550123", "--yes")
    assert code == 0


def test_list_says_how_to_start_when_empty() -> None:
    code, out, _ = run("numbers", "list")
    assert code == 0 and "numbers add" in out and "support.kraken.com" in out


def test_text_output_names_the_verdict_and_next_step() -> None:
    code, out, _ = run("verify", "--region", "GB", "020 7946 0958")
    assert code == 0
    assert "+44\u00a020\u00a07946\u00a00958" in out  # kept on one line when wrapped
    assert "Next: Later, when no one is on the phone" in out


def test_the_saved_region_is_used_for_national_numbers(isolated_home: Path) -> None:
    from kraken_guard.core.paths import resolve_paths
    from kraken_guard.core.phone.region_setting import save_region
    from kraken_guard.core.store import open_store

    found = resolve_paths()
    found.ensure()
    store, _ = open_store(found.database)
    save_region(store, "GB")
    store.close()
    _, out, _ = run("verify", "--json", "020 7946 0958")
    assert json_lines(out)[0]["e164"] == "+442079460958"


def test_verify_imports_neither_qt_nor_keyring_when_nothing_is_saved() -> None:
    code = (
        "import io, sys\n"
        "from kraken_guard.cli import main\n"
        "assert main(['verify', '+1 800 555 0100'], stdout=io.StringIO()) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'keyring'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_verify_reports_a_number_saved_as_a_scam_caller_in_the_incident_log(
    paths: AppPaths,
) -> None:
    from datetime import UTC, datetime

    from kraken_guard.core.call.incidents import IncidentDraft, IncidentLog
    from kraken_guard.core.store import open_store

    store, _ = open_store(paths.database)
    when = datetime(2026, 11, 20, 15, 30, tzinfo=UTC)
    IncidentLog(store, lambda: when).save(
        IncidentDraft(
            started_at=when, number_input="202 555 0144", number_e164="+12025550144", is_scam=True
        )
    )
    store.close()
    code, out, _ = run("verify", "--json", "--region", "US", "(202) 555-0144", "+1 202 555 0145")
    assert code == 0
    rows = json_lines(out)
    assert [row["verdict"] for row in rows] == ["reported_scam", "no_official_number"]
    assert "20 November 2026" in str(rows[0]["message"]) or "2026-11-20" in str(rows[0]["message"])


def test_list_and_remove_say_when_saved_numbers_cannot_be_checked(
    paths: AppPaths, memory_keyring
) -> None:
    from keyring import errors

    assert run("numbers", "add", "+1 800 555 0100", "--yes")[0] == 0
    memory_keyring.fail_with = errors.KeyringLocked()
    code, out, _ = run("numbers", "list")
    assert code == 3, "exit code 3: the key cannot be reached"
    assert "cannot be checked right now" in out and "No official number saved" not in out
    code, out, _ = run("numbers", "list", "--json")
    assert [row["status"] for row in json_lines(out)] == ["unchecked"]
    code, _, err = run("numbers", "remove", "+1 800 555 0100", "--yes")
    assert code == 3 and "nothing was removed" in err

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kraken_guard.core.call.checklist import CallAnswers
from kraken_guard.core.call.incidents import IncidentDraft, IncidentLog, export_text
from kraken_guard.core.paths import HOME_VARIABLE
from kraken_guard.core.store import Store

START = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kraken_guard.cli", *argv],
        capture_output=True,
        text=True,
        env={**os.environ},
        check=False,
    )


def save_one(store: Store) -> int:
    draft = IncidentDraft(
        started_at=START,
        ended_at=START + timedelta(minutes=3),
        number_input="+1 555 010 4477",
        number_e164="+15550104477",
        is_scam=True,
        answers=CallAnswers(False, None, frozenset({"master_key"})),
        notes="Wanted my Master Key.",
    )
    return IncidentLog(store).save(draft).id


def test_list_json_and_export_round_trip(store: Store, tmp_path: Path) -> None:
    assert HOME_VARIABLE in os.environ
    incident_id = save_one(store)

    listed = cli("incidents", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    [entry] = json.loads(listed.stdout)["incidents"]
    assert entry["id"] == incident_id
    assert entry["number_e164"] == "+15550104477"
    assert entry["is_scam"] is True
    assert entry["answers"]["asked_for"] == ["master_key"]

    printed = cli("incidents", "export", str(incident_id))
    assert printed.returncode == 0
    assert printed.stdout == export_text(IncidentLog(store).get(incident_id))  # type: ignore[arg-type]
    assert "Your Master Key" in printed.stdout

    out = tmp_path / "report.txt"
    saved = cli("incidents", "export", str(incident_id), "--out", str(out))
    assert saved.returncode == 0
    assert out.read_text(encoding="utf-8") == printed.stdout


def test_plain_list_and_empty_list(store: Store) -> None:
    empty = cli("incidents", "list")
    assert empty.returncode == 0 and "No saved calls yet" in empty.stdout
    save_one(store)
    listed = cli("incidents", "list")
    assert "+15550104477" in listed.stdout and "scam" in listed.stdout


def test_unknown_id_says_what_to_do(store: Store) -> None:
    result = cli("incidents", "export", "42")
    assert result.returncode == 1
    assert "incidents list" in result.stderr
    assert "Traceback" not in result.stderr


def test_unwritable_file_is_a_clear_error(store: Store, tmp_path: Path) -> None:
    incident_id = save_one(store)
    result = cli("incidents", "export", str(incident_id), "--out", str(tmp_path / "no" / "x.txt"))
    assert result.returncode == 1
    assert "Could not write" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_id_is_a_usage_error() -> None:
    assert cli("incidents", "export", "seven").returncode == 2
    assert cli("incidents").returncode == 2

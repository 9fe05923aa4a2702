import io
import json
from pathlib import Path

from kraken_guard.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_status_starts_at_the_first_step() -> None:
    code, out, _ = run("status")
    assert code == 0
    assert out.splitlines()[0] == "0 of 13 done — next: Bookmark Kraken Support"
    assert "[ ] Turn on the Global Settings Lock, last" in out


def test_marking_steps_changes_the_status_and_json_shape() -> None:
    assert run("setup", "mark", "bookmark", "done")[0] == 0
    assert run("setup", "mark", "api_keys", "not_applicable", "--reason", "No keys")[0] == 0
    code, out, _ = run("status", "--json")
    assert code == 0
    data = json.loads(out)
    assert {"done", "total", "headline", "detail", "next_step", "next", "warnings", "steps"} <= set(
        data
    )
    assert (data["done"], data["total"]) == (1, 12)
    assert data["headline"] == "1 of 12 done — next: Save Kraken's real phone number"
    assert data["next"]["id"] == "official_number"
    api = next(s for s in data["steps"] if s["id"] == "api_keys")
    assert api == {**api, "status": "not_applicable", "reason": "No keys"}


def test_ordering_warning_is_printed() -> None:
    run("setup", "mark", "global_settings_lock", "done")
    _, out, _ = run("status")
    assert "Warning: You turned on the Global Settings Lock before setting a Master Key" in out


def test_not_applicable_without_reason_fails_with_advice() -> None:
    code, _, err = run("setup", "mark", "api_keys", "not_applicable")
    assert code == 1
    assert "--reason" in err


def test_unknown_step_is_a_usage_error() -> None:
    assert run("setup", "mark", "everything", "done")[0] == 2


def test_export_and_import_round_trip(tmp_path: Path) -> None:
    run("setup", "mark", "signin_2fa", "done", "--method", "passkey")
    target = tmp_path / "p.json"
    code, out, _ = run("setup", "export", str(target))
    assert code == 0 and "Saved 1 answers" in out
    run("setup", "mark", "signin_2fa", "not_yet")
    code, out, _ = run("setup", "import", str(target))
    assert code == 0
    assert json.loads(run("status", "--json")[1])["steps"][3]["status"] == "done"


def test_a_damaged_import_fails_and_keeps_the_answers(tmp_path: Path) -> None:
    run("setup", "mark", "bookmark", "done")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "kraken-guard-setup-progress", "version": 1, "answers": 3}')
    code, _, err = run("setup", "import", str(bad))
    assert code == 1 and "Nothing was changed" in err
    assert json.loads(run("status", "--json")[1])["done"] == 1


def test_review_days_is_checked() -> None:
    assert run("setup", "review-days", "30")[0] == 0
    assert json.loads(run("status", "--json")[1])["review_days"] == 30
    code, _, err = run("setup", "review-days", "1")
    assert code == 1 and "from 7" in err


def test_answers_and_steps_may_be_typed_with_dashes() -> None:
    assert run("setup", "mark", "api-keys", "not-applicable", "--reason", "No keys")[0] == 0
    data = json.loads(run("status", "--json")[1])
    api = next(s for s in data["steps"] if s["id"] == "api_keys")
    assert api["status"] == "not_applicable"
    code, _, err = run("setup", "mark", "api_keys", "maybe")
    assert code == 2 and "'done', 'not_yet', 'not_applicable'" in err

import json
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kraken_guard.core.setup.progress import SetupProgress
from kraken_guard.core.setup.steps import AnswerStatus
from kraken_guard.core.setup.transfer import TransferError, export_progress, import_progress
from kraken_guard.core.store import Store
from tests.fakes import FakeClock


@pytest.fixture
def progress(store: Store) -> SetupProgress:
    return SetupProgress(store, FakeClock())


def fill(progress: SetupProgress) -> None:
    progress.record("bookmark", AnswerStatus.DONE)
    progress.record("signin_2fa", AnswerStatus.DONE, detail={"method": "passkey"})
    progress.record("api_keys", AnswerStatus.NOT_APPLICABLE, reason="No API keys")
    progress.record("trading_2fa", AnswerStatus.NOT_YET)
    progress.set_review_days(60)


def test_export_then_import_round_trips(progress: SetupProgress, tmp_path: Path) -> None:
    fill(progress)
    before = progress.answers()
    target = tmp_path / "progress.json"
    assert export_progress(progress, target, FakeClock()) == 4
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    progress.replace([], clear=True)
    progress.set_review_days(90)
    assert import_progress(progress, target) == 4
    assert progress.answers() == before
    assert progress.review_days == 60


def test_export_replaces_an_old_file_and_leaves_no_temp_files(
    progress: SetupProgress, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "progress.json"
    target.write_text("old")
    fill(progress)
    export_progress(progress, target, FakeClock())
    assert json.loads(target.read_text())["format"] == "kraken-guard-setup-progress"
    assert [p.name for p in folder.iterdir()] == ["progress.json"]


def test_export_into_a_missing_folder_says_so(progress: SetupProgress, tmp_path: Path) -> None:
    with pytest.raises(TransferError, match="Could not write"):
        export_progress(progress, tmp_path / "missing" / "p.json", FakeClock())


def damaged_variants(good: dict) -> list[tuple[str, str]]:
    answers = good["answers"]
    (not_applicable,) = [a for a in answers if a["status"] == "not_applicable"]
    return [
        ("not json", "{broken"),
        ("foreign", json.dumps({"bookmarks": []})),
        ("newer", json.dumps({**good, "version": 99})),
        ("unknown step", json.dumps({**good, "answers": [{**answers[0], "step_id": "x"}]})),
        ("bad status", json.dumps({**good, "answers": [{**answers[0], "status": "maybe"}]})),
        ("bad time", json.dumps({**good, "answers": [{**answers[0], "answered_at": "soon"}]})),
        ("twice", json.dumps({**good, "answers": [answers[0], answers[0]]})),
        ("bad days", json.dumps({**good, "review_days": -1})),
        ("na without reason", json.dumps({**good, "answers": [{**not_applicable, "reason": ""}]})),
    ]


def test_a_damaged_or_foreign_file_is_refused_and_changes_nothing(
    progress: SetupProgress, tmp_path: Path
) -> None:
    fill(progress)
    good_file = tmp_path / "good.json"
    export_progress(progress, good_file, FakeClock())
    good = json.loads(good_file.read_text())
    progress.record("bookmark", AnswerStatus.NOT_YET)
    before, days = progress.answers(), progress.review_days
    for label, text in damaged_variants(good):
        bad = tmp_path / "bad.json"
        bad.write_text(text)
        with pytest.raises(TransferError, match="Nothing was changed") as caught:
            import_progress(progress, bad)
        assert "bad.json" in str(caught.value), label
        assert progress.answers() == before, label
        assert progress.review_days == days, label


def test_a_missing_file_is_named(progress: SetupProgress, tmp_path: Path) -> None:
    with pytest.raises(TransferError, match="no file"):
        import_progress(progress, tmp_path / "nope.json")


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_crash_the_import(
    progress: SetupProgress, tmp_path: Path, data: bytes
) -> None:
    target = tmp_path / "random.json"
    target.write_bytes(data)
    with pytest.raises(TransferError):
        import_progress(progress, target)
    assert progress.answers() == {}


def test_export_never_replaces_a_fifo_link_or_folder(
    progress: SetupProgress, tmp_path: Path
) -> None:
    import os

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    target = tmp_path / "precious.txt"
    target.write_text("mine", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    folder = tmp_path / "folder"
    folder.mkdir()
    for path in (fifo, link, folder):
        with pytest.raises(TransferError, match="not a regular file"):
            export_progress(progress, path, FakeClock())
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and link.is_symlink()
    assert target.read_text(encoding="utf-8") == "mine"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_import_from_a_device_stops_at_the_limit(progress: SetupProgress) -> None:
    import time

    started = time.monotonic()
    with pytest.raises(TransferError, match="damaged"):
        import_progress(progress, Path("/dev/zero"))
    assert time.monotonic() - started < 2


def test_import_from_a_fifo_does_not_hang(progress: SetupProgress, tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(TransferError):
        import_progress(progress, fifo)

"""The store under a full disk or a wrong file: clear errors, nothing lost, still usable."""

import sqlite3
from pathlib import Path

import pytest

from kraken_guard.core.paths import AppPaths
from kraken_guard.core.store import Store, StoreError, open_store


def _fill_up(store: Store) -> None:
    connection = store._connection
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_rolls_back_and_the_store_keeps_working(store: Store) -> None:
    store.set_setting("kept", "yes")
    _fill_up(store)
    with pytest.raises(sqlite3.OperationalError, match="full"), store.transaction() as db:
        db.execute("INSERT INTO settings (key, value) VALUES ('big', ?)", ("x" * 100_000,))
    assert store.get_setting("kept") == "yes"
    assert store.get_setting("big") is None
    store.set_setting("after", "works")  # no transaction was left open
    assert store.get_setting("after") == "works"


def test_a_folder_where_the_data_file_belongs_is_refused_not_moved(paths: AppPaths) -> None:
    paths.database.mkdir()
    (paths.database / "something.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError, match="Move it somewhere else"):
        open_store(paths.database)
    assert (paths.database / "something.txt").read_text(encoding="utf-8") == "mine"
    assert [p.name for p in paths.data.iterdir()] == [paths.database.name]


def test_a_folder_that_cannot_be_made_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="could not open"):
        open_store(blocker / "data" / "kraken-guard.sqlite3")


def test_an_unreadable_data_file_is_an_error_not_damage(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened, _ = open_store(paths.database)
    opened.set_setting("kept", "yes")
    opened.close()

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Path, "open", refuse)
        with pytest.raises(StoreError, match="Permission denied"):
            open_store(paths.database)
    assert [p.name for p in paths.data.iterdir() if "damaged" in p.name] == []
    reopened, recovery = open_store(paths.database)
    assert recovery is None and reopened.get_setting("kept") == "yes"
    reopened.close()


def _probe_fails_with(monkeypatch: pytest.MonkeyPatch, message: str, code: int) -> None:
    import kraken_guard.core.store as store_module

    def failing(path: Path) -> None:
        error = sqlite3.OperationalError(message)
        error.sqlite_errorcode = code  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(store_module, "_integrity", failing)


@pytest.mark.parametrize(
    "message, code, words",
    [
        ("database or disk is full", 13, "The disk is full"),
        ("unable to open database file", 14, "could not open its data file"),
        ("disk I/O error", 10, "could not open its data file"),
    ],
)
def test_a_full_disk_or_unopenable_wal_is_reported_and_the_healthy_file_stays(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, message: str, code: int, words: str
) -> None:
    opened, _ = open_store(paths.database)
    opened.set_setting("kept", "yes")
    opened.close()
    with pytest.MonkeyPatch.context() as patch:
        _probe_fails_with(patch, message, code)
        with pytest.raises(StoreError, match=words) as raised:
            open_store(paths.database)
    assert raised.value.disk_full == (code == 13)
    assert [p.name for p in paths.data.iterdir() if "damaged" in p.name] == []
    reopened, recovery = open_store(paths.database)
    assert recovery is None and reopened.get_setting("kept") == "yes"
    reopened.close()


def test_a_really_damaged_file_is_moved_and_the_new_name_is_reported(paths: AppPaths) -> None:
    paths.database.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    reopened, recovery = open_store(paths.database)
    reopened.close()
    assert recovery is not None and recovery.moved_to.exists()
    assert str(recovery.moved_to) in recovery.message()


def test_a_symlinked_store_path_is_refused_and_not_followed(
    paths: AppPaths, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere.sqlite3"
    paths.database.symlink_to(elsewhere)
    with pytest.raises(StoreError, match="link"):
        open_store(paths.database)
    assert not elsewhere.exists()
    assert paths.database.is_symlink()


def test_an_io_error_on_a_nearly_full_disk_is_reported_as_a_full_disk(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a real 300 KiB tmpfs gave: 'disk I/O error' when the -shm file could not grow."""
    import shutil

    import kraken_guard.core.store as store_module

    opened, _ = open_store(paths.database)
    opened.close()
    with pytest.MonkeyPatch.context() as patch:
        _probe_fails_with(patch, "disk I/O error", 10)
        patch.setattr(shutil, "disk_usage", lambda folder: shutil._ntuple_diskusage(300, 300, 0))  # type: ignore[attr-defined]
        with pytest.raises(StoreError, match="The disk is full") as raised:
            open_store(paths.database)
    assert raised.value.disk_full
    assert store_module.disk_nearly_full(paths.data) is False
    assert [p.name for p in paths.data.iterdir() if "damaged" in p.name] == []

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

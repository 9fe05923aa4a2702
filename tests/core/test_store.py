import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kraken_guard.core.paths import AppPaths
from kraken_guard.core.store import MIGRATIONS, StoreError, open_store

WHEN = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def test_new_store_is_at_the_latest_schema_and_private(paths: AppPaths) -> None:
    store, recovery = open_store(paths.database)
    store.set_setting("answer", "42")
    assert recovery is None
    assert store.schema_version == len(MIGRATIONS)
    assert paths.database.stat().st_mode & 0o777 == 0o600
    wal = Path(f"{paths.database}-wal")
    assert wal.exists() and wal.stat().st_mode & 0o777 == 0o600
    store.close()


def test_data_survives_reopening(paths: AppPaths) -> None:
    store, _ = open_store(paths.database)
    store.set_setting("tray_notice_shown", "1")
    store.close()
    again, recovery = open_store(paths.database)
    assert recovery is None
    assert again.get_setting("tray_notice_shown") == "1"
    again.close()


def test_migration_keeps_data_and_raises_the_version(paths: AppPaths) -> None:
    store, _ = open_store(paths.database)
    store.set_setting("kept", "yes")
    store.close()
    newer = (*MIGRATIONS, "ALTER TABLE settings ADD COLUMN changed_at TEXT")
    upgraded, _ = open_store(paths.database, migrations=newer)
    assert upgraded.schema_version == len(MIGRATIONS) + 1
    assert upgraded.get_setting("kept") == "yes"
    assert "changed_at" in {r["name"] for r in upgraded.query("PRAGMA table_info(settings)")}
    upgraded.close()


def test_a_failing_migration_changes_nothing(paths: AppPaths) -> None:
    store, _ = open_store(paths.database)
    store.close()
    broken = (*MIGRATIONS, "CREATE TABLE extra (x); THIS IS NOT SQL")
    with pytest.raises(StoreError):
        open_store(paths.database, migrations=broken)
    again, _ = open_store(paths.database)
    assert again.schema_version == len(MIGRATIONS)
    assert not again.query("SELECT name FROM sqlite_master WHERE name = 'extra'")
    again.close()


def test_store_from_a_newer_app_is_refused_not_replaced(paths: AppPaths) -> None:
    store, _ = open_store(paths.database)
    store.close()
    with pytest.raises(StoreError, match="newer Kraken Guard"):
        open_store(paths.database, migrations=MIGRATIONS[:0])
    assert paths.database.exists()


def test_failed_transaction_rolls_back(paths: AppPaths) -> None:
    store, _ = open_store(paths.database)
    with pytest.raises(RuntimeError), store.transaction() as db:
        db.execute("INSERT INTO settings (key, value) VALUES ('half', 'done')")
        raise RuntimeError("power cut")
    assert store.get_setting("half") is None
    store.close()


def _assert_moved_aside(paths: AppPaths, original: bytes) -> None:
    store, recovery = open_store(paths.database, now=lambda: WHEN)
    assert recovery is not None
    assert recovery.moved_to.name == "kraken-guard.sqlite3.damaged-20261124-093000"
    assert recovery.moved_to.read_bytes() == original
    assert str(recovery.moved_to) in recovery.message()
    assert store.schema_version == len(MIGRATIONS)
    store.close()


def test_random_bytes_are_kept_aside_and_a_fresh_store_starts(paths: AppPaths) -> None:
    junk = os.urandom(4096)
    paths.database.write_bytes(junk)
    _assert_moved_aside(paths, junk)


def test_truncated_database_is_kept_aside(paths: AppPaths) -> None:
    store, _ = open_store(paths.database)
    with store.transaction() as db:
        for n in range(300):
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"k{n}", "v" * 200))
    store.close()
    whole = paths.database.read_bytes()
    truncated = whole[: len(whole) // 2]
    paths.database.write_bytes(truncated)
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    _assert_moved_aside(paths, truncated)


def test_a_second_damage_the_same_second_does_not_overwrite_the_first(paths: AppPaths) -> None:
    paths.database.write_bytes(b"first damage")
    open_store(paths.database, now=lambda: WHEN)[0].close()
    Path(f"{paths.database}-wal").unlink(missing_ok=True)
    Path(f"{paths.database}-shm").unlink(missing_ok=True)
    paths.database.write_bytes(b"second damage")
    _, recovery = open_store(paths.database, now=lambda: WHEN)
    assert recovery is not None
    assert recovery.moved_to.read_bytes() == b"second damage"
    first = paths.database.with_name("kraken-guard.sqlite3.damaged-20261124-093000")
    assert first.read_bytes() == b"first damage"


def test_some_other_sqlite_file_is_still_a_database(paths: AppPaths) -> None:
    other = sqlite3.connect(paths.database)
    other.execute("CREATE TABLE unrelated (x)")
    other.commit()
    other.close()
    store, recovery = open_store(paths.database)
    assert recovery is None
    assert store.schema_version == len(MIGRATIONS)
    store.close()

"""The versioned SQLite store: schema migrations, transactions, and a damaged file kept aside."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kraken_guard.core.paths import restrict_file

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"

# Each entry moves the schema up one version; never edit one that has shipped, add a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE trusted_items (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL,
        tag TEXT NOT NULL,
        UNIQUE (kind, value)
    );
    CREATE TABLE trusted_changes (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        action TEXT NOT NULL,
        value TEXT NOT NULL
    );
    CREATE TABLE wizard_answers (
        step_id TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '{}',
        answered_at TEXT NOT NULL
    );
    CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        number_input TEXT NOT NULL DEFAULT '',
        number_e164 TEXT,
        is_scam INTEGER NOT NULL DEFAULT 0,
        answers TEXT NOT NULL DEFAULT '{}',
        notes TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX incidents_by_number ON incidents (number_e164);
    """,
)


class StoreError(Exception):
    """The store cannot be used; the message says what to do next."""


@dataclass(frozen=True)
class Recovery:
    """A damaged database that was moved aside, so the person can be told where it went."""

    moved_to: Path
    reason: str

    def message(self) -> str:
        return (
            f"Your saved data could not be read ({self.reason}). "
            f"It was kept, unchanged, at {self.moved_to}. "
            "Kraken Guard started again with empty data."
        )


class Store:
    """A connection to the app's database; every write goes through `transaction()`."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._connection = connection
        self.path = path

    @property
    def schema_version(self) -> int:
        return int(self._connection.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run writes atomically: all of them land, or none does."""
        connection = self._connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield connection
            connection.execute("COMMIT")
        except BaseException:
            # SQLite may already have rolled back (a full disk does): a second ROLLBACK would
            # hide the real error, and a failed COMMIT must not leave the transaction open.
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return list(self._connection.execute(sql, params).fetchall())

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        rows = self.query("SELECT value FROM settings WHERE key = ?", (key,))
        return str(rows[0]["value"]) if rows else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def close(self) -> None:
        self._connection.close()


def open_store(
    path: Path,
    *,
    migrations: Sequence[str] = MIGRATIONS,
    now: Callable[[], datetime] = datetime.now,
) -> tuple[Store, Recovery | None]:
    """Open (or create) the store; a damaged file is moved aside and reported, never deleted."""
    recovery = None
    connection = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _check_is_a_file(path)
        problem = _damage(path)
        if problem:
            recovery = _move_aside(path, problem, now())
            log.warning("store damaged (%s); moved to %s", problem, recovery.moved_to)
        connection = _connect(path)
        _migrate(connection, migrations)
        for suffix in ("", "-wal", "-shm"):
            restrict_file(Path(f"{path}{suffix}"))
    except (sqlite3.Error, OSError) as error:
        if connection is not None:
            connection.close()
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise StoreError(
            f"Kraken Guard could not open its data file at {path} ({reason}). "
            "Check that the disk is not full and that the folder belongs to you, then try again."
        ) from error
    except StoreError:
        if connection is not None:
            connection.close()
        raise
    return Store(connection, path), recovery


def _check_is_a_file(path: Path) -> None:
    """A folder (or device) where the data file belongs is refused, never moved aside."""
    if path.exists() and not path.is_file():
        raise StoreError(
            f"Kraken Guard keeps its data in {path}, but something that is not a data file is "
            "there (a folder, perhaps). Move it somewhere else, then try again."
        )


def _connect(path: Path) -> sqlite3.Connection:
    previous = os.umask(0o077)
    try:
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    finally:
        os.umask(previous)
    connection.row_factory = sqlite3.Row
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def _migrate(connection: sqlite3.Connection, migrations: Sequence[str]) -> None:
    current = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if current > len(migrations):
        raise StoreError(
            f"This data was saved by a newer Kraken Guard (format {current}). "
            "Install the newest version of Kraken Guard to open it."
        )
    for version, script in enumerate(migrations[current:], start=current + 1):
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(script):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
        log.info("store migrated to version %d", version)


def _statements(script: str) -> list[str]:
    return [part.strip() for part in script.split(";") if part.strip()]


def _damage(path: Path) -> str | None:
    """Why the file at `path` cannot be used as our database, or None when it is fine."""
    if not path.exists():
        return None
    # An unreadable file (wrong owner, say) raises OSError: that is no damage, so it is not
    # moved aside; open_store reports it.
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header == b"" and path.stat().st_size == 0:
        return None
    if header != SQLITE_HEADER:
        return "it is not a Kraken Guard data file"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return f"it is damaged: {error}"
    if not result or result[0] != "ok":
        return "it failed its integrity check"
    return None


def _move_aside(path: Path, reason: str, when: datetime) -> Recovery:
    stamp = when.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{target}{suffix}"))
    return Recovery(moved_to=target, reason=reason)

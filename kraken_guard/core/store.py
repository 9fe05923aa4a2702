"""The versioned SQLite store: schema migrations, transactions, and a damaged file kept aside."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kraken_guard.core.logs import get_logger
from kraken_guard.core.paths import restrict_file

log = get_logger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
STORE_BUSY_SECONDS = 10.0  # how long a second process waits for the first one's write

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
    # The signed list of trusted rows with its version (see core/trust/manifest.py).
    """
    CREATE TABLE trust_manifest (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL,
        folder TEXT NOT NULL,
        items TEXT NOT NULL,
        tag TEXT NOT NULL
    );
    """,
)


class StoreError(Exception):
    """The store cannot be used; the message says what to do next.

    `disk_full` is set when the cause is a full disk (the command line gives it its own exit code).
    """

    def __init__(self, message: str, *, disk_full: bool = False) -> None:
        super().__init__(message)
        self.disk_full = disk_full


# SQLite result codes that mean the file itself is damaged; every other failure (a full disk,
# a -wal or -shm file that cannot be opened, a locked file) says nothing about the file's health.
DAMAGE_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB
SQLITE_FULL = 13


def is_disk_full(error: BaseException) -> bool:
    """True when an SQLite or OS error means the disk (or the user's quota) is full."""
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT)
    if isinstance(error, sqlite3.Error):
        return getattr(error, "sqlite_errorcode", None) == SQLITE_FULL or "disk is full" in str(
            error
        )
    return False


LOW_SPACE_BYTES = 256 * 1024  # below this, an I/O error is taken to be a full disk


def disk_nearly_full(folder: Path) -> bool:
    """True when the disk holding `folder` has almost no room left for this user.

    SQLite reports a full disk as "disk I/O error" when the -shm file cannot grow, so the free
    space decides what to tell the person.
    """
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


DISK_FULL_MESSAGE = (
    "The disk is full, so Kraken Guard could not open its data at {path}. Your data was not "
    "changed or moved. Free some space, then try again."
)


@dataclass(frozen=True)
class Recovery:
    """A damaged database that was moved aside, so the person can be told where it went."""

    moved_to: Path
    reason: str

    def message(self) -> str:
        return (
            f"Your saved data could not be read ({self.reason}). "
            f"It was kept, unchanged, under the new name {self.moved_to}. "
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

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Read several tables as one consistent moment (inside a write, the write's view)."""
        connection = self._connection
        if connection.in_transaction:
            yield
            return
        connection.execute("BEGIN")
        try:
            yield
        finally:
            if connection.in_transaction:
                connection.execute("COMMIT")

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
        _check_not_a_link(path)
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
        if is_disk_full(error) or disk_nearly_full(path.parent):
            raise StoreError(DISK_FULL_MESSAGE.format(path=path), disk_full=True) from error
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


def _check_not_a_link(path: Path) -> None:
    """A symbolic link where the data file belongs is refused: it could point anywhere."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.is_symlink():
            raise StoreError(
                f"Kraken Guard keeps its data in {path}, but {candidate} is a link to another "
                "place. Kraken Guard does not follow links there. Replace the link with the real "
                "file, or move it away, then try again."
            )


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
        connection = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False, timeout=STORE_BUSY_SECONDS
        )
    finally:
        os.umask(previous)
    connection.row_factory = sqlite3.Row
    _switch_to_wal(connection)
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def _switch_to_wal(connection: sqlite3.Connection) -> None:
    """Turn on write-ahead logging, waiting while another first start does the same.

    SQLite answers "database is locked" at once, without waiting, when two new connections
    change the journal mode together; so this waits here, a little at a time.
    """
    deadline = time.monotonic() + STORE_BUSY_SECONDS
    while True:
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _migrate(connection: sqlite3.Connection, migrations: Sequence[str]) -> None:
    """Bring the schema up to date inside one immediate transaction.

    The version is read only after the write lock is held, so two first starts at once never
    both try to create the tables: the second waits, then sees the tables already there.
    """
    connection.execute("BEGIN IMMEDIATE")
    try:
        current = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if current > len(migrations):
            raise StoreError(
                f"This data was saved by a newer Kraken Guard (format {current}). "
                "Install the newest version of Kraken Guard to open it."
            )
        for version, script in enumerate(migrations[current:], start=current + 1):
            for statement in _statements(script):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version}")
            log.info("store migrated to version %d", version)
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


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
        result = _integrity(path)
    except sqlite3.Error as error:
        if getattr(error, "sqlite_errorcode", None) in DAMAGE_CODES:
            return f"it is damaged: {error}"
        # A full disk, or a -wal/-shm file that cannot be opened: the file may be healthy.
        # It is never moved aside for this; open_store reports the real cause.
        raise
    if not result or result[0] != "ok":
        return "it failed its integrity check"
    return None


def _integrity(path: Path) -> tuple[str, ...] | None:
    """SQLite's own integrity check of the file, opened read-only."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = connection.execute("PRAGMA integrity_check").fetchone()
        return tuple(row) if row else None
    finally:
        connection.close()


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

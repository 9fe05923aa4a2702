"""Trusted data (bookmarks, official numbers) tagged with an HMAC so outside edits show."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

from kraken_guard.core.paths import restrict_file
from kraken_guard.core.store import Store

log = logging.getLogger(__name__)

KEYRING_SERVICE = "kraken-guard"
KEYRING_USER = "trusted-data-key"


class Protection(Enum):
    KEYCHAIN = "keychain"
    FILE = "file"


@dataclass(frozen=True)
class TrustKey:
    """The secret that signs trusted data, and where it is kept."""

    secret: bytes
    protection: Protection
    note: str = ""


KeySource = Callable[[], TrustKey]


def file_key(path: Path) -> bytes:
    """Read the key file, or create it (0600, written atomically) with a new random key."""
    if path.exists():
        text = path.read_text(encoding="ascii").strip()
        return bytes.fromhex(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_bytes(32)
    temporary = path.with_name(f".{path.name}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(secret.hex())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    restrict_file(path)
    return secret


def keychain_key(key_file: Path) -> TrustKey:
    """The key from the system keychain; a 0600 file when there is no usable keychain."""
    import keyring
    from keyring import errors

    try:
        stored = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
        if stored:
            return TrustKey(bytes.fromhex(stored), Protection.KEYCHAIN)
        secret = secrets.token_bytes(32)
        keyring.set_password(KEYRING_SERVICE, KEYRING_USER, secret.hex())
        return TrustKey(secret, Protection.KEYCHAIN)
    except errors.NoKeyringError:
        note = "No system keychain was found on this computer."
    except errors.KeyringLocked:
        note = "The system keychain is locked."
    except errors.InitError:
        note = "The system keychain could not be started."
    except errors.PasswordSetError:
        note = "The system keychain refused to save the key."
    except errors.KeyringError as error:
        note = f"The system keychain failed ({type(error).__name__})."
    log.warning("trusted-data key kept in a file: %s", note)
    return TrustKey(file_key(key_file), Protection.FILE, note)


@dataclass(frozen=True)
class TrustedItem:
    kind: str
    value: str
    note: str
    source: str
    added_at: datetime


@dataclass(frozen=True)
class TrustedLoad:
    """What was read: items whose tag checks out, and items changed outside the app."""

    items: tuple[TrustedItem, ...]
    tampered: tuple[TrustedItem, ...]


@dataclass(frozen=True)
class TrustedChange:
    at: datetime
    kind: str
    action: str
    value: str


class TrustedItems:
    """Adds, removes and reads trusted items; each row carries an HMAC-SHA256 tag."""

    def __init__(
        self,
        store: Store,
        key_source: KeySource,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._store = store
        self._key_source = key_source
        self._key: TrustKey | None = None
        self._now = now

    @property
    def key(self) -> TrustKey:
        if self._key is None:
            self._key = self._key_source()
        return self._key

    def load(self, kind: str) -> TrustedLoad:
        good, bad = [], []
        rows = self._store.query(
            "SELECT kind, value, note, source, added_at, tag FROM trusted_items "
            "WHERE kind = ? ORDER BY id",
            (kind,),
        )
        for row in rows:
            item = TrustedItem(
                row["kind"], row["value"], row["note"], row["source"], _parse_time(row["added_at"])
            )
            if hmac.compare_digest(
                self._tag(row["kind"], row["value"], row["note"], row["source"], row["added_at"]),
                row["tag"],
            ):
                good.append(item)
            else:
                bad.append(item)
        if bad:
            log.warning("%d %s item(s) failed their integrity check", len(bad), kind)
        return TrustedLoad(tuple(good), tuple(bad))

    def add(self, kind: str, value: str, *, note: str = "", source: str = "") -> TrustedItem:
        """Store an item (replacing one with the same value) and record the change."""
        added_at = self._now().isoformat(timespec="seconds")
        tag = self._tag(kind, value, note, source, added_at)
        with self._store.transaction() as db:
            db.execute(
                "INSERT INTO trusted_items (kind, value, note, source, added_at, tag) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kind, value) DO UPDATE SET "
                "note = excluded.note, source = excluded.source, "
                "added_at = excluded.added_at, tag = excluded.tag",
                (kind, value, note, source, added_at, tag),
            )
            self._record(db, kind, "add", value, added_at)
        return TrustedItem(kind, value, note, source, _parse_time(added_at))

    def remove(self, kind: str, value: str) -> bool:
        with self._store.transaction() as db:
            cursor = db.execute(
                "DELETE FROM trusted_items WHERE kind = ? AND value = ?", (kind, value)
            )
            if cursor.rowcount:
                self._record(db, kind, "remove", value, self._now().isoformat(timespec="seconds"))
        return bool(cursor.rowcount)

    def changes(self, kind: str | None = None) -> list[TrustedChange]:
        sql = "SELECT at, kind, action, value FROM trusted_changes"
        params: tuple[str, ...] = ()
        if kind is not None:
            sql += " WHERE kind = ?"
            params = (kind,)
        rows = self._store.query(sql + " ORDER BY id", params)
        return [
            TrustedChange(_parse_time(r["at"]), r["kind"], r["action"], r["value"]) for r in rows
        ]

    def _record(self, db: sqlite3.Connection, kind: str, action: str, value: str, at: str) -> None:
        db.execute(
            "INSERT INTO trusted_changes (at, kind, action, value) VALUES (?, ?, ?, ?)",
            (at, kind, action, value),
        )

    def _tag(self, kind: str, value: str, note: str, source: str, added_at: str) -> str:
        message = json.dumps([kind, value, note, source, added_at], ensure_ascii=False)
        return hmac.new(self.key.secret, message.encode("utf-8"), hashlib.sha256).hexdigest()


def _parse_time(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

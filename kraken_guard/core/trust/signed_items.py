"""Trusted data (bookmarks, official numbers) tagged with an HMAC so outside edits show."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

from kraken_guard.core.atomic import write_atomic
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
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
    """The secret that signs trusted data, where it is kept, and whether it was just made."""

    secret: bytes
    protection: Protection
    note: str = ""
    created: bool = False


class KeyUnavailable(Exception):
    """The keychain that holds the key cannot be reached today (locked, or gone for now).

    Data signed with that key cannot be checked: it is "not checked right now", not "tampered".
    """

    def __init__(self, note: str, protection: Protection | None = None) -> None:
        super().__init__(note)
        self.note = note
        self.protection = protection  # where the unreachable key is kept, when known


KeySource = Callable[[], TrustKey]


def remembered(source: KeySource) -> KeySource:
    """Reach the keychain once per run, from any thread; a failure is not kept, so retry works."""
    lock = threading.Lock()
    found: list[TrustKey] = []

    def once() -> TrustKey:
        with lock:
            if not found:
                found.append(source())
            return found[0]

    return once


FILE_NOTE = QT_TRANSLATE_NOOP("trusted", "The key was kept in a file when Kraken Guard was set up.")
KEY_FILE_DAMAGED = QT_TRANSLATE_NOOP(
    "trusted",
    "The key file that protects your saved numbers and bookmarks is damaged or cannot be read. "
    "It was left as it is. Restore it from a backup, or remove your saved items and add them "
    "again.",
)
KEYCHAIN_KEY_DAMAGED = QT_TRANSLATE_NOOP(
    "trusted",
    "The key in your system keychain that protects your saved numbers and bookmarks is damaged. "
    "It was left as it is.",
)
KEY_BYTES = 32


def _decode_key(text: str) -> bytes | None:
    """The key written as hex, or None when it is not exactly KEY_BYTES bytes of hex."""
    try:
        secret = bytes.fromhex(text.strip())
    except ValueError:
        return None
    return secret if len(secret) == KEY_BYTES else None


def file_key(path: Path) -> bytes:
    """Read the key file, or create it (0600, written atomically) with a new random key.

    A damaged or unreadable file raises KeyUnavailable and is never replaced: a new key would
    quietly turn every saved item into "changed outside the app", and an empty key can be
    forged by anyone.
    """
    if path.exists() or path.is_symlink():
        try:
            if path.stat().st_mode & 0o077:
                log.warning("the trusted-data key file could be read by others; made private")
                restrict_file(path)
            secret = _decode_key(path.read_text(encoding="ascii"))
        except (OSError, UnicodeDecodeError) as error:
            log.warning("trusted-data key file cannot be read: %s", type(error).__name__)
            raise KeyUnavailable(KEY_FILE_DAMAGED, Protection.FILE) from error
        if secret is None:
            log.warning("trusted-data key file is damaged")
            raise KeyUnavailable(KEY_FILE_DAMAGED, Protection.FILE)
        return secret
    secret = secrets.token_bytes(32)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, secret.hex())
    restrict_file(path)
    return secret


def protection_marker(key_file: Path) -> Path:
    """Where the app remembers which protection it chose, and why (beside the key file)."""
    return key_file.with_name(key_file.name + ".where")


def remembered_protection(key_file: Path) -> tuple[Protection | None, str]:
    marker = protection_marker(key_file)
    try:
        kind, _, note = marker.read_text(encoding="utf-8").partition("\n")
        return Protection(kind.strip()), note.strip()
    except (OSError, ValueError):
        return None, ""


def _remember(key_file: Path, protection: Protection, note: str = "") -> None:
    marker = protection_marker(key_file)
    if remembered_protection(key_file) == (protection, note):
        return
    marker.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(marker, f"{protection.value}\n{note}")


def keychain_key(key_file: Path) -> TrustKey:
    """The key from the system keychain; a 0600 file when there is no usable keychain.

    The choice is remembered: data signed with a keychain key is never re-signed with a new
    file key just because the keychain is locked today (that raises KeyUnavailable), and a
    file key keeps being used when a keychain appears later.
    """
    remembered, remembered_note = remembered_protection(key_file)
    if remembered is Protection.FILE or (remembered is None and key_file.exists()):
        return TrustKey(file_key(key_file), Protection.FILE, remembered_note or FILE_NOTE)

    import keyring
    from keyring import errors

    try:
        stored = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
        if stored:
            secret = _decode_key(stored)
            if secret is None:
                log.warning("trusted-data key in the keychain is damaged")
                raise KeyUnavailable(KEYCHAIN_KEY_DAMAGED)
            _remember(key_file, Protection.KEYCHAIN)
            return TrustKey(secret, Protection.KEYCHAIN)
        secret = secrets.token_bytes(32)
        keyring.set_password(KEYRING_SERVICE, KEYRING_USER, secret.hex())
        _remember(key_file, Protection.KEYCHAIN)
        return TrustKey(secret, Protection.KEYCHAIN, created=True)
    except errors.NoKeyringError:
        note = QT_TRANSLATE_NOOP("trusted", "No system keychain was found on this computer.")
    except errors.KeyringLocked:
        note = QT_TRANSLATE_NOOP("trusted", "The system keychain is locked.")
    except errors.InitError:
        note = QT_TRANSLATE_NOOP("trusted", "The system keychain could not be started.")
    except errors.PasswordSetError:
        note = QT_TRANSLATE_NOOP("trusted", "The system keychain refused to save the key.")
    except errors.KeyringError as error:
        log.warning("keychain error: %s", type(error).__name__)
        note = QT_TRANSLATE_NOOP("trusted", "The system keychain did not work.")
    if remembered is Protection.KEYCHAIN:
        log.warning("trusted-data key is in the keychain, which cannot be reached: %s", note)
        raise KeyUnavailable(note)
    log.warning("trusted-data key kept in a file: %s", note)
    created = not key_file.exists()
    secret = file_key(key_file)
    _remember(key_file, Protection.FILE, note)
    return TrustKey(secret, Protection.FILE, note, created=created)


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
    unchecked: tuple[TrustedItem, ...] = ()
    problem: str = ""  # why items could not be checked (a locked keychain), else empty


@dataclass(frozen=True)
class TrustStatus:
    protection: Protection
    note: str
    available: bool
    new_key: bool = False  # a key was made just now: older items cannot match it


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
        """The signing key; raises KeyUnavailable when its keychain cannot be reached today."""
        if self._key is None:
            self._key = self._key_source()
        return self._key

    def status(self) -> TrustStatus:
        """Where the key is kept and why, or why it cannot be reached right now."""
        try:
            key = self.key
        except KeyUnavailable as error:
            where = error.protection or Protection.KEYCHAIN
            return TrustStatus(where, error.note, available=False)
        return TrustStatus(key.protection, key.note, available=True, new_key=key.created)

    def retry(self) -> None:
        """Forget a key that could not be reached, so the next use asks the keychain again."""
        self._key = None

    def load(self, kind: str) -> TrustedLoad:
        good, bad = [], []
        rows = self._store.query(
            "SELECT kind, value, note, source, added_at, tag FROM trusted_items "
            "WHERE kind = ? ORDER BY id",
            (kind,),
        )
        # Rows are read as text whatever an outside edit stored; a bad one fails its tag below.
        items = [
            (
                TrustedItem(
                    str(r["kind"]),
                    str(r["value"]),
                    str(r["note"]),
                    str(r["source"]),
                    _parse_time(str(r["added_at"])),
                ),
                r,
            )
            for r in rows
        ]
        if not items:
            return TrustedLoad((), ())  # nothing to check: leave the keychain (and keyring) alone
        try:
            self.key  # noqa: B018 -- reach the keychain once, before checking any tag
        except KeyUnavailable as error:
            return TrustedLoad((), (), tuple(item for item, _ in items), error.note)
        for item, row in items:
            expected = self._tag(
                str(row["kind"]),
                str(row["value"]),
                str(row["note"]),
                str(row["source"]),
                str(row["added_at"]),
            )
            if hmac.compare_digest(expected.encode(), str(row["tag"]).encode()):
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

    def resign(self, kind: str, value: str) -> bool:
        """Trust a changed item again, after the person looked at it and confirmed it."""
        rows = self._store.query(
            "SELECT note, source FROM trusted_items WHERE kind = ? AND value = ?", (kind, value)
        )
        if not rows:
            return False
        at = self._now().isoformat(timespec="seconds")
        tag = self._tag(kind, value, rows[0]["note"], rows[0]["source"], at)
        with self._store.transaction() as db:
            db.execute(
                "UPDATE trusted_items SET added_at = ?, tag = ? WHERE kind = ? AND value = ?",
                (at, tag, kind, value),
            )
            self._record(db, kind, "trust again", value, at)
        return True

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
    """The stored time; an unreadable one (an outside edit) becomes the earliest possible time."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

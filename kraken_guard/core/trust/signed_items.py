"""Trusted data (bookmarks, official numbers) signed row by row and as a set, so outside edits,
deletions and older copies show. The key itself is found in key_place.py."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.logs import get_logger
from kraken_guard.core.store import Store
from kraken_guard.core.trust.key_place import (  # noqa: F401 -- re-exported: the trust API
    FILE_NOTE,
    KEY_FILE_DAMAGED,
    KEY_MISSING_NOTE,
    KEYCHAIN_KEY_DAMAGED,
    KEYRING_MODE_USER,
    KEYRING_SERVICE,
    KEYRING_USER,
    Doubt,
    InDoubt,
    KeyMissing,
    KeySource,
    KeyUnavailable,
    Protection,
    RememberedKey,
    TrustKey,
    file_key,
    key_lock,
    keychain_key,
    protection_marker,
    remembered,
    remembered_protection,
    replace_key,
)
from kraken_guard.core.trust.manifest import (
    MANIFEST_QUERY,
    Manifest,
    parse_manifest,
    read_manifest,
    write_manifest,
)

log = get_logger(__name__)


@dataclass(frozen=True)
class TrustedItem:
    kind: str
    value: str
    note: str
    source: str
    added_at: datetime


@dataclass(frozen=True)
class TrustedLoad:
    """What was read: items whose tag checks out, and items changed outside the app.

    `problem` says why nothing could be checked (then every saved item is in `unchecked`, and
    `doubt` says which kind of problem); it can be set with no item at all, when the data
    itself is missing.
    """

    items: tuple[TrustedItem, ...]
    tampered: tuple[TrustedItem, ...]
    unchecked: tuple[TrustedItem, ...] = ()
    problem: str = ""
    doubt: Doubt | None = None


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


DATA_MISSING = QT_TRANSLATE_NOOP(
    "trusted",
    "Your saved numbers and bookmarks are missing: the data file was emptied, deleted or "
    "replaced, but your key shows you saved some. Restore the data file from a backup. Or "
    "start again with a new key (kraken-guard-cli trust reset-key).",
)
DATA_OLDER = QT_TRANSLATE_NOOP(
    "trusted",
    "This data is older than the last change you made: an older copy of the data file was put "
    "back. A number you removed could look official again. Restore the newest copy. Or start "
    "again with a new key (kraken-guard-cli trust reset-key).",
)
DATA_COPIED = QT_TRANSLATE_NOOP(
    "trusted",
    "This data file comes from another Kraken Guard data folder, not this one. Put the right "
    "file back. Or start again with a new key (kraken-guard-cli trust reset-key).",
)
DATA_CHANGED = QT_TRANSLATE_NOOP(
    "trusted",
    "Saved numbers or bookmarks were deleted, or their signed list was changed, outside "
    "Kraken Guard. Restore the data file from a backup. Or start again with a "
    "new key (kraken-guard-cli trust reset-key).",
)


@dataclass(frozen=True)
class _Row:
    item: TrustedItem
    tag: str
    signed_ok: bool


class TrustedItems:
    """Adds, removes and reads trusted items; each row carries an HMAC-SHA256 tag, and the
    whole set a signed manifest whose version is mirrored beside the key (see manifest.py)."""

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
        """The signing key; raises KeyUnavailable when its keychain cannot be reached today,
        and KeyMissing when there is none (made here only where nothing was ever saved)."""
        return self._reach(create=True)

    def _reach(self, *, create: bool) -> TrustKey:
        if self._key is None:
            try:
                self._key = self._key_source()
            except KeyMissing as missing:
                history = self._history()
                error = missing
                if missing.look is not None and (create or history):
                    try:
                        self._key = missing.look()
                        return self._key
                    except KeyMissing as still_missing:
                        error = still_missing
                if not create or error.create is None or history:
                    raise error from None
                self._key = error.create()
        return self._key

    def status(self) -> TrustStatus:
        """Where the key is kept and why, or why it cannot be reached right now."""
        try:
            key = self.key
        except KeyUnavailable as error:
            where = error.protection or Protection.KEYCHAIN
            return TrustStatus(where, error.note, available=False)
        return TrustStatus(
            key.protection, key.doubt or key.note, available=not key.doubt, new_key=key.created
        )

    def retry(self) -> None:
        """Forget a key that could not be reached, so the next use asks the keychain again."""
        self._key = None

    def _history(self) -> bool:
        """True when the store shows that trusted items were ever saved here."""
        for table in ("trusted_items", "trusted_changes", "trust_manifest"):
            if self._store.query(f"SELECT 1 FROM {table} LIMIT 1"):
                return True
        return False

    def _found_key(self, rows: list[_Row], history: bool) -> TrustKey | TrustedLoad:
        """The key, or the load to report when it cannot be used (every row unchecked)."""
        try:
            key = self._reach(create=False)
        except KeyMissing as error:
            if not history and error.create is not None:
                return TrustedLoad((), ())  # a new install: nothing saved, no key made yet
            return _unchecked(rows, error.note, error.doubt)
        except KeyUnavailable as error:
            return _unchecked(rows, error.note, error.doubt)
        if key.doubt:
            return _unchecked(rows, key.doubt, Doubt.KEY_PLACE)
        return key

    def _read_state(self) -> tuple[list[_Row], Manifest | None, bool]:
        """Rows, manifest and whether anything was ever saved, read as one consistent snapshot
        (another process may be saving at the same moment)."""
        with self._store.snapshot():
            return self._rows_with_tags(), self._manifest(), self._history()

    def _doubt(
        self, key: TrustKey, rows: list[_Row], manifest: Manifest | None, history: bool
    ) -> tuple[tuple[str, Doubt] | None, int | None]:
        """Why the set as a whole cannot be trusted (deleted, older, copied), else None; and
        the mirrored version (the newest version this key has seen)."""
        mirrored = _read_mirror(key)
        if manifest is None:
            if mirrored:
                return (DATA_MISSING, Doubt.DATA_MISSING), mirrored
            return None, mirrored  # nothing saved yet, or saved before manifests existed
        if not manifest.signed_by(key.secret):
            return (DATA_CHANGED, Doubt.DATA_CHANGED), mirrored
        if key.folder and manifest.folder != key.folder:
            return (DATA_COPIED, Doubt.DATA_COPIED), mirrored
        if mirrored is not None and manifest.version < mirrored:
            return (DATA_OLDER, Doubt.DATA_OLDER), mirrored
        if not manifest.items <= {row.tag for row in rows}:
            return (DATA_CHANGED, Doubt.DATA_CHANGED), mirrored
        if mirrored is None or manifest.version > mirrored:
            _write_mirror(key, manifest.version)  # a crash after the last commit, or new mirror
        return None, mirrored

    def _manifest(self) -> Manifest | None:
        rows = self._store.query(MANIFEST_QUERY)
        return parse_manifest(tuple(rows[0]) if rows else None)

    def _adopt(self, key: TrustKey) -> None:
        """Write the first manifest for data saved before manifests existed: it names the rows
        whose own tag checks out (a changed row stays changed)."""
        with self._change(adopting=True):
            pass
        log.info("trusted data: first signed list written")

    def check(self) -> TrustedLoad:
        """Every saved item, checked row by row and as a set (any kind)."""
        rows, manifest, history = self._read_state()
        found = self._found_key(rows, history)
        if isinstance(found, TrustedLoad):
            return found
        key = found
        doubt, _ = self._doubt(key, rows, manifest, history)
        if doubt is None and manifest is None and history:
            try:
                self._adopt(key)
            except InDoubt as error:
                doubt = (error.note, error.doubt)
            else:
                rows, manifest, history = self._read_state()
        if doubt is not None:
            log.warning("trusted data in doubt: %s", doubt[1].value)
            return _unchecked(rows, *doubt)
        listed = manifest.items if manifest is not None else frozenset()
        good = tuple(r.item for r in rows if r.signed_ok and r.tag in listed)
        bad = tuple(r.item for r in rows if not (r.signed_ok and r.tag in listed))
        return TrustedLoad(good, bad)

    def _rows_with_tags(self) -> list[_Row]:
        rows = self._store.query(
            "SELECT kind, value, note, source, added_at, tag FROM trusted_items ORDER BY id"
        )
        key: TrustKey | None = None
        with contextlib.suppress(KeyUnavailable):
            key = self._key  # only a key already reached; _found_key reaches it otherwise
        found = []
        for r in rows:
            kind, value, note, source, added_at, tag = (str(r[k]) for k in r.keys())  # noqa: SIM118
            item = TrustedItem(kind, value, note, source, _parse_time(added_at))
            found.append(_Row(item, tag, False))
        if not found:
            return found
        if key is None:
            try:
                key = self._reach(create=False)
            except KeyUnavailable:
                return found
        return [
            _Row(
                row.item,
                row.tag,
                hmac.compare_digest(
                    _tag(key.secret, *(str(r[k]) for k in r.keys()[:5])).encode(),
                    row.tag.encode(),
                ),
            )
            for row, r in zip(found, rows, strict=True)
        ]

    def load(self, kind: str) -> TrustedLoad:
        """The items of one kind: trusted, changed outside the app, or not checkable today."""
        everything = self.check()
        mine = TrustedLoad(
            tuple(i for i in everything.items if i.kind == kind),
            tuple(i for i in everything.tampered if i.kind == kind),
            tuple(i for i in everything.unchecked if i.kind == kind),
            everything.problem,
            everything.doubt,
        )
        if mine.tampered:
            log.warning("%d %s item(s) failed their integrity check", len(mine.tampered), kind)
        return mine

    @contextmanager
    def _change(
        self, *, adopting: bool = False
    ) -> Iterator[tuple[sqlite3.Connection, TrustKey, set[str]]]:
        """One change to the set: rows and a new manifest version land together, or nothing.

        The set is checked inside the write transaction, so a change made by another process
        a moment ago is seen, never taken for tampering. In doubt, nothing is changed.
        """
        key = self._reach(create=True)  # KeyMissing / KeyUnavailable say why not
        if key.doubt:
            raise InDoubt(key.doubt, Doubt.KEY_PLACE)
        with self._store.transaction() as db:
            rows, manifest, history = self._read_state()
            doubt, mirrored = self._doubt(key, rows, manifest, history)
            if doubt is not None:
                raise InDoubt(*doubt)
            if manifest is None:
                version = mirrored or 0
                listed = {row.tag for row in rows if row.signed_ok}
            else:
                if adopting:
                    yield db, key, set(manifest.items)
                    return  # another start wrote it first: nothing to do
                version = manifest.version
                listed = set(manifest.items)
            yield db, key, listed
            write_manifest(db, key.secret, version + 1, key.folder, frozenset(listed))
        _write_mirror(key, version + 1)

    def add(self, kind: str, value: str, *, note: str = "", source: str = "") -> TrustedItem:
        """Store an item (replacing one with the same value) and record the change."""
        added_at = self._now().isoformat(timespec="seconds")
        with self._change() as (db, key, listed):
            tag = _tag(key.secret, kind, value, note, source, added_at)
            listed.difference_update(_old_tags(db, kind, value))
            db.execute(
                "INSERT INTO trusted_items (kind, value, note, source, added_at, tag) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kind, value) DO UPDATE SET "
                "note = excluded.note, source = excluded.source, "
                "added_at = excluded.added_at, tag = excluded.tag",
                (kind, value, note, source, added_at, tag),
            )
            listed.add(tag)
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
        with self._change() as (db, key, listed):
            tag = _tag(key.secret, kind, value, str(rows[0]["note"]), str(rows[0]["source"]), at)
            listed.difference_update(_old_tags(db, kind, value))
            db.execute(
                "UPDATE trusted_items SET added_at = ?, tag = ? WHERE kind = ? AND value = ?",
                (at, tag, kind, value),
            )
            listed.add(tag)
            self._record(db, kind, "trust again", value, at)
        return True

    def remove(self, kind: str, value: str) -> bool:
        if not self._store.query(
            "SELECT 1 FROM trusted_items WHERE kind = ? AND value = ?", (kind, value)
        ):
            return False
        with self._change() as (db, _key, listed):
            listed.difference_update(_old_tags(db, kind, value))
            cursor = db.execute(
                "DELETE FROM trusted_items WHERE kind = ? AND value = ?", (kind, value)
            )
            if cursor.rowcount:
                self._record(db, kind, "remove", value, self._now().isoformat(timespec="seconds"))
        return bool(cursor.rowcount)

    def start_over(self, new_key: TrustKey) -> tuple[TrustedItem, ...]:
        """Remove every saved item and sign an empty list with a new key (trust reset-key).

        Call only after the person typed the confirmation word. Returns what was removed, so
        it can be shown (the person adds the real entries again from the official pages).
        """
        rows = self._store.query(
            "SELECT kind, value, note, source, added_at FROM trusted_items ORDER BY id"
        )
        removed = tuple(
            TrustedItem(
                str(r["kind"]),
                str(r["value"]),
                str(r["note"]),
                str(r["source"]),
                _parse_time(str(r["added_at"])),
            )
            for r in rows
        )
        previous = _read_mirror(new_key) or 0
        with self._store.transaction() as db:
            manifest = read_manifest(db)
            version = max(previous, manifest.version if manifest is not None else 0) + 1
            db.execute("DELETE FROM trusted_items")
            self._record(db, "", "start over", "", self._now().isoformat(timespec="seconds"))
            write_manifest(db, new_key.secret, version, new_key.folder, frozenset())
        _write_mirror(new_key, version)
        self._key = new_key
        return removed

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
        return _tag(self.key.secret, kind, value, note, source, added_at)


def _tag(secret: bytes, kind: str, value: str, note: str, source: str, added_at: str) -> str:
    message = json.dumps([kind, value, note, source, added_at], ensure_ascii=False)
    return hmac.new(secret, message.encode("utf-8"), hashlib.sha256).hexdigest()


def _old_tags(db: sqlite3.Connection, kind: str, value: str) -> set[str]:
    return {
        str(r[0])
        for r in db.execute(
            "SELECT tag FROM trusted_items WHERE kind = ? AND value = ?", (kind, value)
        )
    }


def _unchecked(rows: list[_Row], note: str, doubt: Doubt) -> TrustedLoad:
    return TrustedLoad((), (), tuple(row.item for row in rows), note, doubt)


def _read_mirror(key: TrustKey) -> int | None:
    if key.mirror is None:
        return None
    try:
        return key.mirror.read()
    except Exception as error:  # a keychain that fails now: the key was read, so go on
        log.warning("could not read the trusted-data version: %s", type(error).__name__)
        return None


def _write_mirror(key: TrustKey, version: int) -> None:
    if key.mirror is None:
        return
    try:
        current = key.mirror.read()
        if current is None or version > current:
            key.mirror.write(version)
    except Exception as error:  # the store is newer than the mirror: caught up next time
        log.warning("could not save the trusted-data version: %s", type(error).__name__)


def _parse_time(text: str) -> datetime:
    """The stored time; an unreadable one (an outside edit) becomes the earliest possible time."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

"""Trusted data (bookmarks, official numbers) tagged with an HMAC so outside edits show."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

from kraken_guard.core.atomic import write_atomic
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.paths import restrict_file
from kraken_guard.core.store import Store
from kraken_guard.core.trust.manifest import (
    MANIFEST_QUERY,
    MIRROR_FILE_NAME,
    FileMirror,
    KeychainMirror,
    Manifest,
    VersionMirror,
    folder_id,
    parse_manifest,
    read_manifest,
    write_manifest,
)

log = logging.getLogger(__name__)

KEYRING_SERVICE = "kraken-guard"
KEYRING_USER = "trusted-data-key"


class Protection(Enum):
    KEYCHAIN = "keychain"
    FILE = "file"


class Doubt(Enum):
    """Why the saved items cannot be checked; the command line gives each group an exit code."""

    KEY_UNREACHABLE = "key unreachable"  # a locked or broken keychain
    KEY_MISSING = "key missing"  # the key is gone although items were saved with it
    KEY_PLACE = "key place"  # a key file or marker appeared while the keychain holds the key
    DATA_MISSING = "data missing"  # the data file was emptied or deleted
    DATA_OLDER = "data older"  # an older copy of the data file was put back
    DATA_COPIED = "data copied"  # a data file from another data folder
    DATA_CHANGED = "data changed"  # rows deleted, or the signed list itself edited

    @property
    def about_key(self) -> bool:
        return self in (Doubt.KEY_UNREACHABLE, Doubt.KEY_MISSING, Doubt.KEY_PLACE)


@dataclass(frozen=True)
class TrustKey:
    """The secret that signs trusted data, where it is kept, and whether it was just made.

    `doubt` is set when the key was found but where it lives cannot be trusted (a key file
    appeared beside a keychain key, say): nothing it signed is called checked then.
    `mirror` keeps the newest manifest version beside the key; `folder` names the data folder.
    """

    secret: bytes
    protection: Protection
    note: str = ""
    created: bool = False
    doubt: str = ""
    mirror: VersionMirror | None = field(default=None, compare=False, repr=False)
    folder: str = ""


class KeyUnavailable(Exception):
    """The keychain that holds the key cannot be reached today (locked, or gone for now).

    Data signed with that key cannot be checked: it is "not checked right now", not "tampered".
    """

    doubt = Doubt.KEY_UNREACHABLE

    def __init__(self, note: str, protection: Protection | None = None) -> None:
        super().__init__(note)
        self.note = note
        self.protection = protection  # where the unreachable key is kept, when known


class KeyMissing(KeyUnavailable):
    """No key was found anywhere. `create` makes one, but only where nothing was ever saved.

    A new key would turn every saved item into "changed outside the app" and the real Kraken
    number into "not Kraken's number", so TrustedItems calls `create` only when the store shows
    no sign of earlier data; otherwise only the typed `trust reset-key` makes a new key.
    """

    doubt = Doubt.KEY_MISSING

    def __init__(
        self,
        note: str,
        protection: Protection | None = None,
        create: Callable[[], TrustKey] | None = None,
        look: Callable[[], TrustKey] | None = None,
    ) -> None:
        super().__init__(note, protection)
        self.create = create
        self.look = look  # set when only the data folder was looked at: look everywhere


class InDoubt(KeyUnavailable):
    """Trust is in doubt (see Doubt): nothing is changed until the person sorts it out."""

    def __init__(self, note: str, doubt: Doubt) -> None:
        super().__init__(note)
        self.doubt = doubt


KeySource = Callable[[], TrustKey]


class RememberedKey:
    """Reach the keychain once per run, from any thread; a failure is not kept, so retry works.

    `forget()` drops the key found, after `trust reset-key` (or the GUI's "start again") made a
    new one.
    """

    def __init__(self, source: KeySource) -> None:
        self._source = source
        self._lock = threading.Lock()
        self._found: list[TrustKey] = []

    def __call__(self) -> TrustKey:
        with self._lock:
            if not self._found:
                self._found.append(self._source())
            return self._found[0]

    def forget(self) -> None:
        with self._lock:
            self._found.clear()


def remembered(source: KeySource) -> RememberedKey:
    return RememberedKey(source)


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
KEY_MISSING_NOTE = QT_TRANSLATE_NOOP(
    "trusted",
    "The key that protects your saved numbers and bookmarks is missing. Kraken Guard did not "
    "make a new one, because your saved items could then not be checked. Restore your keychain "
    "or key file from a backup. Or start again with a new key (kraken-guard-cli trust reset-key).",
)
KEY_FILE_APPEARED = QT_TRANSLATE_NOOP(
    "trusted",
    "Warning: a key file appeared in your data folder ({path}), but your key is kept in your "
    "system keychain. Someone may have tried to plant false numbers or bookmarks. Kraken Guard "
    "does not use that file. If you did not put it there, delete it.",
)
KEY_FILE_REPLACED = QT_TRANSLATE_NOOP(
    "trusted",
    "Warning: the key file in your data folder ({path}) is not the one Kraken Guard made. "
    "Someone may have tried to plant false numbers or bookmarks. Restore the file from a "
    "backup, or start again with a new key (kraken-guard-cli trust reset-key).",
)
KEYCHAIN_KEY_GONE = QT_TRANSLATE_NOOP(
    "trusted",
    "Warning: your key was kept in your system keychain, but it is gone, and a key file is in "
    "your data folder ({path}) instead. Kraken Guard does not use that file. Restore your "
    "keychain from a backup, or start again with a new key (kraken-guard-cli trust reset-key).",
)
FILE_UNCONFIRMED = QT_TRANSLATE_NOOP(
    "trusted",
    "Your system keychain cannot be reached, so Kraken Guard cannot confirm that the key file "
    "in your data folder is the one you chose. Unlock your keychain and check again.",
)
KEY_BYTES = 32
KEYRING_MODE_USER = "trusted-data-key-in-file"


def _decode_key(text: str) -> bytes | None:
    """The key written as hex, or None when it is not exactly KEY_BYTES bytes of hex."""
    try:
        secret = bytes.fromhex(text.strip())
    except ValueError:
        return None
    return secret if len(secret) == KEY_BYTES else None


def _fingerprint(secret: bytes) -> str:
    """What the keychain keeps about a file key: enough to spot a swapped file, not the key."""
    return hashlib.sha256(b"kraken-guard file key\x00" + secret).hexdigest()[:32]


def _read_file_key(path: Path) -> bytes:
    """The key in the key file; a damaged or unreadable file raises KeyUnavailable."""
    try:
        if path.is_symlink() or not path.is_file():
            raise OSError(f"{path} is not a regular file")
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


def _create_file_key(path: Path) -> bytes:
    """Write a new key file only if none exists (two first starts agree on one key).

    The key is written to a private temporary file, then linked into place: a reader never
    sees a half-written key, and a second start finds the first one's key instead.
    """
    secret = secrets.token_bytes(KEY_BYTES)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}.new")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(temporary, flags, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(secret.hex())
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            return _read_file_key(path)
    finally:
        temporary.unlink(missing_ok=True)
    restrict_file(path)
    return secret


def file_key(path: Path) -> bytes:
    """Read the key file, or create it (0600, only if absent) with a new random key.

    A damaged or unreadable file raises KeyUnavailable and is never replaced: a new key would
    quietly turn every saved item into "changed outside the app", and an empty key can be
    forged by anyone.
    """
    if path.exists() or path.is_symlink():
        return _read_file_key(path)
    return _create_file_key(path)


@contextmanager
def key_lock(key_file: Path) -> Iterator[None]:
    """Hold a lock file while a key is made, so parallel first starts make only one key."""
    lock_path = key_file.with_name(key_file.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            import fcntl
        except ImportError:  # Windows: the keychain itself serialises; the file is O_EXCL
            yield
            return
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(descriptor, fcntl.LOCK_UN)
    finally:
        os.close(descriptor)


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
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(marker, f"{protection.value}\n{note}")
    except OSError as error:  # only a hint for the next start; the keychain is the record
        log.warning("could not write the key-place marker: %s", type(error).__name__)


def _mirror_for(key_file: Path, protection: Protection) -> tuple[VersionMirror, str]:
    folder = folder_id(key_file.parent)
    if protection is Protection.KEYCHAIN:
        return KeychainMirror(KEYRING_SERVICE, folder), folder
    return FileMirror(key_file.with_name(MIRROR_FILE_NAME)), folder


def _key(
    key_file: Path,
    secret: bytes,
    protection: Protection,
    note: str = "",
    *,
    created: bool = False,
    doubt: str = "",
) -> TrustKey:
    mirror, folder = _mirror_for(key_file, protection)
    return TrustKey(secret, protection, note, created, doubt, mirror, folder)


def keychain_key(key_file: Path, *, thorough: bool = False) -> TrustKey:
    """The key from the system keychain, or from a 0600 file when there is no keychain at all.

    Where the key lives is itself trusted (the data folder alone cannot change it):
    - a keychain key always wins; a key file or file marker beside it is an alarm (`doubt`);
    - a file key is recorded in the keychain (by fingerprint) once a keychain works, so a
      swapped file is an alarm too;
    - a locked keychain never makes a file key (KeyUnavailable);
    - no key at all raises KeyMissing, whose `create` makes one (see TrustedItems).
    """
    marker, marker_note = remembered_protection(key_file)
    file_present = key_file.exists() or key_file.is_symlink()
    if not thorough and marker is None and not file_present:
        # Nothing in the data folder says a key was ever made: do not load the keychain
        # (~130 ms) just to show an empty list. TrustedItems looks everywhere when the store
        # shows earlier data, and before making the first key.
        raise KeyMissing(
            KEY_MISSING_NOTE,
            create=lambda: _create_key(key_file),
            look=lambda: keychain_key(key_file, thorough=True),
        )

    import keyring
    from keyring import errors

    try:
        stored = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
        if stored:
            secret = _decode_key(stored)
            if secret is None:
                log.warning("trusted-data key in the keychain is damaged")
                raise KeyUnavailable(KEYCHAIN_KEY_DAMAGED)
            doubt = ""
            if file_present or marker is Protection.FILE:
                log.warning("a key file or file marker appeared beside the keychain key")
                doubt = KEY_FILE_APPEARED.format(path=key_file)
            else:
                _remember(key_file, Protection.KEYCHAIN)
            return _key(key_file, secret, Protection.KEYCHAIN, doubt=doubt)
        flag = keyring.get_password(KEYRING_SERVICE, KEYRING_MODE_USER)
        if flag:
            if not file_present:
                raise KeyMissing(KEY_MISSING_NOTE, Protection.FILE)
            secret = _read_file_key(key_file)
            doubt = "" if flag == _fingerprint(secret) else KEY_FILE_REPLACED.format(path=key_file)
            return _key(key_file, secret, Protection.FILE, marker_note or FILE_NOTE, doubt=doubt)
        if file_present:
            secret = _read_file_key(key_file)
            if marker is Protection.KEYCHAIN:
                log.warning("the keychain key is gone and a key file is there instead")
                return _key(
                    key_file,
                    secret,
                    Protection.FILE,
                    doubt=KEYCHAIN_KEY_GONE.format(path=key_file),
                )
            # A file key from before a keychain worked here: record it where files cannot reach.
            keyring.set_password(KEYRING_SERVICE, KEYRING_MODE_USER, _fingerprint(secret))
            return _key(key_file, secret, Protection.FILE, marker_note or FILE_NOTE)
        raise KeyMissing(
            KEY_MISSING_NOTE, Protection.KEYCHAIN, create=lambda: _create_key(key_file)
        )
    except errors.NoKeyringError:
        note = QT_TRANSLATE_NOOP("trusted", "No system keychain was found on this computer.")
        return _without_keychain(key_file, note, marker, marker_note, file_present, absent=True)
    except errors.KeyringLocked:
        note = QT_TRANSLATE_NOOP("trusted", "The system keychain is locked.")
    except errors.InitError:
        note = QT_TRANSLATE_NOOP("trusted", "The system keychain could not be started.")
    except errors.PasswordSetError:
        note = QT_TRANSLATE_NOOP("trusted", "The system keychain refused to save the key.")
    except errors.KeyringError as error:
        log.warning("keychain error: %s", type(error).__name__)
        note = QT_TRANSLATE_NOOP("trusted", "The system keychain did not work.")
    return _without_keychain(
        key_file, note, marker, marker_note, file_present, absent=note == PASSWORD_REFUSED_NOTE
    )


def _without_keychain(
    key_file: Path,
    note: str,
    marker: Protection | None,
    marker_note: str,
    file_present: bool,
    *,
    absent: bool,
) -> TrustKey:
    """No keychain answered: a file key where one was chosen, never a quiet downgrade.

    `absent` is True when this computer has no keychain at all (or it refuses to keep keys);
    a locked or broken keychain is not absent, and never makes a weaker file key.
    """
    no_keychain = absent
    if marker is Protection.KEYCHAIN:
        log.warning("trusted-data key is in the keychain, which cannot be reached: %s", note)
        if file_present:
            raise KeyUnavailable(KEYCHAIN_KEY_GONE.format(path=key_file))
        raise KeyUnavailable(note)
    if file_present:
        secret = _read_file_key(key_file)
        doubt = "" if no_keychain else FILE_UNCONFIRMED
        return _key(key_file, secret, Protection.FILE, marker_note or note, doubt=doubt)
    if not no_keychain:
        # A keychain exists but is locked or broken today: never fall back to a weaker file.
        raise KeyUnavailable(note)
    log.warning("no usable keychain: %s", note)
    raise KeyMissing(
        KEY_MISSING_NOTE, Protection.FILE, create=lambda: _create_file_mode_key(key_file, note)
    )


PASSWORD_REFUSED_NOTE = "The system keychain refused to save the key."


def _create_key(key_file: Path) -> TrustKey:
    """Make the first key, in the keychain, once (a lock file stops parallel first starts)."""
    import keyring
    from keyring import errors

    with key_lock(key_file):
        try:
            stored = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
            if stored and _decode_key(stored) is not None:
                return keychain_key(key_file, thorough=True)  # another start made it just now
            secret = secrets.token_bytes(KEY_BYTES)
            keyring.set_password(KEYRING_SERVICE, KEYRING_USER, secret.hex())
        except errors.NoKeyringError:
            note = QT_TRANSLATE_NOOP("trusted", "No system keychain was found on this computer.")
            return _create_file_mode_key(key_file, note, locked=True)
        except errors.PasswordSetError:
            return _create_file_mode_key(key_file, PASSWORD_REFUSED_NOTE, locked=True)
        except errors.KeyringError as error:
            log.warning("keychain error while making the key: %s", type(error).__name__)
            raise KeyUnavailable(
                QT_TRANSLATE_NOOP("trusted", "The system keychain did not work.")
            ) from error
        _remember(key_file, Protection.KEYCHAIN)
        return _key(key_file, secret, Protection.KEYCHAIN, created=True)


def _create_file_mode_key(key_file: Path, note: str, *, locked: bool = False) -> TrustKey:
    """Make the first key in a private file (no keychain on this computer)."""
    if not locked:
        with key_lock(key_file):
            return _create_file_mode_key(key_file, note, locked=True)
    created = not key_file.exists()
    secret = file_key(key_file)
    _remember(key_file, Protection.FILE, note)
    return _key(key_file, secret, Protection.FILE, note, created=created)


def replace_key(key_file: Path) -> TrustKey:
    """Make a new key, after the person typed the confirmation word (trust reset-key).

    The keychain is used when it works (a key file and marker are removed then); otherwise a
    new private key file.
    """
    import keyring
    from keyring import errors

    with key_lock(key_file):
        secret = secrets.token_bytes(KEY_BYTES)
        try:
            keyring.set_password(KEYRING_SERVICE, KEYRING_USER, secret.hex())
        except errors.KeyringError as error:
            if not isinstance(error, errors.NoKeyringError | errors.PasswordSetError):
                raise KeyUnavailable(str(error) or PASSWORD_REFUSED_NOTE) from error
            note = QT_TRANSLATE_NOOP("trusted", "No system keychain was found on this computer.")
            key_file.unlink(missing_ok=True)
            _create_file_key(key_file)
            _remember(key_file, Protection.FILE, note)
            return _key(key_file, _read_file_key(key_file), Protection.FILE, note, created=True)
        with contextlib.suppress(errors.KeyringError):
            keyring.delete_password(KEYRING_SERVICE, KEYRING_MODE_USER)
        key_file.unlink(missing_ok=True)
        protection_marker(key_file).unlink(missing_ok=True)
        _remember(key_file, Protection.KEYCHAIN)
        return _key(key_file, secret, Protection.KEYCHAIN, created=True)


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

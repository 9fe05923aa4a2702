"""Where the key that signs trusted data lives, and finding it there without being fooled.

The keychain is the record: a keychain key always wins over a file, a file key is recorded in
the keychain by fingerprint, a locked keychain never makes a weaker file key, and no key is made
here once data was saved (KeyMissing carries `create` for TrustedItems to decide).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from kraken_guard.core.atomic import write_atomic
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.logs import get_logger
from kraken_guard.core.paths import restrict_file
from kraken_guard.core.trust.manifest import (
    MIRROR_FILE_NAME,
    FileMirror,
    KeychainMirror,
    VersionMirror,
    folder_id,
)

log = get_logger(__name__)

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

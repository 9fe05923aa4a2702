"""The signed list of every trusted row, with a version that only goes up, mirrored outside.

Each row is signed alone, which cannot show a deleted row, an older copy of the whole file, or a
file copied from another data folder. The manifest names the rows (by their tags), carries a
version raised by every change and the data folder it belongs to, and is signed with the same
key. The newest version is also kept where the data folder alone cannot change it (the
keychain, beside the key), so an older copy shows as older.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kraken_guard.core.atomic import write_atomic
from kraken_guard.core.logs import get_logger
from kraken_guard.core.paths import restrict_file

log = get_logger(__name__)

MIRROR_USER_PREFIX = "trusted-data-version:"
MIRROR_FILE_NAME = "trusted-data.version"


def folder_id(data_folder: Path) -> str:
    """A short, stable name for one data folder (its full path, hashed)."""
    try:
        where = str(data_folder.resolve())
    except OSError:
        where = str(data_folder.absolute())
    return hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()[:24]


class VersionMirror(Protocol):
    """Where the newest manifest version is kept, outside the database file."""

    def read(self) -> int | None: ...

    def write(self, version: int) -> None: ...


class KeychainMirror:
    """The newest version, kept in the system keychain under this data folder's name."""

    def __init__(self, service: str, folder: str) -> None:
        self._service = service
        self._user = MIRROR_USER_PREFIX + folder

    def read(self) -> int | None:
        import keyring

        return _version(keyring.get_password(self._service, self._user))

    def write(self, version: int) -> None:
        import keyring

        keyring.set_password(self._service, self._user, str(version))


class FileMirror:
    """The newest version in a file beside the key file (weaker, like the key file itself)."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def read(self) -> int | None:
        try:
            return _version(self._path.read_text(encoding="ascii"))
        except (OSError, UnicodeDecodeError):
            return None

    def write(self, version: int) -> None:
        write_atomic(self._path, str(version))
        restrict_file(self._path)


def _version(text: str | None) -> int | None:
    if not text or not text.strip().isdigit():
        return None
    return int(text.strip())


@dataclass(frozen=True)
class Manifest:
    version: int
    folder: str
    items: frozenset[str]  # the tags of the rows it names
    tag: str

    def signed_by(self, secret: bytes) -> bool:
        expected = manifest_tag(secret, self.version, self.folder, self.items)
        return hmac.compare_digest(expected.encode(), self.tag.encode())


def manifest_tag(secret: bytes, version: int, folder: str, items: frozenset[str]) -> str:
    message = json.dumps(["manifest", version, folder, sorted(items)])
    return hmac.new(secret, message.encode("utf-8"), hashlib.sha256).hexdigest()


MANIFEST_QUERY = "SELECT version, folder, items, tag FROM trust_manifest"


def read_manifest(db: sqlite3.Connection) -> Manifest | None:
    """The stored manifest, read inside a transaction."""
    return parse_manifest(db.execute(MANIFEST_QUERY).fetchone())


def parse_manifest(row: Sequence[object] | None) -> Manifest | None:
    """The manifest from its row; one that cannot be read (an outside edit) has version -1."""
    if row is None:
        return None
    try:
        items = json.loads(str(row[2]))
        if not isinstance(items, list):
            raise ValueError("not a list")
        version = row[0]
        if not isinstance(version, int):
            raise TypeError("not a number")
        return Manifest(version, str(row[1]), frozenset(str(i) for i in items), str(row[3]))
    except (ValueError, TypeError):
        return Manifest(-1, "", frozenset(), "")


def write_manifest(
    db: sqlite3.Connection, secret: bytes, version: int, folder: str, items: frozenset[str]
) -> None:
    tag = manifest_tag(secret, version, folder, items)
    db.execute(
        "INSERT INTO trust_manifest (id, version, folder, items, tag) VALUES (1, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET version = excluded.version, folder = excluded.folder, "
        "items = excluded.items, tag = excluded.tag",
        (version, folder, json.dumps(sorted(items)), tag),
    )

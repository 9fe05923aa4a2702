"""Against a real Secret Service (gnome-keyring under dbus); .ci/run runs them on their own."""

import contextlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from kraken_guard.core.paths import AppPaths
from kraken_guard.core.store import Store, open_store
from kraken_guard.core.trust.signed_items import (
    KEYRING_SERVICE,
    KEYRING_USER,
    Protection,
    TrustedItems,
    keychain_key,
)

pytestmark = pytest.mark.secretservice


@pytest.fixture
def secret_service() -> Iterator[None]:
    import keyring
    from keyring.backends import SecretService

    previous = keyring.get_keyring()
    backend = SecretService.Keyring()
    keyring.set_keyring(backend)
    try:
        yield
    finally:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(KEYRING_SERVICE, KEYRING_USER)
        keyring.set_keyring(previous)


def test_the_key_lives_in_the_real_keychain(
    secret_service: None, clean_mirror: None, store: Store, paths: AppPaths
) -> None:
    import keyring

    first = TrustedItems(store, lambda: keychain_key(paths.key_file)).key  # made on first use
    assert first.protection is Protection.KEYCHAIN and first.created
    assert keyring.get_password(KEYRING_SERVICE, KEYRING_USER) == first.secret.hex()
    second = keychain_key(paths.key_file)
    assert second.secret == first.secret and not second.created
    assert not paths.key_file.exists()


def test_signed_bookmarks_survive_a_restart_and_refuse_tampering(
    secret_service: None, store: Store, paths: AppPaths
) -> None:
    TrustedItems(store, lambda: keychain_key(paths.key_file)).add(
        "bookmark", "https://www.kraken.com/sign-in"
    )
    restarted = TrustedItems(store, lambda: keychain_key(paths.key_file))
    assert [i.value for i in restarted.load("bookmark").items] == ["https://www.kraken.com/sign-in"]
    outside = sqlite3.connect(paths.database)
    outside.execute("UPDATE trusted_items SET value = 'https://evil.example/'")
    outside.commit()
    outside.close()
    loaded = TrustedItems(store, lambda: keychain_key(paths.key_file)).load("bookmark")
    assert loaded.items == () and [i.value for i in loaded.tampered] == ["https://evil.example/"]


@pytest.fixture
def clean_mirror(paths: AppPaths) -> Iterator[None]:
    """Remove what the version mirror and the file-key flag leave in the real keychain."""
    yield
    import keyring

    from kraken_guard.core.trust.manifest import MIRROR_USER_PREFIX, folder_id
    from kraken_guard.core.trust.signed_items import KEYRING_MODE_USER

    for user in (MIRROR_USER_PREFIX + folder_id(paths.data), KEYRING_MODE_USER):
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(KEYRING_SERVICE, user)


def test_a_planted_key_file_and_an_older_copy_are_caught_with_the_real_keychain(
    secret_service: None, clean_mirror: None, store: Store, paths: AppPaths, tmp_path: Path
) -> None:
    from kraken_guard.core.trust.signed_items import Doubt, protection_marker

    trusted = TrustedItems(store, lambda: keychain_key(paths.key_file))
    trusted.add("phone", "+18005550100")
    trusted.add("phone", "+19005550199")
    store.query("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(paths.database, tmp_path / "old.sqlite3")
    trusted.remove("phone", "+19005550199")

    paths.key_file.write_text("ab" * 32, encoding="ascii")  # the downgrade attempt
    protection_marker(paths.key_file).write_text("file\n", encoding="utf-8")
    planted = TrustedItems(store, lambda: keychain_key(paths.key_file)).load("phone")
    assert planted.doubt is Doubt.KEY_PLACE and planted.items == ()
    paths.key_file.unlink()
    protection_marker(paths.key_file).unlink()

    store.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(tmp_path / "old.sqlite3", paths.database)
    restored, _ = open_store(paths.database)
    try:
        older = TrustedItems(restored, lambda: keychain_key(paths.key_file)).load("phone")
        assert older.doubt is Doubt.DATA_OLDER and older.items == ()
    finally:
        restored.close()

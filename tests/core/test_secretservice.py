"""Against a real Secret Service (gnome-keyring under dbus); .ci/run runs them on their own."""

import contextlib
import sqlite3
from collections.abc import Iterator

import pytest

from kraken_guard.core.paths import AppPaths
from kraken_guard.core.store import Store
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


def test_the_key_lives_in_the_real_keychain(secret_service: None, paths: AppPaths) -> None:
    import keyring

    first = keychain_key(paths.key_file)
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

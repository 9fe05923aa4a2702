import sqlite3
from pathlib import Path

import pytest
from keyring import errors

from kraken_guard.core.paths import AppPaths
from kraken_guard.core.store import Store
from kraken_guard.core.trust.signed_items import (
    KEYRING_MODE_USER,
    KEYRING_SERVICE,
    KEYRING_USER,
    Doubt,
    KeyMissing,
    KeyUnavailable,
    Protection,
    TrustedItems,
    TrustKey,
    file_key,
    keychain_key,
)
from tests.fakes import FakeClock, MemoryKeyring

KEY = TrustKey(b"s" * 32, Protection.KEYCHAIN)


def test_items_added_are_read_back_as_trusted(store: Store) -> None:
    clock = FakeClock()
    trusted = TrustedItems(store, lambda: KEY, clock)
    trusted.add("phone", "+18005551234", note="bottom of support.kraken.com", source="typed")
    loaded = trusted.load("phone")
    assert [i.value for i in loaded.items] == ["+18005551234"]
    assert loaded.items[0].added_at == clock()
    assert loaded.tampered == ()


def test_an_edit_behind_the_apps_back_is_caught(store: Store, paths: AppPaths) -> None:
    TrustedItems(store, lambda: KEY).add("phone", "+18005551234")
    outside = sqlite3.connect(paths.database)
    outside.execute("UPDATE trusted_items SET value = '+19005550000'")
    outside.commit()
    outside.close()
    loaded = TrustedItems(store, lambda: KEY).load("phone")
    assert loaded.items == ()
    assert [i.value for i in loaded.tampered] == ["+19005550000"]


def test_a_row_inserted_without_the_key_is_caught(store: Store) -> None:
    with store.transaction() as db:
        db.execute(
            "INSERT INTO trusted_items (kind, value, added_at, tag) VALUES "
            "('bookmark', 'https://kraken-support.example', '2026-01-01T00:00:00+00:00', 'ab')"
        )
    loaded = TrustedItems(store, lambda: KEY).load("bookmark")
    assert loaded.items == () and len(loaded.tampered) == 1


def test_data_signed_with_another_key_is_not_trusted(store: Store) -> None:
    TrustedItems(store, lambda: KEY).add("phone", "+18005551234")
    other = TrustKey(b"x" * 32, Protection.KEYCHAIN)
    assert TrustedItems(store, lambda: other).load("phone").items == ()


def test_every_change_is_recorded_with_its_time(store: Store) -> None:
    clock = FakeClock()
    trusted = TrustedItems(store, lambda: KEY, clock)
    trusted.add("phone", "+18005551234")
    clock.advance(minutes=5)
    assert trusted.remove("phone", "+18005551234")
    assert not trusted.remove("phone", "+18005551234")
    changes = trusted.changes("phone")
    assert [(c.action, c.value) for c in changes] == [
        ("add", "+18005551234"),
        ("remove", "+18005551234"),
    ]
    assert changes[1].at > changes[0].at


def test_the_key_is_loaded_only_when_needed(store: Store) -> None:
    calls = []

    def source() -> TrustKey:
        calls.append(1)
        return KEY

    trusted = TrustedItems(store, source)
    assert calls == []
    trusted.add("phone", "+18005551234")
    trusted.load("phone")
    assert calls == [1]


def first_key(paths: AppPaths) -> TrustKey:
    """The key a first start makes (keychain_key itself only finds keys)."""
    try:
        return keychain_key(paths.key_file)
    except KeyMissing as missing:
        assert missing.create is not None
        return missing.create()


def test_keychain_key_is_created_once_and_reused(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    first = first_key(paths)
    assert first.created
    second = keychain_key(paths.key_file)
    assert first.protection is Protection.KEYCHAIN
    assert first.secret == second.secret and len(first.secret) == 32
    assert memory_keyring.secrets[(KEYRING_SERVICE, KEYRING_USER)] == first.secret.hex()
    assert not paths.key_file.exists()


@pytest.mark.parametrize(
    "failure, words",
    [
        (errors.NoKeyringError(), "No system keychain"),
        (errors.PasswordSetError(), "refused"),
    ],
)
def test_without_a_usable_keychain_the_key_goes_to_a_private_file(
    paths: AppPaths, memory_keyring: MemoryKeyring, failure: Exception, words: str
) -> None:
    memory_keyring.fail_with = failure
    key = first_key(paths)
    assert key.protection is Protection.FILE
    assert words in key.note
    assert paths.key_file.stat().st_mode & 0o777 == 0o600
    assert keychain_key(paths.key_file).secret == key.secret


@pytest.mark.parametrize(
    "failure, words",
    [(errors.KeyringLocked(), "locked"), (errors.InitError(), "could not be started")],
)
def test_a_locked_or_broken_keychain_never_makes_a_weaker_file_key(
    store: Store, paths: AppPaths, memory_keyring: MemoryKeyring, failure: Exception, words: str
) -> None:
    memory_keyring.fail_with = failure
    with pytest.raises(KeyUnavailable, match=words):
        TrustedItems(store, lambda: keychain_key(paths.key_file)).add("phone", "+18005551234")
    assert not paths.key_file.exists()


def test_file_key_is_stable(tmp_path: Path) -> None:
    assert file_key(tmp_path / "k") == file_key(tmp_path / "k")


def test_a_locked_keychain_is_cannot_check_not_tampered(
    store: Store, paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    TrustedItems(store, lambda: keychain_key(paths.key_file)).add("phone", "+18005551234")
    memory_keyring.fail_with = errors.KeyringLocked()
    trusted = TrustedItems(store, lambda: keychain_key(paths.key_file))
    loaded = trusted.load("phone")
    assert loaded.items == () and loaded.tampered == ()
    assert [i.value for i in loaded.unchecked] == ["+18005551234"]
    assert "locked" in loaded.problem
    assert not paths.key_file.exists(), "no weaker file key replaces the keychain key quietly"
    status = trusted.status()
    assert not status.available and "locked" in status.note
    with pytest.raises(KeyUnavailable):
        trusted.add("phone", "+18005550000")
    memory_keyring.fail_with = None
    trusted.retry()
    assert [i.value for i in trusted.load("phone").items] == ["+18005551234"]


def test_a_file_key_keeps_being_used_when_a_keychain_appears_later(
    store: Store, paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.fail_with = errors.NoKeyringError()
    TrustedItems(store, lambda: keychain_key(paths.key_file)).add("phone", "+18005551234")
    memory_keyring.fail_with = None
    trusted = TrustedItems(store, lambda: keychain_key(paths.key_file))
    assert [i.value for i in trusted.load("phone").items] == ["+18005551234"]
    status = trusted.status()
    assert status.protection is Protection.FILE and "No system keychain" in status.note
    assert KEYRING_USER not in {user for _, user in memory_keyring.secrets}
    fingerprint = memory_keyring.secrets[(KEYRING_SERVICE, KEYRING_MODE_USER)]
    assert fingerprint not in paths.key_file.read_text(encoding="ascii"), "never the key itself"


def test_a_deleted_keychain_key_is_cannot_check_never_a_silent_new_key(
    store: Store, paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    TrustedItems(store, lambda: keychain_key(paths.key_file)).add("phone", "+18005551234")
    memory_keyring.secrets.pop((KEYRING_SERVICE, KEYRING_USER))
    trusted = TrustedItems(store, lambda: keychain_key(paths.key_file))
    loaded = trusted.load("phone")
    assert loaded.tampered == () and [i.value for i in loaded.unchecked] == ["+18005551234"]
    assert loaded.doubt is Doubt.KEY_MISSING and "missing" in loaded.problem
    with pytest.raises(KeyMissing):
        trusted.add("phone", "+18005550000")
    assert (KEYRING_SERVICE, KEYRING_USER) not in memory_keyring.secrets, "no key made quietly"


def test_a_deleted_key_file_is_cannot_check_never_a_silent_new_key(
    store: Store, paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.fail_with = errors.NoKeyringError()
    TrustedItems(store, lambda: keychain_key(paths.key_file)).add("phone", "+18005551234")
    paths.key_file.unlink()
    loaded = TrustedItems(store, lambda: keychain_key(paths.key_file)).load("phone")
    assert [i.value for i in loaded.unchecked] == ["+18005551234"]
    assert loaded.doubt is Doubt.KEY_MISSING and "key that protects" in loaded.problem
    assert not paths.key_file.exists()


def test_trusting_an_item_again_is_recorded(store: Store, paths: AppPaths) -> None:
    trusted = TrustedItems(store, lambda: KEY, FakeClock())
    trusted.add("phone", "+18005551234")
    outside = sqlite3.connect(paths.database)
    outside.execute("UPDATE trusted_items SET note = 'changed'")
    outside.commit()
    outside.close()
    assert trusted.load("phone").tampered
    assert trusted.resign("phone", "+18005551234")
    assert not trusted.resign("phone", "+10000000000")
    assert [i.note for i in trusted.load("phone").items] == ["changed"]
    assert [c.action for c in trusted.changes("phone")] == ["add", "trust again"]

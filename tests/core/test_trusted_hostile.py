"""Forged rows and a damaged key: trusted data must never be trusted by mistake."""

from pathlib import Path

import pytest
from keyring import errors

from kraken_guard.core.paths import AppPaths
from kraken_guard.core.store import Store
from kraken_guard.core.trust.signed_items import (
    KEYRING_SERVICE,
    KEYRING_USER,
    KeyUnavailable,
    Protection,
    TrustedItems,
    TrustKey,
    file_key,
    keychain_key,
)
from tests.fakes import MemoryKeyring

KEY = TrustKey(b"k" * 32, Protection.KEYCHAIN)


def _trusted(store: Store) -> TrustedItems:
    return TrustedItems(store, lambda: KEY)


def test_swapping_values_between_rows_breaks_both_tags(store: Store) -> None:
    trusted = _trusted(store)
    trusted.add("phone", "+18005550100", note="from support.kraken.com")
    trusted.add("phone", "+18005550199", note="scammer")
    with store.transaction() as db:
        db.execute("UPDATE trusted_items SET value = 'tmp' WHERE value = '+18005550100'")
        db.execute("UPDATE trusted_items SET value = '+18005550100' WHERE value = '+18005550199'")
        db.execute("UPDATE trusted_items SET value = '+18005550199' WHERE value = 'tmp'")
    loaded = trusted.load("phone")
    assert loaded.items == ()
    assert len(loaded.tampered) == 2


def test_swapping_tags_between_rows_is_caught(store: Store) -> None:
    trusted = _trusted(store)
    trusted.add("phone", "+18005550100")
    trusted.add("phone", "+18005550199")
    rows = store.query("SELECT id, tag FROM trusted_items ORDER BY id")
    with store.transaction() as db:
        db.execute("UPDATE trusted_items SET tag = ? WHERE id = ?", (rows[1]["tag"], rows[0]["id"]))
        db.execute("UPDATE trusted_items SET tag = ? WHERE id = ?", (rows[0]["tag"], rows[1]["id"]))
    assert _trusted(store).load("phone").items == ()


def test_changing_kind_turns_a_bookmark_into_nothing_trusted(store: Store) -> None:
    trusted = _trusted(store)
    trusted.add("bookmark", "+18005550199")
    with store.transaction() as db:
        db.execute("UPDATE trusted_items SET kind = 'phone'")
    loaded = trusted.load("phone")
    assert loaded.items == () and [i.value for i in loaded.tampered] == ["+18005550199"]


def test_moving_the_time_or_note_of_a_row_is_caught(store: Store) -> None:
    trusted = _trusted(store)
    trusted.add("phone", "+18005550100", note="a")
    with store.transaction() as db:
        db.execute("UPDATE trusted_items SET added_at = '2020-01-01T00:00:00+00:00'")
    assert _trusted(store).load("phone").items == ()


@pytest.mark.parametrize("content", ["", "not hex at all", "abcd", "00" * 31, "zz" * 32])
def test_a_damaged_key_file_is_reported_and_kept(tmp_path: Path, content: str) -> None:
    key_file = tmp_path / "trusted-data.key"
    key_file.write_text(content, encoding="ascii")
    with pytest.raises(KeyUnavailable) as raised:
        file_key(key_file)
    assert "damaged" in raised.value.note
    assert key_file.read_text(encoding="ascii") == content, "never replaced quietly"


def test_an_unreadable_key_file_is_reported(tmp_path: Path) -> None:
    key_file = tmp_path / "trusted-data.key"
    key_file.mkdir()
    with pytest.raises(KeyUnavailable):
        file_key(key_file)


def test_items_signed_with_a_damaged_key_file_are_unchecked_not_reset(
    store: Store, paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.fail_with = errors.NoKeyringError()
    TrustedItems(store, lambda: keychain_key(paths.key_file)).add("phone", "+18005550100")
    paths.key_file.write_text("", encoding="ascii")
    trusted = TrustedItems(store, lambda: keychain_key(paths.key_file))
    loaded = trusted.load("phone")
    assert loaded.items == () and loaded.tampered == ()
    assert [i.value for i in loaded.unchecked] == ["+18005550100"]
    assert "damaged" in loaded.problem
    with pytest.raises(KeyUnavailable):
        trusted.add("phone", "+18005550199")
    assert paths.key_file.read_text(encoding="ascii") == ""
    status = trusted.status()
    assert not status.available and status.protection is Protection.FILE
    assert "damaged" in status.note


def test_a_damaged_key_in_the_keychain_is_reported(
    store: Store, paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.secrets[(KEYRING_SERVICE, KEYRING_USER)] = "garbage"
    trusted = TrustedItems(store, lambda: keychain_key(paths.key_file))
    status = trusted.status()
    assert not status.available and "damaged" in status.note
    assert memory_keyring.secrets[(KEYRING_SERVICE, KEYRING_USER)] == "garbage"


def test_a_key_file_others_can_read_is_made_private_again(tmp_path: Path) -> None:
    key_file = tmp_path / "trusted-data.key"
    secret = file_key(key_file)
    key_file.chmod(0o644)
    assert file_key(key_file) == secret
    assert key_file.stat().st_mode & 0o777 == 0o600


def test_a_garbled_date_or_odd_types_make_a_row_tampered_not_a_crash(store: Store) -> None:
    trusted = _trusted(store)
    trusted.add("phone", "+18005550100")
    trusted.add("phone", "+18005550111")
    with store.transaction() as db:
        db.execute("UPDATE trusted_items SET added_at = 'x' WHERE value = '+18005550100'")
        db.execute("UPDATE trusted_items SET note = 7 WHERE value = '+18005550111'")
    loaded = _trusted(store).load("phone")
    assert loaded.items == ()
    assert sorted(i.value for i in loaded.tampered) == ["+18005550100", "+18005550111"]


def test_an_edited_tag_puts_the_whole_list_in_doubt_not_a_crash(store: Store) -> None:
    trusted = _trusted(store)
    trusted.add("phone", "+18005550100")
    trusted.add("phone", "+18005550111")
    with store.transaction() as db:
        db.execute("UPDATE trusted_items SET tag = 12345 WHERE value = '+18005550111'")
    loaded = _trusted(store).load("phone")
    assert loaded.items == () and loaded.tampered == ()
    assert sorted(i.value for i in loaded.unchecked) == ["+18005550100", "+18005550111"]
    assert "outside Kraken Guard" in loaded.problem

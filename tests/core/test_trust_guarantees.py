"""Trust that cannot be downgraded, rolled back or lost in silence (issue 14, items 1, 3-6)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from keyring import errors

from kraken_guard.core.paths import AppPaths
from kraken_guard.core.phone.check import Verdict, check_number
from kraken_guard.core.phone.official_numbers import OfficialNumbers
from kraken_guard.core.store import Store, open_store
from kraken_guard.core.trust.manifest import write_manifest
from kraken_guard.core.trust.signed_items import (
    KEYRING_SERVICE,
    KEYRING_USER,
    Doubt,
    InDoubt,
    TrustedItems,
    _tag,
    keychain_key,
    protection_marker,
    replace_key,
)
from tests.core.test_store_races import run_parallel_starts
from tests.fakes import MemoryKeyring

REAL = "+18005550100"
FORGED = "+19005550199"
PLANTED = b"p" * 32


def _trusted(store: Store, paths: AppPaths) -> TrustedItems:
    return TrustedItems(store, lambda: keychain_key(paths.key_file))


def _verify(store: Store, paths: AppPaths, number: str) -> Any:
    saved = OfficialNumbers(_trusted(store, paths)).list()
    return check_number(
        number,
        region="US",
        official=saved.e164s(),
        tampered=saved.tampered_e164s(),
        unchecked=saved.in_doubt,
        problem=saved.problem,
    )


def _outside(paths: AppPaths, *statements: tuple[str, tuple[Any, ...]]) -> None:
    db = sqlite3.connect(paths.database)
    for sql, params in statements:
        db.execute(sql, params)
    db.commit()
    db.close()


def _plant_forged_number(paths: AppPaths) -> None:
    """What someone who can write the data folder (but not the keychain) does."""
    paths.key_file.write_text(PLANTED.hex(), encoding="ascii")
    protection_marker(paths.key_file).write_text("file\n", encoding="utf-8")
    at = "2026-01-01T00:00:00+00:00"
    tag = _tag(PLANTED, "phone", FORGED, "", "", at)
    db = sqlite3.connect(paths.database)
    db.execute(
        "INSERT INTO trusted_items (kind, value, note, source, added_at, tag) "
        "VALUES ('phone', ?, '', '', ?, ?)",
        (FORGED, at, tag),
    )
    row = db.execute("SELECT folder, version FROM trust_manifest").fetchone()
    write_manifest(db, PLANTED, row[1] + 1, row[0], frozenset({tag}))
    db.commit()
    db.close()


def test_a_planted_key_file_never_replaces_the_keychain(store: Store, paths: AppPaths) -> None:
    _trusted(store, paths).add("phone", REAL)
    _plant_forged_number(paths)
    result = _verify(store, paths, FORGED)
    assert result.verdict is not Verdict.OFFICIAL
    assert result.headline.startswith("Can't check this number now")
    assert "key file appeared" in result.explanation
    real = _verify(store, paths, REAL)
    assert real.verdict is not Verdict.NOT_OFFICIAL, "a saved number is never called not official"
    typo = _verify(store, paths, "+1 800 55")
    assert typo.verdict is Verdict.INVALID and "key file appeared" in typo.explanation
    with pytest.raises(InDoubt):
        _trusted(store, paths).add("phone", "+18005550111")


def test_a_deleted_marker_does_not_hide_the_keychain(store: Store, paths: AppPaths) -> None:
    _trusted(store, paths).add("phone", REAL)
    protection_marker(paths.key_file).unlink()
    assert [i.value for i in _trusted(store, paths).load("phone").items] == [REAL]


def test_a_key_file_swapped_after_the_keychain_recorded_it_is_an_alarm(
    store: Store, paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.fail_with = errors.NoKeyringError()
    _trusted(store, paths).add("phone", REAL)
    memory_keyring.fail_with = None  # a keychain appears: the file key is recorded there
    assert _trusted(store, paths).load("phone").items
    paths.key_file.write_text(PLANTED.hex(), encoding="ascii")
    loaded = _trusted(store, paths).load("phone")
    assert loaded.doubt is Doubt.KEY_PLACE and "not the one" in loaded.problem


def _snapshot(paths: AppPaths, store: Store, to: Path) -> None:
    store.query("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(paths.database, to)


def _put_back(paths: AppPaths, store: Store, copy: Path) -> Store:
    store.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(copy, paths.database)
    reopened, _ = open_store(paths.database)
    return reopened


def test_an_older_copy_put_back_is_named_older(
    store: Store, paths: AppPaths, tmp_path: Path
) -> None:
    trusted = _trusted(store, paths)
    trusted.add("phone", REAL)
    trusted.add("phone", FORGED)  # added by mistake...
    _snapshot(paths, store, tmp_path / "old.sqlite3")
    trusted.remove("phone", FORGED)  # ...and removed
    restored = _put_back(paths, store, tmp_path / "old.sqlite3")
    try:
        loaded = _trusted(restored, paths).load("phone")
        assert loaded.items == () and loaded.doubt is Doubt.DATA_OLDER
        assert "older than the last change you made" in loaded.problem
        assert _verify(restored, paths, FORGED).verdict is not Verdict.OFFICIAL
    finally:
        restored.close()


def test_a_deleted_row_is_caught(store: Store, paths: AppPaths) -> None:
    trusted = _trusted(store, paths)
    trusted.add("phone", REAL)
    trusted.add("phone", "+18005550111")
    _outside(paths, ("DELETE FROM trusted_items WHERE value = ?", (REAL,)))
    loaded = _trusted(store, paths).load("phone")
    assert loaded.doubt is Doubt.DATA_CHANGED and loaded.items == ()
    assert _verify(store, paths, REAL).verdict is not Verdict.NOT_OFFICIAL


def test_a_removed_row_put_back_with_its_old_tag_is_not_trusted(
    store: Store, paths: AppPaths
) -> None:
    trusted = _trusted(store, paths)
    trusted.add("phone", REAL)
    trusted.add("phone", FORGED)
    old = store.query("SELECT kind, value, note, source, added_at, tag FROM trusted_items")[1]
    trusted.remove("phone", FORGED)
    _outside(
        paths,
        (
            "INSERT INTO trusted_items (kind, value, note, source, added_at, tag) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            tuple(old),
        ),
    )
    loaded = _trusted(store, paths).load("phone")
    assert [i.value for i in loaded.items] == [REAL]
    assert [i.value for i in loaded.tampered] == [FORGED]


def test_a_store_copied_from_another_data_folder_is_named(
    store: Store, paths: AppPaths, tmp_path: Path
) -> None:
    _trusted(store, paths).add("phone", FORGED)
    _snapshot(paths, store, tmp_path / "other.sqlite3")
    other = AppPaths(tmp_path / "b" / "data", tmp_path / "b" / "config", tmp_path / "b" / "logs")
    other.ensure()
    shutil.copyfile(tmp_path / "other.sqlite3", other.database)
    copied, _ = open_store(other.database)
    try:
        loaded = _trusted(copied, other).load("phone")
        assert loaded.doubt is Doubt.DATA_COPIED and "another" in loaded.problem
    finally:
        copied.close()


def test_a_deleted_store_is_not_a_new_install(store: Store, paths: AppPaths) -> None:
    _trusted(store, paths).add("phone", REAL)
    store.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    fresh, _ = open_store(paths.database)
    try:
        result = _verify(fresh, paths, REAL)
        assert result.verdict is not Verdict.NOT_OFFICIAL
        assert "missing" in result.explanation
        assert result.headline.startswith("Can't check this number now")
        with pytest.raises(InDoubt):
            _trusted(fresh, paths).add("phone", FORGED)
    finally:
        fresh.close()


def test_an_emptied_store_is_not_a_new_install(store: Store, paths: AppPaths) -> None:
    _trusted(store, paths).add("phone", REAL)
    _outside(
        paths,
        ("DELETE FROM trusted_items", ()),
        ("DELETE FROM trust_manifest", ()),
        ("DELETE FROM trusted_changes", ()),
    )
    loaded = _trusted(store, paths).load("phone")
    assert loaded.doubt is Doubt.DATA_MISSING


def test_starting_over_needs_a_new_key_and_keeps_no_old_item(
    store: Store, paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    _trusted(store, paths).add("phone", REAL)
    memory_keyring.secrets.pop((KEYRING_SERVICE, KEYRING_USER))
    trusted = _trusted(store, paths)
    assert trusted.load("phone").doubt is Doubt.KEY_MISSING
    removed = trusted.start_over(replace_key(paths.key_file))
    assert [i.value for i in removed] == [REAL]
    again = _trusted(store, paths)
    again.add("phone", REAL)
    assert [i.value for i in again.load("phone").items] == [REAL]


def _first_add(home: str, number: str, barrier: Any, results: Any) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # no keychain: the key goes to a file, made once
    paths = AppPaths(Path(home) / "data", Path(home) / "config", Path(home) / "logs")
    barrier.wait()
    try:
        paths.ensure()
        store, _ = open_store(paths.database)
        _trusted(store, paths).add("phone", number)
        store.close()
        results.put(("ok", number))
    except Exception as error:  # reported to the test, which names it
        results.put(("error", repr(error)))


def test_synchronised_first_starts_make_one_key_and_lose_nothing(tmp_path: Path) -> None:
    numbers = ["+18005550101", "+18005550102", "+18005550103", "+18005550104"]
    for round_ in range(2):
        home = tmp_path / f"round-{round_}"
        found = run_parallel_starts(_first_add, lambda n, h=home: (str(h), numbers[n]))
        assert sorted(found) == sorted(("ok", n) for n in numbers), found
        paths = AppPaths(home / "data", home / "config", home / "logs")
        store, _ = open_store(paths.database)
        import keyring
        from keyring.backends import fail

        previous = keyring.get_keyring()
        keyring.set_keyring(fail.Keyring())
        try:
            loaded = _trusted(store, paths).load("phone")
        finally:
            keyring.set_keyring(previous)
            store.close()
        assert sorted(i.value for i in loaded.items) == numbers, loaded


def test_data_saved_before_signed_lists_is_adopted_once(store: Store, paths: AppPaths) -> None:
    from kraken_guard.core.trust.signed_items import Protection, TrustKey

    key = TrustKey(b"o" * 32, Protection.KEYCHAIN)  # an older install: no version kept anywhere
    TrustedItems(store, lambda: key).add("phone", REAL)
    _outside(paths, ("DELETE FROM trust_manifest", ()))
    assert [i.value for i in TrustedItems(store, lambda: key).load("phone").items] == [REAL]
    assert store.query("SELECT version FROM trust_manifest")[0]["version"] == 1

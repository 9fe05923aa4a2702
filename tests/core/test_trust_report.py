import sqlite3
import threading

import pytest

from kraken_guard.core.paths import AppPaths
from kraken_guard.core.store import Store
from kraken_guard.core.trust.report import trust_report
from kraken_guard.core.trust.signed_items import (
    KeyUnavailable,
    Protection,
    TrustedItems,
    TrustKey,
    remembered,
)

KEY = TrustKey(b"r" * 32, Protection.KEYCHAIN)


def test_clean_data_is_ok(store: Store) -> None:
    trusted = TrustedItems(store, lambda: KEY)
    trusted.add("phone", "+18005550100")
    trusted.add("bookmark", "https://www.kraken.com/sign-in")
    assert trust_report(trusted).ok


def test_changed_entries_of_both_kinds_are_counted(store: Store, paths: AppPaths) -> None:
    trusted = TrustedItems(store, lambda: KEY)
    trusted.add("phone", "+18005550100")
    trusted.add("bookmark", "https://www.kraken.com/sign-in")
    outside = sqlite3.connect(paths.database)
    outside.execute("UPDATE trusted_items SET value = value || '9'")
    outside.commit()
    outside.close()
    report = trust_report(TrustedItems(store, lambda: KEY))
    assert (report.tampered, report.unchecked, report.ok) == (2, 0, False)


def test_a_locked_keychain_is_unchecked_with_its_reason(store: Store) -> None:
    TrustedItems(store, lambda: KEY).add("phone", "+18005550100")

    def locked() -> TrustKey:
        raise KeyUnavailable("The system keychain is locked.")

    report = trust_report(TrustedItems(store, locked))
    assert (report.tampered, report.unchecked) == (0, 1)
    assert report.problem == "The system keychain is locked."


def test_remembered_reaches_the_keychain_once_across_threads() -> None:
    calls = []

    def source() -> TrustKey:
        calls.append(1)
        return KEY

    once = remembered(source)
    results = []
    threads = [threading.Thread(target=lambda: results.append(once())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == [1] and results == [KEY] * 8


def test_remembered_does_not_keep_a_failure() -> None:
    attempts = []

    def source() -> TrustKey:
        attempts.append(1)
        if len(attempts) == 1:
            raise KeyUnavailable("locked")
        return KEY

    once = remembered(source)
    with pytest.raises(KeyUnavailable):
        once()
    assert once() == KEY and len(attempts) == 2

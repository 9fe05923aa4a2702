import sqlite3

import pytest

from kraken_guard.core.paths import AppPaths
from kraken_guard.core.phone.check import (
    REGION_SETTING,
    NumberError,
    Verdict,
    check_number,
    parse_number,
)
from kraken_guard.core.phone.official_numbers import (
    OfficialNumbers,
    add_change_text,
    remove_change_text,
)
from kraken_guard.core.phone.region_setting import save_region, saved_region
from kraken_guard.core.store import Store
from kraken_guard.core.trust.signed_items import Protection, TrustedItems, TrustKey
from tests.fakes import FakeClock

KEY = TrustKey(b"p" * 32, Protection.KEYCHAIN)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def numbers(store: Store, clock: FakeClock) -> OfficialNumbers:
    return OfficialNumbers(TrustedItems(store, lambda: KEY, clock))


def test_added_numbers_are_listed_with_note_source_and_time(
    numbers: OfficialNumbers, clock: FakeClock
) -> None:
    numbers.add(parse_number("(800) 555-0100", "US"), note="bottom of the page", source="app")
    listed = numbers.list()
    assert listed.e164s() == ["+18005550100"]
    entry = listed.numbers[0]
    assert (entry.note, entry.source, entry.added_at) == ("bottom of the page", "app", clock())
    assert entry.display == "+1 800-555-0100"
    assert listed.tampered == ()


def test_adding_the_same_number_twice_keeps_one_entry(numbers: OfficialNumbers) -> None:
    numbers.add(parse_number("+1 800 555 0100", "US"))
    numbers.add(parse_number("1-800-555-0100", "US"), note="again")
    assert [n.note for n in numbers.list().numbers] == ["again"]


def test_remove(numbers: OfficialNumbers) -> None:
    numbers.add(parse_number("+1 800 555 0100", "US"))
    assert numbers.remove("+18005550100")
    assert not numbers.remove("+18005550100")
    assert numbers.list().numbers == ()


def test_a_number_that_cannot_be_read_cannot_be_added() -> None:
    with pytest.raises(NumberError, match="too few digits"):
        parse_number("555", "US")


def test_change_texts_show_the_number_as_parsed() -> None:
    parsed = parse_number("1-800-KRAKEN1", "US")
    assert "+1 800-572-5361" in add_change_text(parsed)
    assert "support.kraken.com" in add_change_text(parsed)
    assert "+1 800-572-5361" in remove_change_text(parsed)


def swap_stored_number(paths: AppPaths, new_value: str) -> None:
    outside = sqlite3.connect(paths.database)
    outside.execute("UPDATE trusted_items SET value = ? WHERE kind = 'phone'", (new_value,))
    outside.commit()
    outside.close()


def test_a_number_swapped_behind_the_apps_back_is_not_official(
    numbers: OfficialNumbers, paths: AppPaths
) -> None:
    numbers.add(parse_number("+1 800 555 0100", "US"))
    swap_stored_number(paths, "+18885550123")
    listed = numbers.list()
    assert listed.numbers == ()
    assert listed.tampered_e164s() == ["+18885550123"]
    result = check_number(
        "+1 888 555 0123",
        region="US",
        official=listed.e164s(),
        tampered=listed.tampered_e164s(),
    )
    assert result.verdict is Verdict.NOT_OFFICIAL
    assert "changed outside Kraken Guard" in result.explanation


def test_a_tampered_entry_can_be_removed_or_entered_again(
    numbers: OfficialNumbers, paths: AppPaths
) -> None:
    numbers.add(parse_number("+1 800 555 0100", "US"))
    swap_stored_number(paths, "+18885550123")
    numbers.add(parse_number("+1 888 555 0123", "US"), note="checked on the site again")
    assert numbers.list().e164s() == ["+18885550123"]
    assert numbers.remove("+18885550123")
    assert numbers.list().tampered == ()


def test_region_setting_defaults_to_the_locale_and_is_remembered(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "en_IE.UTF-8")
    assert saved_region(store) == "IE"
    assert save_region(store, "gb") == "GB"
    assert saved_region(store) == "GB"
    assert store.get_setting(REGION_SETTING) == "GB"
    with pytest.raises(ValueError):
        save_region(store, "Narnia")


def test_a_locked_keychain_says_cannot_check_not_nothing_saved(store: Store) -> None:
    from kraken_guard.core.trust.signed_items import KeyUnavailable

    TrustedItems(store, lambda: KEY).add("phone", "+18005550100")

    def locked() -> TrustKey:
        raise KeyUnavailable("The system keychain is locked.")

    listing = OfficialNumbers(TrustedItems(store, locked)).list()
    assert listing.numbers == () and [n.e164 for n in listing.unchecked] == ["+18005550100"]
    result = check_number(
        "+1 800 555 0100",
        region="US",
        official=listing.e164s(),
        tampered=listing.tampered_e164s(),
        unchecked=bool(listing.unchecked),
    )
    assert result.verdict is Verdict.NO_OFFICIAL_NUMBER
    assert result.headline.startswith("Can't check this number now")
    assert "cannot be checked right now" in result.explanation
    assert "support.kraken.com" in result.next_step
    assert "no official number saved" not in result.explanation

"""The quick look at a data file knows every table that can hold something to check."""

from kraken_guard.core.store import Store
from kraken_guard.core.store_peek import TRUST_TABLES, settings_if_untrusted

# Tables the quick look may ignore: they hold settings and wizard answers, nothing trusted.
PLAIN_TABLES = {"settings", "wizard_answers"}


def test_every_table_is_either_plain_or_looked_at(store: Store) -> None:
    rows = store.query("SELECT name FROM sqlite_master WHERE type = 'table'")
    tables = {str(row["name"]) for row in rows} - {"sqlite_sequence"}
    # A new table must be sorted here: does a row in it mean trusted data was saved?
    assert tables == PLAIN_TABLES | set(TRUST_TABLES)


def test_the_saved_settings_are_read_without_the_store(store: Store) -> None:
    store.set_setting("phone_region", "GB")
    store.close()
    found = settings_if_untrusted(str(store.path))
    assert found is not None and found.get_setting("phone_region") == "GB"

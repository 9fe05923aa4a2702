"""A read-only look into the data file for a quick command: was anything trusted ever saved?

`kraken-guard-cli verify` must answer fast. Opening the store and its trust layer costs ~40 ms
of imports, which only matters when there is something to check. When the data file never
held a trusted item, a record of one, the signed list or a saved call, this look answers with
the saved settings (language, region) instead, and nothing is created or changed.
"""

from __future__ import annotations

# A row in any of these means trusted data or a call was saved: the store must judge it.
TRUST_TABLES = ("trusted_items", "trusted_changes", "trust_manifest", "incidents")


class SavedSettings:
    """The settings of a data file with nothing trusted in it (like Store.get_setting)."""

    def __init__(self, settings: dict[str, str]) -> None:
        self._settings = settings

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        return self._settings.get(key, default)


def settings_if_untrusted(database: str) -> SavedSettings | None:
    """The saved settings when the data file at `database` holds nothing trusted; None when it
    does, or when it cannot be read quickly and safely (locked, damaged, another schema):
    then the store is opened as usual and judges it."""
    import sqlite3

    escaped = database.replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    try:
        db = sqlite3.connect(f"file:{escaped}?mode=ro", uri=True, timeout=0.1)
        try:
            for table in TRUST_TABLES:
                if db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None:
                    return None
            rows = db.execute("SELECT key, value FROM settings").fetchall()
        finally:
            db.close()
    except sqlite3.Error:
        return None
    return SavedSettings({str(key): str(value) for key, value in rows})

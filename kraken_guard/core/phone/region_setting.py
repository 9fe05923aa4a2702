"""The region used to read numbers written without a country code, kept in the settings table."""

from __future__ import annotations

from kraken_guard.core.phone.check import REGION_SETTING, default_region, normalize_region

TYPE_CHECKING = False
if TYPE_CHECKING:
    from kraken_guard.core.store import Store


def saved_region(store: Store) -> str:
    """The region the person chose, or the one from the system locale."""
    return normalize_region(store.get_setting(REGION_SETTING)) or default_region()


def save_region(store: Store, code: str) -> str:
    """Remember the region; raises ValueError for a code phonenumbers does not know."""
    region = normalize_region(code)
    if region is None:
        raise ValueError(f"unknown region code {code!r}")
    store.set_setting(REGION_SETTING, region)
    return region

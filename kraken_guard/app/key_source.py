"""The key that checks saved numbers and bookmarks, found the first time something needs it.

The trust code (hashing, the keychain's place, the manifest) loads only then: seconds after the
window, when the trusted-data check runs, or when a saved item is first read.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kraken_guard.core.trust.signed_items import RememberedKey, TrustKey


class LazyKeySource:
    """A KeySource with `forget()`, like `remembered(...)`, built on first use from any thread."""

    def __init__(self, key_file: Path) -> None:
        self._key_file = key_file
        self._lock = threading.Lock()
        self._remembered: RememberedKey | None = None

    def _source(self) -> RememberedKey:
        with self._lock:
            if self._remembered is None:
                from kraken_guard.core.trust.signed_items import keychain_key, remembered

                key_file = self._key_file
                self._remembered = remembered(lambda: keychain_key(key_file))
            return self._remembered

    def __call__(self) -> TrustKey:
        return self._source()()

    def forget(self) -> None:
        with self._lock:
            if self._remembered is not None:
                self._remembered.forget()

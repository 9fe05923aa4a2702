"""The collaborators the GUI is given, in one place every controller may import."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kraken_guard.core.autostart import Autostart, LazyAutostart

if TYPE_CHECKING:  # names for the fields only: none of these is needed to hold them
    from datetime import datetime

    from kraken_guard.app.dialogs import Dialogs
    from kraken_guard.app.opener import OpenUrl
    from kraken_guard.core.paths import AppPaths
    from kraken_guard.core.store import Store
    from kraken_guard.core.trust.signed_items import KeySource


@dataclass
class Services:
    """The collaborators the GUI needs; `__main__` builds the real ones, tests pass fakes."""

    paths: AppPaths
    store: Store
    dialogs: Dialogs
    open_url: OpenUrl
    tray_available: Callable[[], bool]
    key_source: KeySource
    now: Callable[[], datetime]
    autostart: Autostart = field(default_factory=LazyAutostart)  # start at login, this system's
    language: str = "en"  # the content language; Qt's translators are installed at start

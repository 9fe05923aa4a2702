"""Every test runs offscreen, in its own data folder, with an in-memory keychain."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from kraken_guard.core.paths import HOME_VARIABLE, AppPaths, resolve_paths
from kraken_guard.core.store import Store, open_store
from tests.fakes import MemoryKeyring


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every path of the app into this test's temporary folder."""
    home = tmp_path / "kraken-guard-home"
    monkeypatch.setenv(HOME_VARIABLE, str(home))
    # Start at login writes into XDG_CONFIG_HOME/autostart: never the real one in a test.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    return home


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> Iterator[MemoryKeyring | None]:
    """No test touches the real keychain, except those marked `secretservice`."""
    if request.node.get_closest_marker("secretservice"):
        yield None
        return
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def paths(isolated_home: Path) -> AppPaths:
    found = resolve_paths()
    found.ensure()
    return found


@pytest.fixture
def store(paths: AppPaths) -> Iterator[Store]:
    opened, recovery = open_store(paths.database)
    assert recovery is None
    yield opened
    opened.close()

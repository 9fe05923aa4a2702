from pathlib import Path

import pytest

from kraken_guard.app.key_source import LazyKeySource
from kraken_guard.core.trust import signed_items


def test_the_key_is_looked_up_once_and_again_after_forget(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    looked: list[Path] = []

    def fake_keychain_key(key_file: Path) -> str:
        looked.append(key_file)
        return f"key {len(looked)}"

    monkeypatch.setattr(signed_items, "keychain_key", fake_keychain_key)
    source = LazyKeySource(tmp_path / "trusted.key")
    assert looked == []  # nothing is reached before something needs the key
    assert source() == "key 1"
    assert source() == "key 1"
    source.forget()  # after "start again with a new key"
    assert source() == "key 2"
    assert looked == [tmp_path / "trusted.key"] * 2

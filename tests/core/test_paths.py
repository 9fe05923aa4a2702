from pathlib import Path

import pytest

from kraken_guard.core.paths import HOME_VARIABLE, home_data_folder, nothing_saved_in, resolve_paths


def test_home_variable_puts_every_path_in_one_folder(isolated_home: Path) -> None:
    paths = resolve_paths()
    for place in (paths.data, paths.config, paths.logs, paths.database, paths.log_file):
        assert place.is_relative_to(isolated_home)


def test_without_home_variable_paths_come_from_platformdirs(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "share"), "XDG_STATE_HOME": str(tmp_path / "state")}
    paths = resolve_paths({})
    assert paths.data.name == "kraken-guard"
    assert "kraken-guard" in str(paths.logs)
    assert env  # platformdirs reads the real environment; the point is no KRAKEN_GUARD_HOME


def test_ensure_makes_private_folders(isolated_home: Path) -> None:
    paths = resolve_paths()
    paths.ensure()
    for folder in (paths.data, paths.config, paths.logs):
        assert folder.is_dir()
        assert folder.stat().st_mode & 0o777 == 0o700


def test_the_home_data_folder_as_text_is_the_one_resolve_paths_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "me"))
    for home in (str(tmp_path / "h"), f" {tmp_path}/h/ ", "~/kg", "~", "relative/home"):
        env = {HOME_VARIABLE: home}
        found = home_data_folder(env)
        assert found is not None and Path(found) == resolve_paths(env).data, home
    assert home_data_folder({}) is None and home_data_folder({HOME_VARIABLE: "  "}) is None
    assert home_data_folder({HOME_VARIABLE: "~no-such-user-here/kg"}) is None


def test_nothing_saved_reads_the_same_from_text_and_from_paths(isolated_home: Path) -> None:
    paths = resolve_paths()
    paths.ensure()
    data = home_data_folder({HOME_VARIABLE: str(isolated_home)})
    assert data is not None
    assert nothing_saved_in(data) and paths.nothing_saved()
    paths.key_marker.write_text("keychain\n", encoding="utf-8")
    assert not nothing_saved_in(data) and not paths.nothing_saved()

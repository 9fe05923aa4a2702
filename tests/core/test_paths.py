from pathlib import Path

from kraken_guard.core.paths import resolve_paths


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

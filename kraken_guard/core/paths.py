"""Every folder and file Kraken Guard writes to, decided in one place."""

from __future__ import annotations

import os

from kraken_guard.core.values import FrozenValue

TYPE_CHECKING = False
if TYPE_CHECKING:  # pathlib costs a quick `kraken-guard-cli verify` ~4 ms (see home_data_folder)
    from collections.abc import Mapping
    from pathlib import Path

APP_NAME = "kraken-guard"
HOME_VARIABLE = "KRAKEN_GUARD_HOME"
DATA_FOLDER = "data"
DATABASE_NAME = "kraken-guard.sqlite3"
KEY_FILE_NAME = "trusted-data.key"
KEY_MARKER_NAME = f"{KEY_FILE_NAME}.where"
# In the data folder, any of these shows that something was saved (see nothing_saved_in).
SAVED_NAMES = (
    DATABASE_NAME,
    f"{DATABASE_NAME}-wal",
    f"{DATABASE_NAME}-shm",
    KEY_FILE_NAME,
    KEY_MARKER_NAME,
)


class AppPaths(FrozenValue):
    """The data, config and log folders, and the files that live in them."""

    _fields = ("data", "config", "logs")
    __slots__ = _fields
    data: Path
    config: Path
    logs: Path

    def __init__(self, data: Path, config: Path, logs: Path) -> None:
        self._set(data=data, config=config, logs=logs)

    @property
    def database(self) -> Path:
        return self.data / DATABASE_NAME

    @property
    def key_file(self) -> Path:
        return self.data / KEY_FILE_NAME

    @property
    def key_marker(self) -> Path:
        """Where the key's place (keychain or file) is remembered, beside the key file."""
        return self.data / KEY_MARKER_NAME

    @property
    def log_file(self) -> Path:
        return self.logs / "kraken-guard.log"

    @property
    def lock_file(self) -> Path:
        return self.data / "kraken-guard.lock"

    def nothing_saved(self) -> bool:
        """True when nothing was ever saved in the data folder (see nothing_saved_in)."""
        return nothing_saved_in(self.data)

    def ensure(self) -> None:
        """Create every folder, readable by this user only."""
        for folder in (self.data, self.config, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
            _restrict(folder, 0o700)


def resolve_paths(environ: Mapping[str, str] | None = None) -> AppPaths:
    """Paths from platformdirs, or all under one folder when KRAKEN_GUARD_HOME is set."""
    from pathlib import Path

    env = os.environ if environ is None else environ
    home = env.get(HOME_VARIABLE, "").strip()
    if home:
        root = Path(home).expanduser()
        return AppPaths(data=root / DATA_FOLDER, config=root / "config", logs=root / "logs")
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return AppPaths(
        data=Path(dirs.user_data_dir),
        config=Path(dirs.user_config_dir),
        logs=Path(dirs.user_log_dir),
    )


def nothing_saved_in(data: str | os.PathLike[str]) -> bool:
    """True when the data folder holds no data file (nor its -wal or -shm), no key file and no
    key marker: nothing was ever saved there, so a read-only command has nothing to read and
    creates nothing. Anything there, even unreadable, is for the store and the trust checks to
    judge (a key without its data file is reported as missing data)."""
    return all(absent(os.path.join(data, name)) for name in SAVED_NAMES)


def home_data_folder(environ: Mapping[str, str]) -> str | None:
    """The data folder resolve_paths() gives under KRAKEN_GUARD_HOME, as text and without
    pathlib; None when the variable is not set (or its ~ cannot be expanded): then only
    resolve_paths() knows. (Without the variable, platformdirs loads pathlib anyway.)"""
    home = environ.get(HOME_VARIABLE, "").strip()
    if not home:
        return None
    root = os.path.expanduser(home)
    if root.startswith("~"):  # Path.expanduser raises here; resolve_paths says so
        return None
    return os.path.join(root, DATA_FOLDER)


def absent(path: str) -> bool:
    """True only when nothing at all is at `path`: a link, a folder or a denied look is there."""
    try:
        os.lstat(path)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return False


def _restrict(path: Path, mode: int) -> None:
    # On Windows chmod only toggles read-only; the per-user profile's ACL protects the files there.
    if os.name == "posix":
        os.chmod(path, mode)


def restrict_file(path: Path) -> None:
    """Make a file readable and writable by this user only."""
    if path.exists():
        _restrict(path, 0o600)

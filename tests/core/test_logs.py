import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kraken_guard.core.logs import rotate, setup_logging
from kraken_guard.core.paths import AppPaths


@pytest.fixture
def handler(paths: AppPaths) -> Iterator[logging.Handler]:
    made = setup_logging(paths.log_file)
    yield made
    logging.getLogger("kraken_guard").removeHandler(made)
    made.close()


def test_log_records_land_in_a_private_file(paths: AppPaths, handler: logging.Handler) -> None:
    logging.getLogger("kraken_guard.test").warning("tray not available")
    handler.flush()
    assert "tray not available" in paths.log_file.read_text()
    assert paths.log_file.stat().st_mode & 0o777 == 0o600


def test_a_full_log_moves_aside_at_start_and_only_three_old_ones_are_kept(tmp_path: Path) -> None:
    log = tmp_path / "kraken-guard.log"
    for generation in range(5):
        log.write_text(f"run {generation}\n" + "x" * 100)
        rotate(log, max_bytes=50)
    assert not log.exists()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["kraken-guard.log.1", "kraken-guard.log.2", "kraken-guard.log.3"]
    assert (tmp_path / "kraken-guard.log.1").read_text().startswith("run 4")
    assert (tmp_path / "kraken-guard.log.3").read_text().startswith("run 2")


def test_a_small_log_is_left_alone(tmp_path: Path) -> None:
    log = tmp_path / "kraken-guard.log"
    log.write_text("short")
    rotate(log, max_bytes=50)
    assert log.read_text() == "short"


# The modules that log (each takes its logger from core.logs.get_logger).
LOGGING_MODULES = [
    "kraken_guard.core.store",
    "kraken_guard.core.trust.key_place",
    "kraken_guard.core.trust.manifest",
    "kraken_guard.core.trust.signed_items",
    "kraken_guard.core.call.remote_access",
]
PACKAGE = Path(__file__).resolve().parents[2] / "kraken_guard"


def _python(code: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "KRAKEN_GUARD_HOME": str(home),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    return subprocess.run(
        [sys.executable, *code.split("\0")], capture_output=True, text=True, env=env, check=False
    )


def test_a_core_warning_never_reaches_the_terminal_in_the_cli(tmp_path: Path) -> None:
    """A damaged data file makes the store log a warning; the command line shows only its words."""
    data = tmp_path / "data"
    data.mkdir(parents=True)
    (data / "kraken-guard.sqlite3").write_bytes(b"this is not a database" * 10)
    result = _python("-m\0kraken_guard.cli\0verify\0+14155550100", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Your saved data could not be read" in result.stderr  # the command's own message
    assert "store damaged" not in result.stderr  # the log record stays off the terminal
    assert result.stderr.count("\n") == 1  # that message, and nothing else


@pytest.mark.parametrize("module", LOGGING_MODULES)
def test_no_core_log_record_is_printed_by_pythons_last_resort(module: str, tmp_path: Path) -> None:
    code = f"from {module} import log\nlog.warning('a core warning')\nlog.error('a core error')"
    result = _python(f"-c\0{code}", tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_every_module_takes_its_logger_where_records_are_kept_off_terminals() -> None:
    """logging.getLogger is called only by core/logs.py, and by the Qt glue, whose package
    __init__ installs the same NullHandler; every other module uses get_logger."""
    for source in PACKAGE.rglob("*.py"):
        relative = source.relative_to(PACKAGE).as_posix()
        if relative == "core/logs.py" or relative.startswith("app/"):
            continue
        assert "logging.getLogger(" not in source.read_text(encoding="utf-8"), relative
    assert "keep_off_terminal()" in (PACKAGE / "app" / "__init__.py").read_text(encoding="utf-8")
    found = {
        f"kraken_guard.{s.relative_to(PACKAGE).with_suffix('').as_posix().replace('/', '.')}"
        for s in PACKAGE.rglob("*.py")
        if "log = get_logger(__name__)" in s.read_text(encoding="utf-8")
    }
    assert found == set(LOGGING_MODULES)

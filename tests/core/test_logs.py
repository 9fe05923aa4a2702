import logging
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

import logging
import logging.handlers
from collections.abc import Iterator

import pytest

from kraken_guard.core.logs import setup_logging
from kraken_guard.core.paths import AppPaths


@pytest.fixture
def handler(paths: AppPaths) -> Iterator[logging.Handler]:
    made = setup_logging(paths.log_file)
    yield made
    logging.getLogger("kraken_guard").removeHandler(made)
    made.close()


def test_log_records_land_in_a_private_rotating_file(paths: AppPaths, handler) -> None:
    logging.getLogger("kraken_guard.test").warning("tray not available")
    handler.flush()
    assert "tray not available" in paths.log_file.read_text()
    assert paths.log_file.stat().st_mode & 0o777 == 0o600
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert handler.backupCount >= 1 and handler.maxBytes > 0

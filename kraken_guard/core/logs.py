"""Logging to a rotating file in the log folder; it is never handed a secret to log."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from kraken_guard.core.paths import restrict_file

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_file: Path, level: int = logging.INFO) -> logging.Handler:
    """Send the app's log records to `log_file`, rotated at 512 KiB with three old files kept."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=512 * 1024, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    restrict_file(log_file)
    root = logging.getLogger("kraken_guard")
    root.setLevel(level)
    root.addHandler(handler)
    return handler

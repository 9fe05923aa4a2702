"""Logging to a file in the log folder, rotated at start; it is never handed a secret to log.

Every module takes its logger from `get_logger`, which first gives the package's logger a
NullHandler: without it, Python's last-resort handler would print a warning on the terminal
(in the command line, say), where log records never belong. The package itself does not import
`logging`, so a quick command that logs nothing never pays for it.
"""

from __future__ import annotations

import contextlib
import logging

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

PACKAGE = "kraken_guard"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 512 * 1024
KEEP = 3


def keep_off_terminal() -> None:
    """Give the package's logger a NullHandler (once), so no record reaches the last resort."""
    root = logging.getLogger(PACKAGE)
    if not any(isinstance(handler, logging.NullHandler) for handler in root.handlers):
        root.addHandler(logging.NullHandler())


def get_logger(name: str) -> logging.Logger:
    """The logger for a module of the package, never printing on a terminal by itself."""
    keep_off_terminal()
    return logging.getLogger(name)


def rotate(log_file: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
    """Shift a log over `max_bytes` to .1 (and .1 to .2 ...), keeping `keep` old files.

    Done once at start instead of by logging.handlers, which costs the first window 5 ms of
    imports (sockets, pickling) for a log that grows by a few lines a day.
    """
    try:
        if log_file.stat().st_size < max_bytes:
            return
    except OSError:
        return
    for index in range(keep - 1, 0, -1):
        older = log_file.with_name(f"{log_file.name}.{index}")
        if older.exists():
            older.replace(log_file.with_name(f"{log_file.name}.{index + 1}"))
    with contextlib.suppress(OSError):
        log_file.replace(log_file.with_name(f"{log_file.name}.1"))


def setup_logging(log_file: Path, level: int = logging.INFO) -> logging.Handler:
    """Send the app's log records to `log_file`, rotated at 512 KiB with three old files kept."""
    from kraken_guard.core.paths import restrict_file

    log_file.parent.mkdir(parents=True, exist_ok=True)
    rotate(log_file)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    restrict_file(log_file)
    root = get_logger(PACKAGE)
    root.setLevel(level)
    root.addHandler(handler)
    return handler

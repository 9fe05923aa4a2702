"""A calm error dialog instead of a vanished app or a raw traceback."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

ShowError = Callable[[str, str], None]


def error_message(log_file: Path) -> str:
    return QCoreApplication.translate(
        "errors",
        "Something went wrong inside Kraken Guard. Your saved data is safe.\n\n"
        "You can keep using the app. If this happens again, restart Kraken Guard.\n\n"
        "Details were written to the log file:\n{log_file}",
    ).format(log_file=log_file)


def install_excepthook(show_error: ShowError, log_file: Path) -> None:
    """Log every uncaught exception and show one calm message naming the log file."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("uncaught exception", exc_info=(kind, value, tb))
        try:
            show_error(
                QCoreApplication.translate("errors", "Kraken Guard"), error_message(log_file)
            )
        except Exception:
            log.exception("could not show the error dialog")

    sys.excepthook = hook

"""Export and import of setup progress as a small, versioned JSON file; writes are atomic."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from kraken_guard.core.atomic import write_atomic
from kraken_guard.core.paths import restrict_file
from kraken_guard.core.setup.progress import (
    MAX_REVIEW_DAYS,
    MIN_REVIEW_DAYS,
    SetupProgress,
    parse_answer,
)

FORMAT_NAME = "kraken-guard-setup-progress"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 256 * 1024


class TransferError(Exception):
    """The file was not written or not read; nothing changed. The message says what to do."""


def export_progress(progress: SetupProgress, path: Path, now: Callable[[], datetime]) -> int:
    """Write every answer to `path` (replaced in one step); returns how many were written."""
    answers = progress.answers()
    rows = [
        {
            "step_id": a.step_id,
            "status": a.status.value,
            "reason": a.reason,
            "detail": a.detail,
            "answered_at": a.answered_at.isoformat(),
        }
        for a in (answers[s.id] for s in progress.steps if s.id in answers)
    ]
    payload = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": now().isoformat(),
        "review_days": progress.review_days,
        "answers": rows,
    }
    _write_atomic(path, json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    return len(rows)


def import_progress(progress: SetupProgress, path: Path) -> int:
    """Replace all answers with the file's; a damaged or foreign file changes nothing."""
    payload = _read(path)
    if not isinstance(payload, dict) or payload.get("format") != FORMAT_NAME:
        raise TransferError(
            f"{path.name} is not a Kraken Guard progress file. Nothing was changed. "
            "Choose a file made with Export progress."
        )
    version = payload.get("version")
    if not isinstance(version, int) or version < 1:
        raise _damaged(path)
    if version > FORMAT_VERSION:
        raise TransferError(
            f"{path.name} was made by a newer Kraken Guard. Nothing was changed. "
            "Update Kraken Guard, then import it again."
        )
    raw_answers = payload.get("answers")
    days = payload.get("review_days")
    if not isinstance(raw_answers, list) or not (
        isinstance(days, int) and MIN_REVIEW_DAYS <= days <= MAX_REVIEW_DAYS
    ):
        raise _damaged(path)
    known = {step.id for step in progress.steps}
    answers, seen = [], set()
    for raw in raw_answers:
        if not isinstance(raw, dict):
            raise _damaged(path)
        answer = parse_answer(
            raw.get("step_id"),
            raw.get("status"),
            raw.get("reason", ""),
            raw.get("detail", {}),
            raw.get("answered_at"),
        )
        if answer is None or answer.step_id not in known or answer.step_id in seen:
            raise _damaged(path)
        seen.add(answer.step_id)
        answers.append(answer)
    progress.replace(answers, clear=True)
    progress.set_review_days(days)
    return len(answers)


def _damaged(path: Path) -> TransferError:
    return TransferError(
        f"{path.name} is damaged or was changed by hand. Nothing was changed. "
        "Export your progress again from the computer it came from."
    )


def _read(path: Path) -> Any:
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except FileNotFoundError as error:
        raise TransferError(f"There is no file at {path}. Check the name and try again.") from error
    except OSError as error:
        raise TransferError(
            f"{path.name} could not be read. Nothing was changed. Choose another file."
        ) from error
    if data is None:
        raise _damaged(path)
    try:
        return json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise TransferError(
            f"{path.name} could not be read. Nothing was changed. Choose another file."
        ) from error
    except ValueError as error:
        raise _damaged(path) from error


def read_bounded(path: Path, limit: int) -> bytes | None:
    """At most `limit` bytes of any file (None when there is more), never waiting.

    Opened non-blocking, so a FIFO with no writer ends at once instead of hanging, and a
    device such as /dev/zero stops at the limit instead of filling the memory.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            try:
                chunk = os.read(descriptor, min(65536, limit + 1 - size))
            except BlockingIOError:
                break  # a FIFO with nothing written yet: take what is there
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(descriptor)
    return None if size > limit else b"".join(chunks)


def _refuse_special(path: Path) -> None:
    """Export goes to a regular file or a new name, never over a device, FIFO, link or folder."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise TransferError(
            f"{path} is not a regular file (it is a link, a folder, a device or a pipe). "
            "Nothing was written. Choose a new file name."
        )


def _write_atomic(path: Path, text: str) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise TransferError(f"Could not write in {folder}. Choose a folder that belongs to you.")
    _refuse_special(path)
    try:
        write_atomic(path, text, before_replace=lambda: _refuse_special(path))
    except OSError as error:
        raise TransferError(
            f"Could not save {path.name} ({error.strerror}). Your old file, if any, is unchanged. "
            "Choose a folder that belongs to you."
        ) from error
    restrict_file(path)

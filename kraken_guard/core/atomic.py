"""Write a file atomically: a fresh private temporary file beside it, flushed, then renamed."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomic(
    path: Path,
    data: str | bytes,
    mode: int = 0o600,
    before_replace: Callable[[], None] | None = None,
) -> Path:
    """Replace `path` with `data` in one step; on failure the old file is left as it was.

    The temporary file comes from mkstemp (O_EXCL, a random name, 0600), so a link planted in a
    shared folder is never followed. `before_replace` runs just before the rename (a last check
    of what is at `path`); whatever it raises leaves `path` untouched. Raises OSError.
    """
    folder = path.parent if str(path.parent) else Path(".")
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data.encode("utf-8") if isinstance(data, str) else data)
            stream.flush()
            os.fsync(stream.fileno())
        if os.name == "posix":
            os.chmod(temp_name, mode)
        if before_replace is not None:
            before_replace()
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return path

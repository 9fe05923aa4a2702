"""What the command line writes: control characters shown as escapes, any terminal encoding.

A crafted link or note could carry terminal escape sequences (colours, cursor moves, a fake
verdict printed over the real one) or right-to-left overrides; they are shown as `\\u001b`-style
escapes instead, which also keeps JSON lines valid. Characters the terminal's encoding cannot
show (PYTHONIOENCODING=ascii) are written as escapes rather than stopping the command.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # typing itself costs a quick command ~3 ms
if TYPE_CHECKING:
    from typing import TextIO

# C0 controls except newline and tab, DEL, C1 controls, and the invisible direction marks.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def escape_controls(text: str) -> str:
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


class SafeText:
    """A text stream that escapes control characters and what its encoding cannot write."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        encoding = getattr(stream, "encoding", None)
        self._encoding = encoding if isinstance(encoding, str) else None

    def write(self, text: str) -> int:
        safe = escape_controls(text)
        if self._encoding:
            safe = safe.encode(self._encoding, "backslashreplace").decode(self._encoding)
        self._stream.write(safe)
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return bool(getattr(self._stream, "isatty", lambda: False)())

    @property
    def encoding(self) -> str | None:
        return self._encoding

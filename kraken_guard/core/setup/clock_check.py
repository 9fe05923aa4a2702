"""The authenticator clock check: a throwaway TOTP secret, and which time step a typed code hit."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from kraken_guard.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import pyotp

STEP_SECONDS = 30
OFFSETS = (0, -1, 1, -2, 2)  # nearest first, so the kindest explanation wins
ISSUER = "Kraken Guard clock check"
ACCOUNT = "Clock check (not a Kraken code)"

IN_STEP = QT_TRANSLATE_NOOP("clock_check", "Your phone's clock is in step. Codes should work.")
BEHIND = QT_TRANSLATE_NOOP(
    "clock_check",
    "Your phone's clock is about {seconds} seconds behind. Kraken may refuse its codes. "
    "Turn on automatic date and time in your phone's settings.",
)
AHEAD = QT_TRANSLATE_NOOP(
    "clock_check",
    "Your phone's clock is about {seconds} seconds ahead. Kraken may refuse its codes. "
    "Turn on automatic date and time in your phone's settings.",
)
NO_MATCH = QT_TRANSLATE_NOOP(
    "clock_check",
    "That code does not match. Check that you typed the code shown for “Kraken Guard clock "
    "check”. If it still fails, your phone's clock may be more than a minute off: turn on "
    "automatic date and time.",
)
NOT_A_CODE = QT_TRANSLATE_NOOP("clock_check", "Type the 6 digits your authenticator app shows.")
NEVER_READ_OUT = QT_TRANSLATE_NOOP(
    "clock_check",
    "Nobody will ever need you to read out a code. Not Kraken, not anyone. "
    "A caller who asks for one is a scammer: hang up.",
)


@dataclass(frozen=True)
class ClockResult:
    matched: bool
    offset_steps: int | None  # -2..2 when matched: negative means the phone is behind
    message: str  # marked for translation under "clock_check"; format with `seconds`

    @property
    def seconds(self) -> int:
        return abs(self.offset_steps or 0) * STEP_SECONDS


class ClockCheck:
    """Holds one random secret for as long as the step is open; call `close()` to forget it."""

    def __init__(self, now: Callable[[], datetime]) -> None:
        import pyotp

        self._now = now
        self._secret: str | None = pyotp.random_base32()

    def __repr__(self) -> str:
        return "ClockCheck(<secret hidden>)"

    @property
    def is_open(self) -> bool:
        return self._secret is not None

    @property
    def secret(self) -> str:
        """The throwaway key, for people who type it instead of scanning the QR code."""
        if self._secret is None:
            raise RuntimeError("the clock check is closed")
        return self._secret

    def provisioning_uri(self) -> str:
        return self._totp().provisioning_uri(name=ACCOUNT, issuer_name=ISSUER)

    def check(self, typed: str) -> ClockResult:
        code = "".join(ch for ch in typed if not ch.isspace())
        if len(code) != 6 or not code.isascii() or not code.isdigit():
            return ClockResult(False, None, NOT_A_CODE)
        totp = self._totp()
        moment = self._now().timestamp()
        for offset in OFFSETS:
            expected = totp.at(moment + offset * STEP_SECONDS)
            if hmac.compare_digest(expected, code):
                message = IN_STEP if offset == 0 else (BEHIND if offset < 0 else AHEAD)
                return ClockResult(True, offset, message)
        return ClockResult(False, None, NO_MATCH)

    def close(self) -> None:
        self._secret = None

    def _totp(self) -> pyotp.TOTP:
        import pyotp

        return pyotp.TOTP(self.secret)


def qr_png(text: str, scale: int = 6) -> bytes:
    """A QR code for `text` as PNG bytes in memory (never written to disk)."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make_qr(text, error="m").save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()

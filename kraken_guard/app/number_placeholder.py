"""A stand-in number check for the call window until the full phone check is wired in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QLocale

from kraken_guard.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "phone"
CALLER_ID_NOTE = QT_TRANSLATE_NOOP(
    CONTEXT,
    "Caller ID can be faked, so the number on your screen proves nothing. Hang up and call "
    "back using the number at the bottom of support.kraken.com.",
)


@dataclass(frozen=True)
class PlaceholderCheck:
    verdict: str
    e164: str | None
    headline: str
    explanation: str
    next_step: str


def placeholder_check_number(
    scam_report_for: Callable[[str], datetime | None],
    region: str | None = None,
) -> Callable[[str], PlaceholderCheck]:
    """Normalise to E.164 with phonenumbers; say "reported_scam" for numbers saved as scams."""
    default_region = region or QLocale.system().name().partition("_")[2] or "US"

    def check(text: str) -> PlaceholderCheck:
        import phonenumbers

        try:
            parsed = phonenumbers.parse(
                text, None if text.strip().startswith("+") else default_region
            )
        except phonenumbers.NumberParseException:
            return PlaceholderCheck(
                "invalid",
                None,
                QT_TRANSLATE_NOOP(CONTEXT, "This does not look like a phone number"),
                QT_TRANSLATE_NOOP(CONTEXT, "Type it as shown, with the + and country code."),
                CALLER_ID_NOTE,
            )
        e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        if scam_report_for(e164) is not None:
            return PlaceholderCheck(
                "reported_scam",
                e164,
                QT_TRANSLATE_NOOP(CONTEXT, "You saved this number as a scam caller"),
                QT_TRANSLATE_NOOP(CONTEXT, "Hang up now. Do not call this number back."),
                CALLER_ID_NOTE,
            )
        return PlaceholderCheck(
            "unchecked",
            e164,
            QT_TRANSLATE_NOOP(CONTEXT, "A number on your screen is not proof"),
            "",
            CALLER_ID_NOTE,
        )

    return check

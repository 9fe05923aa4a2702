"""The security setup steps, read from content, and the answers a person can give to each."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from kraken_guard.core.content import load_content
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP

CONTENT_NAME = "security_features"
REASON_MAX_LENGTH = 300


class AnswerStatus(StrEnum):
    DONE = "done"
    NOT_YET = "not_yet"
    NOT_APPLICABLE = "not_applicable"


# Which kind of second factor or key was used; never the secret itself.
METHODS: dict[str, str] = {
    "passkey": QT_TRANSLATE_NOOP("setup", "Passkey"),
    "security_key": QT_TRANSLATE_NOOP("setup", "Security key (USB or NFC)"),
    "authenticator_app": QT_TRANSLATE_NOOP("setup", "Authenticator app"),
    "password_manager": QT_TRANSLATE_NOOP("setup", "Password manager"),
    "paper": QT_TRANSLATE_NOOP("setup", "Written on paper, kept offline"),
    "text_message": QT_TRANSLATE_NOOP("setup", "Text message (SMS)"),
    "other": QT_TRANSLATE_NOOP("setup", "Something else"),
}
# The steps where the person says which method they chose, so the wizard can compare them.
METHOD_STEPS = ("signin_2fa", "master_key")


@dataclass(frozen=True)
class SetupStep:
    id: str
    title: str
    body: str
    protects: str
    steps: tuple[str, ...]
    link: str

    @property
    def asks_method(self) -> bool:
        return self.id in METHOD_STEPS


@dataclass(frozen=True)
class Answer:
    step_id: str
    status: AnswerStatus
    answered_at: datetime
    reason: str = ""
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def method(self) -> str | None:
        value = self.detail.get("method")
        return value if isinstance(value, str) and value in METHODS else None


def load_steps(language: str = "en") -> tuple[SetupStep, ...]:
    """The steps in Kraken's recommended order, from resources/content/security_features.json."""
    return tuple(
        SetupStep(
            id=item.id,
            title=item.title,
            body=item.body,
            protects=str(item.extra.get("protects", "")),
            steps=tuple(str(s) for s in item.extra.get("steps", ())),
            link=str(item.extra.get("link", "")),
        )
        for item in load_content(CONTENT_NAME, language).items
    )


def clean_reason(text: str) -> str:
    """A reason as stored: one line, trimmed, not longer than REASON_MAX_LENGTH."""
    return " ".join(text.split())[:REASON_MAX_LENGTH]


def clean_detail(detail: dict[str, Any] | None) -> dict[str, Any]:
    """Keep only the known, harmless detail (the method's name); drop anything else."""
    method = (detail or {}).get("method")
    return {"method": method} if isinstance(method, str) and method in METHODS else {}

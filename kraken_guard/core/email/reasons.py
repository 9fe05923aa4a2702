"""One plain-language reason, kept untranslated with its values until a front shows it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
Translate = Callable[[str], str]


# The contexts the email check's strings are marked in (a reason names none of its own): a
# front tries each until one has a translation.
REASON_CONTEXTS = (
    "email_verdict",
    "email_senders",
    "email_provider",
    "email_signature",
    "email_content",
    "email_reading",
    "email_dkim",
    "links",
    "phone",
)


def untranslated(text: str) -> str:
    return text


@dataclass(frozen=True)
class Reason:
    text: str  # untranslated; may hold {placeholders} filled from `values`
    values: tuple[tuple[str, str], ...] = field(default=())

    @classmethod
    def of(cls, text: str, **values: str) -> Reason:
        return cls(text, tuple(sorted(values.items())))

    def render(self, translate: Translate = untranslated) -> str:
        values = dict(self.values)
        return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), translate(self.text))

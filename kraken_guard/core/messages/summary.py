"""One verdict for a whole message: scam, suspicious, no_warning_signs or nothing_to_check.

scam: a never-ask request or a known scam move, an item that imitates Kraken (or that the person
marked as a scam), an item that is not Kraken's in a text that says it is Kraken, or a "Kraken"
sign-in or withdrawal alert with a phone number that is not on the saved official list.
suspicious: items that are not Kraken's, weaker signs, hidden characters, a number that cannot be
compared yet in a text that says it is Kraken, a "Kraken" text that names a secret (seed words, a
password, a code, an app to install), or a text too long to check whole. no_warning_signs: only
Kraken's own items and no request found, still with the caller-ID and "you did not book it"
reminders. Never "safe".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from kraken_guard.core.asks.requests import Reading, Request, Strength
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.messages.extract import Found, Kind
from kraken_guard.core.messages.text import CleanText

CONTEXT = "message_summary"
RULES_CONTEXT = "message_rules"  # content files are translated in a context named after them
ALERT_RULE = "login_alert"  # with a Kraken claim and a number not on the list: the classic script
Translate = Callable[[str, str], str]


def untranslated(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Note:
    """A sentence to show: its translation context, the untranslated text, and its values."""

    context: str
    text: str
    values: Mapping[str, str] = field(default_factory=dict)
    value_context: str = ""  # when set, the values are translated too, in this context

    def render(self, translate: Translate = untranslated) -> str:
        values = dict(self.values)
        if self.value_context:
            values = {k: translate(self.value_context, v) for k, v in values.items()}
        try:
            return translate(self.context, self.text).format(**values)
        except (KeyError, IndexError, ValueError):
            return self.text.format(**self.values)


class Standing(StrEnum):
    """Where one item stands, for the summary."""

    OFFICIAL = "official"  # Kraken's own (which still proves nothing about who sent it)
    IMITATES = "imitates"  # pretends to be Kraken, or the person marked it as a scam
    NOT_KRAKEN = "not_kraken"
    UNCHECKED = "unchecked"  # cannot be compared yet (no official number saved)


@dataclass(frozen=True)
class ItemResult:
    found: Found
    standing: Standing
    verdict: str  # the engine's own verdict (official, lookalike, not_official, ...)
    label: Note  # a few words: "Not Kraken's number"
    reasons: tuple[Note, ...]

    @property
    def kind(self) -> Kind:
        return self.found.kind


class Verdict(StrEnum):
    SCAM = "scam"
    SUSPICIOUS = "suspicious"
    NO_WARNING_SIGNS = "no_warning_signs"
    NOTHING_TO_CHECK = "nothing_to_check"


@dataclass(frozen=True)
class Summary:
    verdict: Verdict
    headline: Note
    do_now: Note
    reasons: tuple[Note, ...]
    requests: tuple[Request, ...]
    claims_kraken: bool


HEADLINES = {
    Verdict.SCAM: QT_TRANSLATE_NOOP("message_summary", "This is a scam"),
    Verdict.SUSPICIOUS: QT_TRANSLATE_NOOP("message_summary", "Be careful: this is not from Kraken"),
    Verdict.NO_WARNING_SIGNS: QT_TRANSLATE_NOOP(
        "message_summary", "No warning signs found, but that does not prove it is real"
    ),
    Verdict.NOTHING_TO_CHECK: QT_TRANSLATE_NOOP("message_summary", "Nothing to check"),
}
DO_NOW = {
    Verdict.SCAM: QT_TRANSLATE_NOOP(
        "message_summary",
        "Stop now. Do not reply, call, click, install or pay. If it is a call, hang up. "
        "If you already shared something, lock your account through Kraken's live chat at "
        "support.kraken.com.",
    ),
    Verdict.SUSPICIOUS: QT_TRANSLATE_NOOP(
        "message_summary",
        "Do not send any codes or details. If you are worried about your Kraken account, "
        "open support.kraken.com from your bookmark, not from this message.",
    ),
    Verdict.NO_WARNING_SIGNS: QT_TRANSLATE_NOOP(
        "message_summary",
        "Still never share a code, your password or seed words. If someone called you and "
        "you did not book the call, hang up: caller ID can be faked.",
    ),
    Verdict.NOTHING_TO_CHECK: QT_TRANSLATE_NOOP(
        "message_summary",
        "Paste the whole message, number, link or name you were given, then check.",
    ),
}
R_REQUEST = QT_TRANSLATE_NOOP("message_summary", "{title}: {body}")
R_IMITATES = QT_TRANSLATE_NOOP("message_summary", "{item} pretends to be Kraken.")
R_REPORTED = QT_TRANSLATE_NOOP("message_summary", "You marked {item} as a scam before.")
R_CLAIM_NOT_KRAKEN = QT_TRANSLATE_NOOP(
    "message_summary", "It says it is Kraken, but {item} is not Kraken's."
)
R_NOT_KRAKEN = QT_TRANSLATE_NOOP("message_summary", "{item} is not Kraken's.")
R_CANNOT_COMPARE = QT_TRANSLATE_NOOP(
    "message_summary",
    "It says it is Kraken and gives the number {item}. Kraken Guard cannot compare it: save "
    "the real number from the bottom of support.kraken.com first.",
)
R_HIDDEN = QT_TRANSLATE_NOOP(
    "message_summary", "The text has hidden characters. Scammers use them to get past filters."
)
R_DIRECTION = QT_TRANSLATE_NOOP(
    "message_summary",
    "The text has hidden characters that change the order of what you see. Type any number "
    "or link yourself.",
)
R_ONLY_OFFICIAL = QT_TRANSLATE_NOOP(
    "message_summary",
    "Every number, link and account in it is Kraken's. Kraken Guard found no request for a "
    "code, a password or seed words.",
)
R_NOTHING_ASKED = QT_TRANSLATE_NOOP(
    "message_summary",
    "Kraken Guard found no number, link, address or account, and no request for a code, a "
    "password or seed words.",
)
R_ALERT_NUMBER = QT_TRANSLATE_NOOP(
    "message_summary",
    "It says it is Kraken, warns about a sign-in or withdrawal, and gives the number {item}, "
    "which is not on your official list. This is the most common fake-support trick.",
)
R_NOT_ALL_READ = QT_TRANSLATE_NOOP(
    "message_summary",
    "Kraken Guard could not check all of it, so it cannot say there are no warning signs.",
)
R_TRUNCATED = QT_TRANSLATE_NOOP(
    "message_summary", "The text is very long, so only its first {count} characters were checked."
)
R_MORE_ITEMS = QT_TRANSLATE_NOOP(
    "message_summary", "It has many items. Only the first {count} were checked."
)


def summarize(
    items: tuple[ItemResult, ...],
    reading: Reading,
    cleaned: CleanText,
    *,
    max_chars: int,
    max_items: int,
    more_items: bool = False,
) -> Summary:
    """The verdict for the whole text, with the reasons that decided it first."""
    strong = [r for r in reading.requests if r.strength is Strength.SCAM]
    weak = [r for r in reading.requests if r.strength is Strength.WEAK]
    claim = reading.claims_kraken
    scam_reasons: list[Note] = [_request_note(r) for r in strong]
    # A "Kraken" text that names a secret is never calm, even with only Kraken's own items in it.
    caution: list[Note] = [
        _request_note(r) for r in reading.requests if r.strength is Strength.CAUTION
    ]
    alert = claim and any(r.rule_id == ALERT_RULE for r in reading.requests)
    # Another company's link in an ordinary text ("Track at dhl.com") is no warning sign on its
    # own: it is one with a claim or a request, or when it is all that was pasted.
    bare = _only_items(cleaned.text, items)
    plain: list[Note] = []
    for item in items:
        name = {"item": item.found.text}
        if item.standing is Standing.IMITATES:
            text = R_REPORTED if item.verdict == "reported_scam" else R_IMITATES
            scam_reasons.append(Note(CONTEXT, text, name))
        elif (
            alert
            and item.kind is Kind.NUMBER
            and item.standing in (Standing.NOT_KRAKEN, Standing.UNCHECKED)
        ):
            scam_reasons.append(Note(CONTEXT, R_ALERT_NUMBER, name))
        elif item.standing is Standing.NOT_KRAKEN and claim:
            scam_reasons.append(Note(CONTEXT, R_CLAIM_NOT_KRAKEN, name))
        elif item.standing is Standing.NOT_KRAKEN and (
            item.kind is Kind.NUMBER or reading.requests or bare
        ):
            caution.append(Note(CONTEXT, R_NOT_KRAKEN, name))
        elif item.standing is Standing.NOT_KRAKEN:
            plain.append(Note(CONTEXT, R_NOT_KRAKEN, name))
        elif item.standing is Standing.UNCHECKED and claim:
            caution.append(Note(CONTEXT, R_CANNOT_COMPARE, name))
    if cleaned.direction:
        caution.append(Note(CONTEXT, R_DIRECTION))
    elif cleaned.hidden:
        caution.append(Note(CONTEXT, R_HIDDEN))
    all_official = bool(items) and all(i.standing is Standing.OFFICIAL for i in items)
    weak_notes = [_request_note(r) for r in weak]
    limits = []
    if cleaned.truncated:
        limits.append(Note(CONTEXT, R_TRUNCATED, {"count": f"{max_chars:,}"}))
    if more_items:
        limits.append(Note(CONTEXT, R_MORE_ITEMS, {"count": str(max_items)}))
    reasons: list[Note]
    if scam_reasons:
        verdict, reasons = Verdict.SCAM, scam_reasons + caution + weak_notes
    elif caution or (weak_notes and not all_official):
        verdict, reasons = Verdict.SUSPICIOUS, caution + weak_notes
    elif limits:
        # Padding can hide a request past the part that was read: never calm about a cut text.
        verdict, reasons = Verdict.SUSPICIOUS, [Note(CONTEXT, R_NOT_ALL_READ), *weak_notes]
    elif plain:
        verdict, reasons = Verdict.NO_WARNING_SIGNS, [*plain, *weak_notes]
    elif items or claim or reading.requests:
        first = R_ONLY_OFFICIAL if items else R_NOTHING_ASKED
        verdict, reasons = Verdict.NO_WARNING_SIGNS, [Note(CONTEXT, first), *weak_notes]
    else:
        verdict, reasons = Verdict.NOTHING_TO_CHECK, []
    return Summary(
        verdict,
        Note(CONTEXT, HEADLINES[verdict]),
        Note(CONTEXT, DO_NOW[verdict]),
        tuple(reasons + limits),
        reading.requests,
        claim,
    )


def _only_items(text: str, items: tuple[ItemResult, ...], most_words: int = 2) -> bool:
    """True when the text is little more than its items: a link or an address pasted alone."""
    for item in items:
        text = text.replace(item.found.text, " ")
    return len(re.findall(r"[^\W\d_]{2,}", text[:2000])) <= most_words


def _request_note(request: Request) -> Note:
    values = {"title": request.title, "body": request.body}
    return Note(CONTEXT, R_REQUEST, values, value_context=RULES_CONTEXT)

"""The in-call checklist as pure functions: the answers so far in, a verdict and its reasons out."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from kraken_guard.core.content import ContentFile, ContentItem, load_content
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "call_checklist"


class CallVerdict(StrEnum):
    ANSWER_FIRST = "answer_first"  # the two questions are not both answered yet
    HANG_UP = "hang_up"
    STAY_ALERT = "stay_alert"  # both answers are Yes and nothing bad was asked, yet


@dataclass(frozen=True)
class CallAnswers:
    """What the person told the checklist; None means the question is not answered yet."""

    asked_for_call: bool | None = None
    got_confirmation_email: bool | None = None
    asked_for: frozenset[str] = frozenset()  # ids from never_ask.json
    red_flags: frozenset[str] = frozenset()  # ids from red_flags.json
    shared: frozenset[str] = frozenset()  # ids from after_sharing.json: what they already gave
    reported_number: bool = False  # the calling number is one the person saved as a scam caller
    email_not_from_kraken: bool = False  # the email that "confirmed" the call failed the check


@dataclass(frozen=True)
class Reason:
    """One reason for the verdict: a template, and the content item it names (if any)."""

    template: str
    item_title: str = ""
    item_context: str = ""

    def english(self) -> str:
        return self.template.format(item=self.item_title)


@dataclass(frozen=True)
class CallAssessment:
    verdict: CallVerdict
    headline: str
    explanation: str
    reasons: tuple[Reason, ...] = field(default_factory=tuple)


NOT_REQUESTED = QT_TRANSLATE_NOOP("call_checklist", "You did not ask Kraken Support to call you.")
NO_EMAIL = QT_TRANSLATE_NOOP(
    "call_checklist", "You got no email from Kraken with the time of this call."
)
ASKED_FOR = QT_TRANSLATE_NOOP(
    "call_checklist", "They asked for: {item}. Kraken never asks for this."
)
FORGED_EMAIL = QT_TRANSLATE_NOOP(
    "call_checklist",
    "The email that confirmed this call is not from Kraken. Real Kraken calls come with a real "
    "Kraken email, so this call is a scam.",
)
RED_FLAG = QT_TRANSLATE_NOOP("call_checklist", "They said: {item}. Scammers say this.")
SHARED = QT_TRANSLATE_NOOP("call_checklist", "You gave them: {item}. Do the steps below now.")
REPORTED_NUMBER = QT_TRANSLATE_NOOP(
    "call_checklist", "You saved the number calling you as a scam caller after an earlier call."
)

HEADLINES = {
    CallVerdict.ANSWER_FIRST: QT_TRANSLATE_NOOP("call_checklist", "Answer the two questions below"),
    CallVerdict.HANG_UP: QT_TRANSLATE_NOOP("call_checklist", "Hang up now. This is a scam."),
    CallVerdict.STAY_ALERT: QT_TRANSLATE_NOOP("call_checklist", "Stay alert"),
}
EXPLANATIONS = {
    CallVerdict.ANSWER_FIRST: QT_TRANSLATE_NOOP(
        "call_checklist",
        "Kraken Support only calls when you asked for a call. Kraken also sends an email "
        "with the time first.",
    ),
    CallVerdict.HANG_UP: QT_TRANSLATE_NOOP(
        "call_checklist",
        "You do not need to be polite. End the call. Then tell Kraken through your "
        "bookmark to support.kraken.com.",
    ),
    CallVerdict.STAY_ALERT: QT_TRANSLATE_NOOP(
        "call_checklist",
        "This call may be real. Caller ID can be faked, so stay alert. If they ask for "
        "anything below, hang up.",
    ),
}


def assess(
    answers: CallAnswers,
    never_ask: ContentFile | None = None,
    red_flags: ContentFile | None = None,
    after_sharing: ContentFile | None = None,
    *,
    language: str = "en",
) -> CallAssessment:
    """The verdict for `answers`: any No, anything never-asked or any red flag means hang up."""
    never_ask = never_ask or load_content("never_ask", language)
    red_flags = red_flags or load_content("red_flags", language)
    after_sharing = after_sharing or load_content("after_sharing", language)
    reasons: list[Reason] = []
    if answers.asked_for_call is False:
        reasons.append(Reason(NOT_REQUESTED))
    if answers.got_confirmation_email is False:
        reasons.append(Reason(NO_EMAIL))
    if answers.reported_number:
        reasons.append(Reason(REPORTED_NUMBER))
    if answers.email_not_from_kraken:
        reasons.append(Reason(FORGED_EMAIL))
    reasons += [
        Reason(ASKED_FOR, item.title, "never_ask")
        for item in never_ask.items
        if item.id in answers.asked_for
    ]
    reasons += [
        Reason(RED_FLAG, item.title, "red_flags")
        for item in red_flags.items
        if item.id in answers.red_flags
    ]
    reasons += [
        Reason(SHARED, item.title, "after_sharing")
        for item in after_sharing.items
        if item.id in answers.shared
    ]
    if reasons:
        verdict = CallVerdict.HANG_UP
    elif answers.asked_for_call and answers.got_confirmation_email:
        verdict = CallVerdict.STAY_ALERT
    else:
        verdict = CallVerdict.ANSWER_FIRST
    return CallAssessment(verdict, HEADLINES[verdict], EXPLANATIONS[verdict], tuple(reasons))


@dataclass(frozen=True)
class CallContent:
    """Everything the call window shows that comes from resources/content."""

    hang_up_line: str
    close_steps: tuple[str, ...]
    never_ask: tuple[ContentItem, ...]
    red_flags: tuple[ContentItem, ...]
    after_sharing: tuple[ContentItem, ...]
    language: str = "en"


def call_content(language: str = "en") -> CallContent:
    """The call window's words in `language` (English where a string is not translated)."""
    tools = load_content("remote_access_tools", language)
    return CallContent(
        hang_up_line=hang_up_line(language),
        close_steps=tuple(str(s) for s in tools.extra["close_steps"]),
        never_ask=load_content("never_ask", language).items,
        red_flags=load_content("red_flags", language).items,
        after_sharing=load_content("after_sharing", language).items,
        language=language,
    )


def hang_up_line(language: str = "en") -> str:
    """The one sentence to read out to end the call."""
    return str(load_content("in_call_steps", language).extra["hang_up_line"])

"""The status in words, computed once for the home page, the tray tooltip and the command line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.setup.progress import SetupStatus
from kraken_guard.core.setup.steps import CONTENT_NAME, AnswerStatus

CONTEXT = "setup_status"

Translate = Callable[[str, str], str]


def untranslated(context: str, text: str) -> str:
    return text


HEADLINE_NEXT = QT_TRANSLATE_NOOP("setup_status", "{done} of {total} done — next: {title}")
HEADLINE_REVIEW = QT_TRANSLATE_NOOP(
    "setup_status", "{done} of {total} done — time to review: {title}"
)
HEADLINE_ALL = QT_TRANSLATE_NOOP("setup_status", "All {total} steps done")
DETAIL_NOT_APPLICABLE = QT_TRANSLATE_NOOP("setup_status", "Marked not for you: {count}.")
DETAIL_NOT_YET = QT_TRANSLATE_NOOP("setup_status", "Marked not yet: {count}.")
DETAIL_REVIEW = QT_TRANSLATE_NOOP(
    "setup_status", "Due for a fresh look (done over {days} days ago): {count}."
)
DETAIL_WARNINGS = QT_TRANSLATE_NOOP(
    "setup_status", "Some steps were done in a risky order. The warnings in Security setup say why."
)
DETAIL_NOTHING = QT_TRANSLATE_NOOP("setup_status", "You have not started the security setup yet.")
NEXT_DO = QT_TRANSLATE_NOOP(
    "setup_status", "Do this next: {title}. Open Security setup to see how."
)
NEXT_REVIEW = QT_TRANSLATE_NOOP(
    "setup_status",
    "Do this next: check that “{title}” is still on. Open Security setup to see how.",
)
NEXT_ALL = QT_TRANSLATE_NOOP("setup_status", "Next review: {date}. Nothing else to do for now.")
TOOLTIP = QT_TRANSLATE_NOOP("setup_status", "Kraken Guard — {headline}")


@dataclass(frozen=True)
class StatusText:
    headline: str
    detail: str
    next_step: str
    tooltip: str


def describe(
    status: SetupStatus,
    translate: Translate = untranslated,
    format_date: Callable[[Any], str] = lambda d: d.strftime("%d %B %Y"),
) -> StatusText:
    """Headline, detail and the one "do this next" item, translated by `translate`."""
    state = status.next_state
    title = translate(CONTENT_NAME, state.step.title) if state else ""
    values = {"done": status.done, "total": status.total, "title": title}
    if state is None:
        headline = translate(CONTEXT, HEADLINE_ALL).format(**values)
        when = format_date(status.next_review) if status.next_review else "—"
        next_step = translate(CONTEXT, NEXT_ALL).format(date=when)
    elif state.status == "review":
        headline = translate(CONTEXT, HEADLINE_REVIEW).format(**values)
        next_step = translate(CONTEXT, NEXT_REVIEW).format(title=title)
    else:
        headline = translate(CONTEXT, HEADLINE_NEXT).format(**values)
        next_step = translate(CONTEXT, NEXT_DO).format(title=title)
    parts = []
    if all(s.answer is None for s in status.states):
        parts.append(translate(CONTEXT, DETAIL_NOTHING))
    for template, count in (
        (DETAIL_NOT_YET, status.count(AnswerStatus.NOT_YET)),
        (DETAIL_NOT_APPLICABLE, status.count(AnswerStatus.NOT_APPLICABLE)),
        (DETAIL_REVIEW, status.count("review")),
    ):
        if count:
            parts.append(translate(CONTEXT, template).format(count=count, days=status.review_days))
    if status.warnings:
        parts.append(translate(CONTEXT, DETAIL_WARNINGS))
    tooltip = translate(CONTEXT, TOOLTIP).format(headline=headline)
    return StatusText(headline, " ".join(parts), next_step, tooltip)


def status_json(status: SetupStatus) -> dict[str, Any]:
    """The status as plain data for `kraken-guard-cli status --json`."""
    text = describe(status)
    nxt = status.next_state
    return {
        "done": status.done,
        "total": status.total,
        "steps_in_guide": len(status.states),
        "headline": text.headline,
        "detail": text.detail,
        "next_step": text.next_step,
        "next": (
            {"id": nxt.step.id, "title": nxt.step.title, "link": nxt.step.link, "why": nxt.status}
            if nxt
            else None
        ),
        "review_days": status.review_days,
        "next_review": status.next_review.isoformat() if status.next_review else None,
        "warnings": [
            {"id": w.id, "steps": list(w.step_ids), "text": w.text} for w in status.warnings
        ],
        "steps": [
            {
                "id": s.step.id,
                "title": s.step.title,
                "status": s.status,
                "reason": s.answer.reason if s.answer else "",
                "answered_at": s.answer.answered_at.isoformat() if s.answer else None,
            }
            for s in status.states
        ],
    }

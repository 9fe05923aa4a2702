"""Setup progress that lasts: answers kept in the store with their time, the status, the review."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from kraken_guard.core.setup.rules import OrderWarning, order_warnings
from kraken_guard.core.setup.steps import (
    Answer,
    AnswerStatus,
    SetupStep,
    clean_detail,
    clean_reason,
    load_steps,
)
from kraken_guard.core.store import Store

REVIEW_DAYS_SETTING = "setup_review_days"
DEFAULT_REVIEW_DAYS = 90
MIN_REVIEW_DAYS = 7
MAX_REVIEW_DAYS = 730


class SetupError(Exception):
    """An answer or setting that cannot be saved; the message says what to do instead."""


@dataclass(frozen=True)
class StepState:
    step: SetupStep
    answer: Answer | None
    review_due: bool

    @property
    def status(self) -> str:
        """ "unanswered", one of AnswerStatus's values, or "review" for a done step due again."""
        if self.answer is None:
            return "unanswered"
        return "review" if self.review_due else self.answer.status.value


@dataclass(frozen=True)
class SetupStatus:
    states: tuple[StepState, ...]
    next_state: StepState | None
    warnings: tuple[OrderWarning, ...]
    review_days: int
    next_review: datetime | None

    @property
    def total(self) -> int:
        """Steps that apply to this person (all of them, less those marked not applicable)."""
        return sum(1 for s in self.states if s.status != AnswerStatus.NOT_APPLICABLE)

    @property
    def done(self) -> int:
        return sum(1 for s in self.states if s.status == AnswerStatus.DONE)

    def count(self, status: str) -> int:
        return sum(1 for s in self.states if s.status == status)

    @property
    def next_step(self) -> SetupStep | None:
        return self.next_state.step if self.next_state else None


class SetupProgress:
    """Reads and writes the wizard's answers; `now` is injected so tests control time."""

    def __init__(
        self,
        store: Store,
        now: Callable[[], datetime],
        steps: Sequence[SetupStep] | None = None,
    ) -> None:
        self._store = store
        self._now = now
        self.steps: tuple[SetupStep, ...] = tuple(steps) if steps is not None else load_steps()
        self._ids = {step.id for step in self.steps}

    def step(self, step_id: str) -> SetupStep:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise SetupError(f"There is no setup step called {step_id!r}.")

    def answers(self) -> dict[str, Answer]:
        rows = self._store.query(
            "SELECT step_id, status, reason, detail, answered_at FROM wizard_answers"
        )
        found = {}
        for row in rows:
            answer = _answer_from_row(row)
            if answer is not None and answer.step_id in self._ids:
                found[answer.step_id] = answer
        return found

    def record(
        self,
        step_id: str,
        status: AnswerStatus,
        reason: str = "",
        detail: dict[str, Any] | None = None,
    ) -> Answer:
        """Save one answer with the current time; a Not applicable answer needs a reason."""
        self.step(step_id)
        reason = clean_reason(reason)
        if status is AnswerStatus.NOT_APPLICABLE and not reason:
            raise SetupError("Say in a few words why this step does not apply to you.")
        from kraken_guard.core.call.secret_guard import find_secret

        if find_secret(reason) is not None:
            raise SetupError(
                "That reason looks like seed words or a code, so it was not saved. "
                "Never write those down here. Say why in plain words instead."
            )
        answer = Answer(step_id, status, _aware(self._now()), reason, clean_detail(detail))
        self.replace([answer], clear=False)
        return answer

    def forget(self, step_id: str) -> None:
        with self._store.transaction() as db:
            db.execute("DELETE FROM wizard_answers WHERE step_id = ?", (step_id,))

    def replace(self, answers: Iterable[Answer], *, clear: bool) -> None:
        """Write answers in one transaction; with `clear`, every other answer goes first."""
        with self._store.transaction() as db:
            if clear:
                db.execute("DELETE FROM wizard_answers")
            for answer in answers:
                db.execute(
                    "INSERT INTO wizard_answers (step_id, status, reason, detail, answered_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (step_id) DO UPDATE SET "
                    "status = excluded.status, reason = excluded.reason, "
                    "detail = excluded.detail, answered_at = excluded.answered_at",
                    (
                        answer.step_id,
                        answer.status.value,
                        answer.reason,
                        json.dumps(answer.detail, sort_keys=True),
                        answer.answered_at.isoformat(),
                    ),
                )

    @property
    def review_days(self) -> int:
        raw = self._store.get_setting(REVIEW_DAYS_SETTING)
        try:
            days = int(raw) if raw is not None else DEFAULT_REVIEW_DAYS
        except ValueError:
            return DEFAULT_REVIEW_DAYS
        return days if MIN_REVIEW_DAYS <= days <= MAX_REVIEW_DAYS else DEFAULT_REVIEW_DAYS

    def set_review_days(self, days: int) -> None:
        if not MIN_REVIEW_DAYS <= days <= MAX_REVIEW_DAYS:
            raise SetupError(
                f"Choose a review period from {MIN_REVIEW_DAYS} to {MAX_REVIEW_DAYS} days."
            )
        self._store.set_setting(REVIEW_DAYS_SETTING, str(days))

    def status(self) -> SetupStatus:
        """The honest status: what is done, what is due for review, and the one next step."""
        answers = self.answers()
        now = _aware(self._now())
        period = timedelta(days=self.review_days)
        states = tuple(
            StepState(
                step,
                answers.get(step.id),
                _is_due(answers.get(step.id), now, period),
            )
            for step in self.steps
        )
        open_states = [s for s in states if s.status in ("unanswered", AnswerStatus.NOT_YET)]
        due = [s for s in states if s.status == "review"]
        candidates = open_states or due
        next_state = candidates[0] if candidates else None
        done_times = [
            s.answer.answered_at for s in states if s.answer and s.status == AnswerStatus.DONE
        ]
        return SetupStatus(
            states=states,
            next_state=next_state,
            warnings=tuple(order_warnings(answers)),
            review_days=self.review_days,
            next_review=min(done_times) + period if done_times else None,
        )

    def resume_index(self) -> int | None:
        """Where the wizard should open: the next step's index, or None when all is answered."""
        next_step = self.status().next_step
        return self.steps.index(next_step) if next_step else None


def _is_due(answer: Answer | None, now: datetime, period: timedelta) -> bool:
    return (
        answer is not None
        and answer.status is AnswerStatus.DONE
        and now - answer.answered_at >= period
    )


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def parse_answer(
    step_id: Any, status: Any, reason: Any, detail: Any, answered_at: Any
) -> Answer | None:
    """An Answer from loose values (the store or an imported file), or None if they are wrong."""
    if not isinstance(step_id, str) or not isinstance(reason, str):
        return None
    try:
        parsed_status = AnswerStatus(status)
        moment = _aware(datetime.fromisoformat(str(answered_at)))
    except ValueError:
        return None
    if not isinstance(detail, dict):
        return None
    if parsed_status is AnswerStatus.NOT_APPLICABLE and not clean_reason(reason):
        return None
    return Answer(step_id, parsed_status, moment, clean_reason(reason), clean_detail(detail))


def _answer_from_row(row: Any) -> Answer | None:
    try:
        detail = json.loads(row["detail"] or "{}")
    except ValueError:
        detail = {}
    return parse_answer(row["step_id"], row["status"], row["reason"], detail, row["answered_at"])

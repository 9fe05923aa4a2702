"""The incident log: saved calls, their plain-text export, and which numbers were scam callers."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from kraken_guard.core.call.checklist import CallAnswers, assess
from kraken_guard.core.call.scam_reports import last_scam_report, stored_time
from kraken_guard.core.call.secret_guard import refuse_secrets
from kraken_guard.core.content import load_content
from kraken_guard.core.store import Store


@dataclass(frozen=True)
class IncidentDraft:
    """A call as the window knows it, before it is saved."""

    started_at: datetime
    ended_at: datetime | None = None
    number_input: str = ""
    number_e164: str | None = None
    is_scam: bool = False
    answers: CallAnswers = field(default_factory=CallAnswers)
    remote_tools: tuple[str, ...] = ()  # titles of remote-access tools seen during the call
    notes: str = ""


@dataclass(frozen=True)
class Incident:
    id: int
    started_at: datetime
    ended_at: datetime | None
    number_input: str
    number_e164: str | None
    is_scam: bool
    answers: Mapping[str, Any]
    notes: str

    @property
    def duration(self) -> timedelta | None:
        return None if self.ended_at is None else self.ended_at - self.started_at

    def call_answers(self) -> CallAnswers:
        a = self.answers
        return CallAnswers(
            a.get("asked_for_call"),
            a.get("got_confirmation_email"),
            frozenset(a.get("asked_for", ())),
            frozenset(a.get("red_flags", ())),
            frozenset(a.get("shared", ())),
        )


class IncidentLog:
    """Saves and reads calls in the store's `incidents` table."""

    def __init__(self, store: Store, now: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self._store = store
        self._now = now

    def save(self, draft: IncidentDraft, replace_id: int | None = None) -> Incident:
        """Store the call (or update call `replace_id`, saved earlier from the same window).

        Raises SecretInNotes, and stores nothing, if the notes hold a secret.
        """
        notes = refuse_secrets(draft.notes.strip())
        ended_at = draft.ended_at or self._now()
        answers = {
            "asked_for_call": draft.answers.asked_for_call,
            "got_confirmation_email": draft.answers.got_confirmation_email,
            "asked_for": sorted(draft.answers.asked_for),
            "red_flags": sorted(draft.answers.red_flags),
            "shared": sorted(draft.answers.shared),
            "remote_tools": list(draft.remote_tools),
            "verdict": assess(draft.answers).verdict.value,
        }
        values = (
            _stamp(draft.started_at),
            _stamp(ended_at),
            draft.number_input.strip(),
            draft.number_e164,
            int(draft.is_scam),
            json.dumps(answers),
            notes,
        )
        with self._store.transaction() as db:
            cursor = None
            if replace_id is not None:
                cursor = db.execute(
                    "UPDATE incidents SET started_at = ?, ended_at = ?, number_input = ?, "
                    "number_e164 = ?, is_scam = ?, answers = ?, notes = ? WHERE id = ?",
                    (*values, replace_id),
                )
            if replace_id is not None and cursor is not None and cursor.rowcount:
                new_id = replace_id
            else:
                cursor = db.execute(
                    "INSERT INTO incidents (started_at, ended_at, number_input, number_e164, "
                    "is_scam, answers, notes) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    values,
                )
                new_id = int(cursor.lastrowid or 0)
        found = self.get(new_id)
        assert found is not None
        return found

    def list(self) -> list[Incident]:
        """Every saved call, newest first."""
        rows = self._store.query("SELECT * FROM incidents ORDER BY started_at DESC, id DESC")
        return [_incident(row) for row in rows]

    def get(self, incident_id: int) -> Incident | None:
        rows = self._store.query("SELECT * FROM incidents WHERE id = ?", (incident_id,))
        return _incident(rows[0]) if rows else None

    def export(self, incident_id: int) -> str | None:
        """The saved call as plain text, or None when there is no call with that number."""
        incident = self.get(incident_id)
        return None if incident is None else export_text(incident)

    def scam_report_for(self, e164: str) -> datetime | None:
        """When this number was last saved as a scam caller, or None if it never was."""
        return last_scam_report(self._store, e164)


def export_text(incident: Incident) -> str:
    """The call as plain text, ready to paste into a Kraken ticket or an FTC or IC3 report."""
    a = incident.answers
    lines = [
        "Suspected phone scam: a caller said they were Kraken Support",
        "",
        f"Date and time (UTC): {incident.started_at.astimezone(UTC):%Y-%m-%d %H:%M}",
        f"Length of call: {_minutes(incident.duration)}",
        f"Number that called: {incident.number_e164 or incident.number_input or 'not known'}",
    ]
    if incident.number_e164 and incident.number_input not in ("", incident.number_e164):
        lines.append(f"Number as shown on my phone: {incident.number_input}")
    lines += [
        f"I marked this call as a scam: {'yes' if incident.is_scam else 'no'}",
        f"I had asked Kraken to call me: {_yes_no(a.get('asked_for_call'))}",
        f"Kraken sent me an email with the call time: {_yes_no(a.get('got_confirmation_email'))}",
        "",
    ]
    lines += _titled("The caller asked me for:", "never_ask", a.get("asked_for", ()))
    lines += _titled("The caller said:", "red_flags", a.get("red_flags", ()))
    lines += _titled("I already gave them:", "after_sharing", a.get("shared", ()))
    if a.get("remote_tools"):
        lines += [
            "Remote-access apps running during the call:",
            *[f"  - {t}" for t in a["remote_tools"]],
            "",
        ]
    if incident.notes:
        lines += ["My notes:", incident.notes, ""]
    lines += [
        "I did not share my password, 2FA codes, seed words or Master Key in this report.",
        "Report made with Kraken Guard.",
    ]
    return "\n".join(lines) + "\n"


def _titled(heading: str, content_name: str, ids: Any) -> list[str]:
    wanted = set(ids)
    if not wanted:
        return []
    titles = [i.title for i in load_content(content_name).items if i.id in wanted]
    return [heading, *[f"  - {t}" for t in titles], ""]


def _yes_no(value: Any) -> str:
    return {True: "yes", False: "no"}.get(value, "not answered")


def _minutes(duration: timedelta | None) -> str:
    if duration is None:
        return "not known"
    seconds = max(0, int(duration.total_seconds()))
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes} min {seconds:02d} s"


def _stamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _incident(row: Any) -> Incident:
    try:
        answers = json.loads(row["answers"] or "{}")
    except ValueError:
        answers = {}
    return Incident(
        id=int(row["id"]),
        started_at=stored_time(row["started_at"]),
        ended_at=stored_time(row["ended_at"]) if row["ended_at"] else None,
        number_input=row["number_input"] or "",
        number_e164=row["number_e164"],
        is_scam=bool(row["is_scam"]),
        answers=answers if isinstance(answers, dict) else {},
        notes=row["notes"] or "",
    )

from datetime import UTC, datetime, timedelta

import pytest

from kraken_guard.core.call.checklist import CallAnswers
from kraken_guard.core.call.incidents import IncidentDraft, IncidentLog, export_text
from kraken_guard.core.call.secret_guard import SecretInNotes
from kraken_guard.core.store import Store

START = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def draft(**changes) -> IncidentDraft:  # type: ignore[no-untyped-def]
    values = dict(
        started_at=START,
        ended_at=START + timedelta(minutes=4, seconds=5),
        number_input="(555) 010-4477",
        number_e164="+15550104477",
        is_scam=True,
        answers=CallAnswers(
            False,
            False,
            frozenset({"twofa_code"}),
            frozenset({"move_funds"}),
            frozenset({"password"}),
        ),
        remote_tools=("AnyDesk",),
        notes="Said my account was hacked.",
    )
    values.update(changes)
    return IncidentDraft(**values)  # type: ignore[arg-type]


def test_save_list_get_round_trip(store: Store) -> None:
    log = IncidentLog(store)
    saved = log.save(draft())
    later = log.save(draft(started_at=START + timedelta(days=1), notes=""))
    assert [i.id for i in log.list()] == [later.id, saved.id]
    got = log.get(saved.id)
    assert got == saved
    assert got.duration == timedelta(minutes=4, seconds=5)
    assert got.call_answers().asked_for == frozenset({"twofa_code"})
    assert got.answers["verdict"] == "hang_up"
    assert log.get(9999) is None


def test_export_names_what_was_asked_said_and_shared(store: Store) -> None:
    log = IncidentLog(store)
    text = export_text(log.save(draft()))
    for expected in (
        "2026-11-20 09:30",
        "4 min 05 s",
        "+15550104477",
        "(555) 010-4477",
        "A 2FA code",
        "Move your money to a safe wallet",
        "My password",
        "AnyDesk",
        "I had asked Kraken to call me: no",
        "Said my account was hacked.",
    ):
        assert expected in text


def test_an_unfinished_call_ends_when_saved(store: Store) -> None:
    now = START + timedelta(minutes=2)
    saved = IncidentLog(store, now=lambda: now).save(draft(ended_at=None))
    assert saved.ended_at == now


def test_notes_with_a_secret_are_refused_and_nothing_is_stored(store: Store) -> None:
    log = IncidentLog(store)
    with pytest.raises(SecretInNotes):
        log.save(draft(notes="he wanted code 318 204"))
    assert log.list() == []


def test_scam_report_for_answers_with_the_last_scam_call(store: Store) -> None:
    log = IncidentLog(store)
    assert log.scam_report_for("+15550104477") is None
    log.save(draft())
    log.save(draft(started_at=START + timedelta(days=2)))
    log.save(draft(number_e164="+15550109999", is_scam=False))
    assert log.scam_report_for("+15550104477") == START + timedelta(days=2)
    assert log.scam_report_for("+15550109999") is None


def test_export_by_id(store: Store) -> None:
    log = IncidentLog(store)
    saved = log.save(draft())
    assert log.export(saved.id) == export_text(saved)
    assert log.export(saved.id + 1) is None


def test_a_garbled_time_in_a_saved_call_does_not_break_the_list(store) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from kraken_guard.core.call.incidents import IncidentDraft, IncidentLog

    when = datetime(2026, 11, 20, 15, 30, tzinfo=UTC)
    log = IncidentLog(store, lambda: when)
    log.save(IncidentDraft(started_at=when, number_e164="+12025550144", is_scam=True))
    with store.transaction() as db:
        db.execute("UPDATE incidents SET started_at = 'not a time', ended_at = 'nor this'")
    [incident] = log.list()
    assert incident.number_e164 == "+12025550144"
    exported = log.export(incident.id)
    assert exported is not None and "+12025550144" in exported


def test_saving_with_replace_id_updates_that_call_and_an_unknown_id_adds_one(store) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from kraken_guard.core.call.incidents import IncidentDraft, IncidentLog

    when = datetime(2026, 11, 20, 15, 30, tzinfo=UTC)
    log = IncidentLog(store, lambda: when)
    first = log.save(IncidentDraft(started_at=when, notes="first"))
    updated = log.save(IncidentDraft(started_at=when, notes="more"), replace_id=first.id)
    assert updated.id == first.id and [i.notes for i in log.list()] == ["more"]
    other = log.save(IncidentDraft(started_at=when, notes="new"), replace_id=999)
    assert other.id != first.id and len(log.list()) == 2

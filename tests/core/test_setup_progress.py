from datetime import timedelta

import pytest

from kraken_guard.core.setup.progress import DEFAULT_REVIEW_DAYS, SetupError, SetupProgress
from kraken_guard.core.setup.rules import order_warnings
from kraken_guard.core.setup.steps import AnswerStatus, load_steps
from kraken_guard.core.setup.summary import describe, status_json
from kraken_guard.core.store import Store, open_store
from tests.fakes import FakeClock

DONE, NOT_YET, NA = AnswerStatus.DONE, AnswerStatus.NOT_YET, AnswerStatus.NOT_APPLICABLE
IDS = [step.id for step in load_steps()]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def progress(store: Store, clock: FakeClock) -> SetupProgress:
    return SetupProgress(store, clock)


def test_steps_come_from_content_in_krakens_order(progress: SetupProgress) -> None:
    assert len(progress.steps) == 13
    assert IDS[0] == "bookmark" and IDS[-1] == "global_settings_lock"
    for step in progress.steps:
        assert step.protects and step.steps and step.link.startswith("https://support.kraken.com")


def test_a_fresh_start_says_nothing_is_done_and_points_at_the_first_step(
    progress: SetupProgress,
) -> None:
    text = describe(progress.status())
    assert text.headline == "0 of 13 done — next: Bookmark Kraken Support"
    assert "not started" in text.detail
    assert progress.resume_index() == 0


def test_answers_are_kept_with_their_time_and_survive_reopening(
    store: Store, progress: SetupProgress, clock: FakeClock, paths
) -> None:
    progress.record("bookmark", DONE)
    clock.advance(minutes=5)
    progress.record("official_number", NOT_YET)
    progress.record("api_keys", NA, reason="  I never   use API keys ")
    store.close()
    reopened, _ = open_store(paths.database)
    try:
        answers = SetupProgress(reopened, clock).answers()
    finally:
        reopened.close()
    assert answers["bookmark"].status is DONE
    assert answers["official_number"].answered_at - answers["bookmark"].answered_at == timedelta(
        minutes=5
    )
    assert answers["api_keys"].reason == "I never use API keys"


def test_not_applicable_needs_a_reason(progress: SetupProgress) -> None:
    with pytest.raises(SetupError, match="why"):
        progress.record("api_keys", NA, reason="   ")
    assert progress.answers() == {}


def test_unknown_step_is_refused(progress: SetupProgress) -> None:
    with pytest.raises(SetupError):
        progress.record("disable_everything", DONE)


def test_resume_skips_answered_steps_and_status_names_the_next(progress: SetupProgress) -> None:
    for step_id in IDS[:4]:
        progress.record(step_id, DONE)
    progress.record("funding_2fa", DONE)
    assert progress.resume_index() == IDS.index("master_key")
    status = progress.status()
    assert describe(status).headline == "5 of 13 done — next: Set a Master Key"
    assert describe(status).next_step.startswith("Do this next: Set a Master Key")


def test_not_yet_comes_back_before_later_steps(progress: SetupProgress) -> None:
    progress.record("bookmark", NOT_YET)
    for step_id in IDS[1:5]:
        progress.record(step_id, DONE)
    assert progress.status().next_step.id == "bookmark"


def test_not_applicable_steps_leave_the_count(progress: SetupProgress) -> None:
    progress.record("api_keys", NA, reason="No API keys")
    status = progress.status()
    assert (status.done, status.total) == (0, 12)
    assert "not for you: 1" in describe(status).detail


def test_done_steps_come_up_for_review_after_the_period(
    progress: SetupProgress, clock: FakeClock
) -> None:
    for step_id in IDS:
        progress.record(step_id, DONE)
    text = describe(progress.status())
    assert text.headline == "All 13 steps done"
    assert "Next review" in text.next_step
    assert progress.resume_index() is None
    clock.advance(days=DEFAULT_REVIEW_DAYS)
    status = progress.status()
    assert status.done == 0 and status.count("review") == 13
    assert describe(status).headline.startswith("0 of 13 done — time to review: Bookmark")


def test_review_period_is_changeable_and_checked(progress: SetupProgress, clock: FakeClock) -> None:
    progress.record("bookmark", DONE)
    progress.set_review_days(30)
    clock.advance(days=31)
    assert progress.status().states[0].status == "review"
    with pytest.raises(SetupError, match="from 7"):
        progress.set_review_days(0)
    assert progress.review_days == 30


def test_lock_before_master_key_and_funding_2fa_is_warned_with_reason(
    progress: SetupProgress,
) -> None:
    progress.record("signin_2fa", DONE, detail={"method": "passkey"})
    progress.record("global_settings_lock", DONE)
    warnings = {w.id: w for w in progress.status().warnings}
    assert set(warnings) == {"lock_before_master_key", "lock_before_funding_2fa"}
    assert "way back in" in warnings["lock_before_master_key"].text
    assert warnings["lock_before_master_key"].shown_on("global_settings_lock")
    progress.record("master_key", DONE, detail={"method": "paper"})
    progress.record("funding_2fa", DONE)
    assert progress.status().warnings == ()


def test_master_key_on_the_same_method_as_signin_2fa_is_warned(progress: SetupProgress) -> None:
    progress.record("signin_2fa", DONE, detail={"method": "authenticator_app"})
    progress.record("master_key", DONE, detail={"method": "authenticator_app"})
    assert [w.id for w in progress.status().warnings] == ["same_method"]
    progress.record("master_key", DONE, detail={"method": "password_manager"})
    assert progress.status().warnings == ()


def test_steps_before_signin_2fa_are_warned(progress: SetupProgress) -> None:
    progress.record("funding_2fa", DONE)
    (warning,) = order_warnings(progress.answers())
    assert warning.id == "signin_2fa_first" and warning.shown_on("funding_2fa")


def test_only_the_method_name_is_kept_never_other_detail(progress: SetupProgress) -> None:
    progress.record("master_key", DONE, detail={"method": "paper", "key": "hunter2"})
    assert progress.answers()["master_key"].detail == {"method": "paper"}
    progress.record("signin_2fa", DONE, detail={"method": "123456"})
    assert progress.answers()["signin_2fa"].detail == {}


def test_status_json_has_the_same_headline_and_every_step(progress: SetupProgress) -> None:
    progress.record("bookmark", DONE)
    data = status_json(progress.status())
    assert data["headline"] == describe(progress.status()).headline
    assert data["next"]["id"] == "official_number"
    assert [s["id"] for s in data["steps"]] == IDS
    assert data["steps"][0]["status"] == "done"


@pytest.mark.parametrize(
    "reason",
    [
        "my code is 492 117",
        "abandon ability able about above absent absorb abstract absurd abuse access accident",
    ],
)
def test_a_reason_that_looks_like_a_secret_is_refused_and_not_stored(
    progress: SetupProgress, reason: str
) -> None:
    with pytest.raises(SetupError, match="looks like seed words or a code"):
        progress.record("api_keys", AnswerStatus.NOT_APPLICABLE, reason)
    assert "api_keys" not in progress.answers()

import pytest
import textstat

from kraken_guard.core.call.checklist import (
    CallAnswers,
    CallVerdict,
    assess,
    hang_up_line,
)
from kraken_guard.core.content import load_content


def test_no_answers_yet_asks_the_two_questions_first() -> None:
    result = assess(CallAnswers())
    assert result.verdict is CallVerdict.ANSWER_FIRST
    assert result.reasons == ()


@pytest.mark.parametrize(
    "answers, reason",
    [
        (CallAnswers(asked_for_call=False), "did not ask Kraken Support to call"),
        (CallAnswers(asked_for_call=True, got_confirmation_email=False), "no email"),
        (CallAnswers(got_confirmation_email=False), "no email"),
    ],
)
def test_a_no_to_either_question_means_hang_up_at_once(answers: CallAnswers, reason: str) -> None:
    result = assess(answers)
    assert result.verdict is CallVerdict.HANG_UP
    assert "Hang up" in result.headline
    assert reason in " ".join(r.english() for r in result.reasons)


@pytest.mark.parametrize("item", load_content("never_ask").items, ids=lambda i: i.id)
def test_every_never_ask_item_means_hang_up_naming_it(item) -> None:  # type: ignore[no-untyped-def]
    answers = CallAnswers(
        asked_for_call=True, got_confirmation_email=True, asked_for=frozenset({item.id})
    )
    result = assess(answers)
    assert result.verdict is CallVerdict.HANG_UP
    assert [r.item_title for r in result.reasons] == [item.title]
    assert item.title in result.reasons[0].english()


def test_red_flags_mean_hang_up_and_are_named() -> None:
    answers = CallAnswers(True, True, red_flags=frozenset({"move_funds", "secrecy"}))
    result = assess(answers)
    assert result.verdict is CallVerdict.HANG_UP
    named = {r.item_title for r in result.reasons}
    assert named == {
        load_content("red_flags").item("move_funds").title,
        load_content("red_flags").item("secrecy").title,
    }


def test_both_yes_and_nothing_asked_is_not_an_all_clear() -> None:
    result = assess(CallAnswers(True, True))
    assert result.verdict is CallVerdict.STAY_ALERT
    assert "Caller ID can be faked" in result.explanation


def test_red_flags_hold_the_facts_scam_scripts_use() -> None:
    ids = {item.id for item in load_content("red_flags").items}
    assert {"move_funds", "urgency", "secrecy"} <= ids


def test_hang_up_line_is_one_short_plain_sentence_set() -> None:
    line = hang_up_line()
    assert line and textstat.flesch_kincaid_grade(line) <= 8


def test_having_given_them_something_means_hang_up_and_act() -> None:
    result = assess(CallAnswers(True, True, shared=frozenset({"seed_words"})))
    assert result.verdict is CallVerdict.HANG_UP
    assert "You gave them: Seed words" in result.reasons[0].english()


def test_a_calling_number_saved_as_a_scam_caller_means_hang_up() -> None:
    result = assess(
        CallAnswers(asked_for_call=True, got_confirmation_email=True, reported_number=True)
    )
    assert result.verdict is CallVerdict.HANG_UP
    assert any("scam caller" in reason.english() for reason in result.reasons)

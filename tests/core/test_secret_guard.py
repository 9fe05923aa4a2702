import pytest
from hypothesis import given
from hypothesis import strategies as st
from mnemonic import Mnemonic

from kraken_guard.core.call.secret_guard import (
    SecretInNotes,
    SecretKind,
    find_secret,
    refuse_secrets,
)

TWELVE_WORDS = Mnemonic("english").to_mnemonic(bytes(range(16)))


def test_a_twelve_word_seed_phrase_is_refused() -> None:
    assert len(TWELVE_WORDS.split()) == 12
    with pytest.raises(SecretInNotes) as caught:
        refuse_secrets(f"He made me read this: {TWELVE_WORDS}")
    assert caught.value.kind is SecretKind.SEED_PHRASE
    assert "seed words" in str(caught.value)


def test_a_numbered_seed_phrase_over_lines_is_refused() -> None:
    numbered = "\n".join(f"{n}. {w}" for n, w in enumerate(TWELVE_WORDS.split(), start=1))
    assert find_secret(numbered) is SecretKind.SEED_PHRASE


@pytest.mark.parametrize("note", ["the code was 492817", "code 492 817 read out", "49281730"])
def test_a_one_time_code_is_refused(note: str) -> None:
    assert find_secret(note) is SecretKind.ONE_TIME_CODE


@pytest.mark.parametrize(
    "note",
    [
        "Man with a calm voice. Said my account was hacked and I must move funds now.",
        "He called from +1 555 010 4477 at 3 pm and asked for AnyDesk.",
        "Called twice, 10:42 and 11:05. Said a withdrawal of 1,250.00 USD was pending.",
        "",
    ],
)
def test_ordinary_notes_pass(note: str) -> None:
    assert refuse_secrets(note) == note


@given(st.text(max_size=300))
def test_any_text_gets_an_answer_not_a_crash(text: str) -> None:
    assert find_secret(text) in (None, SecretKind.SEED_PHRASE, SecretKind.ONE_TIME_CODE)

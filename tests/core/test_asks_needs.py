"""The word prefilter only ever skips a pattern that could not match."""

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kraken_guard.core.asks.fold import fold
from kraken_guard.core.asks.needs import WordIndex
from kraken_guard.core.asks.requests import read_requests, rule_set

CORPUS = Path(__file__).parents[1] / "data" / "messages"


def _texts() -> list[str]:
    lines = []
    for name in (
        "scam",
        "ordinary",
        "heldout",
        "eval_scam",
        "eval_ordinary",
        "eval2_scam",
        "eval2_ordinary",
        "eval3_scam",
        "eval3_ordinary",
        "eval4_scam",
        "eval4_ordinary",
    ):
        lines += (CORPUS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def _skipped_matches(words: str) -> list[str]:
    index = WordIndex(words)
    wrong = []
    for rule in rule_set().rules:
        for pattern, needs in (
            (rule.pattern, rule.needs),
            (rule.kraken_pattern, rule.kraken_needs),
            (rule.unless, rule.unless_needs),
            (rule.if_context, rule.if_context_needs),
            (rule.context, rule.context_needs),
            *((pattern, (needs,)) for pattern, needs in rule.separate),
        ):
            if pattern.search(words) and not index.could_hold(needs):
                wrong.append(rule.id)
    return wrong


def test_no_rule_that_matches_a_corpus_text_is_skipped() -> None:
    texts = _texts()
    assert len(texts) > 150
    for text in texts:
        assert _skipped_matches(fold(text)) == [], text


# Words the rules are made of, so generated texts often hold whole phrases.
RULE_WORDS = {
    word
    for rule in rule_set().rules
    for pattern in (rule.pattern, rule.kraken_pattern, rule.if_context, rule.context)
    for word in "".join(c if c.isalpha() else " " for c in pattern.pattern).split()
    if len(word) > 2
}
VOCABULARY = [*sorted(RULE_WORDS), "123456", "kraken", "your", "the", "me", "us", "now", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=25))
def test_no_rule_that_matches_a_generated_text_is_skipped(words: list[str]) -> None:
    assert _skipped_matches(fold(" ".join(words))) == []


def test_a_long_innocent_email_and_a_request_deep_inside_it() -> None:
    padding = "Markets moved today and bitcoin rose. " * 5000
    assert read_requests(padding, claimed=True).requests == ()
    found = read_requests(padding + "Please reply with your password.", claimed=True)
    assert [r.rule_id for r in found.requests if r.strength == "scam"] == ["password"]

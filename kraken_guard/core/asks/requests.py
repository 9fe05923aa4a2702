"""What is the message asking you to do? Phrase rules from resources/content/message_rules.json.

The rules are data with phrases per language (see the file's "about"); every language's phrases
are tried on every text, so a message mixing languages is still read. Matching works on folded
words (asks.fold): no accents, no case, look-alike letters as Latin.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from itertools import pairwise
from typing import Any

from kraken_guard.core.asks.fold import fold
from kraken_guard.core.asks.needs import Slot, WordIndex, phrase_needs
from kraken_guard.core.content import ContentError, load_content

CONTENT_NAME = "message_rules"
SENDER_OPENINGS = ("kraken . ", "kraken kraken . ")
# "🐙Kraken🐙 your account...", "Kraken | Security": the name first, then a symbol, is a sender's
# name too. Only symbols (emoji, |, ★): a comma or a dash may start an ordinary sentence.
_LEADING_NAME = re.compile(r"[\W_]{0,12}?kraken[ \t]*(\S)", re.IGNORECASE)
NEGATION_WINDOW = 5  # words before a match where "never" or "do not" cancels it
DENIAL_TO_ASK = 5  # at most this many words from "nobody" or "never" to the asking verb
# "Kraken will never ask you to move your funds, install AnyDesk, or share your 2FA codes": a
# denial covers a list to the end of its sentence, up to a word that turns it ("but", "so").
DENIAL_REACH = 30
REPORT_REACH = 40  # words before a match where "scammers ask you to ..." makes it reported speech
REPORTER_TO_VERB = 3  # at most this many words from "scammers" to "say", "ask", "call" ...
QUOTE_INTRO = 6  # words before a quote where "they say" makes it the scammers' words
QUOTE_JOIN = 2  # a quote this close after theirs ("or", a bullet) is theirs too
# Quoted lines ("…", “…”, «…», „…“) in a text that warns about scammers: the scam's words, quoted.
_QUOTED = re.compile(r"[\"“«„]([^\"“”«»„\n]{1,600})[\"”»“]")
# "ne cliquez pas", "klicken Sie nicht": these negations follow the verb they belong to.
NEGATION_AFTER_VERB = frozenset({"pas", "nicht", "point"})
CONDITIONALS = frozenset({"if", "si", "wenn", "falls"})  # "if you did not ...": not a negation
CONDITION_REACH = 4  # words before a negation where "if" makes it a condition
# A long text (padding around a request) is read as its distinct stretches of words: a phrase
# spans at most ~35 words, so windows of 200 words that overlap by 50 miss no match.
CONDENSE_ABOVE = 20_000  # characters of folded words; shorter texts are read exactly as written
WINDOW_WORDS = 200
OVERLAP_WORDS = 50
LONGEST_WORD = 64  # no phrase word is longer; a longer run of letters is cut to this
_LONG_WORD = re.compile(rf"\w{{{LONGEST_WORD + 1},}}")


class Strength(StrEnum):
    SCAM = "scam"  # a never-ask request or a known scam move
    WEAK = "weak"  # a warning sign that honest messages sometimes carry too
    CAUTION = "caution"  # a secret named in a Kraken text: never "no warning signs", even if real


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    body: str
    strength: Strength
    maps_to: str
    only_if_kraken: bool
    only_with: frozenset[str]
    negatable: bool
    # A notice may describe it ("We received a request to unlock ..."): report_frames right
    # before the match cancel it. Only rules for changes Kraken itself writes notices about.
    describable: bool
    pattern: re.Pattern[str]
    # Broader phrases ("send me the code") that count only when the text says it is Kraken.
    kraken_pattern: re.Pattern[str]
    unless: re.Pattern[str]  # found anywhere in the text, the rule does not count ("never share")
    # Phrases that count only when one of the rule's context phrases is found anywhere in the
    # text ("read it back to me" with a code named in another sentence), or, when
    # `context_or_kraken`, when the text says it is Kraken.
    if_context: re.Pattern[str] = re.compile(r"(?!x)x")
    context: re.Pattern[str] = re.compile(r"(?!x)x")
    context_or_kraken: bool = False
    # With min_distinct N > 1 the rule counts only when N of its phrases match, anywhere in the
    # text (a form asking for a username, a password and seed words): each phrase on its own.
    min_distinct: int = 1
    separate: tuple[tuple[re.Pattern[str], tuple[Slot, ...]], ...] = ()
    # The rule's own words: a negation word inside a match cancels it, unless it is one of these
    # ("if this was not you" holds its own "not").
    own_words: frozenset[str] = frozenset()
    # The words each phrase needs (pattern, kraken_pattern, unless): a text lacking them is
    # not scanned with that pattern.
    needs: tuple[tuple[Slot, ...], ...] = ()
    kraken_needs: tuple[tuple[Slot, ...], ...] = ()
    unless_needs: tuple[tuple[Slot, ...], ...] = ()
    if_context_needs: tuple[tuple[Slot, ...], ...] = ()
    context_needs: tuple[tuple[Slot, ...], ...] = ()
    # Rules that say the same thing more strongly: when one of them matched, this one is not shown.
    unless_rules: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    claim: re.Pattern[str]
    not_claim: re.Pattern[str]
    negations: frozenset[str]
    # "Nobody from Kraken will ask you to ...": a denial word, then a verb of asking.
    denials: frozenset[str] = frozenset()
    ask_verbs: re.Pattern[str] = re.compile(r"(?!x)x")
    # "Don't click the button, send me the code": a negation ends at one of these verbs, unless
    # an "or" carries it on ("do not click links or share your code").
    negation_ends: frozenset[str] = frozenset()
    negation_goes_on: frozenset[str] = frozenset()
    # Words that turn a sentence, so a denial before them does not reach past ("but", "so").
    denial_ends: frozenset[str] = frozenset()
    # "Scammers ... ask you to ...": what follows is reported, not asked.
    reporters: frozenset[str] = frozenset()
    report_verbs: re.Pattern[str] = re.compile(r"(?!x)x")
    # "we received a request to": what follows describes a request, it does not make one.
    report_frames: re.Pattern[str] = re.compile(r"(?!x)x")
    speech_introducers: frozenset[str] = frozenset()  # "say", "Sätze": a quote follows
    impersonation: re.Pattern[str] = re.compile(r"(?!x)x")  # "pretending to be": a warning


@dataclass(frozen=True)
class Request:
    """One rule that matched: what they ask, why it matters, and the words that matched."""

    rule_id: str
    title: str
    body: str
    strength: Strength
    maps_to: str
    matched: str


@dataclass(frozen=True)
class Reading:
    requests: tuple[Request, ...]
    claims_kraken: bool
    # It names another Kraken (the Seattle hockey team, GitKraken, Krakow, the sea monster).
    names_other_kraken: bool = False


def _word(word: str) -> str:
    choices = []
    for choice in word.split("|"):
        if choice == "#":
            choices.append(r"\d+")
        elif choice.startswith("*") and len(choice) > 1:
            choices.append(r"\w*" + re.escape(fold(choice[1:])))
        elif choice.endswith("*"):
            choices.append(re.escape(fold(choice[:-1])) + r"\w*")
        else:
            choices.append(re.escape(fold(choice)).replace(r"\ ", " "))
    return "(?:" + "|".join(choices) + ")"


def compile_phrases(phrases: Iterable[str], max_gap: int) -> re.Pattern[str]:
    """One pattern for many phrases: whole words, up to `max_gap` words between, one sentence."""
    gap = rf"(?: \w+){{0,{max_gap}}} "
    parts = [gap.join(_word(w) for w in phrase.split()) for phrase in phrases if phrase.split()]
    if not parts:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


IF_KRAKEN = "if_kraken"  # inside "phrases": more lists per language, counted only with a claim
UNLESS = "unless"  # inside "phrases": lists per language that cancel the rule anywhere in the text
IF_CONTEXT = "if_context"  # inside "phrases": lists counted only with the rule's "context"
_SPECIAL = (IF_KRAKEN, UNLESS, IF_CONTEXT)


def _all_languages(node: Any, where: str, *, special: str = "") -> list[str]:
    phrases = node.get("phrases") if isinstance(node, Mapping) else None
    if isinstance(phrases, Mapping) and special:
        phrases = phrases.get(special, {})
    elif isinstance(phrases, Mapping):
        phrases = {k: v for k, v in phrases.items() if k not in _SPECIAL}
    if not isinstance(phrases, Mapping) or not all(
        isinstance(v, list) and all(isinstance(p, str) for p in v) for v in phrases.values()
    ):
        raise ContentError(f"{CONTENT_NAME}: {where} needs 'phrases' as lists per language")
    return [phrase for language in phrases.values() for phrase in language]


def parse_rules(content_extra: Mapping[str, Any], items: Iterable[Any]) -> RuleSet:
    max_gap = int(content_extra.get("max_gap", 3))
    rules = []
    for item in items:
        extra = item.extra
        phrases = _all_languages(extra, item.id)
        if_kraken = _all_languages(extra, item.id, special=IF_KRAKEN)
        unless = _all_languages(extra, item.id, special=UNLESS)
        if_context = _all_languages(extra, item.id, special=IF_CONTEXT)
        context = _all_languages({"phrases": extra.get("context", {})}, item.id)
        min_distinct = int(extra.get("min_distinct", 1))
        separate: tuple[tuple[re.Pattern[str], tuple[Slot, ...]], ...] = ()
        if min_distinct > 1:
            separate = tuple(
                (compile_phrases([p], max_gap), phrase_needs(p, fold)) for p in phrases if p.split()
            )
        try:
            strength = Strength(extra.get("strength", ""))
        except ValueError as error:
            raise ContentError(f"{CONTENT_NAME}: {item.id} needs strength scam or weak") from error
        rules.append(
            Rule(
                id=item.id,
                title=item.title,
                body=item.body,
                strength=strength,
                maps_to=str(extra.get("maps_to", "")),
                only_if_kraken=bool(extra.get("only_if_kraken", False)),
                only_with=frozenset(extra.get("only_with", ())),
                negatable=bool(extra.get("negatable", True)),
                describable=bool(extra.get("describable", False)),
                pattern=compile_phrases(phrases, max_gap),
                kraken_pattern=compile_phrases(if_kraken, max_gap),
                unless=compile_phrases(unless, max_gap),
                needs=_needs(phrases),
                kraken_needs=_needs(if_kraken),
                unless_needs=_needs(unless),
                if_context=compile_phrases(if_context, max_gap),
                context=compile_phrases(context, max_gap),
                context_or_kraken=bool(extra.get("context_or_kraken", False)),
                min_distinct=min_distinct,
                separate=separate,
                own_words=_own_words([*phrases, *if_kraken, *if_context]),
                if_context_needs=_needs(if_context),
                context_needs=_needs(context),
                unless_rules=frozenset(extra.get("unless_rules", ())),
            )
        )
    negations = content_extra.get("negations", {})
    denials = content_extra.get("denials", {})
    verbs = [w for words in content_extra.get("ask_verbs", {}).values() for w in words]
    report_verbs = [w for words in content_extra.get("report_verbs", {}).values() for w in words]
    return RuleSet(
        rules=tuple(rules),
        claim=compile_phrases(_all_languages(content_extra.get("kraken_claim"), "claim"), 2),
        not_claim=compile_phrases(_all_languages(content_extra.get("not_kraken"), "not_kraken"), 1),
        negations=frozenset(fold(w) for words in negations.values() for w in words),
        denials=frozenset(fold(w) for words in denials.values() for w in words),
        ask_verbs=re.compile("|".join(_word(w) for w in verbs) or r"(?!x)x"),
        negation_ends=_word_set(content_extra, "negation_ends"),
        negation_goes_on=_word_set(content_extra, "negation_goes_on"),
        denial_ends=_word_set(content_extra, "denial_ends"),
        reporters=_word_set(content_extra, "reporters"),
        report_verbs=re.compile("|".join(_word(w) for w in report_verbs) or r"(?!x)x"),
        report_frames=compile_phrases(
            _all_languages({"phrases": content_extra.get("report_frames", {})}, "report_frames"), 1
        ),
        speech_introducers=_word_set(content_extra, "speech_introducers"),
        impersonation=compile_phrases(
            _all_languages({"phrases": content_extra.get("impersonation", {})}, "impersonation"), 2
        ),
    )


def _word_set(content_extra: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(fold(w) for words in content_extra.get(key, {}).values() for w in words)


@cache
def rule_set(language: str = "en") -> RuleSet:
    """The rules, with their titles and bodies in `language` (their phrases: every language)."""
    content = load_content(CONTENT_NAME, language)
    return parse_rules(content.extra, content.items)


def _own_words(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(
        word
        for phrase in phrases
        for choice in phrase.replace("|", " ").split()
        if not choice.endswith("*") and not choice.startswith("*")
        for word in fold(choice).split()
    )


def _needs(phrases: Iterable[str]) -> tuple[tuple[Slot, ...], ...]:
    return tuple(phrase_needs(phrase, fold) for phrase in phrases if phrase.split())


def _negated(words: str, start: int, rules: RuleSet) -> bool:
    """A negation shortly before the match cancels it, unless it is a condition's own.

    "If you did not request it, call ..." is still a request to call: the "not" belongs to "if".
    A negation that has its own verb ("Don't click the button, send me the code", "NE cliquez
    PAS, envoyez-moi le code") does not reach the request after it either.
    A denial of asking further back cancels it too: "Nobody from Kraken will ask you to install
    AnyDesk", "Kraken will never ask you to move funds, ... or share your codes". Only denial
    words count there, not "don't", so "Don't worry, we just need you to install AnyDesk" is
    still a request; and a turning word ("but", "so") ends the denial's reach.
    """
    sentence = words[:start].rsplit(" . ", 1)[-1].split()
    before = sentence[-(NEGATION_WINDOW + CONDITION_REACH) :]
    first = max(0, len(before) - NEGATION_WINDOW)
    for index in range(first, len(before)):
        if before[index] in rules.negations:
            condition = before[max(0, index - CONDITION_REACH) : index]
            if any(word in CONDITIONALS for word in condition):
                continue
            if not _negation_used_up(before, index, rules):
                return True
    wider = sentence[-DENIAL_REACH:]
    for index, word in enumerate(wider):
        if word in rules.denials:
            # The asking verb may stand just before it too: "ne vous demandera jamais de ...".
            before_verbs = wider[max(0, index - 2) : index]
            after_verbs = wider[index + 1 : index + 1 + DENIAL_TO_ASK]
            verb_at = None
            if any(rules.ask_verbs.fullmatch(verb) for verb in before_verbs):
                verb_at = index
            else:
                for offset, verb in enumerate(after_verbs):
                    if rules.ask_verbs.fullmatch(verb):
                        verb_at = index + 1 + offset
                        break
            if verb_at is not None:
                rest = wider[verb_at + 1 :]
                if not any(w in rules.denial_ends for w in rest) and not _new_clause(rest):
                    return True
    return False


# "... never ask you to call us, and to secure your account send us ...": "and" + "to" starts a
# new clause, which the denial before it does not reach (the same in es, de, fr).
_AND = frozenset({"and", "y", "e", "und", "et"})
_TO = frozenset({"to", "para", "um", "pour", "afin"})


def _new_clause(words: list[str]) -> bool:
    return any(a in _AND and b in _TO for a, b in pairwise(words))


def _negation_used_up(before: list[str], index: int, rules: RuleSet) -> bool:
    """True when the negation at `index` belongs to a verb of its own before the match."""
    start = index - 2 if before[index] in NEGATION_AFTER_VERB else index + 1
    verb = None
    for position in range(max(0, start), len(before)):
        if position != index and before[position] in rules.negation_ends:
            verb = position
    if verb is None or verb < index - 2:
        return False
    return not any(w in rules.negation_goes_on for w in before[max(verb, index) + 1 :])


def _reported(words: str, start: int, rules: RuleSet) -> bool:
    """ "Scammers are calling ... asking them to move funds": a warning retells a scam."""
    sentence = words[:start].rsplit(" . ", 1)[-1].split()[-REPORT_REACH:]
    for index, word in enumerate(sentence):
        if word in rules.reporters:
            following = sentence[index + 1 : index + 1 + REPORTER_TO_VERB]
            if any(rules.report_verbs.fullmatch(verb) for verb in following):
                rest = sentence[index + 1 :]
                if not any(w in rules.denial_ends for w in rest):
                    return True
    return False


def _without_scam_quotes(text: str, rules: RuleSet) -> str:
    """`text` without the quotes it introduces as scammers' words ('they say: "..."').

    A quote counts as theirs only when a word that introduces speech stands just before it
    ("say", "Sätze", "disent", "por ejemplo"...), or it follows such a quote in a list ("or",
    a bullet). A quote after "please" or anything else is read as written.
    """
    kept: list[str] = []
    at = 0
    theirs = False
    for quote in _QUOTED.finditer(text):
        before = fold(text[at : quote.start()]).split()
        joined = theirs and len(before) <= QUOTE_JOIN
        theirs = joined or bool(rules.speech_introducers.intersection(before[-QUOTE_INTRO:]))
        kept.append(text[at : quote.start()])
        # A quote taken out still ends a sentence: its own full stop went with it.
        kept.append(" . " if theirs else quote.group(0))
        at = quote.end()
    kept.append(text[at:])
    return "".join(kept)


def _warns_about_scammers(words: str, rules: RuleSet) -> bool:
    """True when a sentence names scammers and what they do ("Scammers are calling ..."), or
    describes someone impersonating another ("callers pretending to be", "se font passer")."""
    if rules.impersonation.search(words):
        return True
    if not rules.reporters or rules.reporters.isdisjoint(words.split()):
        return False
    for sentence in words.split(" . "):
        tokens = sentence.split()
        for index, word in enumerate(tokens):
            # The verb may come first, as German and French often put it ("geben sich
            # Betrüger als ... aus", "se font passer"): look on both sides.
            near = tokens[max(0, index - REPORTER_TO_VERB) : index + 2 + REPORTER_TO_VERB]
            if word in rules.reporters and any(rules.report_verbs.fullmatch(v) for v in near):
                return True
    return False


def _first_match(
    rule: Rule, words: str, rules: RuleSet, index: WordIndex, *, claim: bool
) -> str | None:
    if rule.min_distinct > 1:
        if rule.context_needs and not _in_context(rule, words, index, claim=claim):
            return None
        return _distinct(rule, words, rules, index)
    found = None
    if index.could_hold(rule.needs):
        found = _first(rule.pattern, rule, words, rules)
    if found is None and claim and index.could_hold(rule.kraken_needs):
        found = _first(rule.kraken_pattern, rule, words, rules)
    if (
        found is None
        and index.could_hold(rule.if_context_needs)
        and _in_context(rule, words, index, claim=claim)
    ):
        found = _first(rule.if_context, rule, words, rules)
    return found


# "... even if you accidentally | enter your password on a phishing site": the match is what the
# person might do, in a condition, not something asked of them.
_IF_YOU = (("if", "you"), ("si", "usted"), ("si", "tu"), ("si", "vous"), ("wenn", "sie"))


def _in_if_clause(words: str, start: int) -> bool:
    """True when the match is the verb of an "if you ..." clause (at most two words between)."""
    before = words[max(0, start - 60) : start].split()[-4:]
    for at in range(len(before) - 1):
        if (before[at], before[at + 1]) in _IF_YOU and len(before) - at - 2 <= 2:
            return True
    return False


def _described(words: str, start: int, rules: RuleSet) -> bool:
    """A frame ending right where the match starts describes a request rather than makes one:
    "we received a request to | unlock the Global Settings Lock". Nothing may stand between."""
    tail = words[max(0, start - 80) : start].rstrip()
    return any(frame.end() == len(tail) for frame in rules.report_frames.finditer(tail))


def _in_context(rule: Rule, words: str, index: WordIndex, *, claim: bool) -> bool:
    if rule.context_or_kraken and claim:
        return True
    return index.could_hold(rule.context_needs) and rule.context.search(words) is not None


def _distinct(rule: Rule, words: str, rules: RuleSet, index: WordIndex) -> str | None:
    """The first matches of at least `min_distinct` different phrases, joined, or None."""
    found: list[str] = []
    for pattern, needs in rule.separate:
        if index.could_hold((needs,)):
            matched = _first(pattern, rule, words, rules)
            if matched is not None and matched not in found:
                found.append(matched)
    return ", ".join(found) if len(found) >= rule.min_distinct else None


def _first(pattern: re.Pattern[str], rule: Rule, words: str, rules: RuleSet) -> str | None:
    for match in pattern.finditer(words):
        if rule.negatable and (
            _negated(words, match.start(), rules) or _negated_inside(match.group(0), rule, rules)
        ):
            continue
        if rules.reporters and _reported(words, match.start(), rules):
            continue
        if rule.describable and _described(words, match.start(), rules):
            continue
        if _in_if_clause(words, match.start()):
            continue
        return match.group(0)
    return None


def _negated_inside(matched: str, rule: Rule, rules: RuleSet) -> bool:
    """ "code, never tell it to us": a negation between a phrase's words cancels the match."""
    return any(w in rules.negations and w not in rule.own_words for w in matched.split()[1:-1])


def condense(words: str) -> str:
    """Each distinct sentence, or 200-word stretch of a long one, once, in the order written."""
    seen: dict[str, None] = {}
    step = WINDOW_WORDS - OVERLAP_WORDS
    long_words = _LONG_WORD.search(words) is not None
    for sentence in words.split(" . "):
        if not long_words and sentence.count(" ") < WINDOW_WORDS:
            seen.setdefault(sentence, None)  # the usual sentence: kept whole, as it is
            continue
        tokens = [token[:LONGEST_WORD] for token in sentence.split(" ")]
        for start in range(0, max(len(tokens) - OVERLAP_WORDS, 1), step):
            seen.setdefault(" ".join(tokens[start : start + WINDOW_WORDS]), None)
    return " . ".join(seen)


def claims_kraken(words: str, rules: RuleSet, text: str = "") -> bool:
    """True when the text says it comes from Kraken (not the sea monster or a hockey team).

    A text that opens with the name alone ("KRAKEN: ...", "[Kraken] ...") reads like a sender's
    name on a text message, which is a claim too.
    """
    if words.startswith(SENDER_OPENINGS):
        return True
    others = [m.span() for m in rules.not_claim.finditer(words)]
    lead = _LEADING_NAME.match(text) if text and not others else None
    if lead is not None and unicodedata.category(lead.group(1)).startswith("S"):
        return True
    for match in rules.claim.finditer(words):
        if not any(start < match.end() and match.start() < end for start, end in others):
            return True
    return False


def read_requests(
    text: str,
    *,
    has: frozenset[str] = frozenset(),
    rules: RuleSet | None = None,
    language: str = "en",
    claimed: bool = False,
) -> Reading:
    """Every rule the text matches; `has` names the kinds of items found (e.g. "number").

    `claimed` says the text is presented as Kraken's whatever its words (an email checked for
    being from Kraken): the rules that count only in a Kraken text then count.
    """
    rules = rules or rule_set(language)
    words = fold(text)
    if len(words) > CONDENSE_ABOVE:
        words = condense(words)
    claim = claimed or claims_kraken(words, rules, text)
    whole = words  # CAUTION rules always read every word: a named secret is never explained away
    if _warns_about_scammers(words, rules) and _QUOTED.search(text):
        # A warning that quotes what scammers say: those quotes are theirs, not requests to you.
        unquoted = _without_scam_quotes(text, rules)
        if unquoted != text:
            words = fold(unquoted)
            if len(words) > CONDENSE_ABOVE:
                words = condense(words)
    index = WordIndex(words)
    whole_index = index if whole is words else WordIndex(whole)
    found = []
    for rule in rules.rules:
        if rule.strength is Strength.CAUTION and whole is not words:
            matched = _first_match(rule, whole, rules, whole_index, claim=claim)
            if matched is not None:
                found.append(
                    Request(rule.id, rule.title, rule.body, rule.strength, rule.maps_to, matched)
                )
            continue
        if rule.only_if_kraken and not claim:
            continue
        if not rule.only_with <= has:
            continue
        if index.could_hold(rule.unless_needs) and rule.unless.search(words):
            continue
        matched = _first_match(rule, words, rules, index, claim=claim)
        if matched is not None:
            found.append(
                Request(rule.id, rule.title, rule.body, rule.strength, rule.maps_to, matched)
            )
    matched_ids = {request.rule_id for request in found}
    by_id = {rule.id: rule for rule in rules.rules}
    found = [r for r in found if not by_id[r.rule_id].unless_rules & matched_ids]
    other = rules.not_claim.search(words) is not None
    return Reading(tuple(found), claim, other)

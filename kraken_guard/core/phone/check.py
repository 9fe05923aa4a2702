"""Is this Kraken's phone number? Parse any pasted text and compare it with the saved numbers.

Precedence, first match wins:
1. `invalid`: no single phone number can be read from the text.
2. `official`: the number is on the saved (untampered) list. If the person also recorded a scam
   call from it, the verdict stays `official` (the number itself is Kraken's) but the text says
   that scammers fake caller ID to show the real number, and `reported_on` is set.
3. `reported_scam`: the person recorded a scam call from this number.
4. `not_official`: a saved entry matches but the list was changed outside the app (never
   trusted), or official numbers are saved and this is not one of them, or the number is odd:
   it has a country and the shape of a number but cannot be a real one (a digit too many).
5. `no_official_number`: nothing trusted is saved yet, so there is nothing to compare with.

A number written without a country code can mean different numbers in different countries
(1-800-555-0100 read in India is +91 1800 555 0100). Every valid reading is kept: the person's
region, NANP when the digits look like 1 + ten digits, and the regions of the saved official
numbers. The verdict is `official` only when every reading is official; otherwise the worst
reading is reported and the others are named.
"""

from __future__ import annotations

import locale
import os
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum
from functools import lru_cache

from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.phone.number_text import number_text
from kraken_guard.core.values import FrozenValue

# Only for type hints: typing, datetime and dataclasses cost the command line's quick `verify`
# ~12 ms together (see core/values.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import datetime

    from phonenumbers import PhoneNumber

CONTEXT = "phone"
FALLBACK_REGION = "US"
REGION_SETTING = "phone_region"
MAX_INPUT = 500
# Characters that reorder what is shown (U+202A-202E overrides, U+2066-2069 isolates, marks):
# the digits a person sees are then not the digits that are read, so no verdict is given.
_DIRECTION_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)

Translate = Callable[[str], str]
ScamReports = Callable[[str], "datetime | None"]


class Verdict(StrEnum):
    OFFICIAL = "official"
    NOT_OFFICIAL = "not_official"
    REPORTED_SCAM = "reported_scam"
    INVALID = "invalid"
    NO_OFFICIAL_NUMBER = "no_official_number"


def no_reports(e164: str) -> datetime | None:
    """The scam-report lookup used when no incident log is wired in."""
    return None


def untranslated(text: str) -> str:
    return text


class Wording(FrozenValue):
    """Untranslated templates and the values they are filled with, so views can translate."""

    _fields = ("headline", "explanation", "next_step", "values")
    __slots__ = _fields
    headline: str
    explanation: tuple[str, ...]
    next_step: str
    values: Mapping[str, str]

    def __init__(
        self,
        headline: str,
        explanation: tuple[str, ...],
        next_step: str,
        values: Mapping[str, str] | None = None,
    ) -> None:
        values = {} if values is None else values
        self._set(headline=headline, explanation=explanation, next_step=next_step, values=values)

    def render(self, translate: Translate = untranslated) -> tuple[str, str, str]:
        def fill(template: str) -> str:
            try:
                return translate(template).format(**self.values)
            except (KeyError, IndexError, ValueError):
                # A translation that broke a {placeholder} must not hide the verdict.
                return template.format(**self.values)

        explanation = " ".join(fill(part) for part in self.explanation)
        return fill(self.headline), explanation, fill(self.next_step)


class NumberCheck(FrozenValue):
    _fields = (
        "input",
        "verdict",
        "e164",
        "headline",
        "explanation",
        "next_step",
        "reported_on",
        "display",
        "extension",
        "list_tampered",
        "wording",
    )
    __slots__ = _fields
    _not_compared = ("wording",)
    input: str
    verdict: Verdict
    e164: str | None
    headline: str
    explanation: str
    next_step: str
    reported_on: datetime | None
    display: str | None  # the number as read, in international format
    extension: str | None
    list_tampered: bool
    wording: Wording | None  # not compared, not shown in repr

    def __init__(
        self,
        input: str,
        verdict: Verdict,
        e164: str | None,
        headline: str,
        explanation: str,
        next_step: str,
        reported_on: datetime | None = None,
        display: str | None = None,
        extension: str | None = None,
        list_tampered: bool = False,
        wording: Wording | None = None,
    ) -> None:
        self._set(
            input=input,
            verdict=verdict,
            e164=e164,
            headline=headline,
            explanation=explanation,
            next_step=next_step,
            reported_on=reported_on,
            display=display,
            extension=extension,
            list_tampered=list_tampered,
            wording=wording,
        )

    def message(self) -> str:
        """Headline, explanation and next step as one plain paragraph."""
        return f"{self.headline}. {self.explanation} {self.next_step}"

    def translated(self, translate: Translate) -> tuple[str, str, str]:
        """Headline, explanation and next step in the person's language."""
        if self.wording is None:
            return self.headline, self.explanation, self.next_step
        return self.wording.render(translate)


HEADLINES = {
    # Each headline leads with what to do now; the explanation and next step say why and how.
    Verdict.OFFICIAL: QT_TRANSLATE_NOOP("phone", "On your list — but caller ID can be faked"),
    Verdict.NOT_OFFICIAL: QT_TRANSLATE_NOOP("phone", "Not Kraken's number — hang up"),
    Verdict.REPORTED_SCAM: QT_TRANSLATE_NOOP("phone", "You marked this number as a scam — hang up"),
    Verdict.INVALID: QT_TRANSLATE_NOOP("phone", "Not a phone number — check the digits"),
    Verdict.NO_OFFICIAL_NUMBER: QT_TRANSLATE_NOOP(
        "phone", "Can't check this number — if you did not book the call, hang up"
    ),
}

OFFICIAL_TEXT = QT_TRANSLATE_NOOP(
    "phone",
    "{number} matches the Kraken Support number you saved from support.kraken.com. "
    "But caller ID can be faked. A call that shows this number may still be a scammer.",
)
OFFICIAL_ALSO_REPORTED = QT_TRANSLATE_NOOP(
    "phone",
    "You also noted a scam call from this number on {date}. "
    "Scammers can fake caller ID to show Kraken's real number.",
)
OFFICIAL_NEXT = QT_TRANSLATE_NOOP(
    "phone",
    "If someone called you and you did not book the call, hang up. "
    "Then call back using the number on support.kraken.com.",
)
NOT_OFFICIAL_TEXT = QT_TRANSLATE_NOOP(
    "phone",
    "{number} is not the Kraken Support number you saved. "
    "Any other number that says it is Kraken Support is a scam.",
)
TAMPERED_MATCH_TEXT = QT_TRANSLATE_NOOP(
    "phone",
    "{number} is in your saved list, but that entry was changed outside Kraken Guard. "
    "So it is not trusted.",
)
TAMPERED_NOTICE = QT_TRANSLATE_NOOP(
    "phone",
    "Warning: your saved list of numbers was changed outside Kraken Guard. "
    "Changed entries are not trusted.",
)
NOT_OFFICIAL_NEXT = QT_TRANSLATE_NOOP(
    "phone",
    "Do not call it back, and hang up if it is calling you. Use only the number at the "
    "bottom of support.kraken.com.",
)
REPORTED_TEXT = QT_TRANSLATE_NOOP(
    "phone", "You noted a scam call from {number} on {date}. It is not Kraken's number."
)
REPORTED_NEXT = QT_TRANSLATE_NOOP("phone", "Do not call it. If it calls again, hang up.")
NO_OFFICIAL_TEXT = QT_TRANSLATE_NOOP(
    "phone",
    "Kraken Guard has no official number saved yet, so it cannot compare {number}. "
    "The only real number is at the bottom of support.kraken.com.",
)
NO_OFFICIAL_NEXT = QT_TRANSLATE_NOOP(
    "phone",
    "Later, when no one is on the phone: open support.kraken.com from your bookmark, "
    "never from a search engine. Copy the number at the bottom of the page and add it to "
    "Kraken Guard.",
)
UNCHECKED_HEADLINE = QT_TRANSLATE_NOOP(
    "phone", "Can't check this number now — if you did not book the call, hang up"
)
UNCHECKED_TEXT = QT_TRANSLATE_NOOP(
    "phone",
    "Your saved official numbers cannot be checked right now, so Kraken Guard cannot compare "
    "{number}.",
)
UNCHECKED_WHY = "{problem}"  # already in the person's language (from the trust layer)
UNCHECKED_NOTICE = QT_TRANSLATE_NOOP(
    "phone", "Warning: your saved numbers cannot be checked right now. {problem}"
)
UNCHECKED_LOCKED = QT_TRANSLATE_NOOP(
    "phone", "The keychain that guards them is locked or not answering."
)
UNCHECKED_NEXT = QT_TRANSLATE_NOOP(
    "phone",
    "Trust only the number at the bottom of support.kraken.com until this is fixed. "
    "Then check again.",
)
INVALID_NEXT = QT_TRANSLATE_NOOP(
    "phone", "Check the digits and try again. Copy the number exactly as you see it."
)
EMPTY = QT_TRANSLATE_NOOP("phone", "Nothing was typed yet.")
EMPTY_NEXT = QT_TRANSLATE_NOOP("phone", "Type or paste a phone number, then press Enter.")
TOO_LONG_TEXT = QT_TRANSLATE_NOOP("phone", "This text is too long to be a phone number.")
NOT_FOUND = QT_TRANSLATE_NOOP("phone", "No phone number could be found in this text.")
SEVERAL = QT_TRANSLATE_NOOP("phone", "This text has more than one phone number.")
SEVERAL_NEXT = QT_TRANSLATE_NOOP("phone", "Check one number at a time.")
HIDDEN_DIRECTION = QT_TRANSLATE_NOOP(
    "phone",
    "This text has hidden characters that change the order in which digits are shown.",
)
HIDDEN_DIRECTION_NEXT = QT_TRANSLATE_NOOP(
    "phone", "Type the number yourself, digit by digit, then check it again."
)
EXTENSION_NOTICE = QT_TRANSLATE_NOOP(
    "phone",
    "The extension {extension} is not part of the number you saved. "
    "If you call, dial only the saved number.",
)
TOO_SHORT = QT_TRANSLATE_NOOP("phone", "It has too few digits to be a phone number.")
TOO_LONG = QT_TRANSLATE_NOOP("phone", "It has too many digits to be a phone number.")
BAD_COUNTRY = QT_TRANSLATE_NOOP("phone", "No country uses the code after the + sign.")
NOT_ASSIGNED = QT_TRANSLATE_NOOP(
    "phone", "{number} does not match any real phone number pattern for its country."
)
ODD_TOO_LONG = QT_TRANSLATE_NOOP(
    "phone",
    "{number} has one digit too many to be a real phone number. Kraken's number is a normal "
    "phone number, so this is not Kraken's number.",
)
ODD_NOT_ASSIGNED = QT_TRANSLATE_NOOP(
    "phone",
    "{number} does not match any real phone number pattern for its country. Kraken's number is "
    "a normal phone number, so this is not Kraken's number.",
)
ALSO_READ_AS = QT_TRANSLATE_NOOP(
    "phone",
    "It is written without a country code, so it can also be read as {others}. "
    "None of these readings may be trusted unless all of them are on your list.",
)
LETTERS_FOR_DIGITS = QT_TRANSLATE_NOOP(
    "phone",
    "It is written with letters in place of digits (like O for 0). Scammers do this to get "
    "past filters.",
)


class NumberError(ValueError):
    """The text holds no single usable phone number; `reason` says why in plain words."""

    def __init__(self, reason: str, next_step: str = INVALID_NEXT, **values: str) -> None:
        super().__init__(reason.format(**values))
        self.reason = reason
        self.next_step = next_step
        self.values = values


class ParsedNumber(FrozenValue):
    _fields = ("e164", "display", "extension", "odd")
    __slots__ = _fields
    e164: str
    display: str
    extension: str | None
    odd: str  # for a number that cannot be a real one: why, in plain words (a template)

    def __init__(self, e164: str, display: str, extension: str | None, odd: str = "") -> None:
        self._set(e164=e164, display=display, extension=extension, odd=odd)


class Readings(FrozenValue):
    """Every valid reading of the one number in a text (the likeliest first: NANP for 1 + ten
    digits, then the person's region), or a single odd reading when no valid one exists."""

    _fields = ("numbers", "letters_for_digits")
    __slots__ = _fields
    numbers: tuple[ParsedNumber, ...]
    letters_for_digits: bool  # look-alike letters (O, l) were read as digits

    def __init__(self, numbers: tuple[ParsedNumber, ...], letters_for_digits: bool) -> None:
        self._set(numbers=numbers, letters_for_digits=letters_for_digits)


def parse_number(text: str, region: str) -> ParsedNumber:
    """Read one phone number from any text a person might paste; raise NumberError if none."""
    cleaned, _ = _number_part(text)
    region = normalize_region(region) or FALLBACK_REGION
    return _valid(_read_in(cleaned, region))


def read_number(text: str, region: str, also_regions: Sequence[str] = ()) -> Readings:
    """Every valid reading of the one number in `text`: as NANP when the digits are 1 + ten
    digits (that reading first), in `region`, and in `also_regions` (region codes or E.164
    numbers, whose country is used; pass the saved official numbers). Raises NumberError when
    there is no number, more than one, or only an invalid one that is not odd (`odd_problem`)."""
    import phonenumbers

    cleaned, letters = _number_part(text)
    region = normalize_region(region) or FALLBACK_REGION
    found: dict[str, ParsedNumber] = {}
    odd: list[ParsedNumber] = []
    first_error: NumberError | None = None
    for index, code in enumerate(reading_regions(cleaned, region, also_regions)):
        try:
            number = _read_in(cleaned, code)
        except NumberError as error:
            if index == 0:
                if error.reason == SEVERAL:
                    raise
                first_error = error
            continue
        if phonenumbers.is_valid_number(number):
            parsed = _parsed(number)
            found.setdefault(parsed.e164, parsed)
            continue
        problem = odd_problem(number)
        if problem:
            odd.append(_parsed(number, problem))
        elif index == 0:
            first_error = _invalid_error(number)
    if found:
        return Readings(tuple(found.values()), letters)
    if odd:
        return Readings((odd[0],), letters)
    raise first_error or NumberError(NOT_FOUND)


def reading_regions(text: str, region: str, also_regions: Sequence[str] = ()) -> list[str]:
    """The regions a number written in `text` is read in (see `read_number`). Another country's
    reading counts only when the number is written the way that country writes its own numbers:
    NANP as 1 + ten digits, others starting with their trunk prefix (0 in GB, DE, AU, IN)."""
    first_digit = next((at for at, ch in enumerate(text) if ch.isdigit()), -1)
    if first_digit < 0 or "+" in text[:first_digit]:
        return [region]  # a written country code reads the same everywhere
    regions = [region]
    digits = "".join(str(unicodedata.digit(ch, 0)) for ch in text if ch.isdigit())
    if digits.startswith("1") and (len(digits) == 11 or _VANITY.search(text)):
        regions.insert(0, NANP_REGION)  # 1 + ten digits is how NANP numbers are written
    for code in filter(None, map(region_of, also_regions)):
        prefix = _trunk_prefix(code)
        if prefix and prefix != "1" and digits.startswith(prefix):
            regions.append(code)
    return list(dict.fromkeys(regions))


@lru_cache(maxsize=64)
def _trunk_prefix(region: str) -> str:
    import phonenumbers

    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return (metadata.national_prefix or "") if metadata else ""


NANP_REGION = "US"
_VANITY = re.compile(r"\d[\s.-]*[A-Za-z]{3}")


@lru_cache(maxsize=64)
def region_of(code: str) -> str | None:
    """A region code as it is, or the main region of an E.164 number's country."""
    if not code.startswith("+"):
        return normalize_region(code)
    import phonenumbers

    try:
        country = phonenumbers.parse(code, None).country_code
    except phonenumbers.NumberParseException:
        return None
    found = phonenumbers.region_code_for_country_code(country or 0)
    return found if found in phonenumbers.SUPPORTED_REGIONS else None


def odd_problem(number: PhoneNumber) -> str:
    """Why an invalid number with a real country is odd rather than no number at all: it has
    the length of a real number but an unused range, or one digit too many. "" otherwise."""
    import phonenumbers

    if phonenumbers.is_valid_number(number):
        return ""
    national = str(number.national_number)
    if len(national) < 7:
        return ""
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == phonenumbers.ValidationResult.IS_POSSIBLE:
        return ODD_NOT_ASSIGNED
    if reason == phonenumbers.ValidationResult.TOO_LONG:
        shorter = phonenumbers.PhoneNumber(
            country_code=number.country_code, national_number=int(national[:-1])
        )
        if phonenumbers.is_possible_number(shorter):
            return ODD_TOO_LONG
    return ""


def _number_part(text: str) -> tuple[str, bool]:
    """The text with hidden digits brought out, and whether look-alike letters were read as
    digits; raises NumberError for text that must not be read (empty, too long, characters
    that reorder what is shown)."""
    cleaned = unicodedata.normalize("NFC", text).strip() if isinstance(text, str) else ""
    if not cleaned:
        raise NumberError(EMPTY, EMPTY_NEXT)
    if len(cleaned) > MAX_INPUT:
        raise NumberError(TOO_LONG_TEXT)
    if not _DIRECTION_CONTROLS.isdisjoint(cleaned):
        raise NumberError(HIDDEN_DIRECTION, HIDDEN_DIRECTION_NEXT)
    shown = number_text(cleaned)
    return shown.text.strip() or cleaned, shown.letters_for_digits


def _read_in(cleaned: str, region: str) -> PhoneNumber:
    return _find_in_text(cleaned, region) or _parse_whole(cleaned, region)


def _parsed(number: PhoneNumber, odd: str = "") -> ParsedNumber:
    import phonenumbers

    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    display = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return ParsedNumber(e164, display, number.extension or None, odd)


def _valid(number: PhoneNumber) -> ParsedNumber:
    import phonenumbers

    if not phonenumbers.is_valid_number(number):
        raise _invalid_error(number)
    return _parsed(number)


def _invalid_error(number: PhoneNumber) -> NumberError:
    import phonenumbers

    display = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    reason = phonenumbers.is_possible_number_with_reason(number)
    problems = {
        phonenumbers.ValidationResult.TOO_SHORT: TOO_SHORT,
        phonenumbers.ValidationResult.TOO_LONG: TOO_LONG,
        phonenumbers.ValidationResult.INVALID_COUNTRY_CODE: BAD_COUNTRY,
    }
    return NumberError(problems.get(reason, NOT_ASSIGNED), number=display)


def _find_in_text(text: str, region: str) -> PhoneNumber | None:
    """A number inside a sentence; None when the matcher finds none (vanity letters, tel:...).

    Text with two or more different numbers gets no verdict, even when only one of them is
    valid: "Kraken +1 800 555 0100, agent 555 0199" must not read as official when the
    person may call the second one.
    """
    import phonenumbers

    found: dict[str, PhoneNumber] = {}
    for match in phonenumbers.PhoneNumberMatcher(text, region, phonenumbers.Leniency.POSSIBLE):
        found.setdefault(
            phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164),
            match.number,
        )
    if len(found) > 1:
        raise NumberError(SEVERAL, SEVERAL_NEXT)
    number = next(iter(found.values()), None)
    return number if number is not None and phonenumbers.is_valid_number(number) else None


def _parse_whole(text: str, region: str) -> PhoneNumber:
    import phonenumbers

    attempts = [text]
    digits_first = text.lstrip("( ")
    for prefix in ("00", "011"):
        # Written with another country's dialling prefix: also try it as +<country code>.
        if digits_first.startswith(prefix):
            attempts.append("+" + digits_first.removeprefix(prefix))
    candidates = []
    problem = NOT_FOUND
    for attempt in attempts:
        try:
            candidates.append(phonenumbers.parse(attempt, region))
        except phonenumbers.NumberParseException as error:
            problem = _parse_problem(error) if not candidates else problem
    if not candidates:
        raise NumberError(problem)
    return next((n for n in candidates if phonenumbers.is_valid_number(n)), candidates[0])


def _parse_problem(error: Exception) -> str:
    import phonenumbers

    kinds = phonenumbers.NumberParseException
    problem = {
        kinds.INVALID_COUNTRY_CODE: BAD_COUNTRY,
        kinds.TOO_SHORT_NSN: TOO_SHORT,
        kinds.TOO_SHORT_AFTER_IDD: TOO_SHORT,
        kinds.TOO_LONG: TOO_LONG,
    }
    error_type = getattr(error, "error_type", None)
    return problem.get(error_type, NOT_FOUND) if error_type is not None else NOT_FOUND


def check_number(
    text: str,
    *,
    region: str,
    official: Sequence[str],
    scam_reports: ScamReports = no_reports,
    tampered: Sequence[str] = (),
    unchecked: bool = False,
    date_text: Callable[[datetime], str] | None = None,
    problem: str = "",
) -> NumberCheck:
    """Give one verdict, with a headline, an explanation and the next step (see module doc).

    `date_text` writes the date of a scam report in the person's language (default: English).
    `official` and `tampered` hold E.164 strings: the saved numbers whose tamper tag checks out,
    and those changed outside the app (never treated as official). `unchecked` says saved
    numbers exist that could not be checked today (a locked keychain, a missing key, data
    older than the last change): then no number is called official or "not official", and
    `problem` (already translated) says why.
    """
    try:
        readings = read_number(text, region, (*official, *tampered))
    except NumberError as error:
        reasons: tuple[str, ...] = (error.reason,)
        if unchecked:  # every verdict warns while the saved numbers are in doubt
            reasons = (*reasons, UNCHECKED_NOTICE)
        wording = Wording(
            HEADLINES[Verdict.INVALID],
            reasons,
            error.next_step,
            {**error.values, "problem": problem},
        )
        return _result(text, Verdict.INVALID, None, wording)
    judged = [
        _judge(
            parsed,
            official=official,
            scam_reports=scam_reports,
            tampered=tampered,
            unchecked=unchecked,
            date_text=date_text,
            problem=problem,
        )
        for parsed in readings.numbers
    ]
    # Official only when every reading is; otherwise the worst reading (the likeliest first
    # among equals) is the one reported.
    worst = min(judged, key=lambda one: _SEVERITY[one.verdict])
    parts = worst.parts
    values = dict(worst.values)
    others = [one.parsed.display for one in judged if one is not worst]
    if others:
        values["others"] = ", ".join(others)
        parts = (*parts, ALSO_READ_AS)
    if readings.letters_for_digits:
        parts = (*parts, LETTERS_FOR_DIGITS)
    wording = Wording(worst.headline, parts, worst.next_step, values)
    return _result(text, worst.verdict, worst.parsed, wording, worst.reported, bool(tampered))


_SEVERITY = {
    Verdict.REPORTED_SCAM: 0,
    Verdict.NOT_OFFICIAL: 1,
    Verdict.NO_OFFICIAL_NUMBER: 2,
    Verdict.OFFICIAL: 3,
    Verdict.INVALID: 4,
}


class _Judged(FrozenValue):
    _fields = ("parsed", "verdict", "headline", "parts", "next_step", "values", "reported")
    __slots__ = _fields
    parsed: ParsedNumber
    verdict: Verdict
    headline: str
    parts: tuple[str, ...]
    next_step: str
    values: Mapping[str, str]
    reported: datetime | None

    def __init__(
        self,
        parsed: ParsedNumber,
        verdict: Verdict,
        headline: str,
        parts: tuple[str, ...],
        next_step: str,
        values: Mapping[str, str],
        reported: datetime | None,
    ) -> None:
        self._set(
            parsed=parsed,
            verdict=verdict,
            headline=headline,
            parts=parts,
            next_step=next_step,
            values=values,
            reported=reported,
        )


def _judge(
    parsed: ParsedNumber,
    *,
    official: Sequence[str],
    scam_reports: ScamReports,
    tampered: Sequence[str],
    unchecked: bool,
    date_text: Callable[[datetime], str] | None,
    problem: str,
) -> _Judged:
    """The verdict for one reading of the number (see the module doc for the order)."""
    values = {"number": parsed.display, "extension": parsed.extension or "", "problem": problem}
    reported = scam_reports(parsed.e164)
    if reported is not None:
        values["date"] = (date_text or format_date)(reported)
    parts: tuple[str, ...]
    headline = ""
    is_official = parsed.e164 in official and not parsed.odd
    if unchecked:
        why = UNCHECKED_WHY if problem else UNCHECKED_LOCKED
        verdict, parts, next_step = (
            Verdict.NO_OFFICIAL_NUMBER,
            (UNCHECKED_TEXT, why),
            UNCHECKED_NEXT,
        )
        headline = UNCHECKED_HEADLINE
        if reported is not None:
            parts = (*parts, REPORTED_TEXT)
    elif is_official:
        verdict, next_step = Verdict.OFFICIAL, OFFICIAL_NEXT
        parts = (OFFICIAL_TEXT, OFFICIAL_ALSO_REPORTED) if reported else (OFFICIAL_TEXT,)
    elif reported is not None:
        verdict, parts, next_step = Verdict.REPORTED_SCAM, (REPORTED_TEXT,), REPORTED_NEXT
    elif parsed.e164 in tampered:
        verdict, parts, next_step = Verdict.NOT_OFFICIAL, (TAMPERED_MATCH_TEXT,), NOT_OFFICIAL_NEXT
    elif official:
        verdict, parts, next_step = Verdict.NOT_OFFICIAL, (NOT_OFFICIAL_TEXT,), NOT_OFFICIAL_NEXT
    elif parsed.odd:
        verdict, parts, next_step = Verdict.NOT_OFFICIAL, (), NOT_OFFICIAL_NEXT
    else:
        verdict, parts, next_step = (
            Verdict.NO_OFFICIAL_NUMBER,
            (NO_OFFICIAL_TEXT,),
            NO_OFFICIAL_NEXT,
        )
    if parsed.odd:
        parts = (parsed.odd, *parts)
    if parsed.extension and verdict is Verdict.OFFICIAL:
        parts = (*parts, EXTENSION_NOTICE)
    if tampered and parsed.e164 not in tampered:
        parts = (*parts, TAMPERED_NOTICE)
    return _Judged(
        parsed, verdict, headline or HEADLINES[verdict], parts, next_step, values, reported
    )


def _result(
    text: str,
    verdict: Verdict,
    parsed: ParsedNumber | None,
    wording: Wording,
    reported: datetime | None = None,
    tampered: bool = False,
) -> NumberCheck:
    headline, explanation, next_step = wording.render()
    return NumberCheck(
        input=text,
        verdict=verdict,
        e164=parsed.e164 if parsed else None,
        headline=headline,
        explanation=explanation,
        next_step=next_step,
        reported_on=reported,
        display=parsed.display if parsed else None,
        extension=parsed.extension if parsed else None,
        list_tampered=tampered,
        wording=wording,
    )


def format_date(moment: datetime) -> str:
    return f"{moment.day} {moment:%B %Y}"


def looks_like_number(text: str) -> bool:
    """True for clipboard text worth pre-filling: short, mostly a phone number."""
    stripped = text.strip()
    if not stripped or len(stripped) > 40 or "\n" in stripped:
        return False
    digits = sum(ch.isdigit() for ch in stripped)
    return digits >= 6 and digits * 2 >= len(stripped.removeprefix("tel:").replace(" ", ""))


def supported_regions() -> list[str]:
    import phonenumbers

    return sorted(phonenumbers.SUPPORTED_REGIONS)


def normalize_region(code: str | None) -> str | None:
    """The region code in upper case when phonenumbers knows it, else None."""
    if not code:
        return None
    import phonenumbers

    upper = code.strip().upper()
    return upper if upper in phonenumbers.SUPPORTED_REGIONS else None


def default_region(environ: Mapping[str, str] | None = None) -> str:
    """The country of the system locale (en_GB.UTF-8 gives GB), or US when there is none."""
    env = os.environ if environ is None else environ
    names = [env.get(key, "") for key in ("LC_ALL", "LC_CTYPE", "LANG")]
    if environ is None:
        names.append(locale.getlocale()[0] or "")
    for name in names:
        territory = name.split(".")[0].split("@")[0].replace("-", "_").partition("_")[2]
        region = normalize_region(territory)
        if region:
            return region
    return FALLBACK_REGION

"""Every phone number written in a longer text, for the message check (one entry per number)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kraken_guard.core.phone.check import NANP_REGION, normalize_region, odd_problem, region_of
from kraken_guard.core.phone.number_text import number_text

MAX_FOUND = 40
_NUMBER_SHAPE = re.compile(r"(?<![\w+])\+?\d[\d \t().-]{5,20}\d(?![\w])")
MAX_TRIES = 200
# A date is not a phone number, whatever a region's plan allows: 02.04.2025, 2025-04-02, 2/4/25.
_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}")


@dataclass(frozen=True)
class FoundNumber:
    start: int  # where the number is written in the input
    end: int
    written: str  # as written in the input
    value: str  # digits brought out (1-800-555-0100): pass this to check_number
    letters_for_digits: bool  # O/l were read as 0/1 somewhere in the text
    odd: bool  # only an odd reading exists (a digit too many, an unused range)


def find_numbers(text: str, region: str, also_regions: Sequence[str] = ()) -> list[FoundNumber]:
    """Numbers in `text` read in `region`, as NANP and in `also_regions` (the saved official
    numbers); valid ones, and odd ones (see `odd_problem`) so they do not vanish. Overlapping
    finds keep the longest. `value` is what check_number should read, so that it sees every
    reading of a number written without a country code."""
    import phonenumbers

    shown = number_text(text)
    regions = [normalize_region(region) or NANP_REGION, NANP_REGION]
    regions += [code for code in map(region_of, also_regions) if code]
    spans: dict[tuple[int, int], bool] = {}
    for code in dict.fromkeys(regions):
        matcher = phonenumbers.PhoneNumberMatcher(
            shown.text, code, phonenumbers.Leniency.POSSIBLE, max_tries=MAX_TRIES
        )
        for match in matcher:
            valid = phonenumbers.is_valid_number(match.number)
            if valid or odd_problem(match.number):
                key = (match.start, match.end)
                spans[key] = spans.get(key, False) or valid
    for shape in _NUMBER_SHAPE.finditer(shown.text):
        # A digit too many is not even a possible number, so the matcher skips it.
        key = (shape.start(), shape.end())
        if any(key[0] < end and start < key[1] for start, end in spans):
            continue
        try:
            number = phonenumbers.parse(shape.group(), regions[0])
        except phonenumbers.NumberParseException:
            continue
        if odd_problem(number):
            spans[key] = False
    found: list[FoundNumber] = []
    taken: list[tuple[int, int]] = []
    for (start, end), valid in sorted(spans.items(), key=lambda item: (item[0][0], -item[0][1])):
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            continue  # a shorter find inside a longer one
        taken.append((start, end))
        begin, finish = shown.source_span(start, end)
        if _reference_or_date(text, begin, finish):
            continue
        found.append(
            FoundNumber(
                begin,
                finish,
                text[begin:finish],
                shown.text[start:end],
                shown.letters_for_digits,
                not valid,
            )
        )
        if len(found) == MAX_FOUND:
            break
    return found


# Words that name a reference before a # sign: "order #4155550100" is not a number to call,
# but "hotline #18885550199" is (a scammer may write it so to hide it).
_REFERENCE_WORDS = frozenset(
    {
        *("order", "orders", "case", "ticket", "ref", "reference", "invoice", "request"),
        *("rma", "account", "acct", "id", "no", "nr"),
        *("pedido", "factura", "caso", "referencia", "solicitud"),
        *("bestellung", "rechnung", "auftrag", "fall", "anfrage"),
        *("commande", "facture", "dossier", "demande"),
    }
)
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


def _reference_or_date(text: str, begin: int, finish: int) -> bool:
    """True for digits that are a date, part of a reference glued to letters
    (#RZ2404-118732), or after a # that follows a reference word (order #4155550100):
    none is a number anyone can call."""
    before = text[begin - 1] if begin > 0 else ""
    if before.isalnum() and not text[begin:finish].startswith("+"):  # +44... is dialled as is
        return True
    if before and before in "#№":
        word = _LAST_WORD.search(text[max(0, begin - 40) : begin - 1])
        if word is not None and word.group(1).casefold() in _REFERENCE_WORDS:
            return True
    return _DATE.fullmatch(text[begin:finish].strip()) is not None

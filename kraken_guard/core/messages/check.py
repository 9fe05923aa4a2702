"""Checks a pasted text: each item with its own engine, then what it asks, then one verdict."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from kraken_guard.core.asks.requests import read_requests
from kraken_guard.core.email.senders import SenderVerdict, check_sender_address
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.links.check import Verdict as LinkVerdict
from kraken_guard.core.links.check import check_url
from kraken_guard.core.links.lookalike import known_owner_reason
from kraken_guard.core.messages.extract import (
    MAX_ITEMS,
    SCRIPT_SCHEMES,
    Extraction,
    Found,
    Kind,
    extract,
)
from kraken_guard.core.messages.handles import (
    R_OTHER_BRAND,
    HandleVerdict,
    check_handle,
    other_brand_for_host,
)
from kraken_guard.core.messages.summary import ItemResult, Note, Standing, Summary, summarize
from kraken_guard.core.messages.text import MAX_CHARS, words_to_read
from kraken_guard.core.phone.check import NumberCheck
from kraken_guard.core.phone.check import Verdict as NumberVerdict

CONTEXT = "message_items"
CONTENT_CONTEXT = "social_accounts"  # content files are translated in a context of their name
CheckNumber = Callable[[str], NumberCheck]
# Items are looked for in the first MAX_CHARS; the phrase rules are cheap, so they read further:
# padding a text past the limit must not hide "send your seed words" at its end.
REQUEST_SCAN_CHARS = 100_000
_SPELLED_OUT = re.compile(r"(?<!\w)[^\W\d_](?: [^\W\d_]){2,}  [^\W\d_] [^\W\d_]")

LABELS = {
    Standing.OFFICIAL: {
        Kind.NUMBER: QT_TRANSLATE_NOOP("message_items", "On your official list"),
        Kind.LINK: QT_TRANSLATE_NOOP("message_items", "Goes to kraken.com"),
        Kind.EMAIL: QT_TRANSLATE_NOOP("message_items", "A Kraken email domain"),
        Kind.HANDLE: QT_TRANSLATE_NOOP("message_items", "Kraken's own account"),
    },
    Standing.IMITATES: {
        Kind.NUMBER: QT_TRANSLATE_NOOP("message_items", "You marked it as a scam"),
        Kind.LINK: QT_TRANSLATE_NOOP("message_items", "Pretends to be Kraken"),
        Kind.EMAIL: QT_TRANSLATE_NOOP("message_items", "Pretends to be Kraken"),
        Kind.HANDLE: QT_TRANSLATE_NOOP("message_items", "Pretends to be Kraken"),
    },
    Standing.NOT_KRAKEN: {
        Kind.NUMBER: QT_TRANSLATE_NOOP("message_items", "Not Kraken's number"),
        Kind.LINK: QT_TRANSLATE_NOOP("message_items", "Not a Kraken site"),
        Kind.EMAIL: QT_TRANSLATE_NOOP("message_items", "Not a Kraken address"),
        Kind.HANDLE: QT_TRANSLATE_NOOP("message_items", "Not a Kraken account"),
    },
    Standing.UNCHECKED: {
        Kind.NUMBER: QT_TRANSLATE_NOOP("message_items", "Cannot compare yet"),
        Kind.LINK: QT_TRANSLATE_NOOP("message_items", "Cannot be checked"),
        Kind.EMAIL: QT_TRANSLATE_NOOP("message_items", "Cannot be checked"),
        Kind.HANDLE: QT_TRANSLATE_NOOP("message_items", "Cannot be checked"),
    },
}
R_OTHER_KRAKEN = QT_TRANSLATE_NOOP(
    "message_items",
    "The text is about another Kraken, such as the hockey team, so this is not read as "
    "pretending to be Kraken the exchange.",
)
R_NAME_IMITATES = QT_TRANSLATE_NOOP(
    "message_items",
    "The name before the @ uses Kraken's name. Kraken never writes from such an address.",
)
R_SCRIPT_LINK = QT_TRANSLATE_NOOP(
    "message_items",
    "This link does not open a page: it runs code in your browser. Real Kraken links never do "
    "this.",
)
R_MORE_THAN_KRAKEN = QT_TRANSLATE_NOOP(
    "message_items",
    "It starts like a kraken.com link, but the whole link, as a browser reads it, does not go "
    "to kraken.com.",
)
KIND_NAMES = {
    Kind.NUMBER: QT_TRANSLATE_NOOP("message_items", "Phone number"),
    Kind.LINK: QT_TRANSLATE_NOOP("message_items", "Link"),
    Kind.EMAIL: QT_TRANSLATE_NOOP("message_items", "Email address"),
    Kind.HANDLE: QT_TRANSLATE_NOOP("message_items", "Account"),
}


@dataclass(frozen=True)
class MessageCheck:
    input: str
    items: tuple[ItemResult, ...]
    summary: Summary


def check_message(
    text: str,
    *,
    region: str,
    check_number: CheckNumber,
    language: str = "en",
    also_regions: Callable[[], Sequence[str]] = tuple,
) -> MessageCheck:
    """Find and judge every item in `text`, read what it asks, and give one verdict.

    `check_number` is the app's number check (official list and scam reports already wired);
    `language` is the one the rules' reasons are shown in; `also_regions` gives the saved
    official numbers (E.164), so numbers written as in their countries are found too.
    """
    extraction = extract(text, region, also_regions)
    judged = tuple(_judge(found, check_number) for found in extraction.items)
    # An odd number (a digit too many) counts only in a text that says it is Kraken: elsewhere
    # it is an order or ticket number.
    items = tuple(item for item in judged if not item.found.odd)
    # only_with "number" means a number that is not on the official list: the real one is fine.
    kinds = frozenset(item.kind.value for item in items if item.standing is not Standing.OFFICIAL)
    read = extraction.cleaned.text
    # Cleaning leaves one space per gap, which would run "K r a k e n  s u p p o r t" into one
    # word: words spelled out letter by letter are read from the text as written.
    if extraction.cleaned.truncated or _SPELLED_OUT.search(text[:REQUEST_SCAN_CHARS]):
        read = words_to_read(text, REQUEST_SCAN_CHARS)
    reading = read_requests(read, has=kinds, language=language)
    if reading.claims_kraken and len(items) < len(judged):
        items = judged
        if "number" not in kinds:
            reading = read_requests(read, has=kinds | {"number"}, language=language)
    if reading.names_other_kraken and _names_other_kraken(extraction, language):
        items = tuple(_other_kraken(item) for item in items)
    summary = summarize(
        items,
        reading,
        extraction.cleaned,
        max_chars=MAX_CHARS,
        max_items=MAX_ITEMS,
        more_items=extraction.more,
    )
    return MessageCheck(text if isinstance(text, str) else "", items, summary)


def _names_other_kraken(extraction: Extraction, language: str) -> bool:
    """Another Kraken is named outside the links, addresses and accounts: "kraken-win.xyz" or
    "my-kraken.app" are the sender's own words, not a text about the hockey team."""
    text = list(extraction.cleaned.text)
    for found in extraction.items:
        if found.kind is not Kind.NUMBER:
            text[found.start : found.start + len(found.text)] = " " * len(found.text)
    return read_requests("".join(text), language=language).names_other_kraken


def _other_kraken(item: ItemResult) -> ItemResult:
    """In a text about the Seattle Kraken or GitKraken, an account or address of a listed
    owner of a Kraken name (@SeattleKraken) is not an imitation; a look-alike still is."""
    if item.standing is not Standing.IMITATES or item.verdict == "reported_scam":
        return item
    if not _listed_owner(item.found):
        return item
    note = Note(CONTEXT, R_OTHER_KRAKEN)
    return _result(item.found, Standing.NOT_KRAKEN, "other_kraken", (*item.reasons, note))


def _listed_owner(found: Found) -> bool:
    if found.kind is Kind.LINK:
        host = check_url(found.value).host
        return bool(host) and known_owner_reason(host or "") is not None
    if found.kind is Kind.EMAIL:
        return known_owner_reason(found.value.rpartition("@")[2]) is not None
    if found.kind is Kind.HANDLE:
        name = found.value.casefold().lstrip("@")
        return name != "kraken" and any(
            known_owner_reason(f"{name}.{ending}") for ending in _OWNER_ENDINGS
        )
    return False


_OWNER_ENDINGS = ("com", "io", "dev", "tech", "re")


def _judge(found: Found, check_number: CheckNumber) -> ItemResult:
    if found.kind is Kind.NUMBER:
        return _number(found, check_number)
    if found.kind is Kind.LINK:
        return _link(found)
    if found.kind is Kind.EMAIL:
        return _email(found)
    return _handle(found)


def _result(
    found: Found, standing: Standing, verdict: str, reasons: tuple[Note, ...]
) -> ItemResult:
    return ItemResult(
        found, standing, verdict, Note(CONTEXT, LABELS[standing][found.kind]), reasons
    )


def _number(found: Found, check_number: CheckNumber) -> ItemResult:
    result = check_number(found.value)
    standing = {
        NumberVerdict.OFFICIAL: Standing.OFFICIAL,
        NumberVerdict.REPORTED_SCAM: Standing.IMITATES,
        NumberVerdict.NOT_OFFICIAL: Standing.NOT_KRAKEN,
    }.get(result.verdict, Standing.UNCHECKED)
    wording = result.wording
    reasons: tuple[Note, ...]
    if wording is None:
        reasons = (Note("", result.explanation), Note("", result.next_step))
    else:
        values = dict(wording.values)
        reasons = (
            *(Note("phone", part, values) for part in wording.explanation),
            Note("phone", wording.next_step, values),
        )
    return _result(found, standing, str(result.verdict), reasons)


def _link(found: Found) -> ItemResult:
    if SCRIPT_SCHEMES.match(found.value):
        # javascript:alert(1)//kraken.com: whatever it names, it runs code, it opens no page.
        return _result(found, Standing.IMITATES, "script_link", (Note(CONTEXT, R_SCRIPT_LINK),))
    result = check_url(found.value)
    core = check_url(found.core) if found.core else None
    invalid = result.verdict is LinkVerdict.INVALID
    if invalid and core is not None and core.verdict is not LinkVerdict.OFFICIAL:
        result, core = core, None  # "Visit:https://...": the link finder read it right
    brand = other_brand_for_host(result.host or "")
    if brand:
        note = Note("handles", R_OTHER_BRAND, {"brand": brand}, value_context=CONTENT_CONTEXT)
        return _result(found, Standing.NOT_KRAKEN, "other_brand", (note,))
    standing = {
        LinkVerdict.OFFICIAL: Standing.OFFICIAL,
        LinkVerdict.LOOKALIKE: Standing.IMITATES,
        LinkVerdict.UNRELATED: Standing.NOT_KRAKEN,
    }.get(result.verdict, Standing.UNCHECKED)
    reasons = tuple(Note("links", r) for r in result.reasons)
    if (
        core is not None
        and core.verdict is LinkVerdict.OFFICIAL
        and standing is not Standing.OFFICIAL
    ):
        # kraken.com%40evil.xyz: the part that reads kraken.com is not where the link goes.
        reasons = (Note(CONTEXT, R_MORE_THAN_KRAKEN), *reasons)
        return _result(found, Standing.IMITATES, "lookalike", reasons)
    return _result(found, standing, str(result.verdict), reasons)


def _email(found: Found) -> ItemResult:
    if found.core and found.core != found.value:
        core = _email(replace(found, value=found.core, core=""))
        whole = _email(replace(found, core=""))
        if core.standing is Standing.OFFICIAL and whole.standing is not Standing.OFFICIAL:
            reasons = (Note(CONTEXT, R_MORE_THAN_KRAKEN), *whole.reasons)
            return _result(found, Standing.IMITATES, "lookalike", reasons)
        chosen = whole if whole.standing is not Standing.UNCHECKED else core
        return _result(found, chosen.standing, chosen.verdict, chosen.reasons)
    result = check_sender_address(found.value)
    standing = {
        SenderVerdict.OFFICIAL_DOMAIN: Standing.OFFICIAL,
        SenderVerdict.UNLISTED_KRAKEN_DOMAIN: Standing.IMITATES,
        SenderVerdict.LOOKALIKE: Standing.IMITATES,
        SenderVerdict.UNRELATED: Standing.NOT_KRAKEN,
    }.get(result.verdict, Standing.UNCHECKED)
    values = {"domain": result.domain}
    reasons = tuple(Note(_REASON_CONTEXTS.get(r, "links"), r, values) for r in result.reasons)
    if result.verdict is SenderVerdict.UNRELATED:
        # support.kraken@gmail.com: the name before @ imitates Kraken even on a free mail service.
        local = found.value.rpartition("@")[0]
        if check_handle(local).verdict is HandleVerdict.LOOKALIKE:
            reasons = (*reasons, Note("message_items", R_NAME_IMITATES))
            return _result(found, Standing.IMITATES, "lookalike_name", reasons)
    return _result(found, standing, str(result.verdict), reasons)


def _handle(found: Found) -> ItemResult:
    result = check_handle(found.value, found.platform)
    standing = {
        HandleVerdict.OFFICIAL: Standing.OFFICIAL,
        HandleVerdict.LOOKALIKE: Standing.IMITATES,
    }.get(result.verdict, Standing.NOT_KRAKEN)
    official = tuple(Note(CONTENT_CONTEXT, words) for words in result.official_words)
    reasons = official + tuple(
        Note("handles", r, {"brand": result.brand}, value_context=CONTENT_CONTEXT)
        if r == R_OTHER_BRAND
        else Note(_REASON_CONTEXTS.get(r, "links"), r)
        for r in result.reasons
    )
    return _result(found, standing, str(result.verdict), reasons)


def _reason_contexts() -> dict[str, str]:
    """Which translation context each engine's reason belongs to (look-alike ones: links)."""
    from kraken_guard.core.email import senders
    from kraken_guard.core.messages import handles

    found = {}
    for module, context in ((senders, "email_senders"), (handles, "handles")):
        for name in dir(module):
            if name.startswith("R_"):
                found[getattr(module, name)] = context
    return found


_REASON_CONTEXTS = _reason_contexts()

"""What an email's text asks and points to: each link, phone number and never-ask request."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kraken_guard.core.email.reasons import Reason
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.links.check import LinkCheck, check_url, is_kraken_host
from kraken_guard.core.links.check import Verdict as LinkVerdict
from kraken_guard.core.phone.check import ScamReports, check_number, no_reports
from kraken_guard.core.phone.check import Verdict as NumberVerdict

MAX_LINKS = 200  # link findings shown; every link is checked, up to MAX_LINKS_CHECKED
MAX_LINKS_CHECKED = 20_000
MAX_NUMBERS = 50
MAX_NUMBER_TRIES = 2_000  # runs of 7+ digits given to the phone number parser
MAX_SCAN_CHARS = 2_000_000  # as much text as an email read holds (reading.MAX_BODY_CHARS)

R_LINK_TEXT_LIES = QT_TRANSLATE_NOOP(
    "email_content",
    "The link shows {shown}, but really goes to {host}. This trick hides where a link goes.",
)
R_SCRIPT_LINK = QT_TRANSLATE_NOOP(
    "email_content", "The link runs hidden code instead of opening a web page."
)
R_NEVER_ASK = QT_TRANSLATE_NOOP("email_content", 'The email says: "{quote}". {why}')
R_ATTACHMENT = QT_TRANSLATE_NOOP(
    "email_content",
    "Do not open the attached file {name} yet. A file can hide a fake sign-in page or a "
    "harmful program, and Kraken Guard cannot check what is inside.",
)
R_ATTACHMENT_FORM = QT_TRANSLATE_NOOP(
    "email_content",
    "Do not open the attached file {name}. It is a web page with a form that asks you to type "
    "in details. Kraken never sends sign-in forms by email.",
)
R_BODY_FORM = QT_TRANSLATE_NOOP(
    "email_content",
    "Do not type anything into this email. It holds a form that asks for a password. Kraken "
    "never asks for your password in an email.",
)
R_NUMBER_IN_EMAIL = QT_TRANSLATE_NOOP(
    "email_content",
    "Call Kraken only on a number you found yourself at support.kraken.com, never one from an "
    "email.",
)

# Spelled out case by case (no IGNORECASE, no \b) so the scan of a long body stays fast.
_URL = re.compile(r"(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)[^\s<>\"'`{}|\\^\[\]]+")
_TRAILING = ".,;:!?)]}'\""
_SHOWN_HOST = re.compile(
    r"^\s*(?:https?://)?(?:www\.)?((?:[\w-]+\.)+[a-z\u00a1-\uffff]{2,})(?:[/:?#]\S*)?\s*$",
    re.IGNORECASE,
)
_PHONE_CANDIDATE = re.compile(r"[+(]?\d[\d \t().\-/\u00a0]{5,24}\d")


class Kind:
    LINK = "link"
    NUMBER = "number"
    REQUEST = "request"
    ADDRESS = "address"
    ATTACHMENT = "attachment"
    FORM = "form"


@dataclass(frozen=True)
class Finding:
    """One thing found in the email, with its own verdict; `decisive` means not from Kraken."""

    kind: str
    value: str
    verdict: str
    reasons: tuple[Reason, ...]
    decisive: bool = False


@dataclass(frozen=True)
class BodyText:
    text: str  # plain text, with HTML turned into text
    links: tuple[tuple[str, str], ...]  # (target, the text shown for it; "" in plain text)
    complete: bool = True  # False when some text or links were past a limit and not read


@dataclass(frozen=True)
class BodyScan:
    """Every finding in an email's text, and whether all of the text was read."""

    findings: tuple[Finding, ...]
    complete: bool


# Every repeat is bounded and stops at the next "<", so hostile HTML cannot make a scan
# quadratic (thousands of unclosed tags in a 25 MB email).
_ANCHOR = re.compile(
    r"<a\b[^<>]{0,2000}?\bhref\s*=\s*(?:\"([^\"<>]{0,4000})\"|'([^'<>]{0,4000})'|([^\s<>]{1,4000}))"
    r"[^<>]{0,2000}>",
    re.IGNORECASE,
)
_ANCHOR_END = re.compile(r"</?a\b", re.IGNORECASE)
MAX_SHOWN = 2000
_BREAKS = re.compile(r"<(?:br|p|div|tr|li|h[1-6]|table)\b[^<>]{0,2000}>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]{0,2000}>")
_HIDDEN = (("<script", "</script"), ("<style", "</style"), ("<title", "</title"), ("<!--", "-->"))


def _drop_hidden(html: str) -> str:
    """Remove scripts, styles, titles and comments in one pass (an unclosed one runs to the end)."""
    lowered = html.lower()
    if len(lowered) != len(html):
        lowered = "".join(ch.lower()[:1] for ch in html)
    next_at = {opening: lowered.find(opening) for opening, _ in _HIDDEN}
    kept: list[str] = []
    pos = 0
    while True:
        for opening, _ in _HIDDEN:
            if -1 < next_at[opening] < pos:
                next_at[opening] = lowered.find(opening, pos)
        found = [
            (at, opening, closing) for opening, closing in _HIDDEN if (at := next_at[opening]) >= 0
        ]
        if not found:
            break
        at, opening, closing = min(found)
        kept.append(html[pos:at])
        close = lowered.find(closing, at + len(opening))
        if close == -1:
            return " ".join(kept)
        end = close + len(closing) if closing == "-->" else lowered.find(">", close)
        pos = len(html) if end == -1 else end + (0 if closing == "-->" else 1)
        kept.append(" ")
    kept.append(html[pos:])
    return "".join(kept)


def _html_parts(html: str) -> tuple[str, list[tuple[str, str]]]:
    """Visible text and (href, shown text) pairs; regular expressions keep 25 MB fast."""
    from html import unescape

    visible = _drop_hidden(html)
    links: list[tuple[str, str]] = []
    for match in _ANCHOR.finditer(visible):
        if len(links) > MAX_LINKS_CHECKED:
            break
        href = unescape(next(g for g in match.groups() if g is not None)).strip()
        ending = _ANCHOR_END.search(visible, match.end(), match.end() + MAX_SHOWN)
        inside = visible[match.end() : ending.start() if ending else match.end() + MAX_SHOWN]
        shown = " ".join(unescape(_TAG.sub("", inside)).split())
        links.append((href, shown))
    text = unescape(_TAG.sub("", _BREAKS.sub("\n", visible)))
    return text, links


def body_text(plain: str, html: str) -> BodyText:
    """The text to scan and every link, with the real target behind each link's shown text.

    Tags are taken out of the whole HTML first (linear in its size), so a long web-page email
    is read to its end; only what is past the limits is left, and `complete` then says so.
    """
    links: list[tuple[str, str]] = []
    complete = len(plain) <= MAX_SCAN_CHARS
    text_parts = [plain[:MAX_SCAN_CHARS]]
    if html.strip():
        html_text, html_links = _html_parts(html)
        links.extend(html_links)
        complete = complete and len(html_text) <= MAX_SCAN_CHARS
        text_parts.append(html_text[:MAX_SCAN_CHARS])
    text = "\n".join(part for part in text_parts if part)
    pieces, last = [], 0
    for match in _URL.finditer(text):
        links.append((match.group(0).rstrip(_TRAILING), ""))
        pieces.append(text[last : match.start()])
        last = match.end()
    # Numbers inside links (article ids) are not phone numbers: scan the text without them.
    without_links = " ".join([*pieces, text[last:]])
    unique = tuple(dict.fromkeys(links))
    complete = complete and len(unique) <= MAX_LINKS_CHECKED
    return BodyText(without_links, unique[:MAX_LINKS_CHECKED], complete)


def scan_body(
    plain: str,
    html: str,
    *,
    region: str,
    official: Sequence[str] = (),
    scam_reports: ScamReports = no_reports,
    tampered: Sequence[str] = (),
    language: str = "en",
) -> BodyScan:
    """Check every link, phone number and request in the text; say if any part was not read."""
    body = body_text(plain, html)
    links, links_done = _links(body.links)
    numbers, numbers_done = _numbers(
        body.text, region=region, official=official, scam_reports=scam_reports, tampered=tampered
    )
    found = frozenset(f.kind for f in (*links, *numbers) if f.verdict != "official")
    requests, requests_done = _requests(body.text, found, language)
    complete = body.complete and links_done and numbers_done and requests_done
    return BodyScan((*links, *numbers, *requests), complete)


def check_links(links: Sequence[tuple[str, str]]) -> list[Finding]:
    """Check each link's real target with the link engine, and its shown text against it."""
    return _links(links)[0]


_PLAIN_PATH = re.compile(r"[A-Za-z0-9\-._~%!$&'()*+,;=:/?#]*")


def _link_key(target: str) -> tuple[str, bool] | None:
    """Links that differ only in a plain path get the same verdict: check each site once.

    None for a link whose path holds anything unusual: it is checked on its own.
    """
    scheme, sep, rest = target.partition("://")
    if not sep:
        return None
    cut = min((at for at in (rest.find(c) for c in "/?#") if at >= 0), default=len(rest))
    path = rest[cut:]
    if not _PLAIN_PATH.fullmatch(path):
        return None
    return scheme.lower() + "://" + rest[:cut], "kraken.com" in path.lower()


def _links(links: Sequence[tuple[str, str]]) -> tuple[list[Finding], bool]:
    """Every link checked; findings for a site already shown are folded into the first one."""
    findings: list[Finding] = []
    seen: set[tuple[str, str, bool]] = set()
    checked: dict[tuple[str, bool], LinkCheck] = {}
    for target, shown in links[:MAX_LINKS_CHECKED]:
        lowered = target.lower()
        if lowered.startswith(("mailto:", "tel:", "#", "cid:")) or not target:
            continue
        if lowered.startswith(("javascript:", "data:", "vbscript:", "file:")):
            if ("script", "", True) not in seen:
                seen.add(("script", "", True))
                findings.append(
                    Finding(Kind.LINK, target[:200], "script", (Reason(R_SCRIPT_LINK),), True)
                )
            continue
        key = _link_key(target)
        result = checked.get(key) if key is not None else None
        if result is None:
            result = check_url(target)
            if key is not None:
                checked[key] = result
        reasons = [Reason(text) for text in result.reasons]
        decisive = result.verdict is LinkVerdict.LOOKALIKE
        shown_host = _shown_host(shown)
        host = result.host or ""
        if (
            shown_host
            and host
            and shown_host != host
            and not host.endswith("." + shown_host)
            and not (is_kraken_host(host) and result.verdict is LinkVerdict.OFFICIAL)
        ):
            reasons.insert(0, Reason.of(R_LINK_TEXT_LIES, shown=shown_host, host=host))
            decisive = True
        # One finding per site and verdict (a newsletter links one site hundreds of times);
        # a lying link text is kept per shown name.
        fold = (host or target, shown_host if decisive else str(result.verdict), decisive)
        if fold in seen or (result.verdict is LinkVerdict.INVALID and not decisive):
            continue
        seen.add(fold)
        if len(findings) < MAX_LINKS or decisive:
            findings.append(
                Finding(Kind.LINK, target[:500], str(result.verdict), tuple(reasons), decisive)
            )
    return findings, len(links) <= MAX_LINKS_CHECKED


def check_numbers(
    text: str,
    *,
    region: str,
    official: Sequence[str],
    scam_reports: ScamReports = no_reports,
    tampered: Sequence[str] = (),
) -> list[Finding]:
    """Check every phone number written in the text against the saved official numbers."""
    return _numbers(
        text, region=region, official=official, scam_reports=scam_reports, tampered=tampered
    )[0]


def _numbers(
    text: str,
    *,
    region: str,
    official: Sequence[str],
    scam_reports: ScamReports = no_reports,
    tampered: Sequence[str] = (),
) -> tuple[list[Finding], bool]:
    import phonenumbers

    findings: list[Finding] = []
    seen: set[str] = set()
    matches, complete = _phone_matches(text[:MAX_SCAN_CHARS], region)
    complete = complete and len(text) <= MAX_SCAN_CHARS
    for match in matches:
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        if e164 in seen:
            continue
        seen.add(e164)
        result = check_number(
            e164, region=region, official=official, scam_reports=scam_reports, tampered=tampered
        )
        values = {k: str(v) for k, v in (result.wording.values if result.wording else {}).items()}
        reasons: list[Reason] = []
        if result.wording is not None:
            reasons.append(Reason.of(result.wording.headline, **values))
            reasons.extend(Reason.of(part, **values) for part in result.wording.explanation)
        if result.verdict is not NumberVerdict.OFFICIAL:
            reasons.append(Reason(R_NUMBER_IN_EMAIL))
        decisive = result.verdict is NumberVerdict.REPORTED_SCAM
        findings.append(
            Finding(
                Kind.NUMBER, result.display or e164, str(result.verdict), tuple(reasons), decisive
            )
        )
        if len(findings) >= MAX_NUMBERS:
            return findings, False
    return findings, complete


def _phone_matches(text: str, region: str) -> tuple[list[Any], bool]:
    """Numbers found only where 7+ digits stand together, so padding cannot exhaust the search.

    The second value is False when the search stopped at a limit before the end of the text.
    """
    import phonenumbers

    found: list[Any] = []
    tries = 0
    for candidate in _PHONE_CANDIDATE.finditer(text):
        digits = sum(ch.isdigit() for ch in candidate.group(0))
        if not 7 <= digits <= 15:
            continue
        tries += 1
        if tries > MAX_NUMBER_TRIES or len(found) > MAX_NUMBERS:
            return found, False
        matcher = phonenumbers.PhoneNumberMatcher(
            candidate.group(0), region, leniency=phonenumbers.Leniency.POSSIBLE, max_tries=5
        )
        found.extend(matcher)
    return found, True


def check_requests(
    text: str, *, has: frozenset[str] = frozenset(), language: str = "en"
) -> list[Finding]:
    """What the email asks for that Kraken never asks for (a denial is not a request).

    The phrase rules are the message check's (core.asks), in every language; an email checked
    here is presented as Kraken's, so the rules that count only in a Kraken text count. `has`
    names the kinds of items found that are not Kraken's ("number", "link").
    """
    return _requests(text, has, language)[0]


def _requests(text: str, has: frozenset[str], language: str) -> tuple[list[Finding], bool]:
    from kraken_guard.core.asks.fold import as_written
    from kraken_guard.core.asks.requests import Strength, read_requests

    read = text[:MAX_SCAN_CHARS]
    reading = read_requests(read, has=has, language=language, claimed=True)
    findings = []
    for request in reading.requests:
        if request.strength is not Strength.SCAM:  # warning signs alone never decide
            continue
        quote = " ".join(as_written(read, request.matched).split())
        quote = quote if len(quote) <= 160 else quote[:157] + "..."
        reason = Reason.of(R_NEVER_ASK, quote=quote, why=request.body)
        findings.append(Finding(Kind.REQUEST, request.rule_id, "never_ask", (reason,), True))
    return findings, len(text) <= MAX_SCAN_CHARS


def _shown_host(shown: str) -> str:
    match = _SHOWN_HOST.match(shown)
    return match.group(1).lower().rstrip(".") if match else ""


_FORM = re.compile(r"<form\b", re.IGNORECASE)
_PASSWORD_FIELD = re.compile(r"<input\b[^<>]{0,2000}?\btype\s*=\s*[\"']?password\b", re.IGNORECASE)


def attachment_findings(attachments: Sequence[Any], html: str = "") -> list[Finding]:
    """Each attached file (it withholds trust), and any form asking for a password.

    A web page attached with a form or a password field, or a password field in the email's
    own text, is a phishing page: that is decisive.
    """
    findings: list[Finding] = []
    for attached in attachments[:MAX_LINKS]:
        name = attached.name or attached.content_type
        page = attached.html
        if page and (_FORM.search(page) or _PASSWORD_FIELD.search(page)):
            reason = Reason.of(R_ATTACHMENT_FORM, name=name)
            findings.append(Finding(Kind.ATTACHMENT, name, "form", (reason,), True))
        else:
            reason = Reason.of(R_ATTACHMENT, name=name)
            findings.append(Finding(Kind.ATTACHMENT, name, "attached", (reason,)))
    if _PASSWORD_FIELD.search(html[:MAX_SCAN_CHARS]):
        findings.append(Finding(Kind.FORM, "password", "form", (Reason(R_BODY_FORM),), True))
    return findings

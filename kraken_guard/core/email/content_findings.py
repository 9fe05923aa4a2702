"""What an email's text asks and points to: each link, phone number and never-ask request."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser

from kraken_guard.core.content import load_content
from kraken_guard.core.email.reasons import Reason
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.links.check import Verdict as LinkVerdict
from kraken_guard.core.links.check import check_url, is_kraken_host
from kraken_guard.core.phone.check import ScamReports, check_number, no_reports
from kraken_guard.core.phone.check import Verdict as NumberVerdict

REQUESTS_CONTENT = "email_requests"
MAX_LINKS = 200
MAX_NUMBERS = 50
MAX_SCAN_CHARS = 300_000

R_LINK_TEXT_LIES = QT_TRANSLATE_NOOP(
    "email_content",
    "The link shows {shown}, but really goes to {host}. This trick hides where a link goes.",
)
R_SCRIPT_LINK = QT_TRANSLATE_NOOP(
    "email_content", "The link runs hidden code instead of opening a web page."
)
R_NEVER_ASK = QT_TRANSLATE_NOOP("email_content", 'The email says: "{quote}". {why}')
R_NUMBER_IN_EMAIL = QT_TRANSLATE_NOOP(
    "email_content",
    "Call Kraken only on a number you found yourself at support.kraken.com, never one from an "
    "email.",
)

_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'`{}|\\^\[\]]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}'\""
_SHOWN_HOST = re.compile(
    r"^\s*(?:https?://)?(?:www\.)?((?:[\w-]+\.)+[a-z\u00a1-\uffff]{2,})(?:[/:?#]\S*)?\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


class Kind:
    LINK = "link"
    NUMBER = "number"
    REQUEST = "request"
    ADDRESS = "address"


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


class _HtmlReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._shown: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head", "title"):
            self._skip += 1
        elif tag == "a":
            self._close_link()
            self._href = next((v or "" for k, v in attrs if k == "href"), None)
            self._shown = []
        elif tag in ("br", "p", "div", "tr", "li", "h1", "h2", "h3", "table"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "title"):
            self._skip = max(0, self._skip - 1)
        elif tag == "a":
            self._close_link()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.parts.append(data)
        if self._href is not None:
            self._shown.append(data)

    def _close_link(self) -> None:
        if self._href is not None and len(self.links) < MAX_LINKS:
            self.links.append((self._href.strip(), " ".join("".join(self._shown).split())))
        self._href = None
        self._shown = []

    def close(self) -> None:
        super().close()
        self._close_link()


def body_text(plain: str, html: str) -> BodyText:
    """The text to scan and every link, with the real target behind each link's shown text."""
    links: list[tuple[str, str]] = []
    text_parts = [plain[:MAX_SCAN_CHARS]]
    if html.strip():
        reader = _HtmlReader()
        try:
            reader.feed(html[:MAX_SCAN_CHARS])
            reader.close()
        except Exception:
            pass
        links.extend(reader.links)
        text_parts.append("".join(reader.parts))
    text = "\n".join(part for part in text_parts if part)
    urls = list(_URL.finditer(text))
    for match in urls:
        if len(links) >= MAX_LINKS:
            break
        links.append((match.group(0).rstrip(_TRAILING), ""))
    # Numbers inside links (article ids) are not phone numbers: scan the text without them.
    without_links = _URL.sub(" ", text)
    return BodyText(without_links, tuple(dict.fromkeys(links)))


def check_links(links: Sequence[tuple[str, str]]) -> list[Finding]:
    """Check each link's real target with the link engine, and its shown text against it."""
    findings: list[Finding] = []
    seen: set[str] = set()
    for target, shown in links:
        lowered = target.lower()
        if lowered.startswith(("mailto:", "tel:", "#", "cid:")) or not target:
            continue
        if lowered.startswith(("javascript:", "data:", "vbscript:", "file:")):
            findings.append(
                Finding(Kind.LINK, target[:200], "script", (Reason(R_SCRIPT_LINK),), True)
            )
            continue
        result = check_url(target)
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
        key = f"{target}\x00{decisive}"
        if key in seen or (result.verdict is LinkVerdict.INVALID and not decisive):
            continue
        seen.add(key)
        findings.append(
            Finding(Kind.LINK, target[:500], str(result.verdict), tuple(reasons), decisive)
        )
    return findings


def check_numbers(
    text: str,
    *,
    region: str,
    official: Sequence[str],
    scam_reports: ScamReports = no_reports,
    tampered: Sequence[str] = (),
) -> list[Finding]:
    """Check every phone number written in the text against the saved official numbers."""
    import phonenumbers

    findings: list[Finding] = []
    seen: set[str] = set()
    matcher = phonenumbers.PhoneNumberMatcher(
        text[:MAX_SCAN_CHARS], region, leniency=phonenumbers.Leniency.POSSIBLE, max_tries=200
    )
    for match in matcher:
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
            break
    return findings


@cache
def _request_rules() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    content = load_content(REQUESTS_CONTENT)
    rules = []
    for item in content.items:
        pattern = "|".join(f"(?:{p})" for p in item.extra.get("patterns", ()))
        rules.append((item.id, item.body, re.compile(pattern, re.IGNORECASE)))
    return tuple(rules)


@cache
def _words(name: str) -> re.Pattern[str]:
    words = load_content(REQUESTS_CONTENT).extra.get(name, ())
    alternatives = "|".join(re.escape(str(word)).replace(r"\ ", r"\s+") for word in words)
    return re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w'])", re.IGNORECASE)


def check_requests(text: str) -> list[Finding]:
    """Sentences that ask for something Kraken never asks for (a denial is not a request)."""
    findings: list[Finding] = []
    seen: set[str] = set()
    asks, negations = _words("ask_words"), _words("negations")
    for sentence in _SENTENCE_END.split(text[:MAX_SCAN_CHARS]):
        clean = " ".join(sentence.replace("’", "'").split())
        if not clean or len(clean) > 600 or not asks.search(clean) or negations.search(clean):
            continue
        for rule_id, why, pattern in _request_rules():
            if rule_id in seen or not pattern.search(clean):
                continue
            seen.add(rule_id)
            quote = clean if len(clean) <= 160 else clean[:157] + "..."
            reason = Reason.of(R_NEVER_ASK, quote=quote, why=why)
            findings.append(Finding(Kind.REQUEST, rule_id, "never_ask", (reason,), True))
    return findings


def _shown_host(shown: str) -> str:
    match = _SHOWN_HOST.match(shown)
    return match.group(1).lower().rstrip(".") if match else ""

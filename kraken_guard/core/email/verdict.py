"""One verdict on an email: signed by Kraken, passed the checks, not from Kraken, or unknown."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from enum import StrEnum

from kraken_guard.core.email.content_findings import (
    Finding,
    Kind,
    attachment_findings,
    scan_body,
)
from kraken_guard.core.email.pgp_signature import (
    KrakenKey,
    SignatureVerdict,
    check_signature,
    pinned_fingerprint,
)
from kraken_guard.core.email.provider_verdict import (
    ProviderCheck,
    ProviderVerdict,
    check_provider,
)
from kraken_guard.core.email.reading import (
    HOW_TO_GET_SOURCE,
    ReadEmail,
    all_header_texts,
    header_text,
    utf8_text,
)
from kraken_guard.core.email.reasons import Reason, Translate, untranslated
from kraken_guard.core.email.senders import (
    R_RETURN_ELSEWHERE,
    SenderHeaders,
    SenderVerdict,
    check_sender_headers,
)
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.phone.check import ScamReports, no_reports


class EmailVerdict(StrEnum):
    SIGNED_BY_KRAKEN = "signed_by_kraken"
    PASSED_PROVIDER_CHECKS = "passed_provider_checks"
    NOT_FROM_KRAKEN = "not_from_kraken"
    CANNOT_TELL = "cannot_tell"


HEADLINES = {
    EmailVerdict.SIGNED_BY_KRAKEN: QT_TRANSLATE_NOOP(
        "email_verdict",
        "You can read this email: Kraken signed it. Still, sign in only through your bookmark.",
    ),
    EmailVerdict.PASSED_PROVIDER_CHECKS: QT_TRANSLATE_NOOP(
        "email_verdict",
        "Use your bookmark, not this email's links. It passed your mail service's checks for a "
        "Kraken address. That is strong, but not proof.",
    ),
    EmailVerdict.NOT_FROM_KRAKEN: QT_TRANSLATE_NOOP(
        "email_verdict",
        "Do not act on this email. It is not from Kraken. Do not click its links, call its "
        "numbers or reply.",
    ),
    EmailVerdict.CANNOT_TELL: QT_TRANSLATE_NOOP(
        "email_verdict",
        "Do not act on this email yet. Kraken Guard cannot tell if it is from Kraken.",
    ),
}
R_FORWARDED = QT_TRANSLATE_NOOP(
    "email_verdict",
    "This is a forward: its sender is the person who forwarded it, not the first sender. Open "
    "the original email and save it or copy its source.",
)
R_NO_BODY_NO_PROOF = QT_TRANSLATE_NOOP(
    "email_verdict",
    "Only the headers were given, so the text could not be checked. Copy the whole source.",
)
R_SIGNED_SUBDOMAIN = QT_TRANSLATE_NOOP(
    "email_verdict", "The signature is Kraken's, but the sender address is not a Kraken address."
)
R_PARTLY_READ = QT_TRANSLATE_NOOP(
    "email_verdict",
    "This email is too long to read in full. Kraken Guard read only the first part, so the "
    "rest could hide a trick.",
)
R_SUBJECT_NOT_SIGNED = QT_TRANSLATE_NOOP(
    "email_verdict",
    "Do not use the phone number, link or request in the subject line. Kraken's signature never "
    "covers the subject, so anyone could have written it.",
)
R_CALL_IS_SCAM = QT_TRANSLATE_NOOP(
    "email_verdict",
    "If this email was meant to confirm a call, the call is a scam. Hang up.",
)


@dataclass(frozen=True)
class EmailCheck:
    """The verdict, every reason for it (most important first) and each item found."""

    verdict: EmailVerdict
    reasons: tuple[Reason, ...]
    findings: tuple[Finding, ...]
    notices: tuple[Reason, ...] = field(default=())
    sender: str = ""
    headline_text: str = ""  # untranslated; replaces the verdict's own headline when set
    partly_read: bool = False  # some of the email was past the limits and not read

    @property
    def trusting(self) -> bool:
        return self.verdict in (
            EmailVerdict.SIGNED_BY_KRAKEN,
            EmailVerdict.PASSED_PROVIDER_CHECKS,
        )

    def headline(self, translate: Translate = untranslated) -> str:
        return translate(self.headline_text or HEADLINES[self.verdict])

    def reason_texts(self, translate: Translate = untranslated) -> list[str]:
        return [reason.render(translate) for reason in (*self.reasons, *self.notices)]

    def as_json(self, translate: Translate = untranslated) -> dict[str, object]:
        return {
            "verdict": str(self.verdict),
            "headline": self.headline(translate),
            "sender": self.sender,
            "reasons": self.reason_texts(translate),
            "findings": [
                {
                    "kind": finding.kind,
                    "value": finding.value,
                    "verdict": finding.verdict,
                    "not_from_kraken": finding.decisive,
                    "reasons": [reason.render(translate) for reason in finding.reasons],
                }
                for finding in self.findings
            ],
        }


def check_email(
    read: ReadEmail,
    *,
    region: str = "US",
    official_numbers: Sequence[str] = (),
    tampered_numbers: Sequence[str] = (),
    scam_reports: ScamReports = no_reports,
    kraken_keys: Sequence[KrakenKey] = (),
    pinned: str | None = None,
    language: str = "en",
) -> EmailCheck:
    """Run every check and combine them; anything wrong outweighs anything that passed.

    `language` is the one the reasons quoting Kraken's rules are given in.
    """
    pinned = pinned or pinned_fingerprint()
    message = read.message
    senders = check_sender_headers(
        _from_addresses(message),
        [a for v in all_header_texts(message, "reply-to") for a in _addresses(v)],
        [a for v in all_header_texts(message, "return-path")[:1] for a in _addresses(v)],
    )
    sender = senders.sender
    findings: list[Finding] = []
    provider = check_provider(_headers(read), sender.domain) if sender.domain else None
    dmarc_passed = provider is not None and provider.verdict is ProviderVerdict.PASSED
    sender_pairs = [
        (text, values)
        for text, values in senders.problems
        # Kraken's SPF names Zendesk and Mailgun, whose bounce addresses are their own: once
        # the provider's DMARC check passed for Kraken, the Return-Path proves nothing either way.
        if not (dmarc_passed and text == R_RETURN_ELSEWHERE)
    ]
    sender_problems = [Reason(text, values) for text, values in sender_pairs]
    if sender.address:
        address_reasons = tuple(Reason.of(r, domain=sender.domain) for r in sender.reasons)
        decisive_sender = sender.verdict in (
            SenderVerdict.LOOKALIKE,
            SenderVerdict.UNLISTED_KRAKEN_DOMAIN,
            SenderVerdict.UNRELATED,
        ) or bool(sender_pairs)
        findings.append(
            Finding(
                Kind.ADDRESS,
                sender.address,
                str(sender.verdict),
                (*sender_problems, *address_reasons),
                decisive_sender,
            )
        )

    scan = scan_body(
        read.plain,
        read.html,
        region=region,
        official=official_numbers,
        scam_reports=scam_reports,
        tampered=tampered_numbers,
        language=language,
    )
    findings.extend(scan.findings)
    # The subject is never covered by a signature: what it holds is checked on its own.
    subject = scan_body(
        header_text(message, "subject")[:2000],
        "",
        region=region,
        official=official_numbers,
        scam_reports=scam_reports,
        tampered=tampered_numbers,
        language=language,
    )
    known = {(f.kind, f.value) for f in findings}
    findings.extend(f for f in subject.findings if (f.kind, f.value) not in known)
    subject_items = any(f.verdict != "official" for f in subject.findings)
    findings.extend(attachment_findings(read.attachments, read.html))
    check = _combine(
        read, senders, provider, findings, kraken_keys, pinned, dmarc_passed, subject_items
    )
    return check if scan.complete and read.complete else _partly_read(check)


def _partly_read(check: EmailCheck) -> EmailCheck:
    """Say that part was not read; what was not read may hold the trick, so never trust."""
    from dataclasses import replace

    verdict = EmailVerdict.CANNOT_TELL if check.trusting else check.verdict
    reasons = list(check.reasons)
    if verdict is not check.verdict:
        reasons.append(Reason(HOW_TO_GET_SOURCE))
    reasons.insert(
        0 if verdict is EmailVerdict.CANNOT_TELL else len(reasons) - 1, Reason(R_PARTLY_READ)
    )
    return replace(check, verdict=verdict, reasons=tuple(reasons), partly_read=True)


def _combine(
    read: ReadEmail,
    senders: SenderHeaders,
    provider: ProviderCheck | None,
    findings: list[Finding],
    kraken_keys: Sequence[KrakenKey],
    pinned: str,
    dmarc_passed: bool,
    subject_items: bool = False,
) -> EmailCheck:
    """The verdict from the sender, the signature, the provider's check and the findings."""
    check = _combine_checks(read, senders, provider, findings, kraken_keys, pinned, dmarc_passed)
    if not check.trusting:
        return check
    # What no signature or provider check vouches for withholds trust, and says why.
    withheld = [
        reason
        for f in findings
        if f.kind == Kind.ATTACHMENT and not f.decisive
        for reason in f.reasons[:1]
    ]
    if check.verdict is EmailVerdict.SIGNED_BY_KRAKEN and subject_items:
        withheld.insert(0, Reason(R_SUBJECT_NOT_SIGNED))
    if not withheld:
        return check
    return EmailCheck(
        EmailVerdict.CANNOT_TELL,
        (*withheld, *check.reasons),
        check.findings,
        check.notices,
        check.sender,
    )


def _combine_checks(
    read: ReadEmail,
    senders: SenderHeaders,
    provider: ProviderCheck | None,
    findings: list[Finding],
    kraken_keys: Sequence[KrakenKey],
    pinned: str,
    dmarc_passed: bool,
) -> EmailCheck:
    sender = senders.sender
    problems: list[Reason] = []
    sender_problems = [
        Reason(text, values)
        for text, values in senders.problems
        if not (dmarc_passed and text == R_RETURN_ELSEWHERE)
    ]
    content_problems = [
        r for f in findings if f.decisive and f.kind != Kind.ADDRESS for r in f.reasons[:1]
    ]

    if read.forwarded:
        reasons = [Reason(R_FORWARDED), *content_problems]
        verdict = EmailVerdict.NOT_FROM_KRAKEN if content_problems else EmailVerdict.CANNOT_TELL
        if verdict is EmailVerdict.CANNOT_TELL:
            reasons.append(Reason(HOW_TO_GET_SOURCE))
        return EmailCheck(verdict, tuple(reasons), tuple(findings), read.notices, sender.address)

    official_sender = sender.verdict is SenderVerdict.OFFICIAL_DOMAIN
    if sender.verdict is SenderVerdict.INVALID:
        problems.extend(Reason(r) for r in sender.reasons)
    elif not official_sender:
        problems.extend(Reason.of(r, domain=sender.domain) for r in sender.reasons)
    problems.extend(sender_problems)

    signature = check_signature(read, kraken_keys, pinned)
    if signature.verdict in (
        SignatureVerdict.BAD,
        SignatureVerdict.OTHER_KEY,
        SignatureVerdict.UNREADABLE,
    ):
        problems.extend(signature.reasons)

    if provider is not None and provider.verdict is ProviderVerdict.FAILED:
        problems.extend(provider.reasons)
    problems.extend(content_problems)

    if sender.verdict is SenderVerdict.INVALID and not problems[1:]:
        reasons = [*problems, Reason(HOW_TO_GET_SOURCE)]
        return EmailCheck(
            EmailVerdict.CANNOT_TELL, tuple(reasons), tuple(findings), read.notices, sender.address
        )
    if problems:
        reasons = [*dict.fromkeys(problems), Reason(R_CALL_IS_SCAM)]
        return EmailCheck(
            EmailVerdict.NOT_FROM_KRAKEN,
            tuple(reasons),
            tuple(findings),
            read.notices,
            sender.address,
        )
    assert official_sender
    address_note = Reason.of(sender.reasons[0], domain=sender.domain)
    if signature.verdict is SignatureVerdict.VALID:
        reasons = [*signature.reasons]
        if provider is not None and provider.verdict is ProviderVerdict.PASSED:
            reasons.extend(provider.reasons)
        return EmailCheck(
            EmailVerdict.SIGNED_BY_KRAKEN,
            tuple(reasons),
            tuple(findings),
            read.notices,
            sender.address,
        )
    missing: list[Reason] = []
    if signature.verdict is SignatureVerdict.PARTIAL:
        reasons = [*signature.reasons, address_note, Reason(HOW_TO_GET_SOURCE)]
        return EmailCheck(
            EmailVerdict.CANNOT_TELL, tuple(reasons), tuple(findings), read.notices, sender.address
        )
    if signature.verdict in (SignatureVerdict.NO_KEY, SignatureVerdict.OTHER_ISSUER):
        missing.extend(signature.reasons)
    if provider is not None and provider.verdict is ProviderVerdict.PASSED and read.has_body:
        reasons = [*provider.reasons, *missing]
        return EmailCheck(
            EmailVerdict.PASSED_PROVIDER_CHECKS,
            tuple(reasons),
            tuple(findings),
            read.notices,
            sender.address,
        )
    if provider is not None:
        missing.extend(provider.reasons if provider.verdict is not ProviderVerdict.PASSED else ())
    if not read.has_body:
        missing.append(Reason(R_NO_BODY_NO_PROOF))
    if signature.verdict is SignatureVerdict.OTHER_ISSUER:
        reasons = [*missing, address_note, Reason(HOW_TO_GET_SOURCE)]
    else:
        reasons = [address_note, *missing, Reason(HOW_TO_GET_SOURCE)]
    return EmailCheck(
        EmailVerdict.CANNOT_TELL, tuple(reasons), tuple(findings), read.notices, sender.address
    )


def _headers(read: ReadEmail) -> list[tuple[str, str]]:
    out = []
    for name, value in read.message.raw_items():
        try:
            out.append((str(name), utf8_text(str(value))))
        except Exception:
            out.append((str(name), ""))
    return out


def _from_addresses(message: object) -> list[tuple[str, str]]:
    """(display name, address) of each From address, the address being the one mail goes to.

    A From the parser finds damaged, such as `support@kraken.com <evil@evil.com>`, is read as
    mail services read it: the <...> part is the real address and the rest is only a name, so
    the display-name check sees the trick. A damaged From whose real address cannot be told
    gives an empty address, which is judged "not an address".
    """
    from email.message import Message

    assert isinstance(message, Message)
    found: list[tuple[str, str]] = []
    try:
        headers = message.get_all("from") or []
        raw = [str(v) for k, v in message.raw_items() if str(k).lower() == "from"]
        for at, header in enumerate(headers):
            addresses = getattr(header, "addresses", None)
            if addresses is None:
                found.extend(("", a) for a in _addresses(utf8_text(str(header))))
                continue
            if getattr(header, "defects", ()):
                found.extend(_damaged_from(utf8_text(raw[at] if at < len(raw) else "")))
                continue
            for address in addresses:
                if isinstance(address, Address):
                    found.append((utf8_text(address.display_name), utf8_text(address.addr_spec)))
    except Exception:
        return []
    return found


_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
_COMMENT = re.compile(r"\([^()]*\)")
_ANGLE = re.compile(r"<([^<>]*)>")


def _damaged_from(value: str) -> list[tuple[str, str]]:
    """One (name, address) for a From the parser found damaged: its single <address>."""
    text = " ".join(value.split())
    bare = _QUOTED.sub(" ", text)
    for _ in range(3):
        bare = _COMMENT.sub(" ", bare)
    angles = list(_ANGLE.finditer(bare))
    if len(angles) == 1 and not bare[angles[0].end() :].strip(" ,;"):
        address = angles[0].group(1).strip()
        name = _decoded(text[: text.rfind("<")].strip().strip('"').strip())
        return [(name, address)]
    plain = bare.strip()
    if not angles and plain.count("@") == 1 and " " not in plain and "," not in plain:
        return [("", plain)]
    return [("", "")]


def _decoded(name: str) -> str:
    from email.header import decode_header, make_header

    try:
        return str(make_header(decode_header(name)))
    except Exception:
        return name


def _addresses(value: str) -> list[str]:
    from email.utils import getaddresses

    try:
        return [addr for _, addr in getaddresses([value]) if addr]
    except Exception:
        return []

"""DKIM checked against the sender's DNS: a network request made only when the person asks."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from kraken_guard.core.email.reading import ReadEmail
from kraken_guard.core.email.reasons import Reason
from kraken_guard.core.email.senders import is_kraken_domain
from kraken_guard.core.email.verdict import EmailCheck, EmailVerdict
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP

# dkimpy's DNS hook: (name, timeout) -> the TXT record's bytes, or None.
TxtLookup = Callable[..., bytes | None]

R_PASS = QT_TRANSLATE_NOOP(
    "email_dkim",
    "Checked online just now: {domain} signed this email (DKIM), and it was not changed since.",
)
R_FAIL = QT_TRANSLATE_NOOP(
    "email_dkim",
    "Checked online just now: the {domain} signature (DKIM) does not match. The email was "
    "changed, or the key was replaced since it was sent.",
)
R_PART = QT_TRANSLATE_NOOP(
    "email_dkim",
    "The {domain} signature (DKIM) does not cover the whole email: the sender, subject, reply "
    "address and all of the text. Someone could have changed the rest, so it was not used.",
)
R_NOT_USED = QT_TRANSLATE_NOOP(
    "email_dkim",
    "The online check cannot settle this email: part of it was not read, or the signature is "
    "not for the sender's Kraken address.",
)
HEADLINE_DKIM = QT_TRANSLATE_NOOP(
    "email_dkim",
    "Use your bookmark, not this email's links. The DKIM signature checked online is Kraken's. "
    "That is strong, but not proof.",
)
R_NONE = QT_TRANSLATE_NOOP("email_dkim", "The email has no DKIM signature to check online.")
R_ERROR = QT_TRANSLATE_NOOP(
    "email_dkim",
    "The online check could not be done (no connection, or the name server did not answer). "
    "Nothing was changed.",
)

_TAG = re.compile(rb"(?:^|;)\s*([a-z]+)\s*=\s*([^;]*)", re.IGNORECASE)
MUST_SIGN = ("from", "subject")


class DkimVerdict(StrEnum):
    PASSED = "passed"
    PARTIAL = "partial"  # l= tag, or From, Subject or Reply-To left out of h=
    FAILED = "failed"
    NO_SIGNATURE = "no_signature"
    ERROR = "error"


@dataclass(frozen=True)
class DkimCheck:
    verdict: DkimVerdict
    domain: str
    reason: Reason


def check_dkim_online(read: ReadEmail, dnsfunc: TxtLookup | None = None) -> DkimCheck:
    """Verify the first DKIM signature; `dnsfunc` replaces DNS in tests (pinned keys)."""
    import dkim

    signature = read.message.get("DKIM-Signature")
    if signature is None:
        return DkimCheck(DkimVerdict.NO_SIGNATURE, "", Reason(R_NONE))
    raw = " ".join(str(signature).split()).encode("utf-8", "replace")
    tags = {m.group(1).lower(): m.group(2).strip() for m in _TAG.finditer(raw)}
    domain = tags.get(b"d", b"").decode("ascii", "replace").lower()
    signed = {h.strip().lower() for h in tags.get(b"h", b"").decode("ascii", "replace").split(":")}
    needed = {*MUST_SIGN, *(("reply-to",) if read.message.get("Reply-To") is not None else ())}
    if b"l" in tags or not needed <= signed:
        return DkimCheck(DkimVerdict.PARTIAL, domain, Reason.of(R_PART, domain=domain))
    try:
        if dnsfunc is None:
            ok = dkim.verify(read.raw, timeout=5)
        else:
            ok = dkim.verify(read.raw, dnsfunc=dnsfunc, timeout=5)
    except Exception:
        return DkimCheck(DkimVerdict.ERROR, domain, Reason(R_ERROR))
    if ok:
        return DkimCheck(DkimVerdict.PASSED, domain, Reason.of(R_PASS, domain=domain))
    return DkimCheck(DkimVerdict.FAILED, domain, Reason.of(R_FAIL, domain=domain))


def with_dkim(check: EmailCheck, dkim_check: DkimCheck, from_domain: str) -> EmailCheck:
    """Add the online result; a pass for the sender's Kraken domain can settle "cannot tell".

    The settled verdict says in its own words that the DKIM check passed, not the mail service.
    """
    reasons = (*check.reasons, dkim_check.reason)
    aligned = bool(dkim_check.domain) and (
        from_domain == dkim_check.domain or from_domain.endswith("." + dkim_check.domain)
    )
    if check.verdict is not EmailVerdict.CANNOT_TELL or dkim_check.verdict is not (
        DkimVerdict.PASSED
    ):
        return replace(check, reasons=reasons)
    if (
        aligned
        and not check.partly_read
        and is_kraken_domain(from_domain)
        and check.findings
        and check.findings[0].verdict == "official_domain"
        and not any(f.decisive for f in check.findings)
    ):
        return replace(
            check,
            verdict=EmailVerdict.PASSED_PROVIDER_CHECKS,
            reasons=(dkim_check.reason, *check.reasons),
            headline_text=HEADLINE_DKIM,
        )
    return replace(check, reasons=(*reasons, Reason(R_NOT_USED)))

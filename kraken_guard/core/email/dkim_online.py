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
R_NONE = QT_TRANSLATE_NOOP("email_dkim", "The email has no DKIM signature to check online.")
R_ERROR = QT_TRANSLATE_NOOP(
    "email_dkim",
    "The online check could not be done (no connection, or the name server did not answer). "
    "Nothing was changed.",
)

_D_TAG = re.compile(rb"(?:^|;)\s*d\s*=\s*([^;\s]+)", re.IGNORECASE)


class DkimVerdict(StrEnum):
    PASSED = "passed"
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
    raw = str(signature).encode("utf-8", "replace")
    found = _D_TAG.search(raw)
    domain = found.group(1).decode("ascii", "replace").lower() if found else ""
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
    """Add the online result; a pass for the sender's Kraken domain can settle "cannot tell"."""
    reasons = (*check.reasons, dkim_check.reason)
    aligned = bool(dkim_check.domain) and (
        from_domain == dkim_check.domain or from_domain.endswith("." + dkim_check.domain)
    )
    if (
        check.verdict is EmailVerdict.CANNOT_TELL
        and dkim_check.verdict is DkimVerdict.PASSED
        and aligned
        and is_kraken_domain(from_domain)
        and check.findings
        and check.findings[0].verdict == "official_domain"
        and not any(f.decisive for f in check.findings)
    ):
        return replace(check, verdict=EmailVerdict.PASSED_PROVIDER_CHECKS, reasons=reasons)
    return replace(check, reasons=reasons)

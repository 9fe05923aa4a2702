"""The user's own mail provider's verdict: only the topmost Authentication-Results it added."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from kraken_guard.core.content import load_content
from kraken_guard.core.email.reasons import Reason
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP

CONTENT_NAME = "email_providers"
MAX_HEADERS = 50
MAX_HEADER_CHARS = 8000

R_PASS = QT_TRANSLATE_NOOP(
    "email_provider",
    "Your mail service ({provider}) checked that this email really came from {domain} "
    "(DMARC passed). This is strong, but not proof.",
)
R_FAIL = QT_TRANSLATE_NOOP(
    "email_provider",
    "Your mail service ({provider}) found that this email did NOT really come from {domain} "
    "({method} {result}). Kraken's real email always passes this check.",
)
R_NOT_ALIGNED = QT_TRANSLATE_NOOP(
    "email_provider",
    "Your mail service ({provider}) checked a different domain ({checked}), not the sender's "
    "{domain}. That does not show this email came from Kraken.",
)
R_MISSING = QT_TRANSLATE_NOOP(
    "email_provider",
    "The email has no check result from your mail service (no Authentication-Results line). "
    "It may not be the full source.",
)
R_UNKNOWN_PROVIDER = QT_TRANSLATE_NOOP(
    "email_provider",
    "The top check result was written by {provider}, which Kraken Guard does not know as a mail "
    "service. A sender can write such lines, so they were not trusted.",
)
R_UNREADABLE = QT_TRANSLATE_NOOP(
    "email_provider",
    "Your mail service's check result could not be read, so it was not used.",
)
R_NO_RESULT = QT_TRANSLATE_NOOP(
    "email_provider",
    "Your mail service ({provider}) did not say whether this email really came from {domain}.",
)


class ProviderVerdict(StrEnum):
    PASSED = "passed"  # DMARC (or aligned DKIM) pass for the From domain
    FAILED = "failed"  # the provider says the From domain did not send it
    NOT_ALIGNED = "not_aligned"  # a pass, but for another domain
    NO_RESULT = "no_result"  # the provider's header says nothing about DMARC or DKIM
    MISSING = "missing"  # no Authentication-Results at all
    UNTRUSTED = "untrusted"  # the topmost one is not from a known mail provider
    UNREADABLE = "unreadable"


@dataclass(frozen=True)
class ProviderCheck:
    verdict: ProviderVerdict
    provider: str
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class _Result:
    method: str
    result: str
    props: dict[str, str]


@cache
def known_providers() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(authserv-id pattern, name, hosts that write its Received lines): the services trusted.

    A host entry is a domain (that host or any host under it, on label boundaries), or a
    pattern with * (any run of characters but a dot) for the service's internal hops.
    """
    return tuple(
        (item.id.lower(), item.title, tuple(str(h).lower() for h in item.extra.get("received", ())))
        for item in load_content(CONTENT_NAME).items
    )


def provider_name(authserv_id: str, received_above: list[str]) -> str:
    """The provider a topmost authserv-id belongs to, or "" when it is not a known one.

    The provider's own servers must have written every Received line above it, from the
    topmost line of the message down: a sender cannot put lines above the ones the user's own
    provider adds on arrival, but can write any lines below them. At least one of those lines
    must name the provider's domain, not only an internal hop.
    """
    ident = authserv_id.lower().strip() or "outlook.com"  # Outlook.com writes no authserv-id
    if not received_above:
        return ""
    for pattern, name, hosts in known_providers():
        matches = ident.endswith(pattern[1:]) if pattern.startswith("*.") else ident == pattern
        if matches and _all_written_by(received_above, hosts):
            return name
    return ""


def _all_written_by(received: list[str], hosts: tuple[str, ...]) -> bool:
    """Every line's "by" host is the provider's; an unnamed hop counts when the line above
    (already the provider's) says the mail came from it."""
    named = False
    came_from = ""
    for value in received:
        sender, receiver = received_hosts(value)
        by_domain = any(_under(receiver, host) for host in hosts if "*" not in host)
        by_pattern = any(_pattern(host).fullmatch(receiver) for host in hosts if "*" in host)
        if not (by_domain or by_pattern or (receiver and receiver == came_from)):
            return False
        named = named or by_domain
        came_from = sender
    return named


def received_hosts(value: str) -> tuple[str, str]:
    """The (from, by) hosts of one Received line; comments, where a sender's words go, dropped."""
    words = _clean(value).split(";", 1)[0].split()
    lowered = [w.lower() for w in words]
    sender = ""
    start = 0
    if lowered[:1] == ["from"]:
        sender = _host(lowered[1]) if len(lowered) > 1 else ""
        start = 2  # the word after "from" is the sender's own name: it may even be "by"
    for at in range(start, len(lowered) - 1):
        if lowered[at] == "by":
            return sender, _host(lowered[at + 1])
    return sender, ""


def _host(word: str) -> str:
    return word.strip("[]").rstrip(".")


def _under(host: str, domain: str) -> bool:
    return bool(host) and (host == domain or host.endswith("." + domain))


@cache
def _pattern(glob: str) -> re.Pattern[str]:
    return re.compile("[^.]*".join(re.escape(part) for part in glob.split("*")))


def check_provider(
    headers: list[tuple[str, str]],
    from_domain: str,
) -> ProviderCheck:
    """Judge the provider's verdict from the message's headers (name, value), top to bottom.

    Only the topmost Authentication-Results block is read: the run of such headers at the top
    that share one provider, ending at the next Received line. Lower ones may be the sender's.
    """
    domain = from_domain.lower().rstrip(".")
    received_above: list[str] = []
    block: list[str] = []
    provider = ""
    started = False
    for name, value in headers[:500]:
        lname = name.lower()
        if lname == "received":
            if started:
                break
            received_above.append(value)
        elif lname == "authentication-results":
            ident = _authserv_id(value)
            this = provider_name(ident, received_above) or (ident or "?")
            if not started:
                started, provider = True, this
            elif this != provider:
                break
            block.append(value)
            if len(block) >= MAX_HEADERS:
                break
    if not block:
        return ProviderCheck(ProviderVerdict.MISSING, "", (Reason(R_MISSING),))
    known = provider_name(_authserv_id(block[0]), received_above)
    if not known:
        shown = _authserv_id(block[0]) or "?"
        return ProviderCheck(
            ProviderVerdict.UNTRUSTED, shown, (Reason.of(R_UNKNOWN_PROVIDER, provider=shown[:80]),)
        )
    results: list[_Result] = []
    for value in block:
        parsed = _parse(value)
        if parsed is None:
            return ProviderCheck(ProviderVerdict.UNREADABLE, known, (Reason(R_UNREADABLE),))
        results.extend(parsed)
    return _judge(results, known, domain)


def _judge(results: list[_Result], provider: str, domain: str) -> ProviderCheck:
    dmarc = [r for r in results if r.method == "dmarc"]
    dkim = [r for r in results if r.method == "dkim"]
    for r in dmarc:
        checked = r.props.get("header.from", domain).lower()
        # Only "fail" says the domain did not send it; temperror/permerror say nothing.
        if r.result == "fail" and _aligned(checked, domain):
            return _fail(provider, domain, "DMARC", r.result)
    for r in dmarc:
        checked = r.props.get("header.from", "").lower()
        if r.result == "pass" and checked == domain:
            return ProviderCheck(
                ProviderVerdict.PASSED,
                provider,
                (Reason.of(R_PASS, provider=provider, domain=domain),),
            )
    aligned_dkim = [r for r in dkim if _aligned(_dkim_domain(r), domain)]
    if any(r.result == "fail" for r in aligned_dkim) and not any(
        r.result == "pass" for r in aligned_dkim
    ):
        return _fail(provider, domain, "DKIM", "fail")
    if not dmarc and any(r.result == "pass" for r in aligned_dkim):
        return ProviderCheck(
            ProviderVerdict.PASSED, provider, (Reason.of(R_PASS, provider=provider, domain=domain),)
        )
    checked = next(
        (r.props.get("header.from", "") for r in dmarc if r.result == "pass"),
        next((_dkim_domain(r) for r in dkim if r.result == "pass"), ""),
    )
    if checked:
        return ProviderCheck(
            ProviderVerdict.NOT_ALIGNED,
            provider,
            (Reason.of(R_NOT_ALIGNED, provider=provider, checked=checked, domain=domain),),
        )
    return ProviderCheck(
        ProviderVerdict.NO_RESULT,
        provider,
        (Reason.of(R_NO_RESULT, provider=provider, domain=domain),),
    )


def _fail(provider: str, domain: str, method: str, result: str) -> ProviderCheck:
    reason = Reason.of(R_FAIL, provider=provider, domain=domain, method=method, result=result)
    return ProviderCheck(ProviderVerdict.FAILED, provider, (reason,))


def _aligned(checked: str, domain: str) -> bool:
    """Relaxed alignment: the same domain, or one inside the other's organisational domain."""
    checked = checked.lower().strip().lstrip("@").rstrip(".")
    if not checked or not domain:
        return False
    return checked == domain or domain.endswith("." + checked) or checked.endswith("." + domain)


def _dkim_domain(result: _Result) -> str:
    if "header.d" in result.props:
        return result.props["header.d"]
    return result.props.get("header.i", "").rpartition("@")[2]


_COMMENT = re.compile(r"\([^()]*\)")


def _clean(value: str) -> str:
    text = " ".join(value[:MAX_HEADER_CHARS].split())
    for _ in range(3):
        text = _COMMENT.sub(" ", text)
    return text.strip().rstrip(";").strip()


def _authserv_id(value: str) -> str:
    first = _clean(value).split(";", 1)[0].strip()
    if "=" in first:
        return ""  # Outlook.com: no authserv-id, results start at once
    return first.split(" ", 1)[0][:255]


def _parse(value: str) -> list[_Result] | None:
    """Parse one Authentication-Results value with authres; None when it cannot be read."""
    import authres

    text = _clean(value)
    if "=" in text.split(";", 1)[0]:
        text = "outlook.com; " + text
    try:
        header = authres.AuthenticationResultsHeader.parse_value(text)
    except Exception:
        return None
    found = []
    for result in header.results:
        props = {
            f"{p.type}.{p.name}".lower(): str(p.value).lower()
            for p in getattr(result, "properties", [])
            if p.value is not None
        }
        found.append(_Result(str(result.method).lower(), str(result.result).lower(), props))
    return found

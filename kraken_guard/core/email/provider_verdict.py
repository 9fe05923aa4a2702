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
    "(DMARC passed). This is strong, but not proof. It holds only for an email you saved "
    "from your own mailbox, not a file someone sent you. To be sure, check the DKIM "
    "signature online.",
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
R_NOT_DELIVERED = QT_TRANSLATE_NOOP(
    "email_provider",
    "The check result says it is from {provider}, but the lines {provider} adds when it "
    "delivers an email are not above it. A sender can write such lines, so it was not trusted.",
)
R_TAMPERED = QT_TRANSLATE_NOOP(
    "email_provider",
    "Do not trust the check results in this email. Besides the one {provider} wrote, there is "
    "another that claims to be from {provider}, or a check is given twice. A sender adds such "
    "lines to look checked.",
)
R_TOO_MANY_HEADERS = QT_TRANSLATE_NOOP(
    "email_provider",
    "The email has more than {count} lines at its top before any check result, so your mail "
    "service's check could not be found. Real emails have far fewer. Treat it as suspicious.",
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
    NOT_DELIVERED = "not_delivered"  # a known provider's name, without its delivery lines
    TAMPERED = "tampered"  # more results claim the provider than it writes
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


@dataclass(frozen=True)
class Provider:
    """One mail service as it writes its lines on delivery (resources/content/email_providers)."""

    authserv_id: str  # exact, or "*.domain" for any of its hosts
    name: str
    hosts: tuple[str, ...]  # hosts that write its Received lines
    hops: int = 1  # its own Received lines above its check line, at least
    one_line: bool = False  # it writes a single Authentication-Results line
    above: bool = False  # its check lines come above its own Received line (Postfix style)
    delivery: tuple[tuple[str, ...], ...] = ()  # headers above its lines: one of each group

    def claims(self, authserv_id: str) -> bool:
        ident = authserv_id.lower().strip() or "outlook.com"  # Outlook.com writes no authserv-id
        pattern = self.authserv_id
        return ident.endswith(pattern[1:]) if pattern.startswith("*.") else ident == pattern


@cache
def known_providers() -> tuple[Provider, ...]:
    """The mail services trusted, with how each writes its lines when it delivers an email.

    A host entry is a domain (that host or any host under it, on label boundaries), or a
    pattern with * (any run of characters but a dot) for the service's internal hops.
    """
    return tuple(
        Provider(
            item.id.lower(),
            item.title,
            tuple(str(h).lower() for h in item.extra.get("received", ())),
            int(item.extra.get("hops", 1)),
            bool(item.extra.get("one_line", False)),
            bool(item.extra.get("above", False)),
            tuple(
                tuple(str(name).lower() for name in group)
                for group in item.extra.get("delivery", ())
            ),
        )
        for item in load_content(CONTENT_NAME).items
    )


def provider_name(authserv_id: str, received_above: list[str]) -> str:
    """The provider a topmost authserv-id belongs to, or "" when it is not a known one.

    The provider's own servers must have written every Received line above it, from the
    topmost line of the message down: a sender cannot put lines above the ones the user's own
    provider adds on arrival, but can write any lines below them. At least one of those lines
    must name the provider's domain, not only an internal hop.
    """
    if not received_above:
        return ""
    for provider in known_providers():
        if provider.claims(authserv_id) and _all_written_by(received_above, provider.hosts):
            return provider.name
    return ""


def _claimed(authserv_id: str) -> Provider | None:
    return next((p for p in known_providers() if p.claims(authserv_id)), None)


def _all_written_by(received: list[str], hosts: tuple[str, ...]) -> bool:
    """Every line's "by" host is the provider's; an unnamed hop counts when the line above
    (already the provider's) says the mail came from it."""
    named = False
    came_from = ""
    for value in received:
        sender, receiver = received_hosts(value)
        by_domain = any(_under(receiver, host) for host in hosts if "*" not in host)
        by_pattern = any(_pattern(host).fullmatch(receiver) for host in hosts if "*" in host)
        # A line with no "by" at all, from one of the provider's hosts (a filter on that host).
        own_filter = not receiver and any(_under(sender, host) for host in hosts if "*" not in host)
        if not (by_domain or by_pattern or own_filter or (receiver and receiver == came_from)):
            return False
        named = named or by_domain or own_filter
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


MAX_TOP_HEADERS = 500


def check_provider(
    headers: list[tuple[str, str]],
    from_domain: str,
) -> ProviderCheck:
    """Judge the provider's verdict from the message's headers (name, value), top to bottom.

    Only the lines the user's own provider writes are read, where it writes them: the topmost
    Authentication-Results names the provider, its own Received lines (and the headers it adds
    on every delivery) must be above it, and it must be the provider's only result. Any other
    result claiming that provider, or a check given twice, means a sender wrote lines to look
    checked: then nothing is trusted. A fail the provider wrote still counts.
    """
    domain = from_domain.lower().rstrip(".")
    names = [name.lower() for name, _ in headers]
    first = next(
        (at for at, name in enumerate(names[:MAX_TOP_HEADERS]) if name == "authentication-results"),
        None,
    )
    if first is None:
        if names[:MAX_TOP_HEADERS].count("received") >= MAX_TOP_HEADERS - 50:
            reason = Reason.of(R_TOO_MANY_HEADERS, count=str(MAX_TOP_HEADERS))
            return ProviderCheck(ProviderVerdict.MISSING, "", (reason,))
        return ProviderCheck(ProviderVerdict.MISSING, "", (Reason(R_MISSING),))
    ident = _authserv_id(headers[first][1])
    provider = _claimed(ident)
    if provider is None:
        shown = ident or "?"
        top = _parse(headers[first][1]) or []
        failed = _failed(top, shown[:80], domain)
        if failed is not None:
            return failed
        return ProviderCheck(
            ProviderVerdict.UNTRUSTED, shown, (Reason.of(R_UNKNOWN_PROVIDER, provider=shown[:80]),)
        )
    block_end = first + 1
    if not provider.one_line:
        while (
            block_end < len(headers)
            and names[block_end] == "authentication-results"
            and provider.claims(_authserv_id(headers[block_end][1]))
            and block_end - first < MAX_HEADERS
        ):
            block_end += 1
    results: list[_Result] = []
    for _, value in headers[first:block_end]:
        parsed = _parse(value)
        if parsed is None:
            return ProviderCheck(ProviderVerdict.UNREADABLE, provider.name, (Reason(R_UNREADABLE),))
        results.extend(parsed)
    failed = _failed(results, provider.name, domain)
    if failed is not None:
        return failed
    if not _delivered(provider, headers, names, first, block_end):
        reason = Reason.of(R_NOT_DELIVERED, provider=provider.name)
        return ProviderCheck(ProviderVerdict.NOT_DELIVERED, provider.name, (reason,))
    if _tampered(provider, headers, names, first, block_end, results):
        reason = Reason.of(R_TAMPERED, provider=provider.name)
        return ProviderCheck(ProviderVerdict.TAMPERED, provider.name, (reason,))
    return _judge(results, provider.name, domain)


def _delivered(
    provider: Provider, headers: list[tuple[str, str]], names: list[str], first: int, end: int
) -> bool:
    """The provider's own lines are where it writes them on every delivery it makes."""
    received = [
        value
        for (_, value), name in zip(headers[:first], names, strict=False)
        if name == "received"
    ]
    if provider.above:
        if received:
            return False
        below = next((at for at in range(end, len(names)) if names[at] == "received"), None)
        if below is None:
            return False
        received = [headers[below][1]]
    if len(received) < provider.hops or not _all_written_by(received, provider.hosts):
        return False
    above = set(names[:first])
    return all(any(name in above for name in group) for group in provider.delivery)


def _tampered(
    provider: Provider,
    headers: list[tuple[str, str]],
    names: list[str],
    first: int,
    end: int,
    results: list[_Result],
) -> bool:
    """Another result claims the provider, or its own lines give one check twice."""
    for method in ("dmarc", "spf"):
        if sum(r.method == method for r in results) > 1:
            return True
    return any(
        names[at] == "authentication-results" and provider.claims(_authserv_id(headers[at][1]))
        for at in range(len(headers))
        if not first <= at < end
    )


def _failed(results: list[_Result], provider: str, domain: str) -> ProviderCheck | None:
    """A DMARC fail for the sender's domain: no sender writes one, so it counts from anyone."""
    for r in results:
        checked = r.props.get("header.from", domain).lower()
        # Only "fail" says the domain did not send it; temperror/permerror say nothing.
        if r.method == "dmarc" and r.result == "fail" and _aligned(checked, domain):
            return _fail(provider, domain, "DMARC", r.result)
    return None


def _judge(results: list[_Result], provider: str, domain: str) -> ProviderCheck:
    dmarc = [r for r in results if r.method == "dmarc"]
    dkim = [r for r in results if r.method == "dkim"]
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

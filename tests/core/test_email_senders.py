"""The sender-domain rules shared by the email check and "check anything"."""

from __future__ import annotations

import pytest

from kraken_guard.core.email.senders import SenderVerdict, check_sender_address


@pytest.mark.parametrize(
    ("address", "verdict"),
    [
        ("support@kraken.com", SenderVerdict.OFFICIAL_DOMAIN),
        ("<noreply@email2.kraken.com>", SenderVerdict.OFFICIAL_DOMAIN),
        ("news@Marketing.Kraken.com", SenderVerdict.OFFICIAL_DOMAIN),
        ("security@alerts.kraken.com", SenderVerdict.UNLISTED_KRAKEN_DOMAIN),
        ("support@krakem.com", SenderVerdict.LOOKALIKE),
        ("help@kraken-support.com", SenderVerdict.LOOKALIKE),
        ("help@kraken.com.secure-mail.io", SenderVerdict.LOOKALIKE),
        ("grandma@gmail.com", SenderVerdict.UNRELATED),
        ("not an address", SenderVerdict.INVALID),
        ("a@b@kraken.com", SenderVerdict.INVALID),
        ("x" * 400 + "@kraken.com", SenderVerdict.INVALID),
    ],
)
def test_each_sender_gets_the_verdict_a_person_would_expect(
    address: str, verdict: SenderVerdict
) -> None:
    assert check_sender_address(address).verdict is verdict


def test_an_official_domain_is_never_presented_as_proof() -> None:
    reasons = check_sender_address("support@kraken.com").reasons
    assert any("proves nothing" in reason for reason in reasons)

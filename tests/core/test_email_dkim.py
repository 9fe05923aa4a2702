"""DKIM online: only on request, with DNS replaced here by the signer's own public key."""

from __future__ import annotations

import base64

import pytest

from kraken_guard.core.email.dkim_online import (
    DkimVerdict,
    TxtLookup,
    check_dkim_online,
    with_dkim,
)
from kraken_guard.core.email.reading import read_email
from kraken_guard.core.email.verdict import EmailVerdict, check_email
from tests.email_corpus.build_corpus import CORPUS


@pytest.fixture(scope="module")
def rsa_key() -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private, b"v=DKIM1; k=rsa; p=" + base64.b64encode(public)


def _signed(private: bytes, text: str, **options: object) -> bytes:
    import dkim

    body = text.replace("\n", "\r\n").encode()
    signature = dkim.sign(body, b"google", b"kraken.com", private, **options)  # type: ignore[arg-type]
    return signature + body


def _no_provider_source() -> str:
    return CORPUS["unclear_no_authentication_results.eml"]


def test_a_valid_kraken_dkim_signature_settles_cannot_tell(rsa_key: tuple[bytes, bytes]) -> None:
    private, record = rsa_key
    read = read_email(_signed(private, _no_provider_source()))
    before = check_email(read)
    assert before.verdict is EmailVerdict.CANNOT_TELL
    asked: list[str] = []

    def dns(name: bytes, timeout: int = 5) -> bytes:
        asked.append(name.decode())
        return record

    result = check_dkim_online(read, dnsfunc=dns)
    assert result.verdict is DkimVerdict.PASSED
    assert asked == ["google._domainkey.kraken.com."]
    after = with_dkim(before, result, "kraken.com")
    assert after.verdict is EmailVerdict.PASSED_PROVIDER_CHECKS
    # Its own words: the mail service checked nothing here.
    assert "DKIM signature checked online is Kraken's" in after.headline()
    assert "mail service" not in after.headline()
    assert "Checked online just now: kraken.com signed" in after.reason_texts()[0]


def test_a_changed_email_fails_dkim_and_is_never_upgraded(rsa_key: tuple[bytes, bytes]) -> None:
    private, record = rsa_key
    data = _signed(private, _no_provider_source()).replace(b"3 pm", b"9 pm")
    read = read_email(data)
    result = check_dkim_online(read, dnsfunc=lambda name, timeout=5: record)
    assert result.verdict is DkimVerdict.FAILED
    assert with_dkim(check_email(read), result, "kraken.com").verdict is EmailVerdict.CANNOT_TELL


def test_no_network_is_a_calm_message() -> None:
    read = read_email(
        (
            "DKIM-Signature: v=1; d=kraken.com; s=x; h=from:subject; bh=AA; b=AA\n"
            + CORPUS["genuine_gmail.eml"]
        ).encode()
    )

    def offline(name: bytes, timeout: int = 5) -> bytes:
        raise OSError("network is unreachable")

    result = check_dkim_online(read, dnsfunc=offline)
    assert result.verdict in (DkimVerdict.ERROR, DkimVerdict.FAILED)
    assert "Checked online" in result.reason.render() or "could not" in result.reason.render()


def test_an_email_without_dkim_says_so() -> None:
    read = read_email(_no_provider_source().encode())
    assert (
        check_dkim_online(read, dnsfunc=lambda n, timeout=5: None).verdict
        is DkimVerdict.NO_SIGNATURE
    )


def _dns(record: bytes) -> TxtLookup:
    return lambda name, timeout=5: record


@pytest.mark.parametrize(
    "options",
    [
        {"length": True},  # l=: text added after the signed part would still pass
        {"include_headers": [b"from", b"to", b"date"]},  # Subject not signed
    ],
    ids=["l_tag", "no_subject"],
)
def test_a_signature_that_leaves_part_of_the_email_unsigned_is_refused(
    rsa_key: tuple[bytes, bytes], options: dict[str, object]
) -> None:
    import dkim

    private, record = rsa_key
    data = _signed(private, _no_provider_source(), **options)
    read = read_email(data)
    assert dkim.verify(data, dnsfunc=_dns(record))  # dkimpy itself calls it valid
    result = check_dkim_online(read, dnsfunc=_dns(record))
    assert result.verdict is DkimVerdict.PARTIAL
    after = with_dkim(check_email(read), result, "kraken.com")
    assert after.verdict is EmailVerdict.CANNOT_TELL
    assert "does not cover the whole email" in " ".join(after.reason_texts())


def test_a_reply_to_left_out_of_the_signature_is_refused(rsa_key: tuple[bytes, bytes]) -> None:
    private, record = rsa_key
    source = _no_provider_source().replace("Subject:", "Reply-To: help@kraken.com\nSubject:")
    headers = [b"from", b"subject", b"to", b"date"]
    read = read_email(_signed(private, source, include_headers=headers))
    assert check_dkim_online(read, dnsfunc=_dns(record)).verdict is DkimVerdict.PARTIAL
    signed = read_email(_signed(private, source, include_headers=[*headers, b"reply-to"]))
    assert check_dkim_online(signed, dnsfunc=_dns(record)).verdict is DkimVerdict.PASSED


def test_a_partly_read_email_is_not_settled_by_dkim(rsa_key: tuple[bytes, bytes]) -> None:
    from kraken_guard.core.email.reading import MAX_BODY_CHARS

    private, record = rsa_key
    source = _no_provider_source() + "Markets moved today.\n" * (MAX_BODY_CHARS // 20)
    read = read_email(_signed(private, source))
    result = check_dkim_online(read, dnsfunc=_dns(record))
    assert result.verdict is DkimVerdict.PASSED
    after = with_dkim(check_email(read), result, "kraken.com")
    assert after.verdict is EmailVerdict.CANNOT_TELL


def test_a_signature_without_from_is_refused_before_any_lookup() -> None:
    # dkimpy will not make one; a sender can write one by hand.
    header = "DKIM-Signature: v=1; a=rsa-sha256; d=kraken.com; s=x; h=subject:to; bh=AA; b=AA\n"
    read = read_email((header + _no_provider_source()).encode())
    asked: list[bytes] = []
    result = check_dkim_online(read, dnsfunc=lambda name, timeout=5: asked.append(name))
    assert result.verdict is DkimVerdict.PARTIAL
    assert asked == []

"""DKIM online: only on request, with DNS replaced here by the signer's own public key."""

from __future__ import annotations

import base64

import pytest

from kraken_guard.core.email.dkim_online import DkimVerdict, check_dkim_online, with_dkim
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


def _signed(private: bytes, text: str) -> bytes:
    import dkim

    body = text.replace("\n", "\r\n").encode()
    signature = dkim.sign(body, b"google", b"kraken.com", private)
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


def test_a_changed_email_fails_dkim_and_is_never_upgraded(rsa_key: tuple[bytes, bytes]) -> None:
    private, record = rsa_key
    data = _signed(private, _no_provider_source()).replace(b"3 pm", b"9 pm")
    read = read_email(data)
    result = check_dkim_online(read, dnsfunc=lambda name, timeout=5: record)
    assert result.verdict is DkimVerdict.FAILED
    assert with_dkim(check_email(read), result, "kraken.com").verdict is EmailVerdict.CANNOT_TELL


def test_no_network_is_a_calm_message() -> None:
    read = read_email(
        ("DKIM-Signature: v=1; d=kraken.com; s=x; b=AA\n" + CORPUS["genuine_gmail.eml"]).encode()
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

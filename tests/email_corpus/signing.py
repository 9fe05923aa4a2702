"""Builds PGP/MIME-signed emails with a key generated for the tests (never Kraken's real key)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from tests.email_corpus.build_corpus import GENUINE_BODY, GMAIL_TOP, message

BOUNDARY = "kraken-signed-7f3a"
NO_PROVIDER_TOP = (
    "Received: from mail.example.org by mx.example.net; Tue, 1 Dec 2026 18:00:00 +0000\n"
)


@dataclass(frozen=True)
class SigningKey:
    secret: Any  # pysequoia.Tsk
    public_armored: str
    fingerprint: str  # upper-case hex, as the app stores it


KRAKEN_NAME = "Kraken Exchange <exchange@kraken.com>"


def signing_key(name: str = KRAKEN_NAME) -> SigningKey:
    """A fresh key per test run; `name` lets a test make a second, impostor key."""
    return _generated(name)


@cache
def _generated(name: str) -> SigningKey:
    import pysequoia

    secret = pysequoia.Tsk.generate(name)
    cert = secret.extract_certificate()
    return SigningKey(secret, str(cert), cert.fingerprint.upper())


def signed_email(
    key: SigningKey,
    *,
    body: str = GENUINE_BODY,
    top: str = GMAIL_TOP,
    tamper: bool = False,
    from_: str = "Kraken <no-reply@email2.kraken.com>",
    domain: str = "email2.kraken.com",
) -> bytes:
    """A multipart/signed email whose first part is signed byte for byte (CRLF)."""
    import pysequoia

    inner = (
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
        + body.replace("\n", "\r\n")
    )
    signature = pysequoia.sign(
        key.secret.signer(), inner.encode("utf-8"), mode=pysequoia.SignatureMode.DETACHED
    ).decode("ascii")
    if tamper:
        inner = inner.replace("3 pm", "9 pm")
    multipart = (
        f"--{BOUNDARY}\r\n{inner}\r\n--{BOUNDARY}\r\n"
        'Content-Type: application/pgp-signature; name="signature.asc"\r\n'
        'Content-Disposition: attachment; filename="signature.asc"\r\n\r\n'
        f"{signature}\r\n--{BOUNDARY}--\r\n"
    )
    text = message(
        top,
        from_=from_,
        domain=domain,
        content_type=(
            'multipart/signed; micalg=pgp-sha512; protocol="application/pgp-signature"; '
            f'boundary="{BOUNDARY}"'
        ),
        body="@BODY@",
    )
    head = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return head.replace("@BODY@", multipart).encode("utf-8")

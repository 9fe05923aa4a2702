"""Kraken's OpenPGP signature on an email, checked with Sequoia against the pinned key."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import Message
from enum import StrEnum
from functools import cache

from kraken_guard.core.content import load_content
from kraken_guard.core.email.reading import ReadEmail
from kraken_guard.core.email.reasons import Reason
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.trust.kinds import PGP_FINGERPRINT_KIND, PGP_KEY_KIND
from kraken_guard.core.trust.signed_items import TrustedItems

CONTENT_NAME = "kraken_pgp_key"
MAX_KEY_BYTES = 1024 * 1024
MAX_SIGNATURE_BYTES = 64 * 1024

R_VALID = QT_TRANSLATE_NOOP(
    "email_signature",
    "The email carries a valid signature made with Kraken's key (fingerprint {fingerprint}). "
    "This proves Kraken sent this text.",
)
R_BAD = QT_TRANSLATE_NOOP(
    "email_signature",
    "The email has a signature that claims Kraken's key, but it does not match the text. The "
    "email was changed or forged.",
)
R_OTHER_KEY = QT_TRANSLATE_NOOP(
    "email_signature",
    "The email is signed, but not with Kraken's key. Anyone can make a key with Kraken's name "
    "on it.",
)
R_PARTIAL = QT_TRANSLATE_NOOP(
    "email_signature",
    "Do not act on this email. Kraken's signature covers only part of it. Other text or files "
    "were added outside the signature, and anyone could have added them.",
)
R_OTHER_ISSUER = QT_TRANSLATE_NOOP(
    "email_signature",
    "Do not trust this signature. It was made by another key ({issuer}), not by Kraken's key "
    "({pinned}). Anyone can make a key with Kraken's name on it.",
)
R_UNREADABLE = QT_TRANSLATE_NOOP(
    "email_signature", "The email's signature is damaged and cannot be checked."
)
R_NO_KEY = QT_TRANSLATE_NOOP(
    "email_signature",
    "The email is signed, but Kraken's key has not been added to Kraken Guard, so the signature "
    "could not be checked. Add it once from Kraken's PGP signatures page.",
)
R_UNSIGNED = QT_TRANSLATE_NOOP(
    "email_signature",
    "The email has no Kraken signature. Kraken signs account notices and news, but not support "
    "replies.",
)

E_NOT_A_KEY = QT_TRANSLATE_NOOP(
    "email_signature",
    "This file is not a PGP public key. Download the key from Kraken's PGP signatures page and "
    "try again.",
)
E_WRONG_KEY = QT_TRANSLATE_NOOP(
    "email_signature",
    "This key is not Kraken's. Its fingerprint is {found}, but Kraken's is {pinned}. It was not "
    "added.",
)
E_REVOKED = QT_TRANSLATE_NOOP(
    "email_signature", "This key has been withdrawn (revoked) by its owner. It was not added."
)
E_NOT_A_FINGERPRINT = QT_TRANSLATE_NOOP(
    "email_signature",
    "This is not a key fingerprint. A fingerprint is 40 letters and digits (0-9, A-F), like "
    "the one on Kraken's PGP signatures page.",
)
PIN_CHANGE = QT_TRANSLATE_NOOP(
    "email_signature",
    "Trust a new fingerprint for Kraken's email key: {fingerprint}. Do this only if you read it "
    "yourself on Kraken's PGP signatures page. Emails signed with the old key will no longer "
    "count as signed by Kraken.",
)
UNPIN_CHANGE = QT_TRANSLATE_NOOP(
    "email_signature",
    "Go back to the fingerprint that comes with Kraken Guard: {fingerprint}.",
)
ADD_CHANGE = QT_TRANSLATE_NOOP(
    "email_signature",
    "Add Kraken's email signing key (fingerprint {fingerprint}). It will be used to check "
    "signed emails.",
)

_CLEARSIGNED = re.compile(
    rb"-----BEGIN PGP SIGNED MESSAGE-----\r?\n.*?-----END PGP SIGNATURE-----", re.DOTALL
)


class SignatureVerdict(StrEnum):
    VALID = "valid"
    BAD = "bad"
    OTHER_KEY = "other_key"
    UNREADABLE = "unreadable"
    NO_KEY = "no_key"
    UNSIGNED = "unsigned"
    PARTIAL = "partial"  # Kraken's valid signature, over only part of the email
    # No key saved, and the signature names another key as its maker. Not decisive on its
    # own: if Kraken signs with a subkey, only the saved key can show it is Kraken's.
    OTHER_ISSUER = "other_issuer"


@dataclass(frozen=True)
class SignatureCheck:
    verdict: SignatureVerdict
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class KrakenKey:
    """Kraken's public key as imported: its fingerprint and the armored key text."""

    fingerprint: str
    armored: str


class KeyFileError(ValueError):
    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.render())
        self.reason = reason


@cache
def pinned_fingerprint() -> str:
    """Kraken's published fingerprint, from resources/content/kraken_pgp_key.json."""
    return normalize_fingerprint(str(load_content(CONTENT_NAME).extra["fingerprint"]))


def normalize_fingerprint(text: str) -> str:
    return "".join(text.split()).upper()


def parse_fingerprint(text: str) -> str:
    """A v4 (40 hex) or v6 (64 hex) fingerprint, spaces allowed; KeyFileError otherwise."""
    clean = normalize_fingerprint(text)
    if len(clean) not in (40, 64) or any(ch not in "0123456789ABCDEF" for ch in clean):
        raise KeyFileError(Reason(E_NOT_A_FINGERPRINT))
    return clean


def spaced(fingerprint: str) -> str:
    """A fingerprint in groups of four, the way Kraken prints it."""
    clean = normalize_fingerprint(fingerprint)
    return " ".join(clean[i : i + 4] for i in range(0, len(clean), 4))


def read_key_file(data: bytes, pinned: str) -> KrakenKey:
    """Accept a key only when its fingerprint is the pinned one; only the public part is kept."""
    import pysequoia

    if not data.strip() or len(data) > MAX_KEY_BYTES:
        raise KeyFileError(Reason(E_NOT_A_KEY))
    try:
        cert = pysequoia.Cert.from_bytes(data)
    except Exception as error:
        raise KeyFileError(Reason(E_NOT_A_KEY)) from error
    found = normalize_fingerprint(cert.fingerprint)
    if found != normalize_fingerprint(pinned):
        raise KeyFileError(Reason.of(E_WRONG_KEY, found=spaced(found), pinned=spaced(pinned)))
    if cert.is_revoked:
        raise KeyFileError(Reason(E_REVOKED))
    return KrakenKey(found, str(cert))


def add_change_text(key: KrakenKey) -> str:
    return Reason.of(ADD_CHANGE, fingerprint=spaced(key.fingerprint)).render()


def pin_change_text(fingerprint: str) -> str:
    return Reason.of(PIN_CHANGE, fingerprint=spaced(fingerprint)).render()


def unpin_change_text(fingerprint: str) -> str:
    return Reason.of(UNPIN_CHANGE, fingerprint=spaced(fingerprint)).render()


class KrakenKeys:
    """Kraken's key and its pinned fingerprint, kept as signed trusted data.

    The fingerprint that ships with the app is used until the person pins another one (a
    guarded, recorded change, as for official numbers). An entry edited outside the app fails
    its tag and is never used: the shipped fingerprint applies again.
    """

    def __init__(self, trusted: TrustedItems, shipped: str | None = None) -> None:
        self._trusted = trusted
        self._shipped = normalize_fingerprint(shipped or pinned_fingerprint())

    @property
    def shipped(self) -> str:
        return self._shipped

    def pinned(self) -> str:
        """The fingerprint in force: the person's pinned one, else the one shipped."""
        loaded = self._trusted.load(PGP_FINGERPRINT_KIND)
        return normalize_fingerprint(loaded.items[-1].value) if loaded.items else self._shipped

    def pin(self, fingerprint: str, *, source: str = "") -> None:
        """Pin another fingerprint (call only after the guarded confirmation)."""
        clean = parse_fingerprint(fingerprint)
        for item in self._trusted.load(PGP_FINGERPRINT_KIND).items:
            if item.value != clean:
                self._trusted.remove(PGP_FINGERPRINT_KIND, item.value)
        self._trusted.add(PGP_FINGERPRINT_KIND, clean, source=source)

    def unpin(self) -> bool:
        """Go back to the shipped fingerprint; False when none was pinned."""
        loaded = self._trusted.load(PGP_FINGERPRINT_KIND)
        removed = False
        for item in (*loaded.items, *loaded.tampered):
            removed = self._trusted.remove(PGP_FINGERPRINT_KIND, item.value) or removed
        return removed

    def saved(self, pinned: str) -> tuple[KrakenKey, ...]:
        """The saved keys whose tamper tag checks out and whose fingerprint is the pinned one."""
        loaded = self._trusted.load(PGP_KEY_KIND)
        return tuple(
            KrakenKey(item.value, item.note)
            for item in loaded.items
            if item.value == normalize_fingerprint(pinned)
        )

    def add(self, key: KrakenKey, *, source: str = "") -> None:
        """Save the key (call only after the guarded confirmation)."""
        self._trusted.add(PGP_KEY_KIND, key.fingerprint, note=key.armored, source=source)

    def remove(self, fingerprint: str) -> bool:
        return self._trusted.remove(PGP_KEY_KIND, normalize_fingerprint(fingerprint))


def signed_parts(read: ReadEmail) -> tuple[bytes, bytes] | None:
    """(the signed bytes, the detached signature) of a PGP/MIME or signature.asc email."""
    found = _signed_parts(read)
    return None if found is None else found[:2]


def _signed_parts(read: ReadEmail) -> tuple[bytes, bytes, bool] | None:
    """(signed bytes, signature, whether it covers the whole email) of the first signed part.

    It covers the whole email only when the email itself is multipart/signed with exactly
    the signed part and its signature: anything else was put around the signed part.
    """
    raw = re.sub(rb"\r?\n", b"\r\n", read.raw)
    for part in _parts(read.message):
        if not part.is_multipart():
            continue
        children = part.get_payload()
        if not isinstance(children, list) or len(children) < 2:
            continue
        # RFC 1847: the signature is the second part; a sender may add more parts after it.
        signature = children[1 if part.get_content_type() == "multipart/signed" else -1]
        if not isinstance(signature, Message) or not _is_signature(signature):
            continue
        boundary = part.get_boundary()
        if not boundary:
            continue
        signed = _first_part_bytes(raw, boundary.encode("ascii", "replace"))
        payload = signature.get_payload(decode=True)
        if signed is not None and isinstance(payload, bytes):
            whole = (
                part is read.message
                and part.get_content_type() == "multipart/signed"
                and len(children) == 2
            )
            return signed, payload[:MAX_SIGNATURE_BYTES], whole
    return None


_ARMORED_SIGNATURE = re.compile(
    rb"-----BEGIN PGP SIGNATURE-----\r?\n.*?-----END PGP SIGNATURE-----", re.DOTALL
)


def _clearsigned_is_whole(read: ReadEmail) -> bool:
    """The email is one plain text whose whole text is a single clearsigned block."""
    message = read.message
    if message.is_multipart() or message.get_content_type() != "text/plain" or read.html.strip():
        return False
    text = read.plain.strip()
    return (
        text.startswith("-----BEGIN PGP SIGNED MESSAGE-----")
        and text.endswith("-----END PGP SIGNATURE-----")
        and text.count("-----BEGIN PGP SIGNED MESSAGE-----") == 1
        and not read.attachments
    )


def _issuer(signature: bytes) -> str:
    """The fingerprint (or key id) the signature names as its maker; "" when unreadable."""
    import pysequoia

    try:
        sig = pysequoia.Sig.from_bytes(signature)
        return str(sig.issuer_fingerprint or sig.issuer_key_id or "").upper()
    except Exception:
        return ""


def _not_pinned(issuer: str, pinned: str) -> bool:
    """The issuer is plainly another key: a full fingerprint, or a key id, that is not Kraken's."""
    clean = normalize_fingerprint(issuer)
    if len(clean) in (40, 64):
        return clean != pinned
    return len(clean) == 16 and not pinned.endswith(clean)


def check_signature(read: ReadEmail, keys: Sequence[KrakenKey], pinned: str) -> SignatureCheck:
    """Judge the email's OpenPGP signature against Kraken's pinned key."""
    import pysequoia

    pinned = normalize_fingerprint(pinned)
    detached = _signed_parts(read)
    clear = _CLEARSIGNED.search(read.raw) if detached is None else None
    if detached is None and clear is None:
        return SignatureCheck(SignatureVerdict.UNSIGNED, (Reason(R_UNSIGNED),))
    whole = detached[2] if detached is not None else _clearsigned_is_whole(read)
    usable = [key for key in keys if normalize_fingerprint(key.fingerprint) == pinned]
    issuer = ""
    sig = None
    if detached is not None:
        try:
            sig = pysequoia.Sig.from_bytes(detached[1])
            issuer = (sig.issuer_fingerprint or sig.issuer_key_id or "").upper()
        except Exception:
            return SignatureCheck(SignatureVerdict.UNREADABLE, (Reason(R_UNREADABLE),))
    elif clear is not None:
        armored = _ARMORED_SIGNATURE.search(clear.group(0))
        issuer = _issuer(armored.group(0)) if armored is not None else ""
    if not usable:
        # The signature names its maker: another key needs no saved key to be told apart.
        if issuer and _not_pinned(issuer, pinned):
            reason = Reason.of(R_OTHER_ISSUER, issuer=spaced(issuer), pinned=spaced(pinned))
            return SignatureCheck(SignatureVerdict.OTHER_ISSUER, (reason,))
        return SignatureCheck(SignatureVerdict.NO_KEY, (Reason(R_NO_KEY),))
    try:
        certs = [pysequoia.Cert.from_bytes(key.armored.encode("utf-8")) for key in usable]
    except Exception:
        return SignatureCheck(SignatureVerdict.NO_KEY, (Reason(R_NO_KEY),))
    kraken_ids = _key_ids(certs)
    try:
        if detached is not None:
            result = pysequoia.verify(bytes=detached[0], store=lambda ids: certs, signature=sig)
        else:
            assert clear is not None
            result = pysequoia.verify(bytes=clear.group(0), store=lambda ids: certs)
        valid = any(
            normalize_fingerprint(str(found.certificate)) == pinned for found in result.valid_sigs
        )
    except Exception:
        valid = False
    if valid and not whole:
        return SignatureCheck(SignatureVerdict.PARTIAL, (Reason(R_PARTIAL),))
    if valid:
        reason = Reason.of(R_VALID, fingerprint=spaced(pinned))
        return SignatureCheck(SignatureVerdict.VALID, (reason,))
    if issuer and not any(issuer.endswith(i) for i in kraken_ids):
        return SignatureCheck(SignatureVerdict.OTHER_KEY, (Reason(R_OTHER_KEY),))
    return SignatureCheck(SignatureVerdict.BAD, (Reason(R_BAD),))


def _key_ids(certs: Sequence[object]) -> set[str]:
    from pysequoia import packet

    ids: set[str] = set()
    for cert in certs:
        for pk in packet.PacketPile.from_bytes(bytes(cert)):  # type: ignore[call-overload]
            if pk.fingerprint:
                ids.add(pk.fingerprint.upper())
            if pk.key_id:
                ids.add(pk.key_id.upper())
    return ids


def _parts(message: Message) -> list[Message]:
    found: list[Message] = []
    for part in message.walk():
        found.append(part)
        if len(found) > 200:
            break
    return found


def _is_signature(part: Message) -> bool:
    if part.get_content_type() == "application/pgp-signature":
        return True
    name = (part.get_filename() or "").lower()
    return name.endswith(".asc") or name.endswith(".sig")


def _first_part_bytes(raw: bytes, boundary: bytes) -> bytes | None:
    """The first part of a multipart, byte for byte as sent (CRLF), as the signature covers it."""
    delimiter = re.compile(rb"(?:^|\r\n)--" + re.escape(boundary) + rb"[ \t]*\r\n")
    first = delimiter.search(raw)
    if first is None:
        return None
    second = delimiter.search(raw, first.end())
    if second is None:
        return None
    return raw[first.end() : second.start()]

"""Reads an email's full source (a saved .eml file or pasted text) into parts the checks use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import EmailMessage, Message
from pathlib import Path

from kraken_guard.core.email.reasons import Reason
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP

MAX_BYTES = 25 * 1024 * 1024
MAX_BODY_CHARS = 2_000_000
HOW_TO_GET_SOURCE = QT_TRANSLATE_NOOP(
    "email_reading",
    "Open the email and get its full source. Gmail: the three dots, then Show original. "
    "Outlook: the three dots, then View, then View message source. Thunderbird: View Source "
    "(Ctrl+U). Apple Mail: View, Message, Raw Source. Save it as a file or paste all of it.",
)

E_EMPTY = QT_TRANSLATE_NOOP(
    "email_reading", "There is nothing to check. The file or text is empty."
)
E_TOO_BIG = QT_TRANSLATE_NOOP(
    "email_reading",
    "This is bigger than 25 MB. An email's source is much smaller. Check that you picked the "
    "right file.",
)
E_BINARY = QT_TRANSLATE_NOOP(
    "email_reading",
    "This is not an email's source. It looks like a picture, a program or another kind of file.",
)
E_MSG_FILE = QT_TRANSLATE_NOOP(
    "email_reading",
    "This is an Outlook .msg file, which Kraken Guard cannot read. In Outlook, open the email, "
    "choose View message source, and paste it here. Or save it as .eml.",
)
E_NO_HEADERS = QT_TRANSLATE_NOOP(
    "email_reading",
    "This does not look like an email's full source. The source starts with lines like "
    "From:, To: and Received:.",
)
E_UNREADABLE_FILE = QT_TRANSLATE_NOOP(
    "email_reading", "The file could not be opened. Check its name and that it belongs to you."
)

N_NO_BODY = QT_TRANSLATE_NOOP(
    "email_reading",
    "The email has headers but no text. Its links and phone numbers could not be checked.",
)
N_HTML_ONLY = QT_TRANSLATE_NOOP(
    "email_reading",
    "The email is only in web-page form (HTML). The real address behind each link was checked.",
)
N_UNKNOWN_CHARSET = QT_TRANSLATE_NOOP(
    "email_reading",
    "Part of the email uses a text encoding that is not known ({charset}). Some letters may "
    "look wrong.",
)
N_BROKEN_MIME = QT_TRANSLATE_NOOP(
    "email_reading",
    "The email's structure is damaged. Kraken Guard read what it could.",
)

_SERVER_LINE = re.compile(
    rb"^(?:Delivered-To|Return-Path|Received|ARC-Seal|X-Received):", re.MULTILINE | re.IGNORECASE
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADER_LINE = re.compile(rb"^[!-9;-~]{1,76}:", re.MULTILINE)
_KNOWN_HEADERS = (
    "from",
    "to",
    "subject",
    "date",
    "received",
    "message-id",
    "return-path",
    "authentication-results",
)
_FORWARD_SUBJECT = re.compile(r"^\s*(fwd?|fw|wg|tr|rv|enc|vs|doorst)\s*:", re.IGNORECASE)
# Lines mail programs put above a forwarded message (plain substring tests: fast on 25 MB).
_FORWARD_MARKERS = (
    "forwarded message -",
    "forwarded message-",
    "begin forwarded message:",
    "original message -",
    "original message-",
    "weitergeleitete nachricht -",
    "message transféré -",
)


class EmailReadError(ValueError):
    """The input cannot be read as an email; `reason` says why, `next_step` what to do."""

    def __init__(self, reason: str, next_step: str = HOW_TO_GET_SOURCE) -> None:
        super().__init__(reason)
        self.reason = reason
        self.next_step = next_step


@dataclass(frozen=True)
class Attachment:
    """A file attached to the email: its name, its type and, for a web page, its text."""

    name: str
    content_type: str
    html: str = ""  # the file's text when it is a web page (to look for forms)


@dataclass(frozen=True)
class ReadEmail:
    """One email as the checks see it: the parsed message, its raw bytes and its text."""

    message: EmailMessage
    raw: bytes
    plain: str
    html: str
    notices: tuple[Reason, ...]
    forwarded: bool
    has_body: bool
    complete: bool = True  # False when parts or text past the limits were left unread
    attachments: tuple[Attachment, ...] = ()


def read_email_file(path: Path) -> ReadEmail:
    """Read a saved email; size is checked before reading so a huge file never loads."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise EmailReadError(E_TOO_BIG)
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except EmailReadError:
        raise
    except OSError as error:
        raise EmailReadError(E_UNREADABLE_FILE, "") from error
    return read_email(data)


def read_email_text(text: str) -> ReadEmail:
    """Read a pasted source; pasted text loses its bytes, so it is written back as UTF-8.

    A whole "Show original" page may be pasted: Gmail's summary table above the source is
    skipped by starting at the first line only a mail server writes.
    """
    return read_email(text.lstrip("\ufeff").encode("utf-8", "surrogateescape"))


def read_email(data: bytes) -> ReadEmail:
    """Parse the bytes of a full email source. Raises EmailReadError with a clear reason."""
    import email
    from email import policy

    if len(data) > MAX_BYTES:
        raise EmailReadError(E_TOO_BIG)
    data = _as_utf8(data).lstrip(b"\xef\xbb\xbf")
    if not data.strip():
        raise EmailReadError(E_EMPTY)
    if data.startswith(_OLE_MAGIC):
        raise EmailReadError(E_MSG_FILE, "")
    data = _without_stray_nuls(data)
    if _looks_binary(data[:65536]):
        raise EmailReadError(E_BINARY)
    data = data.lstrip(b"\r\n\t ")
    if data.startswith(b"From ") and not _looks_like_headers(data):
        data = data.split(b"\n", 1)[-1]  # an mbox "From " line, as some mail programs save
    if not _looks_like_headers(data):
        # A whole "Show original" page: the summary above the source is skipped by starting
        # at the first line only a mail server writes. A stray indented line on top goes too.
        start = _SERVER_LINE.search(data[:65536]) or _HEADER_LINE.search(data[:4096])
        if start is not None:
            data = data[start.start() :]
    if not _looks_like_headers(data):
        raise EmailReadError(E_NO_HEADERS)
    try:
        message = email.message_from_bytes(data, policy=policy.default)
    except Exception as error:  # the stdlib parser is lenient; anything else is damage
        raise EmailReadError(N_BROKEN_MIME) from error
    assert isinstance(message, EmailMessage)
    notices: list[Reason] = []
    plain_parts: list[str] = []
    html_parts: list[str] = []
    forwarded_part = False
    broken = bool(message.defects)
    parts = _walk(message)
    attachments: list[Attachment] = []
    for part in parts[:MAX_PARTS]:
        broken = broken or bool(part.defects)
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            forwarded_part = True
            continue
        if part.is_multipart():
            continue
        attached = _attachment(part)
        if attached is not None:
            attachments.append(attached)
            continue
        if ctype not in ("text/plain", "text/html"):
            continue
        text, unknown = _part_text(part)
        if unknown:
            notices.append(Reason.of(N_UNKNOWN_CHARSET, charset=unknown))
        (plain_parts if ctype == "text/plain" else html_parts).append(text)
    plain = "\n".join(plain_parts)
    html = "\n".join(html_parts)
    complete = len(parts) <= MAX_PARTS and max(len(plain), len(html)) <= MAX_BODY_CHARS
    plain, html = plain[:MAX_BODY_CHARS], html[:MAX_BODY_CHARS]
    has_body = bool(plain.strip() or html.strip())
    if not has_body:
        notices.append(Reason(N_NO_BODY))
    elif html.strip() and not plain.strip():
        notices.append(Reason(N_HTML_ONLY))
    if broken:
        notices.append(Reason(N_BROKEN_MIME))
    subject = _header_text(message, "subject")
    forwarded = (
        forwarded_part
        or bool(_FORWARD_SUBJECT.match(subject))
        or _has_forward_marker(plain)
        or _has_forward_marker(html)
    )
    return ReadEmail(
        message,
        data,
        plain,
        html,
        tuple(dict.fromkeys(notices)),
        forwarded,
        has_body,
        complete,
        tuple(attachments),
    )


_SIGNATURE_TYPES = ("application/pgp-signature", "application/pgp-keys")
_PAGE_ENDINGS = (".html", ".htm", ".shtml", ".xhtml", ".svg", ".hta")


def _attachment(part: Message) -> Attachment | None:
    """The part as an attached file, or None when it is text to read (or Kraken's signature)."""
    try:
        name = utf8_text(part.get_filename() or "")
    except Exception:
        name = ""
    ctype = part.get_content_type()
    if ctype in _SIGNATURE_TYPES or name.lower().endswith((".asc", ".sig")):
        return None
    disposition = part.get_content_disposition()
    if disposition != "attachment" and (not name or ctype in ("text/plain", "text/html")):
        return None  # text shown as part of the email: it is read as the email's text
    if disposition == "inline" and ctype.startswith("image/"):
        return None  # a picture shown in the text, such as a logo
    page = ""
    if ctype in ("text/html", "image/svg+xml") or name.lower().endswith(_PAGE_ENDINGS):
        page = _part_text(part)[0][:MAX_BODY_CHARS]
    return Attachment(" ".join(name.split())[:200], ctype, page)


def _has_forward_marker(text: str) -> bool:
    lowered = text.lower()
    return any(marker in lowered for marker in _FORWARD_MARKERS)


def header_text(message: Message, name: str) -> str:
    """A header's value as text, or "" when it is missing or cannot be decoded."""
    return _header_text(message, name)


def all_header_texts(message: Message, name: str) -> list[str]:
    """Every value of a header, top to bottom, as text; damaged ones become ""."""
    try:
        values = message.get_all(name) or []
    except Exception:
        return []
    out = []
    for value in values:
        try:
            out.append(utf8_text(str(value)))
        except Exception:
            out.append("")
    return out


def _header_text(message: Message, name: str) -> str:
    try:
        value = message.get(name)
        return "" if value is None else utf8_text(str(value))
    except Exception:
        return ""


def utf8_text(text: str) -> str:
    """Header text with raw UTF-8 bytes (RFC 6532) decoded; the parser leaves them escaped."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeError:
        return text


MAX_PARTS = 500


def _walk(message: Message) -> list[Message]:
    """The message's parts, at most MAX_PARTS + 1 (one more says that some were left)."""
    parts: list[Message] = []
    try:
        for part in message.walk():
            parts.append(part)
            if len(parts) > MAX_PARTS:
                break
    except Exception:
        pass
    return parts


def _part_text(part: Message) -> tuple[str, str]:
    """The decoded text of a part, and the charset name when it was not known."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return (raw if isinstance(raw, str) else ""), ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace"), ""
    except (LookupError, ValueError):
        return payload.decode("utf-8", errors="replace"), charset[:40]


_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32)])


def _as_utf8(data: bytes) -> bytes:
    """A source saved as UTF-16 (Windows Notepad's "Unicode") written back as UTF-8."""
    head = data[:2]
    utf16 = head in (b"\xff\xfe", b"\xfe\xff")
    if not utf16 and len(data) >= 64:
        sample = data[:512]
        # No byte-order mark: every other byte empty, as in UTF-16 text that is plain ASCII.
        utf16 = sample[1::2].count(0) > len(sample) // 2 * 0.9 and 0 not in sample[0::2]
        head = b"\xff\xfe" if utf16 else head
    if not utf16:
        return data
    try:
        text = data.decode("utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-16-le")
    except UnicodeDecodeError:
        return data
    return text.encode("utf-8", "surrogateescape")


def _without_stray_nuls(data: bytes) -> bytes:
    """A few NUL bytes in an otherwise text source (a damaged save) are dropped, not fatal."""
    head = data[:65536]
    nuls = head.count(0)
    if nuls and nuls <= len(head) // 1000 + 8 and _looks_like_headers(head.replace(b"\0", b"")):
        return data.replace(b"\0", b"")
    return data


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > len(head) // 100 + 2


def _looks_like_headers(data: bytes) -> bool:
    head = data[:16384]
    if not _HEADER_LINE.match(head):
        return False
    end = re.search(rb"\r?\n\r?\n", head)
    block = head[: end.start()] if end else head
    names = {m.group(0)[:-1].lower().decode("ascii") for m in _HEADER_LINE.finditer(block)}
    # Headers that run past the window (thousands of Received lines) show one known name.
    return len(names & set(_KNOWN_HEADERS)) >= (2 if end else 1)

"""Reading an email source: every kind of bad input gets a clear message, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kraken_guard.core.email import reading
from kraken_guard.core.email.reading import (
    EmailReadError,
    read_email,
    read_email_file,
    read_email_text,
)
from kraken_guard.core.email.verdict import EmailVerdict, check_email
from tests.email_corpus.build_corpus import CORPUS, HERE

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"


def _reason(data: bytes) -> str:
    with pytest.raises(EmailReadError) as caught:
        read_email(data)
    return caught.value.reason


def test_empty_input_says_there_is_nothing_to_check() -> None:
    assert "empty" in _reason(b"")
    assert "empty" in _reason(b"  \r\n\r\n ")


def test_a_picture_is_not_an_email() -> None:
    assert "not an email" in _reason(PNG + bytes(range(256)))


def test_an_outlook_msg_file_says_to_save_as_eml() -> None:
    with pytest.raises(EmailReadError) as caught:
        read_email(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert ".msg" in caught.value.reason and ".eml" in caught.value.reason


def test_plain_text_that_is_not_a_source_explains_what_a_source_looks_like() -> None:
    reason = _reason(b"Hi, this is Kraken support, we will call you at 3pm.")
    assert "From:" in reason


def test_a_file_over_25_mb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "huge.eml"
    with big.open("wb") as handle:
        handle.truncate(reading.MAX_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(EmailReadError) as caught:
        read_email_file(big)
    assert "25 MB" in caught.value.reason


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EmailReadError) as caught:
        read_email_file(tmp_path / "nope.eml")
    assert "could not be opened" in caught.value.reason


def test_an_unknown_charset_is_read_with_a_notice() -> None:
    read = read_email_file(HERE / "unclear_unknown_charset.eml")
    assert "x-klingon-8" in " ".join(n.render() for n in read.notices)
    assert "Kraken Support will call you" in read.plain


def test_html_only_mail_is_read_and_said_so() -> None:
    read = read_email_file(HERE / "genuine_gmail_html_only.eml")
    assert not read.plain and "statement" in read.html
    assert any("HTML" in n.render() for n in read.notices)


def test_headers_without_a_body_are_read_and_said_so() -> None:
    read = read_email_file(HERE / "unclear_headers_only.eml")
    assert not read.has_body
    assert any("no text" in n.render() for n in read.notices)


def test_a_pasted_source_reads_like_the_file() -> None:
    text = CORPUS["genuine_gmail.eml"]
    pasted = check_email(read_email_text("\n\n" + text))
    saved = check_email(read_email_file(HERE / "genuine_gmail.eml"))
    assert pasted.verdict is saved.verdict is EmailVerdict.PASSED_PROVIDER_CHECKS


def test_a_forward_is_spotted_by_subject_body_or_attached_message() -> None:
    assert read_email_file(HERE / "unclear_forwarded.eml").forwarded
    attached = (
        "From: a@example.org\nTo: b@example.org\nSubject: look\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nsee\n'
        "--b\nContent-Type: message/rfc822\n\nFrom: support@kraken.com\nSubject: x\n\nhi\n--b--\n"
    )
    assert read_email(attached.encode()).forwarded
    assert not read_email_file(HERE / "genuine_gmail.eml").forwarded


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_are_read_or_refused_with_a_reason(data: bytes) -> None:
    try:
        read = read_email(data)
    except EmailReadError as error:
        assert error.reason
        return
    result = check_email(read)
    assert result.verdict in EmailVerdict
    assert not result.trusting


_header_names = st.sampled_from(
    ["From", "Reply-To", "Return-Path", "Authentication-Results", "Received", "Subject"]
)
_header_values = st.text(max_size=120).map(lambda s: s.replace("\r", " ").replace("\n", " "))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(_header_names, _header_values), max_size=8),
    st.text(max_size=1500),
)
def test_hostile_headers_and_bodies_never_crash_and_never_trust_a_forgery(
    headers: list[tuple[str, str]], body: str
) -> None:
    top = "".join(f"{name}: {value}\n" for name, value in headers)
    source = (
        top + "From: Kraken Support <support@krakem.com>\nTo: a@example.org\nSubject: hi\n\n" + body
    )
    try:
        read = read_email_text(source)
    except EmailReadError:
        return
    assert not check_email(read).trusting  # one From is always the look-alike; two are refused


def test_a_whole_gmail_show_original_page_pasted_is_read_from_the_source() -> None:
    summary = (
        "Original Message\nMessage ID\t<CAF1234example@mail.gmail.com>\n"
        "Created at:\tTue, Dec 1, 2026 at 10:00 AM\nFrom:\tKraken Support <support@kraken.com>\n"
        "SPF:\tPASS with IP 209.85.220.41 Learn more\nDMARC:\t'PASS' Learn more\n"
        "Download original\tCopy to clipboard\n\n"
    )
    result = check_email(read_email_text(summary + CORPUS["genuine_gmail.eml"]))
    assert result.verdict is EmailVerdict.PASSED_PROVIDER_CHECKS


def test_a_saved_file_starting_with_an_mbox_from_line_is_read() -> None:
    data = b"From - Tue Dec 01 18:00:00 2026\r\n" + (HERE / "genuine_fastmail.eml").read_bytes()
    assert check_email(read_email(data)).verdict is EmailVerdict.PASSED_PROVIDER_CHECKS


def _genuine() -> bytes:
    from tests.email_corpus.build_corpus import HERE

    return (HERE / "genuine_gmail.eml").read_bytes()


def test_a_show_original_page_saved_as_a_file_is_read_like_a_paste(tmp_path: Path) -> None:
    page = b"Original Message\r\nMessage ID\t<abc@kraken.com>\r\nSPF:\tPASS\r\n\r\n" + _genuine()
    path = tmp_path / "page.eml"
    path.write_bytes(page)
    assert read_email_file(path).message["Delivered-To"] == "alex.reader@gmail.com"


def test_a_notepad_utf16_file_and_stray_nul_bytes_are_read() -> None:
    text = _genuine().decode("utf-8")
    assert read_email(b"\xff\xfe" + text.encode("utf-16-le")).has_body
    assert read_email(text.encode("utf-16-le")).has_body
    with_nul = _genuine().replace(b"Hello,", b"Hel\x00lo,", 1)
    assert "Hello," in read_email(with_nul).plain


def test_a_stray_indented_line_before_the_headers_is_skipped() -> None:
    assert read_email(b"   continued junk\r\n" + _genuine()).has_body

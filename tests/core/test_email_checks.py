"""Each email check on its own: provider results, senders, content, and Kraken's saved key."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kraken_guard.core.email.content_findings import (
    body_text,
    check_links,
    check_numbers,
    check_requests,
)
from kraken_guard.core.email.pgp_signature import (
    KeyFileError,
    KrakenKeys,
    add_change_text,
    pinned_fingerprint,
    read_key_file,
    spaced,
)
from kraken_guard.core.email.provider_verdict import ProviderVerdict, check_provider
from kraken_guard.core.email.senders import check_display_name, check_sender_headers
from kraken_guard.core.paths import AppPaths
from kraken_guard.core.store import Store
from kraken_guard.core.trust.signed_items import Protection, TrustedItems, TrustKey
from tests.email_corpus.signing import signing_key

GOOGLE_RECEIVED = ("Received", "from mail-sor-f41.google.com by mx.google.com with SMTPS id x")
GOOGLE_HOP = ("Received", "by 2002:a05:6a10:b48d:0:0:0:0 with SMTP id ab13csp1234567pxb")
# What Gmail writes above its check line on every delivery: the mailbox, its internal hop, and
# its X-Received line, then the line from mx.google.com.
GMAIL = (
    ("Delivered-To", "alex.reader@gmail.com"),
    GOOGLE_HOP,
    ("X-Received", "by 2002:a17:902:e5c3:b0:1d4:5c2e:1234 with SMTP id u3mr1234567plf.12"),
    GOOGLE_RECEIVED,
)
NOT_TRUSTED = (ProviderVerdict.UNTRUSTED, ProviderVerdict.NOT_DELIVERED)
KEY = TrustKey(b"k" * 32, Protection.KEYCHAIN)


def ar(value: str) -> tuple[str, str]:
    return ("Authentication-Results", value)


def test_the_provider_pass_counts_only_for_the_from_domain() -> None:
    headers = [*GMAIL, ar("mx.google.com; dmarc=pass header.from=kraken.com")]
    assert check_provider(headers, "kraken.com").verdict is ProviderVerdict.PASSED
    assert check_provider(headers, "krakem.com").verdict is ProviderVerdict.NOT_ALIGNED


def test_only_the_topmost_block_is_read_lower_ones_may_be_the_senders() -> None:
    headers = [
        *GMAIL,
        ar("mx.google.com; dmarc=fail header.from=kraken.com"),
        ("Received", "from evil.example by evil.example"),
        ar("mx.google.com; dmarc=pass header.from=kraken.com"),
    ]
    assert check_provider(headers, "kraken.com").verdict is ProviderVerdict.FAILED


def test_a_pass_next_to_a_fail_in_the_top_block_is_still_a_fail() -> None:
    headers = [
        *GMAIL,
        ar("mx.google.com; dmarc=fail header.from=kraken.com"),
        ar("mx.google.com; dmarc=pass header.from=kraken.com"),
    ]
    assert check_provider(headers, "kraken.com").verdict is ProviderVerdict.FAILED


def test_a_known_provider_name_without_its_own_received_line_is_not_trusted() -> None:
    headers = [
        ("Received", "from a.example by mx.example.net"),
        ar("mx.google.com; dmarc=pass header.from=kraken.com"),
    ]
    assert check_provider(headers, "kraken.com").verdict is ProviderVerdict.NOT_DELIVERED


def test_outlooks_header_without_a_name_is_trusted_only_below_outlooks_received_line() -> None:
    value = "spf=pass smtp.mailfrom=kraken.com; dkim=pass header.d=kraken.com;dmarc=pass "
    value += "action=none header.from=kraken.com;compauth=pass reason=100"
    outlook = (
        "Received",
        "from BN9PR03CA0001.namprd03.prod.outlook.com by DM6PR02MB1234.prod.outlook.com",
    )
    mailbox = ("Received", "from DM6PR02MB1234.prod.outlook.com by SN6PR02MB5678.outlook.com")
    passed = check_provider([mailbox, outlook, ar(value)], "kraken.com")
    assert passed.verdict is ProviderVerdict.PASSED
    # Outlook.com always writes its mailbox hop above the one that received the email.
    assert check_provider([outlook, ar(value)], "kraken.com").verdict is (
        ProviderVerdict.NOT_DELIVERED
    )
    plain = ("Received", "from a.example by mx.example.net")
    assert check_provider([plain, ar(value)], "kraken.com").verdict in NOT_TRUSTED


def test_aligned_dkim_pass_without_dmarc_passes_and_dkim_fail_fails() -> None:
    good = [*GMAIL, ar("mx.google.com; dkim=pass header.d=kraken.com")]
    assert check_provider(good, "kraken.com").verdict is ProviderVerdict.PASSED
    bad = [*GMAIL, ar("mx.google.com; dkim=fail header.d=kraken.com")]
    assert check_provider(bad, "kraken.com").verdict is ProviderVerdict.FAILED


def test_missing_and_unreadable_results_are_said_plainly() -> None:
    assert check_provider([GOOGLE_RECEIVED], "kraken.com").verdict is ProviderVerdict.MISSING
    garbled = [*GMAIL, ar("mx.google.com; =;=;(((")]
    assert check_provider(garbled, "kraken.com").verdict is ProviderVerdict.UNREADABLE


def test_display_name_tricks() -> None:
    assert check_display_name("Kraken Support", "gmail.com")
    assert check_display_name("support@kraken.com", "mailer.example")
    assert not check_display_name("Kraken Support", "kraken.com")
    assert not check_display_name("Alex", "gmail.com")


def test_reply_to_inside_kraken_is_fine_and_elsewhere_is_not() -> None:
    fine = check_sender_headers(
        [("Kraken", "support@kraken.com")], ["help@email2.kraken.com"], ["b@email2.kraken.com"]
    )
    assert not fine.problems
    bad = check_sender_headers([("Kraken", "support@kraken.com")], ["help@gmail.com"], [])
    assert bad.problems


def test_the_real_target_behind_a_links_text_is_checked() -> None:
    body = body_text("", '<a href="https://evil.example/x">www.kraken.com</a>')
    findings = check_links(body.links)
    assert findings[0].decisive
    assert "evil.example" in findings[0].reasons[0].render()


def test_a_kraken_tracking_link_behind_kraken_text_is_fine() -> None:
    body = body_text("", '<a href="https://click.email.kraken.com/abc">kraken.com</a>')
    assert not any(f.decisive for f in check_links(body.links))


def test_script_links_are_flagged() -> None:
    body = body_text("", '<a href="javascript:alert(1)">Sign in</a>')
    assert check_links(body.links)[0].decisive


def test_numbers_inside_links_are_not_phone_numbers() -> None:
    body = body_text("See https://support.kraken.com/hc/en-us/articles/115012482687 now", "")
    assert check_numbers(body.text, region="US", official=()) == []


def test_an_official_number_is_not_decisive_and_an_unknown_one_says_where_to_call() -> None:
    findings = check_numbers(
        "Call +1 415 555 0100 or +1 888 555 0199", region="US", official=("+14155550100",)
    )
    assert [f.verdict for f in findings] == ["official", "not_official"]
    assert "support.kraken.com" in " ".join(r.render() for r in findings[1].reasons)
    assert not any(f.decisive for f in findings)


@pytest.mark.parametrize(
    "sentence",
    [
        "Please reply with your password.",
        "Send us the verification code we just texted you.",
        "Enter your 12 words to restore access.",
        "Install AnyDesk so our agent can help.",
        "Turn off 2FA before the call.",
        "Move your funds to a safe wallet today.",
        "Verify your recovery phrase to keep your wallet.",
        "Send your funds to this new wallet address within 24 hours.",
        "Share the 6-digit authentication code with our agent.",
        # The email check reads the same rules as the message check, in every language.
        "Reply with the 6-digit code we just sent you.",
        "Responda con el código de 6 dígitos que le enviamos.",
        "Bitte nennen Sie uns Ihre Wiederherstellungsphrase.",
        "Envoyez-nous votre phrase de récupération.",
        "Don't worry, we just need you to install AnyDesk.",
    ],
)
def test_never_ask_requests_are_found(sentence: str) -> None:
    assert check_requests(sentence)


def test_a_request_is_quoted_as_written_and_explained_in_the_persons_language() -> None:
    [finding] = check_requests("Responda con el código de 6 dígitos, por favor.", language="de")
    said = finding.reasons[0].render()
    assert '"Responda con el código' in said  # the email's own words, accents kept
    assert "Kraken bittet Sie nie" in said  # Kraken's rule, in German
    assert finding.decisive


@pytest.mark.parametrize(
    "sentence",
    [
        "Kraken will never ask for your password.",
        "Do not share your 2FA code with anyone.",
        "Nobody from Kraken will ask you to install AnyDesk.",
        "Kraken will never request that you install AnyDesk or share your screen.",
        "Nadie de Kraken le pedirá que instale AnyDesk.",
        "Niemand von Kraken wird Sie bitten, AnyDesk zu installieren.",
        "You can reset your password at kraken.com.",
        "Enter this verification code on kraken.com to approve the new device: 123456.",
        "To deposit, send crypto to your Kraken deposit address.",
        "Click here to reset your password.",
    ],
)
def test_warnings_and_ordinary_sentences_are_not_requests(sentence: str) -> None:
    assert not check_requests(sentence)


def test_the_product_pins_krakens_published_fingerprint() -> None:
    assert spaced(pinned_fingerprint()) == "3EEA 4D83 582E DB05 A704 81B4 A380 42F6 07D6 23DA"


def test_a_key_is_accepted_only_with_the_pinned_fingerprint() -> None:
    key = signing_key()
    accepted = read_key_file(key.public_armored.encode(), key.fingerprint)
    assert accepted.fingerprint == key.fingerprint
    assert "PUBLIC KEY" in accepted.armored and "PRIVATE" not in accepted.armored
    with pytest.raises(KeyFileError) as caught:
        read_key_file(key.public_armored.encode(), pinned_fingerprint())
    assert "3EEA 4D83" in str(caught.value) and "not Kraken's" in str(caught.value)


def test_a_secret_key_file_keeps_only_the_public_part() -> None:
    key = signing_key()
    accepted = read_key_file(str(key.secret).encode(), key.fingerprint)
    assert "PRIVATE" not in accepted.armored


def test_garbage_is_not_a_key() -> None:
    for data in (b"", b"hello", b"\x00" * 100):
        with pytest.raises(KeyFileError):
            read_key_file(data, pinned_fingerprint())


def test_the_saved_key_is_signed_recorded_and_ignored_when_edited(
    store: Store, paths: AppPaths
) -> None:
    key = signing_key()
    trusted = TrustedItems(store, lambda: KEY)
    keys = KrakenKeys(trusted)
    accepted = read_key_file(key.public_armored.encode(), key.fingerprint)
    assert accepted.fingerprint[:4] in add_change_text(accepted).replace(" ", "")
    keys.add(accepted, source="test")
    assert keys.saved(key.fingerprint) == (accepted,)
    assert keys.saved(pinned_fingerprint()) == ()  # never used for another pinned fingerprint
    assert [c.action for c in trusted.changes("kraken_pgp_key")] == ["add"]
    other = signing_key("Someone <x@example.org>")
    with sqlite3.connect(paths.database) as db:
        db.execute(
            "UPDATE trusted_items SET note = ? WHERE kind = ?",
            (other.public_armored, "kraken_pgp_key"),
        )
    assert keys.saved(key.fingerprint) == ()


def test_padding_with_many_digits_cannot_hide_a_phone_number() -> None:
    padding = " ".join(f"Order {n} is ready." for n in range(2000))
    findings = check_numbers(padding + " Call +1 888 555 0199 now.", region="US", official=())
    assert [f.value for f in findings] == ["+1 888-555-0199"]


def test_a_request_deep_in_a_long_email_is_still_found() -> None:
    padding = "Markets moved today. " * 5000
    assert check_requests(padding + "\nPlease reply with your password.")


def test_a_body_stuffed_with_trigger_words_does_not_hang() -> None:
    import time

    stuffed = "send the code to move your safe words " * 30_000  # about 1 MB, no sentence end
    start = time.perf_counter()
    check_requests(stuffed)
    body_text(stuffed, "<a href='https://x.example'>" * 20_000)
    assert time.perf_counter() - start < 5


def test_link_text_split_by_tags_is_read_as_shown() -> None:
    body = body_text("", '<a href="https://evil.example">www.<b>kraken</b>.com</a>')
    assert check_links(body.links)[0].decisive


@pytest.mark.parametrize(
    "html",
    ["<script>" * 30_000, "<!--" * 60_000, "<" * 300_000, "<a " * 100_000, '<a href="' * 50_000],
)
def test_hostile_html_is_read_in_linear_time(html: str) -> None:
    import time

    start = time.perf_counter()
    body_text("", html)
    assert time.perf_counter() - start < 2  # was 33 s for unclosed <script> tags


def test_a_pinned_fingerprint_edited_outside_the_app_falls_back_to_the_shipped_one(
    store: Store, paths: AppPaths
) -> None:
    keys = KrakenKeys(TrustedItems(store, lambda: KEY))
    assert keys.pinned() == keys.shipped == pinned_fingerprint()
    key = signing_key()
    keys.pin(key.fingerprint, source="test")
    assert keys.pinned() == key.fingerprint
    with sqlite3.connect(paths.database) as db:
        db.execute(
            "UPDATE trusted_items SET value = ? WHERE kind = ?",
            ("AB" * 20, "kraken_pgp_fingerprint"),
        )
    assert keys.pinned() == pinned_fingerprint()
    assert keys.unpin()
    assert keys.pinned() == pinned_fingerprint()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["Received", "Authentication-Results"]), st.text()), max_size=6
    )
)
def test_any_authentication_results_never_crash_and_never_pass_a_lookalike(
    headers: list[tuple[str, str]],
) -> None:
    result = check_provider([GOOGLE_RECEIVED, *headers], "krakem.com")
    assert result.verdict in ProviderVerdict
    if result.verdict is ProviderVerdict.PASSED:
        assert any("krakem.com" in value.lower() for _, value in headers)


def test_a_temporary_dmarc_error_is_no_result_not_a_forgery() -> None:
    headers = [*GMAIL, ar("mx.google.com; dmarc=temperror header.from=kraken.com")]
    assert check_provider(headers, "kraken.com").verdict is ProviderVerdict.NO_RESULT


def test_a_pass_below_an_unknown_services_topmost_line_is_not_trusted() -> None:
    # The user's own service (smallisp) wrote the topmost line; the sender wrote the rest.
    headers = [
        ("Received", "from x by mx1.smallisp.example; Tue, 1 Dec 2026 18:00:01 +0000"),
        GOOGLE_RECEIVED,
        ar("mx.google.com; dmarc=pass header.from=kraken.com"),
    ]
    assert check_provider(headers, "kraken.com").verdict in NOT_TRUSTED


def test_a_provider_name_inside_another_domain_is_not_that_provider() -> None:
    value = "spf=pass smtp.mailfrom=kraken.com; dmarc=pass action=none header.from=kraken.com"
    fake = ("Received", "from a.example by x.outlook.com.evil.net with SMTP")
    assert check_provider([fake, ar(value)], "kraken.com").verdict in NOT_TRUSTED
    fake_google = ("Received", "from a.example by mx.google.com.evil.net with SMTP")
    headers = [fake_google, ar("mx.google.com; dmarc=pass header.from=kraken.com")]
    assert check_provider(headers, "kraken.com").verdict in NOT_TRUSTED


def test_a_senders_helo_or_comment_naming_the_provider_does_not_count() -> None:
    for line in (
        "from by (by mx.google.com) by mx1.smallisp.example with SMTP",
        "from mx.google.com (helo by mx.google.com) by mx1.smallisp.example",
    ):
        headers = [("Received", line), ar("mx.google.com; dmarc=pass header.from=kraken.com")]
        assert check_provider(headers, "kraken.com").verdict in NOT_TRUSTED, line


def test_internal_hops_count_only_with_a_line_naming_the_provider() -> None:
    result = ar("mx.google.com; dmarc=pass header.from=kraken.com")
    assert check_provider([*GMAIL, result], "kraken.com").verdict is ProviderVerdict.PASSED
    only_internal = [h for h in GMAIL if h is not GOOGLE_RECEIVED]
    assert check_provider([*only_internal, result], "kraken.com").verdict in NOT_TRUSTED


def test_a_pass_written_right_under_the_providers_own_line_is_tampering() -> None:
    own = ar("mx.google.com; spf=neutral smtp.mailfrom=noreply@kraken.com")
    injected = ar("mx.google.com; dkim=pass header.d=kraken.com; dmarc=pass header.from=kraken.com")
    result = check_provider([*GMAIL, own, injected], "kraken.com")
    assert result.verdict is ProviderVerdict.TAMPERED
    assert "Gmail" in result.reasons[0].render()
    # Further down, after the sender's own Received line, it is still a line claiming Gmail.
    lower = [*GMAIL, own, ("Received", "from evil.example by evil.example"), injected]
    assert check_provider(lower, "kraken.com").verdict is ProviderVerdict.TAMPERED


def test_a_check_given_twice_in_the_providers_lines_is_tampering() -> None:
    proton = [
        ("Delivered-To", "alex@proton.me"),
        ar("mail.protonmail.ch; dmarc=none header.from=kraken.com"),
        ar("mail.protonmail.ch; dmarc=pass header.from=kraken.com"),
        ("Received", "from mail-sor-f41.google.com by mailin035.protonmail.ch (Postfix)"),
    ]
    assert check_provider(proton, "kraken.com").verdict is ProviderVerdict.TAMPERED
    once = [proton[0], proton[2], proton[3]]
    assert check_provider(once, "kraken.com").verdict is ProviderVerdict.PASSED


def test_the_providers_own_fail_wins_over_a_pass_injected_below_it() -> None:
    own = ar("mx.google.com; dmarc=fail header.from=kraken.com")
    injected = ar("mx.google.com; dmarc=pass header.from=kraken.com")
    assert check_provider([*GMAIL, own, injected], "kraken.com").verdict is ProviderVerdict.FAILED


def test_a_dmarc_fail_at_the_top_counts_even_from_an_unknown_service() -> None:
    headers = [
        ("Received", "from x by mx1.smallisp.example"),
        ar("mx1.smallisp.example; dmarc=fail (p=reject) header.from=kraken.com"),
    ]
    assert check_provider(headers, "kraken.com").verdict is ProviderVerdict.FAILED


def test_a_gmail_pass_without_gmails_delivery_lines_is_not_trusted() -> None:
    result = ar("mx.google.com; dmarc=pass header.from=kraken.com")
    for left_out in ("Delivered-To", "X-Received"):
        headers = [h for h in GMAIL if h[0] != left_out]
        check = check_provider([*headers, result], "kraken.com")
        assert check.verdict is ProviderVerdict.NOT_DELIVERED, left_out
        assert "Gmail" in check.reasons[0].render()


def test_thousands_of_received_lines_before_any_result_say_so() -> None:
    headers = [("Received", f"from a{i}.example by b{i}.example") for i in range(5000)]
    headers.append(ar("mx.google.com; dmarc=pass header.from=kraken.com"))
    result = check_provider(headers, "kraken.com")
    assert result.verdict is ProviderVerdict.MISSING
    assert "more than 500 lines" in result.reasons[0].render()

"""The check catches requests for secrets by any channel, and stays calm about everyday talk."""

import pytest

from kraken_guard.core.messages.check import MessageCheck, check_message
from kraken_guard.core.messages.extract import extract
from kraken_guard.core.messages.summary import R_NOT_ALL_READ, Standing, Verdict
from kraken_guard.core.messages.text import MAX_CHARS
from kraken_guard.core.phone.check import NumberCheck, check_number

OFFICIAL = ("+18005550100",)


def check(text: str, official: tuple[str, ...] = OFFICIAL) -> MessageCheck:
    def number_check(value: str) -> NumberCheck:
        return check_number(value, region="US", official=official)

    return check_message(text, region="US", check_number=number_check)


def rule_ids(text: str) -> list[str]:
    return [request.rule_id for request in check(text).summary.requests]


@pytest.mark.parametrize(
    "text, rule",
    [
        (
            "Kraken: To keep your account active, email your recovery phrase to support@kraken.com",
            "seed_words",
        ),
        (
            "Kraken Support: please confirm the 12 words of your wallet backup by replying to "
            "this email.",
            "seed_words",
        ),
        (
            "Kraken: please reply with the username and password you use at "
            "https://www.kraken.com/sign-in so we can restore access.",
            "password",
        ),
        (
            "Kraken Support: please download the Kraken Helper app from "
            "https://www.kraken.com/download so our team can assist you remotely.",
            "remote_access",
        ),
        (
            "Kraken: to stop the withdrawal, buy 500 USD in Apple gift cards and send photos to "
            "support@kraken.com",
            "gift_cards",
        ),
        ("Hey it's Kraken, text me back your 2FA", "share_code"),
        ("Kraken security here. Text your seed phrase to this number now.", "seed_words"),
        ("Kraken: whatsapp us your 24 words and we will secure the account.", "seed_words"),
        ("This is Kraken. DM me your password so I can unlock you.", "password"),
        ("Kraken: pay the release fee with Google Play gift cards.", "gift_cards"),
    ],
)
def test_a_secret_asked_for_by_any_channel_is_a_scam(text: str, rule: str) -> None:
    result = check(text)
    assert result.summary.verdict is Verdict.SCAM
    assert rule in [r.rule_id for r in result.summary.requests]


@pytest.mark.parametrize(
    "text",
    [
        # a secret named in a "Kraken" text whose every item is Kraken's own
        "Kraken: about your seed phrase, see https://support.kraken.com",
        "Kraken Support: your password and https://www.kraken.com/sign-in",
        "Kraken: the Master Key, https://support.kraken.com",
    ],
)
def test_a_kraken_text_that_names_a_secret_is_never_calm(text: str) -> None:
    assert check(text).summary.verdict in (Verdict.SUSPICIOUS, Verdict.SCAM)


def test_a_kraken_warning_never_to_share_a_secret_stays_calm() -> None:
    for text in (
        "Kraken: never share your seed phrase. https://support.kraken.com",
        "Kraken: Your verification code is 482913. Do not share it with anyone.",
    ):
        assert check(text).summary.verdict is not Verdict.SCAM, text
    calm = check("Kraken: never share your seed phrase. https://support.kraken.com").summary
    assert calm.verdict is Verdict.NO_WARNING_SIGNS
    assert calm.reasons[0].render().startswith("Every number, link and account in it is Kraken's.")
    assert "Kraken Guard found no request" in calm.reasons[0].render()


def test_a_request_is_never_nothing_to_check() -> None:
    assert check("our agent will call you").summary.verdict is Verdict.SUSPICIOUS
    assert check("text me back your 2FA").summary.verdict is Verdict.SCAM


def test_a_request_hidden_after_padding_is_still_found() -> None:
    padded = "Kraken Support. " + "Thanks for being with us. " * 800 + "Send your seed phrase."
    assert len(padded) > MAX_CHARS
    summary = check(padded).summary
    assert summary.verdict is Verdict.SCAM
    assert "seed_words" in [r.rule_id for r in summary.requests]


def test_a_text_that_was_cut_is_at_least_suspicious_and_says_so() -> None:
    padded = "See https://support.kraken.com " + "ok " * 5000
    summary = check(padded).summary
    assert summary.verdict is Verdict.SUSPICIOUS
    reasons = [note.render() for note in summary.reasons]
    assert R_NOT_ALL_READ in reasons
    assert any("only its first 10,000 characters" in reason for reason in reasons)


def test_more_items_than_were_checked_is_at_least_suspicious() -> None:
    many = " ".join(f"https://support.kraken.com/p{i}" for i in range(45))
    summary = check(many).summary
    assert summary.verdict is Verdict.SUSPICIOUS
    assert any("Only the first 40 were checked" in n.render() for n in summary.reasons)


@pytest.mark.parametrize(
    "text, host",
    [
        ("visit krakensupport dot com", "krakensupport.com"),
        ("go to kraken-help DOT support DOT com now", "kraken-help.support.com"),
        ("kraken(dot)help", "kraken.help"),
        ("open kraken-help\u3002com now", "kraken-help.com"),
        ("open kraken-help\uff0ecom now", "kraken-help.com"),
        ("open kraken-help\uff61com now", "kraken-help.com"),
    ],
)
def test_written_out_and_ideographic_dots_are_read_as_links(text: str, host: str) -> None:
    links = [item.text for item in extract(text, "US").items if item.kind.value == "link"]
    assert any(host in link for link in links), links
    assert check(text).summary.verdict is Verdict.SCAM


def test_a_dot_in_a_sentence_is_not_a_link() -> None:
    assert extract("there is a dot in the middle, connect the dot to the line", "US").items == ()


STANDARD = (
    "Kraken: Your withdrawal of 0.5 BTC was approved. If you did not request it, "
    "call +1 (888) 555-0143."
)


@pytest.mark.parametrize("official", [OFFICIAL, ()], ids=["list saved", "no list yet"])
def test_the_standard_alert_and_call_script_is_a_scam(official: tuple[str, ...]) -> None:
    summary = check(STANDARD, official).summary
    assert summary.verdict is Verdict.SCAM
    assert "call_this_number" in [r.rule_id for r in summary.requests]


def test_an_alert_with_a_number_but_no_call_word_is_a_scam_without_a_list() -> None:
    text = "Kraken: unusual sign-in from Lagos. Support line +1 888 555 0143"
    assert check(text, ()).summary.verdict is Verdict.SCAM


def test_the_official_number_in_a_kraken_text_is_not_a_number_to_distrust() -> None:
    assert check("Kraken support: call +1 800 555 0100").summary.verdict is (
        Verdict.NO_WARNING_SIGNS
    )


@pytest.mark.parametrize("text", ["A Kraken agent will call you", "our agent will call you"])
def test_a_promised_call_is_a_warning_sign(text: str) -> None:
    assert "will_call_you" in rule_ids(text)
    assert check(text).summary.verdict is Verdict.SUSPICIOUS


@pytest.mark.parametrize(
    "text",
    [
        "I moved my crypto to my Ledger cold wallet last week, feels safer.",
        "Hola, ¿me mandas la contraseña del wifi?",
        "Kannst du mir den Code für die Haustür schicken?",
        "Peux-tu me donner le code du portail ?",
        "Did you see the Seattle Kraken won last night? Tickets at seattlekraken.com",
        "Can you send me the code for the gate?",
        "I bought an Amazon gift card for mom.",
    ],
)
def test_everyday_talk_about_codes_passwords_and_wallets_is_not_a_scam(text: str) -> None:
    assert check(text).summary.verdict is not Verdict.SCAM


def test_a_link_in_a_text_about_another_kraken_does_not_imitate_kraken() -> None:
    result = check("Did you see the Seattle Kraken won last night? Tickets at seattlekraken.com")
    assert [item.standing for item in result.items] == [Standing.NOT_KRAKEN]
    # seattlekraken.com is a sourced owner (lookalike_known_names.json): the link check names
    # the team itself. A name no listed owner holds stays a look-alike, whatever the text says.
    assert any("Seattle Kraken" in note.render() for note in result.items[0].reasons)
    other = check("Did you see the Seattle Kraken won last night? Tickets at kraken-seats.com")
    assert [item.standing for item in other.items] == [Standing.IMITATES]


def test_the_same_words_from_kraken_are_still_caught() -> None:
    assert check("Kraken Support: send me the code for your account").summary.verdict is (
        Verdict.SCAM
    )
    assert check("Kraken: move the funds to our secure wallet.").summary.verdict is Verdict.SCAM


@pytest.mark.parametrize(
    "text",
    [
        "Soporte de Kraken: envíe su frase de recuperación por correo para mantener su cuenta.",
        "Kraken Sicherheitsteam: Schicken Sie uns Ihren Bestätigungscode per SMS.",
        "Support Kraken : envoyez-nous votre mot de passe pour débloquer le compte.",
        "Kraken Support: compre tarjetas regalo y mande fotos de las tarjetas.",
        "Kraken Support: Laden Sie die Helfer-App herunter, damit wir aus der Ferne helfen.",
        "Service client Kraken : confirmez les 24 mots de votre portefeuille.",
    ],
)
def test_one_scam_in_each_language_is_caught(text: str) -> None:
    assert check(text).summary.verdict is Verdict.SCAM

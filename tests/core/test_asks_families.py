"""Phrase families added after the independent evaluation of 2026-12-01: each with texts that
must match and near misses that must not, in several languages."""

import pytest

from kraken_guard.core.asks.fold import fold
from kraken_guard.core.asks.requests import read_requests
from kraken_guard.core.messages.check import check_message
from kraken_guard.core.messages.summary import Verdict
from kraken_guard.core.phone.check import NumberCheck, check_number


def rules_in(text: str) -> set[str]:
    return {r.rule_id for r in read_requests(text).requests}


def verdict(text: str) -> Verdict:
    def number(value: str) -> NumberCheck:
        return check_number(value, region="US", official=("+18005550100",))

    return check_message(text, region="US", check_number=number).summary.verdict


def test_folding_reads_leetspeak_and_spelled_out_words() -> None:
    assert fold("Kr4ken Supp0rt: acc0unt l0cked") == "kraken support . account locked"
    assert fold("K r a k e n  s u p p o r t") == "kraken support"
    assert fold("2fa code 482913, il y a un code") == "2fa code 482913 il y a un code"


@pytest.mark.parametrize(
    "text",
    [
        "Kr4ken H3lp: ur acc0unt is l0cked",
        "K r a k e n  t e a m here",
        "🐙Kraken🐙 your funds are at risk",
        "Kraken | Security: unusual activity",
        "We work with Kraken's fraud team on your case",
        "En colaboración con Kraken investigamos su cuenta",
        "Im Auftrag von Kraken melden wir uns",
        "La police, en lien avec Kraken, vous contacte",
    ],
)
def test_claims_that_were_missed(text: str) -> None:
    assert read_requests(text).claims_kraken, text


@pytest.mark.parametrize(
    "text",
    [
        "Kraken, the sea monster, rises 🐙",
        "Kraken 🐙 tattoo done today, sea monster vibes",
        "Kraken.io API: your image quota is used",
        "krakens are mythical sea creatures",
    ],
)
def test_not_claims(text: str) -> None:
    assert not read_requests(text).claims_kraken, text


@pytest.mark.parametrize(
    "text, rule",
    [
        ("We sent a one time passcode to your phone. Please read it back to me.", "share_code"),
        ("Te llegó un código por SMS. ¿Me lo lees, por favor?", "share_code"),
        ("Sie erhalten einen Code per SMS. Nennen Sie mir bitte die Ziffern.", "share_code"),
        ("Vous avez reçu un code par SMS. Pouvez-vous me le dire ?", "share_code"),
        ("Kraken support: what's the code you got just now?", "share_code"),
        ("Kraken security: please tap approve for me so I can link the case", "share_code"),
        ("Open your authenticator and tell me what it shows", "share_code"),
        ("Grab your recovery phrase and read them to me slowly", "seed_words"),
        ("Your 24 word phrase is required to verify ownership", "seed_words"),
        ("I'll need the password you log in with", "password"),
    ],
)
def test_code_and_secret_requests(text: str, rule: str) -> None:
    assert rule in rules_in(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The door code is 4411. Read it back to me so I know you got it.",  # no secret code
        "Your verification code is 1234. Never read it to anyone.",
        "Tu código es 5521. No se lo digas a nadie.",
        "What's the code for the wifi at the cafe?",  # no Kraken claim
        "can you confirm this for me before the meeting?",
    ],
)
def test_code_requests_not_read_into(text: str) -> None:
    assert not rules_in(text) & {"share_code", "seed_words", "password"}, text


@pytest.mark.parametrize(
    "text",
    [
        "Please don't call the number on the website, it is not safe right now.",
        "That hotline has been compromised, call me instead.",
        "Only talk to me until the case is closed.",
        "No llame al teléfono de la página oficial, está intervenido.",
        "Rufen Sie nicht die Nummer auf der Webseite an.",
        "N'appelez pas le numéro du site officiel, la ligne est surveillée.",
        "Kraken security here. Do not hang up, this takes two minutes.",
    ],
)
def test_isolation_scripts(text: str) -> None:
    assert "isolation" in rules_in(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Don't call the number in the text message; call the one on the official website.",
        "Don't trust caller ID. Find the number on the official website yourself.",
        "Please don't hang up on me again lol",  # no claim
        "Our website was compromised last year, we reset all passwords.",
        "Ne quittez pas, un conseiller va vous répondre.",
    ],
)
def test_isolation_advice_is_not_a_script(text: str) -> None:
    assert "isolation" not in rules_in(text), text


@pytest.mark.parametrize(
    "text, rule",
    [
        ("Transfer them to the escrow wallet the agent gives you.", "move_funds"),
        ("You must move everything into a government holding account today.", "move_funds"),
        ("Trasladen sus fondos a una cuenta segura de custodia.", "move_funds"),
        ("Bitte überweisen Sie Ihr Guthaben auf ein sicheres Konto.", "move_funds"),
        ("Sie müssen Ihre Coins auf eine sichere Treuhandadresse übertragen.", "move_funds"),
        ("Déplacez-les vers le portefeuille sécurisé indiqué.", "move_funds"),
        ("Top up 200 USDT to unlock your commission.", "pay_to_unlock"),
        ("Recarga tu cuenta para liberar las comisiones.", "pay_to_unlock"),
        ("Pay the margin and the platform releases your withdrawal.", "pay_to_unlock"),
        ("Send any amount of ETH and get 2x back.", "double_money"),
        ("Envía BTC y te devolvemos el doble.", "double_money"),
        ("Remote part-time job: rate apps, earn $300 per day.", "task_job"),
        ("Today's combo task needs a top-up first.", "task_job"),
        ("My uncle gives me signals, I made 30% this week.", "profit_tips"),
        ("Mon mentor m'envoie des signaux, j'ai gagné 20% cette semaine.", "profit_tips"),
        ("Sign the permit in your wallet to claim the airdrop.", "wallet_connect"),
        ("Scan the QR code with your wallet app to verify eligibility.", "wallet_connect"),
    ],
)
def test_money_families(text: str, rule: str) -> None:
    assert rule in rules_in(text), text


@pytest.mark.parametrize(
    "text",
    [
        "I moved my coins to my own Ledger last week.",
        "Virez le loyer sur le compte habituel.",
        "Recharge now and unlock 5GB of free data!",
        "Earn double points on groceries this weekend.",
        "I made 30% this week on SOL, lucky.",
        "I have 30 tasks a day at work, so tired.",
        "Please sign the lease and send it back.",
    ],
)
def test_money_near_misses(text: str) -> None:
    found = rules_in(text) & {
        "move_funds",
        "pay_to_unlock",
        "double_money",
        "task_job",
        "profit_tips",
        "wallet_connect",
    }
    assert not found, (text, found)


def test_several_secrets_in_a_kraken_form_are_a_scam() -> None:
    form = "Kraken Account Review\nUsername *\nPassword *\nSeed phrase *\nSubmit"
    assert "secrets_together" in rules_in(form)
    notice = "Kraken will never ask for your password or your seed phrase."
    assert "secrets_together" not in rules_in(notice)
    tips = "Kraken tips: change your password and set up 2FA codes."
    assert "secrets_together" not in rules_in(tips)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("PSA: nobody from Kraken will DM you on Telegram.", Verdict.NO_WARNING_SIGNS),
        ("Kraken support: message us on Telegram for help", Verdict.SCAM),
        ("Equipo de Kraken: escríbenos por WhatsApp", Verdict.SCAM),
        ("can you share your screen on zoom for the standup", Verdict.NOTHING_TO_CHECK),
        ("install anydesk so I can fix grandma's printer", Verdict.NOTHING_TO_CHECK),
        ("install anydesk so I can secure your Kraken account", Verdict.SCAM),
        ("go to anydesk dot com so I can check your wallet", Verdict.SCAM),
        ("Your parcel arrives today. Track it at dhl.com", Verdict.NO_WARNING_SIGNS),
        ("dhl.com", Verdict.SUSPICIOUS),
        (
            "Santander: si no reconoce esta compra, llame al número de su tarjeta.",
            Verdict.NOTHING_TO_CHECK,
        ),
        ("Kraken: si no reconoce este retiro, verifique su cuenta.", Verdict.SUSPICIOUS),
    ],
)
def test_false_alarms_stay_quiet_and_scams_stay_caught(text: str, expected: Verdict) -> None:
    assert verdict(text) is expected, text


def test_a_number_without_plus_is_read_in_the_texts_language() -> None:
    from kraken_guard.core.messages.extract import extract

    french = "Si vous n'êtes pas à l'origine de cette opération, appelez le 01 84 88 42 17."
    assert [i.value for i in extract(french, "US").items] == ["+33184884217"]
    german = "Bitte rufen Sie uns an, wir sind für Sie da: 030 12345678"
    assert [i.value for i in extract(german, "US").items] == ["+493012345678"]
    english = "Order 01 84 88 42 17 ships today, thanks for shopping with us."
    assert [i for i in extract(english, "US").items if not i.odd] == []  # odd: see check.py

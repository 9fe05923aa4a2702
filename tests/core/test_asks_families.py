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


# Second round: families from the evaluator's second set (2026-12-01), each in several languages.


@pytest.mark.parametrize(
    "text, rule",
    [
        (
            "You just got a text with a six-digit number. Go ahead and read it out to me.",
            "share_code",
        ),
        ("Te llegó un número de 6 dígitos. Léamelo, por favor.", "share_code"),
        ("Sie bekommen eine 6-stellige Nummer per SMS. Lesen Sie mir die bitte vor.", "share_code"),
        ("Vous avez reçu un numéro à 6 chiffres. Lisez-le moi.", "share_code"),
        ("Please send us the current 6-digit code from your authenticator app.", "share_code"),
        (
            "Responda indicando el código de aprobación de dispositivo que le enviamos.",
            "share_code",
        ),
        ("Ne cliquez pas sur le bouton, envoyez-moi le code à 6 chiffres.", "share_code"),
        ("Don't click the link, just tell me the 6 digit code.", "share_code"),
        ("Klicken Sie nicht auf den Link, nennen Sie mir den 6-stelligen Code.", "share_code"),
        ("No haga clic en el enlace, dígame el código de verificación.", "share_code"),
        ("The system is asking me for your Master Key. Just read it to me.", "master_key"),
        ("El sistema me pide su clave maestra para continuar.", "master_key"),
        ("Das System fragt mich nach Ihrem Master Key.", "master_key"),
        ("Le système me demande votre clé maîtresse.", "master_key"),
        ("The screen is asking me for your password, what is it?", "password"),
    ],
)
def test_code_scripts_of_the_second_round(text: str, rule: str) -> None:
    assert rule in rules_in(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Your code is 482913. Never share this 6-digit code with anyone.",
        "Do not click links or share your 6-digit code with anyone.",
        "Ne cliquez jamais sur un lien et ne donnez pas le code à 6 chiffres.",
        "Klicken Sie nicht auf Links und nennen Sie niemandem den 6-stelligen Code.",
        "When you sign in, the system asks for your 2FA code.",
        "Kraken will never ask you to move your funds, install AnyDesk, or share your 2FA codes.",
        "Nadie de Kraken le pedirá que mueva sus fondos, que instale AnyDesk o su código 2FA.",
        "Scammers are calling people and asking them to move funds to a safe wallet.",
        "Los estafadores llaman y piden que envíe su código de verificación.",
        "Les escrocs se font passer pour Kraken et demandent votre code de vérification.",
        "Betrüger rufen an und verlangen, dass Sie Ihr Guthaben auf ein sicheres Konto überweisen.",
    ],
)
def test_warnings_that_retell_a_scam_are_not_requests(text: str) -> None:
    found = rules_in(text) & {"share_code", "move_funds", "master_key", "password"}
    assert not found, (text, found)


def test_a_denial_does_not_reach_past_a_turn() -> None:
    text = "Kraken will never ask for your password, but we need your 2FA code now."
    assert "share_code" in rules_in(text)
    text = "Scammers may call you, so send us your 2FA code to protect the account."
    assert "share_code" in rules_in(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        (
            "Busque TeamViewer QuickSupport en la Play Store y dígame el ID, es por su cuenta.",
            "remote_access",
        ),
        ("Search for AnyDesk in the Play Store so I can secure your account.", "remote_access"),
        ("Suchen Sie AnyDesk im Play Store, damit ich Ihr Konto schütze.", "remote_access"),
        ("Cherchez AnyDesk sur le Play Store pour sécuriser votre compte.", "remote_access"),
        ("Así yo veo su pantalla y protejo su cuenta Kraken.", "share_screen"),
        ("Below is your Kraken Safe Account address. Please send the FULL balance.", "move_funds"),
        (
            "Bitte übertragen Sie Ihre Bestände bis 31.03. an Ihre persönliche Vault-Adresse.",
            "move_funds",
        ),
        ("Envíe todo su saldo a la dirección de su bóveda personal.", "move_funds"),
        ("Envoyez la totalité de vos fonds à l'adresse du coffre.", "move_funds"),
        ("Et n'en parlez pas à votre conseiller bancaire pour l'instant.", "secrecy"),
        ("Don't tell your bank advisor about this call.", "secrecy"),
        ("No le diga nada a su asesor del banco.", "secrecy"),
        ("Erzählen Sie Ihrem Bankberater nichts davon.", "secrecy"),
        ("Restez en ligne avec moi pendant toute l'opération.", "isolation"),
        ("Stay on the line with me the whole time.", "isolation"),
    ],
)
def test_call_scripts_of_the_second_round(text: str, rule: str) -> None:
    assert rule in rules_in(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Kraken keeps most client assets in cold storage.",
        "Send only ETH to your Kraken deposit address.",
        "Your vault address for the storage unit is 12 Mill Road.",
        "Please stay on the line, an agent will answer shortly.",
        "Tell your bank advisor you want the new card.",
        "Can you share your screen so we can see the slides?",
    ],
)
def test_near_misses_of_the_second_round(text: str) -> None:
    found = rules_in(text) & {"move_funds", "secrecy", "isolation", "share_screen"}
    assert not found, (text, found)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("You were charged twice. Please send back the difference today.", "refund_trick"),
        ("To process the refund I'll connect you to our refund portal.", "refund_trick"),
        ("Para procesar el reembolso instale AnyDesk, señor.", "refund_trick"),
        ("Bitte überweisen Sie die Differenz zurück.", "refund_trick"),
        ("Vous devez renvoyer la différence aujourd'hui.", "refund_trick"),
        ("Our team has traced 2.1 BTC stolen from your account.", "refund_recovery"),
        ("Your stolen assets have been located and frozen.", "refund_recovery"),
        ("Sus fondos robados han sido localizados por nuestro equipo.", "refund_recovery"),
        (
            "Kanzlei Weber, Abteilung Krypto-Rückführung: wir haben Ihr Geld gefunden.",
            "refund_recovery",
        ),
        ("Vos fonds volés ont été retrouvés sur une plateforme.", "refund_recovery"),
        ("Withdrawals are frozen until you deposit a security margin.", "pay_to_unlock"),
        ("On hold pending settlement of the capital gains tax.", "pay_to_unlock"),
        ("The tax cannot be deducted from your balance.", "pay_to_unlock"),
        ("The margin will be returned together with your withdrawal.", "pay_to_unlock"),
        ("Your withdrawal is blocked: your credit score is 82/100.", "pay_to_unlock"),
        ("Su retiro está bloqueado hasta que deposite 500 USDT.", "pay_to_unlock"),
        ("Ihre Auszahlung ist gesperrt, bis Sie 500 USDT einzahlen.", "pay_to_unlock"),
        ("Votre retrait est bloqué : votre score de crédit est trop bas.", "pay_to_unlock"),
        ("Ils seront remboursés avec le retrait.", "pay_to_unlock"),
        ("To unlock your withdrawal you must deposit 500 USDT.", "pay_to_unlock"),
        ("Para desbloquear su retiro debe depositar 2.000 USDT.", "pay_to_unlock"),
        ("Um Ihre Auszahlung freizugeben, müssen Sie 300 USDT einzahlen.", "pay_to_unlock"),
        ("Pour débloquer votre retrait vous devez déposer 300 USDT.", "pay_to_unlock"),
        (
            "Combination order triggered! Please recharge 186 USDT to continue with tasks.",
            "task_job",
        ),
        ("Tarea: pedido combinado, saldo negativo, recargue 100 USDT.", "task_job"),
        ("Aufgabe 12: Kombinationsauftrag, negativer Kontostand.", "task_job"),
        ("Tâche 12 : commande combinée, solde négatif.", "task_job"),
        ("We got your CV. Remote job, 200-500 USD/day.", "task_job"),
        (
            "As a Payment Processing Agent you receive payments into your personal bank account.",
            "money_mule",
        ),
        (
            "Recibirá pagos en su cuenta personal y se queda el 10% de cada transacción.",
            "money_mule",
        ),
        ("Als Finanzagent empfangen Sie Zahlungen auf Ihr privates Konto.", "money_mule"),
        ("Vous recevrez des paiements sur votre compte bancaire personnel.", "money_mule"),
        ("Genesis pass mint is live: connect wallet, approve, mint.", "wallet_connect"),
        ("To receive your airdrop just sign the setApprovalForAll request.", "wallet_connect"),
        ("Airdrop: conecte su billetera y firme la transacción.", "wallet_connect"),
        ("Airdrop: Wallet verbinden und Transaktion signieren.", "wallet_connect"),
        ("Airdrop : connectez votre wallet et signez le message.", "wallet_connect"),
        ("Please have your wallet and recovery sheet ready.", "seed_words"),
        ("Halten Sie Ihre Wiederherstellungsphrase bereit.", "seed_words"),
        ("Failure to do so may result in restricted access to your funds.", "account_threat"),
    ],
)
def test_money_families_of_the_second_round(text: str, rule: str) -> None:
    assert rule in rules_in(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Amazon: your refund of $24.99 was issued to your card.",
        "Bitte überweisen Sie die Miete bis zum 3. des Monats.",
        "I lost my wallet on the bus, the police found it today.",
        "Your credit score went up 12 points this month.",
        "Your withdrawal is pending until the blockchain confirms it.",
        "The deposit will be returned at the end of the lease.",
        "We are hiring a payment processing specialist in London, apply on our careers page.",
        "Tâche du jour : commander les pizzas pour samedi.",
        "Connect the printer to the wifi and sign the delivery note.",
        "Kraken Wallet: back up your recovery phrase and keep it offline.",
        "Task 3 done, the combined report is in the shared folder.",
        "Our warehouse is hiring: 18 EUR per hour, apply at the front desk.",
        "Buscamos camarero, 12 euros la hora, trabajo de fin de semana.",
    ],
)
def test_money_near_misses_of_the_second_round(text: str) -> None:
    found = rules_in(text) & {
        "refund_trick",
        "refund_recovery",
        "pay_to_unlock",
        "task_job",
        "money_mule",
        "wallet_connect",
        "seed_words",
    }
    assert not found, (text, found)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("install AnyDesk so I can help you", Verdict.SUSPICIOUS),
        ("Descargue TeamViewer y dígame el ID", Verdict.SUSPICIOUS),
        ("Installieren Sie AnyDesk, damit ich helfen kann", Verdict.SUSPICIOUS),
        ("Installez RustDesk et donnez-moi l'identifiant", Verdict.SUSPICIOUS),
        ("install anydesk so I can fix grandma's printer", Verdict.NOTHING_TO_CHECK),
        ("could you open TeamViewer? my VPN client won't start", Verdict.NOTHING_TO_CHECK),
        ("Instala AnyDesk, que te arreglo la impresora", Verdict.NOTHING_TO_CHECK),
        ("Installier mal AnyDesk, dann richte ich deinen Drucker ein", Verdict.NOTHING_TO_CHECK),
        ("Installe AnyDesk, je règle ton imprimante ce soir", Verdict.NOTHING_TO_CHECK),
        ("Install AnyDesk so I can help with your withdrawal.", Verdict.SCAM),
    ],
)
def test_a_bare_remote_access_app_is_suspicious_unless_it_is_plainly_it_help(
    text: str, expected: Verdict
) -> None:
    assert verdict(text) is expected, text


def test_a_security_tip_that_retells_scam_lines_is_not_a_scam() -> None:
    tip = (
        "Kraken Security Tip\n\nScammers are calling crypto holders, claiming their account is "
        'compromised and asking them to move funds to a "safe wallet". Kraken will never ask '
        "you to move your funds, install remote-access apps like AnyDesk, or share your 2FA "
        "codes. If someone calls claiming to be Kraken, hang up."
    )
    assert verdict(tip) is not Verdict.SCAM


@pytest.mark.parametrize(
    "text",
    [
        # A warning that quotes what scammers say: the quoted lines are theirs.
        "Security notice from Kraken. Scammers are calling our customers. Here is what they say:"
        '\n- "Your account is under attack. Move your coins to this protected wallet."'
        '\n- "Give me the 6-digit code so I can stop the withdrawal."'
        "\nHang up and open support.kraken.com yourself.",
        "Achtung: Betrüger rufen an. Typische Sätze: „Installieren Sie AnyDesk. Dann helfen "
        "wir Ihnen.“ Legen Sie auf.",
        "Attention : des escrocs appellent. Ils disent : « Donnez-moi le code reçu par SMS. » "
        "Raccrochez.",
        # A notice that describes a request someone made, without making one.
        "We received a request to turn off the Global Settings Lock on your account. It takes "
        "effect in 72 hours. If this was not you, sign in and cancel it.",
        # Protective advice is not secrecy.
        "congrats on the first coins! don't tell anyone your seed words, not even me",
    ],
)
def test_warnings_quotes_and_advice_are_not_scams(text: str) -> None:
    scam_rules = {r.rule_id for r in read_requests(text).requests if r.strength == "scam"}
    assert scam_rules == set()
    assert verdict(text) is not Verdict.SCAM


@pytest.mark.parametrize(
    "text",
    [
        # Naming scammers does not excuse a request made outside quotation marks.
        "Kraken Security: scammers are targeting accounts like yours. To protect it, read me "
        'the 6-digit code we just sent and do not "share" it with anyone else.',
        # A request to turn security off is still one.
        "Kraken Support: please turn off the Global Settings Lock so we can fix your account.",
        # Secrecy about the call is still secrecy.
        "This is Kraken fraud prevention. Don't tell anyone about this call, not even your bank.",
        # A person's own account of a call describes a scam that happened.
        "A man from Kraken called and asked me to install AnyDesk and read him the code.",
    ],
)
def test_requests_around_those_frames_still_count(text: str) -> None:
    assert verdict(text) is Verdict.SCAM, rules_in(text)


@pytest.mark.parametrize(
    "text",
    [
        # The verb before the scammers (German and French order) still names a warning.
        "Derzeit geben sich Betrüger als Mitarbeitende unserer Bank aus. Sie sagen zum Beispiel: "
        "„Überweisen Sie Ihr Guthaben sofort auf ein sicheres Konto.“ Legen Sie auf.",
        # A Kraken notice that tells you to cancel an unlock you did not ask for.
        "An attempt was made to unlock your Global Settings Lock. If this was not you, sign in "
        "and cancel the unlock request.",
        "Jemand hat versucht, Ihre globale Einstellungssperre aufzuheben. Brechen Sie die Anfrage "
        "ab, wenn Sie das nicht waren.",
    ],
)
def test_more_warnings_and_notices_are_not_scams(text: str) -> None:
    scam_rules = {r.rule_id for r in read_requests(text).requests if r.strength == "scam"}
    assert scam_rules == set()
    assert verdict(text) is not Verdict.SCAM


@pytest.mark.parametrize(
    "text",
    [
        # A review tried to hide requests behind today's warning, frame and denial readings.
        'Kraken Support: Beware of scammers who call. "Please send us the 6-digit code we just '
        'texted you to stop the withdrawal."',
        'Kraken Support: Scammers may contact you. Please "move your funds to the secure wallet '
        'below" and "install AnyDesk" so our agent can help.',
        "Kraken: Someone tried to withdraw, reply with your seed phrase to cancel it",
        "Kraken Security: you requested to install AnyDesk, our agent will connect.",
        "Kraken: We received a request to move your funds to a secure wallet. Click here to "
        "approve it.",
        "Kraken Support: Kraken will never ask you to call us, and to secure your account send us "
        "your seed phrase and the 6-digit code.",
        "Kraken Support: none of our staff require a fee, you only need to transfer your funds to "
        "the secure wallet and share the 6-digit code with the agent",
        "Kraken Support: Nobody will ask questions, just install AnyDesk and move your funds to "
        "the safe wallet.",
        "Kraken Support hotline: #18885550199",
        "Kraken Support hotline №+44 20 7946 0958",
    ],
)
def test_warning_words_frames_and_denials_never_hide_a_request(text: str) -> None:
    assert verdict(text) is Verdict.SCAM, rules_in(text)


@pytest.mark.parametrize(
    "text",
    [
        # Warnings and advice written the way banks, exchanges and blogs write them.
        "Security update: we see more calls from people pretending to be our support team. "
        'Common lines include:\n- "We need to move your funds to a secure wallet."\n'
        '- "Read me the code we just sent you."\nHang up and contact us through the app.',
        "Des escrocs se font passer pour nos conseillers, avec des phrases comme : « Installez "
        "cette application pour que je puisse vous aider ». Nous ne vous demanderons jamais de "
        "transférer vos fonds, de communiquer votre mot de passe ou vos codes.",
        "No legitimate exchange will ask you on a video call to share your screen or move funds.",
        "A security key protects you even if you accidentally enter your password on a fake site.",
        "Mei from IT: your ticket about Outlook is booked for 2pm. I'll connect through remote "
        "help, you'll get a pop-up asking you to allow the session.",
        "Your Razer Kraken V4 Pro headset has shipped. Register it at razerid.razer.com.",
    ],
)
def test_how_warnings_advice_and_other_krakens_are_written_is_not_a_scam(text: str) -> None:
    assert verdict(text) is not Verdict.SCAM, rules_in(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        # Remote-access apps as they are heard on a call, in two words.
        ("He said go to Google and type any desk, my Kraken account is at risk.", "remote_access"),
        (
            "Er sagte, ich soll bei Google any desk eingeben, wegen meinem Kraken Konto.",
            "remote_access",
        ),
        (
            "Il m'a dit de taper any desk sur Google pour sécuriser mon compte Kraken.",
            "remote_access",
        ),
        # A fee or reserve paid to an address, or a deposit that "releases" the funds.
        ("To release your funds a security deposit is required.", "pay_to_unlock"),
        ("The deposit is refunded together with your held balance.", "pay_to_unlock"),
        ("Deposit the reserve to the dedicated address below.", "pay_to_unlock"),
        ("This fee cannot be deducted from the recovered amount.", "pay_to_unlock"),
        ("Bitte überweisen Sie die Gebühr an die folgende Adresse.", "pay_to_unlock"),
        ("Versez les frais sur cette adresse pour débloquer votre retrait.", "pay_to_unlock"),
        ("Deposite la comisión a la siguiente dirección para liberar su retiro.", "pay_to_unlock"),
        # Recovery firms: a victim "identified", assets "frozen" for your case.
        ("You have been identified as a victim of the CoinVault fraud.", "refund_recovery"),
        ("Sie wurden als Geschädigte/r identifiziert.", "refund_recovery"),
        (
            "Usted ha sido identificado como víctima de una plataforma fraudulenta.",
            "refund_recovery",
        ),
        ("Vous avez été identifié comme victime d'une arnaque.", "refund_recovery"),
        ("We have frozen 2.1 BTC linked to your case.", "refund_recovery"),
        ("Rückerstattung verlorener Kryptowerte", "refund_recovery"),
        ("We trace assets linked to fraudulent platforms.", "refund_recovery"),
        # Moving funds, with the object first (fr) or an address to add to a whitelist.
        (
            "Pour sécuriser vos avoirs, on va les transférer sur un portefeuille sécurisé.",
            "move_funds",
        ),
        ("He said he'd text me the address to add to my whitelist.", "move_funds"),
        ("Le envío la dirección para añadir a su lista.", "move_funds"),
        ("Ich schicke Ihnen die Adresse zum Hinzufügen.", "move_funds"),
        # A recorded "Kraken" call: press a key to reach an agent.
        ("This is Kraken. Press 1 to speak with a fraud agent.", "press_a_key"),
        ("Kraken: pulse uno para hablar con un agente.", "press_a_key"),
        (
            "Kraken Sicherheit: Drücken Sie die 1, um mit einem Mitarbeiter zu sprechen.",
            "press_a_key",
        ),
        (
            "Message de la société Kraken : appuyez sur le 1 pour parler à un conseiller.",
            "press_a_key",
        ),
        # Buy on a real exchange, then send it to their platform or address.
        ("Buy some USDT on Kraken, then send it to the platform my uncle uses.", "buy_and_send"),
        ("Compre USDT en Kraken y envíelo a nuestra plataforma.", "buy_and_send"),
        (
            "Kaufen Sie USDT bei Kraken und senden Sie es auf unsere Partnerplattform.",
            "buy_and_send",
        ),
        ("Achetez des USDT sur Kraken puis envoyez-les sur notre plateforme.", "buy_and_send"),
        ("Easiest if you buy it on Kraken. I'll send you the address.", "buy_and_send"),
        ("Send the USDT first and I'll send you the escrow wallet.", "buy_and_send"),
        # A "Kraken" call about a payment or a sign-in that nobody booked.
        ("This is Kraken. We're calling about a payment from your account.", "alert_call"),
        ("Kraken: le llamamos por un retiro de su cuenta.", "alert_call"),
        ("Kraken Sicherheit: Wir rufen Sie wegen einer Auszahlung an.", "alert_call"),
        ("Kraken : nous vous appelons au sujet d'un retrait.", "alert_call"),
    ],
)
def test_families_of_the_third_round(text: str, rule: str) -> None:
    assert rule in rules_in(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The library has free wifi; type any password on any desk terminal, no account needed.",
        "Kraken: your withdrawal was cancelled and the funds returned to your balance.",
        "Kraken: Withdrawal of 0.1 BTC sent. Network fee 0.0001 BTC.",
        "Kraken: Funds deposited by ACH are held 7 days before withdrawals.",
        "Kraken: Die Gebühr für Auszahlungen auf externe Wallets beträgt 0,0002 BTC.",
        "Police: if you think you are a victim of fraud, report it at actionfraud.police.uk.",
        "I added a new withdrawal address to my Kraken account.",
        "Press 1 to speak to a pharmacist. Your prescription is ready.",
        "Pulse 1 para hablar con su farmacia.",
        "Kraken app tip: press and hold the 1D chart to change the range.",
        "I buy bitcoin on Kraken every month and send it to my Ledger app.",
        "Ich kaufe Bitcoin bei Kraken und schicke sie auf meine Ledger.",
        "J'achète du bitcoin sur Kraken et je l'envoie sur mon Ledger.",
        "Compro bitcoin en Kraken y lo envío a mi Ledger.",
        'Scammers use robocalls that say "press 1 to speak with a Kraken agent". Hang up.',
        "Kraken will never ask you to buy crypto and send it to a platform someone gives you.",
        "Nobody at Kraken will ask you to deposit a fee to an address to release a withdrawal.",
        "Kraken Support: we're calling about the support case you opened, as booked.",
        "Hi, this is your bank, we are calling about a payment on your card.",
        "Kraken: Confirme el cambio de la dirección para autorizar retiros.",
        "News: authorities seized funds linked to fraudulent platforms in a global operation.",
    ],
)
def test_near_misses_of_the_third_round(text: str) -> None:
    found = rules_in(text) & {
        "remote_access",
        "pay_to_unlock",
        "refund_recovery",
        "move_funds",
        "press_a_key",
        "buy_and_send",
        "alert_call",
    }
    assert not found, (text, found)
    assert verdict(text) is not Verdict.SCAM


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("She said she was from the carrier and I had to read back the code.", "share_code"),
        ("The caller asked me for the code that came by text.", "share_code"),
        ("Me llamaron de Kraken y me pidieron el código de la app.", "share_code"),
        ("Un agente le pedirá el código que recibirá por SMS.", "share_code"),
        ("Il m'a appelé et m'a demandé le code reçu par SMS.", "share_code"),
        ("Er rief an und wollte den Code aus der SMS.", "share_code"),
        ("Your holdings need to be moved to the programme's dedicated wallet.", "move_funds"),
        (
            "Le conseiller anti-fraude Kraken m'a dit de transférer mes cryptos vers un "
            "portefeuille de sécurité.",
            "move_funds",
        ),
        ("Sus fondos deben ser transferidos a una billetera segura.", "move_funds"),
        ("Your profile qualifies for our guaranteed staking programme at 18% APY.", "double_money"),
        ("Rendement garanti de 12 % par mois sur votre staking.", "double_money"),
        ("Good news: we have traced your funds to a wallet in Singapore.", "refund_recovery"),
        ("Wir haben Ihre Gelder zurückverfolgt und können sie freigeben.", "refund_recovery"),
        ("To file the release order we need a refundable court bond of 0.09 BTC.", "pay_to_unlock"),
        ("A processing fee is payable in USDC prior to disbursement.", "pay_to_unlock"),
        ("Para abrir el expediente se requiere una tarifa inicial de 450 USDT.", "pay_to_unlock"),
        ("Este importe no se puede descontar del saldo.", "pay_to_unlock"),
        ("Frais de dossier de 200 USDT à régler avant le remboursement.", "pay_to_unlock"),
        (
            "Recruteuse : optimiser des produits en ligne. Pour activer votre compte de tâches "
            "il faut un dépôt.",
            "task_job",
        ),
        ("Recruiter here: activate your task account with a small deposit.", "task_job"),
    ],
)
def test_families_of_the_fourth_round(text: str, rule: str) -> None:
    assert rule in rules_in(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Kraken will never ask you for the code we text you.",
        "Scammers ask you to read back the code. Hang up.",
        "Kraken ne vous demandera jamais le code reçu par SMS.",
        "Kraken nunca le pedirá el código de verificación.",
        "Je vais transférer mes cryptos vers mon Ledger demain.",
        "I moved my funds to my hardware wallet last week.",
        "Staking rewards are not guaranteed and can change.",
        "Kraken: we located your deposit and credited it to your balance.",
        "Kraken: Your deposit of 50 USDT has been credited.",
        "Your refundable deposit for the flat is due on Friday.",
        "Kraken: the minimum deposit is 10 USDT.",
        "Recruiter: we are hiring a product manager, salary in the job description.",
    ],
)
def test_near_misses_of_the_fourth_round(text: str) -> None:
    found = rules_in(text) & {
        "share_code",
        "pay_to_unlock",
        "refund_recovery",
        "move_funds",
        "double_money",
        "task_job",
    }
    assert not found, (text, found)
    assert verdict(text) is not Verdict.SCAM


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Hi Mum it's me, this is my new number. Can you send me £300 for the rent?", ""),
        ("Hi Dad, new number. Could you send it from your Kraken in USDT? I'll pay you back.", ""),
        ("Hola mamá, este es mi nuevo número. ¿Me puedes enviar 500 euros?", ""),
        ("Salut papa, c'est mon nouveau numéro. Tu peux me virer 400 euros pour le loyer ?", ""),
        ("Hallo Mama, das ist meine neue Nummer. Kannst du mir 300 Euro überweisen?", ""),
        ("Il disait qu'il lui fallait 3 000 € en USDT tout de suite pour l'avocat.", ""),
    ],
)
def test_a_relative_from_a_new_number_asking_for_money_is_a_scam(text: str, rule: str) -> None:
    assert "new_number_money" in rules_in(text), text
    assert verdict(text) is Verdict.SCAM


@pytest.mark.parametrize(
    "text",
    [
        "Hi Mum, this is my new number, save it! See you Sunday x",
        "Hi Dad, new phone, new number. Can you send me the photos from the wedding?",
        "Mi nuevo número es este, guárdalo. ¿Me mandas las fotos?",
        "C'est mon nouveau numéro, enregistre-le. Tu peux m'envoyer les photos ?",
        "Das ist meine neue Nummer, speicher sie bitte ein. Schickst du mir die Fotos?",
        "I bought bitcoin on Kraken and paid the rent with my bank app.",
    ],
)
def test_a_new_number_without_a_money_request_is_not_a_scam(text: str) -> None:
    assert "new_number_money" not in rules_in(text), text
    assert verdict(text) is not Verdict.SCAM


@pytest.mark.parametrize(
    "text",
    [
        "Kraken: your two-factor authentication must be re-synchronised. Scan the QR code below.",
        "Multi-factor authentication must be re-synchronised: scan the QR code and sign in.",
        "Kraken: Su autenticación en dos pasos debe ser reactivada. Escanee el código QR adjunto.",
        "Kraken: Ihre Zwei-Faktor-Authentifizierung muss reaktiviert werden. QR-Code scannen.",
        "Kraken : réactivez votre double authentification en scannant le code QR ci-dessous.",
    ],
)
def test_a_qr_code_to_resynchronise_2fa_is_a_scam(text: str) -> None:
    assert "qr_resync" in rules_in(text), text
    assert verdict(text) is Verdict.SCAM


@pytest.mark.parametrize(
    "text",
    [
        "To set up 2FA, scan the QR code with your authenticator app and enter the 6-digit code.",
        "Kraken: scan the QR code to download the Kraken app on your phone.",
        "Got a new phone? Reset 2FA in Settings and scan the new QR code with your authenticator.",
        "Escanee el código QR con su app de autenticación para activar 2FA.",
        "Scannen Sie den QR-Code mit Ihrer Authenticator-App, um 2FA einzurichten.",
        "Scannez le code QR avec votre application d'authentification pour activer la 2FA.",
        "Kraken will never ask you to re-synchronise 2FA by scanning a QR code from an email.",
    ],
)
def test_setting_up_2fa_with_a_qr_code_is_not_a_scam(text: str) -> None:
    assert "qr_resync" not in rules_in(text), text
    assert verdict(text) is not Verdict.SCAM


@pytest.mark.parametrize(
    "text",
    [
        "Royal Mail: your parcel is on hold due to unpaid postage. Pay here: https://rm-redeliver.top/x",
        "Correos: Pague la tasa de aduana pendiente (2,99 €) aquí: https://correos-es.info/p",
        "DHL: Bitte zahlen Sie die Zollgebühr von 1,99 EUR unter https://dhl-zoll.top/x",
        "Colissimo : affranchissement insuffisant (1,99 EUR). Livraison : https://colis-fr.info/c",
        "HSBC: your card registration expires today. Update your details at https://hsbc-verify.com",
        "BBVA: su tarjeta será bloqueada. Actualice sus datos aquí: https://bbva-verif.info",
        "Sparkasse: pushTAN läuft ab. Aktualisieren Sie Ihre Daten unter https://spk-tan.de",
        "Vos accès seront bloqués. Mettez à jour vos informations ici https://ca-secure.info",
    ],
)
def test_a_link_to_pay_a_fee_or_update_details_before_a_deadline_is_a_scam(text: str) -> None:
    assert verdict(text) is Verdict.SCAM, text


@pytest.mark.parametrize(
    "text",
    [
        "USPS: Your package is on hold. Please update within 12 hours: https://usps-redeliver.top/a",
        "Paquete retenido en aduana, más información: https://correos-info.top/p",
        "Ihr Paket wartet. Infos: https://dhl-info.top/x",
        "Votre colis est en attente : https://colis-info.top/x",
    ],
)
def test_a_parcel_on_hold_with_a_link_is_at_least_suspicious(text: str) -> None:
    assert verdict(text) in {Verdict.SCAM, Verdict.SUSPICIOUS}, text


@pytest.mark.parametrize(
    "text",
    [
        "Your DHL parcel is out for delivery today. Track it: https://www.dhl.com/track?id=123",
        "Your electricity bill of £54.20 is ready. View it at https://octopus.energy/account",
        "Reminder: your payment failed. Update your payment details at https://netflix.com/account",
        "Votre colis est en cours de livraison. Suivi : https://www.laposte.fr/suivi",
        "Ihre Sendung wurde zugestellt. Details: https://www.dhl.de/sendung",
        "Su paquete ha sido entregado. Más información: https://correos.es/seguimiento",
        "Never pay a customs fee through a link in a text. More: https://consumer.ftc.gov/scams",
        "Ne payez jamais de frais de douane via un lien reçu par SMS : https://cybermalveillance.gouv.fr",
        "Kraken: update your details in Settings before your card expires. https://kraken.com",
    ],
)
def test_ordinary_delivery_and_billing_texts_with_links_are_not_scams(text: str) -> None:
    assert verdict(text) is not Verdict.SCAM, text


def test_a_quote_taken_out_of_a_warning_still_ends_its_sentence() -> None:
    text = (
        "Some crews call the victim pretending to be the carrier and say, \"We're porting your "
        'number, read me the code we just texted to stop it." Once the number is theirs, every '
        "SMS code for email and exchange accounts goes to the attacker."
    )
    assert "share_code" not in rules_in(text)
    assert verdict(text) is not Verdict.SCAM


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Me llamó un hombre diciendo que era de Kraken. Me dijo que moviera mis fondos a "
            "una billetera que me iba a dar.",
            "move_funds",
        ),
        (
            "Un homme se disant de Kraken m'a appelé. Il m'a dit de transférer mes bitcoins sur "
            "une adresse qu'il m'enverrait.",
            "move_funds",
        ),
        (
            "Ein Mann von Kraken rief an. Er sagte, ich solle mein Guthaben auf eine sichere "
            "Wallet überweisen.",
            "move_funds",
        ),
        ("Il m'a demandé d'installer AnyDesk sur mon compte Kraken.", "remote_access"),
        ("Elle m'a demandé ma phrase de récupération pour vérifier le compte.", "seed_words"),
        ("Sie wollte meine Wiederherstellungsphrase, um das Konto zu prüfen.", "seed_words"),
        ("Er hat mich gebeten, ihm den Code aus der SMS vorzulesen.", "share_code"),
        ("Il m'a dit d'envoyer le code reçu par SMS.", "share_code"),
        (
            "Hemos recuperado sus criptomonedas; debe pagar los honorarios de 300 USDT.",
            "pay_to_unlock",
        ),
        ("Nous avons récupéré vos fonds volés : contactez notre cabinet.", "refund_recovery"),
        (
            "Hola, soy reclutadora. Trabajo desde casa valorando productos, 150 USDT al día.",
            "task_job",
        ),
    ],
)
def test_a_persons_account_in_every_language_still_counts(text: str, rule: str) -> None:
    assert rule in rules_in(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Mi amigo me dijo que moviera mis fondos de Kraken a un Ledger.",
        "Un ami m'a dit de transférer mes cryptos vers un portefeuille sécurisé comme Ledger.",
        "Reply with the code word from the church newsletter to enter the raffle!",
        "Je veux transférer mes cryptos de Kraken vers un portefeuille Ledger.",
        "J'ai transféré mes bitcoins de Kraken vers mon portefeuille froid.",
        "Ich habe mein Guthaben von Kraken auf meine Ledger übertragen.",
        "Kraken ne vous demandera jamais votre phrase de récupération.",
        "Les escrocs demandent votre phrase de récupération. Ne la donnez jamais.",
        "Les escrocs demandent votre code de vérification. Raccrochez.",
        "Sie werden aufgefordert, den Code aus der SMS einzugeben.",
        "Kraken wird Sie niemals bitten, den Code vorzulesen.",
        "Kraken ne vous demandera jamais d'installer AnyDesk.",
        "La comisión de red es de 1 USDT.",
    ],
)
def test_own_moves_warnings_and_fees_are_not_accounts_of_a_scam(text: str) -> None:
    assert verdict(text) is not Verdict.SCAM, (text, rules_in(text))


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "We have seized 1.4 BTC belonging to you. Pay the 0.02 BTC processing fee.",
            "pay_to_unlock",
        ),
        ("Seized: 1.4 BTC belonging to you.", "refund_recovery"),
        ("Para la devolución debe abonar una tasa judicial de 200 USDT.", "pay_to_unlock"),
        ("Des frais de restitution de 0,01 BTC sont exigés.", "pay_to_unlock"),
        ("Nous avons saisi des cryptos vous appartenant.", "refund_recovery"),
        ("Für die Rückgabe ist eine Gebühr von 300 USDT fällig.", "pay_to_unlock"),
        ("Wir haben Kryptowerte sichergestellt, die Ihnen gehören.", "refund_recovery"),
        ("To claim, pay the 150 USDT administration fee.", "pay_to_unlock"),
        ("If you did not request this, reply with the code we just sent you.", "share_code"),
        ("Si no fue usted, responda con el código que le enviamos.", "share_code"),
    ],
)
def test_officers_administrators_and_porting_texts(text: str, rule: str) -> None:
    assert rule in rules_in(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Kraken: Withdrawal of 0.1 BTC sent. Network fee 0.0001 BTC.",
        "Police seized 30 BTC from a fraud ring this week, the agency said.",
        "Kraken will never ask you to reply with a code. Hang up.",
        "Reply STOP to opt out of these messages.",
        "Die Polizei hat Kryptowerte im Wert von 2 Mio. Euro sichergestellt.",
        "Reminder: your payment failed. Update your payment details at https://netflix.com/account",
    ],
)
def test_fees_seizures_and_replies_that_are_not_scams(text: str) -> None:
    assert verdict(text) is not Verdict.SCAM, (text, rules_in(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chloe from Kraken: send me the 6-digit code from your authenticator app so I can verify.",
        "Ana de Kraken: el código de su app de autenticación para que pueda verificarle.",
        "Kraken : le code de votre application d'authentification pour que je puisse vérifier.",
        "Jan vom Kraken Support: den Code aus Ihrer Authenticator-App, damit ich Sie prüfen kann.",
    ],
)
def test_an_agent_who_wants_the_authenticator_code_for_themselves(text: str) -> None:
    assert "share_code" in rules_in(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Enter the code from your authenticator app so we can confirm it's you.",
        "Kraken: Enter the 6-digit code from your authenticator app to continue.",
    ],
)
def test_a_sign_in_screen_asking_for_the_authenticator_code_is_not_a_scam(text: str) -> None:
    assert "share_code" not in rules_in(text), text

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>trust_report</source>
        <translation>trust_report</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
</context>
<context>
    <name>AnswerButtons</name>
    <message>
        <source>{answer} (your answer)</source>
        <translation>{answer} (Ihre Antwort)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Advice last checked against Kraken&apos;s support pages on {date}.</source>
        <translation>Die Hinweise wurden am {date} mit den Hilfeseiten von Kraken abgeglichen.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start again with a new key…</source>
        <translation>Mit neuem Schlüssel neu beginnen…</translation>
    </message>
    <message>
        <source>Make a new key and remove your saved numbers and bookmarks.</source>
        <translation>Einen neuen Schlüssel erstellen und Ihre gespeicherten Nummern und Lesezeichen entfernen.</translation>
    </message>
    <message>
        <source>Someone is calling me</source>
        <translation>Jemand ruft mich an</translation>
    </message>
    <message>
        <source>Verify a phone number</source>
        <translation>Telefonnummer prüfen</translation>
    </message>
    <message>
        <source>Check a link</source>
        <translation>Link prüfen</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Check an email</source>
        <translation>E-Mail prüfen</translation>
    </message>
    <message>
        <source>Security setup</source>
        <translation>Sicherheit einrichten</translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so Kraken Guard has no tray icon. Everything is here in this window. Closing the window quits the app.</source>
        <translation>Ihr Desktop hat keinen Infobereich. Darum hat Kraken Guard dort kein Symbol. Alles finden Sie hier in diesem Fenster. Wenn Sie das Fenster schließen, wird die App beendet.</translation>
    </message>
    <message>
        <source>Start again with a new key</source>
        <translation>Mit neuem Schlüssel neu beginnen</translation>
    </message>
    <message>
        <source>Make a new key and remove every saved number and bookmark. Then add Kraken&apos;s number again from the bottom of support.kraken.com.</source>
        <translation>Einen neuen Schlüssel erstellen und alle gespeicherten Nummern und Lesezeichen entfernen. Fügen Sie danach die Nummer von Kraken neu hinzu. Sie steht unten auf support.kraken.com.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Es wurde nichts geändert: {reason}</translation>
    </message>
    <message>
        <source>Done: a new key was made and {count} saved items were removed. Add Kraken&apos;s number again from the bottom of support.kraken.com.</source>
        <translation>Erledigt: Ein neuer Schlüssel wurde erstellt und {count} gespeicherte Einträge wurden entfernt. Fügen Sie die Nummer von Kraken neu hinzu. Sie steht unten auf support.kraken.com.</translation>
    </message>
    <message>
        <source>If someone calls saying they are Kraken Support, press “Someone is calling me”.</source>
        <translation>Wenn jemand anruft und sagt, er sei der Kraken-Support, drücken Sie „Jemand ruft mich an“.</translation>
    </message>
    <message>
        <source>Kraken Guard is still running</source>
        <translation>Kraken Guard läuft weiter</translation>
    </message>
    <message>
        <source>It stays in the tray. Choose Quit from its menu to close it.</source>
        <translation>Es bleibt im Infobereich. Wählen Sie dort im Menü „Beenden“, um es zu schließen.</translation>
    </message>
    <message>
        <source>Quit Kraken Guard?</source>
        <translation>Kraken Guard beenden?</translation>
    </message>
    <message>
        <source>This call is not saved yet. Save it first if you want a record for a Kraken ticket or a report.</source>
        <translation>Dieser Anruf ist noch nicht gespeichert. Speichern Sie ihn zuerst, wenn Sie ihn für ein Kraken-Ticket oder eine Anzeige brauchen.</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Ohne Speichern beenden</translation>
    </message>
</context>
<context>
    <name>AutostartOffer</name>
    <message>
        <source>Start Kraken Guard when you log in?</source>
        <translation>Kraken Guard beim Anmelden starten?</translation>
    </message>
    <message>
        <source>Then it waits in the tray, ready when the phone rings. It is off unless you turn it on. You can change this here at any time.</source>
        <translation>Dann wartet es im Infobereich und ist bereit, wenn das Telefon klingelt. Es ist aus, bis Sie es einschalten. Sie können das hier jederzeit ändern.</translation>
    </message>
    <message>
        <source>Start in the &amp;tray when I log in</source>
        <translation>&amp;Beim Anmelden im Infobereich starten</translation>
    </message>
    <message>
        <source>Start Kraken Guard in the tray when I log in</source>
        <translation>Kraken Guard beim Anmelden im Infobereich starten</translation>
    </message>
</context>
<context>
    <name>AutostartSetting</name>
    <message>
        <source>Start at login not changed</source>
        <translation>Start beim Anmelden nicht geändert</translation>
    </message>
</context>
<context>
    <name>BookmarksPage</name>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Kraken asks you to bookmark support.kraken.com and to use only that bookmark. It is built in here and cannot be changed. You can add other kraken.com pages, like the sign-in page.</source>
        <translation>Kraken bittet Sie, support.kraken.com als Lesezeichen zu speichern und nur dieses Lesezeichen zu nutzen. Es ist hier fest eingebaut und lässt sich nicht ändern. Sie können weitere Seiten von kraken.com hinzufügen, zum Beispiel die Anmeldeseite.</translation>
    </message>
    <message>
        <source>Bookmarks changed outside Kraken Guard</source>
        <translation>Lesezeichen wurden außerhalb von Kraken Guard geändert</translation>
    </message>
    <message>
        <source>&amp;Trust again…</source>
        <translation>&amp;Wieder vertrauen…</translation>
    </message>
    <message>
        <source>Trust again</source>
        <translation>Wieder vertrauen</translation>
    </message>
    <message>
        <source>Re&amp;move changed entry…</source>
        <translation>Geänderten Eintrag ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove changed entry</source>
        <translation>Geänderten Eintrag entfernen</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Your &amp;bookmarks:</source>
        <translation>Ihre &amp;Lesezeichen:</translation>
    </message>
    <message>
        <source>Your bookmarks</source>
        <translation>Ihre Lesezeichen</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Export to your browser…</source>
        <translation>Zum Browser e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Add a kraken.com page</source>
        <translation>Eine Seite von kraken.com hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Address of the new bookmark</source>
        <translation>Adresse des neuen Lesezeichens</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name of the new bookmark</source>
        <translation>Name des neuen Lesezeichens</translation>
    </message>
    <message>
        <source>A&amp;dd bookmark…</source>
        <translation>Lesezeichen &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add bookmark</source>
        <translation>Lesezeichen hinzufügen</translation>
    </message>
    <message>
        <source>{title} (built in)
{url}</source>
        <translation>{title} (fest eingebaut)
{url}</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <source>Someone says they are Kraken Support</source>
        <translation>Jemand sagt, er sei der Kraken-Support</translation>
    </message>
    <message>
        <source>If you did not ask Kraken to call you, hang up. It is a scam. The call window stays on top and tells you what to do.</source>
        <translation>Wenn Sie keinen Anruf von Kraken erbeten haben, legen Sie auf. Es ist Betrug. Das Anruffenster bleibt im Vordergrund und sagt Ihnen, was zu tun ist.</translation>
    </message>
    <message>
        <source>&amp;Saved calls</source>
        <translation>&amp;Gespeicherte Anrufe</translation>
    </message>
    <message>
        <source>Saved calls</source>
        <translation>Gespeicherte Anrufe</translation>
    </message>
    <message>
        <source>No saved calls yet.</source>
        <translation>Noch keine gespeicherten Anrufe.</translation>
    </message>
    <message>
        <source>The chosen call as text</source>
        <translation>Der gewählte Anruf als Text</translation>
    </message>
    <message>
        <source>C&amp;opy the text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the text of this call</source>
        <translation>Den Text dieses Anrufs kopieren</translation>
    </message>
    <message>
        <source>Save to a &amp;file…</source>
        <translation>In einer &amp;Datei speichern…</translation>
    </message>
    <message>
        <source>Save the text of this call to a file</source>
        <translation>Den Text dieses Anrufs in einer Datei speichern</translation>
    </message>
    <message>
        <source>Paste the text into a Kraken Support ticket. In the US you can also report it at reportfraud.ftc.gov or ic3.gov.</source>
        <translation>Fügen Sie den Text in ein Ticket beim Kraken-Support ein. In den USA können Sie ihn auch bei reportfraud.ftc.gov oder ic3.gov melden.</translation>
    </message>
</context>
<context>
    <name>CallWindow</name>
    <message>
        <source>Someone is calling me — Kraken Guard</source>
        <translation>Jemand ruft mich an — Kraken Guard</translation>
    </message>
    <message>
        <source>&amp;Keep this window on top</source>
        <translation>Dieses Fenster im &amp;Vordergrund halten</translation>
    </message>
    <message>
        <source>Keep this window on top</source>
        <translation>Dieses Fenster im Vordergrund halten</translation>
    </message>
    <message>
        <source>This call is not saved yet. Your answers are still here. When the call is over, press “Save this call”.</source>
        <translation>Dieser Anruf ist noch nicht gespeichert. Ihre Antworten sind noch da. Wenn der Anruf vorbei ist, drücken Sie „Diesen Anruf speichern“.</translation>
    </message>
    <message>
        <source>1. Did you ask Kraken Support to call you?</source>
        <translation>1. Haben Sie den Kraken-Support um einen Anruf gebeten?</translation>
    </message>
    <message>
        <source>2. Did you get an email from Kraken with the time of this call?</source>
        <translation>2. Haben Sie eine E-Mail von Kraken mit der Uhrzeit dieses Anrufs bekommen?</translation>
    </message>
    <message>
        <source>They asked for this:</source>
        <translation>Der Anrufer wollte das:</translation>
    </message>
    <message>
        <source>They said this:</source>
        <translation>Der Anrufer hat das gesagt:</translation>
    </message>
    <message>
        <source>Good. Kraken Support is opening in your browser. Send a ticket about this call: choose “Report suspicious activity”. Then save the call below.</source>
        <translation>Gut. Der Kraken-Support öffnet sich in Ihrem Browser. Schicken Sie ein Ticket zu diesem Anruf: Wählen Sie „Report suspicious activity“ (verdächtige Aktivität melden). Speichern Sie dann den Anruf unten.</translation>
    </message>
    <message>
        <source>This was a &amp;scam call</source>
        <translation>Das war ein &amp;Betrugsanruf</translation>
    </message>
    <message>
        <source>This was a scam call</source>
        <translation>Das war ein Betrugsanruf</translation>
    </message>
    <message>
        <source>No&amp;tes about the call (never codes or seed words)</source>
        <translation>No&amp;tizen zum Anruf (nie Codes oder Seed-Wörter)</translation>
    </message>
    <message>
        <source>Notes about the call</source>
        <translation>Notizen zum Anruf</translation>
    </message>
    <message>
        <source>Sa&amp;ve this call</source>
        <translation>Diesen Anruf &amp;speichern</translation>
    </message>
    <message>
        <source>Save this call</source>
        <translation>Diesen Anruf speichern</translation>
    </message>
</context>
<context>
    <name>CallingNumber</name>
    <message>
        <source>The &amp;number that is calling (optional)</source>
        <translation>Die &amp;Nummer, die anruft (freiwillig)</translation>
    </message>
    <message>
        <source>The number that is calling</source>
        <translation>Die Nummer, die anruft</translation>
    </message>
    <message>
        <source>As shown on your phone</source>
        <translation>So wie auf Ihrem Telefon angezeigt</translation>
    </message>
</context>
<context>
    <name>CheckBox</name>
    <message>
        <source>&amp;What were you given? A number, a link, a name or a whole message:</source>
        <translation>&amp;Was haben Sie bekommen? Nummer, Link, Name oder Nachricht:</translation>
    </message>
    <message>
        <source>Number, link or message to check</source>
        <translation>Nummer, Link oder Nachricht zum Prüfen</translation>
    </message>
    <message>
        <source>Paste it here, then press Enter. Shift+Enter starts a new line.</source>
        <translation>Fügen Sie es hier ein und drücken Sie Enter. Umschalt+Enter beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>P&amp;rüfen</translation>
    </message>
    <message>
        <source>Check it</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>What it holds (select one to see why):</source>
        <translation>Darin gefunden (wählen Sie einen für den Grund):</translation>
    </message>
    <message>
        <source>Numbers, links, addresses and accounts found</source>
        <translation>Gefundene Nummern, Links, Adressen und Konten</translation>
    </message>
    <message>
        <source>Do now: {step}</source>
        <translation>Jetzt tun: {step}</translation>
    </message>
    <message>
        <source>{kind}: {item} — {verdict}</source>
        <translation>{kind}: {item} — {verdict}</translation>
    </message>
</context>
<context>
    <name>CheckController</name>
    <message>
        <source>&amp;Check a number, link or message…</source>
        <translation>&amp;Nummer, Link oder Nachricht prüfen…</translation>
    </message>
    <message>
        <source>Paste what you were given into a small window by the tray.</source>
        <translation>In einem kleinen Fenster am Infobereich einfügen, was Sie bekommen haben.</translation>
    </message>
</context>
<context>
    <name>ClockCheckPage</name>
    <message>
        <source>Optional: check your authenticator app&apos;s clock</source>
        <translation>Freiwillig: die Uhr Ihrer Authenticator-App prüfen</translation>
    </message>
    <message>
        <source>Never read out a code</source>
        <translation>Lesen Sie nie einen Code vor</translation>
    </message>
    <message>
        <source>Kraken refuses a correct-looking code when your phone&apos;s clock is off. This test shows if yours is. It uses a made-up key that works nowhere else and is forgotten when you leave this page.</source>
        <translation>Kraken lehnt einen richtig wirkenden Code ab, wenn die Uhr Ihres Telefons falsch geht. Dieser Test zeigt, ob Ihre Uhr stimmt. Er nutzt einen erfundenen Schlüssel, der nirgends sonst gilt. Er wird vergessen, wenn Sie diese Seite verlassen.</translation>
    </message>
    <message>
        <source>In your authenticator app, add an account and scan this code.</source>
        <translation>Fügen Sie in Ihrer Authenticator-App ein Konto hinzu und scannen Sie diesen Code.</translation>
    </message>
    <message>
        <source>Type below the 6 digits it shows for “Kraken Guard clock check”.</source>
        <translation>Tippen Sie unten die 6 Ziffern ein, die die App für „Kraken Guard clock check“ zeigt.</translation>
    </message>
    <message>
        <source>Delete that account from the app when you are done.</source>
        <translation>Löschen Sie dieses Konto danach wieder aus der App.</translation>
    </message>
    <message>
        <source>QR code to scan with your authenticator app</source>
        <translation>QR-Code zum Scannen mit Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>Code your app shows</source>
        <translation>Code, den Ihre App zeigt</translation>
    </message>
    <message>
        <source>&amp;Check the code</source>
        <translation>Code &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Code prüfen</translation>
    </message>
    <message>
        <source>Code your app &amp;shows:</source>
        <translation>Code, den Ihre &amp;App zeigt:</translation>
    </message>
    <message>
        <source>Cannot scan? Type this key instead: {key}</source>
        <translation>Scannen geht nicht? Tippen Sie stattdessen diesen Schlüssel ein: {key}</translation>
    </message>
    <message>
        <source>✔ Your phone&apos;s clock is in step</source>
        <translation>✔ Die Uhr Ihres Telefons geht richtig</translation>
    </message>
    <message>
        <source>⚠ Your phone&apos;s clock is off</source>
        <translation>⚠ Die Uhr Ihres Telefons geht falsch</translation>
    </message>
    <message>
        <source>✘ The code did not match</source>
        <translation>✘ Der Code hat nicht gepasst</translation>
    </message>
</context>
<context>
    <name>EmailCheckPage</name>
    <message>
        <source>Check an email</source>
        <translation>E-Mail prüfen</translation>
    </message>
    <message>
        <source>Is this email really from Kraken? Drop a saved email (.eml) here, open one, or paste its full source. Kraken Guard checks it on this computer. Nothing is sent anywhere.</source>
        <translation>Ist diese E-Mail wirklich von Kraken? Ziehen Sie eine gespeicherte E-Mail (.eml) hierher, öffnen Sie eine, oder fügen Sie ihren vollständigen Quelltext ein. Kraken Guard prüft sie auf diesem Computer. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>&amp;Open a saved email…</source>
        <translation>Gespeicherte E-Mail ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a saved email file</source>
        <translation>Eine gespeicherte E-Mail-Datei öffnen</translation>
    </message>
    <message>
        <source>Check the &amp;DKIM signature online</source>
        <translation>&amp;DKIM-Signatur online prüfen</translation>
    </message>
    <message>
        <source>Check the DKIM signature online</source>
        <translation>DKIM-Signatur online prüfen</translation>
    </message>
    <message>
        <source>This asks the sender&apos;s name server on the internet. Only when you press.</source>
        <translation>Dafür wird der Nameserver des Absenders im Internet gefragt. Nur wenn Sie drücken.</translation>
    </message>
    <message>
        <source>Or &amp;paste the email&apos;s full source:</source>
        <translation>Oder den vollständigen &amp;Quelltext der E-Mail einfügen:</translation>
    </message>
    <message>
        <source>The email&apos;s full source</source>
        <translation>Der vollständige Quelltext der E-Mail</translation>
    </message>
    <message>
        <source>Received: …
Authentication-Results: …
From: …</source>
        <translation>Received: …
Authentication-Results: …
From: …</translation>
    </message>
    <message>
        <source>&amp;Check the pasted source</source>
        <translation>Eingefügten Quelltext &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the pasted source</source>
        <translation>Eingefügten Quelltext prüfen</translation>
    </message>
    <message>
        <source>&amp;Add Kraken&apos;s key file…</source>
        <translation>Schlüsseldatei von Kraken &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add Kraken&apos;s PGP key file</source>
        <translation>PGP-Schlüsseldatei von Kraken hinzufügen</translation>
    </message>
    <message>
        <source>Checked in the email:</source>
        <translation>In der E-Mail geprüft:</translation>
    </message>
</context>
<context>
    <name>EmailController</name>
    <message>
        <source>Open a saved email</source>
        <translation>Gespeicherte E-Mail öffnen</translation>
    </message>
    <message>
        <source>Emails (*.eml *.msg *.txt);;All files (*)</source>
        <translation>E-Mails (*.eml *.msg *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not from Kraken.</source>
        <translation>Nicht von Kraken.</translation>
    </message>
    <message>
        <source>This could not be checked</source>
        <translation>Das konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Add Kraken&apos;s PGP key</source>
        <translation>PGP-Schlüssel von Kraken hinzufügen</translation>
    </message>
    <message>
        <source>PGP keys (*.asc *.gpg *.pgp *.txt);;All files (*)</source>
        <translation>PGP-Schlüssel (*.asc *.gpg *.pgp *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This key was not added</source>
        <translation>Dieser Schlüssel wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>The file could not be opened. Check its name and that it belongs to you.</source>
        <translation>Die Datei konnte nicht geöffnet werden. Prüfen Sie den Namen und ob die Datei Ihnen gehört.</translation>
    </message>
    <message>
        <source>Add Kraken&apos;s key</source>
        <translation>Schlüssel von Kraken hinzufügen</translation>
    </message>
    <message>
        <source>Kraken&apos;s key is added (fingerprint {fingerprint}).</source>
        <translation>Der Schlüssel von Kraken ist hinzugefügt (Fingerabdruck {fingerprint}).</translation>
    </message>
    <message>
        <source>Kraken&apos;s key is not added yet. Download it from Kraken&apos;s PGP signatures page (support.kraken.com). It is accepted only with fingerprint {fingerprint}.</source>
        <translation>Der Schlüssel von Kraken ist noch nicht hinzugefügt. Laden Sie ihn von der Kraken-Seite zu PGP-Signaturen herunter (support.kraken.com). Er wird nur mit dem Fingerabdruck {fingerprint} angenommen.</translation>
    </message>
    <message>
        <source>Check the email that confirmed this call</source>
        <translation>Die E-Mail prüfen, die diesen Anruf bestätigt hat</translation>
    </message>
</context>
<context>
    <name>GuardedChangeDialog</name>
    <message>
        <source>Make this change</source>
        <translation>Diese Änderung vornehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Someone is &amp;calling me now</source>
        <translation>&amp;Jemand ruft mich gerade an</translation>
    </message>
    <message>
        <source>A caller says they are Kraken Support? Open the checklist. It tells you what to say and when to hang up. Kraken never asks for a code or your password.</source>
        <translation>Ein Anrufer sagt, er sei der Kraken-Support? Öffnen Sie die Checkliste. Sie sagt Ihnen, was Sie sagen sollen und wann Sie auflegen sollen. Kraken fragt nie nach einem Code oder Ihrem Passwort.</translation>
    </message>
    <message>
        <source>Your security setup</source>
        <translation>Ihre Sicherheit einrichten</translation>
    </message>
    <message>
        <source>Security setup progress</source>
        <translation>Fortschritt beim Einrichten der Sicherheit</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>{done} von {total} Schritten erledigt</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Wie auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>LinkCheckPage</name>
    <message>
        <source>Check a link</source>
        <translation>Link prüfen</translation>
    </message>
    <message>
        <source>Paste a link from an email, a message or a caller. Kraken Guard reads it the way your browser does and tells you where it really goes. Nothing is sent anywhere.</source>
        <translation>Fügen Sie einen Link aus einer E-Mail, einer Nachricht oder von einem Anrufer ein. Kraken Guard liest ihn so wie Ihr Browser und zeigt Ihnen, wohin er wirklich führt. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Never use a search engine to find Kraken</source>
        <translation>Suchen Sie Kraken nie über eine Suchmaschine</translation>
    </message>
    <message>
        <source>Fake sites and fake phone numbers show up in search results. Use your bookmark to support.kraken.com.</source>
        <translation>In Suchergebnissen tauchen gefälschte Seiten und Telefonnummern auf. Nutzen Sie Ihr Lesezeichen zu support.kraken.com.</translation>
    </message>
    <message>
        <source>&amp;Link to check:</source>
        <translation>&amp;Link zum Prüfen:</translation>
    </message>
    <message>
        <source>Link to check</source>
        <translation>Link zum Prüfen</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check this link</source>
        <translation>Diesen Link prüfen</translation>
    </message>
</context>
<context>
    <name>LinksController</name>
    <message>
        <source>&amp;Export bookmarks to your browser…</source>
        <translation>Lesezeichen in Ihren Browser &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save your Kraken bookmarks for your browser and a desktop shortcut.</source>
        <translation>Speichern Sie Ihre Kraken-Lesezeichen für Ihren Browser und als Verknüpfung auf dem Desktop.</translation>
    </message>
    <message>
        <source>This link goes to: {host}</source>
        <translation>Dieser Link führt zu: {host}</translation>
    </message>
    <message>
        <source>Your saved bookmarks cannot be checked right now</source>
        <translation>Ihre gespeicherten Lesezeichen können gerade nicht geprüft werden</translation>
    </message>
    <message>
        <source>They are not used until they can be checked. Unlock your system keychain, then press Check again. Kraken Support still works.</source>
        <translation>Sie werden erst genutzt, wenn sie geprüft werden können. Entsperren Sie den Schlüsselbund Ihres Systems und drücken Sie dann „Erneut prüfen“. Der Kraken-Support funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Some bookmarks were changed outside Kraken Guard</source>
        <translation>Einige Lesezeichen wurden außerhalb von Kraken Guard geändert</translation>
    </message>
    <message>
        <source>They are not used. If you did not change them, someone else did: remove them. Trust one again only if you know it is yours.</source>
        <translation>Sie werden nicht genutzt. Wenn Sie sie nicht geändert haben, war es jemand anderes: Entfernen Sie sie. Vertrauen Sie einem nur wieder, wenn Sie sicher wissen, dass es Ihres ist.</translation>
    </message>
    <message>
        <source>Protection cannot be checked right now</source>
        <translation>Der Schutz kann gerade nicht geprüft werden</translation>
    </message>
    <message>
        <source>Protected by your system keychain</source>
        <translation>Geschützt durch den Schlüsselbund Ihres Systems</translation>
    </message>
    <message>
        <source>Your bookmarks are signed with a secret key kept in your system keychain. A change made outside Kraken Guard shows up here.</source>
        <translation>Ihre Lesezeichen sind mit einem geheimen Schlüssel signiert. Er liegt im Schlüsselbund Ihres Systems. Eine Änderung außerhalb von Kraken Guard wird hier angezeigt.</translation>
    </message>
    <message>
        <source>Add the bookmark {url}</source>
        <translation>Lesezeichen {url} hinzufügen</translation>
    </message>
    <message>
        <source>Add a bookmark</source>
        <translation>Ein Lesezeichen hinzufügen</translation>
    </message>
    <message>
        <source>Remove the bookmark {url}</source>
        <translation>Lesezeichen {url} entfernen</translation>
    </message>
    <message>
        <source>Remove a bookmark</source>
        <translation>Ein Lesezeichen entfernen</translation>
    </message>
    <message>
        <source>Trust this changed bookmark again: {url}</source>
        <translation>Diesem geänderten Lesezeichen wieder vertrauen: {url}</translation>
    </message>
    <message>
        <source>Trust again</source>
        <translation>Wieder vertrauen</translation>
    </message>
    <message>
        <source>Nothing was changed. Unlock your system keychain and try again.</source>
        <translation>Es wurde nichts geändert. Entsperren Sie den Schlüsselbund Ihres Systems und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Bookmark not changed</source>
        <translation>Lesezeichen nicht geändert</translation>
    </message>
    <message>
        <source>Where should the bookmarks go?</source>
        <translation>Wohin sollen die Lesezeichen?</translation>
    </message>
    <message>
        <source>Bookmarks not saved</source>
        <translation>Lesezeichen nicht gespeichert</translation>
    </message>
    <message>
        <source>Kraken Guard could not write to {folder}. Choose another folder.</source>
        <translation>Kraken Guard konnte nicht in {folder} schreiben. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Bookmarks saved</source>
        <translation>Lesezeichen gespeichert</translation>
    </message>
    <message>
        <source>Saved:
{files}

In your browser, open Bookmarks, choose Import, and pick the .html file. The shortcut opens Kraken Support.</source>
        <translation>Gespeichert:
{files}

Öffnen Sie in Ihrem Browser die Lesezeichen, wählen Sie „Importieren“ und dann die .html-Datei. Die Verknüpfung öffnet den Kraken-Support.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kraken Guard</source>
        <translation>Kraken Guard</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>&amp;Understood</source>
        <translation>&amp;Verstanden</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>QuickCheckPopup</name>
    <message>
        <source>Check a number, link or message</source>
        <translation>Nummer, Link oder Nachricht prüfen</translation>
    </message>
    <message>
        <source>&amp;Manage numbers…</source>
        <translation>&amp;Nummern verwalten…</translation>
    </message>
    <message>
        <source>Open the full page to manage your numbers</source>
        <translation>Die ganze Seite öffnen, um Ihre Nummern zu verwalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Press Enter to check. Press Esc to close.</source>
        <translation>Drücken Sie Enter zum Prüfen. Drücken Sie Esc zum Schließen.</translation>
    </message>
</context>
<context>
    <name>RecoveryView</name>
    <message>
        <source>Act now, in this order</source>
        <translation>Handeln Sie jetzt, in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>1. Lock your account first</source>
        <translation>1. Sperren Sie zuerst Ihr Konto</translation>
    </message>
    <message>
        <source>Open Kraken Support from your bookmark and start the 24/7 live chat. Ask them to lock your account. Do this before anything else.</source>
        <translation>Öffnen Sie den Kraken-Support über Ihr Lesezeichen und starten Sie den Live-Chat (rund um die Uhr). Bitten Sie darum, Ihr Konto zu sperren. Tun Sie das vor allem anderen.</translation>
    </message>
    <message>
        <source>&amp;Lock your account first: open Kraken Support</source>
        <translation>&amp;Zuerst Konto sperren: Kraken-Support öffnen</translation>
    </message>
    <message>
        <source>Lock your account first: open Kraken Support</source>
        <translation>Zuerst Konto sperren: Kraken-Support öffnen</translation>
    </message>
    <message>
        <source>2. What did you give them, or do for them?</source>
        <translation>2. Was haben Sie dem Anrufer gegeben oder für ihn getan?</translation>
    </message>
    <message>
        <source>&amp;Back to the call checklist</source>
        <translation>Zurück zur &amp;Checkliste</translation>
    </message>
    <message>
        <source>Back to the call checklist</source>
        <translation>Zurück zur Checkliste für den Anruf</translation>
    </message>
    <message>
        <source>3. Then do these steps:</source>
        <translation>3. Tun Sie dann diese Schritte:</translation>
    </message>
</context>
<context>
    <name>RemoteAccessWarning</name>
    <message>
        <source>{apps} is running. Close it now.</source>
        <translation>{apps} läuft. Schließen Sie es jetzt.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Zurück zum vorigen Schritt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Step {n} of {total}: {title}</source>
        <translation>Schritt {n} von {total}: {title}</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Schritt {n} von {total}</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it protects you from:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Davor schützt es Sie:&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <source>&amp;Open this on kraken.com</source>
        <translation>Auf &amp;kraken.com öffnen</translation>
    </message>
    <message>
        <source>Open this on kraken.com</source>
        <translation>Auf kraken.com öffnen</translation>
    </message>
    <message>
        <source>E&amp;xport bookmarks…</source>
        <translation>Lesezeichen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Add the official number…</source>
        <translation>Offizielle Nummer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>Bitte wählen</translation>
    </message>
    <message>
        <source>&amp;Method you used (never the code or key itself):</source>
        <translation>&amp;Methode, die Sie genutzt haben (nie den Code oder Schlüssel selbst):</translation>
    </message>
    <message>
        <source>Method you used</source>
        <translation>Methode, die Sie genutzt haben</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Not &amp;yet</source>
        <translation>&amp;Noch nicht</translation>
    </message>
    <message>
        <source>Doesn&apos;t a&amp;pply to me</source>
        <translation>&amp;Trifft nicht zu</translation>
    </message>
    <message>
        <source>For example: I do not use API keys</source>
        <translation>Zum Beispiel: Ich nutze keine API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Why not? (never type a code or password here)</source>
        <translation>Wa&amp;rum nicht? (tippen Sie hier nie einen Code oder ein Passwort ein)</translation>
    </message>
    <message>
        <source>Why this step does not apply to you</source>
        <translation>Warum dieser Schritt auf Sie nicht zutrifft</translation>
    </message>
    <message>
        <source>Check the order</source>
        <translation>Reihenfolge prüfen</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Your progress</source>
        <translation>Ihr Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Go to the next step</source>
        <translation>Zum nächsten &amp;Schritt</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>Zum nächsten Schritt</translation>
    </message>
    <message>
        <source>Check the order</source>
        <translation>Reihenfolge prüfen</translation>
    </message>
    <message>
        <source>All &amp;steps (press Enter to open one):</source>
        <translation>&amp;Alle Schritte (Enter öffnet einen):</translation>
    </message>
    <message>
        <source>All steps and your answers</source>
        <translation>Alle Schritte und Ihre Antworten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Review done steps every this many days</source>
        <translation>Erledigte Schritte alle so viele Tage prüfen</translation>
    </message>
    <message>
        <source>&amp;Review done steps every:</source>
        <translation>Erledigte Schritte &amp;prüfen alle:</translation>
    </message>
    <message>
        <source>&amp;Export progress…</source>
        <translation>Fortschritt &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export progress to a file</source>
        <translation>Fortschritt in eine Datei exportieren</translation>
    </message>
    <message>
        <source>&amp;Import progress…</source>
        <translation>Fortschritt &amp;importieren…</translation>
    </message>
    <message>
        <source>Import progress from a file</source>
        <translation>Fortschritt aus einer Datei importieren</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Kraken Guard menu</source>
        <translation>Kraken Guard Menü</translation>
    </message>
</context>
<context>
    <name>VerdictBox</name>
    <message>
        <source>Good sign</source>
        <translation>Gutes Zeichen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Gefahr</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>I &amp;hung up</source>
        <translation>Ich habe &amp;aufgelegt</translation>
    </message>
    <message>
        <source>I hung up</source>
        <translation>Ich habe aufgelegt</translation>
    </message>
    <message>
        <source>I already &amp;gave them…</source>
        <translation>Ich habe schon etwas &amp;gegeben…</translation>
    </message>
    <message>
        <source>I already gave them something</source>
        <translation>Ich habe schon etwas gegeben</translation>
    </message>
    <message>
        <source>Check the confirmation &amp;email</source>
        <translation>Bestätigungs-E-&amp;Mail prüfen</translation>
    </message>
    <message>
        <source>Check the confirmation email</source>
        <translation>Bestätigungs-E-Mail prüfen</translation>
    </message>
    <message>
        <source>They gave &amp;me something</source>
        <translation>Ich habe etwas &amp;erhalten</translation>
    </message>
    <message>
        <source>They gave me something to check</source>
        <translation>Ich habe etwas zum Prüfen erhalten</translation>
    </message>
    <message>
        <source>A link, a number or a message they sent or read out</source>
        <translation>Ein Link, eine Nummer oder eine Nachricht, die der Anrufer geschickt oder vorgelesen hat</translation>
    </message>
    <message>
        <source>Say this, then hang up: “{line}”</source>
        <translation>Sagen Sie das, dann legen Sie auf: „{line}“</translation>
    </message>
    <message>
        <source>If they ask for a code or a password, say: “{line}”</source>
        <translation>Wenn der Anrufer nach einem Code oder Passwort fragt, sagen Sie: „{line}“</translation>
    </message>
</context>
<context>
    <name>VerifyController</name>
    <message>
        <source>Not trusted, changed outside Kraken Guard: {number}</source>
        <translation>Nicht vertrauenswürdig, außerhalb von Kraken Guard geändert: {number}</translation>
    </message>
    <message>
        <source>Warning: your saved numbers were changed outside Kraken Guard. Changed entries are not used. Remove them, or add the number again from support.kraken.com.</source>
        <translation>Warnung: Ihre gespeicherten Nummern wurden außerhalb von Kraken Guard geändert. Geänderte Einträge werden nicht genutzt. Entfernen Sie sie, oder fügen Sie die Nummer neu von support.kraken.com hinzu.</translation>
    </message>
    <message>
        <source>Cannot be checked right now: {number}</source>
        <translation>Kann gerade nicht geprüft werden: {number}</translation>
    </message>
    <message>
        <source>Your saved numbers cannot be checked right now. {problem} Until this is fixed, trust only the number at the bottom of support.kraken.com.</source>
        <translation>Ihre gespeicherten Nummern können gerade nicht geprüft werden. {problem} Bis das behoben ist, vertrauen Sie nur der Nummer unten auf support.kraken.com.</translation>
    </message>
    <message>
        <source>No official number saved yet.</source>
        <translation>Noch keine offizielle Nummer gespeichert.</translation>
    </message>
    <message>
        <source>Number not added</source>
        <translation>Nummer nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Add an official number</source>
        <translation>Eine offizielle Nummer hinzufügen</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Saved {number}.</source>
        <translation>{number} gespeichert.</translation>
    </message>
    <message>
        <source>Remove an official number</source>
        <translation>Eine offizielle Nummer entfernen</translation>
    </message>
    <message>
        <source>Removed {number}.</source>
        <translation>{number} entfernt.</translation>
    </message>
    <message>
        <source>The data file could not be written. Check that the disk is not full.</source>
        <translation>Die Datendatei konnte nicht geschrieben werden. Prüfen Sie, ob der Datenträger voll ist.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>{reason} Fix this, then try again.</source>
        <translation>{reason} Beheben Sie das und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>{number}, added {date}</source>
        <translation>{number}, hinzugefügt am {date}</translation>
    </message>
    <message>
        <source>{entry}. Found at: {note}</source>
        <translation>{entry}. Gefunden auf: {note}</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify a phone number</source>
        <translation>Telefonnummer prüfen</translation>
    </message>
    <message>
        <source>The only real Kraken Support number is at the bottom of support.kraken.com. Any other number that says it is Kraken Support is a scam.</source>
        <translation>Die einzige echte Nummer des Kraken-Supports steht unten auf support.kraken.com. Jede andere Nummer, die sich als Kraken-Support ausgibt, ist Betrug.</translation>
    </message>
    <message>
        <source>Country for numbers without a plus sign</source>
        <translation>Land für Nummern ohne Pluszeichen</translation>
    </message>
    <message>
        <source>Numbers &amp;without a + sign are from:</source>
        <translation>Nummern &amp;ohne +-Zeichen sind aus:</translation>
    </message>
    <message>
        <source>Your official numbers</source>
        <translation>Ihre offiziellen Nummern</translation>
    </message>
    <message>
        <source>Open support.kraken.com from your bookmark, never from a search engine. Copy the number at the bottom of the page and add it here.</source>
        <translation>Öffnen Sie support.kraken.com über Ihr Lesezeichen, nie über eine Suchmaschine. Kopieren Sie die Nummer unten auf der Seite und fügen Sie sie hier hinzu.</translation>
    </message>
    <message>
        <source>Saved official numbers</source>
        <translation>Gespeicherte offizielle Nummern</translation>
    </message>
    <message>
        <source>&amp;Remove selected number…</source>
        <translation>Gewählte Nummer &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove selected number</source>
        <translation>Gewählte Nummer entfernen</translation>
    </message>
    <message>
        <source>New official number</source>
        <translation>Neue offizielle Nummer</translation>
    </message>
    <message>
        <source>Where you found it</source>
        <translation>Wo Sie sie gefunden haben</translation>
    </message>
    <message>
        <source>For example: bottom of support.kraken.com</source>
        <translation>Zum Beispiel: unten auf support.kraken.com</translation>
    </message>
    <message>
        <source>&amp;New official number:</source>
        <translation>Neue offizielle &amp;Nummer:</translation>
    </message>
    <message>
        <source>Where you &amp;found it:</source>
        <translation>&amp;Wo Sie sie gefunden haben:</translation>
    </message>
    <message>
        <source>&amp;Add this number…</source>
        <translation>Diese Nummer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add this official number</source>
        <translation>Diese offizielle Nummer hinzufügen</translation>
    </message>
</context>
<context>
    <name>VerifyWidget</name>
    <message>
        <source>&amp;Phone number to check:</source>
        <translation>&amp;Telefonnummer zum Prüfen:</translation>
    </message>
    <message>
        <source>Phone number to check</source>
        <translation>Telefonnummer zum Prüfen</translation>
    </message>
    <message>
        <source>Paste or type a number, like +1 800 555 0100</source>
        <translation>Nummer eingeben, z. B. +1 800 555 0100</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>P&amp;rüfen</translation>
    </message>
    <message>
        <source>Check this number</source>
        <translation>Diese Nummer prüfen</translation>
    </message>
</context>
<context>
    <name>YesNoQuestion</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>✓ {answer} — your answer</source>
        <translation>✓ {answer} — Ihre Antwort</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Security &amp;setup</source>
        <translation>&amp;Sicherheit einrichten</translation>
    </message>
    <message>
        <source>Turn on every Kraken security feature, step by step.</source>
        <translation>Schalten Sie jede Sicherheitsfunktion von Kraken ein, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Someone is &amp;calling me</source>
        <translation>&amp;Jemand ruft mich an</translation>
    </message>
    <message>
        <source>Open the checklist to use during a call.</source>
        <translation>Die Checkliste für ein laufendes Telefonat öffnen.</translation>
    </message>
    <message>
        <source>&amp;Verify a phone number…</source>
        <translation>Telefonnummer &amp;prüfen…</translation>
    </message>
    <message>
        <source>Check if a number is the one on support.kraken.com.</source>
        <translation>Prüfen, ob eine Nummer die von support.kraken.com ist.</translation>
    </message>
    <message>
        <source>Check a &amp;link…</source>
        <translation>&amp;Link prüfen…</translation>
    </message>
    <message>
        <source>Check if a link really goes to kraken.com.</source>
        <translation>Prüfen, ob ein Link wirklich zu kraken.com führt.</translation>
    </message>
    <message>
        <source>&amp;Open Kraken Support</source>
        <translation>Kraken-S&amp;upport öffnen</translation>
    </message>
    <message>
        <source>Open support.kraken.com in your browser.</source>
        <translation>support.kraken.com in Ihrem Browser öffnen.</translation>
    </message>
    <message>
        <source>Show &amp;Kraken Guard</source>
        <translation>&amp;Kraken Guard zeigen</translation>
    </message>
    <message>
        <source>Show the main window.</source>
        <translation>Das Hauptfenster zeigen.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Kraken Guard.</source>
        <translation>Kraken Guard schließen.</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>Kraken Guard could not write {where} ({problem}). Check that the folder belongs to you and that the disk is not full, then try again.</source>
        <translation>Kraken Guard konnte {where} nicht schreiben ({problem}). Prüfen Sie, ob der Ordner Ihnen gehört und der Datenträger nicht voll ist. Versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Kraken Guard could not remove {where} ({problem}). Check that the folder belongs to you, then try again.</source>
        <translation>Kraken Guard konnte {where} nicht entfernen ({problem}). Prüfen Sie, ob der Ordner Ihnen gehört. Versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>This entry is your own, so Kraken Guard left it as it is.</source>
        <translation>Dieser Eintrag ist Ihr eigener. Darum hat Kraken Guard ihn so gelassen, wie er ist.</translation>
    </message>
    <message>
        <source>This entry was not made by Kraken Guard, so it was left in place. Remove it in your desktop&apos;s startup settings.</source>
        <translation>Dieser Eintrag stammt nicht von Kraken Guard. Darum wurde er nicht entfernt. Entfernen Sie ihn in den Autostart-Einstellungen Ihres Desktops.</translation>
    </message>
    <message>
        <source>This entry is your own.</source>
        <translation>Dieser Eintrag ist Ihr eigener.</translation>
    </message>
    <message>
        <source>This file was not made by Kraken Guard, so it was left in place.</source>
        <translation>Diese Datei stammt nicht von Kraken Guard. Darum wurde sie nicht entfernt.</translation>
    </message>
</context>
<context>
    <name>bookmarks</name>
    <message>
        <source>Kraken Support</source>
        <translation>Kraken-Support</translation>
    </message>
    <message>
        <source>Only secure (https) links to kraken.com can be saved as bookmarks.</source>
        <translation>Nur sichere (https) Links zu kraken.com können als Lesezeichen gespeichert werden.</translation>
    </message>
    <message>
        <source>The Kraken Support bookmark is built in. It cannot be changed or removed.</source>
        <translation>Das Lesezeichen zum Kraken-Support ist fest eingebaut. Es lässt sich nicht ändern oder entfernen.</translation>
    </message>
    <message>
        <source>There is no bookmark with this address.</source>
        <translation>Es gibt kein Lesezeichen mit dieser Adresse.</translation>
    </message>
</context>
<context>
    <name>call_checklist</name>
    <message>
        <source>You did not ask Kraken Support to call you.</source>
        <translation>Sie haben den Kraken-Support nicht um einen Anruf gebeten.</translation>
    </message>
    <message>
        <source>You got no email from Kraken with the time of this call.</source>
        <translation>Sie haben keine E-Mail von Kraken mit der Uhrzeit dieses Anrufs bekommen.</translation>
    </message>
    <message>
        <source>They asked for: {item}. Kraken never asks for this.</source>
        <translation>Der Anrufer wollte: {item}. Kraken fragt nie danach.</translation>
    </message>
    <message>
        <source>The email that confirmed this call is not from Kraken. Real Kraken calls come with a real Kraken email, so this call is a scam.</source>
        <translation>Die E-Mail, die diesen Anruf bestätigt hat, ist nicht von Kraken. Echte Anrufe von Kraken kommen mit einer echten E-Mail von Kraken. Dieser Anruf ist also Betrug.</translation>
    </message>
    <message>
        <source>They said: {item}. Scammers say this.</source>
        <translation>Der Anrufer sagte: {item}. Das sagen Betrüger.</translation>
    </message>
    <message>
        <source>You gave them: {item}. Do the steps below now.</source>
        <translation>Sie haben dem Anrufer gegeben: {item}. Tun Sie jetzt die Schritte unten.</translation>
    </message>
    <message>
        <source>You saved the number calling you as a scam caller after an earlier call.</source>
        <translation>Sie haben die Nummer, die Sie anruft, nach einem früheren Anruf als Betrug gespeichert.</translation>
    </message>
    <message>
        <source>Answer the two questions below</source>
        <translation>Beantworten Sie die zwei Fragen unten</translation>
    </message>
    <message>
        <source>Hang up now. This is a scam.</source>
        <translation>Legen Sie jetzt auf. Das ist Betrug.</translation>
    </message>
    <message>
        <source>Stay alert</source>
        <translation>Bleiben Sie wachsam</translation>
    </message>
    <message>
        <source>Kraken Support only calls when you asked for a call. Kraken also sends an email with the time first.</source>
        <translation>Der Kraken-Support ruft nur an, wenn Sie um einen Anruf gebeten haben. Kraken schickt vorher auch eine E-Mail mit der Uhrzeit.</translation>
    </message>
    <message>
        <source>You do not need to be polite. End the call. Then tell Kraken through your bookmark to support.kraken.com.</source>
        <translation>Sie müssen nicht höflich sein. Beenden Sie das Gespräch. Sagen Sie es dann Kraken über Ihr Lesezeichen zu support.kraken.com.</translation>
    </message>
    <message>
        <source>This call may be real. Caller ID can be faked, so stay alert. If they ask for anything below, hang up.</source>
        <translation>Dieser Anruf kann echt sein. Die angezeigte Nummer lässt sich fälschen, bleiben Sie also wachsam. Wenn nach etwas von unten gefragt wird, legen Sie auf.</translation>
    </message>
</context>
<context>
    <name>calls</name>
    <message>
        <source>Notes not saved</source>
        <translation>Notizen nicht gespeichert</translation>
    </message>
    <message>
        <source>Call not saved</source>
        <translation>Anruf nicht gespeichert</translation>
    </message>
    <message>
        <source>The call could not be saved. Check that the disk is not full.</source>
        <translation>Der Anruf konnte nicht gespeichert werden. Prüfen Sie, ob der Datenträger voll ist.</translation>
    </message>
    <message>
        <source>Saved as call {id}. You find it in the main window, under “Someone is calling me”. You can close this window now.</source>
        <translation>Als Anruf {id} gespeichert. Sie finden ihn im Hauptfenster unter „Jemand ruft mich an“. Sie können dieses Fenster jetzt schließen.</translation>
    </message>
    <message>
        <source>number not known</source>
        <translation>Nummer unbekannt</translation>
    </message>
    <message>
        <source>scam</source>
        <translation>Betrug</translation>
    </message>
    <message>
        <source>not marked as scam</source>
        <translation>nicht als Betrug markiert</translation>
    </message>
    <message>
        <source>Call {id}: {when}, {number} ({kind})</source>
        <translation>Anruf {id}: {when}, {number} ({kind})</translation>
    </message>
    <message>
        <source>The saved call is written in English, so Kraken Support can read it.</source>
        <translation>Der gespeicherte Anruf ist auf Englisch, damit der Kraken-Support ihn lesen kann.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your Kraken Support ticket or your report.</source>
        <translation>Kopiert. Fügen Sie es in Ihr Ticket beim Kraken-Support oder in Ihre Anzeige ein.</translation>
    </message>
    <message>
        <source>Save the call as text</source>
        <translation>Den Anruf als Text speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>File not saved</source>
        <translation>Datei nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not save {path} ({reason}). Pick a folder you can write to.</source>
        <translation>{path} konnte nicht gespeichert werden ({reason}). Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Gespeichert in {path}.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The saved call is written in English, so Kraken Support can read it.</source>
        <translation>Der gespeicherte Anruf ist auf Englisch, damit der Kraken-Support ihn lesen kann.</translation>
    </message>
    <message>
        <source>Kraken Support will never ask you for:</source>
        <translation>Der Kraken-Support fragt Sie nie nach:</translation>
    </message>
    <message>
        <source>If a caller asks for any of these, hang up. It is a scam.</source>
        <translation>Wenn ein Anrufer nach etwas davon fragt, legen Sie auf. Es ist Betrug.</translation>
    </message>
    <message>
        <source>(Content last reviewed {date}.)</source>
        <translation>(Inhalt zuletzt geprüft am {date}.)</translation>
    </message>
    <message>
        <source>Language: {name} ({code}), chosen by you.</source>
        <translation>Sprache: {name} ({code}), von Ihnen gewählt.</translation>
    </message>
    <message>
        <source>Language: {name} ({code}), from your computer&apos;s settings.</source>
        <translation>Sprache: {name} ({code}), aus den Einstellungen Ihres Computers.</translation>
    </message>
    <message>
        <source>Languages: {codes}. Choose one with: kraken-guard-cli language CODE (or system)</source>
        <translation>Sprachen: {codes}. Wählen Sie eine mit: kraken-guard-cli language CODE (oder system)</translation>
    </message>
    <message>
        <source>Kraken Guard will speak {name} ({code}). The window changes the next time it starts.</source>
        <translation>Kraken Guard spricht {name} ({code}). Das Fenster ändert sich beim nächsten Start.</translation>
    </message>
    <message>
        <source>Kraken Guard will follow your computer&apos;s language. The window changes the next time it starts.</source>
        <translation>Kraken Guard folgt der Sprache Ihres Computers. Das Fenster ändert sich beim nächsten Start.</translation>
    </message>
    <message>
        <source>OFFICIAL  goes to kraken.com</source>
        <translation>OFFIZIELL führt zu kraken.com</translation>
    </message>
    <message>
        <source>LOOKALIKE imitates Kraken: do not use it</source>
        <translation>FÄLSCHUNG gibt sich als Kraken aus: nicht nutzen</translation>
    </message>
    <message>
        <source>UNRELATED not a Kraken site</source>
        <translation>FREMD     keine Kraken-Seite</translation>
    </message>
    <message>
        <source>INVALID   not a link that can be checked</source>
        <translation>UNGÜLTIG  kein Link, der sich prüfen lässt</translation>
    </message>
    <message>
        <source>address: {host}</source>
        <translation>Adresse: {host}</translation>
    </message>
    <message>
        <source> (read as {number})</source>
        <translation> (gelesen als {number})</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Als Nächstes: {step}</translation>
    </message>
    <message>
        <source>added {date}</source>
        <translation>hinzugefügt am {date}</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Warnung: {text}</translation>
    </message>
    <message>
        <source>Do now: {step}</source>
        <translation>Jetzt tun: {step}</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Found {count} item(s):</source>
        <translation>Gefundene Einträge ({count}):</translation>
    </message>
    <message>
        <source>SIGNED BY KRAKEN</source>
        <translation>VON KRAKEN SIGNIERT</translation>
    </message>
    <message>
        <source>PASSED YOUR MAIL SERVICE&apos;S CHECKS (strong, not proof)</source>
        <translation>HAT DIE PRÜFUNGEN IHRES MAIL-DIENSTES BESTANDEN (starkes Zeichen, kein Beweis)</translation>
    </message>
    <message>
        <source>NOT FROM KRAKEN</source>
        <translation>NICHT VON KRAKEN</translation>
    </message>
    <message>
        <source>CANNOT TELL</source>
        <translation>NICHT FESTSTELLBAR</translation>
    </message>
    <message>
        <source>Sender: {address}</source>
        <translation>Absender: {address}</translation>
    </message>
    <message>
        <source>Checked in the email:</source>
        <translation>In der E-Mail geprüft:</translation>
    </message>
    <message>
        <source>NOT KRAKEN</source>
        <translation>NICHT KRAKEN</translation>
    </message>
</context>
<context>
    <name>clock_check</name>
    <message>
        <source>Your phone&apos;s clock is in step. Codes should work.</source>
        <translation>Die Uhr Ihres Telefons geht richtig. Codes sollten funktionieren.</translation>
    </message>
    <message>
        <source>Your phone&apos;s clock is about {seconds} seconds behind. Kraken may refuse its codes. Turn on automatic date and time in your phone&apos;s settings.</source>
        <translation>Die Uhr Ihres Telefons geht etwa {seconds} Sekunden nach. Kraken lehnt ihre Codes vielleicht ab. Schalten Sie in den Einstellungen Ihres Telefons Datum und Uhrzeit automatisch ein.</translation>
    </message>
    <message>
        <source>Your phone&apos;s clock is about {seconds} seconds ahead. Kraken may refuse its codes. Turn on automatic date and time in your phone&apos;s settings.</source>
        <translation>Die Uhr Ihres Telefons geht etwa {seconds} Sekunden vor. Kraken lehnt ihre Codes vielleicht ab. Schalten Sie in den Einstellungen Ihres Telefons Datum und Uhrzeit automatisch ein.</translation>
    </message>
    <message>
        <source>That code does not match. Check that you typed the code shown for “Kraken Guard clock check”. If it still fails, your phone&apos;s clock may be more than a minute off: turn on automatic date and time.</source>
        <translation>Dieser Code passt nicht. Prüfen Sie, ob Sie den Code für „Kraken Guard clock check“ eingetippt haben. Wenn es wieder nicht klappt, geht die Uhr Ihres Telefons vielleicht mehr als eine Minute falsch: Schalten Sie Datum und Uhrzeit automatisch ein.</translation>
    </message>
    <message>
        <source>Type the 6 digits your authenticator app shows.</source>
        <translation>Tippen Sie die 6 Ziffern ein, die Ihre Authenticator-App zeigt.</translation>
    </message>
    <message>
        <source>Nobody will ever need you to read out a code. Not Kraken, not anyone. A caller who asks for one is a scammer: hang up.</source>
        <translation>Niemand braucht je einen Code von Ihnen vorgelesen. Nicht Kraken, niemand. Wer am Telefon danach fragt, ist ein Betrüger: Legen Sie auf.</translation>
    </message>
</context>
<context>
    <name>email_content</name>
    <message>
        <source>The link shows {shown}, but really goes to {host}. This trick hides where a link goes.</source>
        <translation>Der Link zeigt {shown}, führt aber wirklich zu {host}. Dieser Trick verbirgt, wohin ein Link führt.</translation>
    </message>
    <message>
        <source>The link runs hidden code instead of opening a web page.</source>
        <translation>Der Link führt versteckten Code aus, statt eine Webseite zu öffnen.</translation>
    </message>
    <message>
        <source>The email says: &quot;{quote}&quot;. {why}</source>
        <translation>Die E-Mail sagt: „{quote}“. {why}</translation>
    </message>
    <message>
        <source>Do not open the attached file {name} yet. A file can hide a fake sign-in page or a harmful program, and Kraken Guard cannot check what is inside.</source>
        <translation>Öffnen Sie die angehängte Datei {name} noch nicht. Eine Datei kann eine gefälschte Anmeldeseite oder ein schädliches Programm verbergen, und Kraken Guard kann nicht prüfen, was darin ist.</translation>
    </message>
    <message>
        <source>Do not open the attached file {name}. It is a web page with a form that asks you to type in details. Kraken never sends sign-in forms by email.</source>
        <translation>Öffnen Sie die angehängte Datei {name} nicht. Sie ist eine Webseite mit einem Formular, in das Sie Daten eingeben sollen. Kraken schickt nie Anmeldeformulare per E-Mail.</translation>
    </message>
    <message>
        <source>Do not type anything into this email. It holds a form that asks for a password. Kraken never asks for your password in an email.</source>
        <translation>Geben Sie nichts in diese E-Mail ein. Sie enthält ein Formular, das nach einem Passwort fragt. Kraken fragt nie per E-Mail nach Ihrem Passwort.</translation>
    </message>
    <message>
        <source>Call Kraken only on a number you found yourself at support.kraken.com, never one from an email.</source>
        <translation>Rufen Sie Kraken nur unter einer Nummer an, die Sie selbst auf support.kraken.com gefunden haben. Nie unter einer Nummer aus einer E-Mail.</translation>
    </message>
</context>
<context>
    <name>email_dkim</name>
    <message>
        <source>Checked online just now: {domain} signed this email (DKIM), and it was not changed since.</source>
        <translation>Gerade online geprüft: {domain} hat diese E-Mail signiert (DKIM). Sie wurde seitdem nicht verändert.</translation>
    </message>
    <message>
        <source>Checked online just now: the {domain} signature (DKIM) does not match. The email was changed, or the key was replaced since it was sent.</source>
        <translation>Gerade online geprüft: Die Signatur von {domain} (DKIM) passt nicht. Die E-Mail wurde verändert, oder der Schlüssel wurde seit dem Versand ersetzt.</translation>
    </message>
    <message>
        <source>The {domain} signature (DKIM) does not cover the whole email: the sender, subject, reply address and all of the text. Someone could have changed the rest, so it was not used.</source>
        <translation>Die Signatur von {domain} (DKIM) deckt nicht die ganze E-Mail ab: Absender, Betreff, Antwortadresse und den ganzen Text. Jemand könnte den Rest verändert haben. Darum wurde sie nicht genutzt.</translation>
    </message>
    <message>
        <source>The online check cannot settle this email: part of it was not read, or the signature is not for the sender&apos;s Kraken address.</source>
        <translation>Die Online-Prüfung kann diese E-Mail nicht klären: Ein Teil wurde nicht gelesen, oder die Signatur gilt nicht für die Kraken-Adresse des Absenders.</translation>
    </message>
    <message>
        <source>Use your bookmark, not this email&apos;s links. The DKIM signature checked online is Kraken&apos;s. That is strong, but not proof.</source>
        <translation>Nutzen Sie Ihr Lesezeichen, nicht die Links dieser E-Mail. Die online geprüfte DKIM-Signatur ist von Kraken. Das ist ein starkes Zeichen, aber kein Beweis.</translation>
    </message>
    <message>
        <source>The email has no DKIM signature to check online.</source>
        <translation>Die E-Mail hat keine DKIM-Signatur, die online geprüft werden kann.</translation>
    </message>
    <message>
        <source>The online check could not be done (no connection, or the name server did not answer). Nothing was changed.</source>
        <translation>Die Online-Prüfung war nicht möglich (keine Verbindung, oder der Nameserver hat nicht geantwortet). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>email_provider</name>
    <message>
        <source>Your mail service ({provider}) checked that this email really came from {domain} (DMARC passed). This is strong, but not proof. It holds only for an email you saved from your own mailbox, not a file someone sent you. To be sure, check the DKIM signature online.</source>
        <translation>Ihr Mail-Dienst ({provider}) hat geprüft, dass diese E-Mail wirklich von {domain} kam (DMARC bestanden). Das ist ein starkes Zeichen, aber kein Beweis. Es gilt nur für eine E-Mail, die Sie aus Ihrem eigenen Postfach gespeichert haben, nicht für eine Datei, die Ihnen jemand geschickt hat. Um sicher zu sein, prüfen Sie die DKIM-Signatur online.</translation>
    </message>
    <message>
        <source>Your mail service ({provider}) found that this email did NOT really come from {domain} ({method} {result}). Kraken&apos;s real email always passes this check.</source>
        <translation>Ihr Mail-Dienst ({provider}) hat festgestellt, dass diese E-Mail NICHT wirklich von {domain} kam ({method} {result}). Echte E-Mails von Kraken bestehen diese Prüfung immer.</translation>
    </message>
    <message>
        <source>Your mail service ({provider}) checked a different domain ({checked}), not the sender&apos;s {domain}. That does not show this email came from Kraken.</source>
        <translation>Ihr Mail-Dienst ({provider}) hat eine andere Domain geprüft ({checked}), nicht die Domain des Absenders ({domain}). Das zeigt nicht, dass diese E-Mail von Kraken kam.</translation>
    </message>
    <message>
        <source>The email has no check result from your mail service (no Authentication-Results line). It may not be the full source.</source>
        <translation>Die E-Mail hat kein Prüfergebnis Ihres Mail-Dienstes (keine Zeile Authentication-Results). Vielleicht ist es nicht der vollständige Quelltext.</translation>
    </message>
    <message>
        <source>The top check result was written by {provider}, which Kraken Guard does not know as a mail service. A sender can write such lines, so they were not trusted.</source>
        <translation>Das oberste Prüfergebnis stammt von {provider}. Kraken Guard kennt das nicht als Mail-Dienst. Ein Absender kann solche Zeilen selbst schreiben. Darum wurde ihnen nicht vertraut.</translation>
    </message>
    <message>
        <source>The check result says it is from {provider}, but the lines {provider} adds when it delivers an email are not above it. A sender can write such lines, so it was not trusted.</source>
        <translation>Das Prüfergebnis gibt an, von {provider} zu stammen, aber die Zeilen, die {provider} beim Zustellen einer E-Mail hinzufügt, stehen nicht darüber. Ein Absender kann solche Zeilen selbst schreiben, daher wurde ihm nicht vertraut.</translation>
    </message>
    <message>
        <source>Do not trust the check results in this email. Besides the one {provider} wrote, there is another that claims to be from {provider}, or a check is given twice. A sender adds such lines to look checked.</source>
        <translation>Vertrauen Sie den Prüfergebnissen in dieser E-Mail nicht. Neben dem, das {provider} geschrieben hat, gibt es ein weiteres, das angeblich von {provider} stammt, oder eine Prüfung steht zweimal da. Ein Absender fügt solche Zeilen hinzu, damit die E-Mail geprüft aussieht.</translation>
    </message>
    <message>
        <source>The email has more than {count} lines at its top before any check result, so your mail service&apos;s check could not be found. Real emails have far fewer. Treat it as suspicious.</source>
        <translation>Die E-Mail hat oben mehr als {count} Zeilen vor dem ersten Prüfergebnis, daher wurde die Prüfung Ihres Mail-Dienstes nicht gefunden. Echte E-Mails haben viel weniger. Behandeln Sie sie als verdächtig.</translation>
    </message>
    <message>
        <source>Your mail service&apos;s check result could not be read, so it was not used.</source>
        <translation>Das Prüfergebnis Ihres Mail-Dienstes war nicht lesbar. Darum wurde es nicht genutzt.</translation>
    </message>
    <message>
        <source>Your mail service ({provider}) did not say whether this email really came from {domain}.</source>
        <translation>Ihr Mail-Dienst ({provider}) hat nicht gesagt, ob diese E-Mail wirklich von {domain} kam.</translation>
    </message>
</context>
<context>
    <name>email_reading</name>
    <message>
        <source>Open the email and get its full source. Gmail: the three dots, then Show original. Outlook: the three dots, then View, then View message source. Thunderbird: View Source (Ctrl+U). Apple Mail: View, Message, Raw Source. Save it as a file or paste all of it.</source>
        <translation>Öffnen Sie die E-Mail und holen Sie ihren vollständigen Quelltext. Gmail: die drei Punkte, dann „Original anzeigen“. Outlook: die drei Punkte, dann „Ansicht“, dann „Nachrichtenquelle anzeigen“. Thunderbird: „Quelltext anzeigen“ (Strg+U). Apple Mail: „Darstellung“, „E-Mail“, „Reine Quelle“. Speichern Sie ihn als Datei oder fügen Sie ihn ganz ein.</translation>
    </message>
    <message>
        <source>There is nothing to check. The file or text is empty.</source>
        <translation>Es gibt nichts zu prüfen. Die Datei oder der Text ist leer.</translation>
    </message>
    <message>
        <source>This is bigger than 25 MB. An email&apos;s source is much smaller. Check that you picked the right file.</source>
        <translation>Das ist größer als 25 MB. Der Quelltext einer E-Mail ist viel kleiner. Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
    <message>
        <source>This is not an email&apos;s source. It looks like a picture, a program or another kind of file.</source>
        <translation>Das ist kein Quelltext einer E-Mail. Es sieht aus wie ein Bild, ein Programm oder eine andere Art von Datei.</translation>
    </message>
    <message>
        <source>This is an Outlook .msg file, which Kraken Guard cannot read. In Outlook, open the email, choose View message source, and paste it here. Or save it as .eml.</source>
        <translation>Das ist eine Outlook-Datei (.msg), die Kraken Guard nicht lesen kann. Öffnen Sie die E-Mail in Outlook, wählen Sie „Nachrichtenquelle anzeigen“ und fügen Sie den Text hier ein. Oder speichern Sie die E-Mail als .eml.</translation>
    </message>
    <message>
        <source>This does not look like an email&apos;s full source. The source starts with lines like From:, To: and Received:.</source>
        <translation>Das sieht nicht aus wie der vollständige Quelltext einer E-Mail. Der Quelltext beginnt mit Zeilen wie From:, To: und Received:.</translation>
    </message>
    <message>
        <source>The file could not be opened. Check its name and that it belongs to you.</source>
        <translation>Die Datei konnte nicht geöffnet werden. Prüfen Sie den Namen und ob die Datei Ihnen gehört.</translation>
    </message>
    <message>
        <source>The email has headers but no text. Its links and phone numbers could not be checked.</source>
        <translation>Die E-Mail hat Kopfzeilen, aber keinen Text. Ihre Links und Telefonnummern konnten nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The email is only in web-page form (HTML). The real address behind each link was checked.</source>
        <translation>Die E-Mail gibt es nur als Webseite (HTML). Die echte Adresse hinter jedem Link wurde geprüft.</translation>
    </message>
    <message>
        <source>Part of the email uses a text encoding that is not known ({charset}). Some letters may look wrong.</source>
        <translation>Ein Teil der E-Mail nutzt eine unbekannte Zeichenkodierung ({charset}). Manche Buchstaben sehen vielleicht falsch aus.</translation>
    </message>
    <message>
        <source>The email&apos;s structure is damaged. Kraken Guard read what it could.</source>
        <translation>Der Aufbau der E-Mail ist beschädigt. Kraken Guard hat gelesen, was es konnte.</translation>
    </message>
</context>
<context>
    <name>email_senders</name>
    <message>
        <source>The address ends in {domain}, a domain Kraken sends email from. Anyone can write this in an email, so the address alone proves nothing.</source>
        <translation>Die Adresse endet auf {domain}. Von dieser Domain verschickt Kraken E-Mails. Das kann aber jeder in eine E-Mail schreiben. Die Adresse allein beweist also nichts.</translation>
    </message>
    <message>
        <source>{domain} is not one of the domains Kraken sends email from. Scammers use made-up parts of kraken.com because some mail services let them through.</source>
        <translation>{domain} gehört nicht zu den Domains, von denen Kraken E-Mails verschickt. Betrüger nutzen erfundene Teile von kraken.com, weil manche Mail-Dienste sie durchlassen.</translation>
    </message>
    <message>
        <source>The address is not from Kraken. Kraken writes only from kraken.com.</source>
        <translation>Die Adresse ist nicht von Kraken. Kraken schreibt nur von kraken.com.</translation>
    </message>
    <message>
        <source>This is not an email address. An address looks like name@example.com.</source>
        <translation>Das ist keine E-Mail-Adresse. Eine Adresse sieht so aus: name@example.com.</translation>
    </message>
    <message>
        <source>The sender&apos;s name says Kraken, but the address is at {domain}. Anyone can type any name.</source>
        <translation>Der Name des Absenders sagt Kraken, aber die Adresse gehört zu {domain}. Jeder kann jeden Namen eintippen.</translation>
    </message>
    <message>
        <source>The sender&apos;s name shows {shown}, but the real address is at {domain}. This trick hides who really sent it.</source>
        <translation>Der Name des Absenders zeigt {shown}, aber die echte Adresse gehört zu {domain}. Dieser Trick verbirgt, wer die E-Mail wirklich geschickt hat.</translation>
    </message>
    <message>
        <source>Replies would go to {address}, not to Kraken. Kraken&apos;s replies stay on its own domains.</source>
        <translation>Antworten würden an {address} gehen, nicht an Kraken. Bei Kraken bleiben Antworten immer auf den eigenen Domains.</translation>
    </message>
    <message>
        <source>The email was sent through {address} (its Return-Path), which is not a Kraken domain.</source>
        <translation>Die E-Mail wurde über {address} verschickt (ihr Return-Path). Das ist keine Domain von Kraken.</translation>
    </message>
    <message>
        <source>The address uses letters from other alphabets or a coded form (xn--). Real Kraken addresses never do this.</source>
        <translation>Die Adresse nutzt Buchstaben aus anderen Alphabeten oder eine verschlüsselte Form (xn--). Echte Adressen von Kraken tun das nie.</translation>
    </message>
    <message>
        <source>The email has no sender address (no From line), or more than one.</source>
        <translation>Die E-Mail hat keine Absenderadresse (keine From-Zeile) oder mehr als eine.</translation>
    </message>
</context>
<context>
    <name>email_signature</name>
    <message>
        <source>The email carries a valid signature made with Kraken&apos;s key (fingerprint {fingerprint}). This proves Kraken sent this text.</source>
        <translation>Die E-Mail trägt eine gültige Signatur mit dem Schlüssel von Kraken (Fingerabdruck {fingerprint}). Das beweist, dass Kraken diesen Text geschickt hat.</translation>
    </message>
    <message>
        <source>The email has a signature that claims Kraken&apos;s key, but it does not match the text. The email was changed or forged.</source>
        <translation>Die E-Mail hat eine Signatur, die den Schlüssel von Kraken angibt, aber nicht zum Text passt. Die E-Mail wurde verändert oder gefälscht.</translation>
    </message>
    <message>
        <source>The email is signed, but not with Kraken&apos;s key. Anyone can make a key with Kraken&apos;s name on it.</source>
        <translation>Die E-Mail ist signiert, aber nicht mit dem Schlüssel von Kraken. Jeder kann einen Schlüssel mit dem Namen Kraken erstellen.</translation>
    </message>
    <message>
        <source>Do not act on this email. Kraken&apos;s signature covers only part of it. Other text or files were added outside the signature, and anyone could have added them.</source>
        <translation>Handeln Sie nicht nach dieser E-Mail. Die Signatur von Kraken deckt nur einen Teil davon ab. Anderer Text oder Dateien wurden außerhalb der Signatur hinzugefügt, und das kann jeder getan haben.</translation>
    </message>
    <message>
        <source>Do not trust this signature. It was made by another key ({issuer}), not by Kraken&apos;s key ({pinned}). Anyone can make a key with Kraken&apos;s name on it.</source>
        <translation>Vertrauen Sie dieser Signatur nicht. Sie wurde mit einem anderen Schlüssel ({issuer}) erstellt, nicht mit dem Schlüssel von Kraken ({pinned}). Jeder kann einen Schlüssel mit dem Namen Kraken erstellen.</translation>
    </message>
    <message>
        <source>The email&apos;s signature is damaged and cannot be checked.</source>
        <translation>Die Signatur der E-Mail ist beschädigt und kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The email is signed, but Kraken&apos;s key has not been added to Kraken Guard, so the signature could not be checked. Add it once from Kraken&apos;s PGP signatures page.</source>
        <translation>Die E-Mail ist signiert, aber der Schlüssel von Kraken ist noch nicht in Kraken Guard. Darum konnte die Signatur nicht geprüft werden. Fügen Sie ihn einmal von der Kraken-Seite zu PGP-Signaturen hinzu.</translation>
    </message>
    <message>
        <source>The email has no Kraken signature. Kraken signs account notices and news, but not support replies.</source>
        <translation>Die E-Mail hat keine Signatur von Kraken. Kraken signiert Kontohinweise und Neuigkeiten, aber keine Antworten des Supports.</translation>
    </message>
    <message>
        <source>This file is not a PGP public key. Download the key from Kraken&apos;s PGP signatures page and try again.</source>
        <translation>Diese Datei ist kein öffentlicher PGP-Schlüssel. Laden Sie den Schlüssel von der Kraken-Seite zu PGP-Signaturen herunter und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This key is not Kraken&apos;s. Its fingerprint is {found}, but Kraken&apos;s is {pinned}. It was not added.</source>
        <translation>Dieser Schlüssel ist nicht der von Kraken. Sein Fingerabdruck ist {found}, der von Kraken ist {pinned}. Er wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>This key has been withdrawn (revoked) by its owner. It was not added.</source>
        <translation>Dieser Schlüssel wurde von seinem Besitzer zurückgezogen (widerrufen). Er wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>This is not a key fingerprint. A fingerprint is 40 letters and digits (0-9, A-F), like the one on Kraken&apos;s PGP signatures page.</source>
        <translation>Das ist kein Fingerabdruck eines Schlüssels. Ein Fingerabdruck hat 40 Buchstaben und Ziffern (0-9, A-F), wie der auf der Kraken-Seite zu PGP-Signaturen.</translation>
    </message>
    <message>
        <source>Trust a new fingerprint for Kraken&apos;s email key: {fingerprint}. Do this only if you read it yourself on Kraken&apos;s PGP signatures page. Emails signed with the old key will no longer count as signed by Kraken.</source>
        <translation>Einem neuen Fingerabdruck für den E-Mail-Schlüssel von Kraken vertrauen: {fingerprint}. Tun Sie das nur, wenn Sie ihn selbst auf der Kraken-Seite zu PGP-Signaturen gelesen haben. E-Mails mit dem alten Schlüssel gelten dann nicht mehr als von Kraken signiert.</translation>
    </message>
    <message>
        <source>Go back to the fingerprint that comes with Kraken Guard: {fingerprint}.</source>
        <translation>Zurück zum Fingerabdruck, der mit Kraken Guard geliefert wird: {fingerprint}.</translation>
    </message>
    <message>
        <source>Add Kraken&apos;s email signing key (fingerprint {fingerprint}). It will be used to check signed emails.</source>
        <translation>Den Signaturschlüssel für E-Mails von Kraken hinzufügen (Fingerabdruck {fingerprint}). Er wird genutzt, um signierte E-Mails zu prüfen.</translation>
    </message>
</context>
<context>
    <name>email_verdict</name>
    <message>
        <source>You can read this email: Kraken signed it. Still, sign in only through your bookmark.</source>
        <translation>Sie können diese E-Mail lesen: Kraken hat sie signiert. Melden Sie sich trotzdem nur über Ihr Lesezeichen an.</translation>
    </message>
    <message>
        <source>Use your bookmark, not this email&apos;s links. It passed your mail service&apos;s checks for a Kraken address. That is strong, but not proof.</source>
        <translation>Nutzen Sie Ihr Lesezeichen, nicht die Links dieser E-Mail. Sie hat die Prüfungen Ihres Mail-Dienstes für eine Adresse von Kraken bestanden. Das ist ein starkes Zeichen, aber kein Beweis.</translation>
    </message>
    <message>
        <source>Do not act on this email. It is not from Kraken. Do not click its links, call its numbers or reply.</source>
        <translation>Handeln Sie nicht nach dieser E-Mail. Sie ist nicht von Kraken. Klicken Sie nicht auf ihre Links, rufen Sie ihre Nummern nicht an und antworten Sie nicht.</translation>
    </message>
    <message>
        <source>Do not act on this email yet. Kraken Guard cannot tell if it is from Kraken.</source>
        <translation>Handeln Sie noch nicht nach dieser E-Mail. Kraken Guard kann nicht sagen, ob sie von Kraken ist.</translation>
    </message>
    <message>
        <source>This is a forward: its sender is the person who forwarded it, not the first sender. Open the original email and save it or copy its source.</source>
        <translation>Das ist eine Weiterleitung: Der Absender ist die Person, die sie weitergeleitet hat, nicht der erste Absender. Öffnen Sie die ursprüngliche E-Mail und speichern Sie sie oder kopieren Sie ihren Quelltext.</translation>
    </message>
    <message>
        <source>Only the headers were given, so the text could not be checked. Copy the whole source.</source>
        <translation>Es gab nur die Kopfzeilen. Darum konnte der Text nicht geprüft werden. Kopieren Sie den ganzen Quelltext.</translation>
    </message>
    <message>
        <source>The signature is Kraken&apos;s, but the sender address is not a Kraken address.</source>
        <translation>Die Signatur ist von Kraken, aber die Absenderadresse ist keine Adresse von Kraken.</translation>
    </message>
    <message>
        <source>This email is too long to read in full. Kraken Guard read only the first part, so the rest could hide a trick.</source>
        <translation>Diese E-Mail ist zu lang, um sie ganz zu lesen. Kraken Guard hat nur den ersten Teil gelesen. Im Rest könnte sich ein Trick verstecken.</translation>
    </message>
    <message>
        <source>Do not use the phone number, link or request in the subject line. Kraken&apos;s signature never covers the subject, so anyone could have written it.</source>
        <translation>Nutzen Sie die Telefonnummer, den Link oder die Bitte in der Betreffzeile nicht. Die Signatur von Kraken deckt den Betreff nie ab, daher kann ihn jeder geschrieben haben.</translation>
    </message>
    <message>
        <source>If this email was meant to confirm a call, the call is a scam. Hang up.</source>
        <translation>Wenn diese E-Mail einen Anruf bestätigen sollte, ist der Anruf Betrug. Legen Sie auf.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong inside Kraken Guard. Your saved data is safe.

You can keep using the app. If this happens again, restart Kraken Guard.

Details were written to the log file:
{log_file}</source>
        <translation>In Kraken Guard ist ein Fehler passiert. Ihre gespeicherten Daten sind nicht betroffen.

Sie können die App weiter nutzen. Wenn das noch einmal passiert, starten Sie Kraken Guard neu.

Details stehen in der Protokolldatei:
{log_file}</translation>
    </message>
    <message>
        <source>Kraken Guard</source>
        <translation>Kraken Guard</translation>
    </message>
</context>
<context>
    <name>guarded</name>
    <message>
        <source>Stop if anyone asked you to do this. Kraken will never ask you to add or change a phone number or a link. A caller who asks is running a scam: hang up.</source>
        <translation>Hören Sie auf, wenn jemand Sie darum gebeten hat. Kraken bittet Sie nie, eine Telefonnummer oder einen Link hinzuzufügen oder zu ändern. Wer darum bittet, ist ein Betrüger: Legen Sie auf.</translation>
    </message>
    <message>
        <source>Type {word} to show you are doing this yourself, not because someone asked.</source>
        <translation>Tippen Sie {word} ein. So zeigen Sie, dass Sie das selbst tun und niemand Sie darum gebeten hat.</translation>
    </message>
</context>
<context>
    <name>handles</name>
    <message>
        <source>This account is not on Kraken&apos;s list of its own accounts.</source>
        <translation>Dieses Konto steht nicht auf der Liste der eigenen Konten von Kraken.</translation>
    </message>
    <message>
        <source>Kraken Support does not help people on WhatsApp, Telegram or Discord.</source>
        <translation>Der Kraken-Support hilft nie über WhatsApp, Telegram oder Discord.</translation>
    </message>
    <message>
        <source>The name Kraken is part of this account name, but it is not Kraken&apos;s account. Scammers do this to look real.</source>
        <translation>Der Name Kraken steht in diesem Kontonamen, aber es ist nicht das Konto von Kraken. Betrüger tun das, um echt zu wirken.</translation>
    </message>
    <message>
        <source>This is {brand}, not Kraken the crypto exchange.</source>
        <translation>Das ist {brand}, nicht die Kryptobörse Kraken.</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>Kraken Guard will follow this computer&apos;s language the next time it starts.</source>
        <translation>Kraken Guard folgt beim nächsten Start der Sprache dieses Computers.</translation>
    </message>
    <message>
        <source>Kraken Guard will speak {name} the next time it starts.</source>
        <translation>Kraken Guard spricht beim nächsten Start {name}.</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>This link goes to kraken.com.</source>
        <translation>Dieser Link führt zu kraken.com.</translation>
    </message>
    <message>
        <source>It is not a secure (https) link. Type the address with https:// at the start.</source>
        <translation>Es ist kein sicherer (https) Link. Tippen Sie die Adresse mit https:// am Anfang ein.</translation>
    </message>
    <message>
        <source>There is no link to check. Paste or type a link.</source>
        <translation>Es gibt keinen Link zum Prüfen. Fügen Sie einen Link ein oder tippen Sie ihn.</translation>
    </message>
    <message>
        <source>This is not a web address a browser can open.</source>
        <translation>Das ist keine Webadresse, die ein Browser öffnen kann.</translation>
    </message>
    <message>
        <source>This is not a web link. Kraken links start with https://.</source>
        <translation>Das ist kein Weblink. Links von Kraken beginnen mit https://.</translation>
    </message>
    <message>
        <source>The link has an @ sign before the address. This trick hides where the link really goes.</source>
        <translation>Der Link hat ein @-Zeichen vor der Adresse. Dieser Trick verbirgt, wohin der Link wirklich führt.</translation>
    </message>
    <message>
        <source>The link has hidden characters, like tabs or line breaks.</source>
        <translation>Der Link enthält versteckte Zeichen, zum Beispiel Tabs oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>The address is disguised with % codes. Real Kraken links never do this.</source>
        <translation>Die Adresse ist mit %-Codes getarnt. Echte Kraken-Links tun das nie.</translation>
    </message>
    <message>
        <source>The address uses unusual characters that look like normal letters. Real Kraken links never do this.</source>
        <translation>Die Adresse nutzt ungewöhnliche Zeichen, die wie normale Buchstaben aussehen. Echte Kraken-Links tun das nie.</translation>
    </message>
    <message>
        <source>The link goes to a site that is not kraken.com.</source>
        <translation>Der Link führt zu einer Seite, die nicht kraken.com ist.</translation>
    </message>
    <message>
        <source>The link goes to a number address, not a name. Real Kraken links never do this.</source>
        <translation>Der Link führt zu einer Zahlenadresse, nicht zu einem Namen. Echte Kraken-Links tun das nie.</translation>
    </message>
    <message>
        <source>kraken.com is written later in the link, but the link itself goes to another site.</source>
        <translation>kraken.com steht weiter hinten im Link, aber der Link selbst führt zu einer anderen Seite.</translation>
    </message>
    <message>
        <source>This link is written to confuse: browsers open {browser}, but other programs read it as {other}. Real Kraken links are never written this way.</source>
        <translation>Dieser Link soll verwirren: Browser öffnen {browser}, andere Programme lesen ihn als {other}. Echte Kraken-Links sehen nie so aus.</translation>
    </message>
    <message>
        <source>This link is written to confuse: browsers open {browser}, but other programs find no site in it. Real Kraken links are never written this way.</source>
        <translation>Dieser Link soll verwirren: Browser öffnen {browser}, andere Programme finden darin keine Website. Echte Kraken-Links sehen nie so aus.</translation>
    </message>
    <message>
        <source>Do not open it: {platform} makes short links, so this link hides where it really goes.</source>
        <translation>Öffnen Sie ihn nicht: {platform} macht kurze Links, so verbirgt dieser Link, wohin er wirklich führt.</translation>
    </message>
    <message>
        <source>Do not sign in or type anything there: it is a page on {platform}, where anyone can make one. Kraken does not use such pages.</source>
        <translation>Melden Sie sich dort nicht an und geben Sie nichts ein: Es ist eine Seite auf {platform}, wo jeder eine machen kann. Kraken nutzt solche Seiten nicht.</translation>
    </message>
    <message>
        <source>Do not send anything there: this link opens a chat on {platform}, with an account anyone can make.</source>
        <translation>Senden Sie dort nichts: Dieser Link öffnet einen Chat auf {platform}, mit einem Konto, das jeder anlegen kann.</translation>
    </message>
    <message>
        <source>The page&apos;s name, {name}, is made to look like Kraken. Scammers do this.</source>
        <translation>Der Name der Seite, {name}, soll wie Kraken aussehen. Betrüger machen das.</translation>
    </message>
    <message>
        <source>Do not trust where it seems to go: this link passes you on to another link, to {host}.</source>
        <translation>Trauen Sie nicht dem, wohin er zu führen scheint: Dieser Link leitet Sie an einen anderen Link weiter, zu {host}.</translation>
    </message>
    <message>
        <source>The link was written so it cannot be clicked (like hxxp or [.]). It was read as {link}.</source>
        <translation>Der Link wurde so geschrieben, dass man ihn nicht anklicken kann (wie hxxp oder [.]). Er wurde als {link} gelesen.</translation>
    </message>
    <message>
        <source>Never use a search engine to find Kraken. Use your bookmark to support.kraken.com.</source>
        <translation>Suchen Sie Kraken nie über eine Suchmaschine. Nutzen Sie Ihr Lesezeichen zu support.kraken.com.</translation>
    </message>
    <message>
        <source>This link has hidden characters.</source>
        <translation>Dieser Link enthält versteckte Zeichen.</translation>
    </message>
    <message>
        <source>Kraken Guard only opens secure (https) links.</source>
        <translation>Kraken Guard öffnet nur sichere (https) Links.</translation>
    </message>
    <message>
        <source>This link hides its real address behind an @ sign.</source>
        <translation>Dieser Link versteckt seine echte Adresse hinter einem @-Zeichen.</translation>
    </message>
    <message>
        <source>Kraken Guard only opens links to kraken.com.</source>
        <translation>Kraken Guard öffnet nur Links zu kraken.com.</translation>
    </message>
    <message>
        <source>The name Kraken is part of this address, but the site is not kraken.com. Scam sites do this to look real.</source>
        <translation>Der Name Kraken steht in dieser Adresse, aber die Seite ist nicht kraken.com. Betrugsseiten tun das, um echt zu wirken.</translation>
    </message>
    <message>
        <source>The name is spelled almost like Kraken, but not quite. Scam sites do this.</source>
        <translation>Der Name ist fast wie Kraken geschrieben, aber nicht ganz. Betrugsseiten tun das.</translation>
    </message>
    <message>
        <source>It uses the name Kraken with a different ending. The only real one is kraken.com.</source>
        <translation>Sie nutzt den Namen Kraken mit einer anderen Endung. Die einzige echte Seite ist kraken.com.</translation>
    </message>
    <message>
        <source>It uses letters from another alphabet that look like normal letters, to imitate Kraken.</source>
        <translation>Sie nutzt Buchstaben aus einem anderen Alphabet, die wie normale Buchstaben aussehen, um Kraken nachzuahmen.</translation>
    </message>
    <message>
        <source>It uses numbers in place of letters (like 4 for a) to imitate Kraken.</source>
        <translation>Sie nutzt Zahlen statt Buchstaben (zum Beispiel 4 für a), um Kraken nachzuahmen.</translation>
    </message>
    <message>
        <source>The address uses characters that web standards do not allow. Links like this are made to trick people.</source>
        <translation>Die Adresse nutzt Zeichen, die Web-Standards nicht erlauben. Solche Links sollen Menschen täuschen.</translation>
    </message>
    <message>
        <source>Looks like kraken.com: &apos;{drawn}&apos; is drawn to look like &apos;{letter}&apos;.</source>
        <translation>Sieht aus wie kraken.com: „{drawn}“ ist so geschrieben, dass es wie „{letter}“ aussieht.</translation>
    </message>
    <message>
        <source>Looks like kraken.com: &apos;{drawn}&apos; is a {script} letter that looks like &apos;{letter}&apos;.</source>
        <translation>Sieht aus wie kraken.com: „{drawn}“ ist ein Buchstabe ({script}), der wie „{letter}“ aussieht.</translation>
    </message>
    <message>
        <source>Looks like kraken.com: &apos;{drawn}&apos; is &apos;{letter}&apos; with a small mark added.</source>
        <translation>Sieht aus wie kraken.com: „{drawn}“ ist „{letter}“ mit einem kleinen Zeichen darauf.</translation>
    </message>
    <message>
        <source>It uses letters with small marks (like á for a) to imitate Kraken.</source>
        <translation>Es nutzt Buchstaben mit kleinen Zeichen (wie á statt a), um Kraken nachzuahmen.</translation>
    </message>
    <message>
        <source>Looks like kraken.com with an extra &apos;{letter}&apos;.</source>
        <translation>Sieht aus wie kraken.com mit einem zusätzlichen „{letter}“.</translation>
    </message>
    <message>
        <source>Looks like kraken.com with the &apos;{letter}&apos; left out.</source>
        <translation>Sieht aus wie kraken.com, aber ohne das „{letter}“.</translation>
    </message>
    <message>
        <source>Looks like kraken.com with &apos;{wrong}&apos; in place of &apos;{letter}&apos;.</source>
        <translation>Sieht aus wie kraken.com, mit „{wrong}“ statt „{letter}“.</translation>
    </message>
    <message>
        <source>Looks like kraken.com with the letters &apos;{pair}&apos; swapped.</source>
        <translation>Sieht aus wie kraken.com mit vertauschten Buchstaben „{pair}“.</translation>
    </message>
    <message>
        <source>The name Kraken is split up by dots or dashes ({name}). Scam sites do this to look real.</source>
        <translation>Der Name Kraken ist durch Punkte oder Striche getrennt ({name}). Betrugsseiten tun das, um echt zu wirken.</translation>
    </message>
    <message>
        <source>The name mixes letters from different alphabets ({scripts}) to look like Kraken.</source>
        <translation>Der Name mischt Buchstaben aus verschiedenen Alphabeten ({scripts}), um wie Kraken auszusehen.</translation>
    </message>
    <message>
        <source>The address is written in code (xn--). A browser may show it as {name}.</source>
        <translation>Die Adresse ist verschlüsselt geschrieben (xn--). Ein Browser zeigt sie vielleicht als {name}.</translation>
    </message>
    <message>
        <source>Part of the address is written in code (xn--) that breaks the rules. Read loosely, it says {name}.</source>
        <translation>Ein Teil der Adresse ist in einem Code (xn--) geschrieben, der gegen die Regeln verstößt. Grob gelesen steht dort {name}.</translation>
    </message>
    <message>
        <source>It is a page on {platform}, where anyone can make a site. Kraken does not use such pages.</source>
        <translation>Es ist eine Seite auf {platform}, wo jeder eine Website bauen kann. Kraken nutzt solche Seiten nicht.</translation>
    </message>
    <message>
        <source>{owner} uses this name. It is not the Kraken exchange.</source>
        <translation>{owner} nutzt diesen Namen. Das ist nicht die Börse Kraken.</translation>
    </message>
</context>
<context>
    <name>message_items</name>
    <message>
        <source>On your official list</source>
        <translation>Auf Ihrer offiziellen Liste</translation>
    </message>
    <message>
        <source>Goes to kraken.com</source>
        <translation>Führt zu kraken.com</translation>
    </message>
    <message>
        <source>A Kraken email domain</source>
        <translation>Eine E-Mail-Domain von Kraken</translation>
    </message>
    <message>
        <source>Kraken&apos;s own account</source>
        <translation>Eigenes Konto von Kraken</translation>
    </message>
    <message>
        <source>You marked it as a scam</source>
        <translation>Von Ihnen als Betrug markiert</translation>
    </message>
    <message>
        <source>Pretends to be Kraken</source>
        <translation>Gibt sich als Kraken aus</translation>
    </message>
    <message>
        <source>Not Kraken&apos;s number</source>
        <translation>Nicht die Nummer von Kraken</translation>
    </message>
    <message>
        <source>Not a Kraken site</source>
        <translation>Keine Seite von Kraken</translation>
    </message>
    <message>
        <source>Not a Kraken address</source>
        <translation>Keine Adresse von Kraken</translation>
    </message>
    <message>
        <source>Not a Kraken account</source>
        <translation>Kein Konto von Kraken</translation>
    </message>
    <message>
        <source>Cannot compare yet</source>
        <translation>Noch kein Vergleich möglich</translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <source>The text is about another Kraken, such as the hockey team, so this is not read as pretending to be Kraken the exchange.</source>
        <translation>Der Text handelt von einem anderen Kraken, zum Beispiel dem Eishockey-Team. Darum gilt er nicht als Nachahmung der Kryptobörse Kraken.</translation>
    </message>
    <message>
        <source>The name before the @ uses Kraken&apos;s name. Kraken never writes from such an address.</source>
        <translation>Der Name vor dem @ nutzt den Namen Kraken. Kraken schreibt nie von so einer Adresse.</translation>
    </message>
    <message>
        <source>This link does not open a page: it runs code in your browser. Real Kraken links never do this.</source>
        <translation>Dieser Link öffnet keine Seite: Er führt Code in Ihrem Browser aus. Echte Kraken-Links tun das nie.</translation>
    </message>
    <message>
        <source>It starts like a kraken.com link, but the whole link, as a browser reads it, does not go to kraken.com.</source>
        <translation>Er beginnt wie ein Link zu kraken.com, aber der ganze Link, so wie ein Browser ihn liest, führt nicht zu kraken.com.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>message_summary</name>
    <message>
        <source>This is a scam</source>
        <translation>Das ist Betrug</translation>
    </message>
    <message>
        <source>Be careful: this is not from Kraken</source>
        <translation>Vorsicht: Das ist nicht von Kraken</translation>
    </message>
    <message>
        <source>No warning signs found, but that does not prove it is real</source>
        <translation>Keine Warnzeichen gefunden, aber das beweist nicht, dass es echt ist</translation>
    </message>
    <message>
        <source>Nothing to check</source>
        <translation>Nichts zu prüfen</translation>
    </message>
    <message>
        <source>Stop now. Do not reply, call, click, install or pay. If it is a call, hang up. If you already shared something, lock your account through Kraken&apos;s live chat at support.kraken.com.</source>
        <translation>Hören Sie jetzt auf. Nicht antworten, anrufen, klicken, installieren oder zahlen. Ist es ein Anruf, legen Sie auf. Schon etwas weitergegeben? Sperren Sie Ihr Konto über den Live-Chat auf support.kraken.com.</translation>
    </message>
    <message>
        <source>Do not send any codes or details. If you are worried about your Kraken account, open support.kraken.com from your bookmark, not from this message.</source>
        <translation>Schicken Sie keine Codes oder Daten. Wenn Sie sich um Ihr Kraken-Konto sorgen, öffnen Sie support.kraken.com über Ihr Lesezeichen, nicht über diese Nachricht.</translation>
    </message>
    <message>
        <source>Still never share a code, your password or seed words. If someone called you and you did not book the call, hang up: caller ID can be faked.</source>
        <translation>Geben Sie trotzdem nie einen Code, Ihr Passwort oder Seed-Wörter weiter. Wenn jemand Sie angerufen hat und Sie den Anruf nicht gebucht haben, legen Sie auf: Die angezeigte Nummer lässt sich fälschen.</translation>
    </message>
    <message>
        <source>Paste the whole message, number, link or name you were given, then check.</source>
        <translation>Fügen Sie ein, was Sie bekommen haben: die ganze Nachricht, die Nummer, den Link oder den Namen. Prüfen Sie dann.</translation>
    </message>
    <message>
        <source>{title}: {body}</source>
        <translation>{title}: {body}</translation>
    </message>
    <message>
        <source>{item} pretends to be Kraken.</source>
        <translation>{item} gibt sich als Kraken aus.</translation>
    </message>
    <message>
        <source>You marked {item} as a scam before.</source>
        <translation>Sie haben {item} schon früher als Betrug markiert.</translation>
    </message>
    <message>
        <source>It says it is Kraken, but {item} is not Kraken&apos;s.</source>
        <translation>Es sagt, es sei Kraken, aber {item} gehört nicht zu Kraken.</translation>
    </message>
    <message>
        <source>{item} is not Kraken&apos;s.</source>
        <translation>{item} gehört nicht zu Kraken.</translation>
    </message>
    <message>
        <source>It says it is Kraken and gives the number {item}. Kraken Guard cannot compare it: save the real number from the bottom of support.kraken.com first.</source>
        <translation>Es nennt sich Kraken und gibt die Nummer {item} an. Kraken Guard kann sie nicht vergleichen: Speichern Sie zuerst die echte Nummer unten von support.kraken.com.</translation>
    </message>
    <message>
        <source>The text has hidden characters. Scammers use them to get past filters.</source>
        <translation>Der Text enthält versteckte Zeichen. Betrüger nutzen sie, um an Filtern vorbeizukommen.</translation>
    </message>
    <message>
        <source>The text has hidden characters that change the order of what you see. Type any number or link yourself.</source>
        <translation>Der Text enthält versteckte Zeichen, die die Reihenfolge des Angezeigten ändern. Tippen Sie jede Nummer und jeden Link selbst ein.</translation>
    </message>
    <message>
        <source>Every number, link and account in it is Kraken&apos;s. Kraken Guard found no request for a code, a password or seed words.</source>
        <translation>Jede Nummer, jeder Link und jedes Konto darin gehört zu Kraken. Kraken Guard hat keine Bitte um einen Code, ein Passwort oder Seed-Wörter gefunden.</translation>
    </message>
    <message>
        <source>Kraken Guard found no number, link, address or account, and no request for a code, a password or seed words.</source>
        <translation>Kraken Guard hat keine Nummer, keinen Link, keine Adresse und kein Konto gefunden und auch keine Bitte um einen Code, ein Passwort oder Seed-Wörter.</translation>
    </message>
    <message>
        <source>It says it is Kraken, warns about a sign-in or withdrawal, and gives the number {item}, which is not on your official list. This is the most common fake-support trick.</source>
        <translation>Es nennt sich Kraken, warnt vor einer Anmeldung oder Auszahlung und gibt die Nummer {item} an, die nicht auf Ihrer offiziellen Liste steht. Das ist der häufigste Trick mit falschem Support.</translation>
    </message>
    <message>
        <source>Kraken Guard could not check all of it, so it cannot say there are no warning signs.</source>
        <translation>Kraken Guard konnte nicht alles prüfen. Darum kann es nicht sagen, dass es keine Warnzeichen gibt.</translation>
    </message>
    <message>
        <source>The text is very long, so only its first {count} characters were checked.</source>
        <translation>Der Text ist sehr lang. Darum wurden nur die ersten {count} Zeichen geprüft.</translation>
    </message>
    <message>
        <source>It has many items. Only the first {count} were checked.</source>
        <translation>Es enthält viele Einträge. Nur die ersten {count} wurden geprüft.</translation>
    </message>
</context>
<context>
    <name>number_verdict</name>
    <message>
        <source>Read as: {number}</source>
        <translation>Gelesen als: {number}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Als Nächstes: {step}</translation>
    </message>
</context>
<context>
    <name>official_numbers</name>
    <message>
        <source>Add {number} to your official Kraken Support numbers. Only do this if you copied it yourself from the bottom of support.kraken.com.</source>
        <translation>{number} zu Ihren offiziellen Nummern des Kraken-Supports hinzufügen. Tun Sie das nur, wenn Sie die Nummer selbst unten von support.kraken.com kopiert haben.</translation>
    </message>
    <message>
        <source>Remove {number} from your official Kraken Support numbers.</source>
        <translation>{number} aus Ihren offiziellen Nummern des Kraken-Supports entfernen.</translation>
    </message>
</context>
<context>
    <name>opener</name>
    <message>
        <source>Link not opened</source>
        <translation>Link nicht geöffnet</translation>
    </message>
    <message>
        <source>Use your bookmark to support.kraken.com instead.</source>
        <translation>Nutzen Sie stattdessen Ihr Lesezeichen zu support.kraken.com.</translation>
    </message>
    <message>
        <source>Browser did not open</source>
        <translation>Browser hat sich nicht geöffnet</translation>
    </message>
    <message>
        <source>No web browser opened. Type {url} into your browser yourself.</source>
        <translation>Es hat sich kein Webbrowser geöffnet. Tippen Sie {url} selbst in Ihren Browser ein.</translation>
    </message>
</context>
<context>
    <name>phone</name>
    <message>
        <source>{number} matches the Kraken Support number you saved from support.kraken.com. But caller ID can be faked. A call that shows this number may still be a scammer.</source>
        <translation>{number} passt zu der Nummer des Kraken-Supports, die Sie von support.kraken.com gespeichert haben. Aber die angezeigte Nummer lässt sich fälschen. Auch wenn ein Anruf diese Nummer zeigt, kann ein Betrüger dran sein.</translation>
    </message>
    <message>
        <source>You also noted a scam call from this number on {date}. Scammers can fake caller ID to show Kraken&apos;s real number.</source>
        <translation>Sie haben am {date} auch einen Betrugsanruf von dieser Nummer notiert. Betrüger können die angezeigte Nummer fälschen, sodass die echte Nummer von Kraken erscheint.</translation>
    </message>
    <message>
        <source>If someone called you and you did not book the call, hang up. Then call back using the number on support.kraken.com.</source>
        <translation>Wenn jemand angerufen hat und Sie den Anruf nicht gebucht haben, legen Sie auf. Rufen Sie dann selbst unter der Nummer auf support.kraken.com zurück.</translation>
    </message>
    <message>
        <source>{number} is not the Kraken Support number you saved. Any other number that says it is Kraken Support is a scam.</source>
        <translation>{number} ist nicht die Nummer des Kraken-Supports, die Sie gespeichert haben. Jede andere Nummer, die sich als Kraken-Support ausgibt, ist Betrug.</translation>
    </message>
    <message>
        <source>{number} is in your saved list, but that entry was changed outside Kraken Guard. So it is not trusted.</source>
        <translation>{number} steht in Ihrer gespeicherten Liste. Aber dieser Eintrag wurde außerhalb von Kraken Guard geändert. Darum wird ihm nicht vertraut.</translation>
    </message>
    <message>
        <source>Warning: your saved list of numbers was changed outside Kraken Guard. Changed entries are not trusted.</source>
        <translation>Warnung: Ihre gespeicherte Nummernliste wurde außerhalb von Kraken Guard geändert. Geänderten Einträgen wird nicht vertraut.</translation>
    </message>
    <message>
        <source>You noted a scam call from {number} on {date}. It is not Kraken&apos;s number.</source>
        <translation>Sie haben am {date} einen Betrugsanruf von {number} notiert. Es ist nicht die Nummer von Kraken.</translation>
    </message>
    <message>
        <source>Do not call it. If it calls again, hang up.</source>
        <translation>Rufen Sie sie nicht an. Wenn sie wieder anruft, legen Sie auf.</translation>
    </message>
    <message>
        <source>Kraken Guard has no official number saved yet, so it cannot compare {number}. The only real number is at the bottom of support.kraken.com.</source>
        <translation>Kraken Guard hat noch keine offizielle Nummer gespeichert. Darum kann es {number} nicht vergleichen. Die einzige echte Nummer steht unten auf support.kraken.com.</translation>
    </message>
    <message>
        <source>On your list — but caller ID can be faked</source>
        <translation>Auf Ihrer Liste — aber die angezeigte Nummer lässt sich fälschen</translation>
    </message>
    <message>
        <source>Not Kraken&apos;s number — hang up</source>
        <translation>Nicht die Nummer von Kraken — legen Sie auf</translation>
    </message>
    <message>
        <source>You marked this number as a scam — hang up</source>
        <translation>Sie haben diese Nummer als Betrug markiert — legen Sie auf</translation>
    </message>
    <message>
        <source>Not a phone number — check the digits</source>
        <translation>Keine Telefonnummer — prüfen Sie die Ziffern</translation>
    </message>
    <message>
        <source>Can&apos;t check this number — if you did not book the call, hang up</source>
        <translation>Nummer nicht prüfbar — wenn Sie den Anruf nicht gebucht haben, legen Sie auf</translation>
    </message>
    <message>
        <source>Do not call it back, and hang up if it is calling you. Use only the number at the bottom of support.kraken.com.</source>
        <translation>Rufen Sie nicht zurück, und legen Sie auf, wenn die Nummer Sie gerade anruft. Nutzen Sie nur die Nummer unten auf support.kraken.com.</translation>
    </message>
    <message>
        <source>Later, when no one is on the phone: open support.kraken.com from your bookmark, never from a search engine. Copy the number at the bottom of the page and add it to Kraken Guard.</source>
        <translation>Später, wenn niemand am Telefon ist: Öffnen Sie support.kraken.com über Ihr Lesezeichen, nie über eine Suchmaschine. Kopieren Sie die Nummer unten auf der Seite und fügen Sie sie zu Kraken Guard hinzu.</translation>
    </message>
    <message>
        <source>Can&apos;t check this number now — if you did not book the call, hang up</source>
        <translation>Nummer gerade nicht prüfbar — wenn Sie den Anruf nicht gebucht haben, legen Sie auf</translation>
    </message>
    <message>
        <source>Your saved official numbers cannot be checked right now, so Kraken Guard cannot compare {number}.</source>
        <translation>Ihre gespeicherten offiziellen Nummern können gerade nicht geprüft werden. Darum kann Kraken Guard {number} nicht vergleichen.</translation>
    </message>
    <message>
        <source>Warning: your saved numbers cannot be checked right now. {problem}</source>
        <translation>Warnung: Ihre gespeicherten Nummern können gerade nicht geprüft werden. {problem}</translation>
    </message>
    <message>
        <source>The keychain that guards them is locked or not answering.</source>
        <translation>Der Schlüsselbund, der sie schützt, ist gesperrt oder antwortet nicht.</translation>
    </message>
    <message>
        <source>Trust only the number at the bottom of support.kraken.com until this is fixed. Then check again.</source>
        <translation>Vertrauen Sie nur der Nummer unten auf support.kraken.com, bis das behoben ist. Prüfen Sie dann noch einmal.</translation>
    </message>
    <message>
        <source>Check the digits and try again. Copy the number exactly as you see it.</source>
        <translation>Prüfen Sie die Ziffern und versuchen Sie es noch einmal. Kopieren Sie die Nummer genau so, wie Sie sie sehen.</translation>
    </message>
    <message>
        <source>Nothing was typed yet.</source>
        <translation>Es wurde noch nichts eingetippt.</translation>
    </message>
    <message>
        <source>Type or paste a phone number, then press Enter.</source>
        <translation>Tippen Sie eine Telefonnummer ein oder fügen Sie sie ein. Drücken Sie dann Enter.</translation>
    </message>
    <message>
        <source>This text is too long to be a phone number.</source>
        <translation>Dieser Text ist zu lang für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>No phone number could be found in this text.</source>
        <translation>In diesem Text wurde keine Telefonnummer gefunden.</translation>
    </message>
    <message>
        <source>This text has more than one phone number.</source>
        <translation>Dieser Text enthält mehr als eine Telefonnummer.</translation>
    </message>
    <message>
        <source>Check one number at a time.</source>
        <translation>Prüfen Sie eine Nummer nach der anderen.</translation>
    </message>
    <message>
        <source>This text has hidden characters that change the order in which digits are shown.</source>
        <translation>Dieser Text enthält versteckte Zeichen, die die Reihenfolge der angezeigten Ziffern ändern.</translation>
    </message>
    <message>
        <source>Type the number yourself, digit by digit, then check it again.</source>
        <translation>Tippen Sie die Nummer selbst ein, Ziffer für Ziffer. Prüfen Sie sie dann noch einmal.</translation>
    </message>
    <message>
        <source>The extension {extension} is not part of the number you saved. If you call, dial only the saved number.</source>
        <translation>Die Durchwahl {extension} gehört nicht zu der Nummer, die Sie gespeichert haben. Wenn Sie anrufen, wählen Sie nur die gespeicherte Nummer.</translation>
    </message>
    <message>
        <source>It has too few digits to be a phone number.</source>
        <translation>Sie hat zu wenige Ziffern für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>It has too many digits to be a phone number.</source>
        <translation>Sie hat zu viele Ziffern für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>No country uses the code after the + sign.</source>
        <translation>Kein Land nutzt die Vorwahl nach dem +-Zeichen.</translation>
    </message>
    <message>
        <source>{number} does not match any real phone number pattern for its country.</source>
        <translation>{number} passt zu keinem echten Muster für Telefonnummern in seinem Land.</translation>
    </message>
    <message>
        <source>{number} has one digit too many to be a real phone number. Kraken&apos;s number is a normal phone number, so this is not Kraken&apos;s number.</source>
        <translation>{number} hat eine Ziffer zu viel für eine echte Telefonnummer. Die Nummer von Kraken ist eine normale Telefonnummer, also ist dies nicht die Nummer von Kraken.</translation>
    </message>
    <message>
        <source>{number} does not match any real phone number pattern for its country. Kraken&apos;s number is a normal phone number, so this is not Kraken&apos;s number.</source>
        <translation>{number} passt zu keinem echten Nummernmuster seines Landes. Die Nummer von Kraken ist eine normale Telefonnummer, also ist dies nicht die Nummer von Kraken.</translation>
    </message>
    <message>
        <source>It is written without a country code, so it can also be read as {others}. None of these readings may be trusted unless all of them are on your list.</source>
        <translation>Sie ist ohne Ländervorwahl geschrieben und kann daher auch als {others} gelesen werden. Keiner dieser Lesarten dürfen Sie trauen, außer alle stehen auf Ihrer Liste.</translation>
    </message>
    <message>
        <source>It is written with letters in place of digits (like O for 0). Scammers do this to get past filters.</source>
        <translation>Sie ist mit Buchstaben statt Ziffern geschrieben (wie O für 0). Betrüger machen das, um an Filtern vorbeizukommen.</translation>
    </message>
</context>
<context>
    <name>secret_guard</name>
    <message>
        <source>Your notes look like seed words. Never write seed words here or anywhere online. Remove them, then save again.</source>
        <translation>Ihre Notizen sehen aus wie Seed-Wörter. Schreiben Sie Seed-Wörter nie hierhin und nirgends online. Entfernen Sie sie und speichern Sie dann noch einmal.</translation>
    </message>
    <message>
        <source>Your notes look like a one-time code. Codes are secret, so they are not saved. Remove it, then save again.</source>
        <translation>Ihre Notizen sehen aus wie ein Einmal-Code. Codes sind geheim, darum werden sie nicht gespeichert. Entfernen Sie ihn und speichern Sie dann noch einmal.</translation>
    </message>
    <message>
        <source>Your notes look like a private key. Anyone with it can take your coins. Remove it, then save again.</source>
        <translation>Ihre Notizen sehen aus wie ein privater Schlüssel. Wer ihn hat, kann Ihre Coins nehmen. Entfernen Sie ihn und speichern Sie dann noch einmal.</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Trifft nicht zu</translation>
    </message>
    <message>
        <source>Due for a review</source>
        <translation>Bitte wieder prüfen</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>Passkey</translation>
    </message>
    <message>
        <source>Security key (USB or NFC)</source>
        <translation>Sicherheitsschlüssel (USB oder NFC)</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Authenticator-App</translation>
    </message>
    <message>
        <source>Password manager</source>
        <translation>Passwort-Manager</translation>
    </message>
    <message>
        <source>Written on paper, kept offline</source>
        <translation>Auf Papier notiert, offline aufbewahrt</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>Textnachricht (SMS)</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
</context>
<context>
    <name>setup_rules</name>
    <message>
        <source>You turned on the Global Settings Lock before setting a Master Key. The Master Key is your way back in if you lose your 2FA, and it can lift the lock. Set your Master Key now.</source>
        <translation>Sie haben den Global Settings Lock eingeschaltet, bevor Sie einen Master Key festgelegt haben. Der Master Key ist Ihr Weg zurück, wenn Sie Ihre 2FA verlieren. Er kann auch die Sperre aufheben. Legen Sie jetzt Ihren Master Key fest.</translation>
    </message>
    <message>
        <source>You turned on the Global Settings Lock before funding 2FA. Turn on funding 2FA now. The lock then stops anyone from turning it off.</source>
        <translation>Sie haben den Global Settings Lock eingeschaltet, bevor Sie die 2FA für Ein- und Auszahlungen eingeschaltet haben. Schalten Sie sie jetzt ein. Die Sperre verhindert dann, dass jemand sie ausschaltet.</translation>
    </message>
    <message>
        <source>Your Master Key uses the same method as your sign-in 2FA. If you lose that one thing, you lose both. Use a different method for your Master Key.</source>
        <translation>Ihr Master Key nutzt dieselbe Methode wie Ihre 2FA bei der Anmeldung. Wenn Sie dieses eine Ding verlieren, verlieren Sie beides. Nutzen Sie für Ihren Master Key eine andere Methode.</translation>
    </message>
    <message>
        <source>Sign-in 2FA is not on yet. It is the most important step. Turn it on first.</source>
        <translation>Die 2FA bei der Anmeldung ist noch nicht eingeschaltet. Das ist der wichtigste Schritt. Schalten Sie sie zuerst ein.</translation>
    </message>
</context>
<context>
    <name>setup_status</name>
    <message>
        <source>{done} of {total} done — next: {title}</source>
        <translation>{done} von {total} erledigt — als Nächstes: {title}</translation>
    </message>
    <message>
        <source>{done} of {total} done — time to review: {title}</source>
        <translation>{done} von {total} erledigt — Zeit zum Prüfen: {title}</translation>
    </message>
    <message>
        <source>All {total} steps done</source>
        <translation>Alle {total} Schritte erledigt</translation>
    </message>
    <message>
        <source>Marked not for you: {count}.</source>
        <translation>Als „trifft nicht zu“ markiert: {count}.</translation>
    </message>
    <message>
        <source>Marked not yet: {count}.</source>
        <translation>Als „noch nicht“ markiert: {count}.</translation>
    </message>
    <message>
        <source>Due for a fresh look (done over {days} days ago): {count}.</source>
        <translation>Bald wieder prüfen (vor über {days} Tagen erledigt): {count}.</translation>
    </message>
    <message>
        <source>Some steps were done in a risky order. The warnings in Security setup say why.</source>
        <translation>Einige Schritte wurden in einer riskanten Reihenfolge erledigt. Die Warnungen unter „Sicherheit einrichten“ sagen, warum.</translation>
    </message>
    <message>
        <source>You have not started the security setup yet.</source>
        <translation>Sie haben mit dem Einrichten der Sicherheit noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Do this next: {title}. Open Security setup to see how.</source>
        <translation>Tun Sie das als Nächstes: {title}. Öffnen Sie „Sicherheit einrichten“, um zu sehen, wie es geht.</translation>
    </message>
    <message>
        <source>Do this next: check that “{title}” is still on. Open Security setup to see how.</source>
        <translation>Tun Sie das als Nächstes: Prüfen Sie, ob „{title}“ noch eingeschaltet ist. Öffnen Sie „Sicherheit einrichten“, um zu sehen, wie es geht.</translation>
    </message>
    <message>
        <source>Next review: {date}. Nothing else to do for now.</source>
        <translation>Nächste Prüfung: {date}. Sonst ist gerade nichts zu tun.</translation>
    </message>
    <message>
        <source>Kraken Guard — {headline}</source>
        <translation>Kraken Guard — {headline}</translation>
    </message>
</context>
<context>
    <name>trust_report</name>
    <message>
        <source>Saved numbers or bookmarks were changed outside Kraken Guard</source>
        <translation>Gespeicherte Nummern oder Lesezeichen wurden außerhalb von Kraken Guard geändert</translation>
    </message>
    <message>
        <source>Saved entries that do not match what you saved: {count}. Kraken Guard will not use them. Open Verify a phone number and Bookmarks to remove them or add them again.</source>
        <translation>Gespeicherte Einträge, die nicht zu dem passen, was Sie gespeichert haben: {count}. Kraken Guard nutzt sie nicht. Öffnen Sie „Telefonnummer prüfen“ und „Lesezeichen“, um sie zu entfernen oder neu hinzuzufügen.</translation>
    </message>
    <message>
        <source>Your saved numbers and bookmarks cannot be checked right now</source>
        <translation>Ihre gespeicherten Nummern und Lesezeichen können gerade nicht geprüft werden</translation>
    </message>
    <message>
        <source>{problem} Until this is fixed, trust only the number at the bottom of support.kraken.com.</source>
        <translation>{problem} Bis das behoben ist, vertrauen Sie nur der Nummer unten auf support.kraken.com.</translation>
    </message>
</context>
<context>
    <name>trusted</name>
    <message>
        <source>The key was kept in a file when Kraken Guard was set up.</source>
        <translation>Der Schlüssel wurde beim Einrichten von Kraken Guard in einer Datei abgelegt.</translation>
    </message>
    <message>
        <source>The key file that protects your saved numbers and bookmarks is damaged or cannot be read. It was left as it is. Restore it from a backup, or remove your saved items and add them again.</source>
        <translation>Die Schlüsseldatei, die Ihre gespeicherten Nummern und Lesezeichen schützt, ist beschädigt oder nicht lesbar. Sie wurde so gelassen, wie sie ist. Stellen Sie sie aus einer Sicherung wieder her, oder entfernen Sie Ihre gespeicherten Einträge und fügen Sie sie neu hinzu.</translation>
    </message>
    <message>
        <source>The key in your system keychain that protects your saved numbers and bookmarks is damaged. It was left as it is.</source>
        <translation>Der Schlüssel im Schlüsselbund Ihres Systems, der Ihre gespeicherten Nummern und Lesezeichen schützt, ist beschädigt. Er wurde so gelassen, wie er ist.</translation>
    </message>
    <message>
        <source>The key that protects your saved numbers and bookmarks is missing. Kraken Guard did not make a new one, because your saved items could then not be checked. Restore your keychain or key file from a backup. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Der Schlüssel, der Ihre gespeicherten Nummern und Lesezeichen schützt, fehlt. Kraken Guard hat keinen neuen erstellt, weil Ihre gespeicherten Einträge sonst nicht mehr geprüft werden könnten. Stellen Sie Ihren Schlüsselbund oder Ihre Schlüsseldatei aus einer Sicherung wieder her. Oder beginnen Sie mit einem neuen Schlüssel neu (kraken-guard-cli trust reset-key).</translation>
    </message>
    <message>
        <source>Warning: a key file appeared in your data folder ({path}), but your key is kept in your system keychain. Someone may have tried to plant false numbers or bookmarks. Kraken Guard does not use that file. If you did not put it there, delete it.</source>
        <translation>Warnung: In Ihrem Datenordner ist eine Schlüsseldatei aufgetaucht ({path}), aber Ihr Schlüssel liegt im Schlüsselbund Ihres Systems. Vielleicht wollte jemand falsche Nummern oder Lesezeichen unterschieben. Kraken Guard nutzt diese Datei nicht. Wenn Sie sie nicht dort abgelegt haben, löschen Sie sie.</translation>
    </message>
    <message>
        <source>Warning: the key file in your data folder ({path}) is not the one Kraken Guard made. Someone may have tried to plant false numbers or bookmarks. Restore the file from a backup, or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Warnung: Die Schlüsseldatei in Ihrem Datenordner ({path}) ist nicht die, die Kraken Guard erstellt hat. Vielleicht wollte jemand falsche Nummern oder Lesezeichen unterschieben. Stellen Sie die Datei aus einer Sicherung wieder her, oder beginnen Sie mit einem neuen Schlüssel neu (kraken-guard-cli trust reset-key).</translation>
    </message>
    <message>
        <source>Warning: your key was kept in your system keychain, but it is gone, and a key file is in your data folder ({path}) instead. Kraken Guard does not use that file. Restore your keychain from a backup, or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Warnung: Ihr Schlüssel lag im Schlüsselbund Ihres Systems, aber er ist weg. Stattdessen liegt eine Schlüsseldatei in Ihrem Datenordner ({path}). Kraken Guard nutzt diese Datei nicht. Stellen Sie Ihren Schlüsselbund aus einer Sicherung wieder her, oder beginnen Sie mit einem neuen Schlüssel neu (kraken-guard-cli trust reset-key).</translation>
    </message>
    <message>
        <source>Your system keychain cannot be reached, so Kraken Guard cannot confirm that the key file in your data folder is the one you chose. Unlock your keychain and check again.</source>
        <translation>Der Schlüsselbund Ihres Systems ist nicht erreichbar. Darum kann Kraken Guard nicht bestätigen, dass die Schlüsseldatei in Ihrem Datenordner die ist, die Sie gewählt haben. Entsperren Sie Ihren Schlüsselbund und prüfen Sie noch einmal.</translation>
    </message>
    <message>
        <source>No system keychain was found on this computer.</source>
        <translation>Auf diesem Computer wurde kein Schlüsselbund des Systems gefunden.</translation>
    </message>
    <message>
        <source>The system keychain is locked.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt.</translation>
    </message>
    <message>
        <source>The system keychain could not be started.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The system keychain refused to save the key.</source>
        <translation>Der Schlüsselbund des Systems hat das Speichern des Schlüssels abgelehnt.</translation>
    </message>
    <message>
        <source>The system keychain did not work.</source>
        <translation>Der Schlüsselbund des Systems hat nicht funktioniert.</translation>
    </message>
    <message>
        <source>Your saved numbers and bookmarks are missing: the data file was emptied, deleted or replaced, but your key shows you saved some. Restore the data file from a backup. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Ihre gespeicherten Nummern und Lesezeichen fehlen: Die Datendatei wurde geleert, gelöscht oder ersetzt, aber Ihr Schlüssel zeigt, dass Sie welche gespeichert haben. Stellen Sie die Datendatei aus einer Sicherung wieder her. Oder beginnen Sie mit einem neuen Schlüssel neu (kraken-guard-cli trust reset-key).</translation>
    </message>
    <message>
        <source>This data is older than the last change you made: an older copy of the data file was put back. A number you removed could look official again. Restore the newest copy. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Diese Daten sind älter als Ihre letzte Änderung: Eine ältere Kopie der Datendatei wurde zurückgelegt. Eine Nummer, die Sie entfernt haben, könnte wieder offiziell aussehen. Stellen Sie die neueste Kopie wieder her. Oder beginnen Sie mit einem neuen Schlüssel neu (kraken-guard-cli trust reset-key).</translation>
    </message>
    <message>
        <source>This data file comes from another Kraken Guard data folder, not this one. Put the right file back. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Diese Datendatei stammt aus einem anderen Datenordner von Kraken Guard, nicht aus diesem. Legen Sie die richtige Datei zurück. Oder beginnen Sie mit einem neuen Schlüssel neu (kraken-guard-cli trust reset-key).</translation>
    </message>
    <message>
        <source>Saved numbers or bookmarks were deleted, or their signed list was changed, outside Kraken Guard. Restore the data file from a backup. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Gespeicherte Nummern oder Lesezeichen wurden außerhalb von Kraken Guard gelöscht, oder ihre signierte Liste wurde geändert. Stellen Sie die Datendatei aus einer Sicherung wieder her. Oder beginnen Sie mit einem neuen Schlüssel neu (kraken-guard-cli trust reset-key).</translation>
    </message>
</context>
</TS>

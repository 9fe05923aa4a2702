<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
    <context>
        <name />
        <message>
            <source>trust_report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>trusted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnswerButtons</name>
        <message>
            <source>{answer} (your answer)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>Advice last checked against Kraken's support pages on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start again with a new key…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a new key and remove your saved numbers and bookmarks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone is calling me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verify a phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check a link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check an email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Security setup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your desktop has no system tray, so Kraken Guard has no tray icon. Everything is here in this window. Closing the window quits the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start again with a new key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a new key and remove every saved number and bookmark. Then add Kraken's number again from the bottom of support.kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: a new key was made and {count} saved items were removed. Add Kraken's number again from the bottom of support.kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If someone calls saying they are Kraken Support, press “Someone is calling me”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken Guard is still running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It stays in the tray. Choose Quit from its menu to close it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit Kraken Guard?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This call is not saved yet. Save it first if you want a record for a Kraken ticket or a report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit without saving</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AutostartOffer</name>
        <message>
            <source>Start Kraken Guard when you log in?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Then it waits in the tray, ready when the phone rings. It is off unless you turn it on. You can change this here at any time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start in the &amp;tray when I log in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start Kraken Guard in the tray when I log in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AutostartSetting</name>
        <message>
            <source>Start at login not changed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BookmarksPage</name>
        <message>
            <source>Bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken asks you to bookmark support.kraken.com and to use only that bookmark. It is built in here and cannot be changed. You can add other kraken.com pages, like the sign-in page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmarks changed outside Kraken Guard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Trust again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;move changed entry…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove changed entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check a&amp;gain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your &amp;bookmarks:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your bookmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export to your browser…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a kraken.com page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address of the new bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the new bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;dd bookmark…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} (built in)
{url}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CallPage</name>
        <message>
            <source>Someone says they are Kraken Support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you did not ask Kraken to call you, hang up. It is a scam. The call window stays on top and tells you what to do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Saved calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No saved calls yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chosen call as text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;opy the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the text of this call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save to a &amp;file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the text of this call to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste the text into a Kraken Support ticket. In the US you can also report it at reportfraud.ftc.gov or ic3.gov.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CallWindow</name>
        <message>
            <source>Someone is calling me — Kraken Guard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. Did you ask Kraken Support to call you?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. Did you get an email from Kraken with the time of this call?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They asked for this:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They said this:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good. Kraken Support is opening in your browser. Send a ticket about this call: choose “Report suspicious activity”. Then save the call below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This was a &amp;scam call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This was a scam call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No&amp;tes about the call (never codes or seed words)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes about the call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This call is not saved yet. Your answers are still here. When the call is over, press “Save this call”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep this window on top</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this window on top</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;ve this call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this call</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CallingNumber</name>
        <message>
            <source>The &amp;number that is calling (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number that is calling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As shown on your phone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckBox</name>
        <message>
            <source>&amp;What were you given? A number, a link, a name or a whole message:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number, link or message to check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste it here, then press Enter. Shift+Enter starts a new line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it holds (select one to see why):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numbers, links, addresses and accounts found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do now: {step}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind}: {item} — {verdict}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckController</name>
        <message>
            <source>&amp;Check a number, link or message…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste what you were given into a small window by the tray.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClockCheckPage</name>
        <message>
            <source>Optional: check your authenticator app's clock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never read out a code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken refuses a correct-looking code when your phone's clock is off. This test shows if yours is. It uses a made-up key that works nowhere else and is forgotten when you leave this page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In your authenticator app, add an account and scan this code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type below the 6 digits it shows for “Kraken Guard clock check”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete that account from the app when you are done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QR code to scan with your authenticator app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code your app shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Check the code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code your app &amp;shows:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot scan? Type this key instead: {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✔ Your phone's clock is in step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Your phone's clock is off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✘ The code did not match</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmailCheckPage</name>
        <message>
            <source>Check an email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Is this email really from Kraken? Drop a saved email (.eml) here, open one, or paste its full source. Kraken Guard checks it on this computer. Nothing is sent anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open a saved email…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a saved email file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the &amp;DKIM signature online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the DKIM signature online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This asks the sender's name server on the internet. Only when you press.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or &amp;paste the email's full source:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email's full source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received: …
Authentication-Results: …
From: …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Check the pasted source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the pasted source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add Kraken's key file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Kraken's PGP key file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked in the email:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmailController</name>
        <message>
            <source>Open a saved email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emails (*.eml *.msg *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not from Kraken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This could not be checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Kraken's PGP key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PGP keys (*.asc *.gpg *.pgp *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This key was not added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be opened. Check its name and that it belongs to you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Kraken's key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken's key is added (fingerprint {fingerprint}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken's key is not added yet. Download it from Kraken's PGP signatures page (support.kraken.com). It is accepted only with fingerprint {fingerprint}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the email that confirmed this call</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GuardedChangeDialog</name>
        <message>
            <source>Make this change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Someone is &amp;calling me now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A caller says they are Kraken Support? Open the checklist. It tells you what to say and when to hang up. Kraken never asks for a code or your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your security setup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Security setup progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done} of {total} steps done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <source>Lan&amp;guage:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same as this computer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinkCheckPage</name>
        <message>
            <source>Check a link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste a link from an email, a message or a caller. Kraken Guard reads it the way your browser does and tells you where it really goes. Nothing is sent anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never use a search engine to find Kraken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fake sites and fake phone numbers show up in search results. Use your bookmark to support.kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Link to check:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link to check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check this link</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinksController</name>
        <message>
            <source>&amp;Export bookmarks to your browser…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save your Kraken bookmarks for your browser and a desktop shortcut.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This link goes to: {host}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your saved bookmarks cannot be checked right now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They are not used until they can be checked. Unlock your system keychain, then press Check again. Kraken Support still works.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some bookmarks were changed outside Kraken Guard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They are not used. If you did not change them, someone else did: remove them. Trust one again only if you know it is yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protection cannot be checked right now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protected by your system keychain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your bookmarks are signed with a secret key kept in your system keychain. A change made outside Kraken Guard shows up here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the bookmark {url}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the bookmark {url}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove a bookmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust this changed bookmark again: {url}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed. Unlock your system keychain and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmark not changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where should the bookmarks go?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmarks not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken Guard could not write to {folder}. Choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bookmarks saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved:
{files}

In your browser, open Bookmarks, choose Import, and pick the .html file. The shortcut opens Kraken Support.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Kraken Guard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>&amp;Understood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss this message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickCheckPopup</name>
        <message>
            <source>Check a number, link or message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Manage numbers…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the full page to manage your numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Enter to check. Press Esc to close.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryView</name>
        <message>
            <source>Act now, in this order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. Lock your account first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Kraken Support from your bookmark and start the 24/7 live chat. Ask them to lock your account. Do this before anything else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lock your account first: open Kraken Support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock your account first: open Kraken Support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. What did you give them, or do for them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back to the call checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the call checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3. Then do these steps:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RemoteAccessWarning</name>
        <message>
            <source>{apps} is running. Close it now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>&amp;Finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <source>Step {n} of {total}: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step {n} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;What it protects you from:&lt;/b&gt; {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to do it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open this on kraken.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open this on kraken.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport bookmarks…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add the official number…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Method you used (never the code or key itself):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Method you used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not &amp;yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Doesn't a&amp;pply to me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: I do not use API keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Why not? (never type a code or password here)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why this step does not apply to you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the order</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Your progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go to the next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All &amp;steps (press Enter to open one):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All steps and your answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review done steps every this many days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Review done steps every:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export progress…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export progress to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import progress…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import progress from a file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Kraken Guard menu</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VerdictBox</name>
        <message>
            <source>Good sign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Danger</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VerdictPanel</name>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I &amp;hung up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I hung up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I already &amp;gave them…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I already gave them something</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the confirmation &amp;email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the confirmation email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They gave &amp;me something</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They gave me something to check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A link, a number or a message they sent or read out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say this, then hang up: “{line}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If they ask for a code or a password, say: “{line}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VerifyController</name>
        <message>
            <source>Not trusted, changed outside Kraken Guard: {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: your saved numbers were changed outside Kraken Guard. Changed entries are not used. Remove them, or add the number again from support.kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot be checked right now: {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your saved numbers cannot be checked right now. {problem} Until this is fixed, trust only the number at the bottom of support.kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No official number saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number not added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an official number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove an official number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data file could not be written. Check that the disk is not full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} Fix this, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number}, added {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{entry}. Found at: {note}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <source>Verify a phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The only real Kraken Support number is at the bottom of support.kraken.com. Any other number that says it is Kraken Support is a scam.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country for numbers without a plus sign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numbers &amp;without a + sign are from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your official numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open support.kraken.com from your bookmark, never from a search engine. Copy the number at the bottom of the page and add it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved official numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove selected number…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove selected number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New official number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where you found it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: bottom of support.kraken.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New official number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where you &amp;found it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add this number…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add this official number</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VerifyWidget</name>
        <message>
            <source>&amp;Phone number to check:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone number to check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste or type a number, like +1 800 555 0100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check this number</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>YesNoQuestion</name>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ {answer} — your answer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <source>Security &amp;setup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn on every Kraken security feature, step by step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone is &amp;calling me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the checklist to use during a call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Verify a phone number…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check if a number is the one on support.kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check a &amp;link…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check if a link really goes to kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open Kraken Support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open support.kraken.com in your browser.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;Kraken Guard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the main window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close Kraken Guard.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>autostart</name>
        <message>
            <source>Kraken Guard could not write {where} ({problem}). Check that the folder belongs to you and that the disk is not full, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken Guard could not remove {where} ({problem}). Check that the folder belongs to you, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This entry is your own, so Kraken Guard left it as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This entry was not made by Kraken Guard, so it was left in place. Remove it in your desktop's startup settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This entry is your own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file was not made by Kraken Guard, so it was left in place.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>bookmarks</name>
        <message>
            <source>Kraken Support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only secure (https) links to kraken.com can be saved as bookmarks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Kraken Support bookmark is built in. It cannot be changed or removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no bookmark with this address.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>call_checklist</name>
        <message>
            <source>You did not ask Kraken Support to call you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You got no email from Kraken with the time of this call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They asked for: {item}. Kraken never asks for this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email that confirmed this call is not from Kraken. Real Kraken calls come with a real Kraken email, so this call is a scam.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They said: {item}. Scammers say this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You gave them: {item}. Do the steps below now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You saved the number calling you as a scam caller after an earlier call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer the two questions below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hang up now. This is a scam.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stay alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken Support only calls when you asked for a call. Kraken also sends an email with the time first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You do not need to be polite. End the call. Then tell Kraken through your bookmark to support.kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This call may be real. Caller ID can be faked, so stay alert. If they ask for anything below, hang up.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>calls</name>
        <message>
            <source>Notes not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The call could not be saved. Check that the disk is not full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as call {id}. You find it in the main window, under “Someone is calling me”. You can close this window now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>number not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not marked as scam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call {id}: {when}, {number} ({kind})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The saved call is written in English, so Kraken Support can read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied. Paste it into your Kraken Support ticket or your report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the call as text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save {path} ({reason}). Pick a folder you can write to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Do now: {step}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Found {count} item(s):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SIGNED BY KRAKEN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PASSED YOUR MAIL SERVICE'S CHECKS (strong, not proof)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NOT FROM KRAKEN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CANNOT TELL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sender: {address}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked in the email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NOT KRAKEN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The saved call is written in English, so Kraken Support can read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken Support will never ask you for:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If a caller asks for any of these, hang up. It is a scam.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(Content last reviewed {date}.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language: {name} ({code}), chosen by you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language: {name} ({code}), from your computer's settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Languages: {codes}. Choose one with: kraken-guard-cli language CODE (or system)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken Guard will speak {name} ({code}). The window changes the next time it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken Guard will follow your computer's language. The window changes the next time it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OFFICIAL  goes to kraken.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LOOKALIKE imitates Kraken: do not use it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UNRELATED not a Kraken site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>INVALID   not a link that can be checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>address: {host}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (read as {number})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: {step}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>added {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: {text}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>clock_check</name>
        <message>
            <source>Your phone's clock is in step. Codes should work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your phone's clock is about {seconds} seconds behind. Kraken may refuse its codes. Turn on automatic date and time in your phone's settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your phone's clock is about {seconds} seconds ahead. Kraken may refuse its codes. Turn on automatic date and time in your phone's settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That code does not match. Check that you typed the code shown for “Kraken Guard clock check”. If it still fails, your phone's clock may be more than a minute off: turn on automatic date and time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the 6 digits your authenticator app shows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody will ever need you to read out a code. Not Kraken, not anyone. A caller who asks for one is a scammer: hang up.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>email_content</name>
        <message>
            <source>The link shows {shown}, but really goes to {host}. This trick hides where a link goes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The link runs hidden code instead of opening a web page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email says: "{quote}". {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not open the attached file {name} yet. A file can hide a fake sign-in page or a harmful program, and Kraken Guard cannot check what is inside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not open the attached file {name}. It is a web page with a form that asks you to type in details. Kraken never sends sign-in forms by email.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not type anything into this email. It holds a form that asks for a password. Kraken never asks for your password in an email.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call Kraken only on a number you found yourself at support.kraken.com, never one from an email.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>email_dkim</name>
        <message>
            <source>Checked online just now: {domain} signed this email (DKIM), and it was not changed since.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked online just now: the {domain} signature (DKIM) does not match. The email was changed, or the key was replaced since it was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {domain} signature (DKIM) does not cover the whole email: the sender, subject, reply address and all of the text. Someone could have changed the rest, so it was not used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The online check cannot settle this email: part of it was not read, or the signature is not for the sender's Kraken address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use your bookmark, not this email's links. The DKIM signature checked online is Kraken's. That is strong, but not proof.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email has no DKIM signature to check online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The online check could not be done (no connection, or the name server did not answer). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>email_provider</name>
        <message>
            <source>Your mail service ({provider}) checked that this email really came from {domain} (DMARC passed). This is strong, but not proof. It holds only for an email you saved from your own mailbox, not a file someone sent you. To be sure, check the DKIM signature online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your mail service ({provider}) found that this email did NOT really come from {domain} ({method} {result}). Kraken's real email always passes this check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your mail service ({provider}) checked a different domain ({checked}), not the sender's {domain}. That does not show this email came from Kraken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email has no check result from your mail service (no Authentication-Results line). It may not be the full source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The top check result was written by {provider}, which Kraken Guard does not know as a mail service. A sender can write such lines, so they were not trusted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The check result says it is from {provider}, but the lines {provider} adds when it delivers an email are not above it. A sender can write such lines, so it was not trusted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not trust the check results in this email. Besides the one {provider} wrote, there is another that claims to be from {provider}, or a check is given twice. A sender adds such lines to look checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email has more than {count} lines at its top before any check result, so your mail service's check could not be found. Real emails have far fewer. Treat it as suspicious.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your mail service's check result could not be read, so it was not used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your mail service ({provider}) did not say whether this email really came from {domain}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>email_reading</name>
        <message>
            <source>Open the email and get its full source. Gmail: the three dots, then Show original. Outlook: the three dots, then View, then View message source. Thunderbird: View Source (Ctrl+U). Apple Mail: View, Message, Raw Source. Save it as a file or paste all of it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nothing to check. The file or text is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is bigger than 25 MB. An email's source is much smaller. Check that you picked the right file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not an email's source. It looks like a picture, a program or another kind of file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is an Outlook .msg file, which Kraken Guard cannot read. In Outlook, open the email, choose View message source, and paste it here. Or save it as .eml.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This does not look like an email's full source. The source starts with lines like From:, To: and Received:.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be opened. Check its name and that it belongs to you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email has headers but no text. Its links and phone numbers could not be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email is only in web-page form (HTML). The real address behind each link was checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part of the email uses a text encoding that is not known ({charset}). Some letters may look wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email's structure is damaged. Kraken Guard read what it could.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>email_senders</name>
        <message>
            <source>The address ends in {domain}, a domain Kraken sends email from. Anyone can write this in an email, so the address alone proves nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{domain} is not one of the domains Kraken sends email from. Scammers use made-up parts of kraken.com because some mail services let them through.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address is not from Kraken. Kraken writes only from kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not an email address. An address looks like name@example.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sender's name says Kraken, but the address is at {domain}. Anyone can type any name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sender's name shows {shown}, but the real address is at {domain}. This trick hides who really sent it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replies would go to {address}, not to Kraken. Kraken's replies stay on its own domains.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email was sent through {address} (its Return-Path), which is not a Kraken domain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address uses letters from other alphabets or a coded form (xn--). Real Kraken addresses never do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email has no sender address (no From line), or more than one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>email_signature</name>
        <message>
            <source>The email carries a valid signature made with Kraken's key (fingerprint {fingerprint}). This proves Kraken sent this text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email has a signature that claims Kraken's key, but it does not match the text. The email was changed or forged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email is signed, but not with Kraken's key. Anyone can make a key with Kraken's name on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not act on this email. Kraken's signature covers only part of it. Other text or files were added outside the signature, and anyone could have added them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not trust this signature. It was made by another key ({issuer}), not by Kraken's key ({pinned}). Anyone can make a key with Kraken's name on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email's signature is damaged and cannot be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email is signed, but Kraken's key has not been added to Kraken Guard, so the signature could not be checked. Add it once from Kraken's PGP signatures page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The email has no Kraken signature. Kraken signs account notices and news, but not support replies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is not a PGP public key. Download the key from Kraken's PGP signatures page and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This key is not Kraken's. Its fingerprint is {found}, but Kraken's is {pinned}. It was not added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This key has been withdrawn (revoked) by its owner. It was not added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a key fingerprint. A fingerprint is 40 letters and digits (0-9, A-F), like the one on Kraken's PGP signatures page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust a new fingerprint for Kraken's email key: {fingerprint}. Do this only if you read it yourself on Kraken's PGP signatures page. Emails signed with the old key will no longer count as signed by Kraken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back to the fingerprint that comes with Kraken Guard: {fingerprint}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Kraken's email signing key (fingerprint {fingerprint}). It will be used to check signed emails.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>email_verdict</name>
        <message>
            <source>You can read this email: Kraken signed it. Still, sign in only through your bookmark.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use your bookmark, not this email's links. It passed your mail service's checks for a Kraken address. That is strong, but not proof.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not act on this email. It is not from Kraken. Do not click its links, call its numbers or reply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not act on this email yet. Kraken Guard cannot tell if it is from Kraken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a forward: its sender is the person who forwarded it, not the first sender. Open the original email and save it or copy its source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the headers were given, so the text could not be checked. Copy the whole source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature is Kraken's, but the sender address is not a Kraken address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This email is too long to read in full. Kraken Guard read only the first part, so the rest could hide a trick.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not use the phone number, link or request in the subject line. Kraken's signature never covers the subject, so anyone could have written it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If this email was meant to confirm a call, the call is a scam. Hang up.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Something went wrong inside Kraken Guard. Your saved data is safe.

You can keep using the app. If this happens again, restart Kraken Guard.

Details were written to the log file:
{log_file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken Guard</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>guarded</name>
        <message>
            <source>Stop if anyone asked you to do this. Kraken will never ask you to add or change a phone number or a link. A caller who asks is running a scam: hang up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type {word} to show you are doing this yourself, not because someone asked.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>handles</name>
        <message>
            <source>This account is not on Kraken's list of its own accounts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken Support does not help people on WhatsApp, Telegram or Discord.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name Kraken is part of this account name, but it is not Kraken's account. Scammers do this to look real.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is {brand}, not Kraken the crypto exchange.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <source>Kraken Guard will follow this computer's language the next time it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken Guard will speak {name} the next time it starts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>links</name>
        <message>
            <source>This link goes to kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is not a secure (https) link. Type the address with https:// at the start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no link to check. Paste or type a link.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a web address a browser can open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a web link. Kraken links start with https://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The link has an @ sign before the address. This trick hides where the link really goes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The link has hidden characters, like tabs or line breaks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address is disguised with % codes. Real Kraken links never do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address uses unusual characters that look like normal letters. Real Kraken links never do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The link goes to a site that is not kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The link goes to a number address, not a name. Real Kraken links never do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kraken.com is written later in the link, but the link itself goes to another site.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This link is written to confuse: browsers open {browser}, but other programs read it as {other}. Real Kraken links are never written this way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This link is written to confuse: browsers open {browser}, but other programs find no site in it. Real Kraken links are never written this way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not open it: {platform} makes short links, so this link hides where it really goes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not sign in or type anything there: it is a page on {platform}, where anyone can make one. Kraken does not use such pages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not send anything there: this link opens a chat on {platform}, with an account anyone can make.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The page's name, {name}, is made to look like Kraken. Scammers do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not trust where it seems to go: this link passes you on to another link, to {host}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The link was written so it cannot be clicked (like hxxp or [.]). It was read as {link}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never use a search engine to find Kraken. Use your bookmark to support.kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This link has hidden characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken Guard only opens secure (https) links.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This link hides its real address behind an @ sign.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken Guard only opens links to kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name Kraken is part of this address, but the site is not kraken.com. Scam sites do this to look real.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name is spelled almost like Kraken, but not quite. Scam sites do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It uses the name Kraken with a different ending. The only real one is kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It uses letters from another alphabet that look like normal letters, to imitate Kraken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It uses numbers in place of letters (like 4 for a) to imitate Kraken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address uses characters that web standards do not allow. Links like this are made to trick people.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looks like kraken.com: '{drawn}' is drawn to look like '{letter}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looks like kraken.com: '{drawn}' is a {script} letter that looks like '{letter}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looks like kraken.com: '{drawn}' is '{letter}' with a small mark added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It uses letters with small marks (like á for a) to imitate Kraken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looks like kraken.com with an extra '{letter}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looks like kraken.com with the '{letter}' left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looks like kraken.com with '{wrong}' in place of '{letter}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looks like kraken.com with the letters '{pair}' swapped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name Kraken is split up by dots or dashes ({name}). Scam sites do this to look real.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name mixes letters from different alphabets ({scripts}) to look like Kraken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address is written in code (xn--). A browser may show it as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part of the address is written in code (xn--) that breaks the rules. Read loosely, it says {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is a page on {platform}, where anyone can make a site. Kraken does not use such pages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{owner} uses this name. It is not the Kraken exchange.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>message_items</name>
        <message>
            <source>On your official list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goes to kraken.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A Kraken email domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken's own account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You marked it as a scam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pretends to be Kraken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not Kraken's number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a Kraken site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a Kraken address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a Kraken account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot compare yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot be checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text is about another Kraken, such as the hockey team, so this is not read as pretending to be Kraken the exchange.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name before the @ uses Kraken's name. Kraken never writes from such an address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This link does not open a page: it runs code in your browser. Real Kraken links never do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It starts like a kraken.com link, but the whole link, as a browser reads it, does not go to kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>message_summary</name>
        <message>
            <source>This is a scam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Be careful: this is not from Kraken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No warning signs found, but that does not prove it is real</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop now. Do not reply, call, click, install or pay. If it is a call, hang up. If you already shared something, lock your account through Kraken's live chat at support.kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not send any codes or details. If you are worried about your Kraken account, open support.kraken.com from your bookmark, not from this message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still never share a code, your password or seed words. If someone called you and you did not book the call, hang up: caller ID can be faked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste the whole message, number, link or name you were given, then check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: {body}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{item} pretends to be Kraken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You marked {item} as a scam before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It says it is Kraken, but {item} is not Kraken's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{item} is not Kraken's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It says it is Kraken and gives the number {item}. Kraken Guard cannot compare it: save the real number from the bottom of support.kraken.com first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text has hidden characters. Scammers use them to get past filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text has hidden characters that change the order of what you see. Type any number or link yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every number, link and account in it is Kraken's. Kraken Guard found no request for a code, a password or seed words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken Guard found no number, link, address or account, and no request for a code, a password or seed words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It says it is Kraken, warns about a sign-in or withdrawal, and gives the number {item}, which is not on your official list. This is the most common fake-support trick.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken Guard could not check all of it, so it cannot say there are no warning signs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text is very long, so only its first {count} characters were checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It has many items. Only the first {count} were checked.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>number_verdict</name>
        <message>
            <source>Read as: {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: {step}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>official_numbers</name>
        <message>
            <source>Add {number} to your official Kraken Support numbers. Only do this if you copied it yourself from the bottom of support.kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {number} from your official Kraken Support numbers.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>opener</name>
        <message>
            <source>Link not opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use your bookmark to support.kraken.com instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browser did not open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No web browser opened. Type {url} into your browser yourself.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>phone</name>
        <message>
            <source>On your list — but caller ID can be faked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not Kraken's number — hang up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You marked this number as a scam — hang up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a phone number — check the digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can't check this number — if you did not book the call, hang up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} matches the Kraken Support number you saved from support.kraken.com. But caller ID can be faked. A call that shows this number may still be a scammer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You also noted a scam call from this number on {date}. Scammers can fake caller ID to show Kraken's real number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If someone called you and you did not book the call, hang up. Then call back using the number on support.kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} is not the Kraken Support number you saved. Any other number that says it is Kraken Support is a scam.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} is in your saved list, but that entry was changed outside Kraken Guard. So it is not trusted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: your saved list of numbers was changed outside Kraken Guard. Changed entries are not trusted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not call it back, and hang up if it is calling you. Use only the number at the bottom of support.kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You noted a scam call from {number} on {date}. It is not Kraken's number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not call it. If it calls again, hang up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken Guard has no official number saved yet, so it cannot compare {number}. The only real number is at the bottom of support.kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later, when no one is on the phone: open support.kraken.com from your bookmark, never from a search engine. Copy the number at the bottom of the page and add it to Kraken Guard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can't check this number now — if you did not book the call, hang up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your saved official numbers cannot be checked right now, so Kraken Guard cannot compare {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: your saved numbers cannot be checked right now. {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keychain that guards them is locked or not answering.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust only the number at the bottom of support.kraken.com until this is fixed. Then check again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the digits and try again. Copy the number exactly as you see it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was typed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type or paste a phone number, then press Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This text is too long to be a phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No phone number could be found in this text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This text has more than one phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check one number at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This text has hidden characters that change the order in which digits are shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the number yourself, digit by digit, then check it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The extension {extension} is not part of the number you saved. If you call, dial only the saved number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It has too few digits to be a phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It has too many digits to be a phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No country uses the code after the + sign.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} does not match any real phone number pattern for its country.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} has one digit too many to be a real phone number. Kraken's number is a normal phone number, so this is not Kraken's number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} does not match any real phone number pattern for its country. Kraken's number is a normal phone number, so this is not Kraken's number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is written without a country code, so it can also be read as {others}. None of these readings may be trusted unless all of them are on your list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is written with letters in place of digits (like O for 0). Scammers do this to get past filters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>secret_guard</name>
        <message>
            <source>Your notes look like seed words. Never write seed words here or anywhere online. Remove them, then save again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes look like a one-time code. Codes are secret, so they are not saved. Remove it, then save again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes look like a private key. Anyone with it can take your coins. Remove it, then save again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>setup</name>
        <message>
            <source>Not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not applicable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due for a review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passkey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Security key (USB or NFC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authenticator app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written on paper, kept offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text message (SMS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something else</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>setup_rules</name>
        <message>
            <source>You turned on the Global Settings Lock before setting a Master Key. The Master Key is your way back in if you lose your 2FA, and it can lift the lock. Set your Master Key now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You turned on the Global Settings Lock before funding 2FA. Turn on funding 2FA now. The lock then stops anyone from turning it off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your Master Key uses the same method as your sign-in 2FA. If you lose that one thing, you lose both. Use a different method for your Master Key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-in 2FA is not on yet. It is the most important step. Turn it on first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>setup_status</name>
        <message>
            <source>{done} of {total} done — next: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done} of {total} done — time to review: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All {total} steps done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked not for you: {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked not yet: {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due for a fresh look (done over {days} days ago): {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some steps were done in a risky order. The warnings in Security setup say why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have not started the security setup yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do this next: {title}. Open Security setup to see how.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do this next: check that “{title}” is still on. Open Security setup to see how.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next review: {date}. Nothing else to do for now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kraken Guard — {headline}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>trust_report</name>
        <message>
            <source>Saved numbers or bookmarks were changed outside Kraken Guard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved entries that do not match what you saved: {count}. Kraken Guard will not use them. Open Verify a phone number and Bookmarks to remove them or add them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your saved numbers and bookmarks cannot be checked right now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem} Until this is fixed, trust only the number at the bottom of support.kraken.com.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>trusted</name>
        <message>
            <source>The key was kept in a file when Kraken Guard was set up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key file that protects your saved numbers and bookmarks is damaged or cannot be read. It was left as it is. Restore it from a backup, or remove your saved items and add them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key in your system keychain that protects your saved numbers and bookmarks is damaged. It was left as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key that protects your saved numbers and bookmarks is missing. Kraken Guard did not make a new one, because your saved items could then not be checked. Restore your keychain or key file from a backup. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: a key file appeared in your data folder ({path}), but your key is kept in your system keychain. Someone may have tried to plant false numbers or bookmarks. Kraken Guard does not use that file. If you did not put it there, delete it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: the key file in your data folder ({path}) is not the one Kraken Guard made. Someone may have tried to plant false numbers or bookmarks. Restore the file from a backup, or start again with a new key (kraken-guard-cli trust reset-key).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: your key was kept in your system keychain, but it is gone, and a key file is in your data folder ({path}) instead. Kraken Guard does not use that file. Restore your keychain from a backup, or start again with a new key (kraken-guard-cli trust reset-key).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your system keychain cannot be reached, so Kraken Guard cannot confirm that the key file in your data folder is the one you chose. Unlock your keychain and check again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No system keychain was found on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The system keychain is locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The system keychain could not be started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The system keychain refused to save the key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The system keychain did not work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your saved numbers and bookmarks are missing: the data file was emptied, deleted or replaced, but your key shows you saved some. Restore the data file from a backup. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This data is older than the last change you made: an older copy of the data file was put back. A number you removed could look official again. Restore the newest copy. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This data file comes from another Kraken Guard data folder, not this one. Put the right file back. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved numbers or bookmarks were deleted, or their signed list was changed, outside Kraken Guard. Restore the data file from a backup. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>

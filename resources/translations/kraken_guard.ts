<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
    <context>
        <name />
        <message>
            <source>trust_report</source>
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
            <source>Security setup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your desktop has no system tray, so Kraken Guard has no tray icon. Everything is here in this window. Closing the window quits the app.</source>
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
        <name>QuickVerifyPopup</name>
        <message>
            <source>Verify a phone number</source>
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
            <source>&amp;Verify a phone number…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check a number in a small window by the tray.</source>
            <translation type="unfinished" />
        </message>
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
            <location filename="../content/email_senders.json" />
            <source>https://support.kraken.com/hc/en-us/articles/115012482687 (Is this email from Kraken?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/email_senders.json" />
            <source>kraken.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/email_senders.json" />
            <source>Kraken Support and account email.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/email_senders.json" />
            <source>support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/email_senders.json" />
            <source>futures.kraken.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/email_senders.json" />
            <source>Kraken Futures support email.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/email_senders.json" />
            <source>email2.kraken.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/email_senders.json" />
            <source>Kraken account email.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/email_senders.json" />
            <source>marketing.kraken.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/email_senders.json" />
            <source>Kraken news and offers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/email_senders.json" />
            <source>marketing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/email_senders.json" />
            <source>email.kraken.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/email_senders.json" />
            <source>rewards-email.kraken.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/email_senders.json" />
            <source>Kraken rewards news.</source>
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
            <source>Your saved official numbers cannot be checked right now, so Kraken Guard cannot compare {number}. The keychain that guards them is locked or not answering.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock your keychain and check again. Until then, trust only the number at the bottom of support.kraken.com.</source>
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
    </context>
    <context>
        <name>after_sharing</name>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>My password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Change your Kraken password now. Then change your email password too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Change your Kraken password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Change your email password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Check your email for forwarding rules you did not make.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>A 2FA code or device approval code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Someone may be signing in as you right now. Lock your account first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Lock your account through Kraken's 24/7 live chat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Review your sessions and devices and end what you do not know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Seed words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Anyone with your seed words controls that wallet. Move the money to a new wallet now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Make a new wallet with new seed words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Move all funds from the old wallet to the new one now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Remote access to my computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Cut the connection now, then clean the computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Disconnect from the internet or close the remote-access app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Uninstall the remote-access app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Run a full scan with your security software.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Change your Kraken and email passwords from a clean device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>My Master Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>The Master Key can unlock your account. Ask Kraken to lock it now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Contact Kraken Support from your bookmark and ask them to lock your account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Set a new Master Key once you are back in control.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>My username or wallet address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>This alone does not open your account, but expect more scam calls.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Make sure sign-in 2FA is on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Hang up on any call you did not ask for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>I changed a security setting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Undo it now. Go through your bookmark, not a link they sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Sign in to Kraken through your bookmark.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Turn the setting back on, such as 2FA or the lock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Check your sessions, devices and API keys.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/after_sharing.json" />
            <source>Tell Kraken Support what happened.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>in_call_steps</name>
        <message>
            <location filename="../content/in_call_steps.json" />
            <source>I do not give out account details on the phone. I will contact Kraken myself. Goodbye.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/in_call_steps.json" />
            <source>Hang up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/in_call_steps.json" />
            <source>You do not need to be polite. Say the line above, or just end the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/in_call_steps.json" />
            <source>Do not call back the number they gave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/in_call_steps.json" />
            <source>Use only the number at the bottom of support.kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/in_call_steps.json" />
            <source>Tell Kraken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/in_call_steps.json" />
            <source>Open Kraken Support from this app and send a ticket about the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/in_call_steps.json" />
            <source>Write down what happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/in_call_steps.json" />
            <source>Save the call in Kraken Guard: the number, the time, and what they asked for.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>link_verdicts</name>
        <message>
            <location filename="../content/link_verdicts.json" />
            <source>It goes to kraken.com — but never type a code for a caller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/link_verdicts.json" />
            <source>This link really goes to kraken.com. If a caller asked you to open it, hang up first. Then open Kraken from your bookmark.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/link_verdicts.json" />
            <source>Do not use this link — it pretends to be Kraken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/link_verdicts.json" />
            <source>Close it. Use your bookmark to support.kraken.com instead. If a caller sent it, hang up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/link_verdicts.json" />
            <source>Do not sign in there — this link is not a Kraken site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/link_verdicts.json" />
            <source>To reach Kraken, use your bookmark to support.kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/link_verdicts.json" />
            <source>Paste the whole link — this one cannot be checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/link_verdicts.json" />
            <source>A link starts like https://. Copy all of it and paste it here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>never_ask</name>
        <message>
            <location filename="../content/never_ask.json" />
            <source>Your username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/never_ask.json" />
            <source>Kraken Support never asks for your username on a call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/never_ask.json" />
            <source>Your password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/never_ask.json" />
            <source>Kraken Support never asks for your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/never_ask.json" />
            <source>A 2FA code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/never_ask.json" />
            <source>Nobody from Kraken will ask you to read out a 2FA code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/never_ask.json" />
            <source>A device approval code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/never_ask.json" />
            <source>A device approval code lets a new device into your account. Never share it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/never_ask.json" />
            <source>Wallet addresses or seed words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/never_ask.json" />
            <source>Kraken never asks for wallet addresses or seed words. Seed words give full control of a wallet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/never_ask.json" />
            <source>Your Master Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/never_ask.json" />
            <source>Your Master Key can unlock your account. Never tell it to anyone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/never_ask.json" />
            <source>Remote access to your computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/never_ask.json" />
            <source>Kraken never asks you to install an app so they can see or control your computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/never_ask.json" />
            <source>To remove or change your security settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/never_ask.json" />
            <source>Kraken never asks you to turn off 2FA, the lock, or any other security setting.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>red_flags</name>
        <message>
            <location filename="../content/red_flags.json" />
            <source>Move your money to a safe wallet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/red_flags.json" />
            <source>There is no safe wallet. This is how scammers take your money.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/red_flags.json" />
            <source>Act right now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/red_flags.json" />
            <source>Scammers rush you so you do not stop to think. Real support can wait.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/red_flags.json" />
            <source>Keep this call secret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/red_flags.json" />
            <source>Real support never asks you to hide a call from family or from Kraken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/red_flags.json" />
            <source>Threats about losing your account or money</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/red_flags.json" />
            <source>Fear is a tool scammers use. Hang up and check for yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/red_flags.json" />
            <source>Call this number about a withdrawal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/red_flags.json" />
            <source>Fake alerts about a withdrawal lead you to a scam phone line.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>remote_access_tools</name>
        <message>
            <location filename="../content/remote_access_tools.json" />
            <source>Kraken Support never asks for remote access. Someone may be able to see or control this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/remote_access_tools.json" />
            <source>Hang up the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/remote_access_tools.json" />
            <source>Close the app. If it will not close, turn off Wi-Fi or pull the network cable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/remote_access_tools.json" />
            <source>Uninstall the app later, then change your passwords from another device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/remote_access_tools.json" />
            <source>AnyDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/remote_access_tools.json" />
            <source>An app that lets another person see or control your computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/remote_access_tools.json" />
            <source>TeamViewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/remote_access_tools.json" />
            <source>RustDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/remote_access_tools.json" />
            <source>ScreenConnect (ConnectWise)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/remote_access_tools.json" />
            <source>UltraViewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/remote_access_tools.json" />
            <source>Splashtop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/remote_access_tools.json" />
            <source>Zoho Assist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/remote_access_tools.json" />
            <source>TeamViewer QuickSupport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/remote_access_tools.json" />
            <source>Chrome Remote Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/remote_access_tools.json" />
            <source>Supremo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/remote_access_tools.json" />
            <source>LogMeIn / GoTo Resolve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/remote_access_tools.json" />
            <source>AeroAdmin</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>security_features</name>
        <message>
            <location filename="../content/security_features.json" />
            <source>Bookmark Kraken Support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Fake sites and fake phone numbers show up in search results. Use one saved link to reach Kraken, and never a search engine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Fake Kraken sites and fake support numbers found through search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Click Open Kraken Support below. It opens support.kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Save the page as a bookmark in your browser. Or use Export bookmarks in Kraken Guard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>From now on, reach Kraken only through that bookmark or this app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Save Kraken's real phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>The only real Kraken Support number is the one at the bottom of support.kraken.com. Any other number that claims to be Kraken is a scam.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Scam phone lines that pretend to be Kraken Support.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Open Kraken Support below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Scroll to the very bottom of the page and find the phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Add that number in Kraken Guard under Verify a phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Use a unique username and a long password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Crooks try passwords leaked from other sites. A username and password you use nowhere else stops that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Passwords stolen from other sites and tried on Kraken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Use a username you do not use on any other site.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Use a password of 15 or more characters, made by a password manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Keep it only in the password manager. Never let anyone run your account for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Turn on sign-in 2FA, with a passkey first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>This is the most important step. Even with your password, nobody can sign in without your second factor. A passkey or security key only works on the real Kraken site.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Someone who has your username and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Sign in to Kraken and go to Settings, then Security, then 2FA.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Add a passkey or a security key first. A key you can carry, like your phone or a USB key, is best.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Add a second passkey if you can, as a spare.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Avoid text message codes. They are the weakest choice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Set a Master Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>The Master Key is your backup if you lose your 2FA. It also stops password resets through a hacked email. Never tell it to anyone, not even Kraken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Password resets through a hacked email account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Go to Settings, then Security, then Master Key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Use a different method from your sign-in 2FA.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Store it somewhere safe and offline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Do this before you turn on the Global Settings Lock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Turn on funding 2FA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Funding 2FA asks for a second factor before money leaves your account or a new deposit address is made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Withdrawals after someone gets into your account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Go to Security, then Advanced settings, then Funding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Choose a security key if you have one. An authenticator app is the next best.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Turn on the Global Settings Lock later, so nobody can switch this off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Turn on trading 2FA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Trading 2FA asks for a second factor before a trade is placed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Trades you did not make.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Go to your 2FA settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Turn on 2FA for trading.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Keep API keys small and safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>An API key is as strong as your password. Skip this step if you do not use API keys.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>A leaked API key used to trade or take your money.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Go to Settings, then API.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Delete any key you do not use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Do not give a key the Withdraw Funds permission unless you truly need it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Add 2FA to each key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Never paste a key anywhere because someone told you to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Watch for withdrawal address emails</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>When a new withdrawal address is added, Kraken sends an email with a link to confirm it. The same email has a link to lock your account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Someone adding their own address to take your money.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Know that each new withdrawal address needs an email link to confirm it, within one hour.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>If you get this email and did not add an address, click the lock account link in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>The Global Settings Lock also blocks new addresses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Shorten automatic sign-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Kraken signs you out after a time with no activity. The default is 120 minutes. A shorter time protects you on a shared computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Someone using a session you left open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Go to Settings, then Account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Find automatic sign-out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Pick a shorter time, like 15 or 30 minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Check your sessions and devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Look at which devices are signed in. End anything you do not know. Approve a new device only if you just signed in yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>An unknown device signed in to your account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Go to Security, then Active sessions. End any session you do not know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Go to Settings, then Activity, then Device management. Remove devices you do not know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Approve a device email only for a sign-in you just made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Know what real Kraken email looks like</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Real Kraken email comes from kraken.com addresses. Fake emails try to send you to fake sites.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Fake emails that pretend to be Kraken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Check the sender ends in kraken.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Do not click links in an email you did not expect. Use your bookmark instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>If unsure, look up Kraken's page on real Kraken email from your bookmark.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Turn on the Global Settings Lock, last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>The lock is your last line of defence. While it is on, nobody can change your password, email, 2FA, Master Key, API keys or withdrawal addresses. Unlocking takes a wait you choose, and Kraken emails you each time. Support cannot make the wait shorter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Any change to your security settings by someone else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Set your Master Key and funding 2FA first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Go to Settings, then Security, then Lock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Choose a waiting time. Longer is safer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../content/security_features.json" />
            <source>Turn the lock on.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>

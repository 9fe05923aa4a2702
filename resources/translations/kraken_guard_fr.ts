<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>{answer} (votre réponse)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Advice last checked against Kraken&apos;s support pages on {date}.</source>
        <translation>Conseils vérifiés le {date} avec les pages d&apos;aide de Kraken.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Start again with a new key…</source>
        <translation>Recommencer avec une nouvelle clé…</translation>
    </message>
    <message>
        <source>Make a new key and remove your saved numbers and bookmarks.</source>
        <translation>Créer une nouvelle clé et supprimer vos numéros et favoris enregistrés.</translation>
    </message>
    <message>
        <source>Someone is calling me</source>
        <translation>Quelqu&apos;un m&apos;appelle</translation>
    </message>
    <message>
        <source>Verify a phone number</source>
        <translation>Vérifier un numéro de téléphone</translation>
    </message>
    <message>
        <source>Check a link</source>
        <translation>Vérifier un lien</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Check an email</source>
        <translation>Vérifier un e-mail</translation>
    </message>
    <message>
        <source>Security setup</source>
        <translation>Configurer la sécurité</translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so Kraken Guard has no tray icon. Everything is here in this window. Closing the window quits the app.</source>
        <translation>Votre bureau n&apos;a pas de zone de notification, donc Kraken Guard n&apos;y a pas d&apos;icône. Tout se trouve ici, dans cette fenêtre. Si vous fermez la fenêtre, l&apos;application se ferme.</translation>
    </message>
    <message>
        <source>Start again with a new key</source>
        <translation>Recommencer avec une nouvelle clé</translation>
    </message>
    <message>
        <source>Make a new key and remove every saved number and bookmark. Then add Kraken&apos;s number again from the bottom of support.kraken.com.</source>
        <translation>Créer une nouvelle clé et supprimer tous les numéros et favoris enregistrés. Ajoutez ensuite à nouveau le numéro de Kraken depuis le bas de support.kraken.com.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Rien n&apos;a été changé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Done: a new key was made and {count} saved items were removed. Add Kraken&apos;s number again from the bottom of support.kraken.com.</source>
        <translation>C&apos;est fait&#xa0;: une nouvelle clé a été créée et {count} éléments enregistrés ont été supprimés. Ajoutez à nouveau le numéro de Kraken depuis le bas de support.kraken.com.</translation>
    </message>
    <message>
        <source>If someone calls saying they are Kraken Support, press “Someone is calling me”.</source>
        <translation>Si quelqu&apos;un appelle en disant être l&apos;assistance Kraken, appuyez sur «&#xa0;Quelqu&apos;un m&apos;appelle&#xa0;».</translation>
    </message>
    <message>
        <source>Kraken Guard is still running</source>
        <translation>Kraken Guard est toujours ouvert</translation>
    </message>
    <message>
        <source>It stays in the tray. Choose Quit from its menu to close it.</source>
        <translation>Il reste dans la zone de notification. Pour le fermer, choisissez «&#xa0;Quitter&#xa0;» dans son menu.</translation>
    </message>
    <message>
        <source>Quit Kraken Guard?</source>
        <translation>Quitter Kraken Guard&#xa0;?</translation>
    </message>
    <message>
        <source>This call is not saved yet. Save it first if you want a record for a Kraken ticket or a report.</source>
        <translation>Cet appel n&apos;est pas encore enregistré. Enregistrez-le d&apos;abord si vous voulez une trace pour un ticket Kraken ou un signalement.</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Quitter sans enregistrer</translation>
    </message>
</context>
<context>
    <name>AutostartOffer</name>
    <message>
        <source>Start Kraken Guard when you log in?</source>
        <translation>Lancer Kraken Guard à l&apos;ouverture de session&#xa0;?</translation>
    </message>
    <message>
        <source>Then it waits in the tray, ready when the phone rings. It is off unless you turn it on. You can change this here at any time.</source>
        <translation>Il attend alors dans la zone de notification, prêt quand le téléphone sonne. C&apos;est désactivé tant que vous ne l&apos;activez pas. Vous pouvez changer cela ici à tout moment.</translation>
    </message>
    <message>
        <source>Start in the &amp;tray when I log in</source>
        <translation>Lancer à l&apos;&amp;ouverture de session</translation>
    </message>
    <message>
        <source>Start Kraken Guard in the tray when I log in</source>
        <translation>Lancer Kraken Guard dans la zone de notification à l&apos;ouverture de session</translation>
    </message>
</context>
<context>
    <name>AutostartSetting</name>
    <message>
        <source>Start at login not changed</source>
        <translation>Lancement à l&apos;ouverture de session non modifié</translation>
    </message>
</context>
<context>
    <name>BookmarksPage</name>
    <message>
        <source>Bookmarks</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Kraken asks you to bookmark support.kraken.com and to use only that bookmark. It is built in here and cannot be changed. You can add other kraken.com pages, like the sign-in page.</source>
        <translation>Kraken vous demande d&apos;ajouter support.kraken.com à vos favoris et de n&apos;utiliser que ce favori. Il est intégré ici et ne peut pas être modifié. Vous pouvez ajouter d&apos;autres pages de kraken.com, comme la page de connexion.</translation>
    </message>
    <message>
        <source>Bookmarks changed outside Kraken Guard</source>
        <translation>Des favoris ont été modifiés en dehors de Kraken Guard</translation>
    </message>
    <message>
        <source>&amp;Trust again…</source>
        <translation>Refaire &amp;confiance…</translation>
    </message>
    <message>
        <source>Trust again</source>
        <translation>Refaire confiance</translation>
    </message>
    <message>
        <source>Re&amp;move changed entry…</source>
        <translation>Supprimer l&apos;entrée &amp;modifiée…</translation>
    </message>
    <message>
        <source>Remove changed entry</source>
        <translation>Supprimer l&apos;entrée modifiée</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Your &amp;bookmarks:</source>
        <translation>Vos &amp;favoris&#xa0;:</translation>
    </message>
    <message>
        <source>Your bookmarks</source>
        <translation>Vos favoris</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Export to your browser…</source>
        <translation>&amp;Exporter vers le navigateur…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Add a kraken.com page</source>
        <translation>Ajouter une page de kraken.com</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Address of the new bookmark</source>
        <translation>Adresse du nouveau favori</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the new bookmark</source>
        <translation>Nom du nouveau favori</translation>
    </message>
    <message>
        <source>A&amp;dd bookmark…</source>
        <translation>A&amp;jouter le favori…</translation>
    </message>
    <message>
        <source>Add bookmark</source>
        <translation>Ajouter le favori</translation>
    </message>
    <message>
        <source>{title} (built in)
{url}</source>
        <translation>{title} (intégré)
{url}</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <source>Someone says they are Kraken Support</source>
        <translation>Quelqu&apos;un dit être l&apos;assistance Kraken</translation>
    </message>
    <message>
        <source>If you did not ask Kraken to call you, hang up. It is a scam. The call window stays on top and tells you what to do.</source>
        <translation>Si vous n&apos;avez pas demandé à Kraken de vous appeler, raccrochez. C&apos;est une arnaque. La fenêtre d&apos;appel reste au premier plan et vous dit quoi faire.</translation>
    </message>
    <message>
        <source>&amp;Saved calls</source>
        <translation>Appels &amp;enregistrés</translation>
    </message>
    <message>
        <source>Saved calls</source>
        <translation>Appels enregistrés</translation>
    </message>
    <message>
        <source>No saved calls yet.</source>
        <translation>Aucun appel enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The chosen call as text</source>
        <translation>L&apos;appel choisi, en texte</translation>
    </message>
    <message>
        <source>C&amp;opy the text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>Copy the text of this call</source>
        <translation>Copier le texte de cet appel</translation>
    </message>
    <message>
        <source>Save to a &amp;file…</source>
        <translation>Enregistrer dans un &amp;fichier…</translation>
    </message>
    <message>
        <source>Save the text of this call to a file</source>
        <translation>Enregistrer le texte de cet appel dans un fichier</translation>
    </message>
    <message>
        <source>Paste the text into a Kraken Support ticket. In the US you can also report it at reportfraud.ftc.gov or ic3.gov.</source>
        <translation>Collez le texte dans un ticket pour l&apos;assistance Kraken. Aux États-Unis, vous pouvez aussi le signaler sur reportfraud.ftc.gov ou ic3.gov.</translation>
    </message>
</context>
<context>
    <name>CallWindow</name>
    <message>
        <source>Someone is calling me — Kraken Guard</source>
        <translation>Quelqu&apos;un m&apos;appelle — Kraken Guard</translation>
    </message>
    <message>
        <source>&amp;Keep this window on top</source>
        <translation>&amp;Garder cette fenêtre au premier plan</translation>
    </message>
    <message>
        <source>Keep this window on top</source>
        <translation>Garder cette fenêtre au premier plan</translation>
    </message>
    <message>
        <source>This call is not saved yet. Your answers are still here. When the call is over, press “Save this call”.</source>
        <translation>Cet appel n&apos;est pas encore enregistré. Vos réponses sont toujours là. Quand l&apos;appel est fini, appuyez sur «&#xa0;Enregistrer cet appel&#xa0;».</translation>
    </message>
    <message>
        <source>1. Did you ask Kraken Support to call you?</source>
        <translation>1. Avez-vous demandé à l&apos;assistance Kraken de vous appeler&#xa0;?</translation>
    </message>
    <message>
        <source>2. Did you get an email from Kraken with the time of this call?</source>
        <translation>2. Avez-vous reçu un e-mail de Kraken avec l&apos;heure de cet appel&#xa0;?</translation>
    </message>
    <message>
        <source>They asked for this:</source>
        <translation>Ils ont demandé ceci&#xa0;:</translation>
    </message>
    <message>
        <source>They said this:</source>
        <translation>Ils ont dit ceci&#xa0;:</translation>
    </message>
    <message>
        <source>Good. Kraken Support is opening in your browser. Send a ticket about this call: choose “Report suspicious activity”. Then save the call below.</source>
        <translation>Bien. L&apos;assistance Kraken s&apos;ouvre dans votre navigateur. Envoyez un ticket au sujet de cet appel&#xa0;: choisissez «&#xa0;Report suspicious activity&#xa0;» (signaler une activité suspecte). Puis enregistrez l&apos;appel ci-dessous.</translation>
    </message>
    <message>
        <source>This was a &amp;scam call</source>
        <translation>C&apos;était un appel d&apos;&amp;arnaque</translation>
    </message>
    <message>
        <source>This was a scam call</source>
        <translation>C&apos;était un appel d&apos;arnaque</translation>
    </message>
    <message>
        <source>No&amp;tes about the call (never codes or seed words)</source>
        <translation>No&amp;tes sur l&apos;appel (jamais de codes ni de phrase de récupération)</translation>
    </message>
    <message>
        <source>Notes about the call</source>
        <translation>Notes sur l&apos;appel</translation>
    </message>
    <message>
        <source>Sa&amp;ve this call</source>
        <translation>&amp;Enregistrer cet appel</translation>
    </message>
    <message>
        <source>Save this call</source>
        <translation>Enregistrer cet appel</translation>
    </message>
</context>
<context>
    <name>CallingNumber</name>
    <message>
        <source>The &amp;number that is calling (optional)</source>
        <translation>Le &amp;numéro qui appelle (facultatif)</translation>
    </message>
    <message>
        <source>The number that is calling</source>
        <translation>Le numéro qui appelle</translation>
    </message>
    <message>
        <source>As shown on your phone</source>
        <translation>Tel qu&apos;affiché sur votre téléphone</translation>
    </message>
</context>
<context>
    <name>CheckBox</name>
    <message>
        <source>&amp;What were you given? A number, a link, a name or a whole message:</source>
        <translation>&amp;Qu&apos;avez-vous reçu&#xa0;? Un numéro, un lien, un nom ou un message entier&#xa0;:</translation>
    </message>
    <message>
        <source>Number, link or message to check</source>
        <translation>Numéro, lien ou message à vérifier</translation>
    </message>
    <message>
        <source>Paste it here, then press Enter. Shift+Enter starts a new line.</source>
        <translation>Collez-le ici, puis appuyez sur Entrée. Maj+Entrée commence une nouvelle ligne.</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Vérifi&amp;er</translation>
    </message>
    <message>
        <source>Check it</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>What it holds (select one to see why):</source>
        <translation>Ce qu&apos;il contient (choisissez un élément pour voir pourquoi)&#xa0;:</translation>
    </message>
    <message>
        <source>Numbers, links, addresses and accounts found</source>
        <translation>Numéros, liens, adresses et comptes trouvés</translation>
    </message>
    <message>
        <source>Do now: {step}</source>
        <translation>À faire maintenant&#xa0;: {step}</translation>
    </message>
    <message>
        <source>{kind}: {item} — {verdict}</source>
        <translation>{kind}&#xa0;: {item} — {verdict}</translation>
    </message>
</context>
<context>
    <name>CheckController</name>
    <message>
        <source>&amp;Check a number, link or message…</source>
        <translation>Vérifier un &amp;numéro, un lien ou un message…</translation>
    </message>
    <message>
        <source>Paste what you were given into a small window by the tray.</source>
        <translation>Collez ce que vous avez reçu dans une petite fenêtre près de la zone de notification.</translation>
    </message>
</context>
<context>
    <name>ClockCheckPage</name>
    <message>
        <source>Optional: check your authenticator app&apos;s clock</source>
        <translation>Facultatif&#xa0;: vérifier l&apos;horloge de votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>Never read out a code</source>
        <translation>Ne lisez jamais un code à voix haute</translation>
    </message>
    <message>
        <source>Kraken refuses a correct-looking code when your phone&apos;s clock is off. This test shows if yours is. It uses a made-up key that works nowhere else and is forgotten when you leave this page.</source>
        <translation>Kraken refuse un code qui semble correct quand l&apos;horloge de votre téléphone n&apos;est pas à l&apos;heure. Ce test montre si la vôtre l&apos;est. Il utilise une clé inventée qui ne sert nulle part ailleurs. Elle est oubliée quand vous quittez cette page.</translation>
    </message>
    <message>
        <source>In your authenticator app, add an account and scan this code.</source>
        <translation>Dans votre application d&apos;authentification, ajoutez un compte et scannez ce code.</translation>
    </message>
    <message>
        <source>Type below the 6 digits it shows for “Kraken Guard clock check”.</source>
        <translation>Tapez ci-dessous les 6 chiffres affichés pour «&#xa0;Kraken Guard clock check&#xa0;».</translation>
    </message>
    <message>
        <source>Delete that account from the app when you are done.</source>
        <translation>Une fois fini, supprimez ce compte de l&apos;application.</translation>
    </message>
    <message>
        <source>QR code to scan with your authenticator app</source>
        <translation>Code QR à scanner avec votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>Code your app shows</source>
        <translation>Code affiché par votre application</translation>
    </message>
    <message>
        <source>&amp;Check the code</source>
        <translation>&amp;Vérifier le code</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Vérifier le code</translation>
    </message>
    <message>
        <source>Code your app &amp;shows:</source>
        <translation>Code affiché par votre &amp;application&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot scan? Type this key instead: {key}</source>
        <translation>Impossible de scanner&#xa0;? Tapez plutôt cette clé&#xa0;: {key}</translation>
    </message>
    <message>
        <source>✔ Your phone&apos;s clock is in step</source>
        <translation>✔ L&apos;horloge de votre téléphone est à l&apos;heure</translation>
    </message>
    <message>
        <source>⚠ Your phone&apos;s clock is off</source>
        <translation>⚠ L&apos;horloge de votre téléphone n&apos;est pas à l&apos;heure</translation>
    </message>
    <message>
        <source>✘ The code did not match</source>
        <translation>✘ Le code ne correspond pas</translation>
    </message>
</context>
<context>
    <name>EmailCheckPage</name>
    <message>
        <source>Check an email</source>
        <translation>Vérifier un e-mail</translation>
    </message>
    <message>
        <source>Is this email really from Kraken? Drop a saved email (.eml) here, open one, or paste its full source. Kraken Guard checks it on this computer. Nothing is sent anywhere.</source>
        <translation>Cet e-mail vient-il vraiment de Kraken&#xa0;? Déposez ici un e-mail enregistré (.eml), ouvrez-en un, ou collez sa source complète. Kraken Guard le vérifie sur cet ordinateur. Rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>&amp;Open a saved email…</source>
        <translation>&amp;Ouvrir un e-mail enregistré…</translation>
    </message>
    <message>
        <source>Open a saved email file</source>
        <translation>Ouvrir un fichier d&apos;e-mail enregistré</translation>
    </message>
    <message>
        <source>Check the &amp;DKIM signature online</source>
        <translation>Vérifier la signature &amp;DKIM en ligne</translation>
    </message>
    <message>
        <source>Check the DKIM signature online</source>
        <translation>Vérifier la signature DKIM en ligne</translation>
    </message>
    <message>
        <source>This asks the sender&apos;s name server on the internet. Only when you press.</source>
        <translation>Cela interroge le serveur de noms de l&apos;expéditeur sur Internet. Seulement quand vous appuyez.</translation>
    </message>
    <message>
        <source>Or &amp;paste the email&apos;s full source:</source>
        <translation>Ou &amp;collez la source complète de l&apos;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>The email&apos;s full source</source>
        <translation>La source complète de l&apos;e-mail</translation>
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
        <translation>&amp;Vérifier la source collée</translation>
    </message>
    <message>
        <source>Check the pasted source</source>
        <translation>Vérifier la source collée</translation>
    </message>
    <message>
        <source>&amp;Add Kraken&apos;s key file…</source>
        <translation>&amp;Ajouter le fichier de clé de Kraken…</translation>
    </message>
    <message>
        <source>Add Kraken&apos;s PGP key file</source>
        <translation>Ajouter le fichier de clé PGP de Kraken</translation>
    </message>
    <message>
        <source>Checked in the email:</source>
        <translation>Vérifié dans l&apos;e-mail&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EmailController</name>
    <message>
        <source>Open a saved email</source>
        <translation>Ouvrir un e-mail enregistré</translation>
    </message>
    <message>
        <source>Emails (*.eml *.msg *.txt);;All files (*)</source>
        <translation>E-mails (*.eml *.msg *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not from Kraken.</source>
        <translation>Ne vient pas de Kraken.</translation>
    </message>
    <message>
        <source>This could not be checked</source>
        <translation>Cela n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <source>Add Kraken&apos;s PGP key</source>
        <translation>Ajouter la clé PGP de Kraken</translation>
    </message>
    <message>
        <source>PGP keys (*.asc *.gpg *.pgp *.txt);;All files (*)</source>
        <translation>Clés PGP (*.asc *.gpg *.pgp *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This key was not added</source>
        <translation>Cette clé n&apos;a pas été ajoutée</translation>
    </message>
    <message>
        <source>The file could not be opened. Check its name and that it belongs to you.</source>
        <translation>Le fichier n&apos;a pas pu être ouvert. Vérifiez son nom et qu&apos;il vous appartient.</translation>
    </message>
    <message>
        <source>Add Kraken&apos;s key</source>
        <translation>Ajouter la clé de Kraken</translation>
    </message>
    <message>
        <source>Kraken&apos;s key is added (fingerprint {fingerprint}).</source>
        <translation>La clé de Kraken est ajoutée (empreinte {fingerprint}).</translation>
    </message>
    <message>
        <source>Kraken&apos;s key is not added yet. Download it from Kraken&apos;s PGP signatures page (support.kraken.com). It is accepted only with fingerprint {fingerprint}.</source>
        <translation>La clé de Kraken n&apos;est pas encore ajoutée. Téléchargez-la depuis la page des signatures PGP de Kraken (support.kraken.com). Elle n&apos;est acceptée qu&apos;avec l&apos;empreinte {fingerprint}.</translation>
    </message>
    <message>
        <source>Check the email that confirmed this call</source>
        <translation>Vérifier l&apos;e-mail qui a confirmé cet appel</translation>
    </message>
</context>
<context>
    <name>GuardedChangeDialog</name>
    <message>
        <source>Make this change</source>
        <translation>Faire ce changement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Someone is &amp;calling me now</source>
        <translation>Quelqu&apos;un m&apos;&amp;appelle</translation>
    </message>
    <message>
        <source>A caller says they are Kraken Support? Open the checklist. It tells you what to say and when to hang up. Kraken never asks for a code or your password.</source>
        <translation>Quelqu&apos;un dit être l&apos;assistance Kraken&#xa0;? Ouvrez la liste de contrôle. Elle vous dit quoi répondre et quand raccrocher. Kraken ne demande jamais de code ni votre mot de passe.</translation>
    </message>
    <message>
        <source>Your security setup</source>
        <translation>Votre configuration de sécurité</translation>
    </message>
    <message>
        <source>Security setup progress</source>
        <translation>Progression de la configuration de sécurité</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>Étapes faites&#xa0;: {done} sur {total}</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Comme sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>LinkCheckPage</name>
    <message>
        <source>Check a link</source>
        <translation>Vérifier un lien</translation>
    </message>
    <message>
        <source>Paste a link from an email, a message or a caller. Kraken Guard reads it the way your browser does and tells you where it really goes. Nothing is sent anywhere.</source>
        <translation>Collez un lien reçu par e-mail, par message ou d&apos;un appelant. Kraken Guard le lit comme votre navigateur et vous dit où il mène vraiment. Rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Never use a search engine to find Kraken</source>
        <translation>N&apos;utilisez jamais un moteur de recherche pour trouver Kraken</translation>
    </message>
    <message>
        <source>Fake sites and fake phone numbers show up in search results. Use your bookmark to support.kraken.com.</source>
        <translation>Des faux sites et des faux numéros de téléphone apparaissent dans les résultats de recherche. Utilisez votre favori vers support.kraken.com.</translation>
    </message>
    <message>
        <source>&amp;Link to check:</source>
        <translation>&amp;Lien à vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>Link to check</source>
        <translation>Lien à vérifier</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check this link</source>
        <translation>Vérifier ce lien</translation>
    </message>
</context>
<context>
    <name>LinksController</name>
    <message>
        <source>&amp;Export bookmarks to your browser…</source>
        <translation>&amp;Exporter les favoris vers votre navigateur…</translation>
    </message>
    <message>
        <source>Save your Kraken bookmarks for your browser and a desktop shortcut.</source>
        <translation>Enregistrez vos favoris Kraken pour votre navigateur et un raccourci sur le bureau.</translation>
    </message>
    <message>
        <source>This link goes to: {host}</source>
        <translation>Ce lien mène à&#xa0;: {host}</translation>
    </message>
    <message>
        <source>Your saved bookmarks cannot be checked right now</source>
        <translation>Vos favoris enregistrés ne peuvent pas être vérifiés pour l&apos;instant</translation>
    </message>
    <message>
        <source>They are not used until they can be checked. Unlock your system keychain, then press Check again. Kraken Support still works.</source>
        <translation>Ils ne sont pas utilisés tant qu&apos;ils ne peuvent pas être vérifiés. Déverrouillez le trousseau de votre système, puis appuyez sur «&#xa0;Vérifier à nouveau&#xa0;». L&apos;assistance Kraken fonctionne toujours.</translation>
    </message>
    <message>
        <source>Some bookmarks were changed outside Kraken Guard</source>
        <translation>Certains favoris ont été modifiés en dehors de Kraken Guard</translation>
    </message>
    <message>
        <source>They are not used. If you did not change them, someone else did: remove them. Trust one again only if you know it is yours.</source>
        <translation>Ils ne sont pas utilisés. Si vous ne les avez pas modifiés, quelqu&apos;un d&apos;autre l&apos;a fait&#xa0;: supprimez-les. Refaites confiance à l&apos;un d&apos;eux seulement si vous savez qu&apos;il est à vous.</translation>
    </message>
    <message>
        <source>Protection cannot be checked right now</source>
        <translation>La protection ne peut pas être vérifiée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Protected by your system keychain</source>
        <translation>Protégé par le trousseau de votre système</translation>
    </message>
    <message>
        <source>Your bookmarks are signed with a secret key kept in your system keychain. A change made outside Kraken Guard shows up here.</source>
        <translation>Vos favoris sont signés avec une clé secrète gardée dans le trousseau de votre système. Un changement fait en dehors de Kraken Guard apparaît ici.</translation>
    </message>
    <message>
        <source>Add the bookmark {url}</source>
        <translation>Ajouter le favori {url}</translation>
    </message>
    <message>
        <source>Add a bookmark</source>
        <translation>Ajouter un favori</translation>
    </message>
    <message>
        <source>Remove the bookmark {url}</source>
        <translation>Supprimer le favori {url}</translation>
    </message>
    <message>
        <source>Remove a bookmark</source>
        <translation>Supprimer un favori</translation>
    </message>
    <message>
        <source>Trust this changed bookmark again: {url}</source>
        <translation>Refaire confiance à ce favori modifié&#xa0;: {url}</translation>
    </message>
    <message>
        <source>Trust again</source>
        <translation>Refaire confiance</translation>
    </message>
    <message>
        <source>Nothing was changed. Unlock your system keychain and try again.</source>
        <translation>Rien n&apos;a été changé. Déverrouillez le trousseau de votre système et réessayez.</translation>
    </message>
    <message>
        <source>Bookmark not changed</source>
        <translation>Favori non modifié</translation>
    </message>
    <message>
        <source>Where should the bookmarks go?</source>
        <translation>Où enregistrer les favoris&#xa0;?</translation>
    </message>
    <message>
        <source>Bookmarks not saved</source>
        <translation>Favoris non enregistrés</translation>
    </message>
    <message>
        <source>Kraken Guard could not write to {folder}. Choose another folder.</source>
        <translation>Kraken Guard n&apos;a pas pu écrire dans {folder}. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Bookmarks saved</source>
        <translation>Favoris enregistrés</translation>
    </message>
    <message>
        <source>Saved:
{files}

In your browser, open Bookmarks, choose Import, and pick the .html file. The shortcut opens Kraken Support.</source>
        <translation>Enregistré&#xa0;:
{files}

Dans votre navigateur, ouvrez les favoris, choisissez Importer, puis le fichier .html. Le raccourci ouvre l&apos;assistance Kraken.</translation>
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
        <translation>Rubriques</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>&amp;Understood</source>
        <translation>&amp;Bien compris</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>QuickCheckPopup</name>
    <message>
        <source>Check a number, link or message</source>
        <translation>Vérifier un numéro, un lien ou un message</translation>
    </message>
    <message>
        <source>&amp;Manage numbers…</source>
        <translation>&amp;Gérer les numéros…</translation>
    </message>
    <message>
        <source>Open the full page to manage your numbers</source>
        <translation>Ouvrir la page complète pour gérer vos numéros</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Press Enter to check. Press Esc to close.</source>
        <translation>Appuyez sur Entrée pour vérifier. Appuyez sur Échap pour fermer.</translation>
    </message>
</context>
<context>
    <name>RecoveryView</name>
    <message>
        <source>Act now, in this order</source>
        <translation>Agissez maintenant, dans cet ordre</translation>
    </message>
    <message>
        <source>1. Lock your account first</source>
        <translation>1. Bloquez d&apos;abord votre compte</translation>
    </message>
    <message>
        <source>Open Kraken Support from your bookmark and start the 24/7 live chat. Ask them to lock your account. Do this before anything else.</source>
        <translation>Ouvrez l&apos;assistance Kraken depuis votre favori et lancez le chat en direct, ouvert 24 h/24 et 7 j/7. Demandez-leur de bloquer votre compte. Faites-le avant toute autre chose.</translation>
    </message>
    <message>
        <source>&amp;Lock your account first: open Kraken Support</source>
        <translation>&amp;Bloquez d&apos;abord votre compte&#xa0;: ouvrez l&apos;assistance Kraken</translation>
    </message>
    <message>
        <source>Lock your account first: open Kraken Support</source>
        <translation>Bloquez d&apos;abord votre compte&#xa0;: ouvrez l&apos;assistance Kraken</translation>
    </message>
    <message>
        <source>2. What did you give them, or do for them?</source>
        <translation>2. Qu&apos;avez-vous donné ou fait pour eux&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Back to the call checklist</source>
        <translation>Revenir à la &amp;liste de contrôle</translation>
    </message>
    <message>
        <source>Back to the call checklist</source>
        <translation>Revenir à la liste de contrôle de l&apos;appel</translation>
    </message>
    <message>
        <source>3. Then do these steps:</source>
        <translation>3. Faites ensuite ces étapes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RemoteAccessWarning</name>
    <message>
        <source>{apps} is running. Close it now.</source>
        <translation>{apps} est ouvert. Fermez-le maintenant.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Revenir à l&apos;étape précédente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Step {n} of {total}: {title}</source>
        <translation>Étape {n} sur {total}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Étape {n} sur {total}</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it protects you from:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Ce contre quoi cela vous protège&#xa0;:&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Comment faire</translation>
    </message>
    <message>
        <source>&amp;Open this on kraken.com</source>
        <translation>Ouvrir sur &amp;kraken.com</translation>
    </message>
    <message>
        <source>Open this on kraken.com</source>
        <translation>Ouvrir sur kraken.com</translation>
    </message>
    <message>
        <source>E&amp;xport bookmarks…</source>
        <translation>E&amp;xporter les favoris…</translation>
    </message>
    <message>
        <source>&amp;Add the official number…</source>
        <translation>&amp;Ajouter le numéro officiel…</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>Choisissez</translation>
    </message>
    <message>
        <source>&amp;Method you used (never the code or key itself):</source>
        <translation>&amp;Méthode utilisée (jamais le code ni la clé elle-même)&#xa0;:</translation>
    </message>
    <message>
        <source>Method you used</source>
        <translation>Méthode utilisée</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fait</translation>
    </message>
    <message>
        <source>Not &amp;yet</source>
        <translation>Pas &amp;encore</translation>
    </message>
    <message>
        <source>Doesn&apos;t a&amp;pply to me</source>
        <translation>Ne me &amp;concerne pas</translation>
    </message>
    <message>
        <source>For example: I do not use API keys</source>
        <translation>Par exemple&#xa0;: je n&apos;utilise pas de clés API</translation>
    </message>
    <message>
        <source>&amp;Why not? (never type a code or password here)</source>
        <translation>Pourquoi &amp;non&#xa0;? (ne tapez jamais ici un code ni un mot de passe)</translation>
    </message>
    <message>
        <source>Why this step does not apply to you</source>
        <translation>Pourquoi cette étape ne vous concerne pas</translation>
    </message>
    <message>
        <source>Check the order</source>
        <translation>Vérifier l&apos;ordre</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Your progress</source>
        <translation>Votre progression</translation>
    </message>
    <message>
        <source>&amp;Go to the next step</source>
        <translation>&amp;Aller à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>Aller à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Check the order</source>
        <translation>Vérifier l&apos;ordre</translation>
    </message>
    <message>
        <source>All &amp;steps (press Enter to open one):</source>
        <translation>Toutes &amp;les étapes (Entrée pour en ouvrir une)&#xa0;:</translation>
    </message>
    <message>
        <source>All steps and your answers</source>
        <translation>Toutes les étapes et vos réponses</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Review done steps every this many days</source>
        <translation>Revoir les étapes faites tous les combien de jours</translation>
    </message>
    <message>
        <source>&amp;Review done steps every:</source>
        <translation>&amp;Revoir les étapes faites tous les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export progress…</source>
        <translation>E&amp;xporter la progression…</translation>
    </message>
    <message>
        <source>Export progress to a file</source>
        <translation>Exporter la progression dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Import progress…</source>
        <translation>&amp;Importer la progression…</translation>
    </message>
    <message>
        <source>Import progress from a file</source>
        <translation>Importer la progression depuis un fichier</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Kraken Guard menu</source>
        <translation>Menu de Kraken Guard</translation>
    </message>
</context>
<context>
    <name>VerdictBox</name>
    <message>
        <source>Good sign</source>
        <translation>Bon signe</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Danger</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>I &amp;hung up</source>
        <translation>J&apos;ai &amp;raccroché</translation>
    </message>
    <message>
        <source>I hung up</source>
        <translation>J&apos;ai raccroché</translation>
    </message>
    <message>
        <source>I already &amp;gave them…</source>
        <translation>Je leur ai &amp;déjà donné…</translation>
    </message>
    <message>
        <source>I already gave them something</source>
        <translation>Je leur ai déjà donné quelque chose</translation>
    </message>
    <message>
        <source>Check the confirmation &amp;email</source>
        <translation>&amp;Vérifier l&apos;e-mail de confirmation</translation>
    </message>
    <message>
        <source>Check the confirmation email</source>
        <translation>Vérifier l&apos;e-mail de confirmation</translation>
    </message>
    <message>
        <source>They gave &amp;me something</source>
        <translation>Ils m&apos;ont donné &amp;quelque chose</translation>
    </message>
    <message>
        <source>They gave me something to check</source>
        <translation>Ils m&apos;ont donné quelque chose à vérifier</translation>
    </message>
    <message>
        <source>A link, a number or a message they sent or read out</source>
        <translation>Un lien, un numéro ou un message qu&apos;ils ont envoyé ou lu à voix haute</translation>
    </message>
    <message>
        <source>Say this, then hang up: “{line}”</source>
        <translation>Dites ceci, puis raccrochez&#xa0;: «&#xa0;{line}&#xa0;»</translation>
    </message>
    <message>
        <source>If they ask for a code or a password, say: “{line}”</source>
        <translation>S&apos;ils demandent un code ou un mot de passe, dites&#xa0;: «&#xa0;{line}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>VerifyController</name>
    <message>
        <source>Not trusted, changed outside Kraken Guard: {number}</source>
        <translation>Pas fiable, modifié en dehors de Kraken Guard&#xa0;: {number}</translation>
    </message>
    <message>
        <source>Warning: your saved numbers were changed outside Kraken Guard. Changed entries are not used. Remove them, or add the number again from support.kraken.com.</source>
        <translation>Attention&#xa0;: vos numéros enregistrés ont été modifiés en dehors de Kraken Guard. Les entrées modifiées ne sont pas utilisées. Supprimez-les, ou ajoutez à nouveau le numéro depuis support.kraken.com.</translation>
    </message>
    <message>
        <source>Cannot be checked right now: {number}</source>
        <translation>Ne peut pas être vérifié pour l&apos;instant&#xa0;: {number}</translation>
    </message>
    <message>
        <source>Your saved numbers cannot be checked right now. {problem} Until this is fixed, trust only the number at the bottom of support.kraken.com.</source>
        <translation>Vos numéros enregistrés ne peuvent pas être vérifiés pour l&apos;instant. {problem} En attendant, ne faites confiance qu&apos;au numéro en bas de support.kraken.com.</translation>
    </message>
    <message>
        <source>No official number saved yet.</source>
        <translation>Aucun numéro officiel enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Number not added</source>
        <translation>Numéro non ajouté</translation>
    </message>
    <message>
        <source>Add an official number</source>
        <translation>Ajouter un numéro officiel</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>Saved {number}.</source>
        <translation>{number} enregistré.</translation>
    </message>
    <message>
        <source>Remove an official number</source>
        <translation>Supprimer un numéro officiel</translation>
    </message>
    <message>
        <source>Removed {number}.</source>
        <translation>{number} supprimé.</translation>
    </message>
    <message>
        <source>The data file could not be written. Check that the disk is not full.</source>
        <translation>Le fichier de données n&apos;a pas pu être écrit. Vérifiez que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Rien n&apos;a été changé</translation>
    </message>
    <message>
        <source>{reason} Fix this, then try again.</source>
        <translation>{reason} Corrigez cela, puis réessayez.</translation>
    </message>
    <message>
        <source>{number}, added {date}</source>
        <translation>{number}, ajouté le {date}</translation>
    </message>
    <message>
        <source>{entry}. Found at: {note}</source>
        <translation>{entry}. Trouvé sur&#xa0;: {note}</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify a phone number</source>
        <translation>Vérifier un numéro de téléphone</translation>
    </message>
    <message>
        <source>The only real Kraken Support number is at the bottom of support.kraken.com. Any other number that says it is Kraken Support is a scam.</source>
        <translation>Le seul vrai numéro de l&apos;assistance Kraken se trouve en bas de support.kraken.com. Tout autre numéro qui prétend être l&apos;assistance Kraken est une arnaque.</translation>
    </message>
    <message>
        <source>Country for numbers without a plus sign</source>
        <translation>Pays des numéros sans signe plus</translation>
    </message>
    <message>
        <source>Numbers &amp;without a + sign are from:</source>
        <translation>Les numéros &amp;sans signe + viennent de&#xa0;:</translation>
    </message>
    <message>
        <source>Your official numbers</source>
        <translation>Vos numéros officiels</translation>
    </message>
    <message>
        <source>Open support.kraken.com from your bookmark, never from a search engine. Copy the number at the bottom of the page and add it here.</source>
        <translation>Ouvrez support.kraken.com depuis votre favori, jamais depuis un moteur de recherche. Copiez le numéro en bas de la page et ajoutez-le ici.</translation>
    </message>
    <message>
        <source>Saved official numbers</source>
        <translation>Numéros officiels enregistrés</translation>
    </message>
    <message>
        <source>&amp;Remove selected number…</source>
        <translation>Supprimer le numéro &amp;choisi…</translation>
    </message>
    <message>
        <source>Remove selected number</source>
        <translation>Supprimer le numéro choisi</translation>
    </message>
    <message>
        <source>New official number</source>
        <translation>Nouveau numéro officiel</translation>
    </message>
    <message>
        <source>Where you found it</source>
        <translation>Où vous l&apos;avez trouvé</translation>
    </message>
    <message>
        <source>For example: bottom of support.kraken.com</source>
        <translation>Ex.&#xa0;: en bas de support.kraken.com</translation>
    </message>
    <message>
        <source>&amp;New official number:</source>
        <translation>&amp;Nouveau numéro officiel&#xa0;:</translation>
    </message>
    <message>
        <source>Where you &amp;found it:</source>
        <translation>Où vous l&apos;avez &amp;trouvé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add this number…</source>
        <translation>&amp;Ajouter ce numéro…</translation>
    </message>
    <message>
        <source>Add this official number</source>
        <translation>Ajouter ce numéro officiel</translation>
    </message>
</context>
<context>
    <name>VerifyWidget</name>
    <message>
        <source>&amp;Phone number to check:</source>
        <translation>Numéro de téléphone à &amp;vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>Phone number to check</source>
        <translation>Numéro de téléphone à vérifier</translation>
    </message>
    <message>
        <source>Paste or type a number, like +1 800 555 0100</source>
        <translation>Collez ou tapez un numéro, ex. +1 800 555 0100</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Vérifi&amp;er</translation>
    </message>
    <message>
        <source>Check this number</source>
        <translation>Vérifier ce numéro</translation>
    </message>
</context>
<context>
    <name>YesNoQuestion</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>✓ {answer} — your answer</source>
        <translation>✓ {answer} — votre réponse</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Security &amp;setup</source>
        <translation>Configurer la &amp;sécurité</translation>
    </message>
    <message>
        <source>Turn on every Kraken security feature, step by step.</source>
        <translation>Activez chaque fonction de sécurité de Kraken, étape par étape.</translation>
    </message>
    <message>
        <source>Someone is &amp;calling me</source>
        <translation>Quelqu&apos;un m&apos;&amp;appelle</translation>
    </message>
    <message>
        <source>Open the checklist to use during a call.</source>
        <translation>Ouvrir la liste à suivre pendant un appel.</translation>
    </message>
    <message>
        <source>&amp;Verify a phone number…</source>
        <translation>&amp;Vérifier un numéro de téléphone…</translation>
    </message>
    <message>
        <source>Check if a number is the one on support.kraken.com.</source>
        <translation>Est-ce le numéro de support.kraken.com&#xa0;?</translation>
    </message>
    <message>
        <source>Check a &amp;link…</source>
        <translation>Vérifier un &amp;lien…</translation>
    </message>
    <message>
        <source>Check if a link really goes to kraken.com.</source>
        <translation>Vérifier si un lien mène vraiment à kraken.com.</translation>
    </message>
    <message>
        <source>&amp;Open Kraken Support</source>
        <translation>&amp;Ouvrir l&apos;assistance Kraken</translation>
    </message>
    <message>
        <source>Open support.kraken.com in your browser.</source>
        <translation>Ouvrir support.kraken.com dans votre navigateur.</translation>
    </message>
    <message>
        <source>Show &amp;Kraken Guard</source>
        <translation>Afficher &amp;Kraken Guard</translation>
    </message>
    <message>
        <source>Show the main window.</source>
        <translation>Afficher la fenêtre principale.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Kraken Guard.</source>
        <translation>Fermer Kraken Guard.</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>Kraken Guard could not write {where} ({problem}). Check that the folder belongs to you and that the disk is not full, then try again.</source>
        <translation>Kraken Guard n&apos;a pas pu écrire {where} ({problem}). Vérifiez que le dossier vous appartient et que le disque n&apos;est pas plein, puis réessayez.</translation>
    </message>
    <message>
        <source>Kraken Guard could not remove {where} ({problem}). Check that the folder belongs to you, then try again.</source>
        <translation>Kraken Guard n&apos;a pas pu supprimer {where} ({problem}). Vérifiez que le dossier vous appartient, puis réessayez.</translation>
    </message>
    <message>
        <source>This entry is your own, so Kraken Guard left it as it is.</source>
        <translation>Cette entrée est la vôtre, donc Kraken Guard l&apos;a laissée telle quelle.</translation>
    </message>
    <message>
        <source>This entry was not made by Kraken Guard, so it was left in place. Remove it in your desktop&apos;s startup settings.</source>
        <translation>Cette entrée n&apos;a pas été créée par Kraken Guard, elle a donc été laissée en place. Supprimez-la dans les réglages de démarrage de votre bureau.</translation>
    </message>
    <message>
        <source>This entry is your own.</source>
        <translation>Cette entrée est la vôtre.</translation>
    </message>
    <message>
        <source>This file was not made by Kraken Guard, so it was left in place.</source>
        <translation>Ce fichier n&apos;a pas été créé par Kraken Guard, il a donc été laissé en place.</translation>
    </message>
</context>
<context>
    <name>bookmarks</name>
    <message>
        <source>Kraken Support</source>
        <translation>Assistance Kraken</translation>
    </message>
    <message>
        <source>Only secure (https) links to kraken.com can be saved as bookmarks.</source>
        <translation>Seuls les liens sécurisés (https) vers kraken.com peuvent être enregistrés comme favoris.</translation>
    </message>
    <message>
        <source>The Kraken Support bookmark is built in. It cannot be changed or removed.</source>
        <translation>Le favori vers l&apos;assistance Kraken est intégré. Il ne peut être ni modifié ni supprimé.</translation>
    </message>
    <message>
        <source>There is no bookmark with this address.</source>
        <translation>Aucun favori n&apos;a cette adresse.</translation>
    </message>
</context>
<context>
    <name>call_checklist</name>
    <message>
        <source>You did not ask Kraken Support to call you.</source>
        <translation>Vous n&apos;avez pas demandé à l&apos;assistance Kraken de vous appeler.</translation>
    </message>
    <message>
        <source>You got no email from Kraken with the time of this call.</source>
        <translation>Vous n&apos;avez reçu aucun e-mail de Kraken avec l&apos;heure de cet appel.</translation>
    </message>
    <message>
        <source>They asked for: {item}. Kraken never asks for this.</source>
        <translation>Ils ont demandé&#xa0;: {item}. Kraken ne demande jamais cela.</translation>
    </message>
    <message>
        <source>The email that confirmed this call is not from Kraken. Real Kraken calls come with a real Kraken email, so this call is a scam.</source>
        <translation>L&apos;e-mail qui a confirmé cet appel ne vient pas de Kraken. Un vrai appel de Kraken est annoncé par un vrai e-mail de Kraken : cet appel est donc une arnaque.</translation>
    </message>
    <message>
        <source>They said: {item}. Scammers say this.</source>
        <translation>Ils ont dit&#xa0;: {item}. Les arnaqueurs disent cela.</translation>
    </message>
    <message>
        <source>You gave them: {item}. Do the steps below now.</source>
        <translation>Vous leur avez donné&#xa0;: {item}. Suivez maintenant les étapes ci-dessous.</translation>
    </message>
    <message>
        <source>You saved the number calling you as a scam caller after an earlier call.</source>
        <translation>Vous avez enregistré le numéro qui vous appelle comme arnaqueur après un appel précédent.</translation>
    </message>
    <message>
        <source>Answer the two questions below</source>
        <translation>Répondez aux deux questions ci-dessous</translation>
    </message>
    <message>
        <source>Hang up now. This is a scam.</source>
        <translation>Raccrochez maintenant. C&apos;est une arnaque.</translation>
    </message>
    <message>
        <source>Stay alert</source>
        <translation>Restez vigilant</translation>
    </message>
    <message>
        <source>Kraken Support only calls when you asked for a call. Kraken also sends an email with the time first.</source>
        <translation>L&apos;assistance Kraken n&apos;appelle que si vous avez demandé un appel. Kraken envoie aussi d&apos;abord un e-mail avec l&apos;heure.</translation>
    </message>
    <message>
        <source>You do not need to be polite. End the call. Then tell Kraken through your bookmark to support.kraken.com.</source>
        <translation>Inutile d&apos;être poli. Mettez fin à l&apos;appel. Puis prévenez Kraken via votre favori vers support.kraken.com.</translation>
    </message>
    <message>
        <source>This call may be real. Caller ID can be faked, so stay alert. If they ask for anything below, hang up.</source>
        <translation>Cet appel est peut-être réel. Le numéro affiché peut être falsifié, alors restez vigilant. S&apos;ils demandent quoi que ce soit de la liste ci-dessous, raccrochez.</translation>
    </message>
</context>
<context>
    <name>calls</name>
    <message>
        <source>Notes not saved</source>
        <translation>Notes non enregistrées</translation>
    </message>
    <message>
        <source>Call not saved</source>
        <translation>Appel non enregistré</translation>
    </message>
    <message>
        <source>The call could not be saved. Check that the disk is not full.</source>
        <translation>L&apos;appel n&apos;a pas pu être enregistré. Vérifiez que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>Saved as call {id}. You find it in the main window, under “Someone is calling me”. You can close this window now.</source>
        <translation>Enregistré comme appel {id}. Vous le trouverez dans la fenêtre principale, sous «&#xa0;Quelqu&apos;un m&apos;appelle&#xa0;». Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>number not known</source>
        <translation>numéro inconnu</translation>
    </message>
    <message>
        <source>scam</source>
        <translation>arnaque</translation>
    </message>
    <message>
        <source>not marked as scam</source>
        <translation>pas marqué comme arnaque</translation>
    </message>
    <message>
        <source>Call {id}: {when}, {number} ({kind})</source>
        <translation>Appel {id}&#xa0;: {when}, {number} ({kind})</translation>
    </message>
    <message>
        <source>The saved call is written in English, so Kraken Support can read it.</source>
        <translation>L’appel enregistré est en anglais, pour que l’assistance Kraken puisse le lire.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your Kraken Support ticket or your report.</source>
        <translation>Copié. Collez-le dans votre ticket pour l&apos;assistance Kraken ou dans votre signalement.</translation>
    </message>
    <message>
        <source>Save the call as text</source>
        <translation>Enregistrer l&apos;appel en texte</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>File not saved</source>
        <translation>Fichier non enregistré</translation>
    </message>
    <message>
        <source>Could not save {path} ({reason}). Pick a folder you can write to.</source>
        <translation>Impossible d&apos;enregistrer {path} ({reason}). Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The saved call is written in English, so Kraken Support can read it.</source>
        <translation>L’appel enregistré est en anglais, pour que l’assistance Kraken puisse le lire.</translation>
    </message>
    <message>
        <source>Kraken Support will never ask you for:</source>
        <translation>L’assistance Kraken ne vous demandera jamais :</translation>
    </message>
    <message>
        <source>If a caller asks for any of these, hang up. It is a scam.</source>
        <translation>Si un interlocuteur vous demande l’une de ces choses, raccrochez. C’est une arnaque.</translation>
    </message>
    <message>
        <source>(Content last reviewed {date}.)</source>
        <translation>(Contenu vérifié pour la dernière fois le {date}.)</translation>
    </message>
    <message>
        <source>Language: {name} ({code}), chosen by you.</source>
        <translation>Langue : {name} ({code}), choisie par vous.</translation>
    </message>
    <message>
        <source>Language: {name} ({code}), from your computer&apos;s settings.</source>
        <translation>Langue : {name} ({code}), selon les réglages de votre ordinateur.</translation>
    </message>
    <message>
        <source>Languages: {codes}. Choose one with: kraken-guard-cli language CODE (or system)</source>
        <translation>Langues : {codes}. Choisissez-en une avec : kraken-guard-cli language CODE (ou system)</translation>
    </message>
    <message>
        <source>Kraken Guard will speak {name} ({code}). The window changes the next time it starts.</source>
        <translation>Kraken Guard parlera {name} ({code}). La fenêtre change au prochain démarrage.</translation>
    </message>
    <message>
        <source>Kraken Guard will follow your computer&apos;s language. The window changes the next time it starts.</source>
        <translation>Kraken Guard suivra la langue de votre ordinateur. La fenêtre change au prochain démarrage.</translation>
    </message>
    <message>
        <source>OFFICIAL  goes to kraken.com</source>
        <translation>OFFICIEL  mène à kraken.com</translation>
    </message>
    <message>
        <source>LOOKALIKE imitates Kraken: do not use it</source>
        <translation>IMITATION se fait passer pour Kraken : ne l’utilisez pas</translation>
    </message>
    <message>
        <source>UNRELATED not a Kraken site</source>
        <translation>ÉTRANGER  ce n’est pas un site de Kraken</translation>
    </message>
    <message>
        <source>INVALID   not a link that can be checked</source>
        <translation>INVALIDE  ce n’est pas un lien vérifiable</translation>
    </message>
    <message>
        <source>address: {host}</source>
        <translation>adresse : {host}</translation>
    </message>
    <message>
        <source> (read as {number})</source>
        <translation> (lu comme {number})</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Ensuite : {step}</translation>
    </message>
    <message>
        <source>added {date}</source>
        <translation>ajouté le {date}</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Attention : {text}</translation>
    </message>
    <message>
        <source>Do now: {step}</source>
        <translation>À faire maintenant&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Found {count} item(s):</source>
        <translation>Éléments trouvés ({count})&#xa0;:</translation>
    </message>
    <message>
        <source>SIGNED BY KRAKEN</source>
        <translation>SIGNÉ PAR KRAKEN</translation>
    </message>
    <message>
        <source>PASSED YOUR MAIL SERVICE&apos;S CHECKS (strong, not proof)</source>
        <translation>A PASSÉ LES VÉRIFICATIONS DE VOTRE SERVICE DE MESSAGERIE (bon signe, pas une preuve)</translation>
    </message>
    <message>
        <source>NOT FROM KRAKEN</source>
        <translation>NE VIENT PAS DE KRAKEN</translation>
    </message>
    <message>
        <source>CANNOT TELL</source>
        <translation>IMPOSSIBLE À DIRE</translation>
    </message>
    <message>
        <source>Sender: {address}</source>
        <translation>Expéditeur&#xa0;: {address}</translation>
    </message>
    <message>
        <source>Checked in the email:</source>
        <translation>Vérifié dans l&apos;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>NOT KRAKEN</source>
        <translation>PAS KRAKEN</translation>
    </message>
</context>
<context>
    <name>clock_check</name>
    <message>
        <source>Your phone&apos;s clock is in step. Codes should work.</source>
        <translation>L&apos;horloge de votre téléphone est à l&apos;heure. Les codes devraient fonctionner.</translation>
    </message>
    <message>
        <source>Your phone&apos;s clock is about {seconds} seconds behind. Kraken may refuse its codes. Turn on automatic date and time in your phone&apos;s settings.</source>
        <translation>L&apos;horloge de votre téléphone retarde d&apos;environ {seconds} secondes. Kraken risque de refuser ses codes. Activez la date et l&apos;heure automatiques dans les réglages de votre téléphone.</translation>
    </message>
    <message>
        <source>Your phone&apos;s clock is about {seconds} seconds ahead. Kraken may refuse its codes. Turn on automatic date and time in your phone&apos;s settings.</source>
        <translation>L&apos;horloge de votre téléphone avance d&apos;environ {seconds} secondes. Kraken risque de refuser ses codes. Activez la date et l&apos;heure automatiques dans les réglages de votre téléphone.</translation>
    </message>
    <message>
        <source>That code does not match. Check that you typed the code shown for “Kraken Guard clock check”. If it still fails, your phone&apos;s clock may be more than a minute off: turn on automatic date and time.</source>
        <translation>Ce code ne correspond pas. Vérifiez que vous avez tapé le code affiché pour «&#xa0;Kraken Guard clock check&#xa0;». Si cela échoue encore, l&apos;horloge de votre téléphone a peut-être plus d&apos;une minute d&apos;écart&#xa0;: activez la date et l&apos;heure automatiques.</translation>
    </message>
    <message>
        <source>Type the 6 digits your authenticator app shows.</source>
        <translation>Tapez les 6 chiffres affichés par votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>Nobody will ever need you to read out a code. Not Kraken, not anyone. A caller who asks for one is a scammer: hang up.</source>
        <translation>Personne n&apos;aura jamais besoin que vous lisiez un code à voix haute. Ni Kraken, ni personne. Un appelant qui en demande un est un arnaqueur&#xa0;: raccrochez.</translation>
    </message>
</context>
<context>
    <name>email_content</name>
    <message>
        <source>The link shows {shown}, but really goes to {host}. This trick hides where a link goes.</source>
        <translation>Le lien affiche {shown}, mais mène en réalité à {host}. Cette astuce cache où mène un lien.</translation>
    </message>
    <message>
        <source>The link runs hidden code instead of opening a web page.</source>
        <translation>Le lien lance du code caché au lieu d&apos;ouvrir une page web.</translation>
    </message>
    <message>
        <source>The email says: &quot;{quote}&quot;. {why}</source>
        <translation>L&apos;e-mail dit&#xa0;: «&#xa0;{quote}&#xa0;». {why}</translation>
    </message>
    <message>
        <source>Do not open the attached file {name} yet. A file can hide a fake sign-in page or a harmful program, and Kraken Guard cannot check what is inside.</source>
        <translation>N&apos;ouvrez pas encore le fichier joint {name}. Un fichier peut cacher une fausse page de connexion ou un programme dangereux, et Kraken Guard ne peut pas vérifier ce qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Do not open the attached file {name}. It is a web page with a form that asks you to type in details. Kraken never sends sign-in forms by email.</source>
        <translation>N&apos;ouvrez pas le fichier joint {name}. C&apos;est une page web avec un formulaire qui vous demande de saisir des informations. Kraken n&apos;envoie jamais de formulaire de connexion par e-mail.</translation>
    </message>
    <message>
        <source>Do not type anything into this email. It holds a form that asks for a password. Kraken never asks for your password in an email.</source>
        <translation>Ne saisissez rien dans cet e-mail. Il contient un formulaire qui demande un mot de passe. Kraken ne demande jamais votre mot de passe par e-mail.</translation>
    </message>
    <message>
        <source>Call Kraken only on a number you found yourself at support.kraken.com, never one from an email.</source>
        <translation>N&apos;appelez Kraken qu&apos;à un numéro que vous avez trouvé vous-même sur support.kraken.com, jamais à un numéro venant d&apos;un e-mail.</translation>
    </message>
</context>
<context>
    <name>email_dkim</name>
    <message>
        <source>Checked online just now: {domain} signed this email (DKIM), and it was not changed since.</source>
        <translation>Vérifié en ligne à l&apos;instant&#xa0;: {domain} a signé cet e-mail (DKIM), et il n&apos;a pas été modifié depuis.</translation>
    </message>
    <message>
        <source>Checked online just now: the {domain} signature (DKIM) does not match. The email was changed, or the key was replaced since it was sent.</source>
        <translation>Vérifié en ligne à l&apos;instant&#xa0;: la signature (DKIM) de {domain} ne correspond pas. L&apos;e-mail a été modifié, ou la clé a été remplacée depuis son envoi.</translation>
    </message>
    <message>
        <source>The {domain} signature (DKIM) does not cover the whole email: the sender, subject, reply address and all of the text. Someone could have changed the rest, so it was not used.</source>
        <translation>La signature (DKIM) de {domain} ne couvre pas tout l&apos;e-mail&#xa0;: l&apos;expéditeur, l&apos;objet, l&apos;adresse de réponse et tout le texte. Quelqu&apos;un a pu changer le reste, elle n&apos;a donc pas été utilisée.</translation>
    </message>
    <message>
        <source>The online check cannot settle this email: part of it was not read, or the signature is not for the sender&apos;s Kraken address.</source>
        <translation>La vérification en ligne ne permet pas de trancher pour cet e-mail&#xa0;: une partie n&apos;a pas été lue, ou la signature ne correspond pas à l&apos;adresse Kraken de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Use your bookmark, not this email&apos;s links. The DKIM signature checked online is Kraken&apos;s. That is strong, but not proof.</source>
        <translation>Utilisez votre favori, pas les liens de cet e-mail. La signature DKIM vérifiée en ligne est celle de Kraken. C&apos;est un bon signe, mais pas une preuve.</translation>
    </message>
    <message>
        <source>The email has no DKIM signature to check online.</source>
        <translation>L&apos;e-mail n&apos;a pas de signature DKIM à vérifier en ligne.</translation>
    </message>
    <message>
        <source>The online check could not be done (no connection, or the name server did not answer). Nothing was changed.</source>
        <translation>La vérification en ligne n&apos;a pas pu être faite (pas de connexion, ou le serveur de noms n&apos;a pas répondu). Rien n&apos;a été changé.</translation>
    </message>
</context>
<context>
    <name>email_provider</name>
    <message>
        <source>Your mail service ({provider}) checked that this email really came from {domain} (DMARC passed). This is strong, but not proof. It holds only for an email you saved from your own mailbox, not a file someone sent you. To be sure, check the DKIM signature online.</source>
        <translation>Votre service de messagerie ({provider}) a vérifié que cet e-mail vient vraiment de {domain} (DMARC réussi). C&apos;est un signe fort, mais pas une preuve. Cela ne vaut que pour un e-mail que vous avez enregistré depuis votre propre boîte, pas pour un fichier que quelqu&apos;un vous a envoyé. Pour en être sûr, vérifiez la signature DKIM en ligne.</translation>
    </message>
    <message>
        <source>Your mail service ({provider}) found that this email did NOT really come from {domain} ({method} {result}). Kraken&apos;s real email always passes this check.</source>
        <translation>Votre service de messagerie ({provider}) a constaté que cet e-mail ne vient PAS vraiment de {domain} ({method} {result}). Les vrais e-mails de Kraken réussissent toujours cette vérification.</translation>
    </message>
    <message>
        <source>Your mail service ({provider}) checked a different domain ({checked}), not the sender&apos;s {domain}. That does not show this email came from Kraken.</source>
        <translation>Votre service de messagerie ({provider}) a vérifié un autre domaine ({checked}), pas celui de l&apos;expéditeur, {domain}. Cela ne montre pas que cet e-mail vient de Kraken.</translation>
    </message>
    <message>
        <source>The email has no check result from your mail service (no Authentication-Results line). It may not be the full source.</source>
        <translation>L&apos;e-mail n&apos;a aucun résultat de vérification de votre service de messagerie (pas de ligne Authentication-Results). Ce n&apos;est peut-être pas la source complète.</translation>
    </message>
    <message>
        <source>The top check result was written by {provider}, which Kraken Guard does not know as a mail service. A sender can write such lines, so they were not trusted.</source>
        <translation>Le premier résultat de vérification a été écrit par {provider}, que Kraken Guard ne connaît pas comme service de messagerie. Un expéditeur peut écrire de telles lignes, elles n&apos;ont donc pas été prises en compte.</translation>
    </message>
    <message>
        <source>The check result says it is from {provider}, but the lines {provider} adds when it delivers an email are not above it. A sender can write such lines, so it was not trusted.</source>
        <translation>Le résultat du contrôle dit venir de {provider}, mais les lignes que {provider} ajoute quand il distribue un e-mail ne sont pas au-dessus. Un expéditeur peut écrire ces lignes lui-même, donc on ne s&apos;y est pas fié.</translation>
    </message>
    <message>
        <source>Do not trust the check results in this email. Besides the one {provider} wrote, there is another that claims to be from {provider}, or a check is given twice. A sender adds such lines to look checked.</source>
        <translation>Ne vous fiez pas aux résultats de contrôle de cet e-mail. En plus de celui écrit par {provider}, un autre prétend venir de {provider}, ou un contrôle apparaît deux fois. Un expéditeur ajoute ces lignes pour paraître contrôlé.</translation>
    </message>
    <message>
        <source>The email has more than {count} lines at its top before any check result, so your mail service&apos;s check could not be found. Real emails have far fewer. Treat it as suspicious.</source>
        <translation>L&apos;e-mail a plus de {count} lignes en haut avant tout résultat de contrôle, donc le contrôle de votre service de messagerie n&apos;a pas été trouvé. Les vrais e-mails en ont bien moins. Considérez-le comme suspect.</translation>
    </message>
    <message>
        <source>Your mail service&apos;s check result could not be read, so it was not used.</source>
        <translation>Le résultat de vérification de votre service de messagerie n&apos;a pas pu être lu, il n&apos;a donc pas été utilisé.</translation>
    </message>
    <message>
        <source>Your mail service ({provider}) did not say whether this email really came from {domain}.</source>
        <translation>Votre service de messagerie ({provider}) n&apos;a pas dit si cet e-mail vient vraiment de {domain}.</translation>
    </message>
</context>
<context>
    <name>email_reading</name>
    <message>
        <source>Open the email and get its full source. Gmail: the three dots, then Show original. Outlook: the three dots, then View, then View message source. Thunderbird: View Source (Ctrl+U). Apple Mail: View, Message, Raw Source. Save it as a file or paste all of it.</source>
        <translation>Ouvrez l&apos;e-mail et affichez sa source complète. Gmail&#xa0;: les trois points, puis «&#xa0;Afficher l&apos;original&#xa0;». Outlook&#xa0;: les trois points, puis «&#xa0;Afficher&#xa0;», puis «&#xa0;Afficher la source du message&#xa0;». Thunderbird&#xa0;: «&#xa0;Source du message&#xa0;» (Ctrl+U). Apple Mail&#xa0;: «&#xa0;Présentation&#xa0;», «&#xa0;Message&#xa0;», «&#xa0;Source brute&#xa0;». Enregistrez-la dans un fichier ou collez-la en entier.</translation>
    </message>
    <message>
        <source>There is nothing to check. The file or text is empty.</source>
        <translation>Il n&apos;y a rien à vérifier. Le fichier ou le texte est vide.</translation>
    </message>
    <message>
        <source>This is bigger than 25 MB. An email&apos;s source is much smaller. Check that you picked the right file.</source>
        <translation>Ceci fait plus de 25 Mo. La source d&apos;un e-mail est bien plus petite. Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <source>This is not an email&apos;s source. It looks like a picture, a program or another kind of file.</source>
        <translation>Ce n&apos;est pas la source d&apos;un e-mail. Cela ressemble à une image, un programme ou un autre type de fichier.</translation>
    </message>
    <message>
        <source>This is an Outlook .msg file, which Kraken Guard cannot read. In Outlook, open the email, choose View message source, and paste it here. Or save it as .eml.</source>
        <translation>C&apos;est un fichier Outlook .msg, que Kraken Guard ne peut pas lire. Dans Outlook, ouvrez l&apos;e-mail, choisissez «&#xa0;Afficher la source du message&#xa0;» et collez-la ici. Ou enregistrez l&apos;e-mail en .eml.</translation>
    </message>
    <message>
        <source>This does not look like an email&apos;s full source. The source starts with lines like From:, To: and Received:.</source>
        <translation>Cela ne ressemble pas à la source complète d&apos;un e-mail. La source commence par des lignes comme From:, To: et Received:.</translation>
    </message>
    <message>
        <source>The file could not be opened. Check its name and that it belongs to you.</source>
        <translation>Le fichier n&apos;a pas pu être ouvert. Vérifiez son nom et qu&apos;il vous appartient.</translation>
    </message>
    <message>
        <source>The email has headers but no text. Its links and phone numbers could not be checked.</source>
        <translation>L&apos;e-mail a des en-têtes mais pas de texte. Ses liens et numéros de téléphone n&apos;ont pas pu être vérifiés.</translation>
    </message>
    <message>
        <source>The email is only in web-page form (HTML). The real address behind each link was checked.</source>
        <translation>L&apos;e-mail existe seulement sous forme de page web (HTML). La vraie adresse derrière chaque lien a été vérifiée.</translation>
    </message>
    <message>
        <source>Part of the email uses a text encoding that is not known ({charset}). Some letters may look wrong.</source>
        <translation>Une partie de l&apos;e-mail utilise un codage de texte inconnu ({charset}). Certaines lettres peuvent s&apos;afficher mal.</translation>
    </message>
    <message>
        <source>The email&apos;s structure is damaged. Kraken Guard read what it could.</source>
        <translation>La structure de l&apos;e-mail est abîmée. Kraken Guard a lu ce qu&apos;il a pu.</translation>
    </message>
</context>
<context>
    <name>email_senders</name>
    <message>
        <source>The address ends in {domain}, a domain Kraken sends email from. Anyone can write this in an email, so the address alone proves nothing.</source>
        <translation>L&apos;adresse se termine par {domain}, un domaine d&apos;où Kraken envoie des e-mails. N&apos;importe qui peut écrire cela dans un e-mail, donc l&apos;adresse seule ne prouve rien.</translation>
    </message>
    <message>
        <source>{domain} is not one of the domains Kraken sends email from. Scammers use made-up parts of kraken.com because some mail services let them through.</source>
        <translation>{domain} ne fait pas partie des domaines d&apos;où Kraken envoie des e-mails. Les arnaqueurs inventent des parties de kraken.com, car certains services de messagerie les laissent passer.</translation>
    </message>
    <message>
        <source>The address is not from Kraken. Kraken writes only from kraken.com.</source>
        <translation>L&apos;adresse ne vient pas de Kraken. Kraken écrit seulement depuis kraken.com.</translation>
    </message>
    <message>
        <source>This is not an email address. An address looks like name@example.com.</source>
        <translation>Ce n&apos;est pas une adresse e-mail. Une adresse ressemble à nom@example.com.</translation>
    </message>
    <message>
        <source>The sender&apos;s name says Kraken, but the address is at {domain}. Anyone can type any name.</source>
        <translation>Le nom de l&apos;expéditeur dit Kraken, mais l&apos;adresse est sur le domaine {domain}. N&apos;importe qui peut taper n&apos;importe quel nom.</translation>
    </message>
    <message>
        <source>The sender&apos;s name shows {shown}, but the real address is at {domain}. This trick hides who really sent it.</source>
        <translation>Le nom de l&apos;expéditeur affiche {shown}, mais la vraie adresse est sur le domaine {domain}. Cette astuce cache qui a vraiment envoyé l&apos;e-mail.</translation>
    </message>
    <message>
        <source>Replies would go to {address}, not to Kraken. Kraken&apos;s replies stay on its own domains.</source>
        <translation>Les réponses iraient à {address}, pas à Kraken. Les réponses de Kraken restent sur ses propres domaines.</translation>
    </message>
    <message>
        <source>The email was sent through {address} (its Return-Path), which is not a Kraken domain.</source>
        <translation>L&apos;e-mail a été envoyé via {address} (son Return-Path), qui n&apos;est pas un domaine de Kraken.</translation>
    </message>
    <message>
        <source>The address uses letters from other alphabets or a coded form (xn--). Real Kraken addresses never do this.</source>
        <translation>L&apos;adresse utilise des lettres d&apos;autres alphabets ou une forme codée (xn--). Les vraies adresses de Kraken ne font jamais cela.</translation>
    </message>
    <message>
        <source>The email has no sender address (no From line), or more than one.</source>
        <translation>L&apos;e-mail n&apos;a pas d&apos;adresse d&apos;expéditeur (pas de ligne From), ou en a plusieurs.</translation>
    </message>
</context>
<context>
    <name>email_signature</name>
    <message>
        <source>The email carries a valid signature made with Kraken&apos;s key (fingerprint {fingerprint}). This proves Kraken sent this text.</source>
        <translation>L&apos;e-mail porte une signature valide faite avec la clé de Kraken (empreinte {fingerprint}). Cela prouve que Kraken a envoyé ce texte.</translation>
    </message>
    <message>
        <source>The email has a signature that claims Kraken&apos;s key, but it does not match the text. The email was changed or forged.</source>
        <translation>L&apos;e-mail a une signature qui dit venir de la clé de Kraken, mais elle ne correspond pas au texte. L&apos;e-mail a été modifié ou falsifié.</translation>
    </message>
    <message>
        <source>The email is signed, but not with Kraken&apos;s key. Anyone can make a key with Kraken&apos;s name on it.</source>
        <translation>L&apos;e-mail est signé, mais pas avec la clé de Kraken. N&apos;importe qui peut créer une clé au nom de Kraken.</translation>
    </message>
    <message>
        <source>Do not act on this email. Kraken&apos;s signature covers only part of it. Other text or files were added outside the signature, and anyone could have added them.</source>
        <translation>N&apos;agissez pas selon cet e-mail. La signature de Kraken n&apos;en couvre qu&apos;une partie. D&apos;autres textes ou fichiers ont été ajoutés en dehors de la signature, et n&apos;importe qui a pu les ajouter.</translation>
    </message>
    <message>
        <source>Do not trust this signature. It was made by another key ({issuer}), not by Kraken&apos;s key ({pinned}). Anyone can make a key with Kraken&apos;s name on it.</source>
        <translation>Ne vous fiez pas à cette signature. Elle a été faite avec une autre clé ({issuer}), pas avec la clé de Kraken ({pinned}). N&apos;importe qui peut créer une clé au nom de Kraken.</translation>
    </message>
    <message>
        <source>The email&apos;s signature is damaged and cannot be checked.</source>
        <translation>La signature de l&apos;e-mail est abîmée et ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>The email is signed, but Kraken&apos;s key has not been added to Kraken Guard, so the signature could not be checked. Add it once from Kraken&apos;s PGP signatures page.</source>
        <translation>L&apos;e-mail est signé, mais la clé de Kraken n&apos;a pas été ajoutée à Kraken Guard, donc la signature n&apos;a pas pu être vérifiée. Ajoutez-la une fois depuis la page des signatures PGP de Kraken.</translation>
    </message>
    <message>
        <source>The email has no Kraken signature. Kraken signs account notices and news, but not support replies.</source>
        <translation>L&apos;e-mail n&apos;a pas de signature de Kraken. Kraken signe les avis sur les comptes et les actualités, mais pas les réponses de l&apos;assistance.</translation>
    </message>
    <message>
        <source>This file is not a PGP public key. Download the key from Kraken&apos;s PGP signatures page and try again.</source>
        <translation>Ce fichier n&apos;est pas une clé publique PGP. Téléchargez la clé depuis la page des signatures PGP de Kraken et réessayez.</translation>
    </message>
    <message>
        <source>This key is not Kraken&apos;s. Its fingerprint is {found}, but Kraken&apos;s is {pinned}. It was not added.</source>
        <translation>Cette clé n&apos;est pas celle de Kraken. Son empreinte est {found}, mais celle de Kraken est {pinned}. Elle n&apos;a pas été ajoutée.</translation>
    </message>
    <message>
        <source>This key has been withdrawn (revoked) by its owner. It was not added.</source>
        <translation>Cette clé a été retirée (révoquée) par son propriétaire. Elle n&apos;a pas été ajoutée.</translation>
    </message>
    <message>
        <source>This is not a key fingerprint. A fingerprint is 40 letters and digits (0-9, A-F), like the one on Kraken&apos;s PGP signatures page.</source>
        <translation>Ce n&apos;est pas une empreinte de clé. Une empreinte compte 40 lettres et chiffres (0-9, A-F), comme celle de la page des signatures PGP de Kraken.</translation>
    </message>
    <message>
        <source>Trust a new fingerprint for Kraken&apos;s email key: {fingerprint}. Do this only if you read it yourself on Kraken&apos;s PGP signatures page. Emails signed with the old key will no longer count as signed by Kraken.</source>
        <translation>Faire confiance à une nouvelle empreinte pour la clé des e-mails de Kraken&#xa0;: {fingerprint}. Faites-le seulement si vous l&apos;avez lue vous-même sur la page des signatures PGP de Kraken. Les e-mails signés avec l&apos;ancienne clé ne compteront plus comme signés par Kraken.</translation>
    </message>
    <message>
        <source>Go back to the fingerprint that comes with Kraken Guard: {fingerprint}.</source>
        <translation>Revenir à l&apos;empreinte fournie avec Kraken Guard&#xa0;: {fingerprint}.</translation>
    </message>
    <message>
        <source>Add Kraken&apos;s email signing key (fingerprint {fingerprint}). It will be used to check signed emails.</source>
        <translation>Ajouter la clé de signature des e-mails de Kraken (empreinte {fingerprint}). Elle servira à vérifier les e-mails signés.</translation>
    </message>
</context>
<context>
    <name>email_verdict</name>
    <message>
        <source>You can read this email: Kraken signed it. Still, sign in only through your bookmark.</source>
        <translation>Vous pouvez lire cet e-mail&#xa0;: Kraken l&apos;a signé. Mais connectez-vous seulement via votre favori.</translation>
    </message>
    <message>
        <source>Use your bookmark, not this email&apos;s links. It passed your mail service&apos;s checks for a Kraken address. That is strong, but not proof.</source>
        <translation>Utilisez votre favori, pas les liens de cet e-mail. Il a passé les vérifications de votre service de messagerie pour une adresse de Kraken. C&apos;est un bon signe, mais pas une preuve.</translation>
    </message>
    <message>
        <source>Do not act on this email. It is not from Kraken. Do not click its links, call its numbers or reply.</source>
        <translation>Ne faites rien de ce que demande cet e-mail. Il ne vient pas de Kraken. Ne cliquez pas sur ses liens, n&apos;appelez pas ses numéros et n&apos;y répondez pas.</translation>
    </message>
    <message>
        <source>Do not act on this email yet. Kraken Guard cannot tell if it is from Kraken.</source>
        <translation>Ne faites encore rien de ce que demande cet e-mail. Kraken Guard ne peut pas dire s&apos;il vient de Kraken.</translation>
    </message>
    <message>
        <source>This is a forward: its sender is the person who forwarded it, not the first sender. Open the original email and save it or copy its source.</source>
        <translation>C&apos;est un transfert&#xa0;: son expéditeur est la personne qui l&apos;a transféré, pas le premier expéditeur. Ouvrez l&apos;e-mail d&apos;origine et enregistrez-le ou copiez sa source.</translation>
    </message>
    <message>
        <source>Only the headers were given, so the text could not be checked. Copy the whole source.</source>
        <translation>Seuls les en-têtes ont été fournis, donc le texte n&apos;a pas pu être vérifié. Copiez la source entière.</translation>
    </message>
    <message>
        <source>The signature is Kraken&apos;s, but the sender address is not a Kraken address.</source>
        <translation>La signature est celle de Kraken, mais l&apos;adresse de l&apos;expéditeur n&apos;est pas une adresse de Kraken.</translation>
    </message>
    <message>
        <source>This email is too long to read in full. Kraken Guard read only the first part, so the rest could hide a trick.</source>
        <translation>Cet e-mail est trop long pour être lu en entier. Kraken Guard n&apos;en a lu que le début, donc la suite pourrait cacher une ruse.</translation>
    </message>
    <message>
        <source>Do not use the phone number, link or request in the subject line. Kraken&apos;s signature never covers the subject, so anyone could have written it.</source>
        <translation>N&apos;utilisez pas le numéro, le lien ou la demande de la ligne d&apos;objet. La signature de Kraken ne couvre jamais l&apos;objet, donc n&apos;importe qui a pu l&apos;écrire.</translation>
    </message>
    <message>
        <source>If this email was meant to confirm a call, the call is a scam. Hang up.</source>
        <translation>Si cet e-mail devait confirmer un appel, cet appel est une arnaque. Raccrochez.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong inside Kraken Guard. Your saved data is safe.

You can keep using the app. If this happens again, restart Kraken Guard.

Details were written to the log file:
{log_file}</source>
        <translation>Un problème est survenu dans Kraken Guard. Vos données enregistrées ne sont pas touchées.

Vous pouvez continuer à utiliser l&apos;application. Si cela se reproduit, redémarrez Kraken Guard.

Les détails ont été écrits dans le fichier journal&#xa0;:
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
        <translation>Arrêtez-vous si quelqu&apos;un vous a demandé de faire cela. Kraken ne vous demandera jamais d&apos;ajouter ou de changer un numéro de téléphone ou un lien. Un appelant qui le demande est un arnaqueur&#xa0;: raccrochez.</translation>
    </message>
    <message>
        <source>Type {word} to show you are doing this yourself, not because someone asked.</source>
        <translation>Tapez {word} pour montrer que vous le faites vous-même, et non parce qu&apos;on vous l&apos;a demandé.</translation>
    </message>
</context>
<context>
    <name>handles</name>
    <message>
        <source>This account is not on Kraken&apos;s list of its own accounts.</source>
        <translation>Ce compte ne fait pas partie de la liste des comptes officiels de Kraken.</translation>
    </message>
    <message>
        <source>Kraken Support does not help people on WhatsApp, Telegram or Discord.</source>
        <translation>L&apos;assistance Kraken n&apos;aide personne sur WhatsApp, Telegram ou Discord.</translation>
    </message>
    <message>
        <source>The name Kraken is part of this account name, but it is not Kraken&apos;s account. Scammers do this to look real.</source>
        <translation>Le nom Kraken fait partie de ce nom de compte, mais ce n&apos;est pas le compte de Kraken. Les arnaqueurs font cela pour avoir l&apos;air vrais.</translation>
    </message>
    <message>
        <source>This is {brand}, not Kraken the crypto exchange.</source>
        <translation>C&apos;est {brand}, pas Kraken, la plateforme d&apos;échange de cryptos.</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>Kraken Guard will follow this computer&apos;s language the next time it starts.</source>
        <translation>Kraken Guard suivra la langue de cet ordinateur au prochain démarrage.</translation>
    </message>
    <message>
        <source>Kraken Guard will speak {name} the next time it starts.</source>
        <translation>Kraken Guard parlera {name} au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>This link goes to kraken.com.</source>
        <translation>Ce lien mène à kraken.com.</translation>
    </message>
    <message>
        <source>It is not a secure (https) link. Type the address with https:// at the start.</source>
        <translation>Ce n&apos;est pas un lien sécurisé (https). Tapez l&apos;adresse avec https:// au début.</translation>
    </message>
    <message>
        <source>There is no link to check. Paste or type a link.</source>
        <translation>Il n&apos;y a pas de lien à vérifier. Collez ou tapez un lien.</translation>
    </message>
    <message>
        <source>This is not a web address a browser can open.</source>
        <translation>Ce n&apos;est pas une adresse web qu&apos;un navigateur peut ouvrir.</translation>
    </message>
    <message>
        <source>This is not a web link. Kraken links start with https://.</source>
        <translation>Ce n&apos;est pas un lien web. Les liens de Kraken commencent par https://.</translation>
    </message>
    <message>
        <source>The link has an @ sign before the address. This trick hides where the link really goes.</source>
        <translation>Le lien contient un signe @ avant l&apos;adresse. Cette astuce cache où le lien mène vraiment.</translation>
    </message>
    <message>
        <source>The link has hidden characters, like tabs or line breaks.</source>
        <translation>Le lien contient des caractères cachés, comme des tabulations ou des sauts de ligne.</translation>
    </message>
    <message>
        <source>The address is disguised with % codes. Real Kraken links never do this.</source>
        <translation>L&apos;adresse est déguisée avec des codes %. Les vrais liens de Kraken ne font jamais cela.</translation>
    </message>
    <message>
        <source>The address uses unusual characters that look like normal letters. Real Kraken links never do this.</source>
        <translation>L&apos;adresse utilise des caractères inhabituels qui ressemblent à des lettres normales. Les vrais liens de Kraken ne font jamais cela.</translation>
    </message>
    <message>
        <source>The link goes to a site that is not kraken.com.</source>
        <translation>Le lien mène à un site qui n&apos;est pas kraken.com.</translation>
    </message>
    <message>
        <source>The link goes to a number address, not a name. Real Kraken links never do this.</source>
        <translation>Le lien mène à une adresse en chiffres, pas à un nom. Les vrais liens de Kraken ne font jamais cela.</translation>
    </message>
    <message>
        <source>kraken.com is written later in the link, but the link itself goes to another site.</source>
        <translation>kraken.com apparaît plus loin dans le lien, mais le lien lui-même mène à un autre site.</translation>
    </message>
    <message>
        <source>This link is written to confuse: browsers open {browser}, but other programs read it as {other}. Real Kraken links are never written this way.</source>
        <translation>Ce lien est écrit pour tromper : les navigateurs ouvrent {browser}, mais d&apos;autres programmes le lisent comme {other}. Les vrais liens de Kraken ne sont jamais écrits ainsi.</translation>
    </message>
    <message>
        <source>This link is written to confuse: browsers open {browser}, but other programs find no site in it. Real Kraken links are never written this way.</source>
        <translation>Ce lien est écrit pour tromper : les navigateurs ouvrent {browser}, mais d&apos;autres programmes n&apos;y trouvent aucun site. Les vrais liens de Kraken ne sont jamais écrits ainsi.</translation>
    </message>
    <message>
        <source>Do not open it: {platform} makes short links, so this link hides where it really goes.</source>
        <translation>Ne l&apos;ouvrez pas : {platform} crée des liens courts, donc ce lien cache où il mène vraiment.</translation>
    </message>
    <message>
        <source>Do not sign in or type anything there: it is a page on {platform}, where anyone can make one. Kraken does not use such pages.</source>
        <translation>Ne vous y connectez pas et n&apos;y tapez rien : c&apos;est une page sur {platform}, où n&apos;importe qui peut en créer une. Kraken n&apos;utilise pas ce genre de pages.</translation>
    </message>
    <message>
        <source>Do not send anything there: this link opens a chat on {platform}, with an account anyone can make.</source>
        <translation>N&apos;y envoyez rien : ce lien ouvre une discussion sur {platform}, avec un compte que n&apos;importe qui peut créer.</translation>
    </message>
    <message>
        <source>The page&apos;s name, {name}, is made to look like Kraken. Scammers do this.</source>
        <translation>Le nom de la page, {name}, est fait pour ressembler à Kraken. Les escrocs font cela.</translation>
    </message>
    <message>
        <source>Do not trust where it seems to go: this link passes you on to another link, to {host}.</source>
        <translation>Ne vous fiez pas à là où il semble mener : ce lien vous renvoie vers un autre lien, vers {host}.</translation>
    </message>
    <message>
        <source>The link was written so it cannot be clicked (like hxxp or [.]). It was read as {link}.</source>
        <translation>Le lien a été écrit pour qu&apos;on ne puisse pas cliquer dessus (comme hxxp ou [.]). Il a été lu comme {link}.</translation>
    </message>
    <message>
        <source>Never use a search engine to find Kraken. Use your bookmark to support.kraken.com.</source>
        <translation>N&apos;utilisez jamais un moteur de recherche pour trouver Kraken. Utilisez votre favori vers support.kraken.com.</translation>
    </message>
    <message>
        <source>This link has hidden characters.</source>
        <translation>Ce lien contient des caractères cachés.</translation>
    </message>
    <message>
        <source>Kraken Guard only opens secure (https) links.</source>
        <translation>Kraken Guard n&apos;ouvre que les liens sécurisés (https).</translation>
    </message>
    <message>
        <source>This link hides its real address behind an @ sign.</source>
        <translation>Ce lien cache sa vraie adresse derrière un signe @.</translation>
    </message>
    <message>
        <source>Kraken Guard only opens links to kraken.com.</source>
        <translation>Kraken Guard n&apos;ouvre que les liens vers kraken.com.</translation>
    </message>
    <message>
        <source>The name Kraken is part of this address, but the site is not kraken.com. Scam sites do this to look real.</source>
        <translation>Le nom Kraken fait partie de cette adresse, mais le site n&apos;est pas kraken.com. Les sites d&apos;arnaque font cela pour avoir l&apos;air vrais.</translation>
    </message>
    <message>
        <source>The name is spelled almost like Kraken, but not quite. Scam sites do this.</source>
        <translation>Le nom s&apos;écrit presque comme Kraken, mais pas tout à fait. Les sites d&apos;arnaque font cela.</translation>
    </message>
    <message>
        <source>It uses the name Kraken with a different ending. The only real one is kraken.com.</source>
        <translation>Elle utilise le nom Kraken avec une autre fin. Le seul vrai site est kraken.com.</translation>
    </message>
    <message>
        <source>It uses letters from another alphabet that look like normal letters, to imitate Kraken.</source>
        <translation>Elle utilise des lettres d&apos;un autre alphabet qui ressemblent à des lettres normales, pour imiter Kraken.</translation>
    </message>
    <message>
        <source>It uses numbers in place of letters (like 4 for a) to imitate Kraken.</source>
        <translation>Elle utilise des chiffres à la place de lettres (comme 4 pour a) pour imiter Kraken.</translation>
    </message>
    <message>
        <source>The address uses characters that web standards do not allow. Links like this are made to trick people.</source>
        <translation>L&apos;adresse utilise des caractères que les normes du web n&apos;autorisent pas. Ce genre de lien est fait pour tromper les gens.</translation>
    </message>
    <message>
        <source>Looks like kraken.com: &apos;{drawn}&apos; is drawn to look like &apos;{letter}&apos;.</source>
        <translation>Ressemble à kraken.com : « {drawn} » est écrit pour ressembler à « {letter} ».</translation>
    </message>
    <message>
        <source>Looks like kraken.com: &apos;{drawn}&apos; is a {script} letter that looks like &apos;{letter}&apos;.</source>
        <translation>Ressemble à kraken.com : « {drawn} » est une lettre ({script}) qui ressemble à « {letter} ».</translation>
    </message>
    <message>
        <source>Looks like kraken.com: &apos;{drawn}&apos; is &apos;{letter}&apos; with a small mark added.</source>
        <translation>Ressemble à kraken.com : « {drawn} » est « {letter} » avec un petit signe ajouté.</translation>
    </message>
    <message>
        <source>It uses letters with small marks (like á for a) to imitate Kraken.</source>
        <translation>Il utilise des lettres avec de petits signes (comme á pour a) pour imiter Kraken.</translation>
    </message>
    <message>
        <source>Looks like kraken.com with an extra &apos;{letter}&apos;.</source>
        <translation>Ressemble à kraken.com avec un « {letter} » en trop.</translation>
    </message>
    <message>
        <source>Looks like kraken.com with the &apos;{letter}&apos; left out.</source>
        <translation>Ressemble à kraken.com, mais sans le « {letter} ».</translation>
    </message>
    <message>
        <source>Looks like kraken.com with &apos;{wrong}&apos; in place of &apos;{letter}&apos;.</source>
        <translation>Ressemble à kraken.com, avec « {wrong} » à la place de « {letter} ».</translation>
    </message>
    <message>
        <source>Looks like kraken.com with the letters &apos;{pair}&apos; swapped.</source>
        <translation>Ressemble à kraken.com avec les lettres « {pair} » inversées.</translation>
    </message>
    <message>
        <source>The name Kraken is split up by dots or dashes ({name}). Scam sites do this to look real.</source>
        <translation>Le nom Kraken est coupé par des points ou des tirets ({name}). Les faux sites font cela pour paraître vrais.</translation>
    </message>
    <message>
        <source>The name mixes letters from different alphabets ({scripts}) to look like Kraken.</source>
        <translation>Le nom mélange des lettres de plusieurs alphabets ({scripts}) pour ressembler à Kraken.</translation>
    </message>
    <message>
        <source>The address is written in code (xn--). A browser may show it as {name}.</source>
        <translation>L&apos;adresse est écrite en code (xn--). Un navigateur peut l&apos;afficher comme {name}.</translation>
    </message>
    <message>
        <source>Part of the address is written in code (xn--) that breaks the rules. Read loosely, it says {name}.</source>
        <translation>Une partie de l&apos;adresse est écrite dans un code (xn--) qui enfreint les règles. Lue de façon approximative, elle dit {name}.</translation>
    </message>
    <message>
        <source>It is a page on {platform}, where anyone can make a site. Kraken does not use such pages.</source>
        <translation>C&apos;est une page sur {platform}, où n&apos;importe qui peut créer un site. Kraken n&apos;utilise pas ce genre de pages.</translation>
    </message>
    <message>
        <source>{owner} uses this name. It is not the Kraken exchange.</source>
        <translation>{owner} utilise ce nom. Ce n&apos;est pas la plateforme d&apos;échange Kraken.</translation>
    </message>
</context>
<context>
    <name>message_items</name>
    <message>
        <source>On your official list</source>
        <translation>Sur votre liste officielle</translation>
    </message>
    <message>
        <source>Goes to kraken.com</source>
        <translation>Mène à kraken.com</translation>
    </message>
    <message>
        <source>A Kraken email domain</source>
        <translation>Un domaine d&apos;e-mail de Kraken</translation>
    </message>
    <message>
        <source>Kraken&apos;s own account</source>
        <translation>Compte officiel de Kraken</translation>
    </message>
    <message>
        <source>You marked it as a scam</source>
        <translation>Vous l&apos;avez marqué comme arnaque</translation>
    </message>
    <message>
        <source>Pretends to be Kraken</source>
        <translation>Se fait passer pour Kraken</translation>
    </message>
    <message>
        <source>Not Kraken&apos;s number</source>
        <translation>Pas le numéro de Kraken</translation>
    </message>
    <message>
        <source>Not a Kraken site</source>
        <translation>Pas un site de Kraken</translation>
    </message>
    <message>
        <source>Not a Kraken address</source>
        <translation>Pas une adresse de Kraken</translation>
    </message>
    <message>
        <source>Not a Kraken account</source>
        <translation>Pas un compte de Kraken</translation>
    </message>
    <message>
        <source>Cannot compare yet</source>
        <translation>Comparaison impossible pour l&apos;instant</translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation>Ne peut pas être vérifié</translation>
    </message>
    <message>
        <source>The text is about another Kraken, such as the hockey team, so this is not read as pretending to be Kraken the exchange.</source>
        <translation>Le texte parle d&apos;un autre Kraken, comme l&apos;équipe de hockey, il n&apos;est donc pas considéré comme se faisant passer pour la plateforme d&apos;échange Kraken.</translation>
    </message>
    <message>
        <source>The name before the @ uses Kraken&apos;s name. Kraken never writes from such an address.</source>
        <translation>Le nom avant le @ utilise le nom de Kraken. Kraken n&apos;écrit jamais depuis une telle adresse.</translation>
    </message>
    <message>
        <source>This link does not open a page: it runs code in your browser. Real Kraken links never do this.</source>
        <translation>Ce lien n&apos;ouvre pas de page : il exécute du code dans votre navigateur. Les vrais liens de Kraken ne font jamais cela.</translation>
    </message>
    <message>
        <source>It starts like a kraken.com link, but the whole link, as a browser reads it, does not go to kraken.com.</source>
        <translation>Il commence comme un lien vers kraken.com, mais le lien entier, tel qu&apos;un navigateur le lit, ne mène pas à kraken.com.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
</context>
<context>
    <name>message_summary</name>
    <message>
        <source>This is a scam</source>
        <translation>C&apos;est une arnaque</translation>
    </message>
    <message>
        <source>Be careful: this is not from Kraken</source>
        <translation>Attention&#xa0;: cela ne vient pas de Kraken</translation>
    </message>
    <message>
        <source>No warning signs found, but that does not prove it is real</source>
        <translation>Aucun signe d&apos;alerte trouvé, mais cela ne prouve pas que c&apos;est vrai</translation>
    </message>
    <message>
        <source>Nothing to check</source>
        <translation>Rien à vérifier</translation>
    </message>
    <message>
        <source>Stop now. Do not reply, call, click, install or pay. If it is a call, hang up. If you already shared something, lock your account through Kraken&apos;s live chat at support.kraken.com.</source>
        <translation>Arrêtez-vous. Ne répondez pas, n&apos;appelez pas, ne cliquez pas, n&apos;installez rien et ne payez pas. Si c&apos;est un appel, raccrochez. Si vous avez déjà partagé quelque chose, bloquez votre compte via le chat en direct de Kraken sur support.kraken.com.</translation>
    </message>
    <message>
        <source>Do not send any codes or details. If you are worried about your Kraken account, open support.kraken.com from your bookmark, not from this message.</source>
        <translation>N&apos;envoyez aucun code ni aucune information. Si vous êtes inquiet pour votre compte Kraken, ouvrez support.kraken.com depuis votre favori, pas depuis ce message.</translation>
    </message>
    <message>
        <source>Still never share a code, your password or seed words. If someone called you and you did not book the call, hang up: caller ID can be faked.</source>
        <translation>Ne partagez quand même jamais un code, votre mot de passe ou vos mots de récupération. Si quelqu&apos;un vous a appelé sans que vous ayez demandé l&apos;appel, raccrochez&#xa0;: le numéro affiché peut être falsifié.</translation>
    </message>
    <message>
        <source>Paste the whole message, number, link or name you were given, then check.</source>
        <translation>Collez en entier le message, le numéro, le lien ou le nom reçu, puis lancez la vérification.</translation>
    </message>
    <message>
        <source>{title}: {body}</source>
        <translation>{title}&#xa0;: {body}</translation>
    </message>
    <message>
        <source>{item} pretends to be Kraken.</source>
        <translation>{item} se fait passer pour Kraken.</translation>
    </message>
    <message>
        <source>You marked {item} as a scam before.</source>
        <translation>Vous avez déjà marqué {item} comme arnaque.</translation>
    </message>
    <message>
        <source>It says it is Kraken, but {item} is not Kraken&apos;s.</source>
        <translation>Il se présente comme Kraken, mais {item} n&apos;est pas à Kraken.</translation>
    </message>
    <message>
        <source>{item} is not Kraken&apos;s.</source>
        <translation>{item} n&apos;est pas à Kraken.</translation>
    </message>
    <message>
        <source>It says it is Kraken and gives the number {item}. Kraken Guard cannot compare it: save the real number from the bottom of support.kraken.com first.</source>
        <translation>Il se dit Kraken et donne le numéro {item}. Kraken Guard ne peut pas le comparer&#xa0;: enregistrez d&apos;abord le vrai numéro de support.kraken.com.</translation>
    </message>
    <message>
        <source>The text has hidden characters. Scammers use them to get past filters.</source>
        <translation>Le texte contient des caractères cachés. Les arnaqueurs s&apos;en servent pour passer les filtres.</translation>
    </message>
    <message>
        <source>The text has hidden characters that change the order of what you see. Type any number or link yourself.</source>
        <translation>Le texte contient des caractères cachés qui changent l&apos;ordre de ce que vous voyez. Tapez vous-même les numéros et les liens.</translation>
    </message>
    <message>
        <source>Every number, link and account in it is Kraken&apos;s. Kraken Guard found no request for a code, a password or seed words.</source>
        <translation>Tous les numéros, liens et comptes qu&apos;il contient sont à Kraken. Kraken Guard n&apos;a trouvé aucune demande de code, de mot de passe ou de mots de récupération.</translation>
    </message>
    <message>
        <source>Kraken Guard found no number, link, address or account, and no request for a code, a password or seed words.</source>
        <translation>Kraken Guard n&apos;a trouvé aucun numéro, lien, adresse ou compte, ni aucune demande de code, de mot de passe ou de mots de récupération.</translation>
    </message>
    <message>
        <source>It says it is Kraken, warns about a sign-in or withdrawal, and gives the number {item}, which is not on your official list. This is the most common fake-support trick.</source>
        <translation>Il se dit Kraken, alerte sur une connexion ou un retrait, et donne le numéro {item}, qui n&apos;est pas sur votre liste officielle. C&apos;est la ruse de faux support la plus courante.</translation>
    </message>
    <message>
        <source>Kraken Guard could not check all of it, so it cannot say there are no warning signs.</source>
        <translation>Kraken Guard n&apos;a pas pu tout vérifier, il ne peut donc pas dire qu&apos;il n&apos;y a aucun signe d&apos;alerte.</translation>
    </message>
    <message>
        <source>The text is very long, so only its first {count} characters were checked.</source>
        <translation>Le texte est très long, donc seuls ses {count} premiers caractères ont été vérifiés.</translation>
    </message>
    <message>
        <source>It has many items. Only the first {count} were checked.</source>
        <translation>Il contient beaucoup d&apos;éléments. Seuls les {count} premiers ont été vérifiés.</translation>
    </message>
</context>
<context>
    <name>number_verdict</name>
    <message>
        <source>Read as: {number}</source>
        <translation>Lu comme&#xa0;: {number}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Ensuite&#xa0;: {step}</translation>
    </message>
</context>
<context>
    <name>official_numbers</name>
    <message>
        <source>Add {number} to your official Kraken Support numbers. Only do this if you copied it yourself from the bottom of support.kraken.com.</source>
        <translation>Ajouter {number} à vos numéros officiels de l&apos;assistance Kraken. Faites-le seulement si vous l&apos;avez copié vous-même en bas de support.kraken.com.</translation>
    </message>
    <message>
        <source>Remove {number} from your official Kraken Support numbers.</source>
        <translation>Supprimer {number} de vos numéros officiels de l&apos;assistance Kraken.</translation>
    </message>
</context>
<context>
    <name>opener</name>
    <message>
        <source>Link not opened</source>
        <translation>Lien non ouvert</translation>
    </message>
    <message>
        <source>Use your bookmark to support.kraken.com instead.</source>
        <translation>Utilisez plutôt votre favori vers support.kraken.com.</translation>
    </message>
    <message>
        <source>Browser did not open</source>
        <translation>Le navigateur ne s&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>No web browser opened. Type {url} into your browser yourself.</source>
        <translation>Aucun navigateur web ne s&apos;est ouvert. Tapez vous-même {url} dans votre navigateur.</translation>
    </message>
</context>
<context>
    <name>phone</name>
    <message>
        <source>{number} matches the Kraken Support number you saved from support.kraken.com. But caller ID can be faked. A call that shows this number may still be a scammer.</source>
        <translation>{number} correspond au numéro de l&apos;assistance Kraken que vous avez enregistré depuis support.kraken.com. Mais le numéro affiché peut être falsifié. Un appel qui montre ce numéro peut encore venir d&apos;un arnaqueur.</translation>
    </message>
    <message>
        <source>You also noted a scam call from this number on {date}. Scammers can fake caller ID to show Kraken&apos;s real number.</source>
        <translation>Vous avez aussi noté un appel d&apos;arnaque venant de ce numéro le {date}. Les arnaqueurs peuvent falsifier le numéro affiché pour montrer le vrai numéro de Kraken.</translation>
    </message>
    <message>
        <source>If someone called you and you did not book the call, hang up. Then call back using the number on support.kraken.com.</source>
        <translation>Si quelqu&apos;un vous a appelé et que vous n&apos;avez pas demandé cet appel, raccrochez. Puis rappelez vous-même le numéro de support.kraken.com.</translation>
    </message>
    <message>
        <source>{number} is not the Kraken Support number you saved. Any other number that says it is Kraken Support is a scam.</source>
        <translation>{number} n&apos;est pas le numéro de l&apos;assistance Kraken que vous avez enregistré. Tout autre numéro qui prétend être l&apos;assistance Kraken est une arnaque.</translation>
    </message>
    <message>
        <source>{number} is in your saved list, but that entry was changed outside Kraken Guard. So it is not trusted.</source>
        <translation>{number} est dans votre liste enregistrée, mais cette entrée a été modifiée en dehors de Kraken Guard. Elle n&apos;est donc pas fiable.</translation>
    </message>
    <message>
        <source>Warning: your saved list of numbers was changed outside Kraken Guard. Changed entries are not trusted.</source>
        <translation>Attention&#xa0;: votre liste de numéros enregistrés a été modifiée en dehors de Kraken Guard. Les entrées modifiées ne sont pas fiables.</translation>
    </message>
    <message>
        <source>You noted a scam call from {number} on {date}. It is not Kraken&apos;s number.</source>
        <translation>Vous avez noté un appel d&apos;arnaque venant de {number} le {date}. Ce n&apos;est pas le numéro de Kraken.</translation>
    </message>
    <message>
        <source>Do not call it. If it calls again, hang up.</source>
        <translation>Ne l&apos;appelez pas. S&apos;il rappelle, raccrochez.</translation>
    </message>
    <message>
        <source>Kraken Guard has no official number saved yet, so it cannot compare {number}. The only real number is at the bottom of support.kraken.com.</source>
        <translation>Kraken Guard n&apos;a encore aucun numéro officiel enregistré, il ne peut donc pas comparer {number}. Le seul vrai numéro se trouve en bas de support.kraken.com.</translation>
    </message>
    <message>
        <source>On your list — but caller ID can be faked</source>
        <translation>Sur votre liste — mais le numéro affiché peut être falsifié</translation>
    </message>
    <message>
        <source>Not Kraken&apos;s number — hang up</source>
        <translation>Pas le numéro de Kraken — raccrochez</translation>
    </message>
    <message>
        <source>You marked this number as a scam — hang up</source>
        <translation>Vous avez marqué ce numéro comme arnaque — raccrochez</translation>
    </message>
    <message>
        <source>Not a phone number — check the digits</source>
        <translation>Pas un numéro de téléphone — vérifiez les chiffres</translation>
    </message>
    <message>
        <source>Can&apos;t check this number — if you did not book the call, hang up</source>
        <translation>Impossible de vérifier ce numéro — si vous n&apos;avez pas demandé l&apos;appel, raccrochez</translation>
    </message>
    <message>
        <source>Do not call it back, and hang up if it is calling you. Use only the number at the bottom of support.kraken.com.</source>
        <translation>Ne le rappelez pas, et raccrochez s&apos;il vous appelle. Utilisez seulement le numéro en bas de support.kraken.com.</translation>
    </message>
    <message>
        <source>Later, when no one is on the phone: open support.kraken.com from your bookmark, never from a search engine. Copy the number at the bottom of the page and add it to Kraken Guard.</source>
        <translation>Plus tard, quand personne n&apos;est au téléphone&#xa0;: ouvrez support.kraken.com depuis votre favori, jamais depuis un moteur de recherche. Copiez le numéro en bas de la page et ajoutez-le à Kraken Guard.</translation>
    </message>
    <message>
        <source>Can&apos;t check this number now — if you did not book the call, hang up</source>
        <translation>Impossible de vérifier ce numéro pour l&apos;instant — si vous n&apos;avez pas demandé l&apos;appel, raccrochez</translation>
    </message>
    <message>
        <source>Your saved official numbers cannot be checked right now, so Kraken Guard cannot compare {number}.</source>
        <translation>Vos numéros officiels enregistrés ne peuvent pas être vérifiés pour l&apos;instant, donc Kraken Guard ne peut pas comparer {number}.</translation>
    </message>
    <message>
        <source>Warning: your saved numbers cannot be checked right now. {problem}</source>
        <translation>Attention&#xa0;: vos numéros enregistrés ne peuvent pas être vérifiés pour l&apos;instant. {problem}</translation>
    </message>
    <message>
        <source>The keychain that guards them is locked or not answering.</source>
        <translation>Le trousseau qui les protège est verrouillé ou ne répond pas.</translation>
    </message>
    <message>
        <source>Trust only the number at the bottom of support.kraken.com until this is fixed. Then check again.</source>
        <translation>Ne faites confiance qu&apos;au numéro en bas de support.kraken.com tant que ce n&apos;est pas réglé. Puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Check the digits and try again. Copy the number exactly as you see it.</source>
        <translation>Vérifiez les chiffres et réessayez. Copiez le numéro exactement comme vous le voyez.</translation>
    </message>
    <message>
        <source>Nothing was typed yet.</source>
        <translation>Rien n&apos;a encore été tapé.</translation>
    </message>
    <message>
        <source>Type or paste a phone number, then press Enter.</source>
        <translation>Tapez ou collez un numéro de téléphone, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>This text is too long to be a phone number.</source>
        <translation>Ce texte est trop long pour être un numéro de téléphone.</translation>
    </message>
    <message>
        <source>No phone number could be found in this text.</source>
        <translation>Aucun numéro de téléphone n&apos;a été trouvé dans ce texte.</translation>
    </message>
    <message>
        <source>This text has more than one phone number.</source>
        <translation>Ce texte contient plus d&apos;un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Check one number at a time.</source>
        <translation>Vérifiez un seul numéro à la fois.</translation>
    </message>
    <message>
        <source>This text has hidden characters that change the order in which digits are shown.</source>
        <translation>Ce texte contient des caractères cachés qui changent l&apos;ordre d&apos;affichage des chiffres.</translation>
    </message>
    <message>
        <source>Type the number yourself, digit by digit, then check it again.</source>
        <translation>Tapez le numéro vous-même, chiffre par chiffre, puis vérifiez-le à nouveau.</translation>
    </message>
    <message>
        <source>The extension {extension} is not part of the number you saved. If you call, dial only the saved number.</source>
        <translation>Le poste {extension} ne fait pas partie du numéro que vous avez enregistré. Si vous appelez, composez seulement le numéro enregistré.</translation>
    </message>
    <message>
        <source>It has too few digits to be a phone number.</source>
        <translation>Il a trop peu de chiffres pour être un numéro de téléphone.</translation>
    </message>
    <message>
        <source>It has too many digits to be a phone number.</source>
        <translation>Il a trop de chiffres pour être un numéro de téléphone.</translation>
    </message>
    <message>
        <source>No country uses the code after the + sign.</source>
        <translation>Aucun pays n&apos;utilise l&apos;indicatif qui suit le signe +.</translation>
    </message>
    <message>
        <source>{number} does not match any real phone number pattern for its country.</source>
        <translation>{number} ne correspond à aucun format réel de numéro de téléphone de son pays.</translation>
    </message>
    <message>
        <source>{number} has one digit too many to be a real phone number. Kraken&apos;s number is a normal phone number, so this is not Kraken&apos;s number.</source>
        <translation>{number} a un chiffre de trop pour être un vrai numéro de téléphone. Le numéro de Kraken est un numéro normal, donc ce n&apos;est pas le numéro de Kraken.</translation>
    </message>
    <message>
        <source>{number} does not match any real phone number pattern for its country. Kraken&apos;s number is a normal phone number, so this is not Kraken&apos;s number.</source>
        <translation>{number} ne correspond à aucun format réel de numéro de son pays. Le numéro de Kraken est un numéro normal, donc ce n&apos;est pas le numéro de Kraken.</translation>
    </message>
    <message>
        <source>It is written without a country code, so it can also be read as {others}. None of these readings may be trusted unless all of them are on your list.</source>
        <translation>Il est écrit sans indicatif de pays, il peut donc aussi se lire {others}. Ne vous fiez à aucune de ces lectures sauf si elles sont toutes dans votre liste.</translation>
    </message>
    <message>
        <source>It is written with letters in place of digits (like O for 0). Scammers do this to get past filters.</source>
        <translation>Il est écrit avec des lettres à la place des chiffres (comme O pour 0). Les escrocs font cela pour passer les filtres.</translation>
    </message>
</context>
<context>
    <name>secret_guard</name>
    <message>
        <source>Your notes look like seed words. Never write seed words here or anywhere online. Remove them, then save again.</source>
        <translation>Vos notes ressemblent aux mots d&apos;une phrase de récupération. N&apos;écrivez jamais ces mots ici, ni nulle part en ligne. Supprimez-les, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Your notes look like a one-time code. Codes are secret, so they are not saved. Remove it, then save again.</source>
        <translation>Vos notes ressemblent à un code à usage unique. Les codes sont secrets, ils ne sont donc pas enregistrés. Supprimez-le, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Your notes look like a private key. Anyone with it can take your coins. Remove it, then save again.</source>
        <translation>Vos notes ressemblent à une clé privée. Quiconque l&apos;a peut prendre vos cryptos. Supprimez-la, puis enregistrez à nouveau.</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>Not answered</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ne me concerne pas</translation>
    </message>
    <message>
        <source>Due for a review</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>Clé d&apos;accès (passkey)</translation>
    </message>
    <message>
        <source>Security key (USB or NFC)</source>
        <translation>Clé de sécurité (USB ou NFC)</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Application d&apos;authentification</translation>
    </message>
    <message>
        <source>Password manager</source>
        <translation>Gestionnaire de mots de passe</translation>
    </message>
    <message>
        <source>Written on paper, kept offline</source>
        <translation>Écrit sur papier, gardé hors ligne</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
</context>
<context>
    <name>setup_rules</name>
    <message>
        <source>You turned on the Global Settings Lock before setting a Master Key. The Master Key is your way back in if you lose your 2FA, and it can lift the lock. Set your Master Key now.</source>
        <translation>Vous avez activé le Global Settings Lock avant de créer une Master Key. La Master Key vous permet de revenir dans votre compte si vous perdez votre 2FA, et elle peut lever le verrou. Créez votre Master Key maintenant.</translation>
    </message>
    <message>
        <source>You turned on the Global Settings Lock before funding 2FA. Turn on funding 2FA now. The lock then stops anyone from turning it off.</source>
        <translation>Vous avez activé le Global Settings Lock avant la 2FA pour les dépôts et retraits. Activez-la maintenant. Le verrou empêchera ensuite quiconque de la désactiver.</translation>
    </message>
    <message>
        <source>Your Master Key uses the same method as your sign-in 2FA. If you lose that one thing, you lose both. Use a different method for your Master Key.</source>
        <translation>Votre Master Key utilise la même méthode que votre 2FA de connexion. Si vous perdez cette seule chose, vous perdez les deux. Utilisez une autre méthode pour votre Master Key.</translation>
    </message>
    <message>
        <source>Sign-in 2FA is not on yet. It is the most important step. Turn it on first.</source>
        <translation>La 2FA de connexion n&apos;est pas encore activée. C&apos;est l&apos;étape la plus importante. Activez-la d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>setup_status</name>
    <message>
        <source>{done} of {total} done — next: {title}</source>
        <translation>{done} sur {total} faites — ensuite&#xa0;: {title}</translation>
    </message>
    <message>
        <source>{done} of {total} done — time to review: {title}</source>
        <translation>{done} sur {total} faites — à revoir&#xa0;: {title}</translation>
    </message>
    <message>
        <source>All {total} steps done</source>
        <translation>Les {total} étapes sont faites</translation>
    </message>
    <message>
        <source>Marked not for you: {count}.</source>
        <translation>Marquées «&#xa0;ne me concerne pas&#xa0;»&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Marked not yet: {count}.</source>
        <translation>Marquées «&#xa0;pas encore&#xa0;»&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Due for a fresh look (done over {days} days ago): {count}.</source>
        <translation>À revoir (faites il y a plus de {days} jours)&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Some steps were done in a risky order. The warnings in Security setup say why.</source>
        <translation>Certaines étapes ont été faites dans un ordre risqué. Les avertissements dans «&#xa0;Configurer la sécurité&#xa0;» expliquent pourquoi.</translation>
    </message>
    <message>
        <source>You have not started the security setup yet.</source>
        <translation>Vous n&apos;avez pas encore commencé à configurer la sécurité.</translation>
    </message>
    <message>
        <source>Do this next: {title}. Open Security setup to see how.</source>
        <translation>À faire maintenant&#xa0;: {title}. Ouvrez «&#xa0;Configurer la sécurité&#xa0;» pour voir comment.</translation>
    </message>
    <message>
        <source>Do this next: check that “{title}” is still on. Open Security setup to see how.</source>
        <translation>À faire maintenant&#xa0;: vérifiez que «&#xa0;{title}&#xa0;» est toujours activé. Ouvrez «&#xa0;Configurer la sécurité&#xa0;» pour voir comment.</translation>
    </message>
    <message>
        <source>Next review: {date}. Nothing else to do for now.</source>
        <translation>Prochaine vérification&#xa0;: {date}. Rien d&apos;autre à faire pour l&apos;instant.</translation>
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
        <translation>Des numéros ou des favoris enregistrés ont été modifiés en dehors de Kraken Guard</translation>
    </message>
    <message>
        <source>Saved entries that do not match what you saved: {count}. Kraken Guard will not use them. Open Verify a phone number and Bookmarks to remove them or add them again.</source>
        <translation>Entrées enregistrées qui ne correspondent pas à ce que vous avez enregistré&#xa0;: {count}. Kraken Guard ne les utilisera pas. Ouvrez «&#xa0;Vérifier un numéro de téléphone&#xa0;» et «&#xa0;Favoris&#xa0;» pour les supprimer ou les ajouter à nouveau.</translation>
    </message>
    <message>
        <source>Your saved numbers and bookmarks cannot be checked right now</source>
        <translation>Vos numéros et favoris enregistrés ne peuvent pas être vérifiés pour l&apos;instant</translation>
    </message>
    <message>
        <source>{problem} Until this is fixed, trust only the number at the bottom of support.kraken.com.</source>
        <translation>{problem} En attendant, ne faites confiance qu&apos;au numéro en bas de support.kraken.com.</translation>
    </message>
</context>
<context>
    <name>trusted</name>
    <message>
        <source>The key was kept in a file when Kraken Guard was set up.</source>
        <translation>La clé a été gardée dans un fichier lors de l&apos;installation de Kraken Guard.</translation>
    </message>
    <message>
        <source>The key file that protects your saved numbers and bookmarks is damaged or cannot be read. It was left as it is. Restore it from a backup, or remove your saved items and add them again.</source>
        <translation>Le fichier de clé qui protège vos numéros et favoris enregistrés est abîmé ou illisible. Il a été laissé tel quel. Restaurez-le depuis une sauvegarde, ou supprimez vos éléments enregistrés et ajoutez-les à nouveau.</translation>
    </message>
    <message>
        <source>The key in your system keychain that protects your saved numbers and bookmarks is damaged. It was left as it is.</source>
        <translation>La clé du trousseau de votre système qui protège vos numéros et favoris enregistrés est abîmée. Elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>The key that protects your saved numbers and bookmarks is missing. Kraken Guard did not make a new one, because your saved items could then not be checked. Restore your keychain or key file from a backup. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>La clé qui protège vos numéros et favoris enregistrés est introuvable. Kraken Guard n&apos;en a pas créé de nouvelle, car vos éléments enregistrés ne pourraient alors plus être vérifiés. Restaurez votre trousseau ou votre fichier de clé depuis une sauvegarde. Ou recommencez avec une nouvelle clé (kraken-guard-cli trust reset-key).</translation>
    </message>
    <message>
        <source>Warning: a key file appeared in your data folder ({path}), but your key is kept in your system keychain. Someone may have tried to plant false numbers or bookmarks. Kraken Guard does not use that file. If you did not put it there, delete it.</source>
        <translation>Attention&#xa0;: un fichier de clé est apparu dans votre dossier de données ({path}), mais votre clé est gardée dans le trousseau de votre système. Quelqu&apos;un a peut-être essayé d&apos;ajouter de faux numéros ou favoris. Kraken Guard n&apos;utilise pas ce fichier. Si vous ne l&apos;avez pas mis là, supprimez-le.</translation>
    </message>
    <message>
        <source>Warning: the key file in your data folder ({path}) is not the one Kraken Guard made. Someone may have tried to plant false numbers or bookmarks. Restore the file from a backup, or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Attention&#xa0;: le fichier de clé de votre dossier de données ({path}) n&apos;est pas celui que Kraken Guard a créé. Quelqu&apos;un a peut-être essayé d&apos;ajouter de faux numéros ou favoris. Restaurez le fichier depuis une sauvegarde, ou recommencez avec une nouvelle clé (kraken-guard-cli trust reset-key).</translation>
    </message>
    <message>
        <source>Warning: your key was kept in your system keychain, but it is gone, and a key file is in your data folder ({path}) instead. Kraken Guard does not use that file. Restore your keychain from a backup, or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Attention&#xa0;: votre clé était gardée dans le trousseau de votre système, mais elle a disparu, et un fichier de clé se trouve à la place dans votre dossier de données ({path}). Kraken Guard n&apos;utilise pas ce fichier. Restaurez votre trousseau depuis une sauvegarde, ou recommencez avec une nouvelle clé (kraken-guard-cli trust reset-key).</translation>
    </message>
    <message>
        <source>Your system keychain cannot be reached, so Kraken Guard cannot confirm that the key file in your data folder is the one you chose. Unlock your keychain and check again.</source>
        <translation>Le trousseau de votre système est inaccessible, donc Kraken Guard ne peut pas confirmer que le fichier de clé de votre dossier de données est celui que vous avez choisi. Déverrouillez votre trousseau et vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>No system keychain was found on this computer.</source>
        <translation>Aucun trousseau système n&apos;a été trouvé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The system keychain is locked.</source>
        <translation>Le trousseau du système est verrouillé.</translation>
    </message>
    <message>
        <source>The system keychain could not be started.</source>
        <translation>Le trousseau du système n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The system keychain refused to save the key.</source>
        <translation>Le trousseau du système a refusé d&apos;enregistrer la clé.</translation>
    </message>
    <message>
        <source>The system keychain did not work.</source>
        <translation>Le trousseau du système n&apos;a pas fonctionné.</translation>
    </message>
    <message>
        <source>Your saved numbers and bookmarks are missing: the data file was emptied, deleted or replaced, but your key shows you saved some. Restore the data file from a backup. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Vos numéros et favoris enregistrés ont disparu&#xa0;: le fichier de données a été vidé, supprimé ou remplacé, mais votre clé montre que vous en aviez enregistré. Restaurez le fichier de données depuis une sauvegarde. Ou recommencez avec une nouvelle clé (kraken-guard-cli trust reset-key).</translation>
    </message>
    <message>
        <source>This data is older than the last change you made: an older copy of the data file was put back. A number you removed could look official again. Restore the newest copy. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Ces données sont plus anciennes que votre dernière modification&#xa0;: une ancienne copie du fichier de données a été remise en place. Un numéro que vous avez supprimé pourrait de nouveau sembler officiel. Restaurez la copie la plus récente. Ou recommencez avec une nouvelle clé (kraken-guard-cli trust reset-key).</translation>
    </message>
    <message>
        <source>This data file comes from another Kraken Guard data folder, not this one. Put the right file back. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Ce fichier de données vient d&apos;un autre dossier de données de Kraken Guard, pas de celui-ci. Remettez le bon fichier. Ou recommencez avec une nouvelle clé (kraken-guard-cli trust reset-key).</translation>
    </message>
    <message>
        <source>Saved numbers or bookmarks were deleted, or their signed list was changed, outside Kraken Guard. Restore the data file from a backup. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Des numéros ou favoris enregistrés ont été supprimés, ou leur liste signée a été modifiée, en dehors de Kraken Guard. Restaurez le fichier de données depuis une sauvegarde. Ou recommencez avec une nouvelle clé (kraken-guard-cli trust reset-key).</translation>
    </message>
</context>
</TS>

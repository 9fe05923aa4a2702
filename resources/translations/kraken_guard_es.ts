<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <translation>{answer} (su respuesta)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Advice last checked against Kraken&apos;s support pages on {date}.</source>
        <translation>Consejos revisados con las páginas de ayuda de Kraken el {date}.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Start again with a new key…</source>
        <translation>Empezar de nuevo con una clave nueva…</translation>
    </message>
    <message>
        <source>Make a new key and remove your saved numbers and bookmarks.</source>
        <translation>Crear una clave nueva y quitar sus números y marcadores guardados.</translation>
    </message>
    <message>
        <source>Someone is calling me</source>
        <translation>Alguien me está llamando</translation>
    </message>
    <message>
        <source>Verify a phone number</source>
        <translation>Verificar un número de teléfono</translation>
    </message>
    <message>
        <source>Check a link</source>
        <translation>Comprobar un enlace</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Check an email</source>
        <translation>Comprobar un correo</translation>
    </message>
    <message>
        <source>Security setup</source>
        <translation>Configurar la seguridad</translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so Kraken Guard has no tray icon. Everything is here in this window. Closing the window quits the app.</source>
        <translation>Su escritorio no tiene bandeja del sistema, así que Kraken Guard no tiene icono allí. Todo está aquí, en esta ventana. Si cierra la ventana, la aplicación se cierra.</translation>
    </message>
    <message>
        <source>Start again with a new key</source>
        <translation>Empezar de nuevo con una clave nueva</translation>
    </message>
    <message>
        <source>Make a new key and remove every saved number and bookmark. Then add Kraken&apos;s number again from the bottom of support.kraken.com.</source>
        <translation>Crear una clave nueva y quitar todos los números y marcadores guardados. Después, añada de nuevo el número de Kraken desde el pie de support.kraken.com.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>No se cambió nada: {reason}</translation>
    </message>
    <message>
        <source>Done: a new key was made and {count} saved items were removed. Add Kraken&apos;s number again from the bottom of support.kraken.com.</source>
        <translation>Hecho: se creó una clave nueva y se quitaron {count} elementos guardados. Añada de nuevo el número de Kraken desde el pie de support.kraken.com.</translation>
    </message>
    <message>
        <source>If someone calls saying they are Kraken Support, press “Someone is calling me”.</source>
        <translation>Si alguien llama y dice que es el soporte de Kraken, pulse “Alguien me está llamando”.</translation>
    </message>
    <message>
        <source>Kraken Guard is still running</source>
        <translation>Kraken Guard sigue abierto</translation>
    </message>
    <message>
        <source>It stays in the tray. Choose Quit from its menu to close it.</source>
        <translation>Sigue en la bandeja del sistema. Para cerrarlo, elija “Salir” en su menú.</translation>
    </message>
    <message>
        <source>Quit Kraken Guard?</source>
        <translation>¿Salir de Kraken Guard?</translation>
    </message>
    <message>
        <source>This call is not saved yet. Save it first if you want a record for a Kraken ticket or a report.</source>
        <translation>Esta llamada aún no está guardada. Guárdela primero si quiere un registro para un ticket de Kraken o una denuncia.</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Salir sin guardar</translation>
    </message>
</context>
<context>
    <name>AutostartOffer</name>
    <message>
        <source>Start Kraken Guard when you log in?</source>
        <translation>¿Abrir Kraken Guard al iniciar sesión?</translation>
    </message>
    <message>
        <source>Then it waits in the tray, ready when the phone rings. It is off unless you turn it on. You can change this here at any time.</source>
        <translation>Así espera en la bandeja del sistema, listo cuando suene el teléfono. Está desactivado hasta que usted lo active. Puede cambiarlo aquí cuando quiera.</translation>
    </message>
    <message>
        <source>Start in the &amp;tray when I log in</source>
        <translation>Abrir en la &amp;bandeja al iniciar sesión</translation>
    </message>
    <message>
        <source>Start Kraken Guard in the tray when I log in</source>
        <translation>Abrir Kraken Guard en la bandeja al iniciar sesión</translation>
    </message>
</context>
<context>
    <name>AutostartSetting</name>
    <message>
        <source>Start at login not changed</source>
        <translation>Inicio automático sin cambios</translation>
    </message>
</context>
<context>
    <name>BookmarksPage</name>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Kraken asks you to bookmark support.kraken.com and to use only that bookmark. It is built in here and cannot be changed. You can add other kraken.com pages, like the sign-in page.</source>
        <translation>Kraken le pide que guarde support.kraken.com como marcador y que use solo ese marcador. Viene incluido aquí y no se puede cambiar. Puede añadir otras páginas de kraken.com, como la página de inicio de sesión.</translation>
    </message>
    <message>
        <source>Bookmarks changed outside Kraken Guard</source>
        <translation>Se cambiaron marcadores fuera de Kraken Guard</translation>
    </message>
    <message>
        <source>&amp;Trust again…</source>
        <translation>&amp;Volver a confiar…</translation>
    </message>
    <message>
        <source>Trust again</source>
        <translation>Volver a confiar</translation>
    </message>
    <message>
        <source>Re&amp;move changed entry…</source>
        <translation>&amp;Quitar la entrada cambiada…</translation>
    </message>
    <message>
        <source>Remove changed entry</source>
        <translation>Quitar la entrada cambiada</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Your &amp;bookmarks:</source>
        <translation>Sus &amp;marcadores:</translation>
    </message>
    <message>
        <source>Your bookmarks</source>
        <translation>Sus marcadores</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;Export to your browser…</source>
        <translation>E&amp;xportar a su navegador…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Add a kraken.com page</source>
        <translation>Añadir una página de kraken.com</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Address of the new bookmark</source>
        <translation>Dirección del nuevo marcador</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>Name of the new bookmark</source>
        <translation>Nombre del nuevo marcador</translation>
    </message>
    <message>
        <source>A&amp;dd bookmark…</source>
        <translation>Añadir ma&amp;rcador…</translation>
    </message>
    <message>
        <source>Add bookmark</source>
        <translation>Añadir marcador</translation>
    </message>
    <message>
        <source>{title} (built in)
{url}</source>
        <translation>{title} (incluido)
{url}</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <source>Someone says they are Kraken Support</source>
        <translation>Alguien dice que es el soporte de Kraken</translation>
    </message>
    <message>
        <source>If you did not ask Kraken to call you, hang up. It is a scam. The call window stays on top and tells you what to do.</source>
        <translation>Si usted no pidió que Kraken le llamara, cuelgue. Es una estafa. La ventana de la llamada queda delante y le dice qué hacer.</translation>
    </message>
    <message>
        <source>&amp;Saved calls</source>
        <translation>Llamadas &amp;guardadas</translation>
    </message>
    <message>
        <source>Saved calls</source>
        <translation>Llamadas guardadas</translation>
    </message>
    <message>
        <source>No saved calls yet.</source>
        <translation>Aún no hay llamadas guardadas.</translation>
    </message>
    <message>
        <source>The chosen call as text</source>
        <translation>La llamada elegida como texto</translation>
    </message>
    <message>
        <source>C&amp;opy the text</source>
        <translation>&amp;Copiar el texto</translation>
    </message>
    <message>
        <source>Copy the text of this call</source>
        <translation>Copiar el texto de esta llamada</translation>
    </message>
    <message>
        <source>Save to a &amp;file…</source>
        <translation>Guardar en un &amp;archivo…</translation>
    </message>
    <message>
        <source>Save the text of this call to a file</source>
        <translation>Guardar el texto de esta llamada en un archivo</translation>
    </message>
    <message>
        <source>Paste the text into a Kraken Support ticket. In the US you can also report it at reportfraud.ftc.gov or ic3.gov.</source>
        <translation>Pegue el texto en un ticket del soporte de Kraken. En EE. UU. también puede denunciarlo en reportfraud.ftc.gov o ic3.gov.</translation>
    </message>
</context>
<context>
    <name>CallWindow</name>
    <message>
        <source>Someone is calling me — Kraken Guard</source>
        <translation>Alguien me está llamando — Kraken Guard</translation>
    </message>
    <message>
        <source>&amp;Keep this window on top</source>
        <translation>Mantener esta ventana &amp;encima</translation>
    </message>
    <message>
        <source>Keep this window on top</source>
        <translation>Mantener esta ventana delante</translation>
    </message>
    <message>
        <source>This call is not saved yet. Your answers are still here. When the call is over, press “Save this call”.</source>
        <translation>Esta llamada aún no está guardada. Sus respuestas siguen aquí. Cuando termine la llamada, pulse “Guardar esta llamada”.</translation>
    </message>
    <message>
        <source>1. Did you ask Kraken Support to call you?</source>
        <translation>1. ¿Pidió usted al soporte de Kraken que le llamara?</translation>
    </message>
    <message>
        <source>2. Did you get an email from Kraken with the time of this call?</source>
        <translation>2. ¿Recibió un correo de Kraken con la hora de esta llamada?</translation>
    </message>
    <message>
        <source>They asked for this:</source>
        <translation>Me pidieron esto:</translation>
    </message>
    <message>
        <source>They said this:</source>
        <translation>Me dijeron esto:</translation>
    </message>
    <message>
        <source>Good. Kraken Support is opening in your browser. Send a ticket about this call: choose “Report suspicious activity”. Then save the call below.</source>
        <translation>Bien. El soporte de Kraken se abre en su navegador. Envíe un ticket sobre esta llamada: elija “Report suspicious activity”. Después guarde la llamada abajo.</translation>
    </message>
    <message>
        <source>This was a &amp;scam call</source>
        <translation>Fue una llamada de e&amp;stafa</translation>
    </message>
    <message>
        <source>This was a scam call</source>
        <translation>Fue una llamada de estafa</translation>
    </message>
    <message>
        <source>No&amp;tes about the call (never codes or seed words)</source>
        <translation>&amp;Notas sobre la llamada (nunca códigos ni palabras semilla)</translation>
    </message>
    <message>
        <source>Notes about the call</source>
        <translation>Notas sobre la llamada</translation>
    </message>
    <message>
        <source>Sa&amp;ve this call</source>
        <translation>&amp;Guardar esta llamada</translation>
    </message>
    <message>
        <source>Save this call</source>
        <translation>Guardar esta llamada</translation>
    </message>
</context>
<context>
    <name>CallingNumber</name>
    <message>
        <source>The &amp;number that is calling (optional)</source>
        <translation>El número que &amp;llama (opcional)</translation>
    </message>
    <message>
        <source>The number that is calling</source>
        <translation>El número que llama</translation>
    </message>
    <message>
        <source>As shown on your phone</source>
        <translation>Tal como aparece en su teléfono</translation>
    </message>
</context>
<context>
    <name>CheckBox</name>
    <message>
        <source>&amp;What were you given? A number, a link, a name or a whole message:</source>
        <translation>¿&amp;Qué le dieron? Un número, un enlace, un nombre o un mensaje:</translation>
    </message>
    <message>
        <source>Number, link or message to check</source>
        <translation>Número, enlace o mensaje a comprobar</translation>
    </message>
    <message>
        <source>Paste it here, then press Enter. Shift+Enter starts a new line.</source>
        <translation>Péguelo aquí y pulse Intro. Mayús+Intro empieza una línea nueva.</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Com&amp;probar</translation>
    </message>
    <message>
        <source>Check it</source>
        <translation>Comprobarlo</translation>
    </message>
    <message>
        <source>What it holds (select one to see why):</source>
        <translation>Qué contiene (elija uno para ver por qué):</translation>
    </message>
    <message>
        <source>Numbers, links, addresses and accounts found</source>
        <translation>Números, enlaces, direcciones y cuentas encontrados</translation>
    </message>
    <message>
        <source>Do now: {step}</source>
        <translation>Haga ahora: {step}</translation>
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
        <translation>Com&amp;probar un número, enlace o mensaje…</translation>
    </message>
    <message>
        <source>Paste what you were given into a small window by the tray.</source>
        <translation>Pegue lo que le dieron en una ventana pequeña junto a la bandeja.</translation>
    </message>
</context>
<context>
    <name>ClockCheckPage</name>
    <message>
        <source>Optional: check your authenticator app&apos;s clock</source>
        <translation>Opcional: compruebe el reloj de su app de autenticación</translation>
    </message>
    <message>
        <source>Never read out a code</source>
        <translation>Nunca lea un código en voz alta</translation>
    </message>
    <message>
        <source>Kraken refuses a correct-looking code when your phone&apos;s clock is off. This test shows if yours is. It uses a made-up key that works nowhere else and is forgotten when you leave this page.</source>
        <translation>Kraken rechaza un código que parece correcto si el reloj de su teléfono no está en hora. Esta prueba muestra si el suyo lo está. Usa una clave inventada que no sirve en ningún otro sitio. Se olvida cuando usted sale de esta página.</translation>
    </message>
    <message>
        <source>In your authenticator app, add an account and scan this code.</source>
        <translation>En su app de autenticación, añada una cuenta y escanee este código.</translation>
    </message>
    <message>
        <source>Type below the 6 digits it shows for “Kraken Guard clock check”.</source>
        <translation>Escriba abajo los 6 dígitos que muestra para “Kraken Guard clock check”.</translation>
    </message>
    <message>
        <source>Delete that account from the app when you are done.</source>
        <translation>Cuando termine, borre esa cuenta de la app.</translation>
    </message>
    <message>
        <source>QR code to scan with your authenticator app</source>
        <translation>Código QR para escanear con su app de autenticación</translation>
    </message>
    <message>
        <source>Code your app shows</source>
        <translation>Código que muestra su app</translation>
    </message>
    <message>
        <source>&amp;Check the code</source>
        <translation>&amp;Comprobar el código</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Comprobar el código</translation>
    </message>
    <message>
        <source>Code your app &amp;shows:</source>
        <translation>Código que &amp;muestra su app:</translation>
    </message>
    <message>
        <source>Cannot scan? Type this key instead: {key}</source>
        <translation>¿No puede escanear? Escriba esta clave: {key}</translation>
    </message>
    <message>
        <source>✔ Your phone&apos;s clock is in step</source>
        <translation>✔ El reloj de su teléfono está en hora</translation>
    </message>
    <message>
        <source>⚠ Your phone&apos;s clock is off</source>
        <translation>⚠ El reloj de su teléfono no está en hora</translation>
    </message>
    <message>
        <source>✘ The code did not match</source>
        <translation>✘ El código no coincide</translation>
    </message>
</context>
<context>
    <name>EmailCheckPage</name>
    <message>
        <source>Check an email</source>
        <translation>Comprobar un correo</translation>
    </message>
    <message>
        <source>Is this email really from Kraken? Drop a saved email (.eml) here, open one, or paste its full source. Kraken Guard checks it on this computer. Nothing is sent anywhere.</source>
        <translation>¿Este correo es de verdad de Kraken? Arrastre aquí un correo guardado (.eml), abra uno o pegue su código fuente completo. Kraken Guard lo comprueba en este equipo. No se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>&amp;Open a saved email…</source>
        <translation>&amp;Abrir un correo guardado…</translation>
    </message>
    <message>
        <source>Open a saved email file</source>
        <translation>Abrir un archivo de correo guardado</translation>
    </message>
    <message>
        <source>Check the &amp;DKIM signature online</source>
        <translation>Comprobar la firma &amp;DKIM en línea</translation>
    </message>
    <message>
        <source>Check the DKIM signature online</source>
        <translation>Comprobar la firma DKIM en línea</translation>
    </message>
    <message>
        <source>This asks the sender&apos;s name server on the internet. Only when you press.</source>
        <translation>Esto consulta el servidor de nombres del remitente en internet. Solo cuando usted lo pulsa.</translation>
    </message>
    <message>
        <source>Or &amp;paste the email&apos;s full source:</source>
        <translation>O &amp;pegue el código fuente completo del correo:</translation>
    </message>
    <message>
        <source>The email&apos;s full source</source>
        <translation>El código fuente completo del correo</translation>
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
        <translation>&amp;Comprobar el código pegado</translation>
    </message>
    <message>
        <source>Check the pasted source</source>
        <translation>Comprobar el código pegado</translation>
    </message>
    <message>
        <source>&amp;Add Kraken&apos;s key file…</source>
        <translation>Añadir el archivo de cla&amp;ve de Kraken…</translation>
    </message>
    <message>
        <source>Add Kraken&apos;s PGP key file</source>
        <translation>Añadir el archivo de clave PGP de Kraken</translation>
    </message>
    <message>
        <source>Checked in the email:</source>
        <translation>Comprobado en el correo:</translation>
    </message>
</context>
<context>
    <name>EmailController</name>
    <message>
        <source>Open a saved email</source>
        <translation>Abrir un correo guardado</translation>
    </message>
    <message>
        <source>Emails (*.eml *.msg *.txt);;All files (*)</source>
        <translation>Correos (*.eml *.msg *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not from Kraken.</source>
        <translation>No es de Kraken.</translation>
    </message>
    <message>
        <source>This could not be checked</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <source>Add Kraken&apos;s PGP key</source>
        <translation>Añadir la clave PGP de Kraken</translation>
    </message>
    <message>
        <source>PGP keys (*.asc *.gpg *.pgp *.txt);;All files (*)</source>
        <translation>Claves PGP (*.asc *.gpg *.pgp *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This key was not added</source>
        <translation>No se añadió esta clave</translation>
    </message>
    <message>
        <source>The file could not be opened. Check its name and that it belongs to you.</source>
        <translation>No se pudo abrir el archivo. Revise su nombre y que le pertenece a usted.</translation>
    </message>
    <message>
        <source>Add Kraken&apos;s key</source>
        <translation>Añadir la clave de Kraken</translation>
    </message>
    <message>
        <source>Kraken&apos;s key is added (fingerprint {fingerprint}).</source>
        <translation>La clave de Kraken está añadida (huella digital {fingerprint}).</translation>
    </message>
    <message>
        <source>Kraken&apos;s key is not added yet. Download it from Kraken&apos;s PGP signatures page (support.kraken.com). It is accepted only with fingerprint {fingerprint}.</source>
        <translation>La clave de Kraken aún no está añadida. Descárguela de la página de firmas PGP de Kraken (support.kraken.com). Solo se acepta con la huella digital {fingerprint}.</translation>
    </message>
    <message>
        <source>Check the email that confirmed this call</source>
        <translation>Comprobar el correo que confirmó esta llamada</translation>
    </message>
</context>
<context>
    <name>GuardedChangeDialog</name>
    <message>
        <source>Make this change</source>
        <translation>Hacer este cambio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Someone is &amp;calling me now</source>
        <translation>Alguien me &amp;llama ahora</translation>
    </message>
    <message>
        <source>A caller says they are Kraken Support? Open the checklist. It tells you what to say and when to hang up. Kraken never asks for a code or your password.</source>
        <translation>¿Alguien que llama dice que es el soporte de Kraken? Abra la lista de pasos. Le dice qué decir y cuándo colgar. Kraken nunca pide un código ni su contraseña.</translation>
    </message>
    <message>
        <source>Your security setup</source>
        <translation>Su configuración de seguridad</translation>
    </message>
    <message>
        <source>Security setup progress</source>
        <translation>Progreso de la configuración de seguridad</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>{done} de {total} pasos hechos</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>El mismo que este ordenador</translation>
    </message>
</context>
<context>
    <name>LinkCheckPage</name>
    <message>
        <source>Check a link</source>
        <translation>Comprobar un enlace</translation>
    </message>
    <message>
        <source>Paste a link from an email, a message or a caller. Kraken Guard reads it the way your browser does and tells you where it really goes. Nothing is sent anywhere.</source>
        <translation>Pegue un enlace de un correo, un mensaje o una llamada. Kraken Guard lo lee como lo hace su navegador y le dice adónde lleva de verdad. No se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Never use a search engine to find Kraken</source>
        <translation>Nunca use un buscador para encontrar Kraken</translation>
    </message>
    <message>
        <source>Fake sites and fake phone numbers show up in search results. Use your bookmark to support.kraken.com.</source>
        <translation>En los resultados de búsqueda aparecen sitios y números de teléfono falsos. Use su marcador de support.kraken.com.</translation>
    </message>
    <message>
        <source>&amp;Link to check:</source>
        <translation>&amp;Enlace a comprobar:</translation>
    </message>
    <message>
        <source>Link to check</source>
        <translation>Enlace a comprobar</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>Check this link</source>
        <translation>Comprobar este enlace</translation>
    </message>
</context>
<context>
    <name>LinksController</name>
    <message>
        <source>&amp;Export bookmarks to your browser…</source>
        <translation>E&amp;xportar marcadores a su navegador…</translation>
    </message>
    <message>
        <source>Save your Kraken bookmarks for your browser and a desktop shortcut.</source>
        <translation>Guarde sus marcadores de Kraken para su navegador y un acceso directo en el escritorio.</translation>
    </message>
    <message>
        <source>This link goes to: {host}</source>
        <translation>Este enlace lleva a: {host}</translation>
    </message>
    <message>
        <source>Your saved bookmarks cannot be checked right now</source>
        <translation>Sus marcadores guardados no se pueden comprobar ahora</translation>
    </message>
    <message>
        <source>They are not used until they can be checked. Unlock your system keychain, then press Check again. Kraken Support still works.</source>
        <translation>No se usan hasta que se puedan comprobar. Desbloquee el llavero de su sistema y pulse “Comprobar de nuevo”. El soporte de Kraken sigue funcionando.</translation>
    </message>
    <message>
        <source>Some bookmarks were changed outside Kraken Guard</source>
        <translation>Se cambiaron algunos marcadores fuera de Kraken Guard</translation>
    </message>
    <message>
        <source>They are not used. If you did not change them, someone else did: remove them. Trust one again only if you know it is yours.</source>
        <translation>No se usan. Si usted no los cambió, lo hizo otra persona: quítelos. Vuelva a confiar en uno solo si sabe que es suyo.</translation>
    </message>
    <message>
        <source>Protection cannot be checked right now</source>
        <translation>La protección no se puede comprobar ahora</translation>
    </message>
    <message>
        <source>Protected by your system keychain</source>
        <translation>Protegido por el llavero de su sistema</translation>
    </message>
    <message>
        <source>Your bookmarks are signed with a secret key kept in your system keychain. A change made outside Kraken Guard shows up here.</source>
        <translation>Sus marcadores están firmados con una clave secreta guardada en el llavero de su sistema. Un cambio hecho fuera de Kraken Guard aparece aquí.</translation>
    </message>
    <message>
        <source>Add the bookmark {url}</source>
        <translation>Añadir el marcador {url}</translation>
    </message>
    <message>
        <source>Add a bookmark</source>
        <translation>Añadir un marcador</translation>
    </message>
    <message>
        <source>Remove the bookmark {url}</source>
        <translation>Quitar el marcador {url}</translation>
    </message>
    <message>
        <source>Remove a bookmark</source>
        <translation>Quitar un marcador</translation>
    </message>
    <message>
        <source>Trust this changed bookmark again: {url}</source>
        <translation>Volver a confiar en este marcador cambiado: {url}</translation>
    </message>
    <message>
        <source>Trust again</source>
        <translation>Volver a confiar</translation>
    </message>
    <message>
        <source>Nothing was changed. Unlock your system keychain and try again.</source>
        <translation>No se cambió nada. Desbloquee el llavero de su sistema e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Bookmark not changed</source>
        <translation>Marcador sin cambios</translation>
    </message>
    <message>
        <source>Where should the bookmarks go?</source>
        <translation>¿Dónde se guardan los marcadores?</translation>
    </message>
    <message>
        <source>Bookmarks not saved</source>
        <translation>Marcadores no guardados</translation>
    </message>
    <message>
        <source>Kraken Guard could not write to {folder}. Choose another folder.</source>
        <translation>Kraken Guard no pudo escribir en {folder}. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Bookmarks saved</source>
        <translation>Marcadores guardados</translation>
    </message>
    <message>
        <source>Saved:
{files}

In your browser, open Bookmarks, choose Import, and pick the .html file. The shortcut opens Kraken Support.</source>
        <translation>Guardado:
{files}

En su navegador, abra Marcadores, elija Importar y seleccione el archivo .html. El acceso directo abre el soporte de Kraken.</translation>
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
        <translation>Secciones</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>&amp;Understood</source>
        <translation>Entend&amp;ido</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>QuickCheckPopup</name>
    <message>
        <source>Check a number, link or message</source>
        <translation>Comprobar un número, enlace o mensaje</translation>
    </message>
    <message>
        <source>&amp;Manage numbers…</source>
        <translation>&amp;Gestionar números…</translation>
    </message>
    <message>
        <source>Open the full page to manage your numbers</source>
        <translation>Abrir la página completa para gestionar sus números</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Press Enter to check. Press Esc to close.</source>
        <translation>Pulse Intro para comprobar. Pulse Esc para cerrar.</translation>
    </message>
</context>
<context>
    <name>RecoveryView</name>
    <message>
        <source>Act now, in this order</source>
        <translation>Actúe ahora, en este orden</translation>
    </message>
    <message>
        <source>1. Lock your account first</source>
        <translation>1. Primero, bloquee su cuenta</translation>
    </message>
    <message>
        <source>Open Kraken Support from your bookmark and start the 24/7 live chat. Ask them to lock your account. Do this before anything else.</source>
        <translation>Abra el soporte de Kraken desde su marcador e inicie el chat en vivo, abierto las 24 horas. Pida que bloqueen su cuenta. Hágalo antes que nada.</translation>
    </message>
    <message>
        <source>&amp;Lock your account first: open Kraken Support</source>
        <translation>&amp;Primero, bloquee su cuenta: abra el soporte de Kraken</translation>
    </message>
    <message>
        <source>Lock your account first: open Kraken Support</source>
        <translation>Primero, bloquee su cuenta: abra el soporte de Kraken</translation>
    </message>
    <message>
        <source>2. What did you give them, or do for them?</source>
        <translation>2. ¿Qué les dio o qué hizo por ellos?</translation>
    </message>
    <message>
        <source>&amp;Back to the call checklist</source>
        <translation>&amp;Volver a la lista de la llamada</translation>
    </message>
    <message>
        <source>Back to the call checklist</source>
        <translation>Volver a la lista de la llamada</translation>
    </message>
    <message>
        <source>3. Then do these steps:</source>
        <translation>3. Después, siga estos pasos:</translation>
    </message>
</context>
<context>
    <name>RemoteAccessWarning</name>
    <message>
        <source>{apps} is running. Close it now.</source>
        <translation>{apps} está abierto. Ciérrelo ahora.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Step {n} of {total}: {title}</source>
        <translation>Paso {n} de {total}: {title}</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Paso {n} de {total}</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it protects you from:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;De qué le protege:&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cómo hacerlo</translation>
    </message>
    <message>
        <source>&amp;Open this on kraken.com</source>
        <translation>Abrir esto en &amp;kraken.com</translation>
    </message>
    <message>
        <source>Open this on kraken.com</source>
        <translation>Abrir esto en kraken.com</translation>
    </message>
    <message>
        <source>E&amp;xport bookmarks…</source>
        <translation>E&amp;xportar marcadores…</translation>
    </message>
    <message>
        <source>&amp;Add the official number…</source>
        <translation>Añadir el número &amp;oficial…</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>Elija una opción</translation>
    </message>
    <message>
        <source>&amp;Method you used (never the code or key itself):</source>
        <translation>&amp;Método que usó (nunca el código ni la clave):</translation>
    </message>
    <message>
        <source>Method you used</source>
        <translation>Método que usó</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Not &amp;yet</source>
        <translation>To&amp;davía no</translation>
    </message>
    <message>
        <source>Doesn&apos;t a&amp;pply to me</source>
        <translation>No se me a&amp;plica</translation>
    </message>
    <message>
        <source>For example: I do not use API keys</source>
        <translation>Por ejemplo: no uso claves API</translation>
    </message>
    <message>
        <source>&amp;Why not? (never type a code or password here)</source>
        <translation>¿Por &amp;qué no? (nunca escriba aquí un código ni una contraseña)</translation>
    </message>
    <message>
        <source>Why this step does not apply to you</source>
        <translation>Por qué este paso no se aplica a usted</translation>
    </message>
    <message>
        <source>Check the order</source>
        <translation>Revisar el orden</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Your progress</source>
        <translation>Su progreso</translation>
    </message>
    <message>
        <source>&amp;Go to the next step</source>
        <translation>Ir al &amp;paso siguiente</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>Ir al paso siguiente</translation>
    </message>
    <message>
        <source>Check the order</source>
        <translation>Revisar el orden</translation>
    </message>
    <message>
        <source>All &amp;steps (press Enter to open one):</source>
        <translation>To&amp;dos los pasos (pulse Intro para abrir uno):</translation>
    </message>
    <message>
        <source>All steps and your answers</source>
        <translation>Todos los pasos y sus respuestas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Review done steps every this many days</source>
        <translation>Revisar los pasos hechos cada tantos días</translation>
    </message>
    <message>
        <source>&amp;Review done steps every:</source>
        <translation>&amp;Revisar los pasos hechos cada:</translation>
    </message>
    <message>
        <source>&amp;Export progress…</source>
        <translation>&amp;Exportar el progreso…</translation>
    </message>
    <message>
        <source>Export progress to a file</source>
        <translation>Exportar el progreso a un archivo</translation>
    </message>
    <message>
        <source>&amp;Import progress…</source>
        <translation>I&amp;mportar el progreso…</translation>
    </message>
    <message>
        <source>Import progress from a file</source>
        <translation>Importar el progreso desde un archivo</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Kraken Guard menu</source>
        <translation>Menú de Kraken Guard</translation>
    </message>
</context>
<context>
    <name>VerdictBox</name>
    <message>
        <source>Good sign</source>
        <translation>Buena señal</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Peligro</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>I &amp;hung up</source>
        <translation>&amp;Colgué</translation>
    </message>
    <message>
        <source>I hung up</source>
        <translation>Colgué</translation>
    </message>
    <message>
        <source>I already &amp;gave them…</source>
        <translation>Ya les &amp;di algo…</translation>
    </message>
    <message>
        <source>I already gave them something</source>
        <translation>Ya les di algo</translation>
    </message>
    <message>
        <source>Check the confirmation &amp;email</source>
        <translation>Comprobar el correo de con&amp;firmación</translation>
    </message>
    <message>
        <source>Check the confirmation email</source>
        <translation>Comprobar el correo de confirmación</translation>
    </message>
    <message>
        <source>They gave &amp;me something</source>
        <translation>&amp;Me dieron algo</translation>
    </message>
    <message>
        <source>They gave me something to check</source>
        <translation>Me dieron algo para comprobar</translation>
    </message>
    <message>
        <source>A link, a number or a message they sent or read out</source>
        <translation>Un enlace, un número o un mensaje que le enviaron o le leyeron</translation>
    </message>
    <message>
        <source>Say this, then hang up: “{line}”</source>
        <translation>Diga esto y cuelgue: “{line}”</translation>
    </message>
    <message>
        <source>If they ask for a code or a password, say: “{line}”</source>
        <translation>Si le piden un código o una contraseña, diga: “{line}”</translation>
    </message>
</context>
<context>
    <name>VerifyController</name>
    <message>
        <source>Not trusted, changed outside Kraken Guard: {number}</source>
        <translation>No es de confianza, se cambió fuera de Kraken Guard: {number}</translation>
    </message>
    <message>
        <source>Warning: your saved numbers were changed outside Kraken Guard. Changed entries are not used. Remove them, or add the number again from support.kraken.com.</source>
        <translation>Advertencia: sus números guardados se cambiaron fuera de Kraken Guard. Las entradas cambiadas no se usan. Quítelas, o vuelva a añadir el número desde support.kraken.com.</translation>
    </message>
    <message>
        <source>Cannot be checked right now: {number}</source>
        <translation>No se puede comprobar ahora: {number}</translation>
    </message>
    <message>
        <source>Your saved numbers cannot be checked right now. {problem} Until this is fixed, trust only the number at the bottom of support.kraken.com.</source>
        <translation>Sus números guardados no se pueden comprobar ahora. {problem} Hasta que se solucione, confíe solo en el número que aparece al pie de support.kraken.com.</translation>
    </message>
    <message>
        <source>No official number saved yet.</source>
        <translation>Aún no hay ningún número oficial guardado.</translation>
    </message>
    <message>
        <source>Number not added</source>
        <translation>Número no añadido</translation>
    </message>
    <message>
        <source>Add an official number</source>
        <translation>Añadir un número oficial</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Saved {number}.</source>
        <translation>{number} guardado.</translation>
    </message>
    <message>
        <source>Remove an official number</source>
        <translation>Quitar un número oficial</translation>
    </message>
    <message>
        <source>Removed {number}.</source>
        <translation>{number} quitado.</translation>
    </message>
    <message>
        <source>The data file could not be written. Check that the disk is not full.</source>
        <translation>No se pudo escribir el archivo de datos. Compruebe que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>No se cambió nada</translation>
    </message>
    <message>
        <source>{reason} Fix this, then try again.</source>
        <translation>{reason} Solucione esto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{number}, added {date}</source>
        <translation>{number}, añadido el {date}</translation>
    </message>
    <message>
        <source>{entry}. Found at: {note}</source>
        <translation>{entry}. Encontrado en: {note}</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify a phone number</source>
        <translation>Verificar un número de teléfono</translation>
    </message>
    <message>
        <source>The only real Kraken Support number is at the bottom of support.kraken.com. Any other number that says it is Kraken Support is a scam.</source>
        <translation>El único número real del soporte de Kraken está al pie de support.kraken.com. Cualquier otro número que diga ser el soporte de Kraken es una estafa.</translation>
    </message>
    <message>
        <source>Country for numbers without a plus sign</source>
        <translation>País de los números sin signo +</translation>
    </message>
    <message>
        <source>Numbers &amp;without a + sign are from:</source>
        <translation>Los números &amp;sin signo + son de:</translation>
    </message>
    <message>
        <source>Your official numbers</source>
        <translation>Sus números oficiales</translation>
    </message>
    <message>
        <source>Open support.kraken.com from your bookmark, never from a search engine. Copy the number at the bottom of the page and add it here.</source>
        <translation>Abra support.kraken.com desde su marcador, nunca desde un buscador. Copie el número que aparece al pie de la página y añádalo aquí.</translation>
    </message>
    <message>
        <source>Saved official numbers</source>
        <translation>Números oficiales guardados</translation>
    </message>
    <message>
        <source>&amp;Remove selected number…</source>
        <translation>&amp;Quitar el número elegido…</translation>
    </message>
    <message>
        <source>Remove selected number</source>
        <translation>Quitar el número elegido</translation>
    </message>
    <message>
        <source>New official number</source>
        <translation>Nuevo número oficial</translation>
    </message>
    <message>
        <source>Where you found it</source>
        <translation>Dónde lo encontró</translation>
    </message>
    <message>
        <source>For example: bottom of support.kraken.com</source>
        <translation>Por ejemplo: al pie de support.kraken.com</translation>
    </message>
    <message>
        <source>&amp;New official number:</source>
        <translation>&amp;Nuevo número oficial:</translation>
    </message>
    <message>
        <source>Where you &amp;found it:</source>
        <translation>Dónde lo &amp;encontró:</translation>
    </message>
    <message>
        <source>&amp;Add this number…</source>
        <translation>Aña&amp;dir este número…</translation>
    </message>
    <message>
        <source>Add this official number</source>
        <translation>Añadir este número oficial</translation>
    </message>
</context>
<context>
    <name>VerifyWidget</name>
    <message>
        <source>&amp;Phone number to check:</source>
        <translation>Número de &amp;teléfono a comprobar:</translation>
    </message>
    <message>
        <source>Phone number to check</source>
        <translation>Número de teléfono a comprobar</translation>
    </message>
    <message>
        <source>Paste or type a number, like +1 800 555 0100</source>
        <translation>Escriba o pegue un número: +1 800 555 0100</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Com&amp;probar</translation>
    </message>
    <message>
        <source>Check this number</source>
        <translation>Comprobar este número</translation>
    </message>
</context>
<context>
    <name>YesNoQuestion</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>✓ {answer} — your answer</source>
        <translation>✓ {answer} — su respuesta</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Security &amp;setup</source>
        <translation>&amp;Configurar la seguridad</translation>
    </message>
    <message>
        <source>Turn on every Kraken security feature, step by step.</source>
        <translation>Active cada función de seguridad de Kraken, paso a paso.</translation>
    </message>
    <message>
        <source>Someone is &amp;calling me</source>
        <translation>Alguien me está &amp;llamando</translation>
    </message>
    <message>
        <source>Open the checklist to use during a call.</source>
        <translation>Abrir la lista de pasos para usar durante una llamada.</translation>
    </message>
    <message>
        <source>&amp;Verify a phone number…</source>
        <translation>&amp;Verificar un número de teléfono…</translation>
    </message>
    <message>
        <source>Check if a number is the one on support.kraken.com.</source>
        <translation>Comprobar si un número es de support.kraken.com.</translation>
    </message>
    <message>
        <source>Check a &amp;link…</source>
        <translation>Comprobar un &amp;enlace…</translation>
    </message>
    <message>
        <source>Check if a link really goes to kraken.com.</source>
        <translation>Ver si un enlace lleva de verdad a kraken.com.</translation>
    </message>
    <message>
        <source>&amp;Open Kraken Support</source>
        <translation>&amp;Abrir el soporte de Kraken</translation>
    </message>
    <message>
        <source>Open support.kraken.com in your browser.</source>
        <translation>Abrir support.kraken.com en su navegador.</translation>
    </message>
    <message>
        <source>Show &amp;Kraken Guard</source>
        <translation>Mostrar &amp;Kraken Guard</translation>
    </message>
    <message>
        <source>Show the main window.</source>
        <translation>Mostrar la ventana principal.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Kraken Guard.</source>
        <translation>Cerrar Kraken Guard.</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>Kraken Guard could not write {where} ({problem}). Check that the folder belongs to you and that the disk is not full, then try again.</source>
        <translation>Kraken Guard no pudo escribir {where} ({problem}). Revise que la carpeta le pertenece y que el disco no está lleno. Después, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Kraken Guard could not remove {where} ({problem}). Check that the folder belongs to you, then try again.</source>
        <translation>Kraken Guard no pudo quitar {where} ({problem}). Revise que la carpeta le pertenece. Después, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This entry is your own, so Kraken Guard left it as it is.</source>
        <translation>Esta entrada es suya, así que Kraken Guard la dejó como está.</translation>
    </message>
    <message>
        <source>This entry was not made by Kraken Guard, so it was left in place. Remove it in your desktop&apos;s startup settings.</source>
        <translation>Esta entrada no la creó Kraken Guard, así que se dejó en su sitio. Quítela en los ajustes de inicio de su escritorio.</translation>
    </message>
    <message>
        <source>This entry is your own.</source>
        <translation>Esta entrada es suya.</translation>
    </message>
    <message>
        <source>This file was not made by Kraken Guard, so it was left in place.</source>
        <translation>Este archivo no lo creó Kraken Guard, así que se dejó en su sitio.</translation>
    </message>
</context>
<context>
    <name>bookmarks</name>
    <message>
        <source>Kraken Support</source>
        <translation>Soporte de Kraken</translation>
    </message>
    <message>
        <source>Only secure (https) links to kraken.com can be saved as bookmarks.</source>
        <translation>Solo se pueden guardar como marcadores enlaces seguros (https) a kraken.com.</translation>
    </message>
    <message>
        <source>The Kraken Support bookmark is built in. It cannot be changed or removed.</source>
        <translation>El marcador del soporte de Kraken viene incluido. No se puede cambiar ni quitar.</translation>
    </message>
    <message>
        <source>There is no bookmark with this address.</source>
        <translation>No hay ningún marcador con esta dirección.</translation>
    </message>
</context>
<context>
    <name>call_checklist</name>
    <message>
        <source>You did not ask Kraken Support to call you.</source>
        <translation>Usted no pidió al soporte de Kraken que le llamara.</translation>
    </message>
    <message>
        <source>You got no email from Kraken with the time of this call.</source>
        <translation>No recibió ningún correo de Kraken con la hora de esta llamada.</translation>
    </message>
    <message>
        <source>They asked for: {item}. Kraken never asks for this.</source>
        <translation>Le pidieron: {item}. Kraken nunca pide esto.</translation>
    </message>
    <message>
        <source>The email that confirmed this call is not from Kraken. Real Kraken calls come with a real Kraken email, so this call is a scam.</source>
        <translation>El correo que confirmó esta llamada no es de Kraken. Las llamadas reales de Kraken llegan con un correo real de Kraken, así que esta llamada es una estafa.</translation>
    </message>
    <message>
        <source>They said: {item}. Scammers say this.</source>
        <translation>Le dijeron: {item}. Los estafadores dicen esto.</translation>
    </message>
    <message>
        <source>You gave them: {item}. Do the steps below now.</source>
        <translation>Usted les dio: {item}. Haga ahora los pasos de abajo.</translation>
    </message>
    <message>
        <source>You saved the number calling you as a scam caller after an earlier call.</source>
        <translation>Usted guardó el número que le llama como estafador después de una llamada anterior.</translation>
    </message>
    <message>
        <source>Answer the two questions below</source>
        <translation>Responda a las dos preguntas de abajo</translation>
    </message>
    <message>
        <source>Hang up now. This is a scam.</source>
        <translation>Cuelgue ahora. Es una estafa.</translation>
    </message>
    <message>
        <source>Stay alert</source>
        <translation>Esté atento</translation>
    </message>
    <message>
        <source>Kraken Support only calls when you asked for a call. Kraken also sends an email with the time first.</source>
        <translation>El soporte de Kraken solo llama si usted pidió una llamada. Además, Kraken envía antes un correo con la hora.</translation>
    </message>
    <message>
        <source>You do not need to be polite. End the call. Then tell Kraken through your bookmark to support.kraken.com.</source>
        <translation>No hace falta ser amable. Termine la llamada. Después avise a Kraken desde su marcador de support.kraken.com.</translation>
    </message>
    <message>
        <source>This call may be real. Caller ID can be faked, so stay alert. If they ask for anything below, hang up.</source>
        <translation>Esta llamada puede ser real. El número que aparece se puede falsificar, así que esté atento. Si le piden algo de lo de abajo, cuelgue.</translation>
    </message>
</context>
<context>
    <name>calls</name>
    <message>
        <source>Notes not saved</source>
        <translation>Notas no guardadas</translation>
    </message>
    <message>
        <source>Call not saved</source>
        <translation>Llamada no guardada</translation>
    </message>
    <message>
        <source>The call could not be saved. Check that the disk is not full.</source>
        <translation>No se pudo guardar la llamada. Compruebe que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>Saved as call {id}. You find it in the main window, under “Someone is calling me”. You can close this window now.</source>
        <translation>Guardada como llamada {id}. La encontrará en la ventana principal, en “Alguien me está llamando”. Ya puede cerrar esta ventana.</translation>
    </message>
    <message>
        <source>number not known</source>
        <translation>número desconocido</translation>
    </message>
    <message>
        <source>scam</source>
        <translation>estafa</translation>
    </message>
    <message>
        <source>not marked as scam</source>
        <translation>no marcada como estafa</translation>
    </message>
    <message>
        <source>Call {id}: {when}, {number} ({kind})</source>
        <translation>Llamada {id}: {when}, {number} ({kind})</translation>
    </message>
    <message>
        <source>The saved call is written in English, so Kraken Support can read it.</source>
        <translation>La llamada guardada está en inglés, para que el soporte de Kraken pueda leerla.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your Kraken Support ticket or your report.</source>
        <translation>Copiado. Péguelo en su ticket del soporte de Kraken o en su denuncia.</translation>
    </message>
    <message>
        <source>Save the call as text</source>
        <translation>Guardar la llamada como texto</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>File not saved</source>
        <translation>Archivo no guardado</translation>
    </message>
    <message>
        <source>Could not save {path} ({reason}). Pick a folder you can write to.</source>
        <translation>No se pudo guardar {path} ({reason}). Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The saved call is written in English, so Kraken Support can read it.</source>
        <translation>La llamada guardada está en inglés, para que el soporte de Kraken pueda leerla.</translation>
    </message>
    <message>
        <source>Kraken Support will never ask you for:</source>
        <translation>El soporte de Kraken nunca le pedirá:</translation>
    </message>
    <message>
        <source>If a caller asks for any of these, hang up. It is a scam.</source>
        <translation>Si alguien que le llama le pide algo de esto, cuelgue. Es una estafa.</translation>
    </message>
    <message>
        <source>(Content last reviewed {date}.)</source>
        <translation>(Contenido revisado por última vez el {date}.)</translation>
    </message>
    <message>
        <source>Language: {name} ({code}), chosen by you.</source>
        <translation>Idioma: {name} ({code}), elegido por usted.</translation>
    </message>
    <message>
        <source>Language: {name} ({code}), from your computer&apos;s settings.</source>
        <translation>Idioma: {name} ({code}), según los ajustes de su ordenador.</translation>
    </message>
    <message>
        <source>Languages: {codes}. Choose one with: kraken-guard-cli language CODE (or system)</source>
        <translation>Idiomas: {codes}. Elija uno con: kraken-guard-cli language CÓDIGO (o system)</translation>
    </message>
    <message>
        <source>Kraken Guard will speak {name} ({code}). The window changes the next time it starts.</source>
        <translation>Kraken Guard hablará {name} ({code}). La ventana cambia la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>Kraken Guard will follow your computer&apos;s language. The window changes the next time it starts.</source>
        <translation>Kraken Guard usará el idioma de su ordenador. La ventana cambia la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>OFFICIAL  goes to kraken.com</source>
        <translation>OFICIAL   va a kraken.com</translation>
    </message>
    <message>
        <source>LOOKALIKE imitates Kraken: do not use it</source>
        <translation>IMITACIÓN se hace pasar por Kraken: no lo use</translation>
    </message>
    <message>
        <source>UNRELATED not a Kraken site</source>
        <translation>AJENO     no es un sitio de Kraken</translation>
    </message>
    <message>
        <source>INVALID   not a link that can be checked</source>
        <translation>NO VÁLIDO no es un enlace que se pueda comprobar</translation>
    </message>
    <message>
        <source>address: {host}</source>
        <translation>dirección: {host}</translation>
    </message>
    <message>
        <source> (read as {number})</source>
        <translation> (leído como {number})</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Ahora: {step}</translation>
    </message>
    <message>
        <source>added {date}</source>
        <translation>añadido el {date}</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Aviso: {text}</translation>
    </message>
    <message>
        <source>Do now: {step}</source>
        <translation>Haga ahora: {step}</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Found {count} item(s):</source>
        <translation>Elementos encontrados ({count}):</translation>
    </message>
    <message>
        <source>SIGNED BY KRAKEN</source>
        <translation>FIRMADO POR KRAKEN</translation>
    </message>
    <message>
        <source>PASSED YOUR MAIL SERVICE&apos;S CHECKS (strong, not proof)</source>
        <translation>PASÓ LAS COMPROBACIONES DE SU SERVICIO DE CORREO (buena señal, no una prueba)</translation>
    </message>
    <message>
        <source>NOT FROM KRAKEN</source>
        <translation>NO ES DE KRAKEN</translation>
    </message>
    <message>
        <source>CANNOT TELL</source>
        <translation>NO SE PUEDE SABER</translation>
    </message>
    <message>
        <source>Sender: {address}</source>
        <translation>Remitente: {address}</translation>
    </message>
    <message>
        <source>Checked in the email:</source>
        <translation>Comprobado en el correo:</translation>
    </message>
    <message>
        <source>NOT KRAKEN</source>
        <translation>NO ES DE KRAKEN</translation>
    </message>
</context>
<context>
    <name>clock_check</name>
    <message>
        <source>Your phone&apos;s clock is in step. Codes should work.</source>
        <translation>El reloj de su teléfono está en hora. Los códigos deberían funcionar.</translation>
    </message>
    <message>
        <source>Your phone&apos;s clock is about {seconds} seconds behind. Kraken may refuse its codes. Turn on automatic date and time in your phone&apos;s settings.</source>
        <translation>El reloj de su teléfono va unos {seconds} segundos atrasado. Kraken puede rechazar sus códigos. Active la fecha y hora automáticas en los ajustes de su teléfono.</translation>
    </message>
    <message>
        <source>Your phone&apos;s clock is about {seconds} seconds ahead. Kraken may refuse its codes. Turn on automatic date and time in your phone&apos;s settings.</source>
        <translation>El reloj de su teléfono va unos {seconds} segundos adelantado. Kraken puede rechazar sus códigos. Active la fecha y hora automáticas en los ajustes de su teléfono.</translation>
    </message>
    <message>
        <source>That code does not match. Check that you typed the code shown for “Kraken Guard clock check”. If it still fails, your phone&apos;s clock may be more than a minute off: turn on automatic date and time.</source>
        <translation>Ese código no coincide. Compruebe que escribió el código de “Kraken Guard clock check”. Si sigue fallando, puede que el reloj de su teléfono vaya desviado más de un minuto: active la fecha y hora automáticas.</translation>
    </message>
    <message>
        <source>Type the 6 digits your authenticator app shows.</source>
        <translation>Escriba los 6 dígitos que muestra su app de autenticación.</translation>
    </message>
    <message>
        <source>Nobody will ever need you to read out a code. Not Kraken, not anyone. A caller who asks for one is a scammer: hang up.</source>
        <translation>Nadie necesitará nunca que usted lea un código en voz alta. Ni Kraken ni nadie. Quien se lo pida por teléfono es un estafador: cuelgue.</translation>
    </message>
</context>
<context>
    <name>email_content</name>
    <message>
        <source>The link shows {shown}, but really goes to {host}. This trick hides where a link goes.</source>
        <translation>El enlace muestra {shown}, pero en realidad lleva a {host}. Este truco oculta adónde lleva un enlace.</translation>
    </message>
    <message>
        <source>The link runs hidden code instead of opening a web page.</source>
        <translation>El enlace ejecuta código oculto en vez de abrir una página web.</translation>
    </message>
    <message>
        <source>The email says: &quot;{quote}&quot;. {why}</source>
        <translation>El correo dice: &quot;{quote}&quot;. {why}</translation>
    </message>
    <message>
        <source>Do not open the attached file {name} yet. A file can hide a fake sign-in page or a harmful program, and Kraken Guard cannot check what is inside.</source>
        <translation>No abra todavía el archivo adjunto {name}. Un archivo puede esconder una página de inicio de sesión falsa o un programa dañino, y Kraken Guard no puede comprobar lo que hay dentro.</translation>
    </message>
    <message>
        <source>Do not open the attached file {name}. It is a web page with a form that asks you to type in details. Kraken never sends sign-in forms by email.</source>
        <translation>No abra el archivo adjunto {name}. Es una página web con un formulario que le pide escribir sus datos. Kraken nunca envía formularios de inicio de sesión por correo.</translation>
    </message>
    <message>
        <source>Do not type anything into this email. It holds a form that asks for a password. Kraken never asks for your password in an email.</source>
        <translation>No escriba nada en este correo. Contiene un formulario que pide una contraseña. Kraken nunca pide su contraseña en un correo.</translation>
    </message>
    <message>
        <source>Call Kraken only on a number you found yourself at support.kraken.com, never one from an email.</source>
        <translation>Llame a Kraken solo a un número que usted mismo encontró en support.kraken.com, nunca a uno de un correo.</translation>
    </message>
</context>
<context>
    <name>email_dkim</name>
    <message>
        <source>Checked online just now: {domain} signed this email (DKIM), and it was not changed since.</source>
        <translation>Comprobado en línea ahora mismo: {domain} firmó este correo (DKIM), y no se ha cambiado desde entonces.</translation>
    </message>
    <message>
        <source>Checked online just now: the {domain} signature (DKIM) does not match. The email was changed, or the key was replaced since it was sent.</source>
        <translation>Comprobado en línea ahora mismo: la firma de {domain} (DKIM) no coincide. El correo se cambió, o la clave se sustituyó después de enviarlo.</translation>
    </message>
    <message>
        <source>The {domain} signature (DKIM) does not cover the whole email: the sender, subject, reply address and all of the text. Someone could have changed the rest, so it was not used.</source>
        <translation>La firma de {domain} (DKIM) no cubre todo el correo: el remitente, el asunto, la dirección de respuesta y todo el texto. Alguien podría haber cambiado el resto, así que no se usó.</translation>
    </message>
    <message>
        <source>The online check cannot settle this email: part of it was not read, or the signature is not for the sender&apos;s Kraken address.</source>
        <translation>La comprobación en línea no puede decidir sobre este correo: una parte no se leyó, o la firma no es de la dirección de Kraken del remitente.</translation>
    </message>
    <message>
        <source>Use your bookmark, not this email&apos;s links. The DKIM signature checked online is Kraken&apos;s. That is strong, but not proof.</source>
        <translation>Use su marcador, no los enlaces de este correo. La firma DKIM comprobada en línea es de Kraken. Es una buena señal, pero no una prueba.</translation>
    </message>
    <message>
        <source>The email has no DKIM signature to check online.</source>
        <translation>El correo no tiene firma DKIM que comprobar en línea.</translation>
    </message>
    <message>
        <source>The online check could not be done (no connection, or the name server did not answer). Nothing was changed.</source>
        <translation>No se pudo hacer la comprobación en línea (no hay conexión, o el servidor de nombres no respondió). No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>email_provider</name>
    <message>
        <source>Your mail service ({provider}) checked that this email really came from {domain} (DMARC passed). This is strong, but not proof. It holds only for an email you saved from your own mailbox, not a file someone sent you. To be sure, check the DKIM signature online.</source>
        <translation>Su servicio de correo ({provider}) comprobó que este correo vino de verdad de {domain} (DMARC correcto). Es una señal fuerte, pero no una prueba. Solo vale para un correo que usted guardó desde su propio buzón, no para un archivo que alguien le envió. Para estar seguro, compruebe la firma DKIM en línea.</translation>
    </message>
    <message>
        <source>Your mail service ({provider}) found that this email did NOT really come from {domain} ({method} {result}). Kraken&apos;s real email always passes this check.</source>
        <translation>Su servicio de correo ({provider}) vio que este correo NO viene de verdad de {domain} ({method} {result}). Los correos reales de Kraken siempre pasan esta comprobación.</translation>
    </message>
    <message>
        <source>Your mail service ({provider}) checked a different domain ({checked}), not the sender&apos;s {domain}. That does not show this email came from Kraken.</source>
        <translation>Su servicio de correo ({provider}) comprobó otro dominio ({checked}), no el del remitente, {domain}. Eso no demuestra que este correo venga de Kraken.</translation>
    </message>
    <message>
        <source>The email has no check result from your mail service (no Authentication-Results line). It may not be the full source.</source>
        <translation>El correo no tiene resultado de comprobación de su servicio de correo (no hay línea Authentication-Results). Quizá no sea el código fuente completo.</translation>
    </message>
    <message>
        <source>The top check result was written by {provider}, which Kraken Guard does not know as a mail service. A sender can write such lines, so they were not trusted.</source>
        <translation>El primer resultado de comprobación lo escribió {provider}, que Kraken Guard no conoce como servicio de correo. Un remitente puede escribir esas líneas, así que no se tuvieron en cuenta.</translation>
    </message>
    <message>
        <source>The check result says it is from {provider}, but the lines {provider} adds when it delivers an email are not above it. A sender can write such lines, so it was not trusted.</source>
        <translation>El resultado de la comprobación dice que es de {provider}, pero las líneas que {provider} añade al entregar un correo no están encima. Un remitente puede escribir esas líneas, así que no se confió en él.</translation>
    </message>
    <message>
        <source>Do not trust the check results in this email. Besides the one {provider} wrote, there is another that claims to be from {provider}, or a check is given twice. A sender adds such lines to look checked.</source>
        <translation>No confíe en los resultados de comprobación de este correo. Además del que escribió {provider}, hay otro que dice ser de {provider}, o una comprobación aparece dos veces. Un remitente añade esas líneas para parecer comprobado.</translation>
    </message>
    <message>
        <source>The email has more than {count} lines at its top before any check result, so your mail service&apos;s check could not be found. Real emails have far fewer. Treat it as suspicious.</source>
        <translation>El correo tiene más de {count} líneas arriba antes de cualquier resultado de comprobación, así que no se encontró la comprobación de su servicio de correo. Los correos reales tienen muchas menos. Trátelo como sospechoso.</translation>
    </message>
    <message>
        <source>Your mail service&apos;s check result could not be read, so it was not used.</source>
        <translation>No se pudo leer el resultado de comprobación de su servicio de correo, así que no se usó.</translation>
    </message>
    <message>
        <source>Your mail service ({provider}) did not say whether this email really came from {domain}.</source>
        <translation>Su servicio de correo ({provider}) no dijo si este correo viene de verdad de {domain}.</translation>
    </message>
</context>
<context>
    <name>email_reading</name>
    <message>
        <source>Open the email and get its full source. Gmail: the three dots, then Show original. Outlook: the three dots, then View, then View message source. Thunderbird: View Source (Ctrl+U). Apple Mail: View, Message, Raw Source. Save it as a file or paste all of it.</source>
        <translation>Abra el correo y obtenga su código fuente completo. Gmail: los tres puntos y después “Mostrar original”. Outlook: los tres puntos, después “Ver” y “Ver origen del mensaje”. Thunderbird: “Código fuente” (Ctrl+U). Apple Mail: “Visualización”, “Mensaje”, “Fuente original”. Guárdelo como archivo o péguelo entero.</translation>
    </message>
    <message>
        <source>There is nothing to check. The file or text is empty.</source>
        <translation>No hay nada que comprobar. El archivo o el texto está vacío.</translation>
    </message>
    <message>
        <source>This is bigger than 25 MB. An email&apos;s source is much smaller. Check that you picked the right file.</source>
        <translation>Esto ocupa más de 25 MB. El código fuente de un correo es mucho más pequeño. Revise que eligió el archivo correcto.</translation>
    </message>
    <message>
        <source>This is not an email&apos;s source. It looks like a picture, a program or another kind of file.</source>
        <translation>Esto no es el código fuente de un correo. Parece una imagen, un programa u otro tipo de archivo.</translation>
    </message>
    <message>
        <source>This is an Outlook .msg file, which Kraken Guard cannot read. In Outlook, open the email, choose View message source, and paste it here. Or save it as .eml.</source>
        <translation>Es un archivo .msg de Outlook, que Kraken Guard no puede leer. En Outlook, abra el correo, elija “Ver origen del mensaje” y péguelo aquí. O guárdelo como .eml.</translation>
    </message>
    <message>
        <source>This does not look like an email&apos;s full source. The source starts with lines like From:, To: and Received:.</source>
        <translation>Esto no parece el código fuente completo de un correo. El código fuente empieza con líneas como From:, To: y Received:.</translation>
    </message>
    <message>
        <source>The file could not be opened. Check its name and that it belongs to you.</source>
        <translation>No se pudo abrir el archivo. Revise su nombre y que le pertenece a usted.</translation>
    </message>
    <message>
        <source>The email has headers but no text. Its links and phone numbers could not be checked.</source>
        <translation>El correo tiene encabezados, pero no texto. No se pudieron comprobar sus enlaces ni sus números de teléfono.</translation>
    </message>
    <message>
        <source>The email is only in web-page form (HTML). The real address behind each link was checked.</source>
        <translation>El correo solo está en forma de página web (HTML). Se comprobó la dirección real detrás de cada enlace.</translation>
    </message>
    <message>
        <source>Part of the email uses a text encoding that is not known ({charset}). Some letters may look wrong.</source>
        <translation>Una parte del correo usa una codificación de texto desconocida ({charset}). Algunas letras pueden verse mal.</translation>
    </message>
    <message>
        <source>The email&apos;s structure is damaged. Kraken Guard read what it could.</source>
        <translation>La estructura del correo está dañada. Kraken Guard leyó lo que pudo.</translation>
    </message>
</context>
<context>
    <name>email_senders</name>
    <message>
        <source>The address ends in {domain}, a domain Kraken sends email from. Anyone can write this in an email, so the address alone proves nothing.</source>
        <translation>La dirección termina en {domain}, un dominio desde el que Kraken envía correos. Cualquiera puede escribir esto en un correo, así que la dirección sola no demuestra nada.</translation>
    </message>
    <message>
        <source>{domain} is not one of the domains Kraken sends email from. Scammers use made-up parts of kraken.com because some mail services let them through.</source>
        <translation>{domain} no es uno de los dominios desde los que Kraken envía correos. Los estafadores usan partes inventadas de kraken.com porque algunos servicios de correo las dejan pasar.</translation>
    </message>
    <message>
        <source>The address is not from Kraken. Kraken writes only from kraken.com.</source>
        <translation>La dirección no es de Kraken. Kraken solo escribe desde kraken.com.</translation>
    </message>
    <message>
        <source>This is not an email address. An address looks like name@example.com.</source>
        <translation>Esto no es una dirección de correo. Una dirección se parece a nombre@example.com.</translation>
    </message>
    <message>
        <source>The sender&apos;s name says Kraken, but the address is at {domain}. Anyone can type any name.</source>
        <translation>El nombre del remitente dice Kraken, pero la dirección es de {domain}. Cualquiera puede escribir cualquier nombre.</translation>
    </message>
    <message>
        <source>The sender&apos;s name shows {shown}, but the real address is at {domain}. This trick hides who really sent it.</source>
        <translation>El nombre del remitente muestra {shown}, pero la dirección real es de {domain}. Este truco oculta quién lo envió de verdad.</translation>
    </message>
    <message>
        <source>Replies would go to {address}, not to Kraken. Kraken&apos;s replies stay on its own domains.</source>
        <translation>Las respuestas irían a {address}, no a Kraken. Kraken recibe las respuestas solo en sus propios dominios.</translation>
    </message>
    <message>
        <source>The email was sent through {address} (its Return-Path), which is not a Kraken domain.</source>
        <translation>El correo se envió a través de {address} (su Return-Path), que no es un dominio de Kraken.</translation>
    </message>
    <message>
        <source>The address uses letters from other alphabets or a coded form (xn--). Real Kraken addresses never do this.</source>
        <translation>La dirección usa letras de otros alfabetos o una forma codificada (xn--). Las direcciones reales de Kraken nunca hacen esto.</translation>
    </message>
    <message>
        <source>The email has no sender address (no From line), or more than one.</source>
        <translation>El correo no tiene dirección de remitente (no hay línea From), o tiene más de una.</translation>
    </message>
</context>
<context>
    <name>email_signature</name>
    <message>
        <source>The email carries a valid signature made with Kraken&apos;s key (fingerprint {fingerprint}). This proves Kraken sent this text.</source>
        <translation>El correo lleva una firma válida hecha con la clave de Kraken (huella digital {fingerprint}). Esto demuestra que Kraken envió este texto.</translation>
    </message>
    <message>
        <source>The email has a signature that claims Kraken&apos;s key, but it does not match the text. The email was changed or forged.</source>
        <translation>El correo tiene una firma que dice ser de la clave de Kraken, pero no coincide con el texto. El correo se cambió o se falsificó.</translation>
    </message>
    <message>
        <source>The email is signed, but not with Kraken&apos;s key. Anyone can make a key with Kraken&apos;s name on it.</source>
        <translation>El correo está firmado, pero no con la clave de Kraken. Cualquiera puede crear una clave con el nombre de Kraken.</translation>
    </message>
    <message>
        <source>Do not act on this email. Kraken&apos;s signature covers only part of it. Other text or files were added outside the signature, and anyone could have added them.</source>
        <translation>No haga caso de este correo. La firma de Kraken cubre solo una parte. Se añadió otro texto o archivos fuera de la firma, y cualquiera pudo añadirlos.</translation>
    </message>
    <message>
        <source>Do not trust this signature. It was made by another key ({issuer}), not by Kraken&apos;s key ({pinned}). Anyone can make a key with Kraken&apos;s name on it.</source>
        <translation>No confíe en esta firma. Se hizo con otra clave ({issuer}), no con la clave de Kraken ({pinned}). Cualquiera puede crear una clave con el nombre de Kraken.</translation>
    </message>
    <message>
        <source>The email&apos;s signature is damaged and cannot be checked.</source>
        <translation>La firma del correo está dañada y no se puede comprobar.</translation>
    </message>
    <message>
        <source>The email is signed, but Kraken&apos;s key has not been added to Kraken Guard, so the signature could not be checked. Add it once from Kraken&apos;s PGP signatures page.</source>
        <translation>El correo está firmado, pero la clave de Kraken no se ha añadido a Kraken Guard, así que no se pudo comprobar la firma. Añádala una vez desde la página de firmas PGP de Kraken.</translation>
    </message>
    <message>
        <source>The email has no Kraken signature. Kraken signs account notices and news, but not support replies.</source>
        <translation>El correo no tiene firma de Kraken. Kraken firma los avisos de la cuenta y las noticias, pero no las respuestas del soporte.</translation>
    </message>
    <message>
        <source>This file is not a PGP public key. Download the key from Kraken&apos;s PGP signatures page and try again.</source>
        <translation>Este archivo no es una clave pública PGP. Descargue la clave de la página de firmas PGP de Kraken e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This key is not Kraken&apos;s. Its fingerprint is {found}, but Kraken&apos;s is {pinned}. It was not added.</source>
        <translation>Esta clave no es de Kraken. Su huella digital es {found}, pero la de Kraken es {pinned}. No se añadió.</translation>
    </message>
    <message>
        <source>This key has been withdrawn (revoked) by its owner. It was not added.</source>
        <translation>Su dueño ha retirado (revocado) esta clave. No se añadió.</translation>
    </message>
    <message>
        <source>This is not a key fingerprint. A fingerprint is 40 letters and digits (0-9, A-F), like the one on Kraken&apos;s PGP signatures page.</source>
        <translation>Esto no es una huella digital de clave. Una huella digital tiene 40 letras y dígitos (0-9, A-F), como la de la página de firmas PGP de Kraken.</translation>
    </message>
    <message>
        <source>Trust a new fingerprint for Kraken&apos;s email key: {fingerprint}. Do this only if you read it yourself on Kraken&apos;s PGP signatures page. Emails signed with the old key will no longer count as signed by Kraken.</source>
        <translation>Confiar en una huella digital nueva para la clave de correo de Kraken: {fingerprint}. Hágalo solo si usted mismo la leyó en la página de firmas PGP de Kraken. Los correos firmados con la clave antigua ya no contarán como firmados por Kraken.</translation>
    </message>
    <message>
        <source>Go back to the fingerprint that comes with Kraken Guard: {fingerprint}.</source>
        <translation>Volver a la huella digital que viene con Kraken Guard: {fingerprint}.</translation>
    </message>
    <message>
        <source>Add Kraken&apos;s email signing key (fingerprint {fingerprint}). It will be used to check signed emails.</source>
        <translation>Añadir la clave de firma de correo de Kraken (huella digital {fingerprint}). Se usará para comprobar correos firmados.</translation>
    </message>
</context>
<context>
    <name>email_verdict</name>
    <message>
        <source>You can read this email: Kraken signed it. Still, sign in only through your bookmark.</source>
        <translation>Puede leer este correo: Kraken lo firmó. Aun así, inicie sesión solo desde su marcador.</translation>
    </message>
    <message>
        <source>Use your bookmark, not this email&apos;s links. It passed your mail service&apos;s checks for a Kraken address. That is strong, but not proof.</source>
        <translation>Use su marcador, no los enlaces de este correo. Pasó las comprobaciones de su servicio de correo para una dirección de Kraken. Es una buena señal, pero no una prueba.</translation>
    </message>
    <message>
        <source>Do not act on this email. It is not from Kraken. Do not click its links, call its numbers or reply.</source>
        <translation>No haga nada de lo que pide este correo. No es de Kraken. No pulse sus enlaces, no llame a sus números y no responda.</translation>
    </message>
    <message>
        <source>Do not act on this email yet. Kraken Guard cannot tell if it is from Kraken.</source>
        <translation>No haga nada de lo que pide este correo por ahora. Kraken Guard no puede saber si es de Kraken.</translation>
    </message>
    <message>
        <source>This is a forward: its sender is the person who forwarded it, not the first sender. Open the original email and save it or copy its source.</source>
        <translation>Es un reenvío: su remitente es la persona que lo reenvió, no el remitente original. Abra el correo original y guárdelo o copie su código fuente.</translation>
    </message>
    <message>
        <source>Only the headers were given, so the text could not be checked. Copy the whole source.</source>
        <translation>Solo se dieron los encabezados, así que no se pudo comprobar el texto. Copie el código fuente entero.</translation>
    </message>
    <message>
        <source>The signature is Kraken&apos;s, but the sender address is not a Kraken address.</source>
        <translation>La firma es de Kraken, pero la dirección del remitente no es una dirección de Kraken.</translation>
    </message>
    <message>
        <source>This email is too long to read in full. Kraken Guard read only the first part, so the rest could hide a trick.</source>
        <translation>Este correo es demasiado largo para leerlo entero. Kraken Guard solo leyó la primera parte, así que el resto podría ocultar un engaño.</translation>
    </message>
    <message>
        <source>Do not use the phone number, link or request in the subject line. Kraken&apos;s signature never covers the subject, so anyone could have written it.</source>
        <translation>No use el número de teléfono, el enlace ni la petición del asunto. La firma de Kraken nunca cubre el asunto, así que cualquiera pudo escribirlo.</translation>
    </message>
    <message>
        <source>If this email was meant to confirm a call, the call is a scam. Hang up.</source>
        <translation>Si este correo debía confirmar una llamada, la llamada es una estafa. Cuelgue.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong inside Kraken Guard. Your saved data is safe.

You can keep using the app. If this happens again, restart Kraken Guard.

Details were written to the log file:
{log_file}</source>
        <translation>Algo falló dentro de Kraken Guard. Sus datos guardados no han sufrido daños.

Puede seguir usando la aplicación. Si vuelve a ocurrir, reinicie Kraken Guard.

Los detalles se escribieron en el archivo de registro:
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
        <translation>Pare si alguien le pidió hacer esto. Kraken nunca le pedirá que añada o cambie un número de teléfono o un enlace. Quien se lo pida está cometiendo una estafa: cuelgue.</translation>
    </message>
    <message>
        <source>Type {word} to show you are doing this yourself, not because someone asked.</source>
        <translation>Escriba {word} para mostrar que lo hace usted mismo y no porque alguien se lo pidió.</translation>
    </message>
</context>
<context>
    <name>handles</name>
    <message>
        <source>This account is not on Kraken&apos;s list of its own accounts.</source>
        <translation>Esta cuenta no está en la lista de cuentas propias de Kraken.</translation>
    </message>
    <message>
        <source>Kraken Support does not help people on WhatsApp, Telegram or Discord.</source>
        <translation>El soporte de Kraken no atiende a nadie por WhatsApp, Telegram ni Discord.</translation>
    </message>
    <message>
        <source>The name Kraken is part of this account name, but it is not Kraken&apos;s account. Scammers do this to look real.</source>
        <translation>El nombre Kraken forma parte del nombre de esta cuenta, pero no es la cuenta de Kraken. Los estafadores hacen esto para parecer reales.</translation>
    </message>
    <message>
        <source>This is {brand}, not Kraken the crypto exchange.</source>
        <translation>Esto es {brand}, no Kraken, la plataforma de criptomonedas.</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>Kraken Guard will follow this computer&apos;s language the next time it starts.</source>
        <translation>Kraken Guard usará el idioma de este ordenador la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>Kraken Guard will speak {name} the next time it starts.</source>
        <translation>Kraken Guard hablará {name} la próxima vez que se abra.</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>This link goes to kraken.com.</source>
        <translation>Este enlace lleva a kraken.com.</translation>
    </message>
    <message>
        <source>It is not a secure (https) link. Type the address with https:// at the start.</source>
        <translation>No es un enlace seguro (https). Escriba la dirección con https:// al principio.</translation>
    </message>
    <message>
        <source>There is no link to check. Paste or type a link.</source>
        <translation>No hay ningún enlace que comprobar. Pegue o escriba un enlace.</translation>
    </message>
    <message>
        <source>This is not a web address a browser can open.</source>
        <translation>Esto no es una dirección web que un navegador pueda abrir.</translation>
    </message>
    <message>
        <source>This is not a web link. Kraken links start with https://.</source>
        <translation>Esto no es un enlace web. Los enlaces de Kraken empiezan por https://.</translation>
    </message>
    <message>
        <source>The link has an @ sign before the address. This trick hides where the link really goes.</source>
        <translation>El enlace tiene un signo @ antes de la dirección. Este truco oculta adónde lleva de verdad el enlace.</translation>
    </message>
    <message>
        <source>The link has hidden characters, like tabs or line breaks.</source>
        <translation>El enlace tiene caracteres ocultos, como tabuladores o saltos de línea.</translation>
    </message>
    <message>
        <source>The address is disguised with % codes. Real Kraken links never do this.</source>
        <translation>La dirección está disfrazada con códigos %. Los enlaces reales de Kraken nunca hacen esto.</translation>
    </message>
    <message>
        <source>The address uses unusual characters that look like normal letters. Real Kraken links never do this.</source>
        <translation>La dirección usa caracteres raros que parecen letras normales. Los enlaces reales de Kraken nunca hacen esto.</translation>
    </message>
    <message>
        <source>The link goes to a site that is not kraken.com.</source>
        <translation>El enlace lleva a un sitio que no es kraken.com.</translation>
    </message>
    <message>
        <source>The link goes to a number address, not a name. Real Kraken links never do this.</source>
        <translation>El enlace lleva a una dirección de números, no a un nombre. Los enlaces reales de Kraken nunca hacen esto.</translation>
    </message>
    <message>
        <source>kraken.com is written later in the link, but the link itself goes to another site.</source>
        <translation>kraken.com aparece más adelante en el enlace, pero el enlace en sí lleva a otro sitio.</translation>
    </message>
    <message>
        <source>This link is written to confuse: browsers open {browser}, but other programs read it as {other}. Real Kraken links are never written this way.</source>
        <translation>Este enlace está escrito para confundir: los navegadores abren {browser}, pero otros programas lo leen como {other}. Los enlaces reales de Kraken nunca se escriben así.</translation>
    </message>
    <message>
        <source>This link is written to confuse: browsers open {browser}, but other programs find no site in it. Real Kraken links are never written this way.</source>
        <translation>Este enlace está escrito para confundir: los navegadores abren {browser}, pero otros programas no encuentran ningún sitio. Los enlaces reales de Kraken nunca se escriben así.</translation>
    </message>
    <message>
        <source>Do not open it: {platform} makes short links, so this link hides where it really goes.</source>
        <translation>No lo abra: {platform} crea enlaces cortos, así que este enlace oculta adónde lleva de verdad.</translation>
    </message>
    <message>
        <source>Do not sign in or type anything there: it is a page on {platform}, where anyone can make one. Kraken does not use such pages.</source>
        <translation>No inicie sesión ni escriba nada allí: es una página en {platform}, donde cualquiera puede crear una. Kraken no usa esas páginas.</translation>
    </message>
    <message>
        <source>Do not send anything there: this link opens a chat on {platform}, with an account anyone can make.</source>
        <translation>No envíe nada allí: este enlace abre un chat en {platform}, con una cuenta que cualquiera puede crear.</translation>
    </message>
    <message>
        <source>The page&apos;s name, {name}, is made to look like Kraken. Scammers do this.</source>
        <translation>El nombre de la página, {name}, está hecho para parecerse a Kraken. Los estafadores hacen esto.</translation>
    </message>
    <message>
        <source>Do not trust where it seems to go: this link passes you on to another link, to {host}.</source>
        <translation>No confíe en adónde parece llevar: este enlace le pasa a otro enlace, a {host}.</translation>
    </message>
    <message>
        <source>The link was written so it cannot be clicked (like hxxp or [.]). It was read as {link}.</source>
        <translation>El enlace se escribió para que no se pueda pulsar (como hxxp o [.]). Se leyó como {link}.</translation>
    </message>
    <message>
        <source>Never use a search engine to find Kraken. Use your bookmark to support.kraken.com.</source>
        <translation>Nunca use un buscador para encontrar Kraken. Use su marcador de support.kraken.com.</translation>
    </message>
    <message>
        <source>This link has hidden characters.</source>
        <translation>Este enlace tiene caracteres ocultos.</translation>
    </message>
    <message>
        <source>Kraken Guard only opens secure (https) links.</source>
        <translation>Kraken Guard solo abre enlaces seguros (https).</translation>
    </message>
    <message>
        <source>This link hides its real address behind an @ sign.</source>
        <translation>Este enlace oculta su dirección real detrás de un signo @.</translation>
    </message>
    <message>
        <source>Kraken Guard only opens links to kraken.com.</source>
        <translation>Kraken Guard solo abre enlaces a kraken.com.</translation>
    </message>
    <message>
        <source>The name Kraken is part of this address, but the site is not kraken.com. Scam sites do this to look real.</source>
        <translation>El nombre Kraken forma parte de esta dirección, pero el sitio no es kraken.com. Los sitios de estafa hacen esto para parecer reales.</translation>
    </message>
    <message>
        <source>The name is spelled almost like Kraken, but not quite. Scam sites do this.</source>
        <translation>El nombre se escribe casi como Kraken, pero no del todo. Los sitios de estafa hacen esto.</translation>
    </message>
    <message>
        <source>It uses the name Kraken with a different ending. The only real one is kraken.com.</source>
        <translation>Usa el nombre Kraken con otra terminación. El único real es kraken.com.</translation>
    </message>
    <message>
        <source>It uses letters from another alphabet that look like normal letters, to imitate Kraken.</source>
        <translation>Usa letras de otro alfabeto que parecen letras normales, para imitar a Kraken.</translation>
    </message>
    <message>
        <source>It uses numbers in place of letters (like 4 for a) to imitate Kraken.</source>
        <translation>Usa números en lugar de letras (como 4 por a) para imitar a Kraken.</translation>
    </message>
    <message>
        <source>The address uses characters that web standards do not allow. Links like this are made to trick people.</source>
        <translation>La dirección usa caracteres que los estándares web no permiten. Enlaces así se hacen para engañar a la gente.</translation>
    </message>
    <message>
        <source>Looks like kraken.com: &apos;{drawn}&apos; is drawn to look like &apos;{letter}&apos;.</source>
        <translation>Parece kraken.com: «{drawn}» está escrito para parecer «{letter}».</translation>
    </message>
    <message>
        <source>Looks like kraken.com: &apos;{drawn}&apos; is a {script} letter that looks like &apos;{letter}&apos;.</source>
        <translation>Parece kraken.com: «{drawn}» es una letra ({script}) que parece «{letter}».</translation>
    </message>
    <message>
        <source>Looks like kraken.com: &apos;{drawn}&apos; is &apos;{letter}&apos; with a small mark added.</source>
        <translation>Parece kraken.com: «{drawn}» es «{letter}» con una pequeña marca añadida.</translation>
    </message>
    <message>
        <source>It uses letters with small marks (like á for a) to imitate Kraken.</source>
        <translation>Usa letras con pequeñas marcas (como á en lugar de a) para imitar a Kraken.</translation>
    </message>
    <message>
        <source>Looks like kraken.com with an extra &apos;{letter}&apos;.</source>
        <translation>Parece kraken.com con una «{letter}» de más.</translation>
    </message>
    <message>
        <source>Looks like kraken.com with the &apos;{letter}&apos; left out.</source>
        <translation>Parece kraken.com, pero sin la «{letter}».</translation>
    </message>
    <message>
        <source>Looks like kraken.com with &apos;{wrong}&apos; in place of &apos;{letter}&apos;.</source>
        <translation>Parece kraken.com, con «{wrong}» en lugar de «{letter}».</translation>
    </message>
    <message>
        <source>Looks like kraken.com with the letters &apos;{pair}&apos; swapped.</source>
        <translation>Parece kraken.com con las letras «{pair}» cambiadas de orden.</translation>
    </message>
    <message>
        <source>The name Kraken is split up by dots or dashes ({name}). Scam sites do this to look real.</source>
        <translation>El nombre Kraken está dividido con puntos o guiones ({name}). Los sitios falsos hacen esto para parecer reales.</translation>
    </message>
    <message>
        <source>The name mixes letters from different alphabets ({scripts}) to look like Kraken.</source>
        <translation>El nombre mezcla letras de distintos alfabetos ({scripts}) para parecer Kraken.</translation>
    </message>
    <message>
        <source>The address is written in code (xn--). A browser may show it as {name}.</source>
        <translation>La dirección está escrita en código (xn--). Un navegador puede mostrarla como {name}.</translation>
    </message>
    <message>
        <source>Part of the address is written in code (xn--) that breaks the rules. Read loosely, it says {name}.</source>
        <translation>Parte de la dirección está escrita en un código (xn--) que no cumple las reglas. Leída a grandes rasgos, dice {name}.</translation>
    </message>
    <message>
        <source>It is a page on {platform}, where anyone can make a site. Kraken does not use such pages.</source>
        <translation>Es una página en {platform}, donde cualquiera puede crear un sitio. Kraken no usa esas páginas.</translation>
    </message>
    <message>
        <source>{owner} uses this name. It is not the Kraken exchange.</source>
        <translation>{owner} usa este nombre. No es la plataforma de intercambio Kraken.</translation>
    </message>
</context>
<context>
    <name>message_items</name>
    <message>
        <source>On your official list</source>
        <translation>En su lista oficial</translation>
    </message>
    <message>
        <source>Goes to kraken.com</source>
        <translation>Lleva a kraken.com</translation>
    </message>
    <message>
        <source>A Kraken email domain</source>
        <translation>Un dominio de correo de Kraken</translation>
    </message>
    <message>
        <source>Kraken&apos;s own account</source>
        <translation>Cuenta propia de Kraken</translation>
    </message>
    <message>
        <source>You marked it as a scam</source>
        <translation>Usted lo marcó como estafa</translation>
    </message>
    <message>
        <source>Pretends to be Kraken</source>
        <translation>Se hace pasar por Kraken</translation>
    </message>
    <message>
        <source>Not Kraken&apos;s number</source>
        <translation>No es el número de Kraken</translation>
    </message>
    <message>
        <source>Not a Kraken site</source>
        <translation>No es un sitio de Kraken</translation>
    </message>
    <message>
        <source>Not a Kraken address</source>
        <translation>No es una dirección de Kraken</translation>
    </message>
    <message>
        <source>Not a Kraken account</source>
        <translation>No es una cuenta de Kraken</translation>
    </message>
    <message>
        <source>Cannot compare yet</source>
        <translation>Aún no se puede comparar</translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation>No se puede comprobar</translation>
    </message>
    <message>
        <source>The text is about another Kraken, such as the hockey team, so this is not read as pretending to be Kraken the exchange.</source>
        <translation>El texto habla de otro Kraken, como el equipo de hockey, así que no se trata como si se hiciera pasar por Kraken, la plataforma de criptomonedas.</translation>
    </message>
    <message>
        <source>The name before the @ uses Kraken&apos;s name. Kraken never writes from such an address.</source>
        <translation>El nombre antes de la @ usa el nombre de Kraken. Kraken nunca escribe desde una dirección así.</translation>
    </message>
    <message>
        <source>This link does not open a page: it runs code in your browser. Real Kraken links never do this.</source>
        <translation>Este enlace no abre una página: ejecuta código en su navegador. Los enlaces reales de Kraken nunca hacen esto.</translation>
    </message>
    <message>
        <source>It starts like a kraken.com link, but the whole link, as a browser reads it, does not go to kraken.com.</source>
        <translation>Empieza como un enlace a kraken.com, pero el enlace completo, tal como lo lee un navegador, no lleva a kraken.com.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
</context>
<context>
    <name>message_summary</name>
    <message>
        <source>This is a scam</source>
        <translation>Esto es una estafa</translation>
    </message>
    <message>
        <source>Be careful: this is not from Kraken</source>
        <translation>Cuidado: esto no es de Kraken</translation>
    </message>
    <message>
        <source>No warning signs found, but that does not prove it is real</source>
        <translation>No hay señales de alarma, pero eso no demuestra que sea real</translation>
    </message>
    <message>
        <source>Nothing to check</source>
        <translation>Nada que comprobar</translation>
    </message>
    <message>
        <source>Stop now. Do not reply, call, click, install or pay. If it is a call, hang up. If you already shared something, lock your account through Kraken&apos;s live chat at support.kraken.com.</source>
        <translation>Pare. No responda, llame, pulse, instale ni pague. Si es una llamada, cuelgue. Si ya compartió algo, bloquee su cuenta en el chat de support.kraken.com.</translation>
    </message>
    <message>
        <source>Do not send any codes or details. If you are worried about your Kraken account, open support.kraken.com from your bookmark, not from this message.</source>
        <translation>No envíe ningún código ni dato. Si le preocupa su cuenta de Kraken, abra support.kraken.com desde su marcador, no desde este mensaje.</translation>
    </message>
    <message>
        <source>Still never share a code, your password or seed words. If someone called you and you did not book the call, hang up: caller ID can be faked.</source>
        <translation>Aun así, nunca comparta un código, su contraseña ni sus palabras semilla. Si alguien le llamó y usted no pidió la llamada, cuelgue: el número que aparece se puede falsificar.</translation>
    </message>
    <message>
        <source>Paste the whole message, number, link or name you were given, then check.</source>
        <translation>Pegue el mensaje, número, enlace o nombre entero que le dieron y compruébelo.</translation>
    </message>
    <message>
        <source>{title}: {body}</source>
        <translation>{title}: {body}</translation>
    </message>
    <message>
        <source>{item} pretends to be Kraken.</source>
        <translation>{item} se hace pasar por Kraken.</translation>
    </message>
    <message>
        <source>You marked {item} as a scam before.</source>
        <translation>Usted ya marcó {item} como estafa.</translation>
    </message>
    <message>
        <source>It says it is Kraken, but {item} is not Kraken&apos;s.</source>
        <translation>Dice que es Kraken, pero {item} no es de Kraken.</translation>
    </message>
    <message>
        <source>{item} is not Kraken&apos;s.</source>
        <translation>{item} no es de Kraken.</translation>
    </message>
    <message>
        <source>It says it is Kraken and gives the number {item}. Kraken Guard cannot compare it: save the real number from the bottom of support.kraken.com first.</source>
        <translation>Dice que es Kraken y da el número {item}. Kraken Guard no puede compararlo: primero guarde el número real del pie de support.kraken.com.</translation>
    </message>
    <message>
        <source>The text has hidden characters. Scammers use them to get past filters.</source>
        <translation>El texto tiene caracteres ocultos. Los estafadores los usan para saltarse los filtros.</translation>
    </message>
    <message>
        <source>The text has hidden characters that change the order of what you see. Type any number or link yourself.</source>
        <translation>El texto tiene caracteres ocultos que cambian el orden de lo que ve. Escriba usted mismo cualquier número o enlace.</translation>
    </message>
    <message>
        <source>Every number, link and account in it is Kraken&apos;s. Kraken Guard found no request for a code, a password or seed words.</source>
        <translation>Todos los números, enlaces y cuentas que contiene son de Kraken. Kraken Guard no encontró ninguna petición de un código, una contraseña ni palabras semilla.</translation>
    </message>
    <message>
        <source>Kraken Guard found no number, link, address or account, and no request for a code, a password or seed words.</source>
        <translation>Kraken Guard no encontró ningún número, enlace, dirección ni cuenta, ni ninguna petición de un código, una contraseña ni palabras semilla.</translation>
    </message>
    <message>
        <source>It says it is Kraken, warns about a sign-in or withdrawal, and gives the number {item}, which is not on your official list. This is the most common fake-support trick.</source>
        <translation>Dice que es Kraken, avisa de un inicio de sesión o de un retiro, y da el número {item}, que no está en su lista oficial. Este es el truco más común del falso soporte.</translation>
    </message>
    <message>
        <source>Kraken Guard could not check all of it, so it cannot say there are no warning signs.</source>
        <translation>Kraken Guard no pudo comprobarlo todo, así que no puede decir que no haya señales de alarma.</translation>
    </message>
    <message>
        <source>The text is very long, so only its first {count} characters were checked.</source>
        <translation>El texto es muy largo, así que solo se comprobaron sus primeros {count} caracteres.</translation>
    </message>
    <message>
        <source>It has many items. Only the first {count} were checked.</source>
        <translation>Tiene muchos elementos. Solo se comprobaron los primeros {count}.</translation>
    </message>
</context>
<context>
    <name>number_verdict</name>
    <message>
        <source>Read as: {number}</source>
        <translation>Leído como: {number}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Siguiente: {step}</translation>
    </message>
</context>
<context>
    <name>official_numbers</name>
    <message>
        <source>Add {number} to your official Kraken Support numbers. Only do this if you copied it yourself from the bottom of support.kraken.com.</source>
        <translation>Añadir {number} a sus números oficiales del soporte de Kraken. Hágalo solo si usted mismo lo copió del pie de support.kraken.com.</translation>
    </message>
    <message>
        <source>Remove {number} from your official Kraken Support numbers.</source>
        <translation>Quitar {number} de sus números oficiales del soporte de Kraken.</translation>
    </message>
</context>
<context>
    <name>opener</name>
    <message>
        <source>Link not opened</source>
        <translation>Enlace no abierto</translation>
    </message>
    <message>
        <source>Use your bookmark to support.kraken.com instead.</source>
        <translation>Use mejor su marcador de support.kraken.com.</translation>
    </message>
    <message>
        <source>Browser did not open</source>
        <translation>El navegador no se abrió</translation>
    </message>
    <message>
        <source>No web browser opened. Type {url} into your browser yourself.</source>
        <translation>No se abrió ningún navegador. Escriba usted mismo {url} en su navegador.</translation>
    </message>
</context>
<context>
    <name>phone</name>
    <message>
        <source>{number} matches the Kraken Support number you saved from support.kraken.com. But caller ID can be faked. A call that shows this number may still be a scammer.</source>
        <translation>{number} coincide con el número del soporte de Kraken que usted guardó de support.kraken.com. Pero el número que aparece en una llamada se puede falsificar. Una llamada que muestra este número puede ser de un estafador.</translation>
    </message>
    <message>
        <source>You also noted a scam call from this number on {date}. Scammers can fake caller ID to show Kraken&apos;s real number.</source>
        <translation>Usted también anotó una llamada de estafa desde este número el {date}. Los estafadores pueden falsificar el número que aparece para mostrar el número real de Kraken.</translation>
    </message>
    <message>
        <source>If someone called you and you did not book the call, hang up. Then call back using the number on support.kraken.com.</source>
        <translation>Si alguien le llamó y usted no pidió la llamada, cuelgue. Después llame usted al número de support.kraken.com.</translation>
    </message>
    <message>
        <source>{number} is not the Kraken Support number you saved. Any other number that says it is Kraken Support is a scam.</source>
        <translation>{number} no es el número del soporte de Kraken que usted guardó. Cualquier otro número que diga ser el soporte de Kraken es una estafa.</translation>
    </message>
    <message>
        <source>{number} is in your saved list, but that entry was changed outside Kraken Guard. So it is not trusted.</source>
        <translation>{number} está en su lista guardada, pero esa entrada se cambió fuera de Kraken Guard. Por eso no es de confianza.</translation>
    </message>
    <message>
        <source>Warning: your saved list of numbers was changed outside Kraken Guard. Changed entries are not trusted.</source>
        <translation>Advertencia: su lista de números guardados se cambió fuera de Kraken Guard. Las entradas cambiadas no son de confianza.</translation>
    </message>
    <message>
        <source>You noted a scam call from {number} on {date}. It is not Kraken&apos;s number.</source>
        <translation>Usted anotó una llamada de estafa desde {number} el {date}. No es el número de Kraken.</translation>
    </message>
    <message>
        <source>Do not call it. If it calls again, hang up.</source>
        <translation>No llame a este número. Si vuelve a llamar, cuelgue.</translation>
    </message>
    <message>
        <source>Kraken Guard has no official number saved yet, so it cannot compare {number}. The only real number is at the bottom of support.kraken.com.</source>
        <translation>Kraken Guard aún no tiene ningún número oficial guardado, así que no puede comparar {number}. El único número real está al pie de support.kraken.com.</translation>
    </message>
    <message>
        <source>On your list — but caller ID can be faked</source>
        <translation>En su lista, pero el número que aparece se puede falsificar</translation>
    </message>
    <message>
        <source>Not Kraken&apos;s number — hang up</source>
        <translation>No es el número de Kraken: cuelgue</translation>
    </message>
    <message>
        <source>You marked this number as a scam — hang up</source>
        <translation>Usted marcó este número como estafa: cuelgue</translation>
    </message>
    <message>
        <source>Not a phone number — check the digits</source>
        <translation>No es un número de teléfono: revise los dígitos</translation>
    </message>
    <message>
        <source>Can&apos;t check this number — if you did not book the call, hang up</source>
        <translation>No se puede comprobar este número: si usted no pidió la llamada, cuelgue</translation>
    </message>
    <message>
        <source>Do not call it back, and hang up if it is calling you. Use only the number at the bottom of support.kraken.com.</source>
        <translation>No devuelva la llamada, y cuelgue si le está llamando. Use solo el número del pie de support.kraken.com.</translation>
    </message>
    <message>
        <source>Later, when no one is on the phone: open support.kraken.com from your bookmark, never from a search engine. Copy the number at the bottom of the page and add it to Kraken Guard.</source>
        <translation>Más tarde, cuando nadie esté al teléfono: abra support.kraken.com desde su marcador, nunca desde un buscador. Copie el número del pie de la página y añádalo a Kraken Guard.</translation>
    </message>
    <message>
        <source>Can&apos;t check this number now — if you did not book the call, hang up</source>
        <translation>Ahora no se puede comprobar este número: si usted no pidió la llamada, cuelgue</translation>
    </message>
    <message>
        <source>Your saved official numbers cannot be checked right now, so Kraken Guard cannot compare {number}.</source>
        <translation>Sus números oficiales guardados no se pueden comprobar ahora, así que Kraken Guard no puede comparar {number}.</translation>
    </message>
    <message>
        <source>Warning: your saved numbers cannot be checked right now. {problem}</source>
        <translation>Advertencia: sus números guardados no se pueden comprobar ahora. {problem}</translation>
    </message>
    <message>
        <source>The keychain that guards them is locked or not answering.</source>
        <translation>El llavero que los protege está bloqueado o no responde.</translation>
    </message>
    <message>
        <source>Trust only the number at the bottom of support.kraken.com until this is fixed. Then check again.</source>
        <translation>Hasta que esto se arregle, confíe solo en el número del pie de support.kraken.com. Después, compruébelo de nuevo.</translation>
    </message>
    <message>
        <source>Check the digits and try again. Copy the number exactly as you see it.</source>
        <translation>Revise los dígitos e inténtelo de nuevo. Copie el número tal como lo ve.</translation>
    </message>
    <message>
        <source>Nothing was typed yet.</source>
        <translation>Aún no ha escrito nada.</translation>
    </message>
    <message>
        <source>Type or paste a phone number, then press Enter.</source>
        <translation>Escriba o pegue un número de teléfono y pulse Intro.</translation>
    </message>
    <message>
        <source>This text is too long to be a phone number.</source>
        <translation>Este texto es demasiado largo para ser un número de teléfono.</translation>
    </message>
    <message>
        <source>No phone number could be found in this text.</source>
        <translation>No se encontró ningún número de teléfono en este texto.</translation>
    </message>
    <message>
        <source>This text has more than one phone number.</source>
        <translation>Este texto tiene más de un número de teléfono.</translation>
    </message>
    <message>
        <source>Check one number at a time.</source>
        <translation>Compruebe un número cada vez.</translation>
    </message>
    <message>
        <source>This text has hidden characters that change the order in which digits are shown.</source>
        <translation>Este texto tiene caracteres ocultos que cambian el orden en que se muestran los dígitos.</translation>
    </message>
    <message>
        <source>Type the number yourself, digit by digit, then check it again.</source>
        <translation>Escriba usted mismo el número, dígito a dígito, y compruébelo de nuevo.</translation>
    </message>
    <message>
        <source>The extension {extension} is not part of the number you saved. If you call, dial only the saved number.</source>
        <translation>La extensión {extension} no forma parte del número que usted guardó. Si llama, marque solo el número guardado.</translation>
    </message>
    <message>
        <source>It has too few digits to be a phone number.</source>
        <translation>Tiene muy pocos dígitos para ser un número de teléfono.</translation>
    </message>
    <message>
        <source>It has too many digits to be a phone number.</source>
        <translation>Tiene demasiados dígitos para ser un número de teléfono.</translation>
    </message>
    <message>
        <source>No country uses the code after the + sign.</source>
        <translation>Ningún país usa el código que va después del signo +.</translation>
    </message>
    <message>
        <source>{number} does not match any real phone number pattern for its country.</source>
        <translation>{number} no coincide con ningún formato real de número de teléfono de su país.</translation>
    </message>
    <message>
        <source>{number} has one digit too many to be a real phone number. Kraken&apos;s number is a normal phone number, so this is not Kraken&apos;s number.</source>
        <translation>{number} tiene un dígito de más para ser un número de teléfono real. El número de Kraken es un número normal, así que este no es el número de Kraken.</translation>
    </message>
    <message>
        <source>{number} does not match any real phone number pattern for its country. Kraken&apos;s number is a normal phone number, so this is not Kraken&apos;s number.</source>
        <translation>{number} no coincide con ningún formato real de número de su país. El número de Kraken es un número normal, así que este no es el número de Kraken.</translation>
    </message>
    <message>
        <source>It is written without a country code, so it can also be read as {others}. None of these readings may be trusted unless all of them are on your list.</source>
        <translation>Está escrito sin código de país, así que también puede leerse como {others}. No confíe en ninguna de estas lecturas salvo que todas estén en su lista.</translation>
    </message>
    <message>
        <source>It is written with letters in place of digits (like O for 0). Scammers do this to get past filters.</source>
        <translation>Está escrito con letras en lugar de dígitos (como O por 0). Los estafadores hacen esto para burlar los filtros.</translation>
    </message>
</context>
<context>
    <name>secret_guard</name>
    <message>
        <source>Your notes look like seed words. Never write seed words here or anywhere online. Remove them, then save again.</source>
        <translation>Sus notas parecen palabras semilla. Nunca escriba palabras semilla aquí ni en ningún sitio en línea. Quítelas y guarde de nuevo.</translation>
    </message>
    <message>
        <source>Your notes look like a one-time code. Codes are secret, so they are not saved. Remove it, then save again.</source>
        <translation>Sus notas parecen un código de un solo uso. Los códigos son secretos, así que no se guardan. Quítelo y guarde de nuevo.</translation>
    </message>
    <message>
        <source>Your notes look like a private key. Anyone with it can take your coins. Remove it, then save again.</source>
        <translation>Sus notas parecen una clave privada. Quien la tenga puede llevarse sus monedas. Quítela y guarde de nuevo.</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Due for a review</source>
        <translation>Toca revisarlo</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>Llave de acceso (passkey)</translation>
    </message>
    <message>
        <source>Security key (USB or NFC)</source>
        <translation>Llave de seguridad (USB o NFC)</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>App de autenticación</translation>
    </message>
    <message>
        <source>Password manager</source>
        <translation>Gestor de contraseñas</translation>
    </message>
    <message>
        <source>Written on paper, kept offline</source>
        <translation>Escrito en papel, guardado sin conexión</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>Mensaje de texto (SMS)</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
</context>
<context>
    <name>setup_rules</name>
    <message>
        <source>You turned on the Global Settings Lock before setting a Master Key. The Master Key is your way back in if you lose your 2FA, and it can lift the lock. Set your Master Key now.</source>
        <translation>Activó el Global Settings Lock antes de crear una Master Key. La Master Key es su forma de volver a entrar si pierde su 2FA, y puede quitar el bloqueo. Cree su Master Key ahora.</translation>
    </message>
    <message>
        <source>You turned on the Global Settings Lock before funding 2FA. Turn on funding 2FA now. The lock then stops anyone from turning it off.</source>
        <translation>Activó el Global Settings Lock antes de activar el 2FA para depósitos y retiros. Actívelo ahora. Así el bloqueo impide que alguien lo desactive.</translation>
    </message>
    <message>
        <source>Your Master Key uses the same method as your sign-in 2FA. If you lose that one thing, you lose both. Use a different method for your Master Key.</source>
        <translation>Su Master Key usa el mismo método que el 2FA de inicio de sesión. Si pierde esa única cosa, pierde las dos. Use otro método para su Master Key.</translation>
    </message>
    <message>
        <source>Sign-in 2FA is not on yet. It is the most important step. Turn it on first.</source>
        <translation>El 2FA de inicio de sesión aún no está activado. Es el paso más importante. Actívelo primero.</translation>
    </message>
</context>
<context>
    <name>setup_status</name>
    <message>
        <source>{done} of {total} done — next: {title}</source>
        <translation>{done} de {total} hechos — siguiente: {title}</translation>
    </message>
    <message>
        <source>{done} of {total} done — time to review: {title}</source>
        <translation>{done} de {total} hechos — toca revisar: {title}</translation>
    </message>
    <message>
        <source>All {total} steps done</source>
        <translation>Los {total} pasos están hechos</translation>
    </message>
    <message>
        <source>Marked not for you: {count}.</source>
        <translation>Marcados como “no aplica”: {count}.</translation>
    </message>
    <message>
        <source>Marked not yet: {count}.</source>
        <translation>Marcados como “todavía no”: {count}.</translation>
    </message>
    <message>
        <source>Due for a fresh look (done over {days} days ago): {count}.</source>
        <translation>Toca revisarlos (hechos hace más de {days} días): {count}.</translation>
    </message>
    <message>
        <source>Some steps were done in a risky order. The warnings in Security setup say why.</source>
        <translation>Algunos pasos se hicieron en un orden arriesgado. Los avisos en “Configurar la seguridad” explican por qué.</translation>
    </message>
    <message>
        <source>You have not started the security setup yet.</source>
        <translation>Aún no ha empezado a configurar la seguridad.</translation>
    </message>
    <message>
        <source>Do this next: {title}. Open Security setup to see how.</source>
        <translation>Haga esto ahora: {title}. Abra “Configurar la seguridad” para ver cómo.</translation>
    </message>
    <message>
        <source>Do this next: check that “{title}” is still on. Open Security setup to see how.</source>
        <translation>Haga esto ahora: compruebe que “{title}” sigue activado. Abra “Configurar la seguridad” para ver cómo.</translation>
    </message>
    <message>
        <source>Next review: {date}. Nothing else to do for now.</source>
        <translation>Próxima revisión: {date}. Por ahora no hay nada más que hacer.</translation>
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
        <translation>Se cambiaron números o marcadores guardados fuera de Kraken Guard</translation>
    </message>
    <message>
        <source>Saved entries that do not match what you saved: {count}. Kraken Guard will not use them. Open Verify a phone number and Bookmarks to remove them or add them again.</source>
        <translation>Entradas guardadas que no coinciden con lo que usted guardó: {count}. Kraken Guard no las usará. Abra “Verificar un número de teléfono” y “Marcadores” para quitarlas o añadirlas de nuevo.</translation>
    </message>
    <message>
        <source>Your saved numbers and bookmarks cannot be checked right now</source>
        <translation>Sus números y marcadores guardados no se pueden comprobar ahora</translation>
    </message>
    <message>
        <source>{problem} Until this is fixed, trust only the number at the bottom of support.kraken.com.</source>
        <translation>{problem} Hasta que se solucione, confíe solo en el número que aparece al pie de support.kraken.com.</translation>
    </message>
</context>
<context>
    <name>trusted</name>
    <message>
        <source>The key was kept in a file when Kraken Guard was set up.</source>
        <translation>La clave se guardó en un archivo cuando se configuró Kraken Guard.</translation>
    </message>
    <message>
        <source>The key file that protects your saved numbers and bookmarks is damaged or cannot be read. It was left as it is. Restore it from a backup, or remove your saved items and add them again.</source>
        <translation>El archivo de la clave que protege sus números y marcadores guardados está dañado o no se puede leer. Se dejó tal como está. Restáurelo desde una copia de seguridad, o quite sus elementos guardados y añádalos de nuevo.</translation>
    </message>
    <message>
        <source>The key in your system keychain that protects your saved numbers and bookmarks is damaged. It was left as it is.</source>
        <translation>La clave del llavero de su sistema que protege sus números y marcadores guardados está dañada. Se dejó tal como está.</translation>
    </message>
    <message>
        <source>The key that protects your saved numbers and bookmarks is missing. Kraken Guard did not make a new one, because your saved items could then not be checked. Restore your keychain or key file from a backup. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Falta la clave que protege sus números y marcadores guardados. Kraken Guard no creó una nueva, porque entonces no se podrían comprobar sus elementos guardados. Restaure su llavero o su archivo de clave desde una copia de seguridad. O empiece de nuevo con una clave nueva (kraken-guard-cli trust reset-key).</translation>
    </message>
    <message>
        <source>Warning: a key file appeared in your data folder ({path}), but your key is kept in your system keychain. Someone may have tried to plant false numbers or bookmarks. Kraken Guard does not use that file. If you did not put it there, delete it.</source>
        <translation>Advertencia: apareció un archivo de clave en su carpeta de datos ({path}), pero su clave se guarda en el llavero de su sistema. Puede que alguien intentara colar números o marcadores falsos. Kraken Guard no usa ese archivo. Si usted no lo puso ahí, bórrelo.</translation>
    </message>
    <message>
        <source>Warning: the key file in your data folder ({path}) is not the one Kraken Guard made. Someone may have tried to plant false numbers or bookmarks. Restore the file from a backup, or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Advertencia: el archivo de clave de su carpeta de datos ({path}) no es el que creó Kraken Guard. Puede que alguien intentara colar números o marcadores falsos. Restaure el archivo desde una copia de seguridad, o empiece de nuevo con una clave nueva (kraken-guard-cli trust reset-key).</translation>
    </message>
    <message>
        <source>Warning: your key was kept in your system keychain, but it is gone, and a key file is in your data folder ({path}) instead. Kraken Guard does not use that file. Restore your keychain from a backup, or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Advertencia: su clave se guardaba en el llavero de su sistema, pero ya no está, y en su lugar hay un archivo de clave en su carpeta de datos ({path}). Kraken Guard no usa ese archivo. Restaure su llavero desde una copia de seguridad, o empiece de nuevo con una clave nueva (kraken-guard-cli trust reset-key).</translation>
    </message>
    <message>
        <source>Your system keychain cannot be reached, so Kraken Guard cannot confirm that the key file in your data folder is the one you chose. Unlock your keychain and check again.</source>
        <translation>No se puede acceder al llavero de su sistema, así que Kraken Guard no puede confirmar que el archivo de clave de su carpeta de datos es el que usted eligió. Desbloquee su llavero y compruébelo de nuevo.</translation>
    </message>
    <message>
        <source>No system keychain was found on this computer.</source>
        <translation>No se encontró ningún llavero del sistema en este equipo.</translation>
    </message>
    <message>
        <source>The system keychain is locked.</source>
        <translation>El llavero del sistema está bloqueado.</translation>
    </message>
    <message>
        <source>The system keychain could not be started.</source>
        <translation>No se pudo iniciar el llavero del sistema.</translation>
    </message>
    <message>
        <source>The system keychain refused to save the key.</source>
        <translation>El llavero del sistema no quiso guardar la clave.</translation>
    </message>
    <message>
        <source>The system keychain did not work.</source>
        <translation>El llavero del sistema no funcionó.</translation>
    </message>
    <message>
        <source>Your saved numbers and bookmarks are missing: the data file was emptied, deleted or replaced, but your key shows you saved some. Restore the data file from a backup. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Faltan sus números y marcadores guardados: el archivo de datos se vació, se borró o se sustituyó, pero su clave muestra que usted guardó algunos. Restaure el archivo de datos desde una copia de seguridad. O empiece de nuevo con una clave nueva (kraken-guard-cli trust reset-key).</translation>
    </message>
    <message>
        <source>This data is older than the last change you made: an older copy of the data file was put back. A number you removed could look official again. Restore the newest copy. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Estos datos son anteriores a su último cambio: alguien volvió a poner una copia antigua del archivo de datos. Un número que usted quitó podría parecer oficial de nuevo. Restaure la copia más reciente. O empiece de nuevo con una clave nueva (kraken-guard-cli trust reset-key).</translation>
    </message>
    <message>
        <source>This data file comes from another Kraken Guard data folder, not this one. Put the right file back. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Este archivo de datos viene de otra carpeta de datos de Kraken Guard, no de esta. Vuelva a poner el archivo correcto. O empiece de nuevo con una clave nueva (kraken-guard-cli trust reset-key).</translation>
    </message>
    <message>
        <source>Saved numbers or bookmarks were deleted, or their signed list was changed, outside Kraken Guard. Restore the data file from a backup. Or start again with a new key (kraken-guard-cli trust reset-key).</source>
        <translation>Se borraron números o marcadores guardados, o se cambió su lista firmada, fuera de Kraken Guard. Restaure el archivo de datos desde una copia de seguridad. O empiece de nuevo con una clave nueva (kraken-guard-cli trust reset-key).</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>{app} version {version}</source>
        <translation>{app} Version {version}</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Database type</source>
        <translation>Datenbanktyp</translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation>Schema-Revision</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{python} on {system} {machine}</source>
        <translation>{python} unter {system} {machine}</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Details kopieren</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
</context>
<context>
    <name>AccountForms</name>
    <message>
        <source>Enter your name, as students will see it.</source>
        <translation>Geben Sie Ihren Namen so ein, wie Lernende ihn sehen sollen.</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n character(s) (it has {length}).</source>
        <translation>
            <numerusform>Der Name ist länger als %n Zeichen (er hat {length}).</numerusform>
            <numerusform>Der Name ist länger als %n Zeichen (er hat {length}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the password again.</source>
        <translation>Geben Sie das Passwort noch einmal ein.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Enter the code from the e-mail.</source>
        <translation>Geben Sie den Code aus der E-Mail ein.</translation>
    </message>
</context>
<context>
    <name>AccountUi</name>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <source>Change Pass&amp;word…</source>
        <translation>Pass&amp;wort ändern…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sign Out &amp;Everywhere…</source>
        <translation>Üb&amp;erall abmelden…</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Darstellung und Sprache…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Signed in as {name} (teacher)</source>
        <translation>Angemeldet als {name} (Lehrkraft)</translation>
    </message>
    <message>
        <source>Signed in as {name} (student)</source>
        <translation>Angemeldet als {name} (Lernende/r)</translation>
    </message>
    <message>
        <source>{email} — {role}</source>
        <translation>{email} — {role}</translation>
    </message>
    <message>
        <source>Your profile was saved.</source>
        <translation>Ihr Profil wurde gespeichert.</translation>
    </message>
    <message>
        <source>Your password was changed; your other devices were signed out.</source>
        <translation>Ihr Passwort wurde geändert; Ihre anderen Geräte wurden abgemeldet.</translation>
    </message>
    <message>
        <source>Preferences saved. A new language or size applies when you next start.</source>
        <translation>Gespeichert. Eine neue Sprache oder Größe gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>{name} signed out.</source>
        <translation>{name} wurde abgemeldet.</translation>
    </message>
    <message>
        <source>Sign Out Everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Sign out on this computer and end every kept session of your account on other devices? You will have to sign in again everywhere.</source>
        <translation>Auf diesem Computer abmelden und jede gespeicherte Sitzung Ihres Kontos auf anderen Geräten beenden? Sie müssen sich dann überall neu anmelden.</translation>
    </message>
    <message>
        <source>Sign Out &amp;Everywhere</source>
        <translation>Üb&amp;erall abmelden</translation>
    </message>
    <message numerus="yes">
        <source>You signed out everywhere (%Ln kept session(s) ended).</source>
        <translation>
            <numerusform>Sie haben sich überall abgemeldet (%Ln gespeicherte Sitzung beendet).</numerusform>
            <numerusform>Sie haben sich überall abgemeldet (%Ln gespeicherte Sitzungen beendet).</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} Sign in again to continue.</source>
        <translation>{message} Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>AppearanceBox</name>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Interface size</source>
        <translation>Größe der Oberfläche</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Interface si&amp;ze:</source>
        <translation>&amp;Größe der Oberfläche:</translation>
    </message>
    <message>
        <source>The theme changes at once; the interface size when {app} next starts.</source>
        <translation>Das Farbschema ändert sich sofort, die Größe der Oberfläche beim nächsten Start von {app}.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The e-mail address or password is not right.</source>
        <translation>Die E-Mail-Adresse oder das Passwort stimmt nicht.</translation>
    </message>
    <message>
        <source>An account for {email} exists already.</source>
        <translation>Für {email} gibt es bereits ein Konto.</translation>
    </message>
    <message>
        <source>The name is longer than {max} characters.</source>
        <translation>Der Name ist länger als {max} Zeichen.</translation>
    </message>
    <message>
        <source>The first administrator exists already; sign in instead.</source>
        <translation>Der erste Administrator existiert bereits; melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask a teacher to activate it again.</source>
        <translation>Dieses Konto ist deaktiviert. Bitten Sie eine Lehrkraft, es wieder zu aktivieren.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for this e-mail address. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen für diese E-Mail-Adresse. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen für diese E-Mail-Adresse. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for this e-mail address. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen für diese E-Mail-Adresse. Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen für diese E-Mail-Adresse. Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Das aktuelle Passwort stimmt nicht.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
    <message>
        <source>This account no longer exists or was deactivated.</source>
        <translation>Dieses Konto existiert nicht mehr oder wurde deaktiviert.</translation>
    </message>
    <message>
        <source>Creating accounts is switched off; ask a teacher to create yours.</source>
        <translation>Das Anlegen von Konten ist ausgeschaltet; bitten Sie eine Lehrkraft, Ihres anzulegen.</translation>
    </message>
    <message>
        <source>Your Exam Hub verification code</source>
        <translation>Ihr Exam-Hub-Bestätigungscode</translation>
    </message>
    <message numerus="yes">
        <source>Your verification code is {code}.

Enter it in Exam Hub within %n minute(s). If you did not create an account, ignore this e-mail.</source>
        <translation>
            <numerusform>Ihr Bestätigungscode lautet {code}.

Geben Sie ihn innerhalb von %n Minute in Exam Hub ein. Wenn Sie kein Konto angelegt haben, ignorieren Sie diese E-Mail.</numerusform>
            <numerusform>Ihr Bestätigungscode lautet {code}.

Geben Sie ihn innerhalb von %n Minuten in Exam Hub ein. Wenn Sie kein Konto angelegt haben, ignorieren Sie diese E-Mail.</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail is not set up on this computer: ask a teacher to reset your password.</source>
        <translation>E-Mail ist auf diesem Computer nicht eingerichtet: Bitten Sie eine Lehrkraft, Ihr Passwort zurückzusetzen.</translation>
    </message>
    <message>
        <source>Your Exam Hub password reset code</source>
        <translation>Ihr Exam-Hub-Code zum Zurücksetzen des Passworts</translation>
    </message>
    <message numerus="yes">
        <source>Your password reset code is {code}.

Enter it in Exam Hub within %n minute(s) to choose a new password. If you did not ask for this, ignore this e-mail.</source>
        <translation>
            <numerusform>Ihr Code zum Zurücksetzen des Passworts lautet {code}.

Geben Sie ihn innerhalb von %n Minute in Exam Hub ein, um ein neues Passwort zu wählen. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.</numerusform>
            <numerusform>Ihr Code zum Zurücksetzen des Passworts lautet {code}.

Geben Sie ihn innerhalb von %n Minuten in Exam Hub ein, um ein neues Passwort zu wählen. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.</numerusform>
        </translation>
    </message>
    <message>
        <source>That code is not right or has expired; ask for a new one.</source>
        <translation>Dieser Code stimmt nicht oder ist abgelaufen; fordern Sie einen neuen an.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a New Password</source>
        <translation>Neues Passwort wählen</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Einmalpasswort</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>On&amp;e-time password:</source>
        <translation>&amp;Einmalpasswort:</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>A&amp;ktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>&amp;Passwort ändern</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>{name}, your password was reset by a teacher. Type the one-time password you were given, then choose your own password to continue.</source>
        <translation>{name}, Ihr Passwort wurde von einer Lehrkraft zurückgesetzt. Geben Sie das Einmalpasswort ein, das Sie erhalten haben, und wählen Sie dann Ihr eigenes Passwort, um fortzufahren.</translation>
    </message>
    <message>
        <source>Your other devices will be signed out; this one stays signed in.</source>
        <translation>Ihre anderen Geräte werden abgemeldet; dieses bleibt angemeldet.</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Passwort wird geändert…</translation>
    </message>
    <message>
        <source>Enter your one-time password.</source>
        <translation>Geben Sie Ihr Einmalpasswort ein.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Willkommen bei {app}</translation>
    </message>
    <message>
        <source>as students will see it</source>
        <translation>so, wie Lernende ihn sehen</translation>
    </message>
    <message>
        <source>&amp;Load a sample exam to try things out</source>
        <translation>Eine Beispielprüfung zum &amp;Ausprobieren laden</translation>
    </message>
    <message>
        <source>&amp;Create Administrator</source>
        <translation>Administrator an&amp;legen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>No one has an account on this computer yet. Create the administrator account: the teacher who writes exams, manages people and sees every result. A good password is long; a few unrelated words work well.</source>
        <translation>Auf diesem Computer hat noch niemand ein Konto. Legen Sie das Administratorkonto an: die Lehrkraft, die Prüfungen erstellt, Personen verwaltet und alle Ergebnisse sieht. Ein gutes Passwort ist lang; einige Wörter ohne Zusammenhang eignen sich gut.</translation>
    </message>
    <message>
        <source>Creating the administrator…</source>
        <translation>Administrator wird angelegt…</translation>
    </message>
    <message>
        <source>Sample exam</source>
        <translation>Beispielprüfung</translation>
    </message>
    <message>
        <source>Your account was created, but the sample exam was not loaded: {problem}</source>
        <translation>Ihr Konto wurde angelegt, aber die Beispielprüfung wurde nicht geladen: {problem}</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <source>Reset Your Password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>name@school.org</source>
        <translation>name@schule.de</translation>
    </message>
    <message>
        <source>8 letters and digits</source>
        <translation>8 Buchstaben und Ziffern</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Code from the e-mail</source>
        <translation>Code aus der E-Mail</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Send &amp;Another Code</source>
        <translation>Neuen Code an&amp;fordern</translation>
    </message>
    <message numerus="yes">
        <source>Exam Hub mails a code to your address. Enter it here with a new password; the code works once, for %n minute(s).</source>
        <translation>
            <numerusform>Exam Hub schickt einen Code an Ihre Adresse. Geben Sie ihn hier mit einem neuen Passwort ein; der Code gilt einmal, %n Minute lang.</numerusform>
            <numerusform>Exam Hub schickt einen Code an Ihre Adresse. Geben Sie ihn hier mit einem neuen Passwort ein; der Code gilt einmal, %n Minuten lang.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send Code</source>
        <translation>Code &amp;senden</translation>
    </message>
    <message>
        <source>Set &amp;Password</source>
        <translation>&amp;Passwort festlegen</translation>
    </message>
    <message>
        <source>Setting your new password…</source>
        <translation>Neues Passwort wird festgelegt…</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Code wird gesendet…</translation>
    </message>
    <message>
        <source>If {email} has an account here, a code is on its way. Check your inbox (and the spam folder).</source>
        <translation>Wenn {email} hier ein Konto hat, ist ein Code unterwegs. Sehen Sie in Ihrem Posteingang (und im Spam-Ordner) nach.</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>A new language takes effect the next time {app} starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von {app}.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>name@school.org</source>
        <translation>name@schule.de</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <source>New Person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>name@school.org</source>
        <translation>name@schule.de</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Exam Hub makes a one-time password for the new person; give it to them. They choose their own password when they first sign in.</source>
        <translation>Exam Hub erzeugt ein Einmalpasswort für die neue Person; geben Sie es ihr. Bei der ersten Anmeldung wählt sie ihr eigenes Passwort.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-Time Password</source>
        <translation>Einmalpasswort</translation>
    </message>
    <message>
        <source>Give this one-time password to {email}. It is shown only now; they must choose their own password when they sign in with it.</source>
        <translation>Geben Sie dieses Einmalpasswort an {email} weiter. Es wird nur jetzt angezeigt; bei der Anmeldung damit muss ein eigenes Passwort gewählt werden.</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Einmalpasswort</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Kopiert</translation>
    </message>
</context>
<context>
    <name>PasswordBox</name>
    <message>
        <source>Very weak</source>
        <translation>sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>sehr stark</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show {field}</source>
        <translation>{field} anzeigen</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Eingabe anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <source>Strength: {word}</source>
        <translation>Stärke: {word}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Search by e-mail or name</source>
        <translation>Nach E-Mail oder Name suchen</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Anzahl der Personen</translation>
    </message>
    <message>
        <source>People actions</source>
        <translation>Aktionen für Personen</translation>
    </message>
    <message>
        <source>&amp;New Person…</source>
        <translation>&amp;Neue Person…</translation>
    </message>
    <message>
        <source>Set &amp;Role…</source>
        <translation>&amp;Rolle festlegen…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>Deak&amp;tivieren…</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Passwort &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Mark E-mail &amp;Verified</source>
        <translation>E-Mail als bestätigt &amp;markieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Could not load the people: {error}</source>
        <translation>Die Personen konnten nicht geladen werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln people</source>
        <translation>
            <numerusform>Mehr als %Ln Person</numerusform>
            <numerusform>Mehr als %Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of more than %Ln shown</source>
        <translation>
            <numerusform>{shown} von mehr als %Ln angezeigt</numerusform>
            <numerusform>{shown} von mehr als %Ln angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln shown</source>
        <translation>
            <numerusform>{shown} von %Ln angezeigt</numerusform>
            <numerusform>{shown} von %Ln angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>Ak&amp;tivieren</translation>
    </message>
    <message>
        <source>Created an account for {email}.</source>
        <translation>Konto für {email} angelegt.</translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation>Rolle festlegen</translation>
    </message>
    <message>
        <source>{email} is now a teacher.</source>
        <translation>{email} ist jetzt Lehrkraft.</translation>
    </message>
    <message>
        <source>{email} is now a student.</source>
        <translation>{email} ist jetzt Lernende/r.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate {email}? They can no longer sign in, and they are signed out on every device. You can activate the account again later.</source>
        <translation>{email} deaktivieren? Die Person kann sich nicht mehr anmelden und wird auf allen Geräten abgemeldet. Sie können das Konto später wieder aktivieren.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Deak&amp;tivieren</translation>
    </message>
    <message>
        <source>{email} is active again.</source>
        <translation>{email} ist wieder aktiv.</translation>
    </message>
    <message>
        <source>{email} is deactivated.</source>
        <translation>{email} ist deaktiviert.</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Give {email} a one-time password? Their current password stops working, they are signed out everywhere, and they choose a new password at their next sign-in.</source>
        <translation>{email} ein Einmalpasswort geben? Das bisherige Passwort gilt dann nicht mehr, die Person wird überall abgemeldet und wählt bei der nächsten Anmeldung ein neues Passwort.</translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
        <translation>Passwort &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>{email} has a one-time password.</source>
        <translation>{email} hat ein Einmalpasswort.</translation>
    </message>
    <message>
        <source>The e-mail address {email} is marked verified.</source>
        <translation>Die E-Mail-Adresse {email} ist als bestätigt markiert.</translation>
    </message>
    <message>
        <source>Mark E-mail Verified</source>
        <translation>E-Mail als bestätigt markieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the account of {email}? This cannot be undone. Their %Ln exam attempt(s) will be kept for the statistics, without their name.</source>
        <translation>
            <numerusform>Das Konto von {email} löschen? Das lässt sich nicht rückgängig machen. %Ln Prüfungsversuch bleibt ohne Namen für die Statistik erhalten.</numerusform>
            <numerusform>Das Konto von {email} löschen? Das lässt sich nicht rückgängig machen. %Ln Prüfungsversuche bleiben ohne Namen für die Statistik erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the account of {email}? This cannot be undone. They have no exam attempts.</source>
        <translation>Das Konto von {email} löschen? Das lässt sich nicht rückgängig machen. Es gibt keine Prüfungsversuche.</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted {email}; %Ln attempt(s) kept without a name.</source>
        <translation>
            <numerusform>{email} gelöscht; %Ln Versuch ohne Namen behalten.</numerusform>
            <numerusform>{email} gelöscht; %Ln Versuche ohne Namen behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your account {email} was deleted.</source>
        <translation>Ihr Konto {email} wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Darstellung und Sprache</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Teacher (administrator)</source>
        <translation>Lehrkraft (Administrator)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Lernende/r</translation>
    </message>
    <message>
        <source>Your Profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Your name appears on your results and in the list of people.</source>
        <translation>Ihr Name erscheint bei Ihren Ergebnissen und in der Personenliste.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Create Your Account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>as your teacher knows you</source>
        <translation>so, wie Ihre Lehrkraft Sie kennt</translation>
    </message>
    <message>
        <source>&amp;Create Account</source>
        <translation>&amp;Konto erstellen</translation>
    </message>
    <message>
        <source>Create a student account on this copy of {app}. We will e-mail you a code to confirm your address.</source>
        <translation>Erstellen Sie ein Konto als Lernende/r in dieser Installation von {app}. Wir schicken Ihnen per E-Mail einen Code, mit dem Sie Ihre Adresse bestätigen.</translation>
    </message>
    <message>
        <source>Create a student account on this copy of {app}.</source>
        <translation>Erstellen Sie ein Konto als Lernende/r in dieser Installation von {app}.</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Ihr Konto wird erstellt…</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Konto erstellt</translation>
    </message>
    <message>
        <source>Your account was created, but the e-mail with your code could not be sent: {error}

Sign in with your e-mail address and password; a teacher can confirm your address.</source>
        <translation>Ihr Konto wurde erstellt, aber die E-Mail mit Ihrem Code konnte nicht gesendet werden: {error}

Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an; eine Lehrkraft kann Ihre Adresse bestätigen.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation>Rolle festlegen</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Choose what {person} may do. Teachers write exams, manage people and see every result; students take exams and see their own results.</source>
        <translation>Wählen Sie, was {person} darf. Lehrkräfte erstellen Prüfungen, verwalten Personen und sehen alle Ergebnisse; Lernende legen Prüfungen ab und sehen ihre eigenen Ergebnisse.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Working…</source>
        <translation>Bitte warten…</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>The session kept on this device has ended; please sign in again.</source>
        <translation>Die auf diesem Gerät gespeicherte Sitzung ist beendet; bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>Anmeldung nicht möglich</translation>
    </message>
    <message>
        <source>You are signed out: choose a new password to continue.</source>
        <translation>Sie sind abgemeldet: Wählen Sie ein neues Passwort, um fortzufahren.</translation>
    </message>
    <message>
        <source>Signing in failed: {error}</source>
        <translation>Die Anmeldung ist fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (Port 465)</translation>
    </message>
    <message>
        <source>None (port 25)</source>
        <translation>Keine (Port 25)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Allow students to create their own accounts</source>
        <translation>Lernende dürfen eigene Konten &amp;anlegen</translation>
    </message>
    <message>
        <source>When this is on, the sign-in window offers “Create Account”. New accounts are students; with e-mail set up below they confirm their address with a code.</source>
        <translation>Ist dies eingeschaltet, bietet das Anmeldefenster „Konto erstellen“ an. Neue Konten gehören Lernenden; ist E-Mail unten eingerichtet, bestätigen sie ihre Adresse mit einem Code.</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>E-Mail (SMTP)</translation>
    </message>
    <message>
        <source>Exam Hub sends verification and password reset codes through your school&apos;s mail server. Leave the server empty to switch e-mail off.</source>
        <translation>Exam Hub sendet Bestätigungscodes und Codes zum Zurücksetzen von Passwörtern über den Mailserver Ihrer Schule. Lassen Sie den Server leer, um E-Mail auszuschalten.</translation>
    </message>
    <message>
        <source>smtp.school.org</source>
        <translation>smtp.schule.de</translation>
    </message>
    <message>
        <source>often your e-mail address; empty if none</source>
        <translation>oft Ihre E-Mail-Adresse; leer, wenn keiner</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <source>&amp;Forget the stored password</source>
        <translation>Gespeichertes Passwort &amp;löschen</translation>
    </message>
    <message>
        <source>exams@school.org</source>
        <translation>pruefungen@schule.de</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>SMTP-Benutzername</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Se&amp;nder address:</source>
        <translation>Abse&amp;nderadresse:</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>name@school.org</source>
        <translation>name@schule.de</translation>
    </message>
    <message>
        <source>Save and Send &amp;Test E-mail</source>
        <translation>Speichern und Test-E-&amp;Mail senden</translation>
    </message>
    <message>
        <source>Test e-mail recipient</source>
        <translation>Empfänger der Test-E-Mail</translation>
    </message>
    <message>
        <source>Sen&amp;d test to:</source>
        <translation>&amp;Test senden an:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>Loading the settings…</source>
        <translation>Einstellungen werden geladen…</translation>
    </message>
    <message>
        <source>A password is stored, in the system keyring.</source>
        <translation>Ein Passwort ist gespeichert, im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Kept in the system keyring.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>A password is stored, in a file only you can read.</source>
        <translation>Ein Passwort ist gespeichert, in einer Datei, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>Kept in a file only you can read.</source>
        <translation>Wird in einer Datei aufbewahrt, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>type a new one to replace it</source>
        <translation>zum Ersetzen ein neues eingeben</translation>
    </message>
    <message>
        <source>Kept in {path}</source>
        <translation>Aufbewahrt in {path}</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s name, as in smtp.school.org.</source>
        <translation>Geben Sie den Namen des Mailservers ein, etwa smtp.schule.de.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Settings saved. A test e-mail was sent to {email}; check that it arrived.</source>
        <translation>Einstellungen gespeichert. Eine Test-E-Mail wurde an {email} gesendet; prüfen Sie, ob sie angekommen ist.</translation>
    </message>
    <message>
        <source>Saving and sending a test e-mail to {email}…</source>
        <translation>Speichern und Test-E-Mail an {email} senden…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>E-mail is not set up on this computer, so Exam Hub cannot send you a reset code.

Ask a teacher to reset your password: they will give you a one-time password, and you choose a new one when you sign in with it.</source>
        <translation>E-Mail ist auf diesem Computer nicht eingerichtet, daher kann Exam Hub Ihnen keinen Code zum Zurücksetzen senden.

Bitten Sie eine Lehrkraft, Ihr Passwort zurückzusetzen: Sie erhalten ein Einmalpasswort und wählen bei der Anmeldung damit ein neues.</translation>
    </message>
    <message>
        <source>Sign In — {app}</source>
        <translation>Anmelden — {app}</translation>
    </message>
    <message>
        <source>Sign in to {app}</source>
        <translation>Bei {app} anmelden</translation>
    </message>
    <message>
        <source>name@school.org</source>
        <translation>name@schule.de</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this device</source>
        <translation>Auf diesem Gerät angemeldet &amp;bleiben</translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s), or until you sign out. Do not use this on a shared computer.</source>
        <translation>
            <numerusform>Für %n Tag oder bis Sie sich abmelden. Nicht auf einem gemeinsam genutzten Computer verwenden.</numerusform>
            <numerusform>Für %n Tage oder bis Sie sich abmelden. Nicht auf einem gemeinsam genutzten Computer verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Beende&amp;n</translation>
    </message>
    <message>
        <source>&amp;Forgot Password?</source>
        <translation>Passwort &amp;vergessen?</translation>
    </message>
    <message>
        <source>Create &amp;Account…</source>
        <translation>&amp;Konto erstellen…</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>That is at {time}.</source>
        <translation>Also um {time}.</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with the new one.</source>
        <translation>Ihr Passwort wurde geändert. Melden Sie sich mit dem neuen an.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>E-mail verified</source>
        <translation>E-Mail bestätigt</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Lernende/r</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Must choose a new password at the next sign-in</source>
        <translation>Muss bei der nächsten Anmeldung ein neues Passwort wählen</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>VerifyEmailDialog</name>
    <message>
        <source>Confirm Your E-mail Address</source>
        <translation>E-Mail-Adresse bestätigen</translation>
    </message>
    <message>
        <source>8 letters and digits</source>
        <translation>8 Buchstaben und Ziffern</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Code from the e-mail</source>
        <translation>Code aus der E-Mail</translation>
    </message>
    <message>
        <source>Send a &amp;New Code</source>
        <translation>&amp;Neuen Code senden</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message numerus="yes">
        <source>We sent a code to {email}. Enter it to confirm that the address is yours; it works for %n minute(s).</source>
        <translation>
            <numerusform>Wir haben einen Code an {email} gesendet. Geben Sie ihn ein, um zu bestätigen, dass die Adresse Ihnen gehört; er gilt %n Minute.</numerusform>
            <numerusform>Wir haben einen Code an {email} gesendet. Geben Sie ihn ein, um zu bestätigen, dass die Adresse Ihnen gehört; er gilt %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft…</translation>
    </message>
    <message>
        <source>A new code is on its way to {email}.</source>
        <translation>Ein neuer Code ist unterwegs an {email}.</translation>
    </message>
    <message>
        <source>Sending a new code…</source>
        <translation>Neuer Code wird gesendet…</translation>
    </message>
</context>
</TS>

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
    <name>PasswordBox</name>
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
</TS>

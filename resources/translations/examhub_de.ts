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
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>unbekannt ({reason})</translation>
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
    <name>Aiken</name>
    <message>
        <source>Question not started on line {line}: a choice needs a question line above it.</source>
        <translation>Keine Frage begonnen in Zeile {line}: Über einer Antwortoption muss eine Fragezeile stehen.</translation>
    </message>
    <message>
        <source>Question not started on line {line}: ANSWER without a question.</source>
        <translation>Keine Frage begonnen in Zeile {line}: ANSWER ohne Frage.</translation>
    </message>
    <message>
        <source>Error importing question {name}: Question not completed before next question start on line {line} (write ANSWER: in capitals).</source>
        <translation>Fehler beim Importieren der Frage {name}: Die Frage ist nicht abgeschlossen, bevor in Zeile {line} die nächste beginnt (schreiben Sie ANSWER: in Großbuchstaben).</translation>
    </message>
    <message>
        <source>Error importing question {name}: Question not completed before next question start on line {line}.</source>
        <translation>Fehler beim Importieren der Frage {name}: Die Frage ist nicht abgeschlossen, bevor in Zeile {line} die nächste beginnt.</translation>
    </message>
    <message>
        <source>Error importing question {name}: the file ends before its ANSWER line.</source>
        <translation>Fehler beim Importieren der Frage {name}: Die Datei endet vor ihrer ANSWER-Zeile.</translation>
    </message>
    <message>
        <source>Error importing question {name}: Question must have at least 2 answers on line {line}.</source>
        <translation>Fehler beim Importieren der Frage {name}: Die Frage braucht mindestens 2 Antworten (Zeile {line}).</translation>
    </message>
    <message>
        <source>Error importing question {name}: the ANSWER on line {line} must be one of the capital letters A-{last}, not {letter}.</source>
        <translation>Fehler beim Importieren der Frage {name}: ANSWER in Zeile {line} muss einer der Großbuchstaben A-{last} sein, nicht {letter}.</translation>
    </message>
    <message>
        <source>its text is shorter than two characters</source>
        <translation>ihr Text ist kürzer als zwei Zeichen</translation>
    </message>
    <message>
        <source>its text starts like a choice label or an ANSWER line</source>
        <translation>ihr Text beginnt wie eine Optionsbezeichnung oder eine ANSWER-Zeile</translation>
    </message>
    <message>
        <source>it has more choices than letters</source>
        <translation>sie hat mehr Optionen als Buchstaben</translation>
    </message>
    <message>
        <source>a choice has no text once formatting is removed</source>
        <translation>eine Option hat ohne Formatierung keinen Text</translation>
    </message>
    <message>
        <source>it does not have exactly one fully right choice</source>
        <translation>sie hat nicht genau eine vollständig richtige Option</translation>
    </message>
    <message>
        <source>it is multiple response</source>
        <translation>sie ist eine Mehrfachauswahl-Frage</translation>
    </message>
    <message>
        <source>it is true false</source>
        <translation>sie ist eine Wahr/Falsch-Frage</translation>
    </message>
    <message>
        <source>it is short answer</source>
        <translation>sie ist eine Kurzantwort-Frage</translation>
    </message>
    <message>
        <source>it is numerical</source>
        <translation>sie ist eine numerische Frage</translation>
    </message>
    <message>
        <source>it is matching</source>
        <translation>sie ist eine Zuordnungsfrage</translation>
    </message>
    <message>
        <source>it is essay</source>
        <translation>sie ist eine Freitextfrage</translation>
    </message>
    <message>
        <source>it is description</source>
        <translation>sie ist eine Beschreibung</translation>
    </message>
    <message>
        <source>Aiken can only hold multiple choice questions with one right answer. Remove these questions or choose another format: {questions}.</source>
        <translation>Aiken kann nur Einfachauswahl-Fragen mit genau einer richtigen Antwort aufnehmen. Entfernen Sie diese Fragen oder wählen Sie ein anderes Format: {questions}.</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <source>An asterisk (*) stands for any run of characters: “*photo*” accepts any answer containing “photo”, “colo*r” accepts “color” and “colour”.</source>
        <translation>Ein Sternchen (*) steht für beliebig viele Zeichen: „*foto*“ akzeptiert jede Antwort, die „foto“ enthält, „Schiff*ahrt“ akzeptiert „Schiffahrt“ und „Schifffahrt“.</translation>
    </message>
</context>
<context>
    <name>AnswerSaver</name>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Sign in first: this school server is used as your own account.</source>
        <translation>Melden Sie sich zuerst an: Dieser Schulserver wird mit Ihrem eigenen Konto benutzt.</translation>
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
    <name>AttemptLifecycle</name>
    <message numerus="yes">
        <source>%n minute(s) left. Your answers are saved as you go.</source>
        <translation>
            <numerusform>Noch %n Minute. Ihre Antworten werden laufend gespeichert.</numerusform>
            <numerusform>Noch %n Minuten. Ihre Antworten werden laufend gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time is up. Your answers are being submitted…</source>
        <translation>Die Zeit ist abgelaufen. Ihre Antworten werden abgegeben…</translation>
    </message>
    <message>
        <source>Submit your answers?</source>
        <translation>Ihre Antworten abgeben?</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>Ab&amp;geben</translation>
    </message>
    <message numerus="yes">
        <source>Time is up. %n answer(s) could not be saved and are not part of your attempt: question(s) {numbers}. Submitting the answers saved before…</source>
        <translation>
            <numerusform>Die Zeit ist abgelaufen. %n Antwort konnte nicht gespeichert werden und gehört nicht zu Ihrem Versuch: Frage {numbers}. Die zuvor gespeicherten Antworten werden abgegeben…</numerusform>
            <numerusform>Die Zeit ist abgelaufen. %n Antworten konnten nicht gespeichert werden und gehören nicht zu Ihrem Versuch: Fragen {numbers}. Die zuvor gespeicherten Antworten werden abgegeben…</numerusform>
        </translation>
    </message>
    <message>
        <source>Time is up. Submitting… (attempt {number})</source>
        <translation>Die Zeit ist abgelaufen. Wird abgegeben… (Versuch {number})</translation>
    </message>
    <message>
        <source>Time is up. Your answers are locked and kept as they were saved, but the attempt is not submitted yet: {error} Trying again in {seconds} s (attempt {number}).</source>
        <translation>Die Zeit ist abgelaufen. Ihre Antworten sind gesperrt und bleiben, wie sie gespeichert wurden, aber der Versuch ist noch nicht abgegeben: {error} Neuer Versuch in {seconds} s (Versuch {number}).</translation>
    </message>
    <message>
        <source>Could not submit: {error}</source>
        <translation>Abgabe nicht möglich: {error}</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Nicht abgegeben</translation>
    </message>
    <message>
        <source>Your answers could not be submitted: {error}</source>
        <translation>Ihre Antworten konnten nicht abgegeben werden: {error}</translation>
    </message>
    <message>
        <source>Submitted. Loading your results…</source>
        <translation>Abgegeben. Ihre Ergebnisse werden geladen…</translation>
    </message>
    <message>
        <source>Review — {exam}</source>
        <translation>Auswertung — {exam}</translation>
    </message>
    <message>
        <source>Submitted when the time ran out</source>
        <translation>Abgegeben, als die Zeit abgelaufen war</translation>
    </message>
    <message numerus="yes">
        <source>Your attempt was submitted when the time ran out. %n answer(s) could not be saved in time and are not part of it: question(s) {numbers}.</source>
        <translation>
            <numerusform>Ihr Versuch wurde abgegeben, als die Zeit abgelaufen war. %n Antwort konnte nicht rechtzeitig gespeichert werden und gehört nicht dazu: Frage {numbers}.</numerusform>
            <numerusform>Ihr Versuch wurde abgegeben, als die Zeit abgelaufen war. %n Antworten konnten nicht rechtzeitig gespeichert werden und gehören nicht dazu: Fragen {numbers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without submitting?</source>
        <translation>Schließen, ohne abzugeben?</translation>
    </message>
    <message>
        <source>Time is up, and your attempt could not be submitted yet. It stays locked with the answers saved before the time ran out, and is submitted with them the next time the Exams page opens.</source>
        <translation>Die Zeit ist abgelaufen, und Ihr Versuch konnte noch nicht abgegeben werden. Er bleibt mit den Antworten gesperrt, die vor Ablauf der Zeit gespeichert wurden, und wird mit ihnen abgegeben, sobald die Seite „Prüfungen“ das nächste Mal geöffnet wird.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Your answers are saved and the attempt stays in progress: resume it from the Exams page. The time keeps running while you are away.</source>
        <translation>Ihre Antworten sind gespeichert, und der Versuch bleibt offen: Setzen Sie ihn auf der Seite „Prüfungen“ fort. Die Zeit läuft weiter, während Sie weg sind.</translation>
    </message>
    <message>
        <source>Your answers are saved and the attempt stays in progress: resume it from the Exams page.</source>
        <translation>Ihre Antworten sind gespeichert, und der Versuch bleibt offen: Setzen Sie ihn auf der Seite „Prüfungen“ fort.</translation>
    </message>
    <message>
        <source>Leave this attempt?</source>
        <translation>Diesen Versuch verlassen?</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Verlassen</translation>
    </message>
</context>
<context>
    <name>AttemptService</name>
    <message>
        <source>This attempt is also open on another device, which saved answers this one has not seen yet. Open the attempt again to see them, then save.</source>
        <translation>Dieser Versuch ist auch auf einem anderen Gerät geöffnet, das Antworten gespeichert hat, die dieses Gerät noch nicht kennt. Öffnen Sie den Versuch erneut, um sie zu sehen, und speichern Sie dann.</translation>
    </message>
    <message>
        <source>That attempt no longer exists.</source>
        <translation>Dieser Versuch existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This attempt belongs to somebody else.</source>
        <translation>Dieser Versuch gehört einer anderen Person.</translation>
    </message>
    <message>
        <source>This attempt was submitted already; it can no longer change.</source>
        <translation>Dieser Versuch wurde bereits abgegeben und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Time is up: this change arrived after the time limit and was not saved. The attempt is submitted with the answers saved before.</source>
        <translation>Die Zeit ist abgelaufen: Diese Änderung kam nach dem Zeitlimit an und wurde nicht gespeichert. Der Versuch wird mit den zuvor gespeicherten Antworten abgegeben.</translation>
    </message>
    <message>
        <source>You have an exam attempt of this exam in progress: practice, checking answers and reviewing earlier attempts of it wait until you submit it.</source>
        <translation>Sie haben einen laufenden Prüfungsversuch dieser Prüfung: Üben, das Prüfen von Antworten und die Auswertung früherer Versuche sind erst wieder möglich, wenn Sie ihn abgegeben haben.</translation>
    </message>
    <message>
        <source>You have used every attempt at this exam.</source>
        <translation>Sie haben alle Versuche für diese Prüfung genutzt.</translation>
    </message>
    <message>
        <source>Unknown mode {mode}.</source>
        <translation>Unbekannter Modus {mode}.</translation>
    </message>
    <message>
        <source>That exam no longer exists.</source>
        <translation>Diese Prüfung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This exam is not open to students.</source>
        <translation>Diese Prüfung ist für Lernende nicht freigegeben.</translation>
    </message>
    <message>
        <source>This exam is not offered for practice.</source>
        <translation>Diese Prüfung wird nicht zum Üben angeboten.</translation>
    </message>
    <message numerus="yes">
        <source>You have used all %n attempt(s) allowed at this exam.</source>
        <translation>
            <numerusform>Sie haben den %n erlaubten Versuch für diese Prüfung genutzt.</numerusform>
            <numerusform>Sie haben alle %n erlaubten Versuche für diese Prüfung genutzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This exam has no questions yet.</source>
        <translation>Diese Prüfung hat noch keine Fragen.</translation>
    </message>
    <message>
        <source>This attempt cannot be changed any more.</source>
        <translation>Dieser Versuch kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>That question is not part of this attempt.</source>
        <translation>Diese Frage gehört nicht zu diesem Versuch.</translation>
    </message>
    <message>
        <source>Answers are checked only in practice mode.</source>
        <translation>Antworten werden nur im Übungsmodus geprüft.</translation>
    </message>
</context>
<context>
    <name>AttemptsPage</name>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Exa&amp;m:</source>
        <translation>Prüfun&amp;g:</translation>
    </message>
    <message>
        <source>Attempts of the exam</source>
        <translation>Versuche dieser Prüfung</translation>
    </message>
    <message>
        <source>&amp;Open Review</source>
        <translation>Aus&amp;wertung öffnen</translation>
    </message>
    <message>
        <source>Open the review of the selected attempt</source>
        <translation>Die Auswertung des gewählten Versuchs öffnen</translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n attempt(s))</source>
        <translation>
            <numerusform>{title} (%n Versuch)</numerusform>
            <numerusform>{title} (%n Versuche)</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no exams yet.</source>
        <translation>Es gibt noch keine Prüfungen.</translation>
    </message>
    <message>
        <source>No attempts at this exam yet.</source>
        <translation>Zu dieser Prüfung gibt es noch keine Versuche.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) · {pending} awaiting an essay mark</source>
        <translation>
            <numerusform>%n Versuch · {pending} mit Freitext, der noch bewertet werden muss</numerusform>
            <numerusform>%n Versuche · {pending} mit Freitext, der noch bewertet werden muss</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
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
        <source>On a school server, a teacher confirms e-mail addresses.</source>
        <translation>Auf einem Schulserver bestätigt eine Lehrkraft die E-Mail-Adressen.</translation>
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
    <name>BankDialog</name>
    <message>
        <source>New Exam from Bank</source>
        <translation>Neue Prüfung aus dem Fragenpool</translation>
    </message>
    <message>
        <source>Filter source exams</source>
        <translation>Quellprüfungen filtern</translation>
    </message>
    <message>
        <source>Type to find exams by title, description or question</source>
        <translation>Tippen, um Prüfungen nach Titel, Beschreibung oder Frage zu finden</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Source exams</source>
        <translation>Quellprüfungen</translation>
    </message>
    <message>
        <source>&amp;Easy</source>
        <translation>&amp;Leicht</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>&amp;Mittel</translation>
    </message>
    <message>
        <source>&amp;Hard</source>
        <translation>&amp;Schwer</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>Anzahl der Fragen</translation>
    </message>
    <message>
        <source>Practice exam</source>
        <translation>Übungsprüfung</translation>
    </message>
    <message>
        <source>Title of the new exam</source>
        <translation>Titel der neuen Prüfung</translation>
    </message>
    <message>
        <source>&amp;Find exams:</source>
        <translation>&amp;Prüfungen finden:</translation>
    </message>
    <message>
        <source>&amp;Draw from:</source>
        <translation>&amp;Ziehen aus:</translation>
    </message>
    <message>
        <source>Difficulty:</source>
        <translation>Schwierigkeit:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Fragen:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Create Draft</source>
        <translation>Entwurf &amp;erstellen</translation>
    </message>
    <message>
        <source>The new draft gets copies of questions drawn at random from the exams you tick; the source exams are not changed.</source>
        <translation>Der neue Entwurf erhält Kopien von Fragen, die zufällig aus den angekreuzten Prüfungen gezogen werden; die Quellprüfungen bleiben unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n question(s))</source>
        <translation>
            <numerusform>{title} (%n Frage)</numerusform>
            <numerusform>{title} (%n Fragen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exam(s) chosen</source>
        <translation>
            <numerusform>%n Prüfung ausgewählt</numerusform>
            <numerusform>%n Prüfungen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>No exam chosen yet</source>
        <translation>Noch keine Prüfung ausgewählt</translation>
    </message>
    <message>
        <source>Tick at least one difficulty.</source>
        <translation>Kreuzen Sie mindestens eine Schwierigkeit an.</translation>
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
    <name>ChoiceEditor</name>
    <message>
        <source>{key}.</source>
        <translation>{key}.</translation>
    </message>
    <message>
        <source>{key}. {choice}</source>
        <translation>{key}. {choice}</translation>
    </message>
    <message>
        <source>C&amp;lear Answer</source>
        <translation>Antwort &amp;löschen</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Antwort löschen</translation>
    </message>
</context>
<context>
    <name>ChoicesPanel</name>
    <message>
        <source>Choice</source>
        <translation>Antwortmöglichkeit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Share of the points for this choice, -100 % to 100 %; wrong choices may cost points.</source>
        <translation>Anteil der Punkte für diese Antwortmöglichkeit, -100 % bis 100 %; falsche Antworten dürfen Punkte kosten.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Add Choice</source>
        <translation>Antwortmöglichkeit hinzufügen</translation>
    </message>
    <message>
        <source>Remove Choice</source>
        <translation>Antwortmöglichkeit entfernen</translation>
    </message>
    <message>
        <source>Add choice</source>
        <translation>Antwortmöglichkeit hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected choice</source>
        <translation>Ausgewählte Antwortmöglichkeit entfernen</translation>
    </message>
    <message>
        <source>Move the selected choice up</source>
        <translation>Ausgewählte Antwortmöglichkeit nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected choice down</source>
        <translation>Ausgewählte Antwortmöglichkeit nach unten verschieben</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Antwortmöglichkeiten</translation>
    </message>
    <message>
        <source>Shu&amp;ffle the choices for each student</source>
        <translation>Antwortmöglichkeiten für alle Lernenden einzeln &amp;mischen</translation>
    </message>
    <message>
        <source>Give each choice its credit. The positive credits must add up to 100 %.</source>
        <translation>Geben Sie jeder Antwortmöglichkeit ihren Anteil. Die positiven Anteile müssen zusammen 100 % ergeben.</translation>
    </message>
    <message>
        <source>Give each choice its credit. Exactly one choice is worth 100 %; the others 0 % or less.</source>
        <translation>Geben Sie jeder Antwortmöglichkeit ihren Anteil. Genau eine ist 100 % wert, die anderen 0 % oder weniger.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong that {app} did not expect: {error}

Details were written to {log}.

Your saved work is in the database; please report this with the log file.</source>
        <translation>Etwas ist schiefgegangen, womit {app} nicht gerechnet hat: {error}

Einzelheiten wurden in {log} gespeichert.

Ihre gespeicherte Arbeit ist in der Datenbank; bitte melden Sie diesen Fehler und senden Sie die Protokolldatei mit.</translation>
    </message>
    <message>
        <source>Something went wrong that {app} did not expect: {error}

Your saved work is in the database; please report this with the details below.</source>
        <translation>Etwas ist schiefgegangen, womit {app} nicht gerechnet hat: {error}

Ihre gespeicherte Arbeit ist in der Datenbank; bitte melden Sie diesen Fehler mit den Einzelheiten unten.</translation>
    </message>
    <message>
        <source>{app} — unexpected error</source>
        <translation>{app} – unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>schema revision is {revision}, expected {head}</source>
        <translation>Schema-Revision ist {revision}, erwartet wird {head}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>integrity: {problem}</source>
        <translation>Integrität: {problem}</translation>
    </message>
    <message>
        <source>foreign key: {table} row {row} points to a missing {parent} row</source>
        <translation>Fremdschlüssel: Zeile {row} in {table} verweist auf eine fehlende Zeile in {parent}</translation>
    </message>
    <message>
        <source>search trigger {trigger} is missing (search would go stale)</source>
        <translation>Such-Trigger {trigger} fehlt (die Suche würde veralten)</translation>
    </message>
    <message>
        <source>search index {index} is missing</source>
        <translation>Suchindex {index} fehlt</translation>
    </message>
    <message>
        <source>search index {index} is out of step with {table} ({difference} rows)</source>
        <translation>Suchindex {index} stimmt nicht mit {table} überein (Differenz: {difference} Zeilen)</translation>
    </message>
    <message>
        <source>index {index} is invalid (rebuild it with REINDEX)</source>
        <translation>Index {index} ist ungültig (mit REINDEX neu aufbauen)</translation>
    </message>
    <message>
        <source>constraint {constraint} is not validated</source>
        <translation>Constraint {constraint} ist nicht validiert</translation>
    </message>
    <message>
        <source>table {table} is missing</source>
        <translation>Tabelle {table} fehlt</translation>
    </message>
    <message>
        <source>column {column} is missing</source>
        <translation>Spalte {column} fehlt</translation>
    </message>
    <message>
        <source>index {index} is missing</source>
        <translation>Index {index} fehlt</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>The file {path} is not an Exam Hub database (it is not a SQLite database at all). It was left untouched; choose another data folder or move the file away.</source>
        <translation>Die Datei {path} ist keine Exam-Hub-Datenbank (sie ist überhaupt keine SQLite-Datenbank). Sie wurde nicht verändert; wählen Sie einen anderen Datenordner oder verschieben Sie die Datei.</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program (another Exam Hub window, a backup tool or a sync client). Close it and try again.</source>
        <translation>Die Datenbank {path} ist von einem anderen Programm gesperrt (einem anderen Exam-Hub-Fenster, einem Sicherungsprogramm oder einem Sync-Programm). Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({raw}). It was left untouched; restore a backup from the backups folder beside it, or run &apos;examhub db check&apos; for details.</source>
        <translation>Die Datenbank {path} ist beschädigt ({raw}). Sie wurde nicht verändert; stellen Sie eine Sicherung aus dem Ordner „backups“ daneben wieder her, oder führen Sie für Einzelheiten „examhub db check“ aus.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written ({raw}, {name}). Check the permissions of the file and its folder, and that the disk is not mounted read-only.</source>
        <translation>In die Datenbank {path} kann nicht geschrieben werden ({raw}, {name}). Prüfen Sie die Berechtigungen der Datei und ihres Ordners und ob das Laufwerk schreibgeschützt eingebunden ist.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened ({raw}, {name}). Check that its folder exists and that you may read and write there.</source>
        <translation>Die Datenbank {path} kann nicht geöffnet werden ({raw}, {name}). Prüfen Sie, ob ihr Ordner existiert und ob Sie dort lesen und schreiben dürfen.</translation>
    </message>
    <message>
        <source>Writing to {path} failed: the disk is full ({raw}). Free some space; nothing was half-written.</source>
        <translation>Das Schreiben in {path} ist fehlgeschlagen: Das Laufwerk ist voll ({raw}). Geben Sie Speicherplatz frei; es wurde nichts halb geschrieben.</translation>
    </message>
    <message>
        <source>Reading or writing {path} failed ({raw}, {name}): the disk or network drive may be failing or was removed. Nothing was half-written; check the drive and try again.</source>
        <translation>Das Lesen oder Schreiben von {path} ist fehlgeschlagen ({raw}, {name}): Das Laufwerk oder Netzlaufwerk ist womöglich defekt oder wurde entfernt. Es wurde nichts halb geschrieben; prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The computer ran out of memory while using the database. Close other programs and try again.</source>
        <translation>Dem Computer ist bei der Arbeit mit der Datenbank der Arbeitsspeicher ausgegangen. Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at {where}: {raw}. Check the address, that the server runs, and the network.</source>
        <translation>Keine Verbindung zum PostgreSQL-Server unter {where}: {raw}. Prüfen Sie die Adresse, ob der Server läuft, und das Netzwerk.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {where} refused the sign-in: {raw}. Check the user name and password.</source>
        <translation>Der PostgreSQL-Server unter {where} hat die Anmeldung abgelehnt: {raw}. Prüfen Sie Benutzernamen und Passwort.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {where} is out of resources ({raw}): it may be full, out of memory or have too many connections. Try again later or ask its administrator.</source>
        <translation>Dem PostgreSQL-Server unter {where} fehlen Ressourcen ({raw}): Er ist womöglich voll, hat keinen Arbeitsspeicher mehr oder zu viele Verbindungen. Versuchen Sie es später erneut oder wenden Sie sich an die Administration des Servers.</translation>
    </message>
    <message>
        <source>The database named in {where} does not exist on the server ({raw}). Check the database name in the URL, or ask the server&apos;s administrator to create it.</source>
        <translation>Die in {where} genannte Datenbank gibt es auf dem Server nicht ({raw}). Prüfen Sie den Datenbanknamen in der URL, oder bitten Sie die Administration des Servers, sie anzulegen.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {where} is shutting down ({raw}). Try again when it is back.</source>
        <translation>Der PostgreSQL-Server unter {where} wird heruntergefahren ({raw}). Versuchen Sie es erneut, sobald er wieder läuft.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {where} is restarting after a crash ({raw}). Try again in a minute.</source>
        <translation>Der PostgreSQL-Server unter {where} startet nach einem Absturz neu ({raw}). Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {where} is starting up and cannot accept connections yet ({raw}). Try again in a moment.</source>
        <translation>Der PostgreSQL-Server unter {where} startet gerade und nimmt noch keine Verbindungen an ({raw}). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {where} cancelled a statement that took too long ({raw}). Try again.</source>
        <translation>Der PostgreSQL-Server unter {where} hat eine Anweisung abgebrochen, die zu lange dauerte ({raw}). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your sign-in on the school server at {where} has ended: your password was changed or reset, your account was deactivated, or the sign-in expired. Sign out and sign in again.</source>
        <translation>Ihre Anmeldung am Schulserver {where} ist beendet: Ihr Passwort wurde geändert oder zurückgesetzt, Ihr Konto wurde deaktiviert, oder die Anmeldung ist abgelaufen. Melden Sie sich ab und erneut an.</translation>
    </message>
    <message>
        <source>Another device changed the same rows at the same time ({raw}). Nothing was saved; try again.</source>
        <translation>Ein anderes Gerät hat gleichzeitig dieselben Zeilen geändert ({raw}). Es wurde nichts gespeichert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Rows on the PostgreSQL server at {where} are locked by another session ({raw}). Try again shortly.</source>
        <translation>Zeilen auf dem PostgreSQL-Server unter {where} sind von einer anderen Sitzung gesperrt ({raw}). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {where} does not let this account do that ({raw}). Ask the server&apos;s administrator to grant the rights Exam Hub needs.</source>
        <translation>Der PostgreSQL-Server unter {where} erlaubt diesem Konto diese Aktion nicht ({raw}). Bitten Sie die Administration des Servers, die Rechte zu vergeben, die Exam Hub braucht.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {where} is read-only ({raw}), for example a standby. Connect to the primary server.</source>
        <translation>Der PostgreSQL-Server unter {where} ist schreibgeschützt ({raw}), zum Beispiel ein Standby-Server. Verbinden Sie sich mit dem primären Server.</translation>
    </message>
    <message>
        <source>The school server at {where} was set up by an older version of Exam Hub and lacks what this version needs ({raw}). Ask its administrator to run &apos;examhub server upgrade&apos;.</source>
        <translation>Der Schulserver unter {where} wurde mit einer älteren Version von Exam Hub eingerichtet, und ihm fehlt, was diese Version braucht ({raw}). Bitten Sie die Administration des Servers, &apos;examhub server upgrade&apos; auszuführen.</translation>
    </message>
    <message>
        <source>The database URL {url} is not valid. Use sqlite:///PATH or postgresql+psycopg://USER:PASSWORD@HOST:PORT/NAME.</source>
        <translation>Die Datenbank-URL {url} ist ungültig. Verwenden Sie sqlite:///PFAD oder postgresql+psycopg://BENUTZER:PASSWORT@HOST:PORT/NAME.</translation>
    </message>
    <message>
        <source>A SQLite database URL must name a file: sqlite:///PATH.</source>
        <translation>Eine SQLite-Datenbank-URL muss eine Datei nennen: sqlite:///PFAD.</translation>
    </message>
    <message>
        <source>In the database URL, pgbouncer= must be true or false, not {value}.</source>
        <translation>In der Datenbank-URL muss pgbouncer= true oder false sein, nicht {value}.</translation>
    </message>
    <message>
        <source>Databases of type {backend} are not supported; use SQLite or PostgreSQL.</source>
        <translation>Datenbanken vom Typ {backend} werden nicht unterstützt; verwenden Sie SQLite oder PostgreSQL.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created ({reason}). Choose another folder with --data-dir or fix its permissions.</source>
        <translation>Der Datenordner {folder} kann nicht angelegt werden ({reason}). Wählen Sie mit --data-dir einen anderen Ordner oder korrigieren Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>The data folder {folder} is not writable. Choose another folder with --data-dir or fix its permissions.</source>
        <translation>In den Datenordner {folder} kann nicht geschrieben werden. Wählen Sie mit --data-dir einen anderen Ordner oder korrigieren Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL database are made with the server&apos;s tools (pg_dump).</source>
        <translation>Sicherungen einer PostgreSQL-Datenbank werden mit den Werkzeugen des Servers erstellt (pg_dump).</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>Die Sicherung darf nicht die Datenbank selbst überschreiben.</translation>
    </message>
    <message>
        <source>The backup copy failed its check: {result}</source>
        <translation>Die Sicherungskopie hat die Prüfung nicht bestanden: {result}</translation>
    </message>
    <message>
        <source>The backup to {target} could not be written ({reason}); the disk may be full.</source>
        <translation>Die Sicherung nach {target} konnte nicht geschrieben werden ({reason}); das Laufwerk ist womöglich voll.</translation>
    </message>
    <message>
        <source>The database {where} is at revision {revision}; run &apos;examhub db upgrade&apos; to bring it to {head}.</source>
        <translation>Die Datenbank {where} ist auf Revision {revision}; führen Sie „examhub db upgrade“ aus, um sie auf {head} zu bringen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The database {where} was made by Exam Hub {writer} at schema revision {revision}, which is newer than this Exam Hub ({version}) understands. Update Exam Hub to open it; the file was left untouched.</source>
        <translation>Die Datenbank {where} wurde von Exam Hub {writer} mit der Schema-Revision {revision} angelegt, die neuer ist, als dieses Exam Hub ({version}) versteht. Aktualisieren Sie Exam Hub, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database {where} was made at schema revision {revision}, which is newer than this Exam Hub ({version}) understands. Update Exam Hub to open it; the file was left untouched.</source>
        <translation>Die Datenbank {where} wurde mit der Schema-Revision {revision} angelegt, die neuer ist, als dieses Exam Hub ({version}) versteht. Aktualisieren Sie Exam Hub, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database {where} belongs to another program (its tables: {tables}). It was left untouched; choose another data folder or database URL.</source>
        <translation>Die Datenbank {where} gehört zu einem anderen Programm (ihre Tabellen: {tables}). Sie wurde nicht verändert; wählen Sie einen anderen Datenordner oder eine andere Datenbank-URL.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({reason}).</source>
        <translation>Die Datenbank {path} kann nicht gelesen werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>DeleteQuestionCommand</name>
    <message>
        <source>Delete Question {number}</source>
        <translation>Frage {number} löschen</translation>
    </message>
</context>
<context>
    <name>DescriptionEditor</name>
    <message>
        <source>This is information for the questions that follow; there is nothing to answer.</source>
        <translation>Dies ist eine Information zu den folgenden Fragen; hier gibt es nichts zu beantworten.</translation>
    </message>
</context>
<context>
    <name>DescriptionPanel</name>
    <message>
        <source>A description has no answer and earns no points: it shows its text between questions (instructions, a reading passage, a case for the next questions).</source>
        <translation>Eine Beschreibung hat keine Antwort und bringt keine Punkte: Sie zeigt ihren Text zwischen den Fragen (Anweisungen, einen Lesetext, ein Fallbeispiel für die folgenden Fragen).</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>{location}: error: {message}</source>
        <translation>{location}: Fehler: {message}</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <source>{location}: warning: {message}</source>
        <translation>{location}: Warnung: {message}</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>Warnung: {message}</translation>
    </message>
</context>
<context>
    <name>Emails</name>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>The e-mail address is longer than {max} characters.</source>
        <translation>Die E-Mail-Adresse ist länger als {max} Zeichen.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @, as in name@school.org.</source>
        <translation>Eine E-Mail-Adresse braucht ein @, wie in name@schule.de.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>Der Teil vor dem @ ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>Something must come before the @.</source>
        <translation>Vor dem @ muss etwas stehen.</translation>
    </message>
    <message>
        <source>The domain {domain} needs a dot, as in school.org.</source>
        <translation>Die Domain {domain} braucht einen Punkt, wie in schule.de.</translation>
    </message>
    <message>
        <source>{address} is not a valid e-mail address.</source>
        <translation>{address} ist keine gültige E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>EssayEditor</name>
    <message>
        <source>Your essay</source>
        <translation>Ihr Text</translation>
    </message>
    <message>
        <source>&amp;Your essay:</source>
        <translation>&amp;Ihr Text:</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EssayPanel</name>
    <message>
        <source>Notes for the grader</source>
        <translation>Hinweise für die Bewertung</translation>
    </message>
    <message>
        <source>&amp;Notes for the grader (what a good answer contains):</source>
        <translation>&amp;Hinweise für die Bewertung (was eine gute Antwort enthält):</translation>
    </message>
    <message>
        <source>Essays are graded by hand after the attempt; students do not see these notes.</source>
        <translation>Freitextantworten werden nach dem Versuch von Hand bewertet; Lernende sehen diese Hinweise nicht.</translation>
    </message>
</context>
<context>
    <name>ExamEditor</name>
    <message>
        <source>E&amp;xam</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Back to &amp;Draft</source>
        <translation>Zurück zum &amp;Entwurf</translation>
    </message>
    <message>
        <source>Duplicate as &amp;New Draft</source>
        <translation>Als neuen Entwurf &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>&amp;Add Question…</source>
        <translation>Frage &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit Question…</source>
        <translation>Frage &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete Question</source>
        <translation>Frage &amp;löschen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;View Question…</source>
        <translation>Frage &amp;ansehen …</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>A&amp;nsehen …</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten …</translation>
    </message>
    <message>
        <source>New exam</source>
        <translation>Neue Prüfung</translation>
    </message>
    <message>
        <source>{title} — Exam Editor</source>
        <translation>{title} – Prüfungseditor</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Fix these problems, then publish again:</source>
        <translation>Beheben Sie diese Probleme und veröffentlichen Sie dann erneut:</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Frage löschen</translation>
    </message>
    <message>
        <source>Delete question {number} ({type})?</source>
        <translation>Frage {number} ({type}) löschen?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>„{title}“</translation>
    </message>
    <message>
        <source>the new exam</source>
        <translation>der neuen Prüfung</translation>
    </message>
</context>
<context>
    <name>ExamForm</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Duplicate as &amp;New Draft</source>
        <translation>Als neuen Entwurf &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy this exam and its questions into a new draft</source>
        <translation>Diese Prüfung mit ihren Fragen in einen neuen Entwurf kopieren</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>For example: Algebra — unit test 3</source>
        <translation>Zum Beispiel: Algebra – Klassenarbeit 3</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Unti&amp;med</source>
        <translation>Ohne &amp;Zeitlimit</translation>
    </message>
    <message>
        <source>Students can take as long as they like</source>
        <translation>Lernende können sich so viel Zeit nehmen, wie sie möchten</translation>
    </message>
    <message>
        <source>Passing score in percent</source>
        <translation>Bestehensgrenze in Prozent</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Pu&amp;blic: students can find and take it</source>
        <translation>Öffentli&amp;ch: Lernende können sie finden und ablegen</translation>
    </message>
    <message>
        <source>Shu&amp;ffle the question order for each student</source>
        <translation>Reihenfolge der Fragen für alle Lernenden einzeln &amp;mischen</translation>
    </message>
    <message>
        <source>Off: every student sees the questions in the order of this list</source>
        <translation>Aus: Alle Lernenden sehen die Fragen in der Reihenfolge dieser Liste</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <source>Durati&amp;on:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Passing score:</source>
        <translation>Bestehens&amp;grenze:</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>Sichtbarkeit:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the settings (Ctrl+S)</source>
        <translation>Die Einstellungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Publis&amp;h</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Check every question and publish (Ctrl+Shift+P)</source>
        <translation>Alle Fragen prüfen und veröffentlichen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Hide from students, keep results (Ctrl+Shift+R)</source>
        <translation>Vor Lernenden verbergen, Ergebnisse behalten (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Bac&amp;k to Draft</source>
        <translation>Zurück zum Ent&amp;wurf</translation>
    </message>
    <message>
        <source>Unpublish to change it (Ctrl+Shift+D)</source>
        <translation>Veröffentlichung zurücknehmen, um sie zu ändern (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Taking the exam</source>
        <translation>Ablegen der Prüfung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Extra time</source>
        <translation>Zeitzuschlag</translation>
    </message>
    <message>
        <source>Attempts, practice, full screen, opening and closing times</source>
        <translation>Versuche, Üben, Vollbild, Beginn und Ende</translation>
    </message>
    <message>
        <source>What students see of their finished attempts, and when</source>
        <translation>Was Lernende von ihren abgeschlossenen Versuchen sehen, und wann</translation>
    </message>
    <message>
        <source>Students who get more time than the exam&apos;s duration</source>
        <translation>Lernende, die mehr Zeit als die Dauer der Prüfung erhalten</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>&amp;Add Question…</source>
        <translation>Frage &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add a question after the selected one (Ctrl+N)</source>
        <translation>Eine Frage nach der ausgewählten hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten …</translation>
    </message>
    <message>
        <source>Edit the selected question (Enter)</source>
        <translation>Die ausgewählte Frage bearbeiten (Eingabe)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected question (Delete)</source>
        <translation>Die ausgewählte Frage löschen (Entf)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected question up (Ctrl+Up)</source>
        <translation>Die ausgewählte Frage nach oben verschieben (Strg+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected question down (Ctrl+Down)</source>
        <translation>Die ausgewählte Frage nach unten verschieben (Strg+Pfeil runter)</translation>
    </message>
    <message>
        <source>Questions (drag to reorder)</source>
        <translation>Fragen (zum Umsortieren ziehen)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>{status} · {questions} · {attempts}</source>
        <translation>{status} · {questions} · {attempts}</translation>
    </message>
    <message>
        <source>Locked: the exam has attempts</source>
        <translation>Gesperrt: Zu dieser Prüfung gibt es Versuche</translation>
    </message>
    <message numerus="yes">
        <source>This exam has %n attempt(s), so its questions and passing score are locked: changing them would make existing scores wrong. Duplicate it to make a new draft you can change.</source>
        <translation>
            <numerusform>Zu dieser Prüfung gibt es %n Versuch, daher sind ihre Fragen und die Bestehensgrenze gesperrt: Änderungen würden vorhandene Ergebnisse verfälschen. Kopieren Sie sie als neuen Entwurf, den Sie ändern können.</numerusform>
            <numerusform>Zu dieser Prüfung gibt es %n Versuche, daher sind ihre Fragen und die Bestehensgrenze gesperrt: Änderungen würden vorhandene Ergebnisse verfälschen. Kopieren Sie sie als neuen Entwurf, den Sie ändern können.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExamRules</name>
    <message>
        <source>Highest grade</source>
        <translation>Bestes Ergebnis</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>Erster Versuch</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Right after the attempt</source>
        <translation>Direkt nach dem Versuch</translation>
    </message>
    <message>
        <source>After the exam closes</source>
        <translation>Nach dem Ende der Prüfung</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Their answers</source>
        <translation>Antworten der Lernenden</translation>
    </message>
    <message>
        <source>Right or wrong marks</source>
        <translation>Richtig/falsch-Markierung</translation>
    </message>
    <message>
        <source>Points and score</source>
        <translation>Punkte und Ergebnis</translation>
    </message>
    <message>
        <source>The correct answers</source>
        <translation>Die richtigen Antworten</translation>
    </message>
    <message>
        <source>Feedback and explanations</source>
        <translation>Rückmeldung und Erklärungen</translation>
    </message>
    <message>
        <source>Attempts allowed must be 1 to {max}, or unlimited.</source>
        <translation>Die erlaubten Versuche müssen zwischen 1 und {max} liegen oder unbegrenzt sein.</translation>
    </message>
    <message>
        <source>Unknown grading method {name}.</source>
        <translation>Unbekannte Wertungsmethode {name}.</translation>
    </message>
    <message>
        <source>The exam must close after it opens.</source>
        <translation>Die Prüfung muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>This exam opens at {time}.</source>
        <translation>Diese Prüfung beginnt am {time}.</translation>
    </message>
    <message>
        <source>This exam closed at {time}.</source>
        <translation>Diese Prüfung endete am {time}.</translation>
    </message>
    <message>
        <source>The time multiplier must be between {low} and {high}.</source>
        <translation>Der Zeitfaktor muss zwischen {low} und {high} liegen.</translation>
    </message>
</context>
<context>
    <name>ExamTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Passing Score</source>
        <translation>Bestanden ab</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last Change</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Untimed</source>
        <translation>Ohne Zeitlimit</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Sort by this column: {column}</source>
        <translation>Nach dieser Spalte sortieren: {column}</translation>
    </message>
</context>
<context>
    <name>ExamsCli</name>
    <message>
        <source>{option}: {problem} Nothing was changed.</source>
        <translation>{option}: {problem} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Name an exam by its id or the start of it.</source>
        <translation>Nennen Sie eine Prüfung mit ihrer ID oder deren Anfang.</translation>
    </message>
    <message>
        <source>There is no exam whose id starts with {ref}.</source>
        <translation>Es gibt keine Prüfung, deren ID mit {ref} beginnt.</translation>
    </message>
    <message numerus="yes">
        <source>{ref} is the start of %n exams&apos; ids: {names}. Give more of the id.</source>
        <translation>
            <numerusform>{ref} ist der Anfang der ID von %n Prüfung: {names}. Geben Sie mehr von der ID an.</numerusform>
            <numerusform>{ref} ist der Anfang der IDs von %n Prüfungen: {names}. Geben Sie mehr von der ID an.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no account for {email}.</source>
        <translation>Es gibt kein Konto für {email}.</translation>
    </message>
    <message>
        <source>{value} is not one of {names}.</source>
        <translation>{value} ist keiner der Werte {names}.</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>{value} is not a whole number or {word}.</source>
        <translation>{value} ist weder eine ganze Zahl noch {word}.</translation>
    </message>
    <message>
        <source>{value} should be PART=WHEN with PART one of {parts}.</source>
        <translation>{value} sollte TEIL=WANN sein, mit TEIL aus {parts}.</translation>
    </message>
    <message>
        <source>{value}: WHEN should be one of {whens}.</source>
        <translation>{value}: WANN sollte einer der Werte {whens} sein.</translation>
    </message>
    <message>
        <source>{value} is not a date and time such as 2030-06-01T09:00 (ISO 8601), or none.</source>
        <translation>{value} ist kein Datum mit Uhrzeit wie 2030-06-01T09:00 (ISO 8601) und auch nicht none.</translation>
    </message>
    <message>
        <source>{value} should be EMAIL=MULTIPLIER, such as pupil@school.org=1.5.</source>
        <translation>{value} sollte E-MAIL=FAKTOR sein, etwa pupil@school.org=1.5.</translation>
    </message>
    <message>
        <source>{value}: {problem}</source>
        <translation>{value}: {problem}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>PUBLIC</source>
        <translation>ÖFFENTLICH</translation>
    </message>
    <message>
        <source>QUESTIONS</source>
        <translation>FRAGEN</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <source>ALLOWED</source>
        <translation>ERLAUBT</translation>
    </message>
    <message>
        <source>GRADING</source>
        <translation>WERTUNG</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <translation>ÜBEN</translation>
    </message>
    <message>
        <source>FULL-SCREEN</source>
        <translation>VOLLBILD</translation>
    </message>
    <message>
        <source>OPENS</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <source>CLOSES</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <source>REVIEW</source>
        <translation>AUSWERTUNG</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>passing score</source>
        <translation>Bestehensgrenze</translation>
    </message>
    <message>
        <source>attempts allowed</source>
        <translation>erlaubte Versuche</translation>
    </message>
    <message>
        <source>grading method</source>
        <translation>Wertungsmethode</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>full-screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>opens at</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>closes at</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>extra time</source>
        <translation>Zeitzuschlag</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Export Exam</source>
        <translation>Prüfung exportieren</translation>
    </message>
    <message>
        <source>Loading exams…</source>
        <translation>Prüfungen werden geladen…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Wählen Sie, wo die Datei gespeichert wird</translation>
    </message>
    <message>
        <source>E&amp;xam:</source>
        <translation>&amp;Prüfung:</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>{app} writes the exam in the format other tools read. Some formats cannot hold every question type; {app} then says which questions, and writes nothing.</source>
        <translation>{app} schreibt die Prüfung in dem Format, das andere Programme lesen. Manche Formate können nicht jeden Fragetyp aufnehmen; {app} nennt dann die betroffenen Fragen und schreibt nichts.</translation>
    </message>
    <message>
        <source>Loading the exams…</source>
        <translation>Die Prüfungen werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>{title} ({status}, %n question(s))</source>
        <translation>
            <numerusform>{title} ({status}, %n Frage)</numerusform>
            <numerusform>{title} ({status}, %n Fragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no exams yet</source>
        <translation>Es gibt noch keine Prüfungen</translation>
    </message>
    <message>
        <source>There is no exam to export yet.</source>
        <translation>Es gibt noch keine Prüfung zum Exportieren.</translation>
    </message>
    <message>
        <source>Choose the exam to export.</source>
        <translation>Wählen Sie die Prüfung, die exportiert werden soll.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Wählen Sie, wo die Datei gespeichert wird.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <source>{path} is a folder; add a file name.</source>
        <translation>{path} ist ein Ordner; ergänzen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} gibt es bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Exporting to {format}…</source>
        <translation>Export nach {format}…</translation>
    </message>
</context>
<context>
    <name>ExtraTimePage</name>
    <message>
        <source>These students get their time multiplied: ×1.5 is half as much again. Changes are saved at once; attempts already started keep their time.</source>
        <translation>Die Zeit dieser Lernenden wird vervielfacht: ×1,5 ist die Hälfte mehr. Änderungen werden sofort gespeichert; bereits begonnene Versuche behalten ihre Zeit.</translation>
    </message>
    <message>
        <source>Students with extra time</source>
        <translation>Lernende mit Zeitzuschlag</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Lernende/r</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Students with extra ti&amp;me:</source>
        <translation>Lernende mit &amp;Zeitzuschlag:</translation>
    </message>
    <message>
        <source>No student has extra time on this exam.</source>
        <translation>Niemand hat bei dieser Prüfung einen Zeitzuschlag.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Take the selected student&apos;s extra time away</source>
        <translation>Den Zeitzuschlag der gewählten Person entfernen</translation>
    </message>
    <message>
        <source>Name or e-mail address</source>
        <translation>Name oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Time multiplier</source>
        <translation>Zeitfaktor</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Give Extra Time</source>
        <translation>Zeitzuschlag &amp;geben</translation>
    </message>
    <message>
        <source>Give the student this much time (saved at once)</source>
        <translation>Der Person so viel Zeit geben (wird sofort gespeichert)</translation>
    </message>
    <message>
        <source>Give extra time</source>
        <translation>Zeitzuschlag geben</translation>
    </message>
    <message>
        <source>Stu&amp;dent:</source>
        <translation>Lernen&amp;de/r:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>Fak&amp;tor:</translation>
    </message>
    <message>
        <source>×{multiplier}</source>
        <translation>×{multiplier}</translation>
    </message>
    <message>
        <source>{times} ({minutes} min)</source>
        <translation>{times} ({minutes} Min.)</translation>
    </message>
    <message>
        <source>Chan&amp;ge Extra Time</source>
        <translation>Zeitzuschlag ä&amp;ndern</translation>
    </message>
    <message>
        <source>{minutes} min instead of {duration}</source>
        <translation>{minutes} Min. statt {duration}</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>format not recognised</source>
        <translation>Format nicht erkannt</translation>
    </message>
    <message numerus="yes">
        <source>{format}, %n question(s) ({importable} without errors)</source>
        <translation>
            <numerusform>{format}, %n Frage ({importable} ohne Fehler)</numerusform>
            <numerusform>{format}, %n Fragen ({importable} ohne Fehler)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{format}, %n question(s)</source>
        <translation>
            <numerusform>{format}, %n Frage</numerusform>
            <numerusform>{format}, %n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the files to import</source>
        <translation>Dateien für den Import wählen</translation>
    </message>
    <message>
        <source>GIFT, Aiken, Moodle XML, CSV or Excel question banks, and {app} files. The format is recognised from the content and the name.</source>
        <translation>Fragensammlungen in GIFT, Aiken, Moodle XML, CSV oder Excel sowie Dateien von {app}. Das Format wird an Inhalt und Namen erkannt.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>&amp;Dateien:</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Choose question files to import (Ctrl+O)</source>
        <translation>Fragedateien für den Import wählen (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Leave the selected files out (Delete)</source>
        <translation>Die ausgewählten Dateien weglassen (Entf)</translation>
    </message>
    <message>
        <source>Add the files to import (Ctrl+O), or drop them here.</source>
        <translation>Fügen Sie die zu importierenden Dateien hinzu (Strg+O) oder ziehen Sie sie hierher.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird gelesen…</numerusform>
            <numerusform>%n Dateien werden gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read and will be left out; the reason is beside each one.</source>
        <translation>
            <numerusform>%n Datei kann nicht gelesen werden und wird weggelassen; der Grund steht daneben.</numerusform>
            <numerusform>%n Dateien können nicht gelesen werden und werden weggelassen; der Grund steht jeweils daneben.</numerusform>
        </translation>
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
    <name>FormatDetect</name>
    <message>
        <source>The file {name} is {size} MiB; imports are limited to {limit} MiB. Split it into smaller files.</source>
        <translation>Die Datei {name} ist {size} MiB groß; Importe sind auf {limit} MiB begrenzt. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file is {size} MiB; imports are limited to {limit} MiB. Split it into smaller files.</source>
        <translation>Die Datei ist {size} MiB groß; Importe sind auf {limit} MiB begrenzt. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>Some bytes are not valid {encoding}; they were replaced.</source>
        <translation>Einige Bytes sind kein gültiges {encoding}; sie wurden ersetzt.</translation>
    </message>
    <message>
        <source>The file is not UTF-8, so it was read as Windows-1252 (Western European). Check accented letters and symbols in the preview; if they look wrong, save the file as UTF-8 and import it again.</source>
        <translation>Die Datei ist nicht in UTF-8 und wurde deshalb als Windows-1252 (Westeuropäisch) gelesen. Prüfen Sie Umlaute, Akzente und Sonderzeichen in der Vorschau; sehen sie falsch aus, speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>GIFT (Moodle)</source>
        <translation>GIFT (Moodle)</translation>
    </message>
    <message>
        <source>Aiken</source>
        <translation>Aiken</translation>
    </message>
    <message>
        <source>Moodle XML</source>
        <translation>Moodle-XML</translation>
    </message>
    <message>
        <source>CSV (Exam Hub template or Kahoot)</source>
        <translation>CSV (Exam-Hub-Vorlage oder Kahoot)</translation>
    </message>
    <message>
        <source>Excel workbook (Exam Hub template or Kahoot)</source>
        <translation>Excel-Arbeitsmappe (Exam-Hub-Vorlage oder Kahoot)</translation>
    </message>
    <message>
        <source>Exam Hub file (.examhub.json)</source>
        <translation>Exam-Hub-Datei (.examhub.json)</translation>
    </message>
    <message>
        <source>Unknown format {format}; use one of: {names}.</source>
        <translation>Unbekanntes Format {format}; verwenden Sie eines von: {names}.</translation>
    </message>
    <message>
        <source>Exam Hub cannot tell which format this file is in. Choose the format ({names}) and import it again.</source>
        <translation>Exam Hub kann das Format dieser Datei nicht erkennen. Wählen Sie das Format ({names}) und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>Gift</name>
    <message>
        <source>A question follows $CATEGORY without a blank line; it was read as a question (Moodle would make it part of the category name). Add a blank line after $CATEGORY.</source>
        <translation>Auf $CATEGORY folgt eine Frage ohne Leerzeile; sie wurde als Frage gelesen (Moodle würde sie zum Teil des Kategorienamens machen). Fügen Sie nach $CATEGORY eine Leerzeile ein.</translation>
    </message>
    <message>
        <source>Question {name} not imported: {cause}</source>
        <translation>Frage {name} nicht importiert: {cause}</translation>
    </message>
    <message>
        <source>the { } around the answers do not match (a brace in the text must be written \{ or \}).</source>
        <translation>die { } um die Antworten passen nicht zusammen (eine Klammer im Text muss als \{ oder \} geschrieben werden).</translation>
    </message>
    <message>
        <source>Only the first { } is read as answers; write other braces in the text as \{ and \}.</source>
        <translation>Nur das erste { } wird als Antworten gelesen; schreiben Sie weitere Klammern im Text als \{ und \}.</translation>
    </message>
    <message>
        <source>a multiple choice question needs at least two answers.</source>
        <translation>eine Einfachauswahl-Frage braucht mindestens zwei Antworten.</translation>
    </message>
    <message>
        <source>The answer {answer} is marked right with &apos;=&apos;, so its %weight% is read as part of its text. Use &apos;~%weight%&apos; for partial credit.</source>
        <translation>Die Antwort {answer} ist mit &apos;=&apos; als richtig markiert, daher wird ihr %weight% als Teil des Textes gelesen. Verwenden Sie &apos;~%weight%&apos; für Teilpunkte.</translation>
    </message>
    <message>
        <source>the weight in {part} is not a number.</source>
        <translation>die Gewichtung in {part} ist keine Zahl.</translation>
    </message>
    <message>
        <source>a matching question needs at least two pairs.</source>
        <translation>eine Zuordnungsfrage braucht mindestens zwei Paare.</translation>
    </message>
    <message>
        <source>the matching pair {pair} has no &apos;-&gt;&apos;.</source>
        <translation>dem Zuordnungspaar {pair} fehlt &apos;-&gt;&apos;.</translation>
    </message>
    <message>
        <source>a short answer question needs at least one answer.</source>
        <translation>eine Kurzantwort-Frage braucht mindestens eine Antwort.</translation>
    </message>
    <message>
        <source>{answer} is read as the one accepted short answer; for a true/false question write T, TRUE, F or FALSE in capitals.</source>
        <translation>{answer} wird als einzige akzeptierte Kurzantwort gelesen; für eine Wahr/Falsch-Frage schreiben Sie T, TRUE, F oder FALSE in Großbuchstaben.</translation>
    </message>
    <message>
        <source>the range {range} is not two numbers.</source>
        <translation>der Bereich {range} besteht nicht aus zwei Zahlen.</translation>
    </message>
    <message>
        <source>the numerical answer {answer} is not a number (with an optional :tolerance).</source>
        <translation>die numerische Antwort {answer} ist keine Zahl (mit optionaler :Toleranz).</translation>
    </message>
    <message>
        <source>a numerical question needs at least one number as answer.</source>
        <translation>eine numerische Frage braucht mindestens eine Zahl als Antwort.</translation>
    </message>
    <message>
        <source>Exam Hub has no catch-all answer for numerical questions; any other number simply scores 0 (its feedback {feedback} was dropped).</source>
        <translation>Exam Hub kennt keine Auffang-Antwort für numerische Fragen; jede andere Zahl ergibt einfach 0 Punkte (ihr Feedback {feedback} wurde verworfen).</translation>
    </message>
    <message>
        <source>Exam Hub has no catch-all answer for numerical questions; any other number simply scores 0.</source>
        <translation>Exam Hub kennt keine Auffang-Antwort für numerische Fragen; jede andere Zahl ergibt einfach 0 Punkte.</translation>
    </message>
    <message>
        <source>GIFT cannot write &apos;-&gt;&apos; inside a matching prompt or a short answer or its feedback (it reads as a matching arrow). Change or remove: {questions}.</source>
        <translation>GIFT kann &apos;-&gt;&apos; nicht in einer Zuordnungsvorgabe, einer Kurzantwort oder deren Feedback schreiben (es wird als Zuordnungspfeil gelesen). Ändern oder entfernen Sie: {questions}.</translation>
    </message>
</context>
<context>
    <name>ImportTables</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Line / element</source>
        <translation>Zeile / Element</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity}: {message}</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>Frage {number}</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>die ganze Datei</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Questions</source>
        <translation>Fragen importieren</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>no question in it can be imported.</source>
        <translation>keine Frage darin kann importiert werden.</translation>
    </message>
    <message>
        <source>{error} Nothing was written.</source>
        <translation>{error} Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>InProgressRow</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume {title}</source>
        <translation>{title} fortsetzen</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>Answer recorded</source>
        <translation>Antwort erfasst</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Frage {number}</translation>
    </message>
    <message>
        <source>(marked by a teacher)</source>
        <translation>(von einer Lehrkraft bewertet)</translation>
    </message>
    <message>
        <source>time on it: {time}</source>
        <translation>Zeit dafür: {time}</translation>
    </message>
    <message>
        <source>Answer given:</source>
        <translation>Gegebene Antwort:</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Ihre Antwort:</translation>
    </message>
    <message>
        <source>Marking:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation>Richtige Antwort:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Rückmeldung:</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>Erklärung:</translation>
    </message>
    <message>
        <source> of {points}</source>
        <translation> von {points}</translation>
    </message>
    <message>
        <source>Points for question {number}</source>
        <translation>Punkte für Frage {number}</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Punkte:</translation>
    </message>
    <message>
        <source>Save Mark</source>
        <translation>Bewertung speichern</translation>
    </message>
    <message>
        <source>Change Mark</source>
        <translation>Bewertung ändern</translation>
    </message>
    <message>
        <source>Save the mark for question {number}</source>
        <translation>Die Bewertung für Frage {number} speichern</translation>
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
    <name>LibraryPage</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Public and private</source>
        <translation>Öffentlich und privat</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Search exams</source>
        <translation>Prüfungen suchen</translation>
    </message>
    <message>
        <source>Search titles, descriptions and questions (Ctrl+F)</source>
        <translation>Titel, Beschreibungen und Fragen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Visibility filter</source>
        <translation>Sichtbarkeitsfilter</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>V&amp;isibility:</source>
        <translation>Sichtbarke&amp;it:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>&amp;New Exam</source>
        <translation>&amp;Neue Prüfung</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Back to D&amp;raft</source>
        <translation>Zurück zum &amp;Entwurf</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>New Exam from &amp;Bank…</source>
        <translation>Neue Prüfung aus dem &amp;Fragenpool…</translation>
    </message>
    <message>
        <source>&amp;Find Exams</source>
        <translation>Prüfungen &amp;suchen</translation>
    </message>
    <message>
        <source>Library actions</source>
        <translation>Aktionen der Bibliothek</translation>
    </message>
    <message numerus="yes">
        <source>%n exam(s)</source>
        <translation>
            <numerusform>%n Prüfung</numerusform>
            <numerusform>%n Prüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Fix these problems, then publish again:</source>
        <translation>Beheben Sie diese Probleme und veröffentlichen Sie dann erneut:</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>„{title}“ löschen?</translation>
    </message>
    <message>
        <source>Delete this exam?</source>
        <translation>Diese Prüfung löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n question(s) will be deleted too.</source>
        <translation>
            <numerusform>Ihre %n Frage wird ebenfalls gelöscht.</numerusform>
            <numerusform>Ihre %n Fragen werden ebenfalls gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n attempt(s) will be kept, so students&apos; results stay on record.</source>
        <translation>
            <numerusform>Ihr %n Versuch bleibt erhalten, damit die Ergebnisse der Lernenden dokumentiert bleiben.</numerusform>
            <numerusform>Ihre %n Versuche bleiben erhalten, damit die Ergebnisse der Lernenden dokumentiert bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Exam</source>
        <translation>Prüfung löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>The exam cannot be published:</source>
        <translation>Die Prüfung kann nicht veröffentlicht werden:</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>Der Titel ist leer.</translation>
    </message>
    <message>
        <source>The title is longer than {max} characters.</source>
        <translation>Der Titel ist länger als {max} Zeichen.</translation>
    </message>
    <message>
        <source>The duration must be 1 to {max} minutes, or untimed.</source>
        <translation>Die Dauer muss 1 bis {max} Minuten betragen oder unbegrenzt sein.</translation>
    </message>
    <message>
        <source>The passing score must be between 0 and 100%.</source>
        <translation>Die Bestehensgrenze muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>Unknown status {status}.</source>
        <translation>Unbekannter Status {status}.</translation>
    </message>
    <message>
        <source>An exam cannot go from {current} to {new}.</source>
        <translation>Eine Prüfung kann nicht von „{current}“ zu „{new}“ wechseln.</translation>
    </message>
    <message>
        <source>There is no account {who}.</source>
        <translation>Es gibt kein Konto {who}.</translation>
    </message>
    <message>
        <source>The exam has no title.</source>
        <translation>Die Prüfung hat keinen Titel.</translation>
    </message>
    <message>
        <source>The exam has no questions.</source>
        <translation>Die Prüfung hat keine Fragen.</translation>
    </message>
    <message>
        <source>The exam has only descriptions: nothing to answer.</source>
        <translation>Die Prüfung enthält nur Beschreibungen: Es gibt nichts zu beantworten.</translation>
    </message>
    <message>
        <source>Question {number}: {problem}</source>
        <translation>Frage {number}: {problem}</translation>
    </message>
    <message>
        <source>Copy of {title}</source>
        <translation>Kopie von {title}</translation>
    </message>
</context>
<context>
    <name>LineAnswerEditor</name>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>&amp;Your answer:</source>
        <translation>&amp;Ihre Antwort:</translation>
    </message>
    <message>
        <source>A number: 3.5 or 3,5 are both fine.</source>
        <translation>Eine Zahl: 3,5 und 3.5 sind beide in Ordnung.</translation>
    </message>
    <message>
        <source>Type your answer.</source>
        <translation>Geben Sie Ihre Antwort ein.</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>The SMTP server name is empty.</source>
        <translation>Der Name des SMTP-Servers ist leer.</translation>
    </message>
    <message>
        <source>The SMTP port must be between 1 and 65535.</source>
        <translation>Der SMTP-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Security must be STARTTLS, SSL or none.</source>
        <translation>Die Sicherheit muss STARTTLS, SSL oder keine sein.</translation>
    </message>
    <message>
        <source>The sender must be an e-mail address.</source>
        <translation>Der Absender muss eine E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <source>E-mail is not set up: a teacher can set up SMTP in Settings.</source>
        <translation>E-Mail ist nicht eingerichtet: Eine Lehrkraft kann SMTP in den Einstellungen einrichten.</translation>
    </message>
    <message>
        <source>The mail server {server} refused the user name or password.</source>
        <translation>Der Mailserver {server} hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The mail server {server} does not support this: {cause}. Try another security setting.</source>
        <translation>Der Mailserver {server} unterstützt dies nicht: {cause}. Versuchen Sie eine andere Sicherheitseinstellung.</translation>
    </message>
    <message>
        <source>The mail server {server} refused the address {address}.</source>
        <translation>Der Mailserver {server} hat die Adresse {address} abgelehnt.</translation>
    </message>
    <message>
        <source>The mail server {server} answered with an error: {cause}</source>
        <translation>Der Mailserver {server} hat mit einem Fehler geantwortet: {cause}</translation>
    </message>
    <message numerus="yes">
        <source>The mail server {server} did not answer in %n second(s).</source>
        <translation>
            <numerusform>Der Mailserver {server} hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Mailserver {server} hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the mail server {server}: {cause}.</source>
        <translation>Der Mailserver {server} ist nicht erreichbar: {cause}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>The database in use</source>
        <translation>Die verwendete Datenbank</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Loading your exams…</source>
        <translation>Ihre Prüfungen werden geladen…</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles aus&amp;wählen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation>&amp;Navigation anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Status Bar</source>
        <translation>&amp;Statusleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Show &amp;Log File</source>
        <translation>&amp;Protokolldatei anzeigen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Über {app}</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server; back it up with the server&apos;s tools.</source>
        <translation>Diese Datenbank liegt auf einem PostgreSQL-Server; sichern Sie sie mit den Werkzeugen des Servers.</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>Datenbanken (*.db)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Sicherung gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>MatchingEditor</name>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>Match for {prompt}</source>
        <translation>Zuordnung für {prompt}</translation>
    </message>
</context>
<context>
    <name>MatchingPanel</name>
    <message>
        <source>Prompt</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>Matching answer</source>
        <translation>Passende Antwort</translation>
    </message>
    <message>
        <source>Extra wrong answer</source>
        <translation>Zusätzliche falsche Antwort</translation>
    </message>
    <message>
        <source>Add Pair</source>
        <translation>Paar hinzufügen</translation>
    </message>
    <message>
        <source>Remove Pair</source>
        <translation>Paar entfernen</translation>
    </message>
    <message>
        <source>Add pair</source>
        <translation>Paar hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected pair</source>
        <translation>Ausgewähltes Paar entfernen</translation>
    </message>
    <message>
        <source>Move the selected pair up</source>
        <translation>Ausgewähltes Paar nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected pair down</source>
        <translation>Ausgewähltes Paar nach unten verschieben</translation>
    </message>
    <message>
        <source>Add Wrong Answer</source>
        <translation>Falsche Antwort hinzufügen</translation>
    </message>
    <message>
        <source>Remove Wrong Answer</source>
        <translation>Falsche Antwort entfernen</translation>
    </message>
    <message>
        <source>Add wrong answer</source>
        <translation>Falsche Antwort hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected wrong answer</source>
        <translation>Ausgewählte falsche Antwort entfernen</translation>
    </message>
    <message>
        <source>Move the selected wrong answer up</source>
        <translation>Ausgewählte falsche Antwort nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected wrong answer down</source>
        <translation>Ausgewählte falsche Antwort nach unten verschieben</translation>
    </message>
    <message>
        <source>Matching pairs</source>
        <translation>Zuordnungspaare</translation>
    </message>
    <message>
        <source>Extra wrong answers</source>
        <translation>Zusätzliche falsche Antworten</translation>
    </message>
    <message>
        <source>Shu&amp;ffle the answers for each student</source>
        <translation>Antworten für alle Lernenden einzeln &amp;mischen</translation>
    </message>
    <message>
        <source>Students match each prompt to its answer.</source>
        <translation>Die Lernenden ordnen jeder Vorgabe ihre Antwort zu.</translation>
    </message>
    <message>
        <source>Extra wrong answers are offered with the right ones (optional).</source>
        <translation>Zusätzliche falsche Antworten werden mit den richtigen angeboten (optional).</translation>
    </message>
</context>
<context>
    <name>MoodleXml</name>
    <message>
        <source>The XML file contains a DOCTYPE. For safety Exam Hub does not read DTDs, entities or external references, and Moodle never writes them: export the questions from Moodle again.</source>
        <translation>Die XML-Datei enthält einen DOCTYPE. Aus Sicherheitsgründen liest Exam Hub keine DTDs, Entitäten oder externen Verweise, und Moodle schreibt sie nie: Exportieren Sie die Fragen erneut aus Moodle.</translation>
    </message>
    <message>
        <source>The XML file contains an entity declaration or external reference. For safety Exam Hub does not read DTDs, entities or external references, and Moodle never writes them: export the questions from Moodle again.</source>
        <translation>Die XML-Datei enthält eine Entitätsdeklaration oder einen externen Verweis. Aus Sicherheitsgründen liest Exam Hub keine DTDs, Entitäten oder externen Verweise, und Moodle schreibt sie nie: Exportieren Sie die Fragen erneut aus Moodle.</translation>
    </message>
    <message>
        <source>The XML file uses a feature Exam Hub refuses for safety: {cause}.</source>
        <translation>Die XML-Datei nutzt eine Funktion, die Exam Hub aus Sicherheitsgründen ablehnt: {cause}.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line {line}, column {column}): {cause}.</source>
        <translation>Die Datei ist kein wohlgeformtes XML (Zeile {line}, Spalte {column}): {cause}.</translation>
    </message>
    <message>
        <source>This is not a Moodle XML question file: it starts with &lt;{tag}&gt;, not &lt;quiz&gt;.</source>
        <translation>Dies ist keine Moodle-XML-Fragendatei: Sie beginnt mit &lt;{tag}&gt;, nicht mit &lt;quiz&gt;.</translation>
    </message>
    <message>
        <source>untyped</source>
        <translation>ohne Typ</translation>
    </message>
    <message>
        <source>Question {label} skipped: Exam Hub has no {kind} questions (Moodle type {type}).</source>
        <translation>Frage {label} übersprungen: Exam Hub kennt keine Fragen vom Typ „{kind}“ (Moodle-Typ {type}).</translation>
    </message>
    <message>
        <source>Question {label} not imported: {cause}</source>
        <translation>Frage {label} nicht importiert: {cause}</translation>
    </message>
    <message>
        <source>embedded answers (Cloze)</source>
        <translation>Lückentext (Cloze)</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>simple calculated</source>
        <translation>Einfach berechnet</translation>
    </message>
    <message>
        <source>calculated multichoice</source>
        <translation>Berechnete Multiple-Choice</translation>
    </message>
    <message>
        <source>drag and drop into text</source>
        <translation>Drag-and-Drop auf Text</translation>
    </message>
    <message>
        <source>drag and drop onto image</source>
        <translation>Drag-and-Drop auf Bild</translation>
    </message>
    <message>
        <source>drag and drop markers</source>
        <translation>Drag-and-Drop-Markierungen</translation>
    </message>
    <message>
        <source>select missing words</source>
        <translation>Lückentextauswahl</translation>
    </message>
    <message>
        <source>random short-answer matching</source>
        <translation>Zufällige Kurzantwortzuordnung</translation>
    </message>
    <message>
        <source>random</source>
        <translation>Zufallsfrage</translation>
    </message>
    <message>
        <source>ordering</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <source>all-or-nothing multiple choice</source>
        <translation>Alles-oder-nichts-Multiple-Choice</translation>
    </message>
    <message>
        <source>The embedded file {name} is not used by the text and was not imported.</source>
        <translation>Die eingebettete Datei {name} wird im Text nicht verwendet und wurde nicht importiert.</translation>
    </message>
    <message>
        <source>The embedded file {name} is not valid base64 and was not imported.</source>
        <translation>Die eingebettete Datei {name} ist kein gültiges Base64 und wurde nicht importiert.</translation>
    </message>
    <message>
        <source>the answer grade {grade} is not a number.</source>
        <translation>die Bewertung der Antwort {grade} ist keine Zahl.</translation>
    </message>
    <message>
        <source>Question {name} has grades Moodle does not offer ({grades}); Moodle would refuse to import it. Exam Hub keeps them as written.</source>
        <translation>Frage {name} hat Bewertungen, die Moodle nicht anbietet ({grades}); Moodle würde den Import ablehnen. Exam Hub übernimmt sie wie angegeben.</translation>
    </message>
    <message>
        <source>The default grade {grade} is not a number; 1 point is used.</source>
        <translation>Die Standardbewertung {grade} ist keine Zahl; es wird 1 Punkt verwendet.</translation>
    </message>
    <message>
        <source>The default grade {grade} is rounded to {points} (points are whole numbers).</source>
        <translation>Die Standardbewertung {grade} wird auf {points} gerundet (Punkte sind ganze Zahlen).</translation>
    </message>
    <message>
        <source>Not imported (Exam Hub has no place for them): {fields}.</source>
        <translation>Nicht importiert (Exam Hub hat dafür keinen Platz): {fields}.</translation>
    </message>
    <message>
        <source>a true/false question needs its two answers.</source>
        <translation>eine Wahr/Falsch-Frage braucht ihre beiden Antworten.</translation>
    </message>
    <message>
        <source>The answers are not labelled true/false (an old or translated export); the first was taken as &apos;true&apos;. Check the right answer.</source>
        <translation>Die Antworten sind nicht mit true/false bezeichnet (ein alter oder übersetzter Export); die erste wurde als „wahr“ genommen. Prüfen Sie die richtige Antwort.</translation>
    </message>
    <message>
        <source>Exam Hub has no catch-all numerical answer; other numbers score 0 (its feedback {feedback} was dropped).</source>
        <translation>Exam Hub kennt keine numerische Auffang-Antwort; andere Zahlen ergeben 0 Punkte (ihr Feedback {feedback} wurde verworfen).</translation>
    </message>
    <message>
        <source>Exam Hub has no catch-all numerical answer; other numbers score 0.</source>
        <translation>Exam Hub kennt keine numerische Auffang-Antwort; andere Zahlen ergeben 0 Punkte.</translation>
    </message>
    <message>
        <source>the numerical answer {answer} or its tolerance is not a number.</source>
        <translation>die numerische Antwort {answer} oder ihre Toleranz ist keine Zahl.</translation>
    </message>
    <message>
        <source>Units are not imported: Exam Hub compares plain numbers.</source>
        <translation>Einheiten werden nicht importiert: Exam Hub vergleicht reine Zahlen.</translation>
    </message>
    <message>
        <source>The response template is not imported.</source>
        <translation>Die Antwortvorlage wird nicht importiert.</translation>
    </message>
</context>
<context>
    <name>MyResultsPage</name>
    <message>
        <source>My Results</source>
        <translation>Meine Ergebnisse</translation>
    </message>
    <message>
        <source>My attempts</source>
        <translation>Meine Versuche</translation>
    </message>
    <message>
        <source>&amp;Open Review</source>
        <translation>Aus&amp;wertung öffnen</translation>
    </message>
    <message>
        <source>Open the review of the selected attempt</source>
        <translation>Die Auswertung des gewählten Versuchs öffnen</translation>
    </message>
    <message>
        <source>No finished attempts yet: take an exam from the Exams page.</source>
        <translation>Noch keine abgeschlossenen Versuche: Legen Sie eine Prüfung auf der Seite „Prüfungen“ ab.</translation>
    </message>
</context>
<context>
    <name>NativeJson</name>
    <message>
        <source>A number in the exam is not finite and cannot be saved: {cause}.</source>
        <translation>Eine Zahl in der Prüfung ist nicht endlich und kann nicht gespeichert werden: {cause}.</translation>
    </message>
    <message>
        <source>{field} should be {kind}, not {value}.</source>
        <translation>{field} sollte {kind} sein, nicht {value}.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>{field} should be an object.</source>
        <translation>{field} sollte ein Objekt sein.</translation>
    </message>
    <message>
        <source>{field} should be a list of texts.</source>
        <translation>{field} sollte eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>{field} {value} is not one of {names}.</source>
        <translation>{field} {value} ist keiner der Werte {names}.</translation>
    </message>
    <message>
        <source>{field} {value} is not an ISO 8601 date and time.</source>
        <translation>{field} {value} ist kein Datum mit Uhrzeit nach ISO 8601.</translation>
    </message>
    <message>
        <source>{field} has no time zone; UTC is assumed.</source>
        <translation>{field} hat keine Zeitzone; es wird UTC angenommen.</translation>
    </message>
    <message>
        <source>{field} is missing; every question names its type.</source>
        <translation>{field} fehlt; jede Frage nennt ihren Typ.</translation>
    </message>
    <message>
        <source>{field} {value} is not one of {names}; {default} is used.</source>
        <translation>{field} {value} ist keiner der Werte {names}; {default} wird verwendet.</translation>
    </message>
    <message>
        <source>{field} is not a setting this Exam Hub knows; it is ignored.</source>
        <translation>{field} ist keine Einstellung, die dieses Exam Hub kennt; sie wird ignoriert.</translation>
    </message>
    <message>
        <source>{field} should be an object; the default review options are used.</source>
        <translation>{field} sollte ein Objekt sein; die Standardoptionen für die Auswertung werden verwendet.</translation>
    </message>
    <message>
        <source>{field} should be an object; the default settings are used.</source>
        <translation>{field} sollte ein Objekt sein; die Standardeinstellungen werden verwendet.</translation>
    </message>
    <message>
        <source>{field} should be 1 to {max}, or null for unlimited; not {value}.</source>
        <translation>{field} sollte zwischen 1 und {max} liegen oder null für unbegrenzt sein, nicht {value}.</translation>
    </message>
    <message>
        <source>{field} is not after the opening time; the exam is left without a closing time.</source>
        <translation>{field} liegt nicht nach dem Beginn; die Prüfung bleibt ohne Ende.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}, column {column}): {cause}.</source>
        <translation>Die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column}): {cause}.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {cause}.</source>
        <translation>Die Datei ist kein gültiges JSON: {cause}.</translation>
    </message>
    <message>
        <source>This is not an Exam Hub file: it should be a JSON object with &quot;format&quot;: &quot;examhub&quot;.</source>
        <translation>Dies ist keine Exam-Hub-Datei: Sie sollte ein JSON-Objekt mit &quot;format&quot;: &quot;examhub&quot; sein.</translation>
    </message>
    <message>
        <source>The file has no valid &quot;version&quot;.</source>
        <translation>Die Datei hat keine gültige &quot;version&quot;.</translation>
    </message>
    <message>
        <source>The file was made by a newer Exam Hub (format version {version}); update Exam Hub to open it.</source>
        <translation>Die Datei wurde mit einer neueren Exam-Hub-Version erstellt (Formatversion {version}); aktualisieren Sie Exam Hub, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The file holds no exams.</source>
        <translation>Die Datei enthält keine Prüfungen.</translation>
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
    <name>NumericalPanel</name>
    <message>
        <source>Credit</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Tolerance ±</source>
        <translation>Toleranz ±</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Add Value</source>
        <translation>Wert hinzufügen</translation>
    </message>
    <message>
        <source>Remove Value</source>
        <translation>Wert entfernen</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Wert hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected value</source>
        <translation>Ausgewählten Wert entfernen</translation>
    </message>
    <message>
        <source>Move the selected value up</source>
        <translation>Ausgewählten Wert nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected value down</source>
        <translation>Ausgewählten Wert nach unten verschieben</translation>
    </message>
    <message>
        <source>Accepted values</source>
        <translation>Akzeptierte Werte</translation>
    </message>
    <message>
        <source>&amp;Value ± tolerance</source>
        <translation>&amp;Wert ± Toleranz</translation>
    </message>
    <message>
        <source>&amp;Range from minimum to maximum</source>
        <translation>&amp;Bereich von Minimum bis Maximum</translation>
    </message>
    <message>
        <source>Accept:</source>
        <translation>Akzeptieren:</translation>
    </message>
    <message>
        <source>An answer is accepted when it lies within the range, ends included.</source>
        <translation>Eine Antwort wird akzeptiert, wenn sie im Bereich liegt, die Grenzen eingeschlossen.</translation>
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
    <name>Op</name>
    <message>
        <source>Could not finish</source>
        <translation>Vorgang nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>In dieser Datenbank</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Exams:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Speicherort der Datenbank</translation>
    </message>
    <message>
        <source>Not checked in this session.</source>
        <translation>In dieser Sitzung noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>&amp;Check Database</source>
        <translation>Datenbank p&amp;rüfen</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>Could not read the database: {reason}</source>
        <translation>Die Datenbank konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n Problem:</numerusform>
            <numerusform>%n Probleme:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Database check: %n problem(s) found.</source>
        <translation>
            <numerusform>Datenbankprüfung: %n Problem gefunden.</numerusform>
            <numerusform>Datenbankprüfung: %n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found: integrity, foreign keys and schema are in order.</source>
        <translation>Keine Probleme gefunden: Integrität, Fremdschlüssel und Schema sind in Ordnung.</translation>
    </message>
    <message>
        <source>Database check: no problems found.</source>
        <translation>Datenbankprüfung: keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>The check could not run: {reason}</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden: {reason}</translation>
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
    <name>PasswordPolicy</name>
    <message>
        <source>This is one of the most common passwords; choose one that is harder to guess.</source>
        <translation>Dies ist eines der häufigsten Passwörter; wählen Sie eines, das schwerer zu erraten ist.</translation>
    </message>
    <message>
        <source>This is a common password with a few characters added or swapped; choose one that is harder to guess.</source>
        <translation>Dies ist ein häufiges Passwort mit ein paar hinzugefügten oder vertauschten Zeichen; wählen Sie eines, das schwerer zu erraten ist.</translation>
    </message>
    <message>
        <source>Avoid repeated characters and simple sequences such as aaaa, 1234 or qwerty.</source>
        <translation>Vermeiden Sie wiederholte Zeichen und einfache Folgen wie aaaa, 1234 oder qwertz.</translation>
    </message>
    <message>
        <source>The password must not contain the name part of your email address.</source>
        <translation>Das Passwort darf nicht den Namensteil Ihrer E-Mail-Adresse enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least {min} characters (this password has %n).</source>
        <translation>
            <numerusform>Verwenden Sie mindestens {min} Zeichen (dieses Passwort hat %n).</numerusform>
            <numerusform>Verwenden Sie mindestens {min} Zeichen (dieses Passwort hat %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Use at most {max} characters.</source>
        <translation>Verwenden Sie höchstens {max} Zeichen.</translation>
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
    <name>Permissions</name>
    <message>
        <source>see the exams you can take</source>
        <translation>Ihre verfügbaren Prüfungen sehen</translation>
    </message>
    <message>
        <source>start an exam</source>
        <translation>eine Prüfung beginnen</translation>
    </message>
    <message>
        <source>open an attempt</source>
        <translation>einen Versuch öffnen</translation>
    </message>
    <message>
        <source>answer questions</source>
        <translation>Fragen beantworten</translation>
    </message>
    <message>
        <source>check an answer in practice</source>
        <translation>eine Antwort im Übungsmodus prüfen</translation>
    </message>
    <message>
        <source>submit an attempt</source>
        <translation>einen Versuch abgeben</translation>
    </message>
    <message>
        <source>see whether this is the first start</source>
        <translation>den ersten Start erkennen</translation>
    </message>
    <message>
        <source>create the first administrator</source>
        <translation>den ersten Administrator anlegen</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>sich anmelden</translation>
    </message>
    <message>
        <source>resume a kept session</source>
        <translation>eine gespeicherte Anmeldung fortsetzen</translation>
    </message>
    <message>
        <source>sign out</source>
        <translation>sich abmelden</translation>
    </message>
    <message>
        <source>sign out everywhere</source>
        <translation>sich überall abmelden</translation>
    </message>
    <message>
        <source>change your name</source>
        <translation>Ihren Namen ändern</translation>
    </message>
    <message>
        <source>change your password</source>
        <translation>Ihr Passwort ändern</translation>
    </message>
    <message>
        <source>create an account</source>
        <translation>ein Konto anlegen</translation>
    </message>
    <message>
        <source>ask for a verification code</source>
        <translation>einen Bestätigungscode anfordern</translation>
    </message>
    <message>
        <source>verify your e-mail address</source>
        <translation>Ihre E-Mail-Adresse bestätigen</translation>
    </message>
    <message>
        <source>ask for a password reset</source>
        <translation>das Zurücksetzen des Passworts anfordern</translation>
    </message>
    <message>
        <source>reset a password with a code</source>
        <translation>ein Passwort mit einem Code zurücksetzen</translation>
    </message>
    <message>
        <source>list the exam library</source>
        <translation>die Prüfungsbibliothek anzeigen</translation>
    </message>
    <message>
        <source>open an exam</source>
        <translation>eine Prüfung öffnen</translation>
    </message>
    <message>
        <source>create exams</source>
        <translation>Prüfungen anlegen</translation>
    </message>
    <message>
        <source>change exams</source>
        <translation>Prüfungen ändern</translation>
    </message>
    <message>
        <source>publish or archive exams</source>
        <translation>Prüfungen veröffentlichen oder archivieren</translation>
    </message>
    <message>
        <source>see what deleting an exam involves</source>
        <translation>die Folgen des Löschens einer Prüfung sehen</translation>
    </message>
    <message>
        <source>delete exams</source>
        <translation>Prüfungen löschen</translation>
    </message>
    <message>
        <source>see who has extra time</source>
        <translation>sehen, wer einen Zeitzuschlag hat</translation>
    </message>
    <message>
        <source>give extra time</source>
        <translation>einen Zeitzuschlag geben</translation>
    </message>
    <message>
        <source>duplicate exams</source>
        <translation>Prüfungen duplizieren</translation>
    </message>
    <message>
        <source>Sign in to {what}.</source>
        <translation>Melden Sie sich an, um {what} zu können.</translation>
    </message>
    <message>
        <source>Only a teacher or administrator may {what}.</source>
        <translation>Nur eine Lehrkraft oder ein Administrator darf {what}.</translation>
    </message>
    <message>
        <source>Your account was deleted or deactivated; sign in again.</source>
        <translation>Ihr Konto wurde gelöscht oder deaktiviert; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>see an exam&apos;s questions</source>
        <translation>die Fragen einer Prüfung sehen</translation>
    </message>
    <message>
        <source>open a question</source>
        <translation>eine Frage öffnen</translation>
    </message>
    <message>
        <source>add questions</source>
        <translation>Fragen hinzufügen</translation>
    </message>
    <message>
        <source>change questions</source>
        <translation>Fragen ändern</translation>
    </message>
    <message>
        <source>delete questions</source>
        <translation>Fragen löschen</translation>
    </message>
    <message>
        <source>reorder questions</source>
        <translation>Fragen neu anordnen</translation>
    </message>
    <message>
        <source>draw a new exam from the question bank</source>
        <translation>eine neue Prüfung aus dem Fragenpool zusammenstellen</translation>
    </message>
    <message>
        <source>review an attempt</source>
        <translation>einen Versuch einsehen</translation>
    </message>
    <message>
        <source>see your attempts</source>
        <translation>Ihre Versuche sehen</translation>
    </message>
    <message>
        <source>see an exam&apos;s attempts</source>
        <translation>die Versuche einer Prüfung sehen</translation>
    </message>
    <message>
        <source>mark essays</source>
        <translation>Freitextantworten bewerten</translation>
    </message>
    <message>
        <source>see whether accounts can be created</source>
        <translation>die Kontoregistrierung prüfen</translation>
    </message>
    <message>
        <source>see whether e-mail is set up</source>
        <translation>die E-Mail-Einrichtung prüfen</translation>
    </message>
    <message>
        <source>see the settings</source>
        <translation>die Einstellungen sehen</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>die Einstellungen ändern</translation>
    </message>
    <message>
        <source>send a test e-mail</source>
        <translation>eine Test-E-Mail senden</translation>
    </message>
    <message>
        <source>start</source>
        <translation>starten</translation>
    </message>
    <message>
        <source>preview an import</source>
        <translation>eine Importvorschau sehen</translation>
    </message>
    <message>
        <source>import questions</source>
        <translation>Fragen importieren</translation>
    </message>
    <message>
        <source>export exams</source>
        <translation>Prüfungen exportieren</translation>
    </message>
    <message>
        <source>see the people who use Exam Hub</source>
        <translation>die Personenliste sehen</translation>
    </message>
    <message>
        <source>see a person&apos;s account</source>
        <translation>das Konto einer Person sehen</translation>
    </message>
    <message>
        <source>create accounts</source>
        <translation>Konten anlegen</translation>
    </message>
    <message>
        <source>change roles</source>
        <translation>Rollen ändern</translation>
    </message>
    <message>
        <source>activate or deactivate accounts</source>
        <translation>Konten aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation>Passwörter zurücksetzen</translation>
    </message>
    <message>
        <source>mark e-mail addresses verified</source>
        <translation>E-Mail-Adressen als bestätigt markieren</translation>
    </message>
    <message>
        <source>see a person&apos;s attempts</source>
        <translation>die Versuche einer Person sehen</translation>
    </message>
    <message>
        <source>delete accounts</source>
        <translation>Konten löschen</translation>
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
    <name>PreviewPage</name>
    <message>
        <source>Check what will be imported</source>
        <translation>Prüfen, was importiert wird</translation>
    </message>
    <message>
        <source>Questions with errors are left out; warnings say what changes on the way in.</source>
        <translation>Fragen mit Fehlern werden weggelassen; Warnungen sagen, was sich beim Import ändert.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Choose the format</source>
        <translation>Format wählen</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Zeichenkodierung:</translation>
    </message>
    <message>
        <source>Questions found</source>
        <translation>Gefundene Fragen</translation>
    </message>
    <message>
        <source>Problems by line</source>
        <translation>Probleme nach Zeile</translation>
    </message>
    <message>
        <source>&amp;Questions found:</source>
        <translation>Gefundene Fra&amp;gen:</translation>
    </message>
    <message>
        <source>Reading {file} as {format}…</source>
        <translation>{file} wird als {format} gelesen…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>Von Ihnen gewählt.</translation>
    </message>
    <message>
        <source>Recognised from the file&apos;s content and name: {format}.</source>
        <translation>An Inhalt und Namen der Datei erkannt: {format}.</translation>
    </message>
    <message>
        <source>{app} cannot tell which format this file is in: choose it.</source>
        <translation>{app} kann das Format dieser Datei nicht erkennen: Bitte wählen Sie es.</translation>
    </message>
    <message>
        <source>&amp;Problems, by line ({count}):</source>
        <translation>&amp;Probleme nach Zeile ({count}):</translation>
    </message>
    <message>
        <source>&amp;Problems, by line: none found in this file.</source>
        <translation>&amp;Probleme nach Zeile: keine in dieser Datei gefunden.</translation>
    </message>
    <message>
        <source>it holds no questions</source>
        <translation>sie enthält keine Fragen</translation>
    </message>
    <message>
        <source>No question could be read from {file} as {format}: {reason} If this is not the file&apos;s format, choose another one above.</source>
        <translation>Aus {file} konnte als {format} keine Frage gelesen werden: {reason} Falls das nicht das Format der Datei ist, wählen Sie oben ein anderes.</translation>
    </message>
    <message>
        <source>Every question in {file} has an error; fix the file and import it again.</source>
        <translation>Jede Frage in {file} hat einen Fehler; korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>&amp;Problems, by line:</source>
        <translation>&amp;Probleme nach Zeile:</translation>
    </message>
    <message>
        <source>Not a text file (an Excel workbook).</source>
        <translation>Keine Textdatei (eine Excel-Arbeitsmappe).</translation>
    </message>
    <message>
        <source>Windows-1252, since the file is not UTF-8: check accented letters below.</source>
        <translation>Windows-1252, da die Datei nicht UTF-8 ist: Prüfen Sie unten Umlaute und Akzente.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) found: {importable} can be imported.</source>
        <translation>
            <numerusform>%n Frage gefunden: {importable} kann importiert werden.</numerusform>
            <numerusform>%n Fragen gefunden: {importable} können importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors will be left out.</source>
        <translation>
            <numerusform>%n mit Fehlern wird weggelassen.</numerusform>
            <numerusform>%n mit Fehlern werden weggelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other problem(s) kept text out.</source>
        <translation>
            <numerusform>%n weiteres Problem hat Text ausgeschlossen.</numerusform>
            <numerusform>%n weitere Probleme haben Text ausgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n Warnung.</numerusform>
            <numerusform>%n Warnungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
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
    <name>Question</name>
    <message>
        <source>The question text is empty.</source>
        <translation>Der Fragetext ist leer.</translation>
    </message>
    <message>
        <source>Points must be between 0 and {max}.</source>
        <translation>Die Punkte müssen zwischen 0 und {max} liegen.</translation>
    </message>
    <message>
        <source>True/false needs the right answer set to true or false.</source>
        <translation>Bei Wahr/Falsch muss die richtige Antwort auf wahr oder falsch gesetzt sein.</translation>
    </message>
    <message numerus="yes">
        <source>A question can have at most {max} choices (A-J); it has %n.</source>
        <translation>
            <numerusform>Eine Frage kann höchstens {max} Optionen haben (A-J); sie hat %n.</numerusform>
            <numerusform>Eine Frage kann höchstens {max} Optionen haben (A-J); sie hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every choice needs text.</source>
        <translation>Jede Option braucht einen Text.</translation>
    </message>
    <message>
        <source>Choice credit must be between -100% and 100%.</source>
        <translation>Die Wertung einer Option muss zwischen -100 % und 100 % liegen.</translation>
    </message>
    <message>
        <source>Multiple choice needs at least two options and exactly one fully correct.</source>
        <translation>Einfachauswahl braucht mindestens zwei Optionen und genau eine vollständig richtige.</translation>
    </message>
    <message>
        <source>Multiple response needs at least two options and one with positive credit.</source>
        <translation>Mehrfachauswahl braucht mindestens zwei Optionen und eine mit positiver Wertung.</translation>
    </message>
    <message>
        <source>Multiple response: the positive credits add up to {sum}%; they must add up to 100%.</source>
        <translation>Mehrfachauswahl: Die positiven Wertungen ergeben zusammen {sum} %; sie müssen 100 % ergeben.</translation>
    </message>
    <message>
        <source>Short answer needs at least one accepted answer.</source>
        <translation>Kurzantwort braucht mindestens eine akzeptierte Antwort.</translation>
    </message>
    <message>
        <source>An accepted answer is empty.</source>
        <translation>Eine akzeptierte Antwort ist leer.</translation>
    </message>
    <message>
        <source>Answer credit must be between 0% and 100%.</source>
        <translation>Die Wertung einer Antwort muss zwischen 0 % und 100 % liegen.</translation>
    </message>
    <message>
        <source>Short answer needs one accepted answer worth 100%.</source>
        <translation>Kurzantwort braucht eine akzeptierte Antwort mit 100 %.</translation>
    </message>
    <message>
        <source>Numerical needs at least one accepted value.</source>
        <translation>Numerisch braucht mindestens einen akzeptierten Wert.</translation>
    </message>
    <message>
        <source>A numerical value or tolerance is not a finite number.</source>
        <translation>Ein numerischer Wert oder eine Toleranz ist keine endliche Zahl.</translation>
    </message>
    <message>
        <source>A numerical tolerance cannot be negative.</source>
        <translation>Eine numerische Toleranz kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Numerical needs one accepted value worth 100%.</source>
        <translation>Numerisch braucht einen akzeptierten Wert mit 100 %.</translation>
    </message>
    <message>
        <source>Matching needs at least two pairs.</source>
        <translation>Zuordnung braucht mindestens zwei Paare.</translation>
    </message>
    <message>
        <source>Every matching pair needs both a prompt and an answer.</source>
        <translation>Jedes Zuordnungspaar braucht eine Vorgabe und eine Antwort.</translation>
    </message>
    <message>
        <source>Matching prompts must be different from each other.</source>
        <translation>Die Vorgaben einer Zuordnung müssen sich voneinander unterscheiden.</translation>
    </message>
    <message>
        <source>Unknown question type {type}.</source>
        <translation>Unbekannter Fragetyp {type}.</translation>
    </message>
    <message>
        <source>The question&apos;s options are neither a list nor an object.</source>
        <translation>Die Optionen der Frage sind weder eine Liste noch ein Objekt.</translation>
    </message>
    <message>
        <source>The question&apos;s options are malformed: {cause}</source>
        <translation>Die Optionen der Frage sind fehlerhaft: {cause}</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Question text</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>&amp;Question text:</source>
        <translation>&amp;Fragetext:</translation>
    </message>
    <message>
        <source>Answer — {type}</source>
        <translation>Antwort – {type}</translation>
    </message>
    <message>
        <source>E&amp;xplanation:</source>
        <translation>&amp;Erklärung:</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Punkte:</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>Schwierig&amp;keit:</translation>
    </message>
    <message>
        <source>Students see the explanation after the attempt is graded.</source>
        <translation>Lernende sehen die Erklärung, sobald der Versuch bewertet ist.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+S saves and stays)</source>
        <translation>Speichern und schließen (Strg+S speichert und bleibt offen)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Question {number} — {type}</source>
        <translation>Frage {number} – {type}</translation>
    </message>
    <message>
        <source>New Question — {type}</source>
        <translation>Neue Frage – {type}</translation>
    </message>
    <message>
        <source>This exam has attempts, so its questions cannot change (their scores would be wrong). Use “Duplicate as New Draft” in the exam editor to change a copy.</source>
        <translation>Zu dieser Prüfung gibt es Versuche, daher können sich ihre Fragen nicht ändern (die Ergebnisse wären sonst falsch). Wählen Sie im Prüfungseditor „Als neuen Entwurf kopieren“, um eine Kopie zu ändern.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>this question</source>
        <translation>dieser Frage</translation>
    </message>
</context>
<context>
    <name>QuestionListModel</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(noch kein Text)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Question {number}</source>
        <translation>Frage {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Frage {number} von {total}</translation>
    </message>
    <message>
        <source>⚑ Flagged for review</source>
        <translation>⚑ Zur Überprüfung markiert</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
</context>
<context>
    <name>QuestionPalette</name>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>i</source>
        <translation>i</translation>
    </message>
    <message>
        <source>✓ answered   {flag} flagged   ○ not answered</source>
        <translation>✓ beantwortet   {flag} markiert   ○ nicht beantwortet</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Question {number}, {state}</source>
        <translation>Frage {number}, {state}</translation>
    </message>
    <message>
        <source>Question {number}: {state}</source>
        <translation>Frage {number}: {state}</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>{answered} answered · {unanswered} not answered · {flagged} flagged</source>
        <translation>{answered} beantwortet · {unanswered} nicht beantwortet · {flagged} markiert</translation>
    </message>
</context>
<context>
    <name>QuestionService</name>
    <message>
        <source>That exam no longer exists.</source>
        <translation>Diese Prüfung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“{title}” has attempts, so changing how it is graded would make their scores wrong. Use “Duplicate as new draft” and change the copy.</source>
        <translation>„{title}“ hat bereits Versuche; eine Änderung der Bewertung würde deren Ergebnisse verfälschen. Verwenden Sie „Als neuen Entwurf duplizieren“ und ändern Sie die Kopie.</translation>
    </message>
    <message>
        <source>The exam&apos;s questions changed meanwhile; reload and try again.</source>
        <translation>Die Fragen der Prüfung wurden inzwischen geändert; laden Sie neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>That question no longer exists.</source>
        <translation>Diese Frage existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>Der Titel ist leer.</translation>
    </message>
    <message>
        <source>Choose at least one exam to draw from.</source>
        <translation>Wählen Sie mindestens eine Prüfung, aus der gezogen wird.</translation>
    </message>
    <message>
        <source>Draw between 1 and {max} questions.</source>
        <translation>Ziehen Sie zwischen 1 und {max} Fragen.</translation>
    </message>
    <message numerus="yes">
        <source>The chosen exams have only %n matching question(s); draw at most that many.</source>
        <translation>
            <numerusform>Die gewählten Prüfungen haben nur %n passende Frage; ziehen Sie höchstens so viele.</numerusform>
            <numerusform>Die gewählten Prüfungen haben nur %n passende Fragen; ziehen Sie höchstens so viele.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawn at random from: {titles}</source>
        <translation>Zufällig gezogen aus: {titles}</translation>
    </message>
    <message>
        <source>The question text is empty.</source>
        <translation>Der Fragetext ist leer.</translation>
    </message>
    <message>
        <source>Points must be between 0 and 1000.</source>
        <translation>Die Punkte müssen zwischen 0 und 1000 liegen.</translation>
    </message>
    <message>
        <source>A question can have at most 10 choices (A-J).</source>
        <translation>Eine Frage kann höchstens 10 Optionen haben (A-J).</translation>
    </message>
</context>
<context>
    <name>QuestionTypeDialog</name>
    <message>
        <source>Add Question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Type of the new question:</source>
        <translation>&amp;Typ der neuen Frage:</translation>
    </message>
    <message>
        <source>Question type</source>
        <translation>Fragetyp</translation>
    </message>
    <message>
        <source>{type}: {help}</source>
        <translation>{type}: {help}</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>QuestionTypes</name>
    <message>
        <source>Multiple choice</source>
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <source>Multiple response</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>True / false</source>
        <translation>Wahr / falsch</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Kurzantwort</translation>
    </message>
    <message>
        <source>Numerical</source>
        <translation>Numerisch</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Essay</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>One right choice among several.</source>
        <translation>Eine richtige Antwort unter mehreren.</translation>
    </message>
    <message>
        <source>Several right choices; credit is shared among them.</source>
        <translation>Mehrere richtige Antworten; die Punkte werden unter ihnen aufgeteilt.</translation>
    </message>
    <message>
        <source>A statement the student marks true or false.</source>
        <translation>Eine Aussage, die die Lernenden als wahr oder falsch markieren.</translation>
    </message>
    <message>
        <source>A word or phrase typed in, compared with accepted answers (wildcards allowed).</source>
        <translation>Ein eingetipptes Wort oder eine Wendung, verglichen mit akzeptierten Antworten (Platzhalter erlaubt).</translation>
    </message>
    <message>
        <source>A number, accepted within a tolerance or a range.</source>
        <translation>Eine Zahl, akzeptiert innerhalb einer Toleranz oder eines Bereichs.</translation>
    </message>
    <message>
        <source>Prompts matched with answers, optionally with extra wrong answers.</source>
        <translation>Vorgaben, denen Antworten zugeordnet werden, wahlweise mit zusätzlichen falschen Antworten.</translation>
    </message>
    <message>
        <source>A free text answer, graded by hand.</source>
        <translation>Eine Antwort in freiem Text, von Hand bewertet.</translation>
    </message>
    <message>
        <source>Text shown between questions; nothing to answer.</source>
        <translation>Text zwischen den Fragen; nichts zu beantworten.</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
</context>
<context>
    <name>RecordDelegate</name>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>{column}, row {row}</source>
        <translation>{column}, Zeile {row}</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>RecordModel</name>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
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
    <name>ReorderCommand</name>
    <message>
        <source>Move Question</source>
        <translation>Frage verschieben</translation>
    </message>
</context>
<context>
    <name>Responses</name>
    <message>
        <source>This answer must be text, not {kind}.</source>
        <translation>Diese Antwort muss ein Text sein, nicht {kind}.</translation>
    </message>
    <message numerus="yes">
        <source>An answer may have at most %n character(s).</source>
        <translation>
            <numerusform>Eine Antwort darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Eine Antwort darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>A multiple choice answer must be a choice index.</source>
        <translation>Eine Einfachauswahl-Antwort muss ein Optionsindex sein.</translation>
    </message>
    <message>
        <source>A multiple response answer must be a frozenset of choice indexes.</source>
        <translation>Eine Mehrfachauswahl-Antwort muss ein frozenset von Optionsindizes sein.</translation>
    </message>
    <message>
        <source>A true/false answer must be True or False.</source>
        <translation>Eine Wahr/Falsch-Antwort muss True oder False sein.</translation>
    </message>
    <message>
        <source>A matching answer must map prompt indexes to answer texts.</source>
        <translation>Eine Zuordnungsantwort muss Vorgabeindizes auf Antworttexte abbilden.</translation>
    </message>
    <message>
        <source>A description takes no answer.</source>
        <translation>Eine Beschreibung nimmt keine Antwort an.</translation>
    </message>
    <message>
        <source>Choice {number} does not exist in this question.</source>
        <translation>Option {number} gibt es in dieser Frage nicht.</translation>
    </message>
    <message>
        <source>An answer names a choice this question does not have.</source>
        <translation>Eine Antwort nennt eine Option, die diese Frage nicht hat.</translation>
    </message>
    <message>
        <source>An answer names a matching prompt this question does not have.</source>
        <translation>Eine Antwort nennt eine Zuordnungsvorgabe, die diese Frage nicht hat.</translation>
    </message>
    <message>
        <source>An answer is not one of the matching options.</source>
        <translation>Eine Antwort gehört nicht zu den Zuordnungsoptionen.</translation>
    </message>
    <message>
        <source>A stored multiple response answer must be a list of choice indexes.</source>
        <translation>Eine gespeicherte Mehrfachauswahl-Antwort muss eine Liste von Optionsindizes sein.</translation>
    </message>
    <message>
        <source>A stored multiple response answer names a choice twice.</source>
        <translation>Eine gespeicherte Mehrfachauswahl-Antwort nennt eine Option zweimal.</translation>
    </message>
    <message>
        <source>A stored matching answer must be an object.</source>
        <translation>Eine gespeicherte Zuordnungsantwort muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>A stored matching answer has a bad prompt index {index}.</source>
        <translation>Eine gespeicherte Zuordnungsantwort hat einen ungültigen Vorgabeindex {index}.</translation>
    </message>
    <message>
        <source>A stored matching answer must map to answer texts.</source>
        <translation>Eine gespeicherte Zuordnungsantwort muss auf Antworttexte abbilden.</translation>
    </message>
</context>
<context>
    <name>ResultsService</name>
    <message>
        <source>That attempt no longer exists.</source>
        <translation>Dieser Versuch existiert nicht mehr.</translation>
    </message>
    <message>
        <source>You can only see your own attempts.</source>
        <translation>Sie können nur Ihre eigenen Versuche sehen.</translation>
    </message>
    <message>
        <source>(deleted exam)</source>
        <translation>(gelöschte Prüfung)</translation>
    </message>
    <message>
        <source>(deleted account)</source>
        <translation>(gelöschtes Konto)</translation>
    </message>
    <message>
        <source>This attempt is still in progress; submit it first.</source>
        <translation>Dieser Versuch läuft noch; geben Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>You have an exam attempt of this exam in progress: its earlier attempts can be reviewed after you submit it.</source>
        <translation>Sie haben einen laufenden Prüfungsversuch dieser Prüfung: Frühere Versuche können Sie nach dessen Abgabe auswerten.</translation>
    </message>
    <message>
        <source>The attempt is still in progress.</source>
        <translation>Der Versuch läuft noch.</translation>
    </message>
    <message>
        <source>That essay is not part of this attempt.</source>
        <translation>Diese Freitextfrage gehört nicht zu diesem Versuch.</translation>
    </message>
    <message numerus="yes">
        <source>Give between 0 and %n point(s).</source>
        <translation>
            <numerusform>Vergeben Sie zwischen 0 und %n Punkt.</numerusform>
            <numerusform>Vergeben Sie zwischen 0 und %n Punkten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>The exam was deleted, so its questions can no longer be shown.</source>
        <translation>Die Prüfung wurde gelöscht, daher können ihre Fragen nicht mehr angezeigt werden.</translation>
    </message>
    <message>
        <source>Your teacher has not made the questions and your answers visible for review.</source>
        <translation>Ihre Lehrkraft hat die Fragen und Ihre Antworten nicht zur Einsicht freigegeben.</translation>
    </message>
    <message>
        <source>Go to the &amp;Next Essay to Mark</source>
        <translation>Zum &amp;nächsten offenen Freitext</translation>
    </message>
    <message>
        <source>Go to the next essay to mark</source>
        <translation>Zum nächsten Freitext, der noch bewertet werden muss</translation>
    </message>
    <message numerus="yes">
        <source>%n essay(s) to mark.</source>
        <translation>
            <numerusform>%n Freitext ist zu bewerten.</numerusform>
            <numerusform>%n Freitexte sind zu bewerten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left the exam window %n time(s), {time} in all:</source>
        <translation>
            <numerusform>Hat das Prüfungsfenster %n-mal verlassen, insgesamt {time}:</numerusform>
            <numerusform>Hat das Prüfungsfenster %n-mal verlassen, insgesamt {time}:</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} for {length}</source>
        <translation>{time} für {length}</translation>
    </message>
    <message>
        <source>Score not shown yet</source>
        <translation>Ergebnis noch nicht sichtbar</translation>
    </message>
    <message>
        <source>No pass mark</source>
        <translation>Keine Bestehensgrenze</translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation>✓ Bestanden</translation>
    </message>
    <message>
        <source>✗ Not passed</source>
        <translation>✗ Nicht bestanden</translation>
    </message>
    <message>
        <source>Score {score} percent</source>
        <translation>Ergebnis {score} Prozent</translation>
    </message>
    <message>
        <source>Pending: an essay awaits a teacher&apos;s mark, so the score may still go up.</source>
        <translation>Ausstehend: Ein Freitext wartet auf die Bewertung durch eine Lehrkraft, das Ergebnis kann also noch steigen.</translation>
    </message>
    <message>
        <source>{earned} of {possible} points</source>
        <translation>{earned} von {possible} Punkten</translation>
    </message>
    <message>
        <source>pass mark {percent}</source>
        <translation>Bestehensgrenze {percent}</translation>
    </message>
    <message>
        <source>time taken {time}</source>
        <translation>benötigte Zeit {time}</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>exam mode</source>
        <translation>Prüfungsmodus</translation>
    </message>
    <message>
        <source>started {time}</source>
        <translation>begonnen {time}</translation>
    </message>
    <message>
        <source>ended {time}</source>
        <translation>beendet {time}</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Review — {student} — {exam}</source>
        <translation>Auswertung — {student} — {exam}</translation>
    </message>
    <message>
        <source>Review — {exam}</source>
        <translation>Auswertung — {exam}</translation>
    </message>
    <message>
        <source>Saving the mark…</source>
        <translation>Die Bewertung wird gespeichert…</translation>
    </message>
    <message>
        <source>Mark saved.</source>
        <translation>Bewertung gespeichert.</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <source>{name} formatting</source>
        <translation>Formatierung: {name}</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Bold ({key})</source>
        <translation>Fett ({key})</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Italic ({key})</source>
        <translation>Kursiv ({key})</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code, in a fixed-width font</source>
        <translation>Code, in nichtproportionaler Schrift</translation>
    </message>
    <message>
        <source>Code, in a fixed-width font ({key})</source>
        <translation>Code, in nichtproportionaler Schrift ({key})</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Bulleted list ({key})</source>
        <translation>Aufzählung ({key})</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>Numbered list ({key})</source>
        <translation>Nummerierte Liste ({key})</translation>
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
    <name>RulesForm</name>
    <message>
        <source>Thei&amp;r answers:</source>
        <translation>Antwo&amp;rten der Lernenden:</translation>
    </message>
    <message>
        <source>Right or wrong &amp;marks:</source>
        <translation>Richtig/falsch-&amp;Markierung:</translation>
    </message>
    <message>
        <source>Points an&amp;d score:</source>
        <translation>Punkte un&amp;d Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;The correct answers:</source>
        <translation>Die richti&amp;gen Antworten:</translation>
    </message>
    <message>
        <source>&amp;Feedback and explanations:</source>
        <translation>Rü&amp;ckmeldung und Erklärungen:</translation>
    </message>
    <message>
        <source>Attempts allowed</source>
        <translation>Erlaubte Versuche</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>How many times each student may take the exam in exam mode; practice does not count</source>
        <translation>Wie oft alle Lernenden die Prüfung im Prüfungsmodus ablegen dürfen; Üben zählt nicht</translation>
    </message>
    <message>
        <source>Grade that counts</source>
        <translation>Gewertetes Ergebnis</translation>
    </message>
    <message>
        <source>Which finished exam attempt gives the student&apos;s result</source>
        <translation>Welcher abgeschlossene Prüfungsversuch das Ergebnis bestimmt</translation>
    </message>
    <message>
        <source>Offer &amp;practice mode</source>
        <translation>Übungs&amp;modus anbieten</translation>
    </message>
    <message>
        <source>Students may practise with their answers checked as they go; never while one of their exam attempts is in progress</source>
        <translation>Lernende dürfen üben und ihre Antworten sofort prüfen lassen; nie, solange einer ihrer Prüfungsversuche läuft</translation>
    </message>
    <message>
        <source>Take the exa&amp;m in full screen</source>
        <translation>Prüfung im Vollbil&amp;d ablegen</translation>
    </message>
    <message>
        <source>Leaving the window is recorded and shown to you.</source>
        <translation>Das Verlassen des Fensters wird aufgezeichnet und Ihnen gezeigt.</translation>
    </message>
    <message>
        <source>&amp;Opens at:</source>
        <translation>Begi&amp;nn:</translation>
    </message>
    <message>
        <source>Off: students can start the exam as soon as it is published</source>
        <translation>Aus: Lernende können die Prüfung beginnen, sobald sie veröffentlicht ist</translation>
    </message>
    <message>
        <source>Opening time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Closes a&amp;t:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Off: the exam stays open</source>
        <translation>Aus: Die Prüfung bleibt offen</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Attempts still in progress end at this time</source>
        <translation>Laufende Versuche enden zu diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>Times are in this computer&apos;s time zone.</source>
        <translation>Die Zeiten gelten in der Zeitzone dieses Computers.</translation>
    </message>
    <message>
        <source>Attempts allowe&amp;d:</source>
        <translation>&amp;Zulässige Versuche:</translation>
    </message>
    <message>
        <source>&amp;Grade that counts:</source>
        <translation>&amp;Gewertetes Ergebnis:</translation>
    </message>
    <message>
        <source>Practice:</source>
        <translation>Üben:</translation>
    </message>
    <message>
        <source>Full screen:</source>
        <translation>Vollbild:</translation>
    </message>
    <message>
        <source>When students may see each part of a finished exam attempt:</source>
        <translation>Wann Lernende die Teile eines abgeschlossenen Prüfungsversuchs sehen dürfen:</translation>
    </message>
    <message>
        <source>Marks, the correct answers and feedback are shown only with the answers.</source>
        <translation>Markierungen, richtige Antworten und Rückmeldungen werden nur zusammen mit den Antworten gezeigt.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>“After the exam closes” never comes while the exam has no closing time: set one under “Taking the exam”, or students never see these parts.</source>
        <translation>„Nach dem Ende der Prüfung“ tritt nie ein, solange die Prüfung kein Ende hat: Legen Sie eines unter „Ablegen der Prüfung“ fest, sonst sehen Lernende diese Teile nie.</translation>
    </message>
    <message>
        <source>Some review options wait for the exam to close: without a closing time they never come.</source>
        <translation>Einige Auswertungsoptionen warten auf das Ende der Prüfung: Ohne Ende treten sie nie ein.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>All of a file comes in, or none of it: cancelling writes nothing of the file being imported.</source>
        <translation>Eine Datei kommt ganz oder gar nicht herein: Beim Abbrechen wird nichts von der gerade importierten Datei geschrieben.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Cancel &amp;Import</source>
        <translation>Import a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>Importing {file} (file {number} of {files}): {done} of %n question(s)…</source>
        <translation>
            <numerusform>{file} wird importiert (Datei {number} von {files}): {done} von %n Frage…</numerusform>
            <numerusform>{file} wird importiert (Datei {number} von {files}): {done} von %n Fragen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {file}: {done} of %n question(s)…</source>
        <translation>
            <numerusform>{file} wird importiert: {done} von %n Frage…</numerusform>
            <numerusform>{file} wird importiert: {done} von %n Fragen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling… nothing of the file being imported will be written.</source>
        <translation>Wird abgebrochen… Von der gerade importierten Datei wird nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>RunnerActions</name>
    <message>
        <source>{keys} or {key}</source>
        <translation>{keys} oder {key}</translation>
    </message>
    <message>
        <source>1–9, 0 or A–J</source>
        <translation>1–9, 0 oder A–J</translation>
    </message>
    <message>
        <source>Ctrl+Enter submit</source>
        <translation>Strg+Eingabe abgeben</translation>
    </message>
    <message>
        <source>N / P or Page Down / Page Up move</source>
        <translation>N / P oder Bild ab / Bild auf blättern</translation>
    </message>
    <message>
        <source>Page Down / Page Up move</source>
        <translation>Bild ab / Bild auf blättern</translation>
    </message>
    <message>
        <source>Tab leaves the box</source>
        <translation>Tab verlässt das Feld</translation>
    </message>
    <message>
        <source>{keys} pick</source>
        <translation>{keys} wählen</translation>
    </message>
    <message>
        <source>N / P move</source>
        <translation>N / P blättern</translation>
    </message>
    <message>
        <source>{keys} flag</source>
        <translation>{keys} markieren</translation>
    </message>
    <message>
        <source>K check</source>
        <translation>K prüfen</translation>
    </message>
    <message>
        <source>Keys: {keys}</source>
        <translation>Tasten: {keys}</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>&amp;Nächste Frage</translation>
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation>&amp;Vorherige Frage</translation>
    </message>
    <message>
        <source>&amp;Flag for Review</source>
        <translation>Zur Überprüfung &amp;markieren</translation>
    </message>
    <message>
        <source>Chec&amp;k Answer</source>
        <translation>Antwort &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Abgeben…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>Ver&amp;lassen</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered.</source>
        <translation>
            <numerusform>%n Frage ist nicht beantwortet.</numerusform>
            <numerusform>%n Fragen sind nicht beantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) flagged for review.</source>
        <translation>
            <numerusform>%n Frage ist zur Überprüfung markiert.</numerusform>
            <numerusform>%n Fragen sind zur Überprüfung markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every question is answered.</source>
        <translation>Alle Fragen sind beantwortet.</translation>
    </message>
    <message>
        <source>You cannot change your answers after submitting.</source>
        <translation>Nach dem Abgeben können Sie Ihre Antworten nicht mehr ändern.</translation>
    </message>
</context>
<context>
    <name>RunnerLayout</name>
    <message>
        <source>Full-screen exam: leaving this window is recorded</source>
        <translation>Prüfung im Vollbild: Das Verlassen dieses Fensters wird aufgezeichnet</translation>
    </message>
    <message>
        <source>Full-screen exam</source>
        <translation>Prüfung im Vollbild</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Leave and resume later</source>
        <translation>Verlassen und später fortsetzen</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorherige Frage</translation>
    </message>
    <message>
        <source>Previous question (P or Page Up)</source>
        <translation>Vorherige Frage (P oder Bild auf)</translation>
    </message>
    <message>
        <source>⚑ Flag</source>
        <translation>⚑ Markieren</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Zur Überprüfung markieren</translation>
    </message>
    <message>
        <source>Check Answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <source>See whether your answer is right (K)</source>
        <translation>Prüfen, ob Ihre Antwort richtig ist (K)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Next question (N or Page Down)</source>
        <translation>Nächste Frage (N oder Bild ab)</translation>
    </message>
    <message>
        <source>Submit…</source>
        <translation>Abgeben…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Abgeben</translation>
    </message>
    <message>
        <source>Hand in your answers (Ctrl+Enter)</source>
        <translation>Ihre Antworten abgeben (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Time so far</source>
        <translation>Bisherige Zeit</translation>
    </message>
    <message>
        <source>Untimed · {time}</source>
        <translation>Ohne Zeitlimit · {time}</translation>
    </message>
    <message>
        <source>Time left {time}</source>
        <translation>Noch {time}</translation>
    </message>
    <message>
        <source>⚑ Unflag</source>
        <translation>⚑ Nicht mehr markieren</translation>
    </message>
    <message>
        <source>Flag this question to come back to it ({keys})</source>
        <translation>Diese Frage markieren, um später zu ihr zurückzukehren ({keys})</translation>
    </message>
</context>
<context>
    <name>RunnerModels</name>
    <message>
        <source>Untimed</source>
        <translation>Ohne Zeitlimit</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{count} of {allowed}</source>
        <translation>{count} von {allowed}</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Bestehensgrenze</translation>
    </message>
    <message>
        <source>My attempts</source>
        <translation>Meine Versuche</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>My grade</source>
        <translation>Mein Ergebnis</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Pending mark</source>
        <translation>Bewertung ausstehend</translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation>✓ Bestanden</translation>
    </message>
    <message>
        <source>✗ Not passed</source>
        <translation>✗ Nicht bestanden</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>{count}× · {time}</source>
        <translation>{count}× · {time}</translation>
    </message>
    <message numerus="yes">
        <source>Left the window %n time(s), {time} in all</source>
        <translation>
            <numerusform>Hat das Fenster %n-mal verlassen, insgesamt {time}</numerusform>
            <numerusform>Hat das Fenster %n-mal verlassen, insgesamt {time}</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Left window</source>
        <translation>Fenster verlassen</translation>
    </message>
</context>
<context>
    <name>RunnerWindow</name>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Opening the attempt…</source>
        <translation>Der Versuch wird geöffnet…</translation>
    </message>
    <message>
        <source>Leave and resume later</source>
        <translation>Verlassen und später fortsetzen</translation>
    </message>
    <message>
        <source>{exam} — Practice</source>
        <translation>{exam} — Übung</translation>
    </message>
    <message>
        <source>{exam} — Exam</source>
        <translation>{exam} — Prüfung</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Frage {number} von {total}</translation>
    </message>
    <message>
        <source>This attempt is also open on another device. Its answers are shown here too; what you typed here is kept.</source>
        <translation>Dieser Versuch ist auch auf einem anderen Gerät geöffnet. Dessen Antworten werden auch hier angezeigt; was Sie hier eingegeben haben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Some answers are not saved: {error}</source>
        <translation>Einige Antworten sind nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>All answers saved.</source>
        <translation>Alle Antworten gespeichert.</translation>
    </message>
    <message>
        <source>All answers saved</source>
        <translation>Alle Antworten gespeichert</translation>
    </message>
    <message>
        <source>Your answer is not saved yet, so it cannot be checked.</source>
        <translation>Ihre Antwort ist noch nicht gespeichert und kann daher nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>Scores over time</source>
        <translation>Ergebnisse im Zeitverlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n scored attempt(s), from {start} to {end}; first {first}, latest {latest}, best {best}.</source>
        <translation>
            <numerusform>%n bewerteter Versuch, vom {start} bis {end}; erstes Ergebnis {first}, letztes {latest}, bestes {best}.</numerusform>
            <numerusform>%n bewertete Versuche, vom {start} bis {end}; erstes Ergebnis {first}, letztes {latest}, bestes {best}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No scored attempts yet.</source>
        <translation>Noch keine bewerteten Versuche.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>not passed or no pass mark</source>
        <translation>nicht bestanden oder ohne Bestehensgrenze</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>pass {percent}</source>
        <translation>Grenze {percent}</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>system keyring ({backend})</source>
        <translation>Schlüsselbund des Systems ({backend})</translation>
    </message>
    <message>
        <source>file readable only by you ({path})</source>
        <translation>Datei, die nur Sie lesen können ({path})</translation>
    </message>
</context>
<context>
    <name>ServerAccess</name>
    <message>
        <source>&apos;examhub server&apos; works on a PostgreSQL database only; this is {dialect}.</source>
        <translation>&apos;examhub server&apos; funktioniert nur mit einer PostgreSQL-Datenbank; dies ist {dialect}.</translation>
    </message>
    <message>
        <source>The PostgreSQL role {user} may not create roles; run &apos;examhub server&apos; as the database owner with CREATEROLE (as a superuser: ALTER ROLE {user} CREATEROLE).</source>
        <translation>Die PostgreSQL-Rolle {user} darf keine Rollen anlegen; führen Sie &apos;examhub server&apos; als Eigentümer der Datenbank mit CREATEROLE aus (als Superuser: ALTER ROLE {user} CREATEROLE).</translation>
    </message>
    <message>
        <source>The PostgreSQL role {user} does not own the database {database}; run &apos;examhub server&apos; with the owner&apos;s credentials (as a superuser: ALTER DATABASE {database} OWNER TO {user}).</source>
        <translation>Die PostgreSQL-Rolle {user} ist nicht Eigentümer der Datenbank {database}; führen Sie &apos;examhub server&apos; mit den Zugangsdaten des Eigentümers aus (als Superuser: ALTER DATABASE {database} OWNER TO {user}).</translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <source>Cannot reach the school server {where} ({reason}). Check the network connection, or ask the school&apos;s IT whether the server is running.</source>
        <translation>Der Schulserver {where} ist nicht erreichbar ({reason}). Prüfen Sie die Netzwerkverbindung, oder fragen Sie die IT der Schule, ob der Server läuft.</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <source>&apos;examhub server&apos; prepares a PostgreSQL database; {where} is a SQLite file. Give --database-url postgresql://OWNER@HOST:PORT/NAME or set EXAMHUB_DATABASE_URL.</source>
        <translation>&apos;examhub server&apos; richtet eine PostgreSQL-Datenbank ein; {where} ist eine SQLite-Datei. Geben Sie --database-url postgresql://OWNER@HOST:PORT/NAME an oder setzen Sie EXAMHUB_DATABASE_URL.</translation>
    </message>
    <message>
        <source>{email} is already an administrator; nothing changed.</source>
        <translation>{email} ist bereits Administrator; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This server already has an administrator ({admins}); --admin {email} was not made one. Sign in as an administrator and add accounts with &apos;examhub users add --as ADMIN-EMAIL --email {email} --role admin&apos;.</source>
        <translation>Dieser Server hat bereits einen Administrator ({admins}); --admin {email} wurde nicht dazu gemacht. Melden Sie sich als Administrator an und legen Sie Konten mit &apos;examhub users add --as ADMIN-EMAIL --email {email} --role admin&apos; an.</translation>
    </message>
    <message>
        <source>created the administrator {email}</source>
        <translation>Administrator {email} angelegt</translation>
    </message>
    <message>
        <source>{email} is now an administrator with the password given</source>
        <translation>{email} ist jetzt Administrator mit dem angegebenen Passwort</translation>
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
    <name>SettingsService</name>
    <message>
        <source>Exam Hub test e-mail</source>
        <translation>Exam-Hub-Test-E-Mail</translation>
    </message>
    <message>
        <source>This is a test e-mail from Exam Hub Desktop. If you can read it, e-mail is set up correctly.</source>
        <translation>Dies ist eine Test-E-Mail von Exam Hub Desktop. Wenn Sie sie lesen können, ist E-Mail richtig eingerichtet.</translation>
    </message>
</context>
<context>
    <name>ShortAnswerPanel</name>
    <message>
        <source>Accepted answer</source>
        <translation>Akzeptierte Antwort</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Add Answer</source>
        <translation>Antwort hinzufügen</translation>
    </message>
    <message>
        <source>Remove Answer</source>
        <translation>Antwort entfernen</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation>Antwort hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected answer</source>
        <translation>Ausgewählte Antwort entfernen</translation>
    </message>
    <message>
        <source>Move the selected answer up</source>
        <translation>Ausgewählte Antwort nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected answer down</source>
        <translation>Ausgewählte Antwort nach unten verschieben</translation>
    </message>
    <message>
        <source>Accepted answers</source>
        <translation>Akzeptierte Antworten</translation>
    </message>
    <message>
        <source>&amp;Case sensitive (“Paris” is not “paris”)</source>
        <translation>Groß-/Kleinschreibung &amp;beachten („Paris“ ist nicht „paris“)</translation>
    </message>
    <message>
        <source>Use * as a wildcard for any characters (hover for examples).</source>
        <translation>Ein * steht als Platzhalter für beliebige Zeichen (Beispiele beim Darüberfahren mit der Maus).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>{keys} or {key}</source>
        <translation>{keys} oder {key}</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Pick the choice at that position</source>
        <translation>Antwort an dieser Stelle wählen</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between controls; Alt with an underlined letter picks it.</source>
        <translation>Tab und Umschalt+Tab springen zwischen den Bedienelementen; Alt mit einem unterstrichenen Buchstaben wählt das Element aus.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
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
        <source>School server: {database} on {host}</source>
        <translation>Schulserver: {database} auf {host}</translation>
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
    <name>Spreadsheet</name>
    <message>
        <source>Only the first {max} rows are read; split the file.</source>
        <translation>Nur die ersten {max} Zeilen werden gelesen; teilen Sie die Datei auf.</translation>
    </message>
    <message>
        <source>The CSV file cannot be read past this line: {cause}.</source>
        <translation>Die CSV-Datei kann ab dieser Zeile nicht gelesen werden: {cause}.</translation>
    </message>
    <message>
        <source>No header row found on any sheet: the first rows need a &apos;question&apos; column (Exam Hub&apos;s template, see docs/formats.md) or Kahoot&apos;s &apos;Question&apos;, &apos;Answer 1&apos; and &apos;Correct answer(s)&apos; columns.</source>
        <translation>Auf keinem Blatt wurde eine Kopfzeile gefunden: Die ersten Zeilen brauchen eine Spalte &apos;question&apos; (Vorlage von Exam Hub, siehe docs/formats.md) oder die Kahoot-Spalten &apos;Question&apos;, &apos;Answer 1&apos; und &apos;Correct answer(s)&apos;.</translation>
    </message>
    <message>
        <source>No header row found: the first rows need a &apos;question&apos; column (Exam Hub&apos;s template, see docs/formats.md) or Kahoot&apos;s &apos;Question&apos;, &apos;Answer 1&apos; and &apos;Correct answer(s)&apos; columns.</source>
        <translation>Keine Kopfzeile gefunden: Die ersten Zeilen brauchen eine Spalte &apos;question&apos; (Vorlage von Exam Hub, siehe docs/formats.md) oder die Kahoot-Spalten &apos;Question&apos;, &apos;Answer 1&apos; und &apos;Correct answer(s)&apos;.</translation>
    </message>
    <message>
        <source>Columns ignored (not in the template): {columns}.</source>
        <translation>Ignorierte Spalten (nicht in der Vorlage): {columns}.</translation>
    </message>
    <message>
        <source>Row {row} not imported: {cause}</source>
        <translation>Zeile {row} nicht importiert: {cause}</translation>
    </message>
    <message>
        <source>&apos;Correct answer(s)&apos; must name answers 1-4 that have text.</source>
        <translation>&apos;Correct answer(s)&apos; muss Antworten 1-4 nennen, die einen Text haben.</translation>
    </message>
    <message>
        <source>Kahoot&apos;s time limits per question are not imported (Exam Hub times whole exams).</source>
        <translation>Die Zeitlimits pro Frage aus Kahoot werden nicht importiert (Exam Hub begrenzt die Zeit ganzer Prüfungen).</translation>
    </message>
    <message>
        <source>This is not an XLSX workbook (it is not a ZIP file). Save it from the spreadsheet as .xlsx.</source>
        <translation>Dies ist keine XLSX-Arbeitsmappe (es ist keine ZIP-Datei). Speichern Sie sie in der Tabellenkalkulation als .xlsx.</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than 200 MiB; split it into smaller files.</source>
        <translation>Die Arbeitsmappe ist entpackt größer als 200 MiB; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The workbook cannot be read: {cause}.</source>
        <translation>Die Arbeitsmappe kann nicht gelesen werden: {cause}.</translation>
    </message>
    <message>
        <source>Sheet {sheet} has no header row and was skipped.</source>
        <translation>Das Blatt {sheet} hat keine Kopfzeile und wurde übersprungen.</translation>
    </message>
    <message>
        <source>The spreadsheet template has ten option columns (A-J); these questions have more answers or pairs: {questions}.</source>
        <translation>Die Tabellenvorlage hat zehn Optionsspalten (A-J); diese Fragen haben mehr Antworten oder Paare: {questions}.</translation>
    </message>
    <message>
        <source>&apos;correct&apos; should look like &apos;A:50 B:50 C:-100&apos;, not {spec}.</source>
        <translation>&apos;correct&apos; sollte wie &apos;A:50 B:50 C:-100&apos; aussehen, nicht {spec}.</translation>
    </message>
    <message>
        <source>&apos;correct&apos; should name option letters A-J, not {spec}.</source>
        <translation>&apos;correct&apos; sollte Optionsbuchstaben A-J nennen, nicht {spec}.</translation>
    </message>
    <message>
        <source>&apos;correct&apos; names option {letters}, which is empty.</source>
        <translation>&apos;correct&apos; nennt die Option {letters}, die leer ist.</translation>
    </message>
    <message>
        <source>the numerical answer {answer} is not &apos;value&apos;, &apos;value:tolerance&apos; or &apos;min..max&apos;.</source>
        <translation>die numerische Antwort {answer} hat nicht die Form &apos;Wert&apos;, &apos;Wert:Toleranz&apos; oder &apos;min..max&apos;.</translation>
    </message>
    <message>
        <source>unknown question type {type}.</source>
        <translation>unbekannter Fragetyp {type}.</translation>
    </message>
    <message>
        <source>Unknown text format {format}; plain text is used.</source>
        <translation>Unbekanntes Textformat {format}; es wird reiner Text verwendet.</translation>
    </message>
    <message>
        <source>The &apos;correct&apos; column is empty: name the right option&apos;s letter.</source>
        <translation>Die Spalte &apos;correct&apos; ist leer: Nennen Sie den Buchstaben der richtigen Option.</translation>
    </message>
    <message>
        <source>&apos;correct&apos; must be true or false for a true/false question, not {spec}.</source>
        <translation>&apos;correct&apos; muss bei einer Wahr/Falsch-Frage true oder false sein, nicht {spec}.</translation>
    </message>
    <message>
        <source>no accepted answers in the options A-J or in &apos;correct&apos;.</source>
        <translation>keine akzeptierten Antworten in den Optionen A-J oder in &apos;correct&apos;.</translation>
    </message>
    <message>
        <source>no numbers in the options A-J or in &apos;correct&apos;.</source>
        <translation>keine Zahlen in den Optionen A-J oder in &apos;correct&apos;.</translation>
    </message>
    <message>
        <source>option {letter} should be &apos;prompt -&gt; answer&apos;, not {text}.</source>
        <translation>Option {letter} sollte &apos;Vorgabe -&gt; Antwort&apos; sein, nicht {text}.</translation>
    </message>
    <message>
        <source>Options are ignored for this question type.</source>
        <translation>Bei diesem Fragetyp werden Optionen ignoriert.</translation>
    </message>
    <message>
        <source>Unknown difficulty {value}; medium is used.</source>
        <translation>Unbekannte Schwierigkeit {value}; es wird mittel verwendet.</translation>
    </message>
    <message>
        <source>Points {value} is not a whole number; 1 is used.</source>
        <translation>Die Punktzahl {value} ist keine ganze Zahl; es wird 1 verwendet.</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} with your extra time</source>
        <translation>{time} mit Ihrem Zeitzuschlag</translation>
    </message>
    <message>
        <source>{time} until the exam closes</source>
        <translation>{time} bis zum Ende der Prüfung</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>ohne Zeitlimit</translation>
    </message>
    <message>
        <source>pass mark {percent}</source>
        <translation>Bestehensgrenze {percent}</translation>
    </message>
    <message>
        <source>This exam runs full screen. Every time you leave its window (another program, another window, minimising it) is recorded with its time and length, and your teacher sees it.</source>
        <translation>Diese Prüfung läuft im Vollbild. Jedes Verlassen ihres Fensters (ein anderes Programm, ein anderes Fenster, Minimieren) wird mit Zeitpunkt und Dauer aufgezeichnet, und Ihre Lehrkraft sieht es.</translation>
    </message>
    <message>
        <source>Start “{title}”</source>
        <translation>„{title}“ starten</translation>
    </message>
    <message>
        <source>&amp;Exam mode</source>
        <translation>&amp;Prüfungsmodus</translation>
    </message>
    <message>
        <source>Exam mode</source>
        <translation>Prüfungsmodus</translation>
    </message>
    <message numerus="yes">
        <source>Counts toward your results: you have %n minute(s).</source>
        <translation>
            <numerusform>Zählt für Ihre Ergebnisse: Sie haben %n Minute.</numerusform>
            <numerusform>Zählt für Ihre Ergebnisse: Sie haben %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts toward your results: no time limit.</source>
        <translation>Zählt für Ihre Ergebnisse: ohne Zeitlimit.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left.</source>
        <translation>
            <numerusform>Noch %n Versuch.</numerusform>
            <numerusform>Noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start Full-Screen Exam</source>
        <translation>Prüfung im Vollbild &amp;starten</translation>
    </message>
    <message>
        <source>You see your score and the right answers after you submit.</source>
        <translation>Nach der Abgabe sehen Sie Ihr Ergebnis und die richtigen Antworten.</translation>
    </message>
    <message>
        <source>You see your score after you submit; the right answers are not shown then.</source>
        <translation>Nach der Abgabe sehen Sie Ihr Ergebnis; die richtigen Antworten werden dann nicht gezeigt.</translation>
    </message>
    <message>
        <source>You see the right answers after you submit; your score is shown later.</source>
        <translation>Nach der Abgabe sehen Sie die richtigen Antworten; Ihr Ergebnis wird später gezeigt.</translation>
    </message>
    <message>
        <source>Your teacher decides when you see your score and the right answers.</source>
        <translation>Ihre Lehrkraft entscheidet, wann Sie Ihr Ergebnis und die richtigen Antworten sehen.</translation>
    </message>
    <message>
        <source>&amp;Practice mode</source>
        <translation>&amp;Übungsmodus</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Übungsmodus</translation>
    </message>
    <message>
        <source>Check each answer as you go: see whether it is right, the feedback and the explanation.</source>
        <translation>Prüfen Sie jede Antwort sofort: Sie sehen, ob sie richtig ist, die Rückmeldung und die Erklärung.</translation>
    </message>
    <message>
        <source>Practice is not offered for this exam.</source>
        <translation>Für diese Prüfung wird kein Üben angeboten.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Timed (%n minute(s))</source>
        <translation>
            <numerusform>&amp;Mit Zeitlimit (%n Minute)</numerusform>
            <numerusform>&amp;Mit Zeitlimit (%n Minuten)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Timed</source>
        <translation>&amp;Mit Zeitlimit</translation>
    </message>
    <message>
        <source>Timed practice</source>
        <translation>Übung mit Zeitlimit</translation>
    </message>
    <message>
        <source>This exam has no time limit.</source>
        <translation>Diese Prüfung hat kein Zeitlimit.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>{app} cannot open its database</source>
        <translation>{app} kann seine Datenbank nicht öffnen</translation>
    </message>
</context>
<context>
    <name>StateCommand</name>
    <message>
        <source>Edit Title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <source>Edit Description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Change Duration</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <source>Change Passing Score</source>
        <translation>Bestehensgrenze ändern</translation>
    </message>
    <message>
        <source>Change Visibility</source>
        <translation>Sichtbarkeit ändern</translation>
    </message>
    <message>
        <source>Change Question Order</source>
        <translation>Fragenreihenfolge ändern</translation>
    </message>
    <message>
        <source>Change Attempts Allowed</source>
        <translation>Erlaubte Versuche ändern</translation>
    </message>
    <message>
        <source>Change Grade That Counts</source>
        <translation>Gewertetes Ergebnis ändern</translation>
    </message>
    <message>
        <source>Change Practice Mode</source>
        <translation>Übungsmodus ändern</translation>
    </message>
    <message>
        <source>Change Full Screen</source>
        <translation>Vollbild ändern</translation>
    </message>
    <message>
        <source>Change Opening Time</source>
        <translation>Beginn ändern</translation>
    </message>
    <message>
        <source>Change Closing Time</source>
        <translation>Ende ändern</translation>
    </message>
    <message>
        <source>Edit Question Text</source>
        <translation>Fragetext bearbeiten</translation>
    </message>
    <message>
        <source>Edit Explanation</source>
        <translation>Erklärung bearbeiten</translation>
    </message>
    <message>
        <source>Change Difficulty</source>
        <translation>Schwierigkeit ändern</translation>
    </message>
    <message>
        <source>Change Points</source>
        <translation>Punkte ändern</translation>
    </message>
    <message>
        <source>Edit Choices</source>
        <translation>Antwortmöglichkeiten bearbeiten</translation>
    </message>
    <message>
        <source>Change Shuffling</source>
        <translation>Mischen ändern</translation>
    </message>
    <message>
        <source>Change Right Answer</source>
        <translation>Richtige Antwort ändern</translation>
    </message>
    <message>
        <source>Edit Feedback</source>
        <translation>Rückmeldung bearbeiten</translation>
    </message>
    <message>
        <source>Edit Accepted Answers</source>
        <translation>Akzeptierte Antworten bearbeiten</translation>
    </message>
    <message>
        <source>Change Case Sensitivity</source>
        <translation>Groß-/Kleinschreibung ändern</translation>
    </message>
    <message>
        <source>Edit Accepted Values</source>
        <translation>Akzeptierte Werte bearbeiten</translation>
    </message>
    <message>
        <source>Edit Matching Pairs</source>
        <translation>Zuordnungspaare bearbeiten</translation>
    </message>
    <message>
        <source>Edit Wrong Answers</source>
        <translation>Falsche Antworten bearbeiten</translation>
    </message>
    <message>
        <source>Edit Notes for the Grader</source>
        <translation>Hinweise für die Bewertung bearbeiten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Change Review Options</source>
        <translation>Auswertungsoptionen ändern</translation>
    </message>
</context>
<context>
    <name>StudentHomePage</name>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>untimed</source>
        <translation>ohne Zeitlimit</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>{answered} of {total} answered</source>
        <translation>{answered} von {total} beantwortet</translation>
    </message>
    <message>
        <source>your grade {percent}</source>
        <translation>Ihr Ergebnis {percent}</translation>
    </message>
    <message numerus="yes">
        <source>your grade {percent} (first of %n attempt(s))</source>
        <translation>
            <numerusform>Ihr Ergebnis {percent} (erster von %n Versuch)</numerusform>
            <numerusform>Ihr Ergebnis {percent} (erster von %n Versuchen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your grade {percent} (last of %n attempt(s))</source>
        <translation>
            <numerusform>Ihr Ergebnis {percent} (letzter von %n Versuch)</numerusform>
            <numerusform>Ihr Ergebnis {percent} (letzter von %n Versuchen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your grade {percent} (average of %n attempt(s))</source>
        <translation>
            <numerusform>Ihr Ergebnis {percent} (Durchschnitt von %n Versuch)</numerusform>
            <numerusform>Ihr Ergebnis {percent} (Durchschnitt von %n Versuchen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your grade {percent} (highest of %n attempt(s))</source>
        <translation>
            <numerusform>Ihr Ergebnis {percent} (bester von %n Versuch)</numerusform>
            <numerusform>Ihr Ergebnis {percent} (bester von %n Versuchen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>noch %n Versuch</numerusform>
            <numerusform>noch %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>opens {time}</source>
        <translation>beginnt {time}</translation>
    </message>
    <message>
        <source>closes {time}</source>
        <translation>endet {time}</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Laufende Versuche</translation>
    </message>
    <message>
        <source>Exams you can take</source>
        <translation>Prüfungen, die Sie ablegen können</translation>
    </message>
    <message>
        <source>Pick an exam to see what it is about.</source>
        <translation>Wählen Sie eine Prüfung, um zu sehen, worum es geht.</translation>
    </message>
    <message>
        <source>About the exam</source>
        <translation>Über die Prüfung</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Starten…</translation>
    </message>
    <message>
        <source>Start the selected exam</source>
        <translation>Die gewählte Prüfung starten</translation>
    </message>
    <message>
        <source>No exams are open to students yet.</source>
        <translation>Für Lernende ist noch keine Prüfung freigegeben.</translation>
    </message>
    <message>
        <source>no practice for this exam</source>
        <translation>kein Üben für diese Prüfung</translation>
    </message>
    <message>
        <source>your attempts: {count}</source>
        <translation>Ihre Versuche: {count}</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>{reason} You can still practise it.</source>
        <translation>{reason} Üben können Sie sie trotzdem.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Could not start</source>
        <translation>Start nicht möglich</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>{file}: {outcome}</source>
        <translation>{file}: {outcome}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled before this file.</source>
        <translation>Nicht importiert: Der Import wurde vor dieser Datei abgebrochen.</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>Nicht importiert: {reason}</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>„{title}“</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) replaced the questions of the draft {titles}, made by an earlier import of this file.</source>
        <translation>
            <numerusform>%n Frage hat die Fragen des Entwurfs {titles} ersetzt, der bei einem früheren Import dieser Datei entstand.</numerusform>
            <numerusform>%n Fragen haben die Fragen des Entwurfs {titles} ersetzt, der bei einem früheren Import dieser Datei entstand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) added to the draft {titles}.</source>
        <translation>
            <numerusform>%n Frage zum Entwurf {titles} hinzugefügt.</numerusform>
            <numerusform>%n Fragen zum Entwurf {titles} hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported into the new exam {titles}.</source>
        <translation>
            <numerusform>%n Frage in die neue Prüfung {titles} importiert.</numerusform>
            <numerusform>%n Fragen in die neue Prüfung {titles} importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new exam(s)</source>
        <translation>
            <numerusform>%n neue Prüfung</numerusform>
            <numerusform>%n neue Prüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported into {exams}: {titles}.</source>
        <translation>
            <numerusform>%n Frage importiert in {exams}: {titles}.</numerusform>
            <numerusform>%n Fragen importiert in {exams}: {titles}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Left out and warnings, by line</source>
        <translation>Ausgelassenes und Warnungen, nach Zeile</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Import partly done</source>
        <translation>Import teilweise erfolgt</translation>
    </message>
    <message>
        <source>&amp;Left out ({left_out}) and warnings ({warnings}), by line:</source>
        <translation>&amp;Ausgelassen ({left_out}) und Warnungen ({warnings}), nach Zeile:</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was left out and there were no warnings.</source>
        <translation>Nichts wurde ausgelassen, und es gab keine Warnungen.</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>This file was imported before as “{title}”: importing again replaces that draft&apos;s questions (the draft keeps its id, so links to it still work).</source>
        <translation>Diese Datei wurde schon einmal als „{title}“ importiert: Ein erneuter Import ersetzt die Fragen dieses Entwurfs (der Entwurf behält seine ID, Verweise darauf funktionieren also weiter).</translation>
    </message>
    <message>
        <source>“{file}” was imported before as “{title}”: importing it again replaces that draft&apos;s questions.</source>
        <translation>„{file}“ wurde schon einmal als „{title}“ importiert: Ein erneuter Import ersetzt die Fragen dieses Entwurfs.</translation>
    </message>
    <message>
        <source>Where should the questions go?</source>
        <translation>Wohin sollen die Fragen?</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>A &amp;new exam</source>
        <translation>Eine &amp;neue Prüfung</translation>
    </message>
    <message>
        <source>New exam title</source>
        <translation>Titel der neuen Prüfung</translation>
    </message>
    <message>
        <source>An existing &amp;draft</source>
        <translation>Ein vorhandener &amp;Entwurf</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Loading drafts…</source>
        <translation>Entwürfe werden geladen…</translation>
    </message>
    <message>
        <source>The questions are added after the draft&apos;s own questions.</source>
        <translation>Die Fragen werden nach den eigenen Fragen des Entwurfs angefügt.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Dra&amp;ft:</source>
        <translation>Entwu&amp;rf:</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n exam(s); each becomes a new exam with its own title.</source>
        <translation>
            <numerusform>Die Datei enthält %n Prüfung; sie wird eine neue Prüfung mit eigenem Titel.</numerusform>
            <numerusform>Die Datei enthält %n Prüfungen; jede wird eine neue Prüfung mit eigenem Titel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n file(s) becomes its own exam, titled after its category or its name.</source>
        <translation>
            <numerusform>Die Datei wird eine eigene Prüfung, benannt nach ihrer Kategorie oder ihrem Namen.</numerusform>
            <numerusform>Jede der %n Dateien wird eine eigene Prüfung, benannt nach ihrer Kategorie oder ihrem Namen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} — %n question(s)</source>
        <translation>
            <numerusform>{title} — %n Frage</numerusform>
            <numerusform>{title} — %n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>An existing &amp;draft (there are none)</source>
        <translation>Ein vorhandener &amp;Entwurf (es gibt keinen)</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>Keine Entwürfe</translation>
    </message>
</context>
<context>
    <name>TextUtil</name>
    <message>
        <source>question {number} ({name})</source>
        <translation>Frage {number} ({name})</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>Frage {number}</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import questions from GIFT, Aiken, Moodle XML, CSV, Excel or Exam Hub files</source>
        <translation>Fragen aus GIFT-, Aiken-, Moodle-XML-, CSV-, Excel- oder Exam-Hub-Dateien importieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export an exam to GIFT, Aiken, Moodle XML, CSV, Excel or an Exam Hub file</source>
        <translation>Eine Prüfung als GIFT-, Aiken-, Moodle-XML-, CSV-, Excel- oder Exam-Hub-Datei exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n question(s).</source>
        <translation>
            <numerusform>%n Frage importiert.</numerusform>
            <numerusform>%n Fragen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
</context>
<context>
    <name>TransferDescribe</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>UTF-16 (no byte-order mark)</source>
        <translation>UTF-16 (ohne Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>UTF-16 big-endian (no byte-order mark)</source>
        <translation>UTF-16 Big-Endian (ohne Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>UTF-32</source>
        <translation>UTF-32</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message numerus="yes">
        <source>{pairs} (+%n distractor(s))</source>
        <translation>
            <numerusform>{pairs} (+%n Ablenker)</numerusform>
            <numerusform>{pairs} (+%n Ablenker)</numerusform>
        </translation>
    </message>
    <message>
        <source>Written answer, marked by hand</source>
        <translation>Schriftliche Antwort, von Hand bewertet</translation>
    </message>
    <message>
        <source>No answer (information only)</source>
        <translation>Keine Antwort (nur Information)</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%n errors: {message}</source>
        <translation>
            <numerusform>%n Fehler: {message}</numerusform>
            <numerusform>%n Fehler: {message}</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Warnung: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings: {message}</source>
        <translation>
            <numerusform>%n Warnung: {message}</numerusform>
            <numerusform>%n Warnungen: {message}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problems} (and %n warning(s))</source>
        <translation>
            <numerusform>{problems} (und %n Warnung)</numerusform>
            <numerusform>{problems} (und %n Warnungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown format</source>
        <translation>ein unbekanntes Format</translation>
    </message>
</context>
<context>
    <name>TransferFiles</name>
    <message>
        <source>{name} ({patterns})</source>
        <translation>{name} ({patterns})</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Question files</source>
        <translation>Fragedateien</translation>
    </message>
    <message>
        <source>Import Questions</source>
        <translation>Fragen importieren</translation>
    </message>
    <message>
        <source>Export Exam</source>
        <translation>Prüfung exportieren</translation>
    </message>
</context>
<context>
    <name>TransferService</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n exam(s)</source>
        <translation>
            <numerusform>%n Prüfung</numerusform>
            <numerusform>%n Prüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) updated in {exams}.</source>
        <translation>
            <numerusform>%n Frage in {exams} aktualisiert.</numerusform>
            <numerusform>%n Fragen in {exams} aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported into {exams}.</source>
        <translation>
            <numerusform>%n Frage in {exams} importiert.</numerusform>
            <numerusform>%n Fragen in {exams} importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) kept questions out:</source>
        <translation>
            <numerusform>%n Problem hat Fragen ausgeschlossen:</numerusform>
            <numerusform>%n Probleme haben Fragen ausgeschlossen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n Warnung:</numerusform>
            <numerusform>%n Warnungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} cannot be read: {cause}.</source>
        <translation>{path} kann nicht gelesen werden: {cause}.</translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n error(s); nothing was imported:</source>
        <translation>
            <numerusform>{file} hat %n Fehler; es wurde nichts importiert:</numerusform>
            <numerusform>{file} hat %n Fehler; es wurde nichts importiert:</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} has no question that could be imported.</source>
        <translation>{file} enthält keine Frage, die importiert werden konnte.</translation>
    </message>
    <message>
        <source>“{title}” is {status}; questions can only be added to a draft.</source>
        <translation>„{title}“ ist {status}; Fragen können nur zu einem Entwurf hinzugefügt werden.</translation>
    </message>
    <message>
        <source>“{title}” has attempts; import into a new exam instead.</source>
        <translation>„{title}“ hat bereits Versuche; importieren Sie stattdessen in eine neue Prüfung.</translation>
    </message>
    <message>
        <source>Unknown format {format}; use one of {names}.</source>
        <translation>Unbekanntes Format {format}; verwenden Sie eines von {names}.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {cause}.</source>
        <translation>In {folder} kann nicht geschrieben werden: {cause}.</translation>
    </message>
    <message>
        <source>Writing {path} failed ({cause}); nothing was written.</source>
        <translation>Das Schreiben von {path} ist fehlgeschlagen ({cause}); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>There is no exam with the id {id}.</source>
        <translation>Es gibt keine Prüfung mit der ID {id}.</translation>
    </message>
</context>
<context>
    <name>TrueFalseEditor</name>
    <message>
        <source>A. True</source>
        <translation>A. Wahr</translation>
    </message>
    <message>
        <source>B. False</source>
        <translation>B. Falsch</translation>
    </message>
    <message>
        <source>C&amp;lear Answer</source>
        <translation>Antwort &amp;löschen</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Antwort löschen</translation>
    </message>
</context>
<context>
    <name>TrueFalsePanel</name>
    <message>
        <source>&amp;True</source>
        <translation>&amp;Wahr</translation>
    </message>
    <message>
        <source>&amp;False</source>
        <translation>Fa&amp;lsch</translation>
    </message>
    <message>
        <source>Feedback for the answer True</source>
        <translation>Rückmeldung für die Antwort Wahr</translation>
    </message>
    <message>
        <source>Feedback for the answer False</source>
        <translation>Rückmeldung für die Antwort Falsch</translation>
    </message>
    <message>
        <source>The statement is:</source>
        <translation>Die Aussage ist:</translation>
    </message>
    <message>
        <source>Feedback for “True”:</source>
        <translation>Rückmeldung für „Wahr“:</translation>
    </message>
    <message>
        <source>Feedback for “False”:</source>
        <translation>Rückmeldung für „Falsch“:</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Rückgängig: {step}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>W&amp;iederherstellen: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>W&amp;iederherstellen</translation>
    </message>
</context>
<context>
    <name>UnsavedAnswers</name>
    <message>
        <source>Some answers are not saved</source>
        <translation>Einige Antworten sind nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved: question(s) {numbers}.</source>
        <translation>
            <numerusform>%n Antwort konnte nicht gespeichert werden: Frage {numbers}.</numerusform>
            <numerusform>%n Antworten konnten nicht gespeichert werden: Fragen {numbers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reason: {error}</source>
        <translation>Der Grund: {error}</translation>
    </message>
    <message>
        <source>If you submit now, these answers are not part of your attempt. Try saving them again, or submit without them. You can also go back and keep working: the answers stay on screen.</source>
        <translation>Wenn Sie jetzt abgeben, gehören diese Antworten nicht zu Ihrem Versuch. Versuchen Sie erneut, sie zu speichern, oder geben Sie ohne sie ab. Sie können auch zurückgehen und weiterarbeiten: Die Antworten bleiben auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Submit Without Them</source>
        <translation>&amp;Ohne sie abgeben</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to {what}?</source>
        <translation>Änderungen an {what} speichern?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>{email} is the last active administrator; make someone else an administrator first.</source>
        <translation>{email} ist der letzte aktive Administrator; machen Sie zuerst eine andere Person zum Administrator.</translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation>Diese Person existiert nicht mehr.</translation>
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
<context>
    <name>describe</name>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>Multiple choice: pick one</source>
        <translation>Einfachauswahl: eine Antwort wählen</translation>
    </message>
    <message>
        <source>Multiple response: pick all that apply</source>
        <translation>Mehrfachauswahl: alle zutreffenden wählen</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Wahr oder falsch</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Kurzantwort</translation>
    </message>
    <message>
        <source>Numerical answer</source>
        <translation>Numerische Antwort</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Essay</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>Teilweise richtig</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Pending: awaits a teacher&apos;s mark</source>
        <translation>Ausstehend: wartet auf die Bewertung durch eine Lehrkraft</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <source>Submitted when the time ran out</source>
        <translation>Abgegeben, als die Zeit abgelaufen war</translation>
    </message>
    <message>
        <source>Submitted automatically: the time ran out while the app was closed</source>
        <translation>Automatisch abgegeben: Die Zeit lief ab, während die App geschlossen war</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>(choice {number}, since removed)</source>
        <translation>(Auswahl {number}, inzwischen entfernt)</translation>
    </message>
    <message>
        <source>{right} (partly right: {partly})</source>
        <translation>{right} (teilweise richtig: {partly})</translation>
    </message>
    <message>
        <source>Notes for the marker: {notes}</source>
        <translation>Hinweise für die Bewertung: {notes}</translation>
    </message>
    <message>
        <source>Marked by a teacher.</source>
        <translation>Wird von einer Lehrkraft bewertet.</translation>
    </message>
    <message>
        <source>{answers} or {answer}</source>
        <translation>{answers} oder {answer}</translation>
    </message>
    <message numerus="yes">
        <source>{outcome} (%n point(s))</source>
        <translation>
            <numerusform>{outcome} (%n Punkt)</numerusform>
            <numerusform>{outcome} (%n Punkte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{outcome} ({earned} of %n point(s))</source>
        <translation>
            <numerusform>{outcome} ({earned} von %n Punkt)</numerusform>
            <numerusform>{outcome} ({earned} von %n Punkten)</numerusform>
        </translation>
    </message>
    <message>
        <source>{key}. {choice}</source>
        <translation>{key}. {choice}</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>worth {percent}</source>
        <translation>zählt {percent}</translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation>Richtige Antwort:</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>Erklärung:</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} Min. {seconds} Sek.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} Sek.</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>E&amp;xams</source>
        <translation>&amp;Prüfungen</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>My Results</source>
        <translation>Meine Ergebnisse</translation>
    </message>
</context>
</TS>

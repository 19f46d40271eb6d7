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
        <translation type="unfinished">Wird geladen…</translation>
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
    <name>DescriptionEditor</name>
    <message>
        <source>This is information for the questions that follow; there is nothing to answer.</source>
        <translation>Dies ist eine Information zu den folgenden Fragen; hier gibt es nichts zu beantworten.</translation>
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
    <name>ReviewView</name>
    <message>
        <source>The exam was deleted, so its questions can no longer be shown.</source>
        <translation>Die Prüfung wurde gelöscht, daher können ihre Fragen nicht mehr angezeigt werden.</translation>
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
    <message>
        <source>You cannot change your answers after submitting.</source>
        <translation>Nach dem Abgeben können Sie Ihre Antworten nicht mehr ändern.</translation>
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
</context>
<context>
    <name>RunnerLayout</name>
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
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Zeitlimit</translation>
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
        <source>Best score</source>
        <translation>Bestes Ergebnis</translation>
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
        <source>Some answers are not saved: {error}</source>
        <translation>Einige Antworten sind nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
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
        <source>no time limit</source>
        <translation>ohne Zeitlimit</translation>
    </message>
    <message>
        <source>pass mark {percent}</source>
        <translation>Bestehensgrenze {percent}</translation>
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
        <source>Counts toward your results: you have %n minute(s); you see your score and the right answers after you submit.</source>
        <translation>
            <numerusform>Zählt für Ihre Ergebnisse: Sie haben %n Minute Zeit; Ihr Ergebnis und die richtigen Antworten sehen Sie nach dem Abgeben.</numerusform>
            <numerusform>Zählt für Ihre Ergebnisse: Sie haben %n Minuten Zeit; Ihr Ergebnis und die richtigen Antworten sehen Sie nach dem Abgeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts toward your results: no time limit; you see your score and the right answers after you submit.</source>
        <translation>Zählt für Ihre Ergebnisse: ohne Zeitlimit; Ihr Ergebnis und die richtigen Antworten sehen Sie nach dem Abgeben.</translation>
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
        <source>your attempts: {count}</source>
        <translation>Ihre Versuche: {count}</translation>
    </message>
    <message>
        <source>your best score {percent}</source>
        <translation>Ihr bestes Ergebnis {percent}</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
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
    <name>describe</name>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>Multiple choice: pick one</source>
        <translation>Multiple Choice: eine Antwort wählen</translation>
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

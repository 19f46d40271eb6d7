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
    <name>AnswerPanel</name>
    <message>
        <source>An asterisk (*) stands for any run of characters: “*photo*” accepts any answer containing “photo”, “colo*r” accepts “color” and “colour”.</source>
        <translation>Ein Sternchen (*) steht für beliebig viele Zeichen: „*foto*“ akzeptiert jede Antwort, die „foto“ enthält, „Schiff*ahrt“ akzeptiert „Schiffahrt“ und „Schifffahrt“.</translation>
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
    <name>DeleteQuestionCommand</name>
    <message>
        <source>Delete Question {number}</source>
        <translation>Frage {number} löschen</translation>
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
    <name>Problems</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
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
    <name>ReorderCommand</name>
    <message>
        <source>Move Question</source>
        <translation>Frage verschieben</translation>
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
</TS>

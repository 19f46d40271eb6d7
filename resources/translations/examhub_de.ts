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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the points for this choice, -100 % to 100 %; wrong choices may cost points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected choice up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected choice down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shu&amp;ffle the choices for each student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each choice its credit. The positive credits must add up to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each choice its credit. Exactly one choice is worth 100 %; the others 0 % or less.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteQuestionCommand</name>
    <message>
        <source>Delete Question {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescriptionPanel</name>
    <message>
        <source>A description has no answer and earns no points: it shows its text between questions (instructions, a reading passage, a case for the next questions).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EssayPanel</name>
    <message>
        <source>Notes for the grader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes for the grader (what a good answer contains):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essays are graded by hand after the attempt; students do not see these notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamEditor</name>
    <message>
        <source>E&amp;xam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate as &amp;New Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View Question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — Exam Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these problems, then publish again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete question {number} ({type})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new exam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamForm</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate as &amp;New Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this exam and its questions into a new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Algebra — unit test 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unti&amp;med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students can take as long as they like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passing score in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blic: students can find and take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shu&amp;ffle the question order for each student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: every student sees the questions in the order of this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durati&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passing score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publis&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every question and publish (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide from students, keep results (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;k to Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublish to change it (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question after the selected one (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected question (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected question (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected question up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected question down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions (drag to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{status} · {questions} · {attempts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: the exam has attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This exam has %n attempt(s), so its questions and passing score are locked: changing them would make existing scores wrong. Duplicate it to make a new draft you can change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra wrong answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected pair up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected pair down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Wrong Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Wrong Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add wrong answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected wrong answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected wrong answer up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected wrong answer down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra wrong answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shu&amp;ffle the answers for each student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students match each prompt to its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra wrong answers are offered with the right ones (optional).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumericalPanel</name>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected value up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected value down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value ± tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range from minimum to maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer is accepted when it lies within the range, ends included.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer — {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplanation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students see the explanation after the attempt is graded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close (Ctrl+S saves and stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {number} — {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Question — {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exam has attempts, so its questions cannot change (their scores would be wrong). Use “Duplicate as New Draft” in the exam editor to change a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionListModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionTypeDialog</name>
    <message>
        <source>Add Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type of the new question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}: {help}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionTypes</name>
    <message>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True / false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One right choice among several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several right choices; credit is shared among them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement the student marks true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word or phrase typed in, compared with accepted answers (wildcards allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number, accepted within a tolerance or a range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts matched with answers, optionally with extra wrong answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free text answer, graded by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text shown between questions; nothing to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDelegate</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordModel</name>
    <message>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReorderCommand</name>
    <message>
        <source>Move Question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <source>{name} formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, in a fixed-width font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, in a fixed-width font ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list ({key})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortAnswerPanel</name>
    <message>
        <source>Accepted answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected answer up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected answer down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case sensitive (“Paris” is not “paris”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use * as a wildcard for any characters (hover for examples).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Passing Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Question Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Question Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Shuffling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Right Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Accepted Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Case Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Accepted Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Matching Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Wrong Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Notes for the Grader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrueFalsePanel</name>
    <message>
        <source>&amp;True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback for the answer True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback for the answer False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback for “True”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback for “False”:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

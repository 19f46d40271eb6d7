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
        <source>Multiple choice</source>
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <source>Multiple response</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>True/false</source>
        <translation>Wahr/falsch</translation>
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
        <source>GIFT (Moodle)</source>
        <translation>GIFT (Moodle)</translation>
    </message>
    <message>
        <source>Aiken</source>
        <translation>Aiken</translation>
    </message>
    <message>
        <source>Moodle XML</source>
        <translation>Moodle XML</translation>
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
</TS>

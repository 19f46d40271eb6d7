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
        <source>The database URL {url} is not valid. Use sqlite:///PATH or postgresql+psycopg://USER:PASSWORD@HOST:PORT/NAME.</source>
        <translation>Die Datenbank-URL {url} ist ungültig. Verwenden Sie sqlite:///PFAD oder postgresql+psycopg://BENUTZER:PASSWORT@HOST:PORT/NAME.</translation>
    </message>
    <message>
        <source>A SQLite database URL must name a file: sqlite:///PATH.</source>
        <translation>Eine SQLite-Datenbank-URL muss eine Datei nennen: sqlite:///PFAD.</translation>
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
    <name>StartUp</name>
    <message>
        <source>{app} cannot open its database</source>
        <translation>{app} kann seine Datenbank nicht öffnen</translation>
    </message>
</context>
</TS>

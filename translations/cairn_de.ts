<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>cairn::AboutDialog</name>
    <message>
        <source>About Cairn</source>
        <translation>Über Cairn</translation>
    </message>
    <message>
        <source>Cairn %1</source>
        <translation>Cairn %1</translation>
    </message>
    <message>
        <source>Your servers back up straight to your own object storage: no customer data passes through this computer, and your storage keys never leave it.
A backup is complete and verified, or it is not called a backup, and you can restore it without Cairn.</source>
        <translation>Ihre Server sichern direkt in Ihren eigenen Objektspeicher: Keine Kundendaten laufen über diesen Computer, und Ihre Speicherschlüssel verlassen ihn nie.
Eine Sicherung ist vollständig und geprüft, sonst heißt sie nicht Sicherung – und Sie können sie auch ohne Cairn wiederherstellen.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
</context>
<context>
    <name>cairn::AddClientDialog</name>
    <message>
        <source>Add client</source>
        <translation>Kunde hinzufügen</translation>
    </message>
    <message>
        <source>A client is a company or person you back up servers for. Its servers, storage and jobs are kept apart from every other client&apos;s.</source>
        <translation>Ein Kunde ist eine Firma oder Person, für die Sie Server sichern. Seine Server, Speicher und Aufträge bleiben von denen aller anderen Kunden getrennt.</translation>
    </message>
    <message>
        <source>For example: Example Ltd.</source>
        <translation>Zum Beispiel: Beispiel GmbH</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>N&amp;otes (optional):</source>
        <translation>N&amp;otizen (optional):</translation>
    </message>
</context>
<context>
    <name>cairn::ClientListModel</name>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Storage targets</source>
        <translation>Speicherziele</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>cairn::ClientRepository</name>
    <message>
        <source>A client needs a name; type one, for example the company&apos;s name.</source>
        <translation>Ein Kunde braucht einen Namen; geben Sie einen ein, zum Beispiel den Namen der Firma.</translation>
    </message>
    <message>
        <source>A client&apos;s name can be at most 100 characters long; choose a shorter one.</source>
        <translation>Der Name eines Kunden darf höchstens 100 Zeichen lang sein; wählen Sie einen kürzeren.</translation>
    </message>
    <message>
        <source>A client&apos;s name cannot contain line breaks or control characters; type it on one line.</source>
        <translation>Der Name eines Kunden darf keine Zeilenumbrüche oder Steuerzeichen enthalten; geben Sie ihn in einer Zeile ein.</translation>
    </message>
    <message>
        <source>Cairn could not read the clients (%1).</source>
        <translation>Cairn konnte die Kunden nicht lesen (%1).</translation>
    </message>
    <message>
        <source>A client named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Einen Kunden namens „%1“ gibt es schon; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cairn could not save the client &quot;%1&quot; (%2); check the disk and try again.</source>
        <translation>Cairn konnte den Kunden „%1“ nicht speichern (%2); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no client named &quot;%1&quot;; see `cairn-cli client list` for the names.</source>
        <translation>Es gibt keinen Kunden namens „%1“; die Namen zeigt `cairn-cli client list`.</translation>
    </message>
    <message>
        <source>The client &quot;%1&quot; still has %2 server(s), %3 storage target(s), %4 job(s) and %5 key(s); remove or move them first.</source>
        <translation>Der Kunde „%1“ hat noch %2 Server, %3 Speicherziel(e), %4 Auftrag/Aufträge und %5 Schlüssel; entfernen oder verschieben Sie diese zuerst.</translation>
    </message>
    <message>
        <source>Cairn could not remove the client &quot;%1&quot; (%2); check the disk and try again.</source>
        <translation>Cairn konnte den Kunden „%1“ nicht entfernen (%2); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>cairn::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Storage targets</source>
        <translation>Speicherziele</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Letzte Läufe</translation>
    </message>
    <message>
        <source>Show all activity</source>
        <translation>Alle Aktivitäten anzeigen</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <source>Add a server, a storage target and a job; the result of every backup appears here.</source>
        <translation>Fügen Sie einen Server, ein Speicherziel und einen Auftrag hinzu; das Ergebnis jeder Sicherung erscheint hier.</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
</context>
<context>
    <name>cairn::Database</name>
    <message>
        <source>%1 is not a file; choose a database file with --db or CAIRN_DB.</source>
        <translation>%1 ist keine Datei; wählen Sie eine Datenbankdatei mit --db oder CAIRN_DB.</translation>
    </message>
    <message>
        <source>Cairn cannot read %1 (%2); check its permissions or choose another file with --db.</source>
        <translation>Cairn kann %1 nicht lesen (%2); prüfen Sie die Zugriffsrechte oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is not a Cairn database (it is not an SQLite file); move it away or choose another file with --db.</source>
        <translation>%1 ist keine Cairn-Datenbank (es ist keine SQLite-Datei); verschieben Sie sie oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>Cairn cannot write to %1 (%2); make it writable or choose another file with --db.</source>
        <translation>Cairn kann nicht in %1 schreiben (%2); machen Sie die Datei beschreibbar oder wählen Sie mit --db eine andere.</translation>
    </message>
    <message>
        <source>Cairn cannot create the folder %1; create it or choose another location with --db.</source>
        <translation>Cairn kann den Ordner %1 nicht anlegen; legen Sie ihn an oder wählen Sie mit --db einen anderen Ort.</translation>
    </message>
    <message>
        <source>Cairn cannot write to the folder %1 (%2); make it writable or choose another location with --db.</source>
        <translation>Cairn kann nicht in den Ordner %1 schreiben (%2); machen Sie ihn beschreibbar oder wählen Sie mit --db einen anderen Ort.</translation>
    </message>
    <message>
        <source>Cairn cannot open %1 (%2); choose another file with --db.</source>
        <translation>Cairn kann %1 nicht öffnen (%2); wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite database (%2); move it away or choose another file with --db.</source>
        <translation>%1 ist keine lesbare SQLite-Datenbank (%2); verschieben Sie sie oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not Cairn&apos;s; choose another file with --db.</source>
        <translation>%1 ist die SQLite-Datenbank eines anderen Programms, nicht die von Cairn; wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Cairn (schema %2, this version knows up to %3); install the newer Cairn or choose another file with --db.</source>
        <translation>%1 wurde von einer neueren Cairn-Version geschrieben (Schema %2, diese Version kennt bis %3); installieren Sie das neuere Cairn oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>No database path was given; pass --db PATH or set CAIRN_DB.</source>
        <translation>Es wurde kein Datenbankpfad angegeben; übergeben Sie --db PFAD oder setzen Sie CAIRN_DB.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing; install the package libqt6sql6-sqlite.</source>
        <translation>Der SQLite-Treiber von Qt fehlt; installieren Sie das Paket libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Cairn cannot prepare the database %1 (%2); check the disk and try again.</source>
        <translation>Cairn kann die Datenbank %1 nicht vorbereiten (%2); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cairn cannot open the database %1 (%2); check the file and try again.</source>
        <translation>Cairn kann die Datenbank %1 nicht öffnen (%2); prüfen Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cairn cannot update the database %1 (%2); check the disk and try again.</source>
        <translation>Cairn kann die Datenbank %1 nicht aktualisieren (%2); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cairn could not update the database %1 to schema %2 (%3); nothing was changed, report this as a bug.</source>
        <translation>Cairn konnte die Datenbank %1 nicht auf Schema %2 aktualisieren (%3); nichts wurde geändert, bitte melden Sie das als Fehler.</translation>
    </message>
    <message>
        <source>Cairn could not update the database %1 (%2); check the disk and try again.</source>
        <translation>Cairn konnte die Datenbank %1 nicht aktualisieren (%2); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>cairn::JobRepository</name>
    <message>
        <source>Cairn could not read the jobs (%1).</source>
        <translation>Cairn konnte die Aufträge nicht lesen (%1).</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; names a server or storage target that does not exist; choose existing ones.</source>
        <translation>Der Auftrag „%1“ nennt einen Server oder ein Speicherziel, das es nicht gibt; wählen Sie vorhandene.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; must use a server and a storage target of its own client; Cairn never sends one client&apos;s data to another client&apos;s storage.</source>
        <translation>Der Auftrag „%1“ muss einen Server und ein Speicherziel seines eigenen Kunden verwenden; Cairn schickt die Daten eines Kunden nie in den Speicher eines anderen.</translation>
    </message>
    <message>
        <source>Cairn could not save the job &quot;%1&quot; (%2).</source>
        <translation>Cairn konnte den Auftrag „%1“ nicht speichern (%2).</translation>
    </message>
</context>
<context>
    <name>cairn::JobTableModel</name>
    <message>
        <source>Manual only</source>
        <translation>Nur von Hand</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Backs up</source>
        <translation>Sichert</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Storage target</source>
        <translation>Speicherziel</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>cairn::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Cairn</source>
        <translation>Cairn</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Cairn works as a normal window: closing it quits Cairn, and scheduled backups run only while Cairn is open.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich, deshalb arbeitet Cairn als normales Fenster: Schließen beendet Cairn, und geplante Sicherungen laufen nur, solange Cairn geöffnet ist.</translation>
    </message>
    <message>
        <source>Add &amp;Client…</source>
        <translation>&amp;Kunde hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Choose C&amp;lient</source>
        <translation>K&amp;unde wählen</translation>
    </message>
    <message>
        <source>&amp;About Cairn</source>
        <translation>Ü&amp;ber Cairn</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <source>Show one client&apos;s servers, storage, jobs and activity, or every client&apos;s (%1)</source>
        <translation>Server, Speicher, Aufträge und Aktivität eines Kunden oder aller Kunden anzeigen (%1)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <source>A client is a company or person you back up servers for; their servers, storage and jobs stay apart from everyone else&apos;s.</source>
        <translation>Ein Kunde ist eine Firma oder Person, für die Sie Server sichern; seine Server, Speicher und Aufträge bleiben von denen aller anderen getrennt.</translation>
    </message>
    <message>
        <source>Add your first client</source>
        <translation>Ersten Kunden hinzufügen</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Kunde hinzufügen</translation>
    </message>
    <message>
        <source>No servers yet</source>
        <translation>Noch keine Server</translation>
    </message>
    <message>
        <source>Servers are the machines Cairn backs up over SSH; each one sends its backup straight to your storage.</source>
        <translation>Server sind die Rechner, die Cairn über SSH sichert; jeder schickt seine Sicherung direkt in Ihren Speicher.</translation>
    </message>
    <message>
        <source>Add your first server</source>
        <translation>Ersten Server hinzufügen</translation>
    </message>
    <message>
        <source>The Add server wizard arrives with SSH support in the next version of Cairn.</source>
        <translation>Der Assistent „Server hinzufügen“ kommt mit der SSH-Unterstützung in der nächsten Version von Cairn.</translation>
    </message>
    <message>
        <source>No storage targets yet</source>
        <translation>Noch keine Speicherziele</translation>
    </message>
    <message>
        <source>A storage target is a bucket in your own object storage (S3, B2, R2, Spaces and others) where the backups go.</source>
        <translation>Ein Speicherziel ist ein Bucket in Ihrem eigenen Objektspeicher (S3, B2, R2, Spaces und andere), in dem die Sicherungen landen.</translation>
    </message>
    <message>
        <source>Add your first storage target</source>
        <translation>Erstes Speicherziel hinzufügen</translation>
    </message>
    <message>
        <source>The Add storage wizard arrives with object storage support in the next version of Cairn.</source>
        <translation>Der Assistent „Speicherziel hinzufügen“ kommt mit der Objektspeicher-Unterstützung in der nächsten Version von Cairn.</translation>
    </message>
    <message>
        <source>No backup jobs yet</source>
        <translation>Noch keine Sicherungsaufträge</translation>
    </message>
    <message>
        <source>A job says what to back up from which server into which storage target, and when.</source>
        <translation>Ein Auftrag legt fest, was von welchem Server in welches Speicherziel gesichert wird, und wann.</translation>
    </message>
    <message>
        <source>Create your first job</source>
        <translation>Ersten Auftrag anlegen</translation>
    </message>
    <message>
        <source>The New job wizard arrives with SSH and storage support in the next version of Cairn.</source>
        <translation>Der Assistent „Neuer Auftrag“ kommt mit der SSH- und Speicher-Unterstützung in der nächsten Version von Cairn.</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <source>Every backup, restore and verification appears here with its result, newest first.</source>
        <translation>Jede Sicherung, Wiederherstellung und Prüfung erscheint hier mit ihrem Ergebnis, die neueste zuerst.</translation>
    </message>
    <message>
        <source>Client added.</source>
        <translation>Kunde hinzugefügt.</translation>
    </message>
    <message>
        <source>Cairn is still running</source>
        <translation>Cairn läuft weiter</translation>
    </message>
    <message>
        <source>Cairn keeps running in the tray so scheduled backups can start; choose Quit in its menu to stop it.</source>
        <translation>Cairn läuft im Infobereich weiter, damit geplante Sicherungen starten können; wählen Sie dort im Menü „Beenden“, um es zu beenden.</translation>
    </message>
</context>
<context>
    <name>cairn::NoticeBanner</name>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>cairn::RunRepository</name>
    <message>
        <source>Cairn could not read the run history (%1).</source>
        <translation>Cairn konnte den Verlauf der Läufe nicht lesen (%1).</translation>
    </message>
    <message>
        <source>Cairn could not read the latest results (%1).</source>
        <translation>Cairn konnte die letzten Ergebnisse nicht lesen (%1).</translation>
    </message>
    <message>
        <source>Cairn could not record the run (%1).</source>
        <translation>Cairn konnte den Lauf nicht aufzeichnen (%1).</translation>
    </message>
</context>
<context>
    <name>cairn::RunStatus</name>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Completed with warnings</source>
        <translation>Mit Warnungen abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <source>Latest result per job: %1 succeeded, %2 with warnings, %3 failed</source>
        <translation>Letztes Ergebnis je Auftrag: %1 erfolgreich, %2 mit Warnungen, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Provider snapshot</source>
        <translation>Snapshot beim Anbieter</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>cairn::RunTableModel</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>cairn::ServerRepository</name>
    <message>
        <source>Cairn could not read the servers (%1).</source>
        <translation>Cairn konnte die Server nicht lesen (%1).</translation>
    </message>
    <message>
        <source>Cairn could not save the server &quot;%1&quot; (%2).</source>
        <translation>Cairn konnte den Server „%1“ nicht speichern (%2).</translation>
    </message>
</context>
<context>
    <name>cairn::ServerTableModel</name>
    <message>
        <source>Not trusted yet</source>
        <translation>Noch nicht vertraut</translation>
    </message>
    <message>
        <source>Cairn connects only when the server shows this host key.</source>
        <translation>Cairn verbindet sich nur, wenn der Server diesen Host-Schlüssel vorzeigt.</translation>
    </message>
    <message>
        <source>Cairn has not seen this server&apos;s host key yet; it asks you to confirm it on first contact.</source>
        <translation>Cairn kennt den Host-Schlüssel dieses Servers noch nicht; beim ersten Kontakt bittet es Sie, ihn zu bestätigen.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Host-Schlüssel</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>cairn::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Start &amp;minimised</source>
        <translation>&amp;Minimiert starten</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenster:</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Nach dem Schließen des Fensters im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Cairn.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich, deshalb beendet das Schließen des Fensters Cairn.</translation>
    </message>
    <message>
        <source>Backups running at once</source>
        <translation>Gleichzeitig laufende Sicherungen</translation>
    </message>
    <message>
        <source>How many backups may run at the same time; each server runs one at a time.</source>
        <translation>Wie viele Sicherungen gleichzeitig laufen dürfen; jeder Server führt nur eine auf einmal aus.</translation>
    </message>
    <message>
        <source>&amp;Backups running at once:</source>
        <translation>&amp;Gleichzeitige Sicherungen:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Cairn starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Cairn.</translation>
    </message>
</context>
<context>
    <name>cairn::StorageRepository</name>
    <message>
        <source>Cairn could not read the storage targets (%1).</source>
        <translation>Cairn konnte die Speicherziele nicht lesen (%1).</translation>
    </message>
    <message>
        <source>Cairn could not save the storage target &quot;%1&quot; (%2).</source>
        <translation>Cairn konnte das Speicherziel „%1“ nicht speichern (%2).</translation>
    </message>
</context>
<context>
    <name>cairn::StorageTableModel</name>
    <message>
        <source>Access key ID: %1</source>
        <translation>Zugriffsschlüssel-ID: %1</translation>
    </message>
    <message>
        <source>Storage target</source>
        <translation>Speicherziel</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>cairn::TrayIcon</name>
    <message>
        <source>&amp;Open Cairn</source>
        <translation>Cairn ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Pause schedules</source>
        <translation>Zeitpläne &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <source>Cairn: %1</source>
        <translation>Cairn: %1</translation>
    </message>
    <message>
        <source>Schedules are paused.</source>
        <translation>Zeitpläne sind pausiert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use the database at PATH instead of the default one.</source>
        <translation>Die Datenbank unter PFAD statt der voreingestellten verwenden.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Start in the tray (or minimised when there is no tray).</source>
        <translation>Im Infobereich starten (oder minimiert, wenn es keinen Infobereich gibt).</translation>
    </message>
    <message>
        <source>Quit as soon as the window is shown and print shown-ms=&lt;milliseconds since start&gt; (startup benchmark).</source>
        <translation>Beenden, sobald das Fenster angezeigt wird, und shown-ms=&lt;Millisekunden seit dem Start&gt; ausgeben (Startzeit-Messung).</translation>
    </message>
    <message>
        <source>Server backups straight from your servers to your own object storage.</source>
        <translation>Server-Sicherungen direkt von Ihren Servern in Ihren eigenen Objektspeicher.</translation>
    </message>
    <message>
        <source>Cairn cannot start</source>
        <translation>Cairn kann nicht starten</translation>
    </message>
    <message>
        <source>My company</source>
        <translation>Meine Firma</translation>
    </message>
    <message>
        <source>Cairn needs a desktop session and none was found (DISPLAY and WAYLAND_DISPLAY are not set); log in to a desktop, or use cairn-cli on a machine without one.</source>
        <translation>Cairn braucht eine Desktop-Sitzung und hat keine gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); melden Sie sich an einem Desktop an oder verwenden Sie auf Rechnern ohne Desktop cairn-cli.</translation>
    </message>
</context>
</TS>

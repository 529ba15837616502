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
    <name>cairn::ActivityModel</name>
    <message>
        <source>Job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n warnings)</source>
        <translation>
            <numerusform>%1 (%n Warnung)</numerusform>
            <numerusform>%1 (%n Warnungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Queued.</source>
        <translation>In der Warteschlange.</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Verify on %1</source>
        <translation>Prüfung auf %1</translation>
    </message>
    <message>
        <source>Restore drill on %1</source>
        <translation>Wiederherstellungsübung auf %1</translation>
    </message>
    <message>
        <source>Restore to %1: %2</source>
        <translation>Wiederherstellung auf %1: %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>etwa %n Min. übrig</numerusform>
            <numerusform>etwa %n Min. übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>etwa %1 Std. %2 Min. übrig</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Verbleibend</translation>
    </message>
</context>
<context>
    <name>cairn::ActivityPanel</name>
    <message>
        <source>This session</source>
        <translation>Diese Sitzung</translation>
    </message>
    <message>
        <source>Runs of this session</source>
        <translation>Läufe dieser Sitzung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>The selected run&apos;s log as it happens</source>
        <translation>Das Protokoll des ausgewählten Laufs in Echtzeit</translation>
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
    <name>cairn::AddJobCommandsPage</name>
    <message>
        <source>Anything to run before or after?</source>
        <translation>Soll etwas vorher oder nachher laufen?</translation>
    </message>
    <message>
        <source>Optional. For example, put a website into maintenance mode before the backup and back online after it. Leave both empty if you are not sure.</source>
        <translation>Optional. Versetzen Sie zum Beispiel eine Website vor der Sicherung in den Wartungsmodus und danach wieder online. Lassen Sie beide Felder leer, wenn Sie unsicher sind.</translation>
    </message>
    <message>
        <source>Command before the backup</source>
        <translation>Befehl vor der Sicherung</translation>
    </message>
    <message>
        <source>Be&amp;fore:</source>
        <translation>&amp;Vorher:</translation>
    </message>
    <message>
        <source>Command after the backup</source>
        <translation>Befehl nach der Sicherung</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Nachher:</translation>
    </message>
    <message>
        <source>Time limit for each command, in minutes</source>
        <translation>Zeitlimit für jeden Befehl, in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>The commands run on the server as the SSH user. The command after the backup also runs when the backup fails, so the website comes back online.</source>
        <translation>Die Befehle laufen auf dem Server als SSH-Benutzer. Der Befehl nach der Sicherung läuft auch, wenn die Sicherung fehlschlägt, damit die Website wieder online geht.</translation>
    </message>
</context>
<context>
    <name>cairn::AddJobOptionsPage</name>
    <message>
        <source>How should the backup run?</source>
        <translation>Wie soll die Sicherung laufen?</translation>
    </message>
    <message>
        <source>The defaults suit most servers; change them when the server or its network is busy.</source>
        <translation>Die Standardwerte passen für die meisten Server; ändern Sie sie, wenn der Server oder sein Netzwerk ausgelastet ist.</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <source>Automatic: zstd when the server has it, else gzip</source>
        <translation>Automatisch: zstd, wenn der Server es hat, sonst gzip</translation>
    </message>
    <message>
        <source>zstd (fast, small)</source>
        <translation>zstd (schnell, klein)</translation>
    </message>
    <message>
        <source>gzip (available everywhere)</source>
        <translation>gzip (überall verfügbar)</translation>
    </message>
    <message>
        <source>&amp;Compression:</source>
        <translation>&amp;Komprimierung:</translation>
    </message>
    <message>
        <source>Compression level</source>
        <translation>Komprimierungsstufe</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Higher levels make smaller backups but use more of the server&apos;s CPU (zstd 1-19, gzip 1-9).</source>
        <translation>Höhere Stufen ergeben kleinere Sicherungen, belasten aber die CPU des Servers stärker (zstd 1-19, gzip 1-9).</translation>
    </message>
    <message>
        <source>Upload limit in MiB per second</source>
        <translation>Upload-Limit in MiB pro Sekunde</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation> MiB/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>&amp;Upload limit:</source>
        <translation>&amp;Upload-Limit:</translation>
    </message>
    <message>
        <source>Keeps the backup from filling the server&apos;s network connection.</source>
        <translation>Verhindert, dass die Sicherung die Netzwerkverbindung des Servers auslastet.</translation>
    </message>
    <message>
        <source>Priority on the server</source>
        <translation>Priorität auf dem Server</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low: the server&apos;s own work comes first</source>
        <translation>Niedrig: Die eigene Arbeit des Servers geht vor</translation>
    </message>
    <message>
        <source>Lowest: read the disk only when nothing else does</source>
        <translation>Am niedrigsten: Die Festplatte nur lesen, wenn sonst nichts liest</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Part size:</source>
        <translation>Teilgröße:</translation>
    </message>
    <message>
        <source>Chosen automatically from the size of what is backed up, so even very large backups fit.</source>
        <translation>Wird automatisch aus der Größe der gesicherten Daten gewählt, sodass auch sehr große Sicherungen passen.</translation>
    </message>
    <message>
        <source>&amp;Encrypt each backup with the client&apos;s key</source>
        <translation>Jede Sicherung mit dem Schlüssel des Kunden &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>The server encrypts the backup before it leaves, so the storage provider cannot read it. Only the client&apos;s private key opens it: it is in your keychain and in the recovery kit.</source>
        <translation>Der Server verschlüsselt die Sicherung, bevor sie ihn verlässt, sodass der Speicheranbieter sie nicht lesen kann. Nur der private Schlüssel des Kunden öffnet sie: Er liegt in Ihrem Schlüsselbund und im Wiederherstellungspaket.</translation>
    </message>
    <message>
        <source>This client has no encryption key yet. Cairn can make one now; its private half stays in this computer&apos;s keychain.</source>
        <translation>Dieser Kunde hat noch keinen Verschlüsselungsschlüssel. Cairn kann jetzt einen erzeugen; seine private Hälfte bleibt im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>Create &amp;key…</source>
        <translation>Schlüssel &amp;anlegen…</translation>
    </message>
    <message>
        <source>Save the recovery kit before the first encrypted backup. Without this file and its passphrase, nobody - not you, not us - can read these backups.</source>
        <translation>Speichern Sie das Wiederherstellungspaket vor der ersten verschlüsselten Sicherung. Ohne diese Datei und ihre Passphrase kann niemand - weder Sie noch wir - diese Sicherungen lesen.</translation>
    </message>
    <message>
        <source>Save recovery &amp;kit…</source>
        <translation>Wiederherstellungs&amp;paket speichern…</translation>
    </message>
    <message>
        <source>Recovery kit saved to %1. Keep it, and its passphrase, apart from this computer.</source>
        <translation>Wiederherstellungspaket in %1 gespeichert. Bewahren Sie es und seine Passphrase getrennt von diesem Computer auf.</translation>
    </message>
    <message>
        <source>Backups are encrypted with the client&apos;s public key: only whoever holds its private key can restore them, not Cairn.</source>
        <translation>Sicherungen werden mit dem öffentlichen Schlüssel des Kunden verschlüsselt: Nur wer den privaten Schlüssel besitzt, kann sie wiederherstellen, nicht Cairn.</translation>
    </message>
    <message>
        <source>Backups are encrypted with the client&apos;s key (%1).</source>
        <translation>Sicherungen werden mit dem Schlüssel des Kunden verschlüsselt (%1).</translation>
    </message>
    <message>
        <source>Saving the recovery kit</source>
        <translation>Wiederherstellungspaket speichern</translation>
    </message>
    <message>
        <source>The kit holds this client&apos;s encryption key and every other key and password of the client, locked with a passphrase. Without this file and its passphrase, nobody - not you, not us - can read these backups. Keep the passphrase apart from the file.</source>
        <translation>Das Paket enthält den Verschlüsselungsschlüssel dieses Kunden und alle anderen Schlüssel und Passwörter des Kunden, geschützt durch eine Passphrase. Ohne diese Datei und ihre Passphrase kann niemand - weder Sie noch wir - diese Sicherungen lesen. Bewahren Sie die Passphrase getrennt von der Datei auf.</translation>
    </message>
</context>
<context>
    <name>cairn::AddJobRetentionPage</name>
    <message>
        <source>How long should backups be kept?</source>
        <translation>Wie lange sollen Sicherungen aufbewahrt werden?</translation>
    </message>
    <message>
        <source>Cairn deletes old backups after each successful run. The newest good backup is never deleted, whatever you choose.</source>
        <translation>Cairn löscht alte Sicherungen nach jedem erfolgreichen Lauf. Die neueste gute Sicherung wird nie gelöscht, egal was Sie wählen.</translation>
    </message>
    <message>
        <source>Keep &amp;every backup (the bucket only grows)</source>
        <translation>&amp;Jede Sicherung behalten (der Bucket wächst nur)</translation>
    </message>
    <message>
        <source>Keep the &amp;last few backups</source>
        <translation>Die &amp;letzten Sicherungen behalten</translation>
    </message>
    <message>
        <source>Keep one backup per &amp;day, week and month</source>
        <translation>Eine Sicherung pro &amp;Tag, Woche und Monat behalten</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Zu behaltende Sicherungen</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>Zu behaltende Sicherungen:</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Daily backups for the last (days):</source>
        <translation>Tägliche Sicherungen der letzten (Tage):</translation>
    </message>
    <message>
        <source>Weekly backups for the last (weeks):</source>
        <translation>Wöchentliche Sicherungen der letzten (Wochen):</translation>
    </message>
    <message>
        <source>Monthly backups for the last (months):</source>
        <translation>Monatliche Sicherungen der letzten (Monate):</translation>
    </message>
    <message>
        <source>Minimum age in days</source>
        <translation>Mindestalter in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Never delete backups &amp;younger than:</source>
        <translation>Nie Sicherungen löschen, die jün&amp;ger sind als:</translation>
    </message>
    <message>
        <source>Every backup stays in the bucket until you delete it yourself.</source>
        <translation>Jede Sicherung bleibt im Bucket, bis Sie sie selbst löschen.</translation>
    </message>
    <message numerus="yes">
        <source>If this job runs once a day, Cairn keeps %n backups, the oldest from %1.</source>
        <translation>
            <numerusform>Wenn dieser Auftrag einmal täglich läuft, behält Cairn %n Sicherung, die älteste vom %1.</numerusform>
            <numerusform>Wenn dieser Auftrag einmal täglich läuft, behält Cairn %n Sicherungen, die älteste vom %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::AddJobSchedulePage</name>
    <message>
        <source>When should it run?</source>
        <translation>Wann soll er laufen?</translation>
    </message>
    <message>
        <source>Cairn starts the job by itself at these times and tells you when a good backup is overdue, so a backup that silently stops happening is noticed.</source>
        <translation>Cairn startet den Auftrag zu diesen Zeiten selbst und meldet Ihnen, wenn eine gute Sicherung überfällig ist, damit auffällt, wenn Sicherungen unbemerkt ausbleiben.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Only when I start it</source>
        <translation>Nur wenn ich ihn starte</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Every week, on chosen days</source>
        <translation>Jede Woche, an ausgewählten Tagen</translation>
    </message>
    <message>
        <source>Every month, on one day</source>
        <translation>Jeden Monat, an einem Tag</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Cron-Ausdruck</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Läuft:</translation>
    </message>
    <message>
        <source>Minute past the hour</source>
        <translation>Minute nach der vollen Stunde</translation>
    </message>
    <message>
        <source>At &amp;minute:</source>
        <translation>Zur &amp;Minute:</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Um:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Am:</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>On &amp;day:</source>
        <translation>Am &amp;Tag:</translation>
    </message>
    <message>
        <source>minute hour day month weekday, e.g. 30 2 * * 1-5</source>
        <translation>Minute Stunde Tag Monat Wochentag, z. B. 30 2 * * 1-5</translation>
    </message>
    <message>
        <source>C&amp;ron expression:</source>
        <translation>C&amp;ron-Ausdruck:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Random delay in minutes</source>
        <translation>Zufällige Verzögerung in Minuten</translation>
    </message>
    <message>
        <source> minutes later</source>
        <translation> Minuten später</translation>
    </message>
    <message>
        <source>On time, no random delay</source>
        <translation>Pünktlich, ohne zufällige Verzögerung</translation>
    </message>
    <message>
        <source>Many jobs on one storage or server start spread out instead of all at once; each job&apos;s delay is random but the same every time.</source>
        <translation>Viele Aufträge auf einem Speicher oder Server starten verteilt statt alle gleichzeitig; die Verzögerung jedes Auftrags ist zufällig, aber jedes Mal gleich.</translation>
    </message>
    <message>
        <source>Start up to:</source>
        <translation>Start bis zu:</translation>
    </message>
    <message>
        <source>After downtime</source>
        <translation>Nach einer Ausfallzeit</translation>
    </message>
    <message>
        <source>Run once as soon as Cairn is back</source>
        <translation>Einmal ausführen, sobald Cairn wieder läuft</translation>
    </message>
    <message>
        <source>Skip to the next time</source>
        <translation>Bis zum nächsten Termin überspringen</translation>
    </message>
    <message>
        <source>Missed &amp;runs:</source>
        <translation>Verpasste &amp;Läufe:</translation>
    </message>
    <message>
        <source>Choose &amp;myself:</source>
        <translation>&amp;Selbst wählen:</translation>
    </message>
    <message>
        <source>Hours without a good backup before the job is overdue</source>
        <translation>Stunden ohne gute Sicherung, bis der Auftrag überfällig ist</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Overdue after:</source>
        <translation>Überfällig nach:</translation>
    </message>
    <message>
        <source>Verify the newest backup</source>
        <translation>Neueste Sicherung prüfen</translation>
    </message>
    <message>
        <source>Never by itself</source>
        <translation>Nie von selbst</translation>
    </message>
    <message>
        <source>Every week, on Sunday</source>
        <translation>Jede Woche, am Sonntag</translation>
    </message>
    <message>
        <source>Every month, on the 1st</source>
        <translation>Jeden Monat, am 1.</translation>
    </message>
    <message>
        <source>Verify at</source>
        <translation>Prüfen um</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>&amp;Verify the newest backup:</source>
        <translation>Neueste Sicherung &amp;prüfen:</translation>
    </message>
    <message>
        <source>The server downloads the backup and checks it against its manifest, so a damaged or missing archive is found before you need it.</source>
        <translation>Der Server lädt die Sicherung herunter und prüft sie gegen ihr Manifest, sodass ein beschädigtes oder fehlendes Archiv auffällt, bevor Sie es brauchen.</translation>
    </message>
    <message>
        <source>Cairn does not know the time zone “%1”; pick one from the list, for example Europe/Berlin.</source>
        <translation>Cairn kennt die Zeitzone „%1“ nicht; wählen Sie eine aus der Liste, zum Beispiel Europe/Berlin.</translation>
    </message>
    <message>
        <source>Tick at least one day of the week, or choose another kind of schedule.</source>
        <translation>Kreuzen Sie mindestens einen Wochentag an oder wählen Sie eine andere Art von Zeitplan.</translation>
    </message>
    <message>
        <source>Type a cron expression: minute, hour, day of month, month and weekday, for example 30 2 * * 1-5.</source>
        <translation>Geben Sie einen Cron-Ausdruck ein: Minute, Stunde, Tag des Monats, Monat und Wochentag, zum Beispiel 30 2 * * 1-5.</translation>
    </message>
    <message>
        <source>The saved schedule cannot be read (%1); choose it again.</source>
        <translation>Der gespeicherte Zeitplan kann nicht gelesen werden (%1); wählen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Runs only when you start it.</source>
        <translation>Läuft nur, wenn Sie ihn starten.</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Nächste Läufe:</translation>
    </message>
    <message>
        <source>Counts as overdue after %1 without a good backup.</source>
        <translation>Gilt nach %1 ohne gute Sicherung als überfällig.</translation>
    </message>
    <message>
        <source>Never counts as overdue: it has no schedule and no target.</source>
        <translation>Gilt nie als überfällig: Er hat weder Zeitplan noch Frist.</translation>
    </message>
    <message>
        <source>Verifies the newest backup: %1.</source>
        <translation>Prüft die neueste Sicherung: %1.</translation>
    </message>
    <message>
        <source>Next verify: %1.</source>
        <translation>Nächste Prüfung: %1.</translation>
    </message>
    <message>
        <source>At another time…</source>
        <translation>Zu einer anderen Zeit…</translation>
    </message>
    <message>
        <source>Verify schedule</source>
        <translation>Zeitplan der Prüfung</translation>
    </message>
    <message>
        <source>for example: weekly sun 05:00</source>
        <translation>zum Beispiel: weekly sun 05:00</translation>
    </message>
    <message>
        <source>Written like the backup schedule: hourly :15, daily 04:00, weekly mon,thu 05:00, monthly 1 06:00 or cron 0 4 1-7 * 0; the time zone above applies unless you add tz=.</source>
        <translation>Geschrieben wie der Zeitplan der Sicherung: hourly :15, daily 04:00, weekly mon,thu 05:00, monthly 1 06:00 oder cron 0 4 1-7 * 0; es gilt die Zeitzone oben, sofern Sie nicht tz= angeben.</translation>
    </message>
    <message>
        <source>Verify &amp;when:</source>
        <translation>&amp;Wann prüfen:</translation>
    </message>
    <message>
        <source>Type when to verify, for example weekly sun 05:00, or choose another option.</source>
        <translation>Geben Sie ein, wann geprüft werden soll, zum Beispiel weekly sun 05:00, oder wählen Sie eine andere Option.</translation>
    </message>
    <message>
        <source>The verify schedule cannot be read (%1); write it like weekly sun 05:00.</source>
        <translation>Der Zeitplan der Prüfung kann nicht gelesen werden (%1); schreiben Sie ihn wie weekly sun 05:00.</translation>
    </message>
</context>
<context>
    <name>cairn::AddJobServerPage</name>
    <message>
        <source>Which server do you want to back up?</source>
        <translation>Welchen Server möchten Sie sichern?</translation>
    </message>
    <message>
        <source>Cairn connects to this server over SSH; the server sends its backup straight to your storage.</source>
        <translation>Cairn verbindet sich über SSH mit diesem Server; der Server sendet seine Sicherung direkt an Ihren Speicher.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>This client has no servers yet. Close the wizard and add one on the Servers page first.</source>
        <translation>Dieser Kunde hat noch keine Server. Schließen Sie den Assistenten und fügen Sie zuerst auf der Seite Server einen hinzu.</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Name des Auftrags</translation>
    </message>
    <message>
        <source>For example Website files</source>
        <translation>Zum Beispiel Website-Dateien</translation>
    </message>
    <message>
        <source>Job na&amp;me:</source>
        <translation>Na&amp;me des Auftrags:</translation>
    </message>
    <message>
        <source>The name appears in the job list, in notifications and in the names of the backups in your bucket.</source>
        <translation>Der Name erscheint in der Auftragsliste, in Benachrichtigungen und in den Namen der Sicherungen in Ihrem Bucket.</translation>
    </message>
    <message>
        <source>%1 (%2@%3)</source>
        <translation>%1 (%2@%3)</translation>
    </message>
    <message>
        <source>%1 backup</source>
        <translation>Sicherung %1</translation>
    </message>
    <message>
        <source>A job name is one line; remove the line break.</source>
        <translation>Ein Auftragsname ist eine Zeile; entfernen Sie den Zeilenumbruch.</translation>
    </message>
</context>
<context>
    <name>cairn::AddJobSourcePage</name>
    <message>
        <source>What do you want to back up?</source>
        <translation>Was möchten Sie sichern?</translation>
    </message>
    <message>
        <source>Choose folders on the server, or databases, which Cairn backs up with the database&apos;s own dump tool so the copy is consistent.</source>
        <translation>Wählen Sie Ordner auf dem Server oder Datenbanken, die Cairn mit dem eigenen Dump-Werkzeug der Datenbank sichert, damit die Kopie konsistent ist.</translation>
    </message>
    <message>
        <source>&amp;Folders and files</source>
        <translation>Ordner und Da&amp;teien</translation>
    </message>
    <message>
        <source>&amp;MariaDB or MySQL databases</source>
        <translation>&amp;MariaDB- oder MySQL-Datenbanken</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL database</source>
        <translation>&amp;PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <source>Folders to back up, one per line</source>
        <translation>Zu sichernde Ordner, einer pro Zeile</translation>
    </message>
    <message>
        <source>/var/www
/etc</source>
        <translation>/var/www
/etc</translation>
    </message>
    <message>
        <source>F&amp;olders:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>One full path per line, as the server sees it.</source>
        <translation>Ein vollständiger Pfad pro Zeile, so wie der Server ihn sieht.</translation>
    </message>
    <message>
        <source>Patterns to leave out, one per line</source>
        <translation>Auszulassende Muster, eines pro Zeile</translation>
    </message>
    <message>
        <source>*.tmp
/var/www/cache</source>
        <translation>*.tmp
/var/www/cache</translation>
    </message>
    <message>
        <source>&amp;Leave out:</source>
        <translation>&amp;Auslassen:</translation>
    </message>
    <message>
        <source>Optional. Files and folders matching these patterns are skipped, for example caches and temporary files.</source>
        <translation>Optional. Dateien und Ordner, die auf diese Muster passen, werden übersprungen, zum Beispiel Caches und temporäre Dateien.</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>&amp;Databases:</source>
        <translation>&amp;Datenbanken:</translation>
    </message>
    <message>
        <source>How to log in to the database</source>
        <translation>Wie die Anmeldung an der Datenbank erfolgt</translation>
    </message>
    <message>
        <source>Without a password, as the SSH user (local socket)</source>
        <translation>Ohne Passwort, als SSH-Benutzer (lokaler Socket)</translation>
    </message>
    <message>
        <source>Without a password, as another system user (sudo)</source>
        <translation>Ohne Passwort, als anderer Systembenutzer (sudo)</translation>
    </message>
    <message>
        <source>With a database user and password</source>
        <translation>Mit Datenbankbenutzer und Passwort</translation>
    </message>
    <message>
        <source>Log &amp;in:</source>
        <translation>A&amp;nmelden:</translation>
    </message>
    <message>
        <source>System user</source>
        <translation>Systembenutzer</translation>
    </message>
    <message>
        <source>S&amp;ystem user:</source>
        <translation>S&amp;ystembenutzer:</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Datenbankbenutzer</translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation>Datenbank&amp;benutzer:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Database host or socket</source>
        <translation>Datenbank-Host oder Socket</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s own database</source>
        <translation>Leer: die eigene Datenbank des Servers</translation>
    </message>
    <message>
        <source>Database &amp;host:</source>
        <translation>Datenbank-&amp;Host:</translation>
    </message>
    <message>
        <source>Database port</source>
        <translation>Datenbank-Port</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>The name of one database; create one job per database.</source>
        <translation>Der Name einer Datenbank; legen Sie pro Datenbank einen Auftrag an.</translation>
    </message>
    <message>
        <source>One or more database names, separated by spaces; they are dumped together.</source>
        <translation>Ein oder mehrere Datenbanknamen, durch Leerzeichen getrennt; sie werden zusammen gedumpt.</translation>
    </message>
    <message>
        <source>Works when the SSH user has a PostgreSQL role of the same name (peer login).</source>
        <translation>Funktioniert, wenn der SSH-Benutzer eine gleichnamige PostgreSQL-Rolle hat (Peer-Anmeldung).</translation>
    </message>
    <message>
        <source>Works when the SSH user may log in over the local socket, as root usually may.</source>
        <translation>Funktioniert, wenn sich der SSH-Benutzer über den lokalen Socket anmelden darf, wie es root meist darf.</translation>
    </message>
    <message>
        <source>The dump runs as this system user with sudo, which must not ask for a password. For PostgreSQL this is usually postgres.</source>
        <translation>Der Dump läuft mit sudo als dieser Systembenutzer, und sudo darf nicht nach einem Passwort fragen. Für PostgreSQL ist das meist postgres.</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain and reaches the dump tool only while it runs.</source>
        <translation>Das Passwort liegt im Schlüsselbund dieses Computers und erreicht das Dump-Werkzeug nur, während es läuft.</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation>Im Schlüsselbund gespeichert; tippen Sie, um es zu ersetzen</translation>
    </message>
    <message>
        <source>These folders include MariaDB/MySQL&apos;s live files (/var/lib/mysql), which change while they are copied; back the databases up with a MariaDB job and leave this folder out.</source>
        <translation>Diese Ordner enthalten die laufenden Dateien von MariaDB/MySQL (/var/lib/mysql), die sich während des Kopierens ändern; sichern Sie die Datenbanken mit einem MariaDB-Auftrag und lassen Sie diesen Ordner aus.</translation>
    </message>
    <message>
        <source>These folders include PostgreSQL&apos;s live files (/var/lib/postgresql), which change while they are copied; back the database up with a PostgreSQL job and leave this folder out.</source>
        <translation>Diese Ordner enthalten die laufenden Dateien von PostgreSQL (/var/lib/postgresql), die sich während des Kopierens ändern; sichern Sie die Datenbank mit einem PostgreSQL-Auftrag und lassen Sie diesen Ordner aus.</translation>
    </message>
</context>
<context>
    <name>cairn::AddJobStoragePage</name>
    <message>
        <source>Where should the backups go?</source>
        <translation>Wohin sollen die Sicherungen gehen?</translation>
    </message>
    <message>
        <source>The server uploads each backup straight into this bucket; only this client&apos;s storage is offered.</source>
        <translation>Der Server lädt jede Sicherung direkt in diesen Bucket hoch; nur der Speicher dieses Kunden wird angeboten.</translation>
    </message>
    <message>
        <source>Storage target</source>
        <translation>Speicherziel</translation>
    </message>
    <message>
        <source>This client has no storage target yet. Close the wizard and add one on the Storage page first.</source>
        <translation>Dieser Kunde hat noch kein Speicherziel. Schließen Sie den Assistenten und fügen Sie zuerst auf der Seite Speicher eines hinzu.</translation>
    </message>
    <message>
        <source>%1 — bucket %2%3</source>
        <translation>%1 — Bucket %2%3</translation>
    </message>
</context>
<context>
    <name>cairn::AddJobSummaryPage</name>
    <message>
        <source>Check and save</source>
        <translation>Prüfen und speichern</translation>
    </message>
    <message>
        <source>This is what the job will do. Go back to change anything; nothing runs until you start it or give it a schedule.</source>
        <translation>Das wird der Auftrag tun. Gehen Sie zurück, um etwas zu ändern; nichts läuft, bis Sie ihn starten oder ihm einen Zeitplan geben.</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Auftrag: %1</translation>
    </message>
    <message>
        <source>Server: %1 (client %2)</source>
        <translation>Server: %1 (Kunde %2)</translation>
    </message>
    <message>
        <source>Backs up: %1</source>
        <translation>Sichert: %1</translation>
    </message>
    <message>
        <source>Leaves out: %1</source>
        <translation>Lässt aus: %1</translation>
    </message>
    <message>
        <source>Backs up the MariaDB/MySQL databases: %1</source>
        <translation>Sichert die MariaDB/MySQL-Datenbanken: %1</translation>
    </message>
    <message>
        <source>Backs up the PostgreSQL database: %1</source>
        <translation>Sichert die PostgreSQL-Datenbank: %1</translation>
    </message>
    <message>
        <source>Logs in: as the SSH user, without a password</source>
        <translation>Meldet sich an: als SSH-Benutzer, ohne Passwort</translation>
    </message>
    <message>
        <source>Logs in: as the system user %1, without a password</source>
        <translation>Meldet sich an: als Systembenutzer %1, ohne Passwort</translation>
    </message>
    <message>
        <source>Logs in: as %1, with the password kept in the keychain</source>
        <translation>Meldet sich an: als %1, mit dem Passwort aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Stores in: %1</source>
        <translation>Speichert in: %1</translation>
    </message>
    <message>
        <source>zstd when the server has it, else gzip</source>
        <translation>zstd, wenn der Server es hat, sonst gzip</translation>
    </message>
    <message>
        <source>Compression: %1, level %2</source>
        <translation>Komprimierung: %1, Stufe %2</translation>
    </message>
    <message>
        <source>Compression: %1</source>
        <translation>Komprimierung: %1</translation>
    </message>
    <message>
        <source>Encryption: on, with the client&apos;s key</source>
        <translation>Verschlüsselung: an, mit dem Schlüssel des Kunden</translation>
    </message>
    <message>
        <source>Encryption: off</source>
        <translation>Verschlüsselung: aus</translation>
    </message>
    <message>
        <source>Upload limit: %1 per second</source>
        <translation>Upload-Limit: %1 pro Sekunde</translation>
    </message>
    <message>
        <source>Upload limit: none</source>
        <translation>Upload-Limit: keines</translation>
    </message>
    <message>
        <source>Keeps: %1</source>
        <translation>Behält: %1</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <source>Verifies the newest backup: %1</source>
        <translation>Prüft die neueste Sicherung: %1</translation>
    </message>
</context>
<context>
    <name>cairn::AddJobWizard</name>
    <message>
        <source>Edit backup job</source>
        <translation>Sicherungsauftrag bearbeiten</translation>
    </message>
    <message>
        <source>New backup job</source>
        <translation>Neuer Sicherungsauftrag</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Create job</source>
        <translation>Auftrag &amp;anlegen</translation>
    </message>
    <message>
        <source>This client has no encryption key yet; create it with Create key above (or cairn-cli client keys create), or leave encryption off.</source>
        <translation>Dieser Kunde hat noch keinen Verschlüsselungsschlüssel; legen Sie ihn oben mit „Schlüssel anlegen“ an (oder mit cairn-cli client keys create), oder lassen Sie die Verschlüsselung aus.</translation>
    </message>
    <message>
        <source>Save the recovery kit first (Save recovery kit above), or leave encryption off.</source>
        <translation>Speichern Sie zuerst das Wiederherstellungspaket (oben „Wiederherstellungspaket speichern“), oder lassen Sie die Verschlüsselung aus.</translation>
    </message>
</context>
<context>
    <name>cairn::AddServerAccessPage</name>
    <message>
        <source>How should Cairn log in?</source>
        <translation>Wie soll sich Cairn anmelden?</translation>
    </message>
    <message>
        <source>Cairn logs in with a key of its own instead of a password. The key has to be added to the server once.</source>
        <translation>Cairn meldet sich statt mit einem Passwort mit einem eigenen Schlüssel an. Der Schlüssel muss einmal auf dem Server hinterlegt werden.</translation>
    </message>
    <message>
        <source>Cairn &amp;adds its key for me (recommended)</source>
        <translation>Cairn &amp;fügt seinen Schlüssel selbst hinzu (empfohlen)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Used once to add the key, then forgotten: Cairn never stores it.</source>
        <translation>Wird einmal zum Hinzufügen des Schlüssels verwendet und dann vergessen: Cairn speichert es nie.</translation>
    </message>
    <message>
        <source>&amp;I&apos;ll add the key myself</source>
        <translation>&amp;Ich füge den Schlüssel selbst hinzu</translation>
    </message>
    <message>
        <source>The line to add to authorized_keys</source>
        <translation>Die Zeile für authorized_keys</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the line</source>
        <translation>Die Zeile kopieren</translation>
    </message>
    <message>
        <source>One way to do it: log in to the server as that user and run this command.</source>
        <translation>Eine Möglichkeit: Melden Sie sich als dieser Benutzer am Server an und führen Sie diesen Befehl aus.</translation>
    </message>
    <message>
        <source>A command that adds the line</source>
        <translation>Ein Befehl, der die Zeile hinzufügt</translation>
    </message>
    <message>
        <source>Copy co&amp;mmand</source>
        <translation>&amp;Befehl kopieren</translation>
    </message>
    <message>
        <source>I have added the line on the server</source>
        <translation>Ich habe die Zeile auf dem Server hinzugefügt</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>&amp;Password of %1:</source>
        <translation>&amp;Passwort von %1:</translation>
    </message>
    <message>
        <source>Add this line to the file ~/.ssh/authorized_keys of %1 on %2. It lets Cairn log in with its key and nothing else: no terminal, no forwarding.</source>
        <translation>Fügen Sie diese Zeile der Datei ~/.ssh/authorized_keys von %1 auf %2 hinzu. Sie erlaubt Cairn die Anmeldung mit seinem Schlüssel und sonst nichts: kein Terminal, keine Weiterleitung.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>cairn::AddServerChecksPage</name>
    <message>
        <source>Can backups run on this server?</source>
        <translation>Können auf diesem Server Sicherungen laufen?</translation>
    </message>
    <message>
        <source>Cairn checked the tools a backup uses on the server. Nothing was changed there.</source>
        <translation>Cairn hat die Werkzeuge geprüft, die eine Sicherung auf dem Server braucht. Dort wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Checking the server again…</source>
        <translation>Der Server wird erneut geprüft…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Everything Cairn needs is on the server. Save it, and it is ready for backup jobs.</source>
        <translation>Alles, was Cairn braucht, ist auf dem Server vorhanden. Speichern Sie ihn, dann ist er bereit für Sicherungsaufträge.</translation>
    </message>
    <message>
        <source>Backups cannot run until the lines marked Missing are fixed on the server. Fix them and click Check again, or save now and fix them later.</source>
        <translation>Sicherungen können erst laufen, wenn die mit „Fehlt“ markierten Punkte auf dem Server behoben sind. Beheben Sie sie und klicken Sie auf „Erneut prüfen“, oder speichern Sie jetzt und beheben Sie sie später.</translation>
    </message>
    <message>
        <source>Checking the tools Cairn needs on %1…</source>
        <translation>Die Werkzeuge, die Cairn braucht, werden auf %1 geprüft…</translation>
    </message>
</context>
<context>
    <name>cairn::AddServerDetailsPage</name>
    <message>
        <source>Which server should Cairn back up?</source>
        <translation>Welchen Server soll Cairn sichern?</translation>
    </message>
    <message>
        <source>Cairn logs in to the server over SSH, the way administrators do, and installs nothing on it.</source>
        <translation>Cairn meldet sich wie ein Administrator per SSH am Server an und installiert dort nichts.</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Name des Servers</translation>
    </message>
    <message>
        <source>For example: Web shop</source>
        <translation>Zum Beispiel: Webshop</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Any name that tells you which server this is.</source>
        <translation>Ein beliebiger Name, an dem Sie erkennen, welcher Server das ist.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Host name or IP address</source>
        <translation>Hostname oder IP-Adresse</translation>
    </message>
    <message>
        <source>server.example.com or 203.0.113.10</source>
        <translation>server.example.com oder 203.0.113.10</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH-Port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>SSH uses 22 unless your hosting provider told you another port.</source>
        <translation>SSH verwendet Port 22, sofern Ihr Hosting-Anbieter Ihnen keinen anderen genannt hat.</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Benutzername auf dem Server</translation>
    </message>
    <message>
        <source>root, or a user set aside for backups</source>
        <translation>root oder ein eigens für Sicherungen angelegter Benutzer</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Backups read what this user can read; root reads everything.</source>
        <translation>Sicherungen lesen, was dieser Benutzer lesen kann; root kann alles lesen.</translation>
    </message>
    <message>
        <source>%1 already has a server named &quot;%2&quot;; choose another name.</source>
        <translation>%1 hat bereits einen Server namens „%2“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Add a client first (File &gt; Add Client), then add its servers.</source>
        <translation>Fügen Sie zuerst einen Kunden hinzu (Datei &gt; Kunde hinzufügen) und dann seine Server.</translation>
    </message>
</context>
<context>
    <name>cairn::AddServerHostKeyPage</name>
    <message>
        <source>Is this really your server?</source>
        <translation>Ist das wirklich Ihr Server?</translation>
    </message>
    <message>
        <source>Every SSH server has a fingerprint of its own. Cairn remembers it and refuses to connect if it ever changes, so no other machine can pretend to be your server.</source>
        <translation>Jeder SSH-Server hat seinen eigenen Fingerabdruck. Cairn merkt ihn sich und verweigert die Verbindung, falls er sich je ändert, sodass sich kein anderer Rechner als Ihr Server ausgeben kann.</translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation>Diesem Server &amp;vertrauen</translation>
    </message>
    <message>
        <source>This is the server&apos;s fingerprint:</source>
        <translation>Das ist der Fingerabdruck des Servers:</translation>
    </message>
    <message>
        <source>The server&apos;s fingerprint</source>
        <translation>Der Fingerabdruck des Servers</translation>
    </message>
    <message>
        <source>If you cannot compare it now, trusting it is usually fine on a network you know. If it does not match, click Cancel: something sits between you and the server.</source>
        <translation>Wenn Sie ihn jetzt nicht vergleichen können, ist Vertrauen in einem Ihnen bekannten Netzwerk meist in Ordnung. Stimmt er nicht überein, klicken Sie auf „Abbrechen“: Dann sitzt etwas zwischen Ihnen und dem Server.</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Key type: %1</source>
        <translation>Schlüsseltyp: %1</translation>
    </message>
    <message>
        <source>This is the server&apos;s fingerprint. If you can, compare it with what `%1` prints on the server.</source>
        <translation>Das ist der Fingerabdruck des Servers. Vergleichen Sie ihn nach Möglichkeit mit der Ausgabe von `%1` auf dem Server.</translation>
    </message>
</context>
<context>
    <name>cairn::AddServerStatus</name>
    <message>
        <source>Working</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel this step</source>
        <translation>Diesen Schritt abbrechen</translation>
    </message>
</context>
<context>
    <name>cairn::AddServerWizard</name>
    <message>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save server</source>
        <translation>Server &amp;speichern</translation>
    </message>
    <message>
        <source>The checks have not finished; wait for them or click Check again.</source>
        <translation>Die Prüfungen sind noch nicht abgeschlossen; warten Sie darauf oder klicken Sie auf „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>Cairn could not save the server; try again.</source>
        <translation>Cairn konnte den Server nicht speichern; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>cairn::AddStorageBucketPage</name>
    <message>
        <source>Which bucket?</source>
        <translation>Welcher Bucket?</translation>
    </message>
    <message>
        <source>Create the bucket in your provider&apos;s console first; Cairn does not create buckets.</source>
        <translation>Legen Sie den Bucket zuerst in der Konsole Ihres Anbieters an; Cairn legt keine Buckets an.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Bucket name</source>
        <translation>Bucket-Name</translation>
    </message>
    <message>
        <source>For example acme-backups</source>
        <translation>Zum Beispiel acme-backups</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <source>Folder in the bucket (prefix)</source>
        <translation>Ordner im Bucket (Präfix)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Backups go under this folder (an S3 prefix), so one bucket can hold several clients. Leave it empty to use the whole bucket.</source>
        <translation>Sicherungen landen in diesem Ordner (einem S3-Präfix), sodass ein Bucket mehrere Kunden aufnehmen kann. Lassen Sie das Feld leer, um den ganzen Bucket zu verwenden.</translation>
    </message>
    <message>
        <source>Name in Cairn</source>
        <translation>Name in Cairn</translation>
    </message>
    <message>
        <source>&amp;Name in Cairn:</source>
        <translation>&amp;Name in Cairn:</translation>
    </message>
    <message>
        <source>There is no client to add storage for; close this wizard and add a client first.</source>
        <translation>Es gibt keinen Kunden, für den Speicher hinzugefügt werden kann; schließen Sie diesen Assistenten und fügen Sie zuerst einen Kunden hinzu.</translation>
    </message>
    <message>
        <source>The client “%1” already has a storage target named “%2”; choose another name.</source>
        <translation>Der Kunde „%1“ hat bereits ein Speicherziel namens „%2“; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>cairn::AddStorageFinishPage</name>
    <message>
        <source>Almost done</source>
        <translation>Fast fertig</translation>
    </message>
    <message>
        <source>The storage works. Here is what the bucket protects by itself, and one rule worth adding.</source>
        <translation>Der Speicher funktioniert. Hier sehen Sie, was der Bucket selbst schützt, und eine Regel, die sich lohnt.</translation>
    </message>
    <message>
        <source>Versioning:</source>
        <translation>Versionierung:</translation>
    </message>
    <message>
        <source>Object Lock:</source>
        <translation>Object Lock:</translation>
    </message>
    <message>
        <source>Unfinished uploads</source>
        <translation>Unvollständige Uploads</translation>
    </message>
    <message>
        <source>When a backup is interrupted, the parts it already uploaded stay in the bucket and are billed until someone removes them. A lifecycle rule lets the storage remove them.</source>
        <translation>Wenn eine Sicherung unterbrochen wird, bleiben die bereits hochgeladenen Teile im Bucket und werden berechnet, bis jemand sie entfernt. Eine Lifecycle-Regel lässt den Speicher sie entfernen.</translation>
    </message>
    <message>
        <source>&amp;Remove unfinished uploads after</source>
        <translation>Unvollständige Uploads &amp;entfernen nach</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Days before unfinished uploads are removed</source>
        <translation>Tage, bis unvollständige Uploads entfernt werden</translation>
    </message>
    <message>
        <source>Setting the lifecycle rule…</source>
        <translation>Lifecycle-Regel wird gesetzt…</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation>Geheimnis wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>cairn::AddStorageKeyPage</name>
    <message>
        <source>Access key</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Create an access key that may list, read, write and delete objects in this bucket, and nothing else.</source>
        <translation>Erstellen Sie einen Zugriffsschlüssel, der Objekte in diesem Bucket auflisten, lesen, schreiben und löschen darf, und sonst nichts.</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>Zugriffs&amp;schlüssel-ID:</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation>Geheimnis an&amp;zeigen</translation>
    </message>
    <message>
        <source>The secret is kept in your system&apos;s keychain, never in a file; hosts only ever get short-lived links for one object.</source>
        <translation>Das Geheimnis wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei; Hosts erhalten immer nur kurzlebige Links für ein einzelnes Objekt.</translation>
    </message>
</context>
<context>
    <name>cairn::AddStorageProviderPage</name>
    <message>
        <source>Where should the backups go?</source>
        <translation>Wohin sollen die Sicherungen gehen?</translation>
    </message>
    <message>
        <source>Choose the service that holds your bucket. Cairn talks to all of them the same way (the S3 API), so you can move later.</source>
        <translation>Wählen Sie den Dienst, bei dem Ihr Bucket liegt. Cairn spricht mit allen auf dieselbe Weise (über die S3-API), Sie können also später wechseln.</translation>
    </message>
    <message>
        <source>Storage provider</source>
        <translation>Speicheranbieter</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Cloudflare account ID</source>
        <translation>Cloudflare-Konto-ID</translation>
    </message>
    <message>
        <source>The 32-character ID from the R2 overview page</source>
        <translation>Die 32-stellige ID von der R2-Übersichtsseite</translation>
    </message>
    <message>
        <source>&amp;Account ID:</source>
        <translation>&amp;Konto-ID:</translation>
    </message>
    <message>
        <source>S3 endpoint address</source>
        <translation>S3-Endpunktadresse</translation>
    </message>
    <message>
        <source>For example https://minio.example.com:9000</source>
        <translation>Zum Beispiel https://minio.example.com:9000</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>Cairn will use %1 (region %2).</source>
        <translation>Cairn verwendet %1 (Region %2).</translation>
    </message>
</context>
<context>
    <name>cairn::AddStorageTestPage</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Testing the storage</source>
        <translation>Speicher wird getestet</translation>
    </message>
    <message>
        <source>Cairn lists the bucket, writes a small probe object, reads it back and deletes it, so you know backups will work before the first one runs.</source>
        <translation>Cairn listet den Bucket auf, schreibt ein kleines Testobjekt, liest es zurück und löscht es, damit Sie vor der ersten Sicherung wissen, dass Sicherungen funktionieren.</translation>
    </message>
    <message>
        <source>Test progress</source>
        <translation>Testfortschritt</translation>
    </message>
    <message>
        <source>&amp;Stop test</source>
        <translation>Test &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The test was stopped; press Test again to run it.</source>
        <translation>Der Test wurde angehalten; klicken Sie auf „Erneut testen“, um ihn auszuführen.</translation>
    </message>
    <message>
        <source>Not checked: the test was stopped.</source>
        <translation>Nicht geprüft: Der Test wurde angehalten.</translation>
    </message>
    <message>
        <source>Checking: %1…</source>
        <translation>Prüfe: %1…</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>Der Test ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Fix what the failed check says (Back keeps everything you typed), then press Test again.</source>
        <translation>Beheben Sie, was die fehlgeschlagene Prüfung meldet („Zurück“ behält alle Eingaben), und klicken Sie dann auf „Erneut testen“.</translation>
    </message>
</context>
<context>
    <name>cairn::AddStorageWizard</name>
    <message>
        <source>Add storage</source>
        <translation>Speicher hinzufügen</translation>
    </message>
</context>
<context>
    <name>cairn::AppLock</name>
    <message>
        <source>Cairn could not record the attempt (%1); check the disk and try again.</source>
        <translation>Cairn konnte den Versuch nicht aufzeichnen (%1); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The app lock is off; there is no master password to check.</source>
        <translation>Die App-Sperre ist aus; es gibt kein Master-Passwort zu prüfen.</translation>
    </message>
    <message>
        <source>The master password is wrong; check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Das Master-Passwort ist falsch; prüfen Sie die Feststelltaste und das Tastaturlayout und versuchen Sie es dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>A master password needs at least %n characters; choose a longer one.</source>
        <translation>
            <numerusform>Ein Master-Passwort braucht mindestens %n Zeichen; wählen Sie ein längeres.</numerusform>
            <numerusform>Ein Master-Passwort braucht mindestens %n Zeichen; wählen Sie ein längeres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bcrypt cost must be between %1 and %2; choose another.</source>
        <translation>Der bcrypt-Kostenfaktor muss zwischen %1 und %2 liegen; wählen Sie einen anderen Wert.</translation>
    </message>
    <message>
        <source>The app lock is already on; change the master password instead.</source>
        <translation>Die App-Sperre ist bereits an; ändern Sie stattdessen das Master-Passwort.</translation>
    </message>
    <message>
        <source>The app lock is off; there is no master password to reset.</source>
        <translation>Die App-Sperre ist aus; es gibt kein Master-Passwort zum Zurücksetzen.</translation>
    </message>
    <message>
        <source>Recovery codes come with two-factor sign-in, which is off; without it a forgotten master password cannot be reset in Cairn.</source>
        <translation>Wiederherstellungscodes gehören zur Zwei-Faktor-Anmeldung, die ausgeschaltet ist; ohne sie lässt sich ein vergessenes Master-Passwort in Cairn nicht zurücksetzen.</translation>
    </message>
    <message>
        <source>The recovery code is wrong or was already used; type another of your recovery codes.</source>
        <translation>Der Wiederherstellungscode ist falsch oder wurde bereits verwendet; geben Sie einen anderen Ihrer Wiederherstellungscodes ein.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on; turn it off first, then turn the app lock off.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist an; schalten Sie zuerst diese aus und dann die App-Sperre.</translation>
    </message>
    <message>
        <source>The idle time must be between 0 (never lock) and %1 minutes; choose another.</source>
        <translation>Die Leerlaufzeit muss zwischen 0 (nie sperren) und %1 Minuten liegen; wählen Sie einen anderen Wert.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts; wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Zu viele falsche Versuche; warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
            <numerusform>Zu viele falsche Versuche; warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::AuditAnchor</name>
    <message>
        <source>The key of the audit log&apos;s anchor is not in this keychain, so deleted newest entries cannot be detected here; use the keychain the database was set up with.</source>
        <translation>Der Schlüssel des Ankers des Audit-Protokolls ist nicht in diesem Schlüsselbund, daher lassen sich gelöschte neueste Einträge hier nicht erkennen; verwenden Sie den Schlüsselbund, mit dem die Datenbank eingerichtet wurde.</translation>
    </message>
    <message>
        <source>Cairn could not make a key for the audit log&apos;s anchor; try again.</source>
        <translation>Cairn konnte keinen Schlüssel für den Anker des Audit-Protokolls erzeugen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cairn could not anchor the audit log (%1); check the disk and try again.</source>
        <translation>Cairn konnte das Audit-Protokoll nicht verankern (%1); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the file %1 cannot be written</source>
        <translation>die Datei %1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>cairn::AuditLog</name>
    <message>
        <source>Cairn could not write the audit log (%1); check the disk and try again.</source>
        <translation>Cairn konnte das Audit-Protokoll nicht schreiben (%1); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cairn could not read the audit log (%1).</source>
        <translation>Cairn konnte das Audit-Protokoll nicht lesen (%1).</translation>
    </message>
    <message>
        <source>entries before #%1 are missing</source>
        <translation>Einträge vor #%1 fehlen</translation>
    </message>
    <message>
        <source>entry #%1 does not follow the entry before it</source>
        <translation>Eintrag #%1 schließt nicht an den Eintrag davor an</translation>
    </message>
    <message>
        <source>entry #%1 was changed after it was written</source>
        <translation>Eintrag #%1 wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>The audit log was tampered with: %1; keep a copy of the database for investigation.</source>
        <translation>Das Audit-Protokoll wurde manipuliert: %1; bewahren Sie eine Kopie der Datenbank für die Untersuchung auf.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each linked to the one before.</source>
        <translation>
            <numerusform>Das Audit-Protokoll ist unversehrt: %n Eintrag, jeder mit dem vorherigen verkettet.</numerusform>
            <numerusform>Das Audit-Protokoll ist unversehrt: %n Einträge, jeder mit dem vorherigen verkettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>the anchor file beside the database was edited</source>
        <translation>die Ankerdatei neben der Datenbank wurde bearbeitet</translation>
    </message>
    <message>
        <source>the anchor file beside the database was deleted</source>
        <translation>die Ankerdatei neben der Datenbank wurde gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>the newest %n entries were deleted (the anchor outside the database counts %1)</source>
        <translation>
            <numerusform>%n neuester Eintrag wurde gelöscht (der Anker außerhalb der Datenbank zählt %1)</numerusform>
            <numerusform>die neuesten %n Einträge wurden gelöscht (der Anker außerhalb der Datenbank zählt %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>entry #%1 is not the one the anchor outside the database recorded</source>
        <translation>Eintrag #%1 ist nicht der, den der Anker außerhalb der Datenbank aufgezeichnet hat</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each linked to the one before, but the anchor that detects deleted newest entries could not be checked without the keychain.</source>
        <translation>
            <numerusform>Das Audit-Protokoll ist unversehrt: %n Eintrag, jeder mit dem vorherigen verkettet, aber der Anker, der gelöschte neueste Einträge erkennt, konnte ohne den Schlüsselbund nicht geprüft werden.</numerusform>
            <numerusform>Das Audit-Protokoll ist unversehrt: %n Einträge, jeder mit dem vorherigen verkettet, aber der Anker, der gelöschte neueste Einträge erkennt, konnte ohne den Schlüsselbund nicht geprüft werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <source>Action or object contains</source>
        <translation>Aktion oder Objekt enthält</translation>
    </message>
    <message>
        <source>server.remove, a server&apos;s name, …</source>
        <translation>server.remove, der Name eines Servers, …</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>&amp;Enthält:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Chain intact. %1</source>
        <translation>Kette intakt. %1</translation>
    </message>
    <message>
        <source>Chain broken. %1</source>
        <translation>Kette unterbrochen. %1</translation>
    </message>
    <message>
        <source>Cairn could not write %1 (%2); choose another place.</source>
        <translation>Cairn konnte %1 nicht schreiben (%2); wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n Eintrag angezeigt</numerusform>
            <numerusform>%n Einträge angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::AuthorizedKeys</name>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <source>Cairn could not add its key to ~/.ssh/authorized_keys on %1 (%2); check that the user owns its home folder, or add the key by hand.</source>
        <translation>Cairn konnte seinen Schlüssel auf %1 nicht zu ~/.ssh/authorized_keys hinzufügen (%2); prüfen Sie, ob der Benutzer Eigentümer seines Home-Ordners ist, oder fügen Sie den Schlüssel von Hand hinzu.</translation>
    </message>
    <message>
        <source>Cairn could not remove its key from ~/.ssh/authorized_keys on %1 (%2); remove the line by hand.</source>
        <translation>Cairn konnte seinen Schlüssel auf %1 nicht aus ~/.ssh/authorized_keys entfernen (%2); entfernen Sie die Zeile von Hand.</translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer while Cairn changed authorized_keys; check that the user&apos;s login shell is a POSIX shell such as bash.</source>
        <translation>%1 gab eine unerwartete Antwort, während Cairn authorized_keys änderte; prüfen Sie, ob die Login-Shell des Benutzers eine POSIX-Shell wie bash ist.</translation>
    </message>
    <message>
        <source>There is no valid key to install.</source>
        <translation>Es gibt keinen gültigen Schlüssel zum Installieren.</translation>
    </message>
    <message>
        <source>The key was added to ~/.ssh/authorized_keys on %1, but the server still refuses it; the server may read keys from another file (AuthorizedKeysFile in sshd_config).</source>
        <translation>Der Schlüssel wurde auf %1 zu ~/.ssh/authorized_keys hinzugefügt, aber der Server lehnt ihn weiterhin ab; vermutlich liest der Server die Schlüssel aus einer anderen Datei (AuthorizedKeysFile in sshd_config).</translation>
    </message>
</context>
<context>
    <name>cairn::Autostart</name>
    <message>
        <source>Cairn could not remove %1; delete it by hand to stop starting Cairn on login.</source>
        <translation>Cairn konnte %1 nicht entfernen; löschen Sie die Datei von Hand, damit Cairn nicht mehr bei der Anmeldung startet.</translation>
    </message>
    <message>
        <source>Cairn could not write %1; check that the folder is writable.</source>
        <translation>Cairn konnte %1 nicht schreiben; prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>cairn::BackupDeleter</name>
    <message>
        <source>That backup is already deleted; reload the list.</source>
        <translation>Diese Sicherung ist bereits gelöscht; laden Sie die Liste neu.</translation>
    </message>
    <message>
        <source>A restore or verify is reading this backup right now; delete it once that has ended.</source>
        <translation>Eine Wiederherstellung oder Prüfung liest gerade diese Sicherung; löschen Sie sie, wenn diese beendet ist.</translation>
    </message>
    <message>
        <source>A restore or verify started reading this backup; delete it once that has ended.</source>
        <translation>Eine Wiederherstellung oder Prüfung hat begonnen, diese Sicherung zu lesen; löschen Sie sie, wenn diese beendet ist.</translation>
    </message>
    <message>
        <source>The backup could not be deleted; try again.</source>
        <translation>Die Sicherung konnte nicht gelöscht werden; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>cairn::BackupImporter</name>
    <message>
        <source>That storage target is no longer configured; add it again, then import.</source>
        <translation>Dieses Speicherziel ist nicht mehr eingerichtet; fügen Sie es erneut hinzu und importieren Sie dann.</translation>
    </message>
    <message>
        <source>%1 is not a Cairn manifest.</source>
        <translation>%1 ist kein Cairn-Manifest.</translation>
    </message>
    <message>
        <source>%1 does not carry this client&apos;s seal (changed, or made with other keys: import the client&apos;s recovery kit first).</source>
        <translation>%1 trägt nicht das Siegel dieses Kunden (verändert oder mit anderen Schlüsseln erstellt: importieren Sie zuerst das Wiederherstellungspaket des Kunden).</translation>
    </message>
    <message>
        <source>%1 is %2 bytes but its manifest says %3.</source>
        <translation>%1 ist %2 Bytes groß, laut Manifest aber %3.</translation>
    </message>
    <message>
        <source>%1 is missing (%2).</source>
        <translation>%1 fehlt (%2).</translation>
    </message>
</context>
<context>
    <name>cairn::BackupIndexDecoder</name>
    <message>
        <source>The backup&apos;s file index is damaged or was made with another key; restore the whole backup instead.</source>
        <translation>Der Dateiindex der Sicherung ist beschädigt oder wurde mit einem anderen Schlüssel erstellt; stellen Sie stattdessen die ganze Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The backup&apos;s file index is too large to show; restore the whole backup instead.</source>
        <translation>Der Dateiindex der Sicherung ist zu groß für die Anzeige; stellen Sie stattdessen die ganze Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The backup&apos;s file index uses a compression Cairn cannot read; update Cairn.</source>
        <translation>Der Dateiindex der Sicherung verwendet eine Kompression, die Cairn nicht lesen kann; aktualisieren Sie Cairn.</translation>
    </message>
</context>
<context>
    <name>cairn::BackupIndexLoader</name>
    <message>
        <source>There is no backup %1 any more; choose another backup.</source>
        <translation>Die Sicherung %1 gibt es nicht mehr; wählen Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>This backup has no file index (it holds a database, or the job kept none); restore the whole backup instead.</source>
        <translation>Diese Sicherung hat keinen Dateiindex (sie enthält eine Datenbank, oder der Auftrag hat keinen angelegt); stellen Sie stattdessen die ganze Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The storage that holds this backup is no longer configured; add it again and import its backups.</source>
        <translation>Der Speicher, der diese Sicherung enthält, ist nicht mehr eingerichtet; fügen Sie ihn erneut hinzu und importieren Sie seine Sicherungen.</translation>
    </message>
    <message>
        <source>The backup&apos;s storage belongs to another client; Cairn does not mix clients.</source>
        <translation>Der Speicher der Sicherung gehört einem anderen Kunden; Cairn vermischt keine Kunden.</translation>
    </message>
    <message>
        <source>The keychain has no secret key for the storage %1; enter it again in Storage.</source>
        <translation>Der Schlüsselbund hat keinen geheimen Schlüssel für den Speicher %1; geben Sie ihn unter Speicher erneut ein.</translation>
    </message>
    <message>
        <source>The backup&apos;s file index lists no files; restore the whole backup instead.</source>
        <translation>Der Dateiindex der Sicherung führt keine Dateien auf; stellen Sie stattdessen die ganze Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>cairn::BackupIndexModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>owner %1, permissions %2</source>
        <translation>Eigentümer %1, Berechtigungen %2</translation>
    </message>
    <message>
        <source>links to %1</source>
        <translation>verweist auf %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>cairn::BackupRepository</name>
    <message>
        <source>Cairn could not record the backup (%1).</source>
        <translation>Cairn konnte die Sicherung nicht aufzeichnen (%1).</translation>
    </message>
    <message>
        <source>Cairn could not read the backups (%1).</source>
        <translation>Cairn konnte die Sicherungen nicht lesen (%1).</translation>
    </message>
    <message>
        <source>Cairn could not update the backup (%1).</source>
        <translation>Cairn konnte die Sicherung nicht aktualisieren (%1).</translation>
    </message>
</context>
<context>
    <name>cairn::BackupRequestLoader</name>
    <message>
        <source>the SSH key of %1</source>
        <translation>den SSH-Schlüssel von %1</translation>
    </message>
    <message>
        <source>the secret key of the storage %1</source>
        <translation>den geheimen Schlüssel des Speichers %1</translation>
    </message>
    <message>
        <source>the database password of %1</source>
        <translation>das Datenbankpasswort von %1</translation>
    </message>
    <message>
        <source>The job no longer exists; refresh the list of jobs.</source>
        <translation>Den Auftrag gibt es nicht mehr; aktualisieren Sie die Liste der Aufträge.</translation>
    </message>
    <message>
        <source>Cairn has not trusted a host key for %1 yet; check and trust the server&apos;s key first.</source>
        <translation>Cairn vertraut noch keinem Host-Schlüssel für %1; prüfen Sie zuerst den Schlüssel des Servers und vertrauen Sie ihm.</translation>
    </message>
    <message>
        <source>The server %1 has no SSH key; choose one for it first.</source>
        <translation>Der Server %1 hat keinen SSH-Schlüssel; wählen Sie zuerst einen für ihn aus.</translation>
    </message>
    <message>
        <source>The job %1 points at storage of another client; choose a storage target of %2.</source>
        <translation>Der Auftrag %1 verweist auf Speicher eines anderen Kunden; wählen Sie ein Speicherziel von %2.</translation>
    </message>
    <message>
        <source>The keychain has no entry for %1; enter it again.</source>
        <translation>Der Schlüsselbund hat keinen Eintrag für %1; geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>the ping URL of client %1</source>
        <translation>die Ping-URL des Kunden %1</translation>
    </message>
    <message>
        <source>The job %1 encrypts its backups but %2 has no encryption key; create one with cairn-cli client keys create (and save the recovery kit), or switch encryption off.</source>
        <translation>Der Auftrag %1 verschlüsselt seine Sicherungen, aber %2 hat keinen Verschlüsselungsschlüssel; legen Sie einen mit cairn-cli client keys create an (und speichern Sie das Wiederherstellungspaket), oder schalten Sie die Verschlüsselung aus.</translation>
    </message>
</context>
<context>
    <name>cairn::BackupRun</name>
    <message>
        <source>The backup script on %1 broke Cairn&apos;s rules (%2), so Cairn stopped it; run the backup again, and check the server if it happens again.</source>
        <translation>Das Sicherungsskript auf %1 hat gegen die Regeln von Cairn verstoßen (%2), deshalb hat Cairn es angehalten; führen Sie die Sicherung erneut aus und prüfen Sie den Server, wenn es wieder passiert.</translation>
    </message>
    <message>
        <source>Backup of %1 on %2 started.</source>
        <translation>Sicherung von %1 auf %2 gestartet.</translation>
    </message>
    <message>
        <source>The backup of %1 was cancelled; nothing was kept.</source>
        <translation>Die Sicherung von %1 wurde abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>The backup of %1 failed; run it again.</source>
        <translation>Die Sicherung von %1 ist fehlgeschlagen; führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>Cairn has not trusted a host key for %1 yet; check and trust the server&apos;s key first.</source>
        <translation>Cairn vertraut noch keinem Host-Schlüssel für %1; prüfen Sie zuerst den Schlüssel des Servers und vertrauen Sie ihm.</translation>
    </message>
    <message>
        <source>The SSH key for %1 could not be read from the keychain (%2); generate or import it again.</source>
        <translation>Der SSH-Schlüssel für %1 konnte nicht aus dem Schlüsselbund gelesen werden (%2); erzeugen oder importieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>%1 cannot run backups yet (%2: %3); %4</source>
        <translation>%1 kann noch keine Sicherungen ausführen (%2: %3); %4</translation>
    </message>
    <message>
        <source>The check of %1 did not finish; run the backup again.</source>
        <translation>Die Prüfung von %1 wurde nicht abgeschlossen; führen Sie die Sicherung erneut aus.</translation>
    </message>
    <message>
        <source>zstd is not installed on %1; install it or choose gzip for this job.</source>
        <translation>zstd ist auf %1 nicht installiert; installieren Sie es oder wählen Sie gzip für diesen Auftrag.</translation>
    </message>
    <message>
        <source>%1 cannot dump this database: %2 is not installed; %3</source>
        <translation>%1 kann diese Datenbank nicht sichern: %2 ist nicht installiert; %3</translation>
    </message>
    <message>
        <source>%1 stopped answering during the backup; check the server and the network, then run it again.</source>
        <translation>%1 hat während der Sicherung nicht mehr geantwortet; prüfen Sie Server und Netzwerk und führen Sie sie dann erneut aus.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost during the backup (%2); check the network and run it again.</source>
        <translation>Die Verbindung zu %1 ist während der Sicherung abgebrochen (%2); prüfen Sie das Netzwerk und führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>The backup script on %1 ended without finishing; run the backup again, and check the server&apos;s log if it happens again.</source>
        <translation>Das Sicherungsskript auf %1 endete, ohne fertig zu werden; führen Sie die Sicherung erneut aus und prüfen Sie das Protokoll des Servers, wenn es wieder passiert.</translation>
    </message>
    <message>
        <source>a line longer than %1 bytes</source>
        <translation>eine Zeile länger als %1 Bytes</translation>
    </message>
    <message>
        <source>a malformed line</source>
        <translation>eine fehlerhafte Zeile</translation>
    </message>
    <message>
        <source>protocol version %1</source>
        <translation>Protokollversion %1</translation>
    </message>
    <message>
        <source>a part before the upload started</source>
        <translation>ein Teil vor dem Start des Uploads</translation>
    </message>
    <message>
        <source>%1 changed while it was read; the backup holds the version tar saw.</source>
        <translation>%1 hat sich beim Lesen geändert; die Sicherung enthält die Version, die tar gesehen hat.</translation>
    </message>
    <message>
        <source>%1 more warnings were not listed.</source>
        <translation>%1 weitere Warnungen wurden nicht aufgeführt.</translation>
    </message>
    <message>
        <source>an unexpected side object</source>
        <translation>ein unerwartetes Nebenobjekt</translation>
    </message>
    <message>
        <source>a second estimate</source>
        <translation>eine zweite Schätzung</translation>
    </message>
    <message>
        <source>Uploading to %1 in parts of %2.</source>
        <translation>Upload nach %1 in Teilen zu %2.</translation>
    </message>
    <message>
        <source>Cairn could not sign an upload URL for %1; check the storage settings.</source>
        <translation>Cairn konnte keine Upload-URL für %1 signieren; prüfen Sie die Speichereinstellungen.</translation>
    </message>
    <message>
        <source>the upload never started</source>
        <translation>der Upload hat nie begonnen</translation>
    </message>
    <message>
        <source>the %1 was not stored</source>
        <translation>%1 wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>file index</source>
        <translation>der Dateiindex</translation>
    </message>
    <message>
        <source>globals dump</source>
        <translation>der Dump der globalen Objekte</translation>
    </message>
    <message>
        <source>Storage did not assemble the backup of %1 (%2)</source>
        <translation>Der Speicher hat die Sicherung von %1 nicht zusammengesetzt (%2)</translation>
    </message>
    <message>
        <source>Storage holds %1 bytes for the backup of %2 but the server sent %3; run it again.</source>
        <translation>Der Speicher enthält %1 Bytes für die Sicherung von %2, der Server hat aber %3 gesendet; führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>Cairn could not store the manifest of the backup of %1 (%2)</source>
        <translation>Cairn konnte das Manifest der Sicherung von %1 nicht speichern (%2)</translation>
    </message>
    <message>
        <source>The backup of %1 is complete: %2 stored in %3.</source>
        <translation>Die Sicherung von %1 ist abgeschlossen: %2 in %3 gespeichert.</translation>
    </message>
    <message>
        <source>Retention could not remove an old backup: %1</source>
        <translation>Die Aufbewahrungsregel konnte eine alte Sicherung nicht entfernen: %1</translation>
    </message>
    <message>
        <source>The partial upload was removed from %1.</source>
        <translation>Der unvollständige Upload wurde aus %1 entfernt.</translation>
    </message>
    <message>
        <source>The partial upload could not be removed yet (%1); Cairn retries when it next starts.</source>
        <translation>Der unvollständige Upload konnte noch nicht entfernt werden (%1); Cairn versucht es beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>The path %1 does not exist on %2; correct the job&apos;s paths or create it there.</source>
        <translation>Der Pfad %1 existiert auf %2 nicht; korrigieren Sie die Pfade des Auftrags oder legen Sie ihn dort an.</translation>
    </message>
    <message>
        <source>tar could not read everything on %1 (%2); check that the paths exist and the SSH user can read them.</source>
        <translation>tar konnte auf %1 nicht alles lesen (%2); prüfen Sie, ob die Pfade existieren und der SSH-Benutzer sie lesen kann.</translation>
    </message>
    <message>
        <source>The database dump on %1 failed (%2); check the database name, the login and that the database server runs.</source>
        <translation>Der Datenbank-Dump auf %1 ist fehlgeschlagen (%2); prüfen Sie den Datenbanknamen, die Anmeldung und ob der Datenbankserver läuft.</translation>
    </message>
    <message>
        <source>Compression failed on %1 (%2); check the server&apos;s free memory and disk.</source>
        <translation>Die Komprimierung auf %1 ist fehlgeschlagen (%2); prüfen Sie freien Arbeitsspeicher und Festplattenplatz des Servers.</translation>
    </message>
    <message>
        <source>%1 has %2 free in %3 but the backup needs %4 there for its parts; free up space or choose another temporary folder in the job.</source>
        <translation>%1 hat %2 frei in %3, die Sicherung braucht dort aber %4 für ihre Teile; schaffen Sie Platz oder wählen Sie im Auftrag einen anderen temporären Ordner.</translation>
    </message>
    <message>
        <source>Cairn could not use the temporary folder on %1 (%2); check that it exists and is writable.</source>
        <translation>Cairn konnte den temporären Ordner auf %1 nicht verwenden (%2); prüfen Sie, ob er existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The backup script on %1 gave up waiting for Cairn (%2); keep Cairn running and connected until the backup ends.</source>
        <translation>Das Sicherungsskript auf %1 hat das Warten auf Cairn aufgegeben (%2); lassen Sie Cairn laufen und verbunden, bis die Sicherung endet.</translation>
    </message>
    <message>
        <source>Uploading from %1 to %2 failed (%3); check the storage and the server&apos;s connection to it.</source>
        <translation>Der Upload von %1 nach %2 ist fehlgeschlagen (%3); prüfen Sie den Speicher und die Verbindung des Servers dorthin.</translation>
    </message>
    <message>
        <source>The command before the backup failed on %1 (%2); fix the command or remove it from the job.</source>
        <translation>Der Befehl vor der Sicherung ist auf %1 fehlgeschlagen (%2); korrigieren Sie den Befehl oder entfernen Sie ihn aus dem Auftrag.</translation>
    </message>
    <message>
        <source>%1 is not installed on %2; install it and run the backup again.</source>
        <translation>%1 ist auf %2 nicht installiert; installieren Sie es und führen Sie die Sicherung erneut aus.</translation>
    </message>
    <message>
        <source>The backup script on %1 was stopped; run the backup again.</source>
        <translation>Das Sicherungsskript auf %1 wurde angehalten; führen Sie die Sicherung erneut aus.</translation>
    </message>
    <message>
        <source>The backup script on %1 stopped unexpectedly (%2); run it again, and check the server if it happens again.</source>
        <translation>Das Sicherungsskript auf %1 wurde unerwartet beendet (%2); führen Sie sie erneut aus und prüfen Sie den Server, wenn es wieder passiert.</translation>
    </message>
    <message>
        <source>The integrity key of %1 is missing or damaged in the keychain; import the client&apos;s recovery kit to restore it.</source>
        <translation>Der Integritätsschlüssel von %1 fehlt im Schlüsselbund oder ist beschädigt; importieren Sie das Wiederherstellungspaket des Kunden, um ihn wiederherzustellen.</translation>
    </message>
    <message>
        <source>OpenSSL could not make a random key; reinstall Cairn.</source>
        <translation>OpenSSL konnte keinen Zufallsschlüssel erzeugen; installieren Sie Cairn neu.</translation>
    </message>
    <message>
        <source>Encryption failed on %1 (%2); check that OpenSSL 1.1.1 or newer is installed there.</source>
        <translation>Die Verschlüsselung auf %1 ist fehlgeschlagen (%2); prüfen Sie, ob dort OpenSSL 1.1.1 oder neuer installiert ist.</translation>
    </message>
    <message>
        <source>unexpected row counts</source>
        <translation>unerwartete Zeilenzahlen</translation>
    </message>
    <message>
        <source>%1 could not count the tables&apos; rows (%2); restore drills of this backup can check only that it loads.</source>
        <translation>%1 konnte die Zeilen der Tabellen nicht zählen (%2); Wiederherstellungsübungen dieser Sicherung können nur prüfen, ob sie sich laden lässt.</translation>
    </message>
    <message numerus="yes">
        <source>The backup of %1 is complete with %n warning(s): %2 stored in %3; see the run&apos;s log for what changed while it was read.</source>
        <translation>
            <numerusform>Die Sicherung von %1 ist mit %n Warnung abgeschlossen: %2 in %3 gespeichert; was sich während des Lesens geändert hat, steht im Protokoll des Laufs.</numerusform>
            <numerusform>Die Sicherung von %1 ist mit %n Warnungen abgeschlossen: %2 in %3 gespeichert; was sich während des Lesens geändert hat, steht im Protokoll des Laufs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention removed %n older backup(s).</source>
        <translation>
            <numerusform>Die Aufbewahrungsregel hat %n ältere Sicherung entfernt.</numerusform>
            <numerusform>Die Aufbewahrungsregel hat %n ältere Sicherungen entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::BackupTimelineModel</name>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 before compression</source>
        <translation>%1 vor der Komprimierung</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation>Wiederherstellungsübung</translation>
    </message>
    <message>
        <source>Verified %1</source>
        <translation>Geprüft %1</translation>
    </message>
    <message>
        <source>Verify failed %1</source>
        <translation>Prüfung fehlgeschlagen %1</translation>
    </message>
    <message>
        <source>The archive in storage no longer matches its manifest: it was changed, truncated or removed. Do not rely on this backup.</source>
        <translation>Das Archiv im Speicher passt nicht mehr zu seinem Manifest: Es wurde verändert, gekürzt oder entfernt. Verlassen Sie sich nicht auf diese Sicherung.</translation>
    </message>
    <message>
        <source>Drilled %1</source>
        <translation>Geübt %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>cairn::BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backups by client, server and job</source>
        <translation>Sicherungen nach Kunde, Server und Auftrag</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <source>Reading the backup catalogue…</source>
        <translation>Sicherungskatalog wird gelesen…</translation>
    </message>
    <message>
        <source>&amp;Import backups from storage…</source>
        <translation>Sicherungen aus dem Speicher &amp;importieren…</translation>
    </message>
    <message>
        <source>List the backups a bucket holds that this computer does not know (a new computer, a lost database).</source>
        <translation>Die Sicherungen in einem Bucket auflisten, die dieser Computer nicht kennt (ein neuer Computer, eine verlorene Datenbank).</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore this backup to its server or another one.</source>
        <translation>Diese Sicherung auf ihren Server oder einen anderen wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Download the archive on its server and check it against its manifest, without unpacking.</source>
        <translation>Das Archiv auf seinem Server herunterladen und gegen sein Manifest prüfen, ohne es zu entpacken.</translation>
    </message>
    <message>
        <source>Restore &amp;drill</source>
        <translation>Wiederherstellungs&amp;übung</translation>
    </message>
    <message>
        <source>Unpack the archive into a scratch folder on its server, check it, then delete the scratch copy.</source>
        <translation>Das Archiv auf seinem Server in einen Arbeitsordner entpacken, prüfen und die Arbeitskopie dann löschen.</translation>
    </message>
    <message>
        <source>Download &amp;link…</source>
        <translation>Download-&amp;Link…</translation>
    </message>
    <message>
        <source>A link to download the archive, and the commands that restore it without Cairn.</source>
        <translation>Ein Link zum Herunterladen des Archivs und die Befehle, die es ohne Cairn wiederherstellen.</translation>
    </message>
    <message>
        <source>D&amp;elete backup…</source>
        <translation>Sicherung l&amp;öschen…</translation>
    </message>
    <message>
        <source>Delete this backup from storage and from the list.</source>
        <translation>Diese Sicherung aus dem Speicher und aus der Liste löschen.</translation>
    </message>
    <message>
        <source>Every complete backup appears here, by server and job, once a job has run successfully. Backups made on another computer can be imported from their storage.</source>
        <translation>Jede vollständige Sicherung erscheint hier nach Server und Auftrag, sobald ein Auftrag erfolgreich gelaufen ist. Sicherungen von einem anderen Computer lassen sich aus ihrem Speicher importieren.</translation>
    </message>
    <message>
        <source>Import backups from storage…</source>
        <translation>Sicherungen aus dem Speicher importieren…</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>die Sicherung</translation>
    </message>
    <message>
        <source>the backup of %1 on %2 from %3</source>
        <translation>die Sicherung von %1 auf %2 vom %3</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Preparing the restore drill of %1…</source>
        <translation>Die Wiederherstellungsübung von %1 wird vorbereitet…</translation>
    </message>
    <message>
        <source>Preparing to verify %1…</source>
        <translation>Die Prüfung von %1 wird vorbereitet…</translation>
    </message>
    <message>
        <source>Restore drill of %1</source>
        <translation>Wiederherstellungsübung von %1</translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>%1: queued</source>
        <translation>%1: in der Warteschlange</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>Abbrechen: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 checked</source>
        <translation>%1: %2 von %3 geprüft</translation>
    </message>
    <message>
        <source>%1: %2 checked</source>
        <translation>%1: %2 geprüft</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>Sicherung löschen</translation>
    </message>
    <message>
        <source>Delete %1? Its archive, file index and manifest are deleted from storage; this cannot be undone.</source>
        <translation>%1 löschen? Archiv, Dateiindex und Manifest werden aus dem Speicher gelöscht; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleting a backup</source>
        <translation>Löschen einer Sicherung</translation>
    </message>
    <message>
        <source>The backup was deleted.</source>
        <translation>Die Sicherung wurde gelöscht.</translation>
    </message>
    <message>
        <source>The storage that holds this backup is no longer configured; add it again, then delete.</source>
        <translation>Der Speicher, der diese Sicherung enthält, ist nicht mehr eingerichtet; fügen Sie ihn erneut hinzu und löschen Sie dann.</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>cairn::ClientKeyDialog</name>
    <message>
        <source>Encryption key of %1</source>
        <translation>Verschlüsselungsschlüssel von %1</translation>
    </message>
    <message>
        <source>Cairn can encrypt this client&apos;s backups on the server before they leave it, so the storage provider cannot read them. A key opens them again: keep it safe.</source>
        <translation>Cairn kann die Sicherungen dieses Kunden auf dem Server verschlüsseln, bevor sie ihn verlassen, sodass der Speicheranbieter sie nicht lesen kann. Ein Schlüssel öffnet sie wieder: Bewahren Sie ihn sicher auf.</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>Schlüssel &amp;anlegen</translation>
    </message>
    <message>
        <source>Cairn makes an RSA-4096 key; its private half stays in this computer&apos;s keychain.</source>
        <translation>Cairn erzeugt einen RSA-4096-Schlüssel; seine private Hälfte bleibt im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>Use a &amp;public key only…</source>
        <translation>Nur einen ö&amp;ffentlichen Schlüssel verwenden…</translation>
    </message>
    <message>
        <source>Paste the client&apos;s public key (PEM, RSA with 4096 bits or more). Cairn then never has the private key, so Cairn cannot restore these backups: only whoever holds the private key can.</source>
        <translation>Fügen Sie den öffentlichen Schlüssel des Kunden ein (PEM, RSA mit 4096 Bit oder mehr). Cairn hat dann nie den privaten Schlüssel und kann diese Sicherungen daher nicht wiederherstellen: Das kann nur, wer den privaten Schlüssel besitzt.</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Aus &amp;Datei…</translation>
    </message>
    <message>
        <source>&amp;Use this public key</source>
        <translation>Diesen öffentlichen Schlüssel &amp;verwenden</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>This client has no encryption key yet.</source>
        <translation>Dieser Kunde hat noch keinen Verschlüsselungsschlüssel.</translation>
    </message>
    <message>
        <source>Create one, or use a public key the client gives you; encrypted jobs need one.</source>
        <translation>Legen Sie einen an oder verwenden Sie einen öffentlichen Schlüssel, den der Kunde Ihnen gibt; verschlüsselte Aufträge brauchen einen.</translation>
    </message>
    <message>
        <source>This client has an encryption key.</source>
        <translation>Dieser Kunde hat einen Verschlüsselungsschlüssel.</translation>
    </message>
    <message>
        <source>This client has a public key only.</source>
        <translation>Dieser Kunde hat nur einen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Angelegt: %1</translation>
    </message>
    <message>
        <source>The private key is in this computer&apos;s keychain. Backups can be restored with Cairn.</source>
        <translation>Der private Schlüssel liegt im Schlüsselbund dieses Computers. Sicherungen lassen sich mit Cairn wiederherstellen.</translation>
    </message>
    <message>
        <source>No recovery kit holds it yet: save one (Settings, Security) before you rely on encrypted backups.</source>
        <translation>Noch kein Wiederherstellungspaket enthält ihn: Speichern Sie eines (Einstellungen, Sicherheit), bevor Sie sich auf verschlüsselte Sicherungen verlassen.</translation>
    </message>
    <message>
        <source>Recovery kit saved on %1.</source>
        <translation>Wiederherstellungspaket am %1 gespeichert.</translation>
    </message>
    <message>
        <source>Cairn has only the public key: Cairn cannot restore these backups; whoever keeps the private key offline can.</source>
        <translation>Cairn hat nur den öffentlichen Schlüssel: Cairn kann diese Sicherungen nicht wiederherstellen; das kann nur, wer den privaten Schlüssel offline aufbewahrt.</translation>
    </message>
    <message>
        <source>Making the key; this takes a few seconds…</source>
        <translation>Der Schlüssel wird erzeugt; das dauert einige Sekunden…</translation>
    </message>
    <message>
        <source>Paste the public key first, or choose its file.</source>
        <translation>Fügen Sie zuerst den öffentlichen Schlüssel ein oder wählen Sie seine Datei.</translation>
    </message>
    <message>
        <source>Checking and saving the public key…</source>
        <translation>Der öffentliche Schlüssel wird geprüft und gespeichert…</translation>
    </message>
    <message>
        <source>Open the public key</source>
        <translation>Öffentlichen Schlüssel öffnen</translation>
    </message>
    <message>
        <source>Public keys (*.pem *.pub *.key);;All files (*)</source>
        <translation>Öffentliche Schlüssel (*.pem *.pub *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cairn cannot read %1 (%2); check the file and its permissions.</source>
        <translation>Cairn kann %1 nicht lesen (%2); prüfen Sie die Datei und ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>%1 is far too large for a public key; choose the .pem file.</source>
        <translation>%1 ist viel zu groß für einen öffentlichen Schlüssel; wählen Sie die .pem-Datei.</translation>
    </message>
</context>
<context>
    <name>cairn::ClientKeyPair</name>
    <message>
        <source>That file holds a private key; give Cairn only the public half (openssl pkey -in KEY -pubout) and keep the private key offline.</source>
        <translation>Diese Datei enthält einen privaten Schlüssel; geben Sie Cairn nur die öffentliche Hälfte (openssl pkey -in KEY -pubout) und bewahren Sie den privaten Schlüssel offline auf.</translation>
    </message>
    <message>
        <source>That file is not a PEM public key (-----BEGIN PUBLIC KEY-----); export it with openssl pkey -in KEY -pubout.</source>
        <translation>Diese Datei ist kein öffentlicher PEM-Schlüssel (-----BEGIN PUBLIC KEY-----); exportieren Sie ihn mit openssl pkey -in KEY -pubout.</translation>
    </message>
    <message>
        <source>The public key must be RSA with at least %1 bits; make one with openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:%1.</source>
        <translation>Der öffentliche Schlüssel muss ein RSA-Schlüssel mit mindestens %1 Bit sein; erzeugen Sie einen mit openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:%1.</translation>
    </message>
    <message>
        <source>The client&apos;s public encryption key is damaged; import it again or create new keys.</source>
        <translation>Der öffentliche Verschlüsselungsschlüssel des Kunden ist beschädigt; importieren Sie ihn erneut oder legen Sie neue Schlüssel an.</translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt the backup&apos;s key; reinstall Cairn.</source>
        <translation>OpenSSL konnte den Schlüssel der Sicherung nicht verschlüsseln; installieren Sie Cairn neu.</translation>
    </message>
    <message>
        <source>The private key is not an unencrypted RSA key in PEM format; use the file cairn-cli client keys export wrote.</source>
        <translation>Der private Schlüssel ist kein unverschlüsselter RSA-Schlüssel im PEM-Format; verwenden Sie die Datei, die cairn-cli client keys export geschrieben hat.</translation>
    </message>
    <message>
        <source>The backup&apos;s key cannot be opened with this private key; use the private key of the client that made the backup (from its recovery kit).</source>
        <translation>Der Schlüssel der Sicherung lässt sich mit diesem privaten Schlüssel nicht öffnen; verwenden Sie den privaten Schlüssel des Kunden, der die Sicherung erstellt hat (aus seinem Wiederherstellungspaket).</translation>
    </message>
</context>
<context>
    <name>cairn::ClientKeyRepository</name>
    <message>
        <source>Cairn could not read the client&apos;s keys (%1).</source>
        <translation>Cairn konnte die Schlüssel des Kunden nicht lesen (%1).</translation>
    </message>
    <message>
        <source>Cairn could not save the client&apos;s integrity key (%1).</source>
        <translation>Cairn konnte den Integritätsschlüssel des Kunden nicht speichern (%1).</translation>
    </message>
    <message>
        <source>Cairn could not save the client&apos;s encryption key (%1).</source>
        <translation>Cairn konnte den Verschlüsselungsschlüssel des Kunden nicht speichern (%1).</translation>
    </message>
    <message>
        <source>This client has an encryption key already; its backups keep using it.</source>
        <translation>Dieser Kunde hat bereits einen Verschlüsselungsschlüssel; seine Sicherungen verwenden ihn weiter.</translation>
    </message>
    <message>
        <source>Cairn could not note that the recovery kit was saved (%1).</source>
        <translation>Cairn konnte nicht vermerken, dass das Wiederherstellungspaket gespeichert wurde (%1).</translation>
    </message>
</context>
<context>
    <name>cairn::ClientKeyService</name>
    <message>
        <source>That client no longer exists; choose another one.</source>
        <translation>Dieser Kunde existiert nicht mehr; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>OpenSSL could not make a random key; reinstall Cairn.</source>
        <translation>OpenSSL konnte keinen Zufallsschlüssel erzeugen; installieren Sie Cairn neu.</translation>
    </message>
    <message>
        <source>This client has an encryption key already; its backups keep using it.</source>
        <translation>Dieser Kunde hat bereits einen Verschlüsselungsschlüssel; seine Sicherungen verwenden ihn weiter.</translation>
    </message>
    <message>
        <source>OpenSSL could not generate the key; reinstall Cairn.</source>
        <translation>OpenSSL konnte den Schlüssel nicht erzeugen; installieren Sie Cairn neu.</translation>
    </message>
    <message>
        <source>This client has no encryption key; create one with cairn-cli client keys create.</source>
        <translation>Dieser Kunde hat keinen Verschlüsselungsschlüssel; legen Sie einen mit cairn-cli client keys create an.</translation>
    </message>
    <message>
        <source>Cairn holds only the public half of this client&apos;s key; the private key is wherever the client keeps it offline.</source>
        <translation>Cairn hat nur die öffentliche Hälfte des Schlüssels dieses Kunden; der private Schlüssel liegt dort, wo der Kunde ihn offline aufbewahrt.</translation>
    </message>
    <message>
        <source>The client&apos;s private encryption key is missing from the keychain; import the client&apos;s recovery kit to restore it.</source>
        <translation>Der private Verschlüsselungsschlüssel des Kunden fehlt im Schlüsselbund; importieren Sie das Wiederherstellungspaket des Kunden, um ihn wiederherzustellen.</translation>
    </message>
    <message>
        <source>The client&apos;s manifest integrity key is missing from the keychain; import the client&apos;s recovery kit to restore it.</source>
        <translation>Der Manifest-Integritätsschlüssel des Kunden fehlt im Schlüsselbund; importieren Sie das Wiederherstellungspaket des Kunden, um ihn wiederherzustellen.</translation>
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
    <name>cairn::ClientNotifications</name>
    <message>
        <source>Cairn could not save the client&apos;s notification settings (%1); check the disk and the database file.</source>
        <translation>Cairn konnte die Benachrichtigungseinstellungen des Kunden nicht speichern (%1); prüfen Sie die Festplatte und die Datenbankdatei.</translation>
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
        <source>Cairn could not remove the client &quot;%1&quot; (%2); check the disk and try again.</source>
        <translation>Cairn konnte den Kunden „%1“ nicht entfernen (%2); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>The client &quot;%1&quot; still has %2; remove or move them first.</source>
        <translation>Der Kunde „%1“ hat noch %2; entfernen oder verschieben Sie diese zuerst.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n storage target(s)</source>
        <translation>
            <numerusform>%n Speicherziel</numerusform>
            <numerusform>%n Speicherziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n Auftrag</numerusform>
            <numerusform>%n Aufträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::CloudProvider</name>
    <message>
        <source>%1 must be an https:// address (or http:// to this computer); fix or unset it.</source>
        <translation>%1 muss eine https://-Adresse sein (oder http:// zu diesem Computer); korrigieren oder entfernen Sie sie.</translation>
    </message>
</context>
<context>
    <name>cairn::CronExpression</name>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>use 0-59</source>
        <translation>verwenden Sie 0-59</translation>
    </message>
    <message>
        <source>use 0-23</source>
        <translation>verwenden Sie 0-23</translation>
    </message>
    <message>
        <source>use 1-31</source>
        <translation>verwenden Sie 1-31</translation>
    </message>
    <message>
        <source>use 1-12 or jan-dec</source>
        <translation>verwenden Sie 1-12 oder jan-dec</translation>
    </message>
    <message>
        <source>use 0-7 or sun-sat (0 and 7 are Sunday)</source>
        <translation>verwenden Sie 0-7 oder sun-sat (0 und 7 sind Sonntag)</translation>
    </message>
    <message>
        <source>The %1 field &apos;%2&apos; has an empty item; remove the extra comma.</source>
        <translation>Der Wert „%2“ im Feld „%1“ enthält einen leeren Eintrag; entfernen Sie das überzählige Komma.</translation>
    </message>
    <message>
        <source>The step in the %1 field &apos;%2&apos; must be a number from 1 to %3; write for example &apos;*/15&apos;.</source>
        <translation>Die Schrittweite in „%2“ im Feld „%1“ muss eine Zahl von 1 bis %3 sein; schreiben Sie zum Beispiel „*/15“.</translation>
    </message>
    <message>
        <source>The %1 field &apos;%2&apos; is outside %3-%4; %5.</source>
        <translation>Der Wert „%2“ im Feld „%1“ liegt außerhalb von %3-%4; %5.</translation>
    </message>
    <message>
        <source>The %1 field &apos;%2&apos; is not a value cron understands; %3.</source>
        <translation>Der Wert „%2“ im Feld „%1“ ist nichts, was cron versteht; %3.</translation>
    </message>
    <message>
        <source>The %1 field range &apos;%2&apos; runs backwards; write the smaller value first.</source>
        <translation>Der Bereich „%2“ im Feld „%1“ läuft rückwärts; schreiben Sie den kleineren Wert zuerst.</translation>
    </message>
    <message>
        <source>The cron expression is empty; write five fields such as &apos;0 2 * * *&apos; (minute, hour, day of month, month, day of week).</source>
        <translation>Der Cron-Ausdruck ist leer; schreiben Sie fünf Felder wie „0 2 * * *“ (Minute, Stunde, Tag des Monats, Monat, Wochentag).</translation>
    </message>
    <message>
        <source>The cron expression is longer than %1 characters; write five short fields such as &apos;0 2 * * *&apos;.</source>
        <translation>Der Cron-Ausdruck ist länger als %1 Zeichen; schreiben Sie fünf kurze Felder wie „0 2 * * *“.</translation>
    </message>
    <message>
        <source>@reboot is not a time of day; Cairn already runs missed backups when it starts, so pick a schedule such as @daily.</source>
        <translation>@reboot ist keine Uhrzeit; Cairn holt verpasste Sicherungen beim Start ohnehin nach, wählen Sie also einen Zeitplan wie @daily.</translation>
    </message>
    <message>
        <source>The cron expression contains the character %1, which cron does not use; write digits, names such as mon or jan, and * , - /.</source>
        <translation>Der Cron-Ausdruck enthält das Zeichen %1, das cron nicht verwendet; schreiben Sie Ziffern, Namen wie mon oder jan sowie * , - /.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cron shortcut; use @hourly, @daily, @weekly, @monthly or @yearly.</source>
        <translation>„%1“ ist keine Cron-Kurzform; verwenden Sie @hourly, @daily, @weekly, @monthly oder @yearly.</translation>
    </message>
    <message>
        <source>The schedule &apos;%1&apos; never runs, because none of its months has the day of month it asks for; pick another day or month.</source>
        <translation>Der Zeitplan „%1“ läuft nie, weil keiner seiner Monate den verlangten Tag des Monats hat; wählen Sie einen anderen Tag oder Monat.</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>jede Minute</translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes</source>
        <translation>
            <numerusform>alle %n Minute</numerusform>
            <numerusform>alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>at minute %1</source>
        <translation>zur Minute %1</translation>
    </message>
    <message>
        <source>at minutes %1</source>
        <translation>zu den Minuten %1</translation>
    </message>
    <message>
        <source>every hour, %1</source>
        <translation>stündlich, %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n hours at minute %1</source>
        <translation>
            <numerusform>alle %n Stunde zur Minute %1</numerusform>
            <numerusform>alle %n Stunden zur Minute %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, during hours %2</source>
        <translation>%1, in den Stunden %2</translation>
    </message>
    <message>
        <source>on day %1 of the month</source>
        <translation>am Tag %1 des Monats</translation>
    </message>
    <message>
        <source> (or the month&apos;s last day, if shorter)</source>
        <translation> (oder am letzten Tag des Monats, falls er kürzer ist)</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>%1 or on %2</source>
        <translation>%1 oder am %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>%1, when that is a %2</source>
        <translation>%1, wenn dieser ein %2 ist</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, im %2</translation>
    </message>
    <message numerus="yes">
        <source>The cron expression has %n field(s); it needs 5: minute, hour, day of month, month and day of week.</source>
        <translation>
            <numerusform>Der Cron-Ausdruck hat %n Feld; er braucht 5: Minute, Stunde, Tag des Monats, Monat und Wochentag.</numerusform>
            <numerusform>Der Cron-Ausdruck hat %n Felder; er braucht 5: Minute, Stunde, Tag des Monats, Monat und Wochentag.</numerusform>
        </translation>
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
    <message>
        <source>Backup age per job</source>
        <translation>Alter der Sicherung pro Auftrag</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Badly overdue</source>
        <translation>Stark überfällig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>no good backup yet</source>
        <translation>noch keine gute Sicherung</translation>
    </message>
    <message>
        <source>last good backup %1 ago</source>
        <translation>letzte gute Sicherung vor %1</translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <translation>%1, Ziel %2</translation>
    </message>
    <message>
        <source>%1, no target</source>
        <translation>%1, kein Ziel</translation>
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
    <name>cairn::DownloadLink</name>
    <message>
        <source>A download link lives 15 minutes to 7 days; choose a lifetime in that range.</source>
        <translation>Ein Download-Link gilt 15 Minuten bis 7 Tage; wählen Sie eine Gültigkeitsdauer in diesem Bereich.</translation>
    </message>
    <message>
        <source>Check the archive (the output must be %1):</source>
        <translation>Das Archiv prüfen (die Ausgabe muss %1 sein):</translation>
    </message>
    <message>
        <source>Or fetch it with the AWS CLI and the storage&apos;s own keys (the link is then not needed):</source>
        <translation>Oder es mit der AWS CLI und den eigenen Schlüsseln des Speichers abrufen (der Link wird dann nicht benötigt):</translation>
    </message>
    <message>
        <source>Save the archive&apos;s wrapped key (from its manifest):</source>
        <translation>Den verpackten Schlüssel des Archivs speichern (aus seinem Manifest):</translation>
    </message>
    <message>
        <source>Unwrap it with the client&apos;s private key (client.pem, from the recovery kit):</source>
        <translation>Ihn mit dem privaten Schlüssel des Kunden entpacken (client.pem, aus dem Wiederherstellungspaket):</translation>
    </message>
    <message>
        <source>Load the dump into MariaDB or MySQL (it creates the databases it holds):</source>
        <translation>Den Dump in MariaDB oder MySQL laden (er legt die enthaltenen Datenbanken an):</translation>
    </message>
    <message>
        <source>Restore the PostgreSQL database (pg_dump&apos;s custom format):</source>
        <translation>Die PostgreSQL-Datenbank wiederherstellen (Custom-Format von pg_dump):</translation>
    </message>
    <message>
        <source>Restore every file into /restore (as root, to keep owners):</source>
        <translation>Alle Dateien nach /restore wiederherstellen (als root, damit die Eigentümer erhalten bleiben):</translation>
    </message>
</context>
<context>
    <name>cairn::DownloadLinkDialog</name>
    <message>
        <source>Download link</source>
        <translation>Download-Link</translation>
    </message>
    <message>
        <source>A link anyone can use to download this backup&apos;s archive until it expires, and the commands that restore it without Cairn. Share it only with people who may read this data.</source>
        <translation>Ein Link, mit dem jeder das Archiv dieser Sicherung herunterladen kann, bis er abläuft, und die Befehle, die es ohne Cairn wiederherstellen. Teilen Sie ihn nur mit Personen, die diese Daten lesen dürfen.</translation>
    </message>
    <message>
        <source>Link lifetime</source>
        <translation>Gültigkeitsdauer des Links</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>7 days (the longest storage allows)</source>
        <translation>7 Tage (das Maximum, das der Speicher erlaubt)</translation>
    </message>
    <message>
        <source>C&amp;reate link</source>
        <translation>Link &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Works for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source>Choose how long the link works, then create it.</source>
        <translation>Wählen Sie, wie lange der Link gültig ist, und erstellen Sie ihn dann.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Restore by &amp;hand (curl or the AWS CLI, openssl, zstd, tar):</source>
        <translation>Von &amp;Hand wiederherstellen (curl oder die AWS CLI, openssl, zstd, tar):</translation>
    </message>
    <message>
        <source>Commands to restore by hand</source>
        <translation>Befehle zur Wiederherstellung von Hand</translation>
    </message>
    <message>
        <source>Copy co&amp;mmands</source>
        <translation>Be&amp;fehle kopieren</translation>
    </message>
    <message>
        <source>Create the link again to use the new lifetime.</source>
        <translation>Erstellen Sie den Link erneut, um die neue Gültigkeitsdauer zu verwenden.</translation>
    </message>
    <message>
        <source>The storage that holds this backup is no longer configured; add it again to make a link.</source>
        <translation>Der Speicher, der diese Sicherung enthält, ist nicht mehr eingerichtet; fügen Sie ihn erneut hinzu, um einen Link zu erstellen.</translation>
    </message>
    <message>
        <source>Reading the storage key from the keychain…</source>
        <translation>Der Speicherschlüssel wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Works until %1.</source>
        <translation>Gültig bis %1.</translation>
    </message>
    <message>
        <source>Creating the link…</source>
        <translation>Der Link wird erstellt…</translation>
    </message>
</context>
<context>
    <name>cairn::EditServerDialog</name>
    <message>
        <source>Edit server</source>
        <translation>Server bearbeiten</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Name des Servers</translation>
    </message>
    <message>
        <source>Host name or IP address</source>
        <translation>Hostname oder IP-Adresse</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH-Port</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Benutzername auf dem Server</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>A new address is safe to enter: Cairn still connects only when the server shows the trusted fingerprint below.</source>
        <translation>Eine neue Adresse können Sie gefahrlos eintragen: Cairn verbindet sich weiterhin nur, wenn der Server den unten angezeigten vertrauenswürdigen Fingerabdruck vorzeigt.</translation>
    </message>
    <message>
        <source>Trusted server fingerprint (host key)</source>
        <translation>Vertrauenswürdiger Fingerabdruck des Servers (Host-Schlüssel)</translation>
    </message>
    <message>
        <source>&amp;Check the server&apos;s fingerprint</source>
        <translation>Fingerabdruck des Servers p&amp;rüfen</translation>
    </message>
    <message>
        <source>&amp;Trust the new fingerprint</source>
        <translation>Dem neuen Fingerabdruck &amp;vertrauen</translation>
    </message>
    <message>
        <source>Cairn does not trust any fingerprint for this server yet.</source>
        <translation>Cairn vertraut für diesen Server noch keinem Fingerabdruck.</translation>
    </message>
    <message>
        <source>Cairn now trusts this fingerprint; the change is in the audit log.</source>
        <translation>Cairn vertraut jetzt diesem Fingerabdruck; die Änderung steht im Audit-Protokoll.</translation>
    </message>
    <message>
        <source>The server still shows the trusted fingerprint.</source>
        <translation>Der Server zeigt weiterhin den vertrauenswürdigen Fingerabdruck.</translation>
    </message>
    <message>
        <source>The server now shows a different fingerprint: %1 (%2). If the server was rebuilt, compare it with what `%3` prints on it and trust it only if they match; otherwise someone may be intercepting the connection.</source>
        <translation>Der Server zeigt jetzt einen anderen Fingerabdruck: %1 (%2). Wenn der Server neu aufgesetzt wurde, vergleichen Sie ihn mit der Ausgabe von `%3` auf dem Server und vertrauen Sie ihm nur, wenn beide übereinstimmen; andernfalls hört möglicherweise jemand die Verbindung ab.</translation>
    </message>
    <message>
        <source>Trusting the new host key</source>
        <translation>Neuem Host-Schlüssel vertrauen</translation>
    </message>
</context>
<context>
    <name>cairn::Hardening</name>
    <message>
        <source>Cairn could not switch off core dumps (%1); a crash could write secrets to disk.</source>
        <translation>Cairn konnte Core-Dumps nicht abschalten (%1); bei einem Absturz könnten Geheimnisse auf die Festplatte geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>cairn::ImportBackupsDialog</name>
    <message>
        <source>Import backups from storage</source>
        <translation>Sicherungen aus dem Speicher importieren</translation>
    </message>
    <message>
        <source>Cairn reads the manifests in the bucket and lists every backup this computer does not know yet, after checking that its archive is still there and complete. Use it on a new computer or after losing Cairn&apos;s database.</source>
        <translation>Cairn liest die Manifeste im Bucket und listet jede Sicherung auf, die dieser Computer noch nicht kennt, nachdem es geprüft hat, dass ihr Archiv noch vorhanden und vollständig ist. Verwenden Sie das auf einem neuen Computer oder nach dem Verlust der Datenbank von Cairn.</translation>
    </message>
    <message>
        <source>Storage to import from</source>
        <translation>Speicher, aus dem importiert wird</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Backups not imported, and why</source>
        <translation>Nicht importierte Sicherungen und der Grund</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>This client has no storage target yet; add one under Storage first.</source>
        <translation>Dieser Kunde hat noch kein Speicherziel; fügen Sie zuerst unter Speicher eines hinzu.</translation>
    </message>
    <message>
        <source>Checking manifest %1 of %2…</source>
        <translation>Manifest %1 von %2 wird geprüft…</translation>
    </message>
    <message>
        <source>Listing the backups in storage…</source>
        <translation>Die Sicherungen im Speicher werden aufgelistet…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>%n were already known</source>
        <translation>
            <numerusform>%n war bereits bekannt</numerusform>
            <numerusform>%n waren bereits bekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported (see below)</source>
        <translation>
            <numerusform>%n konnte nicht importiert werden (siehe unten)</numerusform>
            <numerusform>%n konnten nicht importiert werden (siehe unten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled; %n backup(s) were added before that.</source>
        <translation>
            <numerusform>Der Import wurde abgebrochen; zuvor wurde %n Sicherung hinzugefügt.</numerusform>
            <numerusform>Der Import wurde abgebrochen; zuvor wurden %n Sicherungen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n backup(s)</source>
        <translation>
            <numerusform>%n Sicherung importiert</numerusform>
            <numerusform>%n Sicherungen importiert</numerusform>
        </translation>
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
    <message>
        <source>Cairn could not save the job (%1).</source>
        <translation>Cairn konnte den Auftrag nicht speichern (%1).</translation>
    </message>
    <message>
        <source>The job is running; cancel the run or wait for it to end, then remove the job.</source>
        <translation>Der Auftrag läuft gerade; brechen Sie den Lauf ab oder warten Sie, bis er endet, und entfernen Sie den Auftrag dann.</translation>
    </message>
    <message>
        <source>Cairn could not remove the job (%1).</source>
        <translation>Cairn konnte den Auftrag nicht entfernen (%1).</translation>
    </message>
    <message>
        <source>There is no such job; run cairn-cli job list to see the jobs.</source>
        <translation>Diesen Auftrag gibt es nicht; die Aufträge zeigt cairn-cli job list.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; no longer exists; create it again.</source>
        <translation>Der Auftrag „%1“ existiert nicht mehr; legen Sie ihn erneut an.</translation>
    </message>
</context>
<context>
    <name>cairn::JobSpec</name>
    <message>
        <source>Choose at least one folder or file to back up.</source>
        <translation>Wählen Sie mindestens einen Ordner oder eine Datei zum Sichern.</translation>
    </message>
    <message>
        <source>A job can back up at most %1 paths; choose their parent folders instead.</source>
        <translation>Ein Auftrag kann höchstens %1 Pfade sichern; wählen Sie stattdessen deren übergeordnete Ordner.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; is not absolute; give the full path, starting with /.</source>
        <translation>Der Pfad „%1“ ist nicht absolut; geben Sie den vollständigen Pfad an, beginnend mit /.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; cannot be a file name; check it for pasted control characters.</source>
        <translation>Der Pfad „%1“ kann kein Dateiname sein; prüfen Sie ihn auf eingefügte Steuerzeichen.</translation>
    </message>
    <message>
        <source>An exclude pattern is empty or malformed; remove it or give a pattern such as *.tmp.</source>
        <translation>Ein Ausschlussmuster ist leer oder fehlerhaft; entfernen Sie es oder geben Sie ein Muster wie *.tmp an.</translation>
    </message>
    <message>
        <source>Name the database to back up.</source>
        <translation>Nennen Sie die zu sichernde Datenbank.</translation>
    </message>
    <message>
        <source>A PostgreSQL job backs up one database; create one job per database.</source>
        <translation>Ein PostgreSQL-Auftrag sichert eine Datenbank; legen Sie pro Datenbank einen Auftrag an.</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; is not valid; database names have 1 to 64 characters.</source>
        <translation>Der Datenbankname „%1“ ist ungültig; Datenbanknamen haben 1 bis 64 Zeichen.</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; starts with a dash, which the dump tools would read as an option; rename the database or back it up by hand.</source>
        <translation>Der Datenbankname „%1“ beginnt mit einem Bindestrich, den die Dump-Werkzeuge als Option lesen würden; benennen Sie die Datenbank um oder sichern Sie sie von Hand.</translation>
    </message>
    <message>
        <source>This job logs in to the database with a password, but none is stored; enter the password again.</source>
        <translation>Dieser Auftrag meldet sich mit einem Passwort an der Datenbank an, es ist aber keines gespeichert; geben Sie das Passwort erneut ein.</translation>
    </message>
    <message>
        <source>Name the system user the dump runs as (for example postgres), or log in another way.</source>
        <translation>Nennen Sie den Systembenutzer, unter dem der Dump läuft (zum Beispiel postgres), oder melden Sie sich auf andere Weise an.</translation>
    </message>
    <message>
        <source>A database connection setting is malformed; enter it again.</source>
        <translation>Eine Einstellung der Datenbankverbindung ist fehlerhaft; geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>The system user &quot;%1&quot; is not a valid user name.</source>
        <translation>Der Systembenutzer „%1“ ist kein gültiger Benutzername.</translation>
    </message>
    <message>
        <source>The database port must be between 1 and 65535, or empty for the default.</source>
        <translation>Der Datenbankport muss zwischen 1 und 65535 liegen oder für den Standard leer sein.</translation>
    </message>
    <message>
        <source>The compression level must be between 1 and %1 (or 0 for the default).</source>
        <translation>Die Komprimierungsstufe muss zwischen 1 und %1 liegen (oder 0 für den Standard).</translation>
    </message>
    <message>
        <source>The upload rate limit cannot be negative; use 0 for no limit.</source>
        <translation>Die Upload-Ratenbegrenzung darf nicht negativ sein; verwenden Sie 0 für keine Begrenzung.</translation>
    </message>
    <message>
        <source>The CPU priority (nice) must be between 0 and 19.</source>
        <translation>Die CPU-Priorität (nice) muss zwischen 0 und 19 liegen.</translation>
    </message>
    <message>
        <source>The I/O priority must be unchanged (0), best-effort (2) or idle (3).</source>
        <translation>Die I/O-Priorität muss unverändert (0), Best-Effort (2) oder Idle (3) sein.</translation>
    </message>
    <message>
        <source>A command before or after the backup is too long or malformed; shorten it or put it in a script on the server.</source>
        <translation>Ein Befehl vor oder nach der Sicherung ist zu lang oder fehlerhaft; kürzen Sie ihn oder legen Sie ihn in ein Skript auf dem Server.</translation>
    </message>
    <message>
        <source>The command timeout must be between 1 second and 24 hours.</source>
        <translation>Das Zeitlimit für Befehle muss zwischen 1 Sekunde und 24 Stunden liegen.</translation>
    </message>
    <message>
        <source>The part size must be between 5 MiB and 5 GiB, or automatic.</source>
        <translation>Die Teilgröße muss zwischen 5 MiB und 5 GiB liegen oder automatisch sein.</translation>
    </message>
    <message>
        <source>The parts uploaded at once must be between 1 and %1.</source>
        <translation>Die Zahl gleichzeitig hochgeladener Teile muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The temporary folder &quot;%1&quot; must be an absolute path on the server.</source>
        <translation>Der temporäre Ordner „%1“ muss ein absoluter Pfad auf dem Server sein.</translation>
    </message>
    <message>
        <source>The job&apos;s settings are damaged; open the job and save it again.</source>
        <translation>Die Einstellungen des Auftrags sind beschädigt; öffnen Sie den Auftrag und speichern Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The job was saved by a newer version of Cairn; update Cairn to run it.</source>
        <translation>Der Auftrag wurde von einer neueren Version von Cairn gespeichert; aktualisieren Sie Cairn, um ihn auszuführen.</translation>
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
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
</context>
<context>
    <name>cairn::KeychainProbe</name>
    <message>
        <source>Cairn could not make random bytes for the keychain check; report this as a bug.</source>
        <translation>Cairn konnte für die Schlüsselbund-Prüfung keine Zufallsbytes erzeugen; bitte melden Sie das als Fehler.</translation>
    </message>
    <message>
        <source>The keychain returned something other than what Cairn stored; check the keychain software and try again.</source>
        <translation>Der Schlüsselbund lieferte etwas anderes zurück, als Cairn gespeichert hatte; prüfen Sie die Schlüsselbund-Software und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>cairn::KitConfiguration</name>
    <message>
        <source>Cairn could not read the clients (%1).</source>
        <translation>Cairn konnte die Kunden nicht lesen (%1).</translation>
    </message>
    <message>
        <source>There is no client with id %1; choose the clients again.</source>
        <translation>Es gibt keinen Kunden mit der ID %1; wählen Sie die Kunden erneut aus.</translation>
    </message>
    <message>
        <source>Cairn could not read %1 (%2).</source>
        <translation>Cairn konnte %1 nicht lesen (%2).</translation>
    </message>
    <message>
        <source>The recovery kit&apos;s contents are not a Cairn configuration; it was made by another program.</source>
        <translation>Der Inhalt des Wiederherstellungspakets ist keine Cairn-Konfiguration; es wurde von einem anderen Programm erstellt.</translation>
    </message>
    <message>
        <source>The recovery kit was made by a newer Cairn (schema %1, this one knows up to %2); install the newer Cairn to import it.</source>
        <translation>Das Wiederherstellungspaket wurde von einem neueren Cairn erstellt (Schema %1, diese Version kennt bis %2); installieren Sie das neuere Cairn, um es zu importieren.</translation>
    </message>
    <message>
        <source>The recovery kit holds a table Cairn does not know (%1); it was made by another program.</source>
        <translation>Das Wiederherstellungspaket enthält eine Tabelle, die Cairn nicht kennt (%1); es wurde von einem anderen Programm erstellt.</translation>
    </message>
    <message>
        <source>The recovery kit&apos;s table %1 is damaged.</source>
        <translation>Die Tabelle %1 im Wiederherstellungspaket ist beschädigt.</translation>
    </message>
    <message>
        <source>Cairn could not import the recovery kit (%1); nothing was changed.</source>
        <translation>Cairn konnte das Wiederherstellungspaket nicht importieren (%1); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>A client named &quot;%1&quot; already exists here; rename or remove it, then import the kit again (nothing was changed).</source>
        <translation>Einen Kunden namens „%1“ gibt es hier schon; benennen Sie ihn um oder entfernen Sie ihn und importieren Sie das Paket dann erneut (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>The recovery kit has a column %1 in %2 that this Cairn does not know; nothing was changed.</source>
        <translation>Das Wiederherstellungspaket hat in %2 eine Spalte %1, die dieses Cairn nicht kennt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The recovery kit&apos;s %1 refers to a row it does not contain; nothing was changed.</source>
        <translation>%1 im Wiederherstellungspaket verweist auf eine Zeile, die das Paket nicht enthält; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The recovery kit&apos;s %1 could not be imported (%2); nothing was changed.</source>
        <translation>%1 aus dem Wiederherstellungspaket konnte nicht importiert werden (%2); nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>cairn::LockOverlay</name>
    <message>
        <source>Cairn is locked</source>
        <translation>Cairn ist gesperrt</translation>
    </message>
    <message>
        <source>Backups keep running while Cairn is locked. Type the master password to carry on.</source>
        <translation>Sicherungen laufen weiter, während Cairn gesperrt ist. Geben Sie das Master-Passwort ein, um fortzufahren.</translation>
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
    <message>
        <source>Keychain problem</source>
        <translation>Problem mit dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Server added.</source>
        <translation>Server hinzugefügt.</translation>
    </message>
    <message>
        <source>Server saved.</source>
        <translation>Server gespeichert.</translation>
    </message>
    <message>
        <source>Server removed.</source>
        <translation>Server entfernt.</translation>
    </message>
    <message>
        <source>Add storage</source>
        <translation>Speicher hinzufügen</translation>
    </message>
    <message>
        <source>Storage target “%1” added.</source>
        <translation>Speicherziel „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backup started</source>
        <translation>Sicherung gestartet</translation>
    </message>
    <message>
        <source>The scheduled backup %1 started.</source>
        <translation>Die geplante Sicherung %1 wurde gestartet.</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Sicherung abgeschlossen</translation>
    </message>
    <message>
        <source>The scheduled backup %1 finished.</source>
        <translation>Die geplante Sicherung %1 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Backup overdue</source>
        <translation>Sicherung überfällig</translation>
    </message>
    <message>
        <source>&amp;Lock Cairn</source>
        <translation>Cairn s&amp;perren</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Audit-Protokoll…</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <source>Job “%1” saved.</source>
        <translation>Auftrag „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Job “%1” created.</source>
        <translation>Auftrag „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Starting the backup; follow it on the Activity page.</source>
        <translation>Die Sicherung startet; verfolgen Sie sie auf der Seite Aktivität.</translation>
    </message>
    <message>
        <source>Remove job</source>
        <translation>Auftrag entfernen</translation>
    </message>
    <message>
        <source>Remove the job “%1”? Its backups stay in the bucket and on the Backups page; only the job and its run history go.</source>
        <translation>Den Auftrag „%1“ entfernen? Seine Sicherungen bleiben im Bucket und auf der Seite Sicherungen; nur der Auftrag und sein Laufverlauf werden entfernt.</translation>
    </message>
    <message>
        <source>Job “%1” removed.</source>
        <translation>Auftrag „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Verify failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Encryption key…</source>
        <translation>Verschlüsselungsschlüssel…</translation>
    </message>
    <message>
        <source>Choose a client first, then open its encryption key.</source>
        <translation>Wählen Sie zuerst einen Kunden und öffnen Sie dann seinen Verschlüsselungsschlüssel.</translation>
    </message>
    <message>
        <source>Encryption key saved.</source>
        <translation>Verschlüsselungsschlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Starting the restore; follow it on the Activity page.</source>
        <translation>Die Wiederherstellung startet; verfolgen Sie sie auf der Seite Aktivität.</translation>
    </message>
    <message>
        <source>The job “%1”</source>
        <translation>Der Auftrag „%1“</translation>
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
    <name>cairn::OverdueWatchdog</name>
    <message>
        <source>No job is watched yet.</source>
        <translation>Es wird noch kein Auftrag überwacht.</translation>
    </message>
    <message>
        <source>The last backup of %1 failed; open its run log, fix the cause and run it again.</source>
        <translation>Die letzte Sicherung von %1 ist fehlgeschlagen; öffnen Sie das Laufprotokoll, beheben Sie die Ursache und starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>The last backup of %1 failed (%2); fix the cause and run it again.</source>
        <translation>Die letzte Sicherung von %1 ist fehlgeschlagen (%2); beheben Sie die Ursache und starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 runs only when started and has no target age.</source>
        <translation>%1 läuft nur bei manuellem Start und hat kein Zielalter.</translation>
    </message>
    <message>
        <source>The last good backup of %1 is %2 old; it has no target age.</source>
        <translation>Die letzte erfolgreiche Sicherung von %1 ist %2 alt; der Auftrag hat kein Zielalter.</translation>
    </message>
    <message>
        <source>%1 has had no good backup in the %2 since it was set up, over twice its target of %3, and schedules are paused; resume them or run it now.</source>
        <translation>%1 hat noch keine erfolgreiche Sicherung, obwohl die Einrichtung %2 zurückliegt, mehr als das Doppelte des Zielalters (%3), und die Zeitpläne sind pausiert; setzen Sie sie fort oder starten Sie den Auftrag jetzt.</translation>
    </message>
    <message>
        <source>%1 has had no good backup in the %2 since it was set up, over twice its target of %3; run it now and check why it does not run.</source>
        <translation>%1 hat noch keine erfolgreiche Sicherung, obwohl die Einrichtung %2 zurückliegt, mehr als das Doppelte des Zielalters (%3); starten Sie den Auftrag jetzt und prüfen Sie, warum er nicht läuft.</translation>
    </message>
    <message>
        <source>The last good backup of %1 is %2 old, over twice its target of %3, and schedules are paused; resume them or run it now.</source>
        <translation>Die letzte erfolgreiche Sicherung von %1 ist %2 alt, mehr als das Doppelte des Zielalters (%3), und die Zeitpläne sind pausiert; setzen Sie sie fort oder starten Sie den Auftrag jetzt.</translation>
    </message>
    <message>
        <source>The last good backup of %1 is %2 old, over twice its target of %3; run it now and check why it does not run.</source>
        <translation>Die letzte erfolgreiche Sicherung von %1 ist %2 alt, mehr als das Doppelte des Zielalters (%3); starten Sie den Auftrag jetzt und prüfen Sie, warum er nicht läuft.</translation>
    </message>
    <message>
        <source>%1 has had no good backup in the %2 since it was set up, over its target of %3, and schedules are paused; resume them or run it now.</source>
        <translation>%1 hat noch keine erfolgreiche Sicherung, obwohl die Einrichtung %2 zurückliegt, mehr als das Zielalter (%3), und die Zeitpläne sind pausiert; setzen Sie sie fort oder starten Sie den Auftrag jetzt.</translation>
    </message>
    <message>
        <source>%1 has had no good backup in the %2 since it was set up, over its target of %3; run it now or check its schedule.</source>
        <translation>%1 hat noch keine erfolgreiche Sicherung, obwohl die Einrichtung %2 zurückliegt, mehr als das Zielalter (%3); starten Sie den Auftrag jetzt oder prüfen Sie seinen Zeitplan.</translation>
    </message>
    <message>
        <source>The last good backup of %1 is %2 old, over its target of %3, and schedules are paused; resume them or run it now.</source>
        <translation>Die letzte erfolgreiche Sicherung von %1 ist %2 alt, mehr als das Zielalter (%3), und die Zeitpläne sind pausiert; setzen Sie sie fort oder starten Sie den Auftrag jetzt.</translation>
    </message>
    <message>
        <source>The last good backup of %1 is %2 old, over its target of %3; run it now or check its schedule.</source>
        <translation>Die letzte erfolgreiche Sicherung von %1 ist %2 alt, mehr als das Zielalter (%3); starten Sie den Auftrag jetzt oder prüfen Sie seinen Zeitplan.</translation>
    </message>
    <message>
        <source>%1 has had no good backup yet; one is due within %2 of being set up.</source>
        <translation>%1 hat noch keine erfolgreiche Sicherung; eine ist spätestens %2 nach der Einrichtung fällig.</translation>
    </message>
    <message>
        <source>The last good backup of %1 is %2 old, within its target of %3.</source>
        <translation>Die letzte erfolgreiche Sicherung von %1 ist %2 alt und liegt innerhalb des Zielalters (%3).</translation>
    </message>
    <message>
        <source>Every job has a recent good backup.</source>
        <translation>Jeder Auftrag hat eine aktuelle erfolgreiche Sicherung.</translation>
    </message>
    <message>
        <source>%1 jobs need attention: %2 failed or badly overdue, %3 overdue; the worst: %4</source>
        <translation>%1 Aufträge brauchen Aufmerksamkeit: %2 fehlgeschlagen oder weit überfällig, %3 überfällig; am schlimmsten: %4</translation>
    </message>
    <message>
        <source>The last verify of the newest backup of %1 failed on %2; run Verify now or make a new backup.</source>
        <translation>Die letzte Prüfung der neuesten Sicherung von %1 ist am %2 fehlgeschlagen; wählen Sie „Jetzt prüfen“ oder erstellen Sie eine neue Sicherung.</translation>
    </message>
</context>
<context>
    <name>cairn::PartLedger</name>
    <message>
        <source>the host asked for part %1 after part %2</source>
        <translation>der Host hat Teil %1 nach Teil %2 angefordert</translation>
    </message>
    <message>
        <source>the archive needs more than %1 parts of %2 bytes</source>
        <translation>das Archiv braucht mehr als %1 Teile zu %2 Bytes</translation>
    </message>
    <message>
        <source>the host asked for part %1 after a shorter, final part</source>
        <translation>der Host hat Teil %1 nach einem kürzeren, letzten Teil angefordert</translation>
    </message>
    <message>
        <source>part %1 has %2 bytes, more than the part size %3</source>
        <translation>Teil %1 hat %2 Bytes, mehr als die Teilgröße %3</translation>
    </message>
    <message>
        <source>part %1 is empty</source>
        <translation>Teil %1 ist leer</translation>
    </message>
    <message>
        <source>the host reported part %1, which it never asked a URL for</source>
        <translation>der Host hat Teil %1 gemeldet, für den er nie eine URL angefordert hat</translation>
    </message>
    <message>
        <source>the host reported part %1 twice</source>
        <translation>der Host hat Teil %1 zweimal gemeldet</translation>
    </message>
    <message>
        <source>the host reported %1 bytes for part %2 of %3 bytes</source>
        <translation>der Host hat %1 Bytes für Teil %2 mit %3 Bytes gemeldet</translation>
    </message>
    <message>
        <source>the host reported part %1 without an ETag</source>
        <translation>der Host hat Teil %1 ohne ETag gemeldet</translation>
    </message>
    <message>
        <source>the host uploaded no parts</source>
        <translation>der Host hat keine Teile hochgeladen</translation>
    </message>
    <message>
        <source>%1 of %2 parts were confirmed</source>
        <translation>%1 von %2 Teilen wurden bestätigt</translation>
    </message>
    <message>
        <source>the parts hold %1 bytes but the host reported %2</source>
        <translation>die Teile enthalten %1 Bytes, der Host hat aber %2 gemeldet</translation>
    </message>
</context>
<context>
    <name>cairn::PasswordHash</name>
    <message>
        <source>The password is empty; type a password.</source>
        <translation>Das Passwort ist leer; geben Sie ein Passwort ein.</translation>
    </message>
    <message numerus="yes">
        <source>The password is longer than %n bytes, which bcrypt cannot use in full; choose a shorter one.</source>
        <translation>
            <numerusform>Das Passwort ist länger als %n Byte und damit zu lang für bcrypt; wählen Sie ein kürzeres.</numerusform>
            <numerusform>Das Passwort ist länger als %n Bytes und damit zu lang für bcrypt; wählen Sie ein kürzeres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password contains a NUL character; type it again without it.</source>
        <translation>Das Passwort enthält ein NUL-Zeichen; geben Sie es ohne dieses Zeichen erneut ein.</translation>
    </message>
    <message>
        <source>The bcrypt cost %1 is outside %2 to %3; choose another.</source>
        <translation>Der bcrypt-Kostenfaktor %1 liegt außerhalb von %2 bis %3; wählen Sie einen anderen Wert.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; try again, and report this if it keeps happening.</source>
        <translation>Der Zufallszahlengenerator des Systems ist ausgefallen; versuchen Sie es erneut und melden Sie es, wenn es wieder passiert.</translation>
    </message>
    <message>
        <source>This system&apos;s libcrypt cannot make bcrypt hashes; install libcrypt1 4.4 or newer.</source>
        <translation>Die libcrypt dieses Systems kann keine bcrypt-Hashes erzeugen; installieren Sie libcrypt1 4.4 oder neuer.</translation>
    </message>
    <message>
        <source>libcrypt could not hash the password; install libcrypt1 4.4 or newer.</source>
        <translation>libcrypt konnte das Passwort nicht hashen; installieren Sie libcrypt1 4.4 oder neuer.</translation>
    </message>
    <message>
        <source>libcrypt returned an unexpected hash; install libcrypt1 4.4 or newer.</source>
        <translation>libcrypt lieferte einen unerwarteten Hash; installieren Sie libcrypt1 4.4 oder neuer.</translation>
    </message>
</context>
<context>
    <name>cairn::PreflightReport</name>
    <message>
        <source>Install the package %1 on the server with its package manager.</source>
        <translation>Installieren Sie das Paket %1 auf dem Server mit dessen Paketverwaltung.</translation>
    </message>
    <message>
        <source>Install it on the server (for example: %1).</source>
        <translation>Installieren Sie es auf dem Server (zum Beispiel: %1).</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>Bash</source>
        <translation>Bash</translation>
    </message>
    <message>
        <source>Cairn&apos;s remote scripts need bash. %1</source>
        <translation>Die Skripte, die Cairn auf dem Server ausführt, brauchen bash. %1</translation>
    </message>
    <message>
        <source>Preflight check</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>The check stopped before it finished; run it again, and check the server&apos;s load and disk if it keeps happening.</source>
        <translation>Die Prüfung brach vor dem Ende ab; führen Sie sie erneut aus und prüfen Sie Last und Festplatte des Servers, wenn es wieder passiert.</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Cairn could not tell which distribution this is; backups may still work.</source>
        <translation>Cairn konnte nicht erkennen, welche Distribution dies ist; Sicherungen können trotzdem funktionieren.</translation>
    </message>
    <message>
        <source>GNU tar</source>
        <translation>GNU tar</translation>
    </message>
    <message>
        <source>This tar is not GNU tar and may not keep everything a backup needs. %1</source>
        <translation>Dieses tar ist kein GNU tar und bewahrt möglicherweise nicht alles, was eine Sicherung braucht. %1</translation>
    </message>
    <message>
        <source>File backups need GNU tar. %1</source>
        <translation>Dateisicherungen brauchen GNU tar. %1</translation>
    </message>
    <message>
        <source>tar keeps sparse files, extended attributes and ACLs</source>
        <translation>tar bewahrt Sparse-Dateien, erweiterte Attribute und ACLs</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>Backups will not keep what %1 would preserve; update GNU tar to keep them.</source>
        <translation>Sicherungen bewahren nicht, was %1 erhalten würde; aktualisieren Sie GNU tar, damit es erhalten bleibt.</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>The server uploads to storage with curl. %1</source>
        <translation>Der Server lädt mit curl in den Speicher hoch. %1</translation>
    </message>
    <message>
        <source>Compression (zstd or gzip)</source>
        <translation>Komprimierung (zstd oder gzip)</translation>
    </message>
    <message>
        <source>Backups will use gzip, which is slower and larger than zstd. %1</source>
        <translation>Sicherungen verwenden gzip, das langsamer ist und größere Dateien erzeugt als zstd. %1</translation>
    </message>
    <message>
        <source>Backups need zstd or gzip. %1</source>
        <translation>Sicherungen brauchen zstd oder gzip. %1</translation>
    </message>
    <message>
        <source>sha256sum</source>
        <translation>sha256sum</translation>
    </message>
    <message>
        <source>Backups are verified with sha256sum. %1</source>
        <translation>Sicherungen werden mit sha256sum geprüft. %1</translation>
    </message>
    <message>
        <source>mktemp</source>
        <translation>mktemp</translation>
    </message>
    <message>
        <source>Backups need mktemp for private temporary folders. %1</source>
        <translation>Sicherungen brauchen mktemp für private temporäre Ordner. %1</translation>
    </message>
    <message>
        <source>cannot create folders in %1</source>
        <translation>kann in %1 keine Ordner anlegen</translation>
    </message>
    <message>
        <source>Make %1 writable for this user, or set TMPDIR for it to a writable folder.</source>
        <translation>Machen Sie %1 für diesen Benutzer beschreibbar oder setzen Sie TMPDIR für ihn auf einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>works in %1</source>
        <translation>funktioniert in %1</translation>
    </message>
    <message>
        <source>Free space for temporary files</source>
        <translation>Freier Platz für temporäre Dateien</translation>
    </message>
    <message>
        <source>Cairn could not read the free space in %1; make sure it has at least %2 free.</source>
        <translation>Cairn konnte den freien Platz in %1 nicht ermitteln; stellen Sie sicher, dass dort mindestens %2 frei sind.</translation>
    </message>
    <message>
        <source>%1 free in %2</source>
        <translation>%1 frei in %2</translation>
    </message>
    <message>
        <source>Backups need about %1 in %2; free up space there or set TMPDIR for this user to a larger disk.</source>
        <translation>Sicherungen brauchen etwa %1 in %2; schaffen Sie dort Platz oder setzen Sie TMPDIR für diesen Benutzer auf ein größeres Laufwerk.</translation>
    </message>
    <message>
        <source>MySQL/MariaDB dump</source>
        <translation>MySQL/MariaDB-Dump</translation>
    </message>
    <message>
        <source>Needed only to back up MySQL or MariaDB databases. %1</source>
        <translation>Nur für Sicherungen von MySQL- oder MariaDB-Datenbanken nötig. %1</translation>
    </message>
    <message>
        <source>PostgreSQL dump</source>
        <translation>PostgreSQL-Dump</translation>
    </message>
    <message>
        <source>Needed only to back up PostgreSQL databases. %1</source>
        <translation>Nur für Sicherungen von PostgreSQL-Datenbanken nötig. %1</translation>
    </message>
    <message>
        <source>Needed only for files this user cannot read: allow this user to run sudo without a password, or connect as a user who can read them.</source>
        <translation>Nur für Dateien nötig, die dieser Benutzer nicht lesen kann: Erlauben Sie diesem Benutzer sudo ohne Passwort oder verbinden Sie sich als ein Benutzer, der sie lesen kann.</translation>
    </message>
    <message>
        <source>Administrator rights (sudo -n)</source>
        <translation>Administratorrechte (sudo -n)</translation>
    </message>
    <message>
        <source>logged in as root</source>
        <translation>als root angemeldet</translation>
    </message>
    <message>
        <source>sudo works without a password</source>
        <translation>sudo funktioniert ohne Passwort</translation>
    </message>
    <message>
        <source>sudo asks for a password</source>
        <translation>sudo fragt nach einem Passwort</translation>
    </message>
</context>
<context>
    <name>cairn::ProviderAccountCheck</name>
    <message>
        <source>Cairn could not reach the %1 API at %2 (%3); check the internet connection and try again.</source>
        <translation>Cairn konnte die %1-API unter %2 nicht erreichen (%3); prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The answer from AWS STS was not a GetCallerIdentity result; check that the endpoint is AWS&apos;s.</source>
        <translation>Die Antwort von AWS STS war kein GetCallerIdentity-Ergebnis; prüfen Sie, ob der Endpunkt zu AWS gehört.</translation>
    </message>
    <message>
        <source>The access key %1 belongs to AWS account %2 (%3).</source>
        <translation>Der Zugriffsschlüssel %1 gehört zum AWS-Konto %2 (%3).</translation>
    </message>
    <message>
        <source>AWS does not know the access key ID %1; check that it was copied completely and is still active in IAM.</source>
        <translation>AWS kennt die Zugriffsschlüssel-ID %1 nicht; prüfen Sie, ob sie vollständig kopiert wurde und in IAM noch aktiv ist.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from AWS&apos;s by more than 15 minutes; turn on automatic date and time and try again.</source>
        <translation>Die Uhr dieses Computers weicht um mehr als 15 Minuten von der von AWS ab; schalten Sie die automatische Datums- und Zeiteinstellung ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>AWS rejected the secret access key for %1; enter the secret that belongs to this access key again.</source>
        <translation>AWS hat den geheimen Zugriffsschlüssel für %1 abgelehnt; geben Sie das Geheimnis, das zu diesem Zugriffsschlüssel gehört, erneut ein.</translation>
    </message>
    <message>
        <source>The AWS credentials have expired; create a new access key in IAM and enter it.</source>
        <translation>Die AWS-Zugangsdaten sind abgelaufen; erstellen Sie in IAM einen neuen Zugriffsschlüssel und geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>AWS refused the access key %1 (%2); check the key in IAM and try again.</source>
        <translation>AWS hat den Zugriffsschlüssel %1 abgelehnt (%2); prüfen Sie den Schlüssel in IAM und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>AWS STS refused the request (HTTP %1 %2); try again later.</source>
        <translation>AWS STS hat die Anfrage abgelehnt (HTTP %1 %2); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>without an error code</source>
        <translation>ohne Fehlercode</translation>
    </message>
    <message>
        <source>The answer from the DigitalOcean API had no account in it; check that the address is DigitalOcean&apos;s API.</source>
        <translation>Die Antwort der DigitalOcean-API enthielt kein Konto; prüfen Sie, ob die Adresse die API von DigitalOcean ist.</translation>
    </message>
    <message>
        <source>The token works for the DigitalOcean account %1 (status: %2).</source>
        <translation>Das Token funktioniert für das DigitalOcean-Konto %1 (Status: %2).</translation>
    </message>
    <message>
        <source>The token works for the DigitalOcean account %1, team %2 (status: %3).</source>
        <translation>Das Token funktioniert für das DigitalOcean-Konto %1, Team %2 (Status: %3).</translation>
    </message>
    <message>
        <source>The answer from the Hetzner Cloud API was not a server list; check that the address is Hetzner Cloud&apos;s API.</source>
        <translation>Die Antwort der Hetzner-Cloud-API war keine Serverliste; prüfen Sie, ob die Adresse die API von Hetzner Cloud ist.</translation>
    </message>
    <message>
        <source>Hetzner Cloud rejected the API token; create a token in the project (Security &gt; API tokens) and enter all 64 characters of it.</source>
        <translation>Hetzner Cloud hat das API-Token abgelehnt; erstellen Sie ein Token im Projekt (Security &gt; API tokens) und geben Sie alle 64 Zeichen ein.</translation>
    </message>
    <message>
        <source>DigitalOcean rejected the API token; create a personal access token (API &gt; Tokens) and enter it again.</source>
        <translation>DigitalOcean hat das API-Token abgelehnt; erstellen Sie ein Personal Access Token (API &gt; Tokens) und geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>The Hetzner Cloud token is not allowed to read the project&apos;s servers; use a token of that project with Read &amp; Write permission.</source>
        <translation>Das Hetzner-Cloud-Token darf die Server des Projekts nicht lesen; verwenden Sie ein Token dieses Projekts mit der Berechtigung Read &amp; Write.</translation>
    </message>
    <message>
        <source>The DigitalOcean token is not allowed to read the account; give it the account:read scope (or full access) and try again.</source>
        <translation>Das DigitalOcean-Token darf das Konto nicht lesen; geben Sie ihm den Scope account:read (oder vollen Zugriff) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is limiting requests right now; wait a minute and try again.</source>
        <translation>%1 begrenzt gerade die Anfragen; warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The %1 API has a problem of its own (HTTP %2); try again later.</source>
        <translation>Die %1-API hat ein eigenes Problem (HTTP %2); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The %1 API refused the request (HTTP %2 %3); check the token and try again.</source>
        <translation>Die %1-API hat die Anfrage abgelehnt (HTTP %2 %3); prüfen Sie das Token und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The provider %1 is unknown; choose one of %2.</source>
        <translation>Der Anbieter %1 ist unbekannt; wählen Sie einen von %2.</translation>
    </message>
    <message>
        <source>The secret access key is empty; enter the secret of the access key.</source>
        <translation>Der geheime Zugriffsschlüssel ist leer; geben Sie das Geheimnis des Zugriffsschlüssels ein.</translation>
    </message>
    <message>
        <source>The API token is empty; paste the token the provider showed.</source>
        <translation>Das API-Token ist leer; fügen Sie das Token ein, das der Anbieter angezeigt hat.</translation>
    </message>
    <message>
        <source>The AWS access key ID is empty or contains spaces; copy it again from IAM.</source>
        <translation>Die AWS-Zugriffsschlüssel-ID ist leer oder enthält Leerzeichen; kopieren Sie sie erneut aus IAM.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The token works for a Hetzner Cloud project with %n server(s); creating snapshots needs a Read &amp; Write token.</source>
        <translation>
            <numerusform>Das Token funktioniert für ein Hetzner-Cloud-Projekt mit %n Server; zum Erstellen von Snapshots ist ein Token mit „Read &amp; Write“ nötig.</numerusform>
            <numerusform>Das Token funktioniert für ein Hetzner-Cloud-Projekt mit %n Servern; zum Erstellen von Snapshots ist ein Token mit „Read &amp; Write“ nötig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::ProviderAccountJob</name>
    <message>
        <source>The secret is empty; enter the token or secret access key the provider showed.</source>
        <translation>Das Geheimnis ist leer; geben Sie das Token oder den geheimen Zugriffsschlüssel ein, den der Anbieter angezeigt hat.</translation>
    </message>
    <message>
        <source>The client this account should belong to no longer exists; choose another client.</source>
        <translation>Den Kunden, zu dem dieses Konto gehören soll, gibt es nicht mehr; wählen Sie einen anderen Kunden.</translation>
    </message>
    <message>
        <source>The client &quot;%1&quot; already has a provider account named &quot;%2&quot;; choose another name.</source>
        <translation>Der Kunde „%1“ hat bereits ein Anbieterkonto namens „%2“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The keychain entry %1 could not be removed again (%2); delete it in your keychain app.</source>
        <translation>Der Schlüsselbund-Eintrag %1 konnte nicht wieder entfernt werden (%2); löschen Sie ihn in Ihrer Schlüsselbund-App.</translation>
    </message>
    <message>
        <source>The provider account &quot;%1&quot; no longer exists; it was removed already.</source>
        <translation>Das Anbieterkonto „%1“ gibt es nicht mehr; es wurde bereits entfernt.</translation>
    </message>
    <message>
        <source>The provider account &quot;%1&quot; was removed, but its keychain entry %2 could not be deleted (%3); delete it in your keychain app.</source>
        <translation>Das Anbieterkonto „%1“ wurde entfernt, sein Schlüsselbund-Eintrag %2 konnte aber nicht gelöscht werden (%3); löschen Sie ihn in Ihrer Schlüsselbund-App.</translation>
    </message>
</context>
<context>
    <name>cairn::ProviderAccountRepository</name>
    <message>
        <source>Cairn could not read the provider accounts (%1).</source>
        <translation>Cairn konnte die Anbieterkonten nicht lesen (%1).</translation>
    </message>
    <message>
        <source>Cairn could not save the provider account &quot;%1&quot; (%2).</source>
        <translation>Cairn konnte das Anbieterkonto „%1“ nicht speichern (%2).</translation>
    </message>
    <message>
        <source>That provider account no longer exists; it was removed already.</source>
        <translation>Dieses Anbieterkonto gibt es nicht mehr; es wurde bereits entfernt.</translation>
    </message>
    <message>
        <source>Cairn could not remove the provider account &quot;%1&quot; (%2); check the disk and try again.</source>
        <translation>Cairn konnte das Anbieterkonto „%1“ nicht entfernen (%2); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>cairn::ProviderAccountStore</name>
    <message>
        <source>A provider account needs a name; type one, for example &quot;Production&quot;.</source>
        <translation>Ein Anbieterkonto braucht einen Namen; geben Sie einen ein, zum Beispiel „Produktion“.</translation>
    </message>
    <message>
        <source>A provider account&apos;s name can be at most 100 characters long; choose a shorter one.</source>
        <translation>Der Name eines Anbieterkontos darf höchstens 100 Zeichen lang sein; wählen Sie einen kürzeren.</translation>
    </message>
    <message>
        <source>A provider account&apos;s name cannot contain line breaks or control characters; type it on one line.</source>
        <translation>Der Name eines Anbieterkontos darf keine Zeilenumbrüche oder Steuerzeichen enthalten; geben Sie ihn in einer Zeile ein.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; is unknown; choose one of %2.</source>
        <translation>Der Anbieter „%1“ ist unbekannt; wählen Sie einen von %2.</translation>
    </message>
</context>
<context>
    <name>cairn::QrCode</name>
    <message>
        <source>There is nothing to put into a QR code.</source>
        <translation>Es gibt nichts, woraus ein QR-Code erstellt werden kann.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code; use a shorter name.</source>
        <translation>Der Text ist zu lang für einen QR-Code; verwenden Sie einen kürzeren Namen.</translation>
    </message>
    <message>
        <source>The QR code could not be made (libqrencode failed); type the key by hand instead.</source>
        <translation>Der QR-Code konnte nicht erstellt werden (libqrencode ist fehlgeschlagen); geben Sie den Schlüssel stattdessen von Hand ein.</translation>
    </message>
</context>
<context>
    <name>cairn::ReauthGate</name>
    <message>
        <source>Confirm it is you</source>
        <translation>Bestätigen Sie, dass Sie es sind</translation>
    </message>
    <message>
        <source>%1 needs your master password, because the app lock is on.</source>
        <translation>%1 benötigt Ihr Master-Passwort, weil die App-Sperre aktiv ist.</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
</context>
<context>
    <name>cairn::RecoveryCodes</name>
    <message>
        <source>The system&apos;s random number generator failed; try again.</source>
        <translation>Der Zufallszahlengenerator des Systems ist ausgefallen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cairn could not read the recovery codes (%1); check the disk and try again.</source>
        <translation>Cairn konnte die Wiederherstellungscodes nicht lesen (%1); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cairn could not record the recovery code&apos;s use (%1); check the disk and try again.</source>
        <translation>Cairn konnte die Verwendung des Wiederherstellungscodes nicht aufzeichnen (%1); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>cairn::RecoveryCodesDialog</name>
    <message>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Each code signs you in once when your phone is not at hand, or resets a forgotten master password. Save them now (print them, or keep them in a password manager): Cairn shows them only this once.</source>
        <translation>Jeder Code meldet Sie einmal an, wenn Ihr Telefon nicht zur Hand ist, oder setzt ein vergessenes Master-Passwort zurück. Speichern Sie sie jetzt (drucken Sie sie aus oder bewahren Sie sie in einem Passwortmanager auf): Cairn zeigt sie nur dieses eine Mal.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>I have &amp;saved them</source>
        <translation>Ich habe sie &amp;gespeichert</translation>
    </message>
</context>
<context>
    <name>cairn::RecoveryKit</name>
    <message>
        <source>This file is not a Cairn recovery kit or it is cut short; choose the .cairnkit file you saved, or copy it again.</source>
        <translation>Diese Datei ist kein Cairn-Wiederherstellungspaket oder sie ist abgeschnitten; wählen Sie die gespeicherte .cairnkit-Datei oder kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The recovery kit could not be opened: the passphrase is wrong or the file is damaged; type the passphrase again, or copy the file again.</source>
        <translation>Das Wiederherstellungspaket ließ sich nicht öffnen, weil die Passphrase falsch oder die Datei beschädigt ist; geben Sie die Passphrase erneut ein oder kopieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>This recovery kit asks for key-derivation settings beyond Cairn&apos;s limits (N 2^%1, r %2, p %3); it was not made by Cairn or it is damaged.</source>
        <translation>Dieses Wiederherstellungspaket verlangt Einstellungen zur Schlüsselableitung jenseits der Grenzen von Cairn (N 2^%1, r %2, p %3); es stammt nicht von Cairn oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The passphrase is empty; type a passphrase for the recovery kit.</source>
        <translation>Die Passphrase ist leer; geben Sie eine Passphrase für das Wiederherstellungspaket ein.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters; the kit holds every key, so choose a long one.</source>
        <translation>
            <numerusform>Die Passphrase braucht mindestens %n Zeichen; das Paket enthält jeden Schlüssel, wählen Sie also eine lange.</numerusform>
            <numerusform>Die Passphrase braucht mindestens %n Zeichen; das Paket enthält jeden Schlüssel, wählen Sie also eine lange.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret %1 is missing; read every secret from the keychain before making the kit.</source>
        <translation>Das Geheimnis %1 fehlt; lesen Sie alle Geheimnisse aus dem Schlüsselbund, bevor Sie das Paket erstellen.</translation>
    </message>
    <message>
        <source>The secret %1 belongs to nothing in the kit&apos;s configuration; leave it out.</source>
        <translation>Das Geheimnis %1 gehört zu nichts in der Konfiguration des Pakets; lassen Sie es weg.</translation>
    </message>
    <message>
        <source>The secret %1 is too large for a recovery kit.</source>
        <translation>Das Geheimnis %1 ist zu groß für ein Wiederherstellungspaket.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; try again.</source>
        <translation>Der Zufallszahlengenerator des Systems ist ausgefallen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>OpenSSL could not derive the kit&apos;s key (scrypt); check that OpenSSL 3 is installed.</source>
        <translation>OpenSSL konnte den Schlüssel des Pakets nicht ableiten (scrypt); prüfen Sie, ob OpenSSL 3 installiert ist.</translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt the kit (AES-256-GCM); check that OpenSSL 3 is installed.</source>
        <translation>OpenSSL konnte das Paket nicht verschlüsseln (AES-256-GCM); prüfen Sie, ob OpenSSL 3 installiert ist.</translation>
    </message>
    <message>
        <source>The passphrase is empty; type the recovery kit&apos;s passphrase.</source>
        <translation>Die Passphrase ist leer; geben Sie die Passphrase des Wiederherstellungspakets ein.</translation>
    </message>
    <message>
        <source>This recovery kit has format %1, which this version of Cairn cannot read; open it with a newer Cairn.</source>
        <translation>Dieses Wiederherstellungspaket hat das Format %1, das diese Cairn-Version nicht lesen kann; öffnen Sie es mit einem neueren Cairn.</translation>
    </message>
    <message>
        <source>Cairn could not write the recovery kit to %1 (%2); choose another folder.</source>
        <translation>Cairn konnte das Wiederherstellungspaket nicht nach %1 schreiben (%2); wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>cairn::RemoveServerDialog</name>
    <message>
        <source>Remove server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>Remove the server &quot;%1&quot; (%2) from Cairn? Its backups in your storage stay where they are.</source>
        <translation>Den Server „%1“ (%2) aus Cairn entfernen? Seine Sicherungen in Ihrem Speicher bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Also remove Cairn&apos;s &amp;key from the server, so Cairn can no longer log in there</source>
        <translation>Auch den &amp;Schlüssel von Cairn vom Server entfernen, sodass Cairn sich dort nicht mehr anmelden kann</translation>
    </message>
    <message>
        <source>&amp;Remove server</source>
        <translation>Server &amp;entfernen</translation>
    </message>
    <message>
        <source>Removing a server</source>
        <translation>Server wird entfernt</translation>
    </message>
</context>
<context>
    <name>cairn::RestoreBackupPage</name>
    <message>
        <source>MySQL/MariaDB database</source>
        <translation>MySQL-/MariaDB-Datenbank</translation>
    </message>
    <message>
        <source>PostgreSQL database</source>
        <translation>PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>%1, encrypted</source>
        <translation>%1, verschlüsselt</translation>
    </message>
    <message>
        <source>Which backup do you want to restore?</source>
        <translation>Welche Sicherung möchten Sie wiederherstellen?</translation>
    </message>
    <message>
        <source>Every complete backup Cairn knows, newest first. Restoring never changes the backup itself.</source>
        <translation>Jede vollständige Sicherung, die Cairn kennt, die neueste zuerst. Eine Wiederherstellung verändert die Sicherung selbst nie.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There are no backups yet. Run a backup job first, or import backups from storage on the Backups page.</source>
        <translation>Es gibt noch keine Sicherungen. Führen Sie zuerst einen Sicherungsauftrag aus oder importieren Sie auf der Seite Sicherungen Sicherungen aus dem Speicher.</translation>
    </message>
</context>
<context>
    <name>cairn::RestoreRepository</name>
    <message>
        <source>Cairn could not record the restore (%1); check that its database is writable.</source>
        <translation>Cairn konnte die Wiederherstellung nicht protokollieren (%1); prüfen Sie, ob die Datenbank beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cairn could not record the verification (%1).</source>
        <translation>Cairn konnte die Prüfung nicht protokollieren (%1).</translation>
    </message>
    <message>
        <source>Cairn could not record the restore drill (%1).</source>
        <translation>Cairn konnte die Wiederherstellungsübung nicht protokollieren (%1).</translation>
    </message>
</context>
<context>
    <name>cairn::RestoreRequestLoader</name>
    <message>
        <source>the SSH key of %1</source>
        <translation>der SSH-Schlüssel von %1</translation>
    </message>
    <message>
        <source>the secret key of the storage %1</source>
        <translation>der geheime Schlüssel des Speichers %1</translation>
    </message>
    <message>
        <source>the database password of %1</source>
        <translation>das Datenbankpasswort von %1</translation>
    </message>
    <message>
        <source>The manifest of backup %1 does not carry this client&apos;s seal, so it was changed after the backup was made or the client&apos;s keys are not the ones that made it; import the client&apos;s recovery kit, or restore another backup.</source>
        <translation>Das Manifest der Sicherung %1 trägt nicht das Siegel dieses Kunden; es wurde also nach der Sicherung verändert, oder die Schlüssel des Kunden sind nicht die, mit denen sie erstellt wurde; importieren Sie das Wiederherstellungspaket des Kunden oder stellen Sie eine andere Sicherung wieder her.</translation>
    </message>
    <message>
        <source>There is no backup %1; run cairn-cli backup list to see the backups.</source>
        <translation>Es gibt keine Sicherung %1; führen Sie cairn-cli backup list aus, um die Sicherungen zu sehen.</translation>
    </message>
    <message>
        <source>The server is not one of this backup&apos;s client; choose a server of the same client.</source>
        <translation>Der Server gehört nicht zum Kunden dieser Sicherung; wählen Sie einen Server desselben Kunden.</translation>
    </message>
    <message>
        <source>The server %1 the backup came from no longer exists; choose another server.</source>
        <translation>Der Server %1, von dem die Sicherung stammt, existiert nicht mehr; wählen Sie einen anderen Server.</translation>
    </message>
    <message>
        <source>Cairn has not trusted a host key for %1 yet; check and trust the server&apos;s key first.</source>
        <translation>Cairn vertraut noch keinem Host-Schlüssel für %1; prüfen Sie zuerst den Schlüssel des Servers und vertrauen Sie ihm.</translation>
    </message>
    <message>
        <source>The server %1 has no SSH key; choose one for it first.</source>
        <translation>Der Server %1 hat keinen SSH-Schlüssel; wählen Sie zuerst einen für ihn.</translation>
    </message>
    <message>
        <source>The storage that holds this backup is no longer configured; add it again and import its backups.</source>
        <translation>Der Speicher, der diese Sicherung enthält, ist nicht mehr eingerichtet; fügen Sie ihn erneut hinzu und importieren Sie seine Sicherungen.</translation>
    </message>
    <message>
        <source>The backup&apos;s storage belongs to another client; Cairn does not mix clients.</source>
        <translation>Der Speicher der Sicherung gehört zu einem anderen Kunden; Cairn vermischt keine Kunden.</translation>
    </message>
    <message>
        <source>The keychain has no entry for %1; enter it again.</source>
        <translation>Der Schlüsselbund hat keinen Eintrag für %1; geben Sie ihn erneut ein.</translation>
    </message>
</context>
<context>
    <name>cairn::RestoreRun</name>
    <message>
        <source>This backup is being deleted or was deleted; choose another backup.</source>
        <translation>Diese Sicherung wird gerade gelöscht oder wurde gelöscht; wählen Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>Cairn does not know this backup&apos;s checksum; import it from storage again.</source>
        <translation>Cairn kennt die Prüfsumme dieser Sicherung nicht; importieren Sie sie erneut aus dem Speicher.</translation>
    </message>
    <message>
        <source>This backup holds a database; restore it into a database instead of a folder.</source>
        <translation>Diese Sicherung enthält eine Datenbank; stellen Sie sie in eine Datenbank statt in einen Ordner wieder her.</translation>
    </message>
    <message>
        <source>The target folder must be an absolute path without &quot;..&quot;; for example /srv/restore.</source>
        <translation>Der Zielordner muss ein absoluter Pfad ohne &quot;..&quot; sein; zum Beispiel /srv/restore.</translation>
    </message>
    <message>
        <source>The folder to restore must be named as in the file index, without a leading &quot;/&quot;.</source>
        <translation>Der wiederherzustellende Ordner muss wie im Dateiindex benannt sein, ohne führendes &quot;/&quot;.</translation>
    </message>
    <message>
        <source>A file chosen to restore has an empty or invalid name; choose it from the index again.</source>
        <translation>Eine zur Wiederherstellung gewählte Datei hat einen leeren oder ungültigen Namen; wählen Sie sie erneut aus dem Index.</translation>
    </message>
    <message>
        <source>Restoring over %1 on %2 replaces what is there now; type the server&apos;s name (%2) to confirm.</source>
        <translation>Die Wiederherstellung über %1 auf %2 ersetzt, was jetzt dort liegt; geben Sie zur Bestätigung den Namen des Servers (%2) ein.</translation>
    </message>
    <message>
        <source>The scratch folder must be an absolute path without &quot;..&quot;; for example /var/tmp.</source>
        <translation>Der Arbeitsordner muss ein absoluter Pfad ohne &quot;..&quot; sein; zum Beispiel /var/tmp.</translation>
    </message>
    <message>
        <source>This backup holds files; restore it into a folder instead of a database.</source>
        <translation>Diese Sicherung enthält Dateien; stellen Sie sie in einen Ordner statt in eine Datenbank wieder her.</translation>
    </message>
    <message>
        <source>Name the new database to restore into.</source>
        <translation>Geben Sie die neue Datenbank an, in die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest does not name its database; restore it by hand as the README describes.</source>
        <translation>Das Manifest der Sicherung nennt ihre Datenbank nicht; stellen Sie sie von Hand wieder her, wie es die README beschreibt.</translation>
    </message>
    <message>
        <source>Verifying the backup of %1 on %2.</source>
        <translation>Die Sicherung von %1 auf %2 wird geprüft.</translation>
    </message>
    <message>
        <source>Restoring the backup of %1 to %2.</source>
        <translation>Die Sicherung von %1 wird nach %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup of %1 is intact: %2 checked on %3 against its manifest.</source>
        <translation>Die Sicherung von %1 ist intakt: %2 auf %3 gegen ihr Manifest geprüft.</translation>
    </message>
    <message>
        <source>The backup of %1 was restored to %2 on %3.</source>
        <translation>Die Sicherung von %1 wurde auf %3 nach %2 wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>The restore drill of %1 passed on %2: %n entries unpacked as recorded, and the scratch copy was deleted.</source>
        <translation>
            <numerusform>Die Wiederherstellungsübung von %1 auf %2 war erfolgreich: %n Eintrag wie aufgezeichnet entpackt, und die Arbeitskopie wurde gelöscht.</numerusform>
            <numerusform>Die Wiederherstellungsübung von %1 auf %2 war erfolgreich: %n Einträge wie aufgezeichnet entpackt, und die Arbeitskopie wurde gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup of %1 was restored into the database %2 on %3.</source>
        <translation>Die Sicherung von %1 wurde auf %3 in die Datenbank %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The restore was cancelled; the target was left as it was.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; das Ziel blieb unverändert.</translation>
    </message>
    <message>
        <source>The restore of %1 failed; run it again.</source>
        <translation>Die Wiederherstellung von %1 ist fehlgeschlagen; führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>The backup of %1 is encrypted and Cairn has no key for it; import the client&apos;s recovery kit and try again.</source>
        <translation>Die Sicherung von %1 ist verschlüsselt und Cairn hat keinen Schlüssel dafür; importieren Sie das Wiederherstellungspaket des Kunden und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cairn has not trusted a host key for %1 yet; check and trust the server&apos;s key first.</source>
        <translation>Cairn vertraut noch keinem Host-Schlüssel für %1; prüfen Sie zuerst den Schlüssel des Servers und vertrauen Sie ihm.</translation>
    </message>
    <message>
        <source>The SSH key for %1 could not be read from the keychain (%2); generate or import it again.</source>
        <translation>Der SSH-Schlüssel für %1 konnte nicht aus dem Schlüsselbund gelesen werden (%2); erzeugen oder importieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Cairn could not sign a download URL for %1; check the storage settings.</source>
        <translation>Cairn konnte keine Download-URL für %1 signieren; prüfen Sie die Speichereinstellungen.</translation>
    </message>
    <message>
        <source>%1 stopped answering during the restore; check the server and the network, then run it again.</source>
        <translation>%1 hat während der Wiederherstellung nicht mehr geantwortet; prüfen Sie den Server und das Netzwerk und führen Sie sie dann erneut aus.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost during the restore (%2); check the network and run it again.</source>
        <translation>Die Verbindung zu %1 ist während der Wiederherstellung abgebrochen (%2); prüfen Sie das Netzwerk und führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>The restore script on %1 ended without finishing; run it again, and check the server&apos;s log if it happens again.</source>
        <translation>Das Wiederherstellungsskript auf %1 endete, ohne fertig zu werden; führen Sie es erneut aus und prüfen Sie das Protokoll des Servers, wenn es wieder passiert.</translation>
    </message>
    <message>
        <source>The restore script on %1 broke Cairn&apos;s rules (a line too long), so Cairn stopped it; run the restore again.</source>
        <translation>Das Wiederherstellungsskript auf %1 hat gegen Cairns Regeln verstoßen (eine zu lange Zeile), daher hat Cairn es angehalten; führen Sie die Wiederherstellung erneut aus.</translation>
    </message>
    <message>
        <source>The restore script on %1 broke Cairn&apos;s rules (%2), so Cairn stopped it; run the restore again.</source>
        <translation>Das Wiederherstellungsskript auf %1 hat gegen Cairns Regeln verstoßen (%2), daher hat Cairn es angehalten; führen Sie die Wiederherstellung erneut aus.</translation>
    </message>
    <message>
        <source>protocol version %1</source>
        <translation>Protokollversion %1</translation>
    </message>
    <message>
        <source>a result that does not match the manifest</source>
        <translation>ein Ergebnis, das nicht zum Manifest passt</translation>
    </message>
    <message>
        <source>The restore drill of %1 unpacked %2 bytes but the backup recorded %3, so the backup is not what was written; make a new backup and check the server.</source>
        <translation>Die Wiederherstellungsübung von %1 hat %2 Bytes entpackt, die Sicherung hat aber %3 aufgezeichnet, die Sicherung ist also nicht das, was geschrieben wurde; erstellen Sie eine neue Sicherung und prüfen Sie den Server.</translation>
    </message>
    <message>
        <source>a malformed line</source>
        <translation>eine fehlerhafte Zeile</translation>
    </message>
    <message>
        <source>the backup cannot be trusted</source>
        <translation>der Sicherung kann nicht vertraut werden</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation>es wurde nichts wiederhergestellt</translation>
    </message>
    <message>
        <source>The archive in %1 is %2 bytes but its manifest says %3, so it is incomplete or was replaced and %4; restore an older backup and check the storage.</source>
        <translation>Das Archiv in %1 hat %2 Bytes, sein Manifest nennt aber %3, es ist also unvollständig oder wurde ersetzt, und %4; stellen Sie eine ältere Sicherung wieder her und prüfen Sie den Speicher.</translation>
    </message>
    <message>
        <source>The archive in %1 does not match the SHA-256 in its manifest, so it was changed or damaged and %2; restore an older backup and check the storage.</source>
        <translation>Das Archiv in %1 passt nicht zum SHA-256 in seinem Manifest, es wurde also verändert oder beschädigt, und %2; stellen Sie eine ältere Sicherung wieder her und prüfen Sie den Speicher.</translation>
    </message>
    <message>
        <source>%1 no longer has the archive of this backup, so %2; restore another backup.</source>
        <translation>%1 hat das Archiv dieser Sicherung nicht mehr – %2; stellen Sie eine andere Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 could not download the archive from %2 (%3); check the server&apos;s connection to the storage and try again.</source>
        <translation>%1 konnte das Archiv nicht von %2 herunterladen (%3); prüfen Sie die Verbindung des Servers zum Speicher und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The archive could not be decrypted with the key Cairn has for it (%1), so nothing was restored; check that the client&apos;s key is the one the backup was made with.</source>
        <translation>Das Archiv ließ sich mit dem Schlüssel, den Cairn dafür hat, nicht entschlüsseln (%1), daher wurde nichts wiederhergestellt; prüfen Sie, ob der Schlüssel des Kunden der ist, mit dem die Sicherung erstellt wurde.</translation>
    </message>
    <message>
        <source>The archive could not be decompressed on %1 (%2), so nothing was restored; check that the server has zstd or gzip and free memory.</source>
        <translation>Das Archiv ließ sich auf %1 nicht dekomprimieren (%2), daher wurde nichts wiederhergestellt; prüfen Sie, ob der Server zstd oder gzip und freien Speicher hat.</translation>
    </message>
    <message>
        <source>Loading the dump into %1 on %2 failed (%3); the new database was removed, so check the login and try again.</source>
        <translation>Das Laden des Dumps in %1 auf %2 ist fehlgeschlagen (%3); die neue Datenbank wurde entfernt, prüfen Sie also die Anmeldung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>tar could not extract the archive on %1 (%2), so nothing was restored; check the free space and the names you chose.</source>
        <translation>tar konnte das Archiv auf %1 nicht entpacken (%2), daher wurde nichts wiederhergestellt; prüfen Sie den freien Platz und die gewählten Namen.</translation>
    </message>
    <message>
        <source>%1 already exists on %2; choose a new folder, or confirm restoring over it with the server&apos;s name.</source>
        <translation>%1 existiert bereits auf %2; wählen Sie einen neuen Ordner oder bestätigen Sie das Überschreiben mit dem Namen des Servers.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on %2; create it first or choose another target.</source>
        <translation>Der Ordner %1 existiert nicht auf %2; legen Sie ihn zuerst an oder wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <source>Cairn cannot write in %1 on %2; choose a folder the SSH user may write to.</source>
        <translation>Cairn kann nicht in %1 auf %2 schreiben; wählen Sie einen Ordner, in den der SSH-Benutzer schreiben darf.</translation>
    </message>
    <message>
        <source>The database %1 already exists on %2; choose a new name.</source>
        <translation>Die Datenbank %1 existiert bereits auf %2; wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>Cairn could not prepare the database on %1 (%2); check the database login.</source>
        <translation>Cairn konnte die Datenbank auf %1 nicht vorbereiten (%2); prüfen Sie die Datenbankanmeldung.</translation>
    </message>
    <message>
        <source>The restored files could not be moved into place on %1 (%2); the target was left as it was.</source>
        <translation>Die wiederhergestellten Dateien konnten auf %1 nicht an ihren Platz verschoben werden (%2); das Ziel blieb unverändert.</translation>
    </message>
    <message>
        <source>The archive holds no folder %1; choose a folder from the backup&apos;s index.</source>
        <translation>Das Archiv enthält keinen Ordner %1; wählen Sie einen Ordner aus dem Index der Sicherung.</translation>
    </message>
    <message>
        <source>%1 is not installed on %2; install it and try again.</source>
        <translation>%1 ist auf %2 nicht installiert; installieren Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cairn could not use the temporary folder on %1 (%2); check that /tmp is writable.</source>
        <translation>Cairn konnte den temporären Ordner auf %1 nicht verwenden (%2); prüfen Sie, ob /tmp beschreibbar ist.</translation>
    </message>
    <message>
        <source>The restore script on %1 stopped unexpectedly (%2); run it again, and check the server if it happens again.</source>
        <translation>Das Wiederherstellungsskript auf %1 wurde unerwartet beendet (%2); führen Sie es erneut aus und prüfen Sie den Server, wenn es wieder passiert.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest names an encryption this version of Cairn cannot read; update Cairn or restore it by hand as the README describes.</source>
        <translation>Das Manifest der Sicherung nennt eine Verschlüsselung, die diese Cairn-Version nicht lesen kann; aktualisieren Sie Cairn oder stellen Sie die Sicherung von Hand wieder her, wie es die README beschreibt.</translation>
    </message>
    <message>
        <source>Cairn cannot drill a backup of this kind; verify it instead.</source>
        <translation>Für eine Sicherung dieser Art kann Cairn keine Wiederherstellungsübung durchführen; prüfen Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>A restore drill loads into a scratch database Cairn names itself; start the drill again.</source>
        <translation>Eine Wiederherstellungsübung lädt in eine Arbeitsdatenbank, die Cairn selbst benennt; starten Sie die Übung erneut.</translation>
    </message>
    <message>
        <source>A restore drill checks backups of one database; verify this backup instead.</source>
        <translation>Eine Wiederherstellungsübung prüft Sicherungen einer einzelnen Datenbank; prüfen Sie diese Sicherung stattdessen.</translation>
    </message>
    <message>
        <source>unexpected row counts</source>
        <translation>unerwartete Zeilenzahlen</translation>
    </message>
    <message>
        <source>The backup of %1 recorded no row counts, so the drill checked only that the dump loads.</source>
        <translation>Die Sicherung von %1 hat keine Zeilenzahlen aufgezeichnet, daher hat die Übung nur geprüft, ob sich der Dump laden lässt.</translation>
    </message>
    <message>
        <source>the table %1 the backup recorded is missing</source>
        <translation>die von der Sicherung aufgezeichnete Tabelle %1 fehlt</translation>
    </message>
    <message>
        <source>it holds a table %1 the backup did not record</source>
        <translation>sie enthält eine Tabelle %1, die die Sicherung nicht aufgezeichnet hat</translation>
    </message>
    <message>
        <source>the table %1 holds %2 rows but the backup recorded %3</source>
        <translation>die Tabelle %1 enthält %2 Zeilen, aber die Sicherung hat %3 aufgezeichnet</translation>
    </message>
    <message>
        <source>The restore drill of %1 loaded the dump but %2, so the backup does not hold what was dumped; make a new backup and check the database server.</source>
        <translation>Die Wiederherstellungsübung von %1 hat den Dump geladen, aber %2, die Sicherung enthält also nicht, was gedumpt wurde; erstellen Sie eine neue Sicherung und prüfen Sie den Datenbankserver.</translation>
    </message>
    <message>
        <source>The restore drill could not load the dump into a scratch database on %1 (%2), so this backup may not be restorable there; check the database login, then make a new backup if it fails again.</source>
        <translation>Die Wiederherstellungsübung konnte den Dump auf %1 nicht in eine Arbeitsdatenbank laden (%2), daher lässt sich diese Sicherung dort womöglich nicht wiederherstellen; prüfen Sie die Datenbankanmeldung und erstellen Sie eine neue Sicherung, falls es erneut fehlschlägt.</translation>
    </message>
    <message>
        <source>The restore drill loaded the dump on %1 but could not count its tables&apos; rows (%2); check that the database login may read every table.</source>
        <translation>Die Wiederherstellungsübung hat den Dump auf %1 geladen, konnte aber die Zeilen seiner Tabellen nicht zählen (%2); prüfen Sie, ob die Datenbankanmeldung jede Tabelle lesen darf.</translation>
    </message>
    <message>
        <source>The restore drill on %1 could not drop its scratch database %2; drop it by hand and check that the database login may drop databases.</source>
        <translation>Die Wiederherstellungsübung auf %1 konnte ihre Arbeitsdatenbank %2 nicht löschen; löschen Sie sie von Hand und prüfen Sie, ob die Datenbankanmeldung Datenbanken löschen darf.</translation>
    </message>
    <message>
        <source>Cairn restores over a database only over the one the backup was made of (%1); choose a new database for any other name.</source>
        <translation>Cairn stellt nur über die Datenbank wieder her, aus der die Sicherung stammt (%1); wählen Sie für jeden anderen Namen eine neue Datenbank.</translation>
    </message>
    <message>
        <source>Restoring over the database %1 on %2 replaces what is there now; type the server&apos;s name (%2) to confirm.</source>
        <translation>Die Wiederherstellung über die Datenbank %1 auf %2 ersetzt, was jetzt darin ist; geben Sie zur Bestätigung den Namen des Servers (%2) ein.</translation>
    </message>
    <message>
        <source>The backup of %1 replaced the database %2 on %3, and its previous contents were dropped.</source>
        <translation>Die Sicherung von %1 hat die Datenbank %2 auf %3 ersetzt, und ihr vorheriger Inhalt wurde gelöscht.</translation>
    </message>
    <message>
        <source>A database the restore no longer needs could not be dropped and is kept as %1 on %2; drop it by hand once you have checked the restored one.</source>
        <translation>Eine Datenbank, die die Wiederherstellung nicht mehr braucht, konnte nicht gelöscht werden und bleibt als %1 auf %2 erhalten; löschen Sie sie von Hand, sobald Sie die wiederhergestellte geprüft haben.</translation>
    </message>
    <message>
        <source>Loading the dump into a staging database on %1; %2 stays as it is until the load and the checksum succeed.</source>
        <translation>Der Dump wird in eine Zwischendatenbank auf %1 geladen; %2 bleibt unverändert, bis das Laden und die Prüfsumme erfolgreich sind.</translation>
    </message>
    <message>
        <source>The dump loaded and the checksum matched; replacing %1 with the restored copy.</source>
        <translation>Der Dump wurde geladen und die Prüfsumme stimmt; %1 wird durch die wiederhergestellte Kopie ersetzt.</translation>
    </message>
    <message>
        <source>%1 now holds the restored copy; dropping its previous contents.</source>
        <translation>%1 enthält jetzt die wiederhergestellte Kopie; der vorherige Inhalt wird gelöscht.</translation>
    </message>
    <message>
        <source>Loading the dump into a staging copy of %1 on %2 failed (%3); %1 was left as it was, so check the database login and that the tables&apos; owners exist, then try again.</source>
        <translation>Das Laden des Dumps in eine Zwischenkopie von %1 auf %2 ist fehlgeschlagen (%3); %1 blieb unverändert, prüfen Sie also die Datenbankanmeldung und ob die Eigentümer der Tabellen existieren, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on %2, so there is nothing to restore over; restore into a new database instead.</source>
        <translation>Die Datenbank %1 existiert auf %2 nicht, es gibt also nichts zu überschreiben; stellen Sie stattdessen in einer neuen Datenbank wieder her.</translation>
    </message>
    <message>
        <source>%1 on %2 could not be replaced with the restored copy (%3); %1 was left as it was, so check that the database login may rename databases and try again.</source>
        <translation>%1 auf %2 konnte nicht durch die wiederhergestellte Kopie ersetzt werden (%3); %1 blieb unverändert, prüfen Sie also, ob die Datenbankanmeldung Datenbanken umbenennen darf, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cairn could not take a safety copy of %1 on %2 before replacing it (%3); %1 was left as it was, so check the database login and the free space in /tmp.</source>
        <translation>Cairn konnte vor dem Ersetzen keine Sicherheitskopie von %1 auf %2 anlegen (%3); %1 blieb unverändert, prüfen Sie also die Datenbankanmeldung und den freien Speicherplatz in /tmp.</translation>
    </message>
    <message>
        <source>Loading the restored copy into %1 on %2 failed (%3), so Cairn put the original contents back from its safety copy; check the database server&apos;s log and try again.</source>
        <translation>Das Laden der wiederhergestellten Kopie in %1 auf %2 ist fehlgeschlagen (%3), daher hat Cairn den ursprünglichen Inhalt aus seiner Sicherheitskopie zurückgespielt; prüfen Sie das Protokoll des Datenbankservers und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Loading the restored copy into %1 on %2 failed (%3) and so did putting the original back; its safety copy is kept in %4, so check the database server now and load it by hand.</source>
        <translation>Das Laden der wiederhergestellten Kopie in %1 auf %2 ist fehlgeschlagen (%3), ebenso das Zurückspielen des Originals; die Sicherheitskopie bleibt in %4 erhalten, prüfen Sie also jetzt den Datenbankserver und laden Sie sie von Hand.</translation>
    </message>
    <message numerus="yes">
        <source>The restore drill of %1 passed on %2: the dump loaded into a scratch database with %n table(s) as recorded, and the scratch database was dropped.</source>
        <translation>
            <numerusform>Die Wiederherstellungsübung von %1 auf %2 war erfolgreich: Der Dump wurde wie aufgezeichnet mit %n Tabelle in eine Arbeitsdatenbank geladen, und die Arbeitsdatenbank wurde gelöscht.</numerusform>
            <numerusform>Die Wiederherstellungsübung von %1 auf %2 war erfolgreich: Der Dump wurde wie aufgezeichnet mit %n Tabellen in eine Arbeitsdatenbank geladen, und die Arbeitsdatenbank wurde gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) changed while the backup ran, so only their presence was checked.</source>
        <translation>
            <numerusform>%n Tabelle hat sich während der Sicherung geändert, daher wurde nur ihr Vorhandensein geprüft.</numerusform>
            <numerusform>%n Tabellen haben sich während der Sicherung geändert, daher wurde nur ihr Vorhandensein geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) are using database %1 on %2; stop the applications that use it and restore again.</source>
        <translation>
            <numerusform>%n Sitzung verwendet die Datenbank %1 auf %2; beenden Sie die Anwendung, die sie verwendet, und starten Sie die Wiederherstellung erneut.</numerusform>
            <numerusform>%n Sitzungen verwenden die Datenbank %1 auf %2; beenden Sie die Anwendungen, die sie verwenden, und starten Sie die Wiederherstellung erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::RestoreServerPage</name>
    <message>
        <source>Which server should get the data back?</source>
        <translation>Welcher Server soll die Daten zurückbekommen?</translation>
    </message>
    <message>
        <source>The server downloads the backup from your storage by itself; the data never passes through this computer.</source>
        <translation>Der Server lädt die Sicherung selbst aus Ihrem Speicher herunter; die Daten laufen nie über diesen Computer.</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Only servers of the same client are listed: Cairn never moves one client&apos;s data to another client&apos;s server.</source>
        <translation>Nur Server desselben Kunden werden aufgeführt: Cairn überträgt nie die Daten eines Kunden auf den Server eines anderen Kunden.</translation>
    </message>
    <message>
        <source>This client has no servers any more. Add one on the Servers page, then restore.</source>
        <translation>Dieser Kunde hat keine Server mehr. Fügen Sie auf der Seite Server einen hinzu und stellen Sie dann wieder her.</translation>
    </message>
    <message>
        <source>%1 — where this backup was made (%2)</source>
        <translation>%1 — wo diese Sicherung erstellt wurde (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cairn::RestoreSummaryPage</name>
    <message>
        <source>Ready to restore</source>
        <translation>Bereit zur Wiederherstellung</translation>
    </message>
    <message>
        <source>Check what will happen, then start the restore.</source>
        <translation>Prüfen Sie, was geschehen wird, und starten Sie dann die Wiederherstellung.</translation>
    </message>
    <message>
        <source>Backup: %1 of %2, made %3 (%4).</source>
        <translation>Sicherung: %1 von %2, erstellt %3 (%4).</translation>
    </message>
    <message>
        <source>The database is loaded into a new database named %1 on %2.</source>
        <translation>Die Datenbank wird in eine neue Datenbank namens %1 auf %2 geladen.</translation>
    </message>
    <message>
        <source>The files replace what is in %1 on %2 now.</source>
        <translation>Die Dateien ersetzen den aktuellen Inhalt von %1 auf %2.</translation>
    </message>
    <message>
        <source>The files go into the new folder %1 on %2; nothing else there is changed.</source>
        <translation>Die Dateien kommen in den neuen Ordner %1 auf %2; sonst wird dort nichts verändert.</translation>
    </message>
    <message>
        <source>Everything in the backup is restored.</source>
        <translation>Alles in der Sicherung wird wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer Eintrag</numerusform>
            <numerusform>%1 und %n weitere Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Only what you chose is restored: %1.</source>
        <translation>Nur Ihre Auswahl wird wiederhergestellt: %1.</translation>
    </message>
    <message>
        <source>%1 downloads the backup from your storage, checks that it is exactly what was stored, and only then puts the result in place; if anything fails, the server is left as it was.</source>
        <translation>%1 lädt die Sicherung aus Ihrem Speicher herunter, prüft, ob sie genau dem Gespeicherten entspricht, und setzt das Ergebnis erst dann ein; schlägt etwas fehl, bleibt der Server unverändert.</translation>
    </message>
    <message>
        <source>You can follow the restore and cancel it in Activity.</source>
        <translation>Sie können die Wiederherstellung unter Aktivität verfolgen und abbrechen.</translation>
    </message>
    <message>
        <source>This replaces the database %1 on %2; the current contents are dropped once the restored copy has loaded.</source>
        <translation>Dies ersetzt die Datenbank %1 auf %2; der aktuelle Inhalt wird gelöscht, sobald die wiederhergestellte Kopie geladen ist.</translation>
    </message>
</context>
<context>
    <name>cairn::RestoreTarget</name>
    <message>
        <source>This backup holds the whole file system; restore it into a new folder and move what you need.</source>
        <translation>Diese Sicherung enthält das ganze Dateisystem; stellen Sie sie in einem neuen Ordner wieder her und verschieben Sie, was Sie brauchen.</translation>
    </message>
    <message>
        <source>This backup names no folder; restore it into a new folder and move what you need.</source>
        <translation>Diese Sicherung nennt keinen Ordner; stellen Sie sie in einem neuen Ordner wieder her und verschieben Sie, was Sie brauchen.</translation>
    </message>
    <message numerus="yes">
        <source>This backup holds %n folders; restore it into a new folder and move what you need.</source>
        <translation>
            <numerusform>Diese Sicherung enthält %n Ordner; stellen Sie sie in einem neuen Ordner wieder her und verschieben Sie, was Sie brauchen.</numerusform>
            <numerusform>Diese Sicherung enthält %n Ordner; stellen Sie sie in einem neuen Ordner wieder her und verschieben Sie, was Sie brauchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup&apos;s manifest does not name its database; restore it into a new database.</source>
        <translation>Das Manifest der Sicherung nennt ihre Datenbank nicht; stellen Sie sie in einer neuen Datenbank wieder her.</translation>
    </message>
</context>
<context>
    <name>cairn::RestoreTargetPage</name>
    <message>
        <source>Where should the restored data go?</source>
        <translation>Wohin sollen die wiederhergestellten Daten?</translation>
    </message>
    <message>
        <source>Into a &amp;new folder (recommended)</source>
        <translation>In einen &amp;neuen Ordner (empfohlen)</translation>
    </message>
    <message>
        <source>New folder on the server</source>
        <translation>Neuer Ordner auf dem Server</translation>
    </message>
    <message>
        <source>Nothing on the server is replaced. Look through the restored copy, then move what you need.</source>
        <translation>Auf dem Server wird nichts ersetzt. Sehen Sie die wiederhergestellte Kopie durch und verschieben Sie dann, was Sie brauchen.</translation>
    </message>
    <message>
        <source>Server name, typed to confirm</source>
        <translation>Servername, zur Bestätigung eingegeben</translation>
    </message>
    <message>
        <source>New database name</source>
        <translation>Name der neuen Datenbank</translation>
    </message>
    <message>
        <source>The files go back onto %1.</source>
        <translation>Die Dateien kommen zurück auf %1.</translation>
    </message>
    <message>
        <source>The database is loaded on %1.</source>
        <translation>Die Datenbank wird auf %1 geladen.</translation>
    </message>
    <message>
        <source>&amp;Over the original location, %1</source>
        <translation>&amp;Über den ursprünglichen Ort, %1</translation>
    </message>
    <message>
        <source>&amp;Over the original location</source>
        <translation>&amp;Über den ursprünglichen Ort</translation>
    </message>
    <message>
        <source>This replaces what is in %1 on %2 now with the copy from the backup. Files added since the backup are lost.</source>
        <translation>Dies ersetzt den aktuellen Inhalt von %1 auf %2 durch die Kopie aus der Sicherung. Dateien, die seit der Sicherung hinzugekommen sind, gehen verloren.</translation>
    </message>
    <message>
        <source>To confirm, type the server&apos;s name (%1):</source>
        <translation>Geben Sie zur Bestätigung den Namen des Servers ein (%1):</translation>
    </message>
    <message>
        <source>The new folder must be a full path that starts with &quot;/&quot;, for example /srv/restored.</source>
        <translation>Der neue Ordner muss ein vollständiger Pfad sein, der mit &quot;/&quot; beginnt, zum Beispiel /srv/restored.</translation>
    </message>
    <message>
        <source>Type the server&apos;s name exactly as shown to confirm.</source>
        <translation>Geben Sie zur Bestätigung den Namen des Servers genau wie angezeigt ein.</translation>
    </message>
    <message>
        <source>Name the new database.</source>
        <translation>Geben Sie der neuen Datenbank einen Namen.</translation>
    </message>
    <message>
        <source>Into a &amp;new database (recommended)</source>
        <translation>In eine &amp;neue Datenbank (empfohlen)</translation>
    </message>
    <message>
        <source>Nothing your applications use is changed. When the restored copy looks right, point your application at it or rename it.</source>
        <translation>Nichts, was Ihre Anwendungen verwenden, wird verändert. Wenn die wiederhergestellte Kopie stimmt, stellen Sie Ihre Anwendung auf sie um oder benennen Sie sie um.</translation>
    </message>
    <message>
        <source>&amp;Over the original database</source>
        <translation>&amp;Über die ursprüngliche Datenbank</translation>
    </message>
    <message>
        <source>&amp;Over the original database, %1</source>
        <translation>&amp;Über die ursprüngliche Datenbank, %1</translation>
    </message>
    <message>
        <source>This replaces the database %1 on %2 with the copy from the backup. Changes made since the backup are lost.</source>
        <translation>Dies ersetzt die Datenbank %1 auf %2 durch die Kopie aus der Sicherung. Änderungen seit der Sicherung gehen verloren.</translation>
    </message>
    <message>
        <source>The dump is first loaded into a staging database and checked; only then does it replace %1, and its current contents are dropped. If anything fails before that, %1 is left as it is.</source>
        <translation>Der Dump wird zuerst in eine Zwischendatenbank geladen und geprüft; erst dann ersetzt er %1, und deren aktueller Inhalt wird gelöscht. Schlägt vorher etwas fehl, bleibt %1 unverändert.</translation>
    </message>
    <message>
        <source>Stop the applications that use %1 first: PostgreSQL cannot replace a database that has open connections.</source>
        <translation>Beenden Sie zuerst die Anwendungen, die %1 verwenden: PostgreSQL kann keine Datenbank ersetzen, zu der noch Verbindungen offen sind.</translation>
    </message>
    <message>
        <source>Applications that use %1 see it empty while the restored copy loads into it, so stop them first.</source>
        <translation>Anwendungen, die %1 verwenden, sehen sie leer, während die wiederhergestellte Kopie hineingeladen wird; beenden Sie sie also zuerst.</translation>
    </message>
</context>
<context>
    <name>cairn::RestoreWhatPage</name>
    <message>
        <source>What do you want back?</source>
        <translation>Was möchten Sie zurückhaben?</translation>
    </message>
    <message>
        <source>Restore everything the backup holds, or only the files and folders you tick.</source>
        <translation>Stellen Sie alles wieder her, was die Sicherung enthält, oder nur die Dateien und Ordner, die Sie ankreuzen.</translation>
    </message>
    <message>
        <source>&amp;Everything in the backup</source>
        <translation>&amp;Alles in der Sicherung</translation>
    </message>
    <message>
        <source>&amp;Only the files and folders I choose</source>
        <translation>&amp;Nur die Dateien und Ordner, die ich auswähle</translation>
    </message>
    <message>
        <source>Filter files by name</source>
        <translation>Dateien nach Namen filtern</translation>
    </message>
    <message>
        <source>Find files by name</source>
        <translation>Dateien nach Namen suchen</translation>
    </message>
    <message>
        <source>Files in the backup</source>
        <translation>Dateien in der Sicherung</translation>
    </message>
    <message>
        <source>Loading the list of files in this backup…</source>
        <translation>Die Liste der Dateien in dieser Sicherung wird geladen…</translation>
    </message>
    <message>
        <source>No file or folder name contains &quot;%1&quot;.</source>
        <translation>Kein Datei- oder Ordnername enthält „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, %1 in files.</source>
        <translation>
            <numerusform>%n Eintrag, %1 in Dateien.</numerusform>
            <numerusform>%n Einträge, %1 in Dateien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match.</source>
        <translation>
            <numerusform>%n Eintrag passt.</numerusform>
            <numerusform>%n Einträge passen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::RestoreWizard</name>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Start restore</source>
        <translation>Wiederherstellung &amp;starten</translation>
    </message>
    <message>
        <source>Restore over the original files</source>
        <translation>Über die ursprünglichen Dateien wiederherstellen</translation>
    </message>
    <message>
        <source>The backup is no longer in the catalogue; choose another backup.</source>
        <translation>Die Sicherung ist nicht mehr im Katalog; wählen Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>Reading the keys from the keychain…</source>
        <translation>Die Schlüssel werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Cairn could not start the restore; try again.</source>
        <translation>Cairn konnte die Wiederherstellung nicht starten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Restore over the original database</source>
        <translation>Über die ursprüngliche Datenbank wiederherstellen</translation>
    </message>
</context>
<context>
    <name>cairn::Retention</name>
    <message>
        <source>Retention counts must be between 0 and %1; 0 means the rule is not used.</source>
        <translation>Aufbewahrungszahlen müssen zwischen 0 und %1 liegen; 0 bedeutet, dass die Regel nicht verwendet wird.</translation>
    </message>
    <message>
        <source>The minimum age must be between 0 and %1 days.</source>
        <translation>Das Mindestalter muss zwischen 0 und %1 Tagen liegen.</translation>
    </message>
    <message>
        <source>keep every backup</source>
        <translation>jede Sicherung behalten</translation>
    </message>
    <message numerus="yes">
        <source>keep the last %n</source>
        <translation>
            <numerusform>die letzte %n behalten</numerusform>
            <numerusform>die letzten %n behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n daily</source>
        <translation>
            <numerusform>%n tägliche</numerusform>
            <numerusform>%n tägliche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly</source>
        <translation>
            <numerusform>%n wöchentliche</numerusform>
            <numerusform>%n wöchentliche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n monthly</source>
        <translation>
            <numerusform>%n monatliche</numerusform>
            <numerusform>%n monatliche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none younger than %n days</source>
        <translation>
            <numerusform>keine jünger als %n Tag</numerusform>
            <numerusform>keine jünger als %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::RunDetailsDialog</name>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>What happened so far:</source>
        <translation>Bisheriger Verlauf:</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Protokoll des Laufs</translation>
    </message>
    <message>
        <source>The server&apos;s last error output:</source>
        <translation>Die letzte Fehlerausgabe des Servers:</translation>
    </message>
    <message>
        <source>Server error output</source>
        <translation>Fehlerausgabe des Servers</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cairn::RunManager</name>
    <message>
        <source>The job %1 is already %2; wait for it to end.</source>
        <translation>Der Auftrag %1 ist bereits %2; warten Sie, bis er endet.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in Ausführung</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>Cairn could not record the run of %1; check that its database is writable.</source>
        <translation>Cairn konnte den Lauf von %1 nicht aufzeichnen; prüfen Sie, ob seine Datenbank beschreibbar ist.</translation>
    </message>
    <message>
        <source>The run was cancelled before it started.</source>
        <translation>Der Lauf wurde abgebrochen, bevor er begann.</translation>
    </message>
    <message>
        <source>The restore was cancelled before it started.</source>
        <translation>Die Wiederherstellung wurde abgebrochen, bevor sie begann.</translation>
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
    <name>cairn::S3Client</name>
    <message>
        <source>The access key ID is empty; enter the access key ID from the provider&apos;s console.</source>
        <translation>Die Zugriffsschlüssel-ID ist leer; geben Sie die Zugriffsschlüssel-ID aus der Konsole des Anbieters ein.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 could not be read as PEM certificates; choose the file with the storage server&apos;s CA certificate.</source>
        <translation>Die CA-Zertifikatsdatei %1 ließ sich nicht als PEM-Zertifikate lesen; wählen Sie die Datei mit dem CA-Zertifikat des Speicherservers.</translation>
    </message>
    <message>
        <source>Storage calls need a running application object; create one first.</source>
        <translation>Speicheraufrufe brauchen ein laufendes Anwendungsobjekt; erstellen Sie zuerst eines.</translation>
    </message>
    <message>
        <source>Storage calls must run in a worker thread, not the GUI thread; this is a bug in Cairn.</source>
        <translation>Speicheraufrufe müssen in einem Worker-Thread laufen, nicht im GUI-Thread; das ist ein Fehler in Cairn.</translation>
    </message>
    <message>
        <source>A storage client was used from two threads; this is a bug in Cairn.</source>
        <translation>Ein Speicher-Client wurde aus zwei Threads verwendet; das ist ein Fehler in Cairn.</translation>
    </message>
    <message>
        <source>The object %1 is larger than this call reads (%2 bytes); it is not a small object.</source>
        <translation>Das Objekt %1 ist größer, als dieser Aufruf liest (%2 Bytes); es ist kein kleines Objekt.</translation>
    </message>
    <message>
        <source>The object key is empty; name the object.</source>
        <translation>Der Objektschlüssel ist leer; benennen Sie das Objekt.</translation>
    </message>
    <message>
        <source>An object key is empty or holds control characters a batch delete cannot carry; delete that object on its own.</source>
        <translation>Ein Objektschlüssel ist leer oder enthält Steuerzeichen, die ein Sammel-Löschvorgang nicht übertragen kann; löschen Sie dieses Objekt einzeln.</translation>
    </message>
    <message>
        <source>A multipart upload needs a key, an upload id and at least one part; start the upload again.</source>
        <translation>Ein Multipart-Upload braucht einen Schlüssel, eine Upload-ID und mindestens einen Teil; starten Sie den Upload erneut.</translation>
    </message>
    <message>
        <source>Aborting an upload needs its key and upload id; list the uploads first.</source>
        <translation>Zum Abbrechen eines Uploads sind dessen Schlüssel und Upload-ID nötig; listen Sie zuerst die Uploads auf.</translation>
    </message>
    <message>
        <source>Leftover uploads must be removed after 1 to 3650 days; choose a number in that range.</source>
        <translation>Liegengebliebene Uploads müssen nach 1 bis 3650 Tagen entfernt werden; wählen Sie eine Zahl in diesem Bereich.</translation>
    </message>
</context>
<context>
    <name>cairn::S3Endpoint</name>
    <message>
        <source>The storage endpoint is not a valid http:// or https:// address; check the endpoint URL.</source>
        <translation>Der Speicher-Endpunkt ist keine gültige http://- oder https://-Adresse; prüfen Sie die Endpunkt-URL.</translation>
    </message>
    <message>
        <source>The storage endpoint must be a plain address without user name, query or fragment; remove them.</source>
        <translation>Der Speicher-Endpunkt muss eine einfache Adresse ohne Benutzernamen, Query oder Fragment sein; entfernen Sie diese.</translation>
    </message>
    <message>
        <source>The bucket name is empty or contains a slash; enter the bucket name alone.</source>
        <translation>Der Bucket-Name ist leer oder enthält einen Schrägstrich; geben Sie nur den Bucket-Namen ein.</translation>
    </message>
    <message>
        <source>The storage region is empty; enter the region the bucket was created in.</source>
        <translation>Die Speicherregion ist leer; geben Sie die Region ein, in der der Bucket angelegt wurde.</translation>
    </message>
</context>
<context>
    <name>cairn::S3Error</name>
    <message>
        <source>The storage does not know the access key ID %1; check that it was copied completely and belongs to this provider.</source>
        <translation>Der Speicher kennt die Zugriffsschlüssel-ID %1 nicht; prüfen Sie, ob sie vollständig kopiert wurde und zu diesem Anbieter gehört.</translation>
    </message>
    <message>
        <source>The storage rejected the secret access key for %1; enter the secret that belongs to this access key again.</source>
        <translation>Der Speicher hat den geheimen Zugriffsschlüssel für %1 abgelehnt; geben Sie das zu diesem Zugriffsschlüssel gehörende Geheimnis erneut ein.</translation>
    </message>
    <message>
        <source>The bucket %1 does not exist at %2; check the bucket name and the endpoint.</source>
        <translation>Den Bucket %1 gibt es unter %2 nicht; prüfen Sie den Bucket-Namen und den Endpunkt.</translation>
    </message>
    <message>
        <source>The object %1 does not exist in bucket %2; it was deleted or never written.</source>
        <translation>Das Objekt %1 gibt es im Bucket %2 nicht; es wurde gelöscht oder nie geschrieben.</translation>
    </message>
    <message>
        <source>The multipart upload no longer exists (it was completed or aborted); start the upload again.</source>
        <translation>Der Multipart-Upload existiert nicht mehr (er wurde abgeschlossen oder abgebrochen); starten Sie den Upload erneut.</translation>
    </message>
    <message>
        <source>The bucket %1 is in region %2, not %3; change the storage region to %2.</source>
        <translation>Der Bucket %1 liegt in der Region %2, nicht in %3; ändern Sie die Speicherregion auf %2.</translation>
    </message>
    <message>
        <source>The bucket %1 is not in region %2; change the storage region to the one the bucket was created in.</source>
        <translation>Der Bucket %1 liegt nicht in der Region %2; ändern Sie die Speicherregion auf die, in der der Bucket angelegt wurde.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the storage server&apos;s by more than 15 minutes; turn on automatic date and time and try again.</source>
        <translation>Die Uhr dieses Computers weicht um mehr als 15 Minuten von der des Speicherservers ab; schalten Sie die automatische Datums- und Uhrzeiteinstellung ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The access key %1 is not allowed to do this in bucket %2; give it permission to list, read, write and delete objects there.</source>
        <translation>Der Zugriffsschlüssel %1 darf dies im Bucket %2 nicht; geben Sie ihm dort die Berechtigung, Objekte aufzulisten, zu lesen, zu schreiben und zu löschen.</translation>
    </message>
    <message>
        <source>The storage received other bytes than were signed (Content-MD5 mismatch); the data changed on the way, so send it again.</source>
        <translation>Der Speicher hat andere Bytes empfangen, als signiert wurden (Content-MD5 stimmt nicht überein); die Daten wurden unterwegs verändert, senden Sie sie also erneut.</translation>
    </message>
    <message>
        <source>The storage refused to assemble the uploaded parts (%1); upload the object again.</source>
        <translation>Der Speicher hat sich geweigert, die hochgeladenen Teile zusammenzusetzen (%1); laden Sie das Objekt erneut hoch.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2); check the endpoint address, or add the server&apos;s CA certificate if the storage is self-hosted.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2); prüfen Sie die Endpunkt-Adresse oder fügen Sie das CA-Zertifikat des Servers hinzu, wenn der Speicher selbst betrieben wird.</translation>
    </message>
    <message>
        <source>Nothing accepted the connection at %1; check the endpoint address and port.</source>
        <translation>Unter %1 hat nichts die Verbindung angenommen; prüfen Sie Endpunkt-Adresse und Port.</translation>
    </message>
    <message>
        <source>The storage host %1 could not be found; check the endpoint address and the internet connection.</source>
        <translation>Der Speicher-Host %1 wurde nicht gefunden; prüfen Sie die Endpunkt-Adresse und die Internetverbindung.</translation>
    </message>
    <message>
        <source>The storage at %1 did not answer in time; check the connection and try again.</source>
        <translation>Der Speicher unter %1 hat nicht rechtzeitig geantwortet; prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The storage request was cancelled.</source>
        <translation>Die Speicheranfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The storage at %1 sent an answer that is not S3; check that the endpoint is an S3 API address.</source>
        <translation>Der Speicher unter %1 hat eine Antwort gesendet, die kein S3 ist; prüfen Sie, ob der Endpunkt eine S3-API-Adresse ist.</translation>
    </message>
    <message>
        <source>The storage refused the request (HTTP %1 %2); check the storage settings and try again.</source>
        <translation>Der Speicher hat die Anfrage abgelehnt (HTTP %1 %2); prüfen Sie die Speichereinstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>without an error code</source>
        <translation>ohne Fehlercode</translation>
    </message>
    <message>
        <source>The connection to the storage at %1 failed (%2); check the connection and try again.</source>
        <translation>Die Verbindung zum Speicher unter %1 ist fehlgeschlagen (%2); prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>cairn::S3Presigner</name>
    <message>
        <source>A presigned URL must be valid for 15 minutes to 7 days; choose an expiry in that range.</source>
        <translation>Eine vorsignierte URL muss 15 Minuten bis 7 Tage gültig sein; wählen Sie eine Gültigkeitsdauer in diesem Bereich.</translation>
    </message>
    <message>
        <source>The object key is empty; name the object to read.</source>
        <translation>Der Objektschlüssel ist leer; benennen Sie das zu lesende Objekt.</translation>
    </message>
    <message>
        <source>The object key is empty; name the object to write.</source>
        <translation>Der Objektschlüssel ist leer; benennen Sie das zu schreibende Objekt.</translation>
    </message>
    <message>
        <source>A single upload must be 0 bytes to 5 GiB; use a multipart upload for more.</source>
        <translation>Ein einzelner Upload muss 0 Bytes bis 5 GiB groß sein; verwenden Sie für mehr einen Multipart-Upload.</translation>
    </message>
    <message>
        <source>The Content-MD5 value is not the base64 of an MD5 digest; compute it again.</source>
        <translation>Der Content-MD5-Wert ist nicht das Base64 eines MD5-Digests; berechnen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The object key or upload id is empty; start the multipart upload first.</source>
        <translation>Objektschlüssel oder Upload-ID ist leer; starten Sie zuerst den Multipart-Upload.</translation>
    </message>
    <message>
        <source>A part number must be between 1 and 10000; use larger parts.</source>
        <translation>Eine Teilnummer muss zwischen 1 und 10000 liegen; verwenden Sie größere Teile.</translation>
    </message>
    <message>
        <source>A part must be 0 bytes to 5 GiB; use a smaller part size.</source>
        <translation>Ein Teil muss 0 Bytes bis 5 GiB groß sein; verwenden Sie eine kleinere Teilgröße.</translation>
    </message>
</context>
<context>
    <name>cairn::Schedule</name>
    <message>
        <source>&apos;%1&apos; is not a time of day; write HH:MM from 00:00 to 23:59.</source>
        <translation>„%1“ ist keine Uhrzeit; schreiben Sie HH:MM von 00:00 bis 23:59.</translation>
    </message>
    <message>
        <source>Only when started by hand</source>
        <translation>Nur bei manuellem Start</translation>
    </message>
    <message>
        <source>Every hour, on the hour</source>
        <translation>Stündlich zur vollen Stunde</translation>
    </message>
    <message>
        <source>Every hour at minute %1</source>
        <translation>Stündlich zur Minute %1</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>Jeden Tag um %1</translation>
    </message>
    <message>
        <source>Every %1 at %2</source>
        <translation>Jeden %1 um %2</translation>
    </message>
    <message>
        <source>On day %1 of every month at %2 (the last day in shorter months)</source>
        <translation>Am %1. jedes Monats um %2 (in kürzeren Monaten am letzten Tag)</translation>
    </message>
    <message>
        <source>On day %1 of every month at %2</source>
        <translation>Am %1. jedes Monats um %2</translation>
    </message>
    <message>
        <source>%1, %2 time</source>
        <translation>%1, Zeitzone %2</translation>
    </message>
    <message>
        <source>%1, starting up to %2 later</source>
        <translation>%1, Start bis zu %2 später</translation>
    </message>
    <message>
        <source>%1 at %2 %3</source>
        <translation>%1 um %2 %3</translation>
    </message>
    <message>
        <source>The schedule is longer than %1 characters; write for example &apos;daily 02:30&apos;.</source>
        <translation>Der Zeitplan ist länger als %1 Zeichen; schreiben Sie zum Beispiel „daily 02:30“.</translation>
    </message>
    <message>
        <source>The schedule contains the character %1, which a schedule never uses; write for example &apos;daily 02:30&apos;.</source>
        <translation>Der Zeitplan enthält das Zeichen %1, das in einem Zeitplan nie vorkommt; schreiben Sie zum Beispiel „daily 02:30“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a schedule; write hourly :MM, daily HH:MM, weekly DAYS HH:MM, monthly DAY HH:MM or a cron expression such as &apos;0 2 * * *&apos;.</source>
        <translation>„%1“ ist kein Zeitplan; schreiben Sie hourly :MM, daily HH:MM, weekly TAGE HH:MM, monthly TAG HH:MM oder einen Cron-Ausdruck wie „0 2 * * *“.</translation>
    </message>
    <message>
        <source>The minute &apos;%1&apos; is outside 0-59; use 0-59, for example &apos;hourly :15&apos;.</source>
        <translation>Die Minute „%1“ liegt außerhalb von 0-59; verwenden Sie 0-59, zum Beispiel „hourly :15“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the week or a range of days; write for example mon,wed,fri or mon-fri.</source>
        <translation>„%1“ ist kein Wochentag und kein Bereich von Tagen; schreiben Sie zum Beispiel mon,wed,fri oder mon-fri.</translation>
    </message>
    <message>
        <source>The day of month &apos;%1&apos; is outside 1-31; use 1-31 (29 to 31 fall on the last day of shorter months).</source>
        <translation>Der Tag des Monats „%1“ liegt außerhalb von 1-31; verwenden Sie 1-31 (29 bis 31 fallen in kürzeren Monaten auf den letzten Tag).</translation>
    </message>
    <message>
        <source>The schedule option &apos;%1&apos; is unknown; use tz=, offset=, missed= or target=.</source>
        <translation>Die Zeitplan-Option „%1“ ist unbekannt; verwenden Sie tz=, offset=, missed= oder target=.</translation>
    </message>
    <message>
        <source>The schedule option &apos;%1&apos; appears twice; keep one.</source>
        <translation>Die Zeitplan-Option „%1“ kommt zweimal vor; behalten Sie eine.</translation>
    </message>
    <message>
        <source>The time zone &apos;%1&apos; is unknown; use an IANA name such as Europe/Berlin.</source>
        <translation>Die Zeitzone „%1“ ist unbekannt; verwenden Sie einen IANA-Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>The random offset &apos;%1&apos; is not a duration up to 24 hours; write for example 30m or 2h.</source>
        <translation>Der zufällige Versatz „%1“ ist keine Dauer bis 24 Stunden; schreiben Sie zum Beispiel 30m oder 2h.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a missed-run policy; use missed=catch-up or missed=skip.</source>
        <translation>„%1“ ist keine Regel für verpasste Läufe; verwenden Sie missed=catch-up oder missed=skip.</translation>
    </message>
    <message>
        <source>The target age &apos;%1&apos; is not a duration from 5 minutes to 400 days; write for example 26h or 8d.</source>
        <translation>Das Zielalter „%1“ ist keine Dauer von 5 Minuten bis 400 Tagen; schreiben Sie zum Beispiel 26h oder 8d.</translation>
    </message>
</context>
<context>
    <name>cairn::ScheduleService</name>
    <message>
        <source>Cairn is stopping, so it starts no more backups.</source>
        <translation>Cairn wird beendet und startet daher keine Sicherungen mehr.</translation>
    </message>
    <message>
        <source>Schedules are not running yet.</source>
        <translation>Zeitpläne laufen noch nicht.</translation>
    </message>
    <message>
        <source>The schedule of %1 cannot be read (%2); set it again.</source>
        <translation>Der Zeitplan von %1 kann nicht gelesen werden (%2); legen Sie ihn erneut fest.</translation>
    </message>
    <message>
        <source>The job %1 is already running; wait for it to end.</source>
        <translation>Der Auftrag %1 läuft bereits; warten Sie, bis er endet.</translation>
    </message>
    <message>
        <source>Cairn stopped before the run could start.</source>
        <translation>Cairn wurde beendet, bevor der Lauf beginnen konnte.</translation>
    </message>
    <message>
        <source>Cairn could not read the webhook address of %1 from the keychain (%2); set it again with cairn-cli client webhook.</source>
        <translation>Cairn konnte die Webhook-Adresse von %1 nicht aus dem Schlüsselbund lesen (%2); legen Sie sie mit cairn-cli client webhook erneut fest.</translation>
    </message>
    <message>
        <source>Cairn could not save the schedule (%1); check the disk and the database file.</source>
        <translation>Cairn konnte den Zeitplan nicht speichern (%1); prüfen Sie die Festplatte und die Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cairn could not read the secret of the storage %1 to remove partial uploads an interrupted backup left there (%2); set the storage&apos;s key again.</source>
        <translation>Cairn konnte das Geheimnis des Speichers %1 nicht lesen, um unvollständige Uploads zu entfernen, die eine unterbrochene Sicherung dort hinterlassen hat (%2); legen Sie den Schlüssel des Speichers erneut fest.</translation>
    </message>
    <message>
        <source>Cairn is removing partial uploads an interrupted backup left behind; schedules start right after.</source>
        <translation>Cairn entfernt unvollständige Uploads, die eine unterbrochene Sicherung hinterlassen hat; die Zeitpläne starten direkt danach.</translation>
    </message>
    <message>
        <source>The verify schedule of %1 cannot be read (%2); set it again.</source>
        <translation>Der Prüfzeitplan von %1 kann nicht gelesen werden (%2); legen Sie ihn erneut fest.</translation>
    </message>
    <message>
        <source>%1 has no complete backup to verify yet; the next scheduled verify tries again.</source>
        <translation>%1 hat noch keine vollständige Sicherung zum Prüfen; die nächste geplante Prüfung versucht es erneut.</translation>
    </message>
    <message>
        <source>Cairn stopped before the verification could start.</source>
        <translation>Cairn wurde beendet, bevor die Prüfung starten konnte.</translation>
    </message>
    <message>
        <source>The scheduled verify of the newest backup of %1 failed: %2</source>
        <translation>Die geplante Prüfung der neuesten Sicherung von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>cairn::ScheduleStateStore</name>
    <message>
        <source>Cairn could not read when job %1 last ran on schedule (%2); check the database file.</source>
        <translation>Cairn konnte nicht lesen, wann Auftrag %1 zuletzt planmäßig lief (%2); prüfen Sie die Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cairn could not record that job %1 ran on schedule (%2); it may run that slot again after a restart, so check the disk and the database file.</source>
        <translation>Cairn konnte nicht aufzeichnen, dass Auftrag %1 planmäßig lief (%2); er könnte diesen Termin nach einem Neustart erneut ausführen, prüfen Sie also das Laufwerk und die Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cairn could not record that job %1 ran on schedule, because the job is not in the database; remove it from the schedule or add it again.</source>
        <translation>Cairn konnte nicht aufzeichnen, dass Auftrag %1 planmäßig lief, weil der Auftrag nicht in der Datenbank steht; entfernen Sie ihn aus dem Zeitplan oder fügen Sie ihn erneut hinzu.</translation>
    </message>
    <message>
        <source>Cairn could not clear the schedule record of job %1 (%2); check the database file.</source>
        <translation>Cairn konnte den Zeitplan-Eintrag von Auftrag %1 nicht löschen (%2); prüfen Sie die Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cairn could not read whether schedules are paused (%1); check the database file.</source>
        <translation>Cairn konnte nicht lesen, ob die Zeitpläne pausiert sind (%1); prüfen Sie die Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cairn could not record the pause of schedules (%1); check the disk and the database file.</source>
        <translation>Cairn konnte das Pausieren der Zeitpläne nicht aufzeichnen (%1); prüfen Sie das Laufwerk und die Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cairn could not read the results of past backups (%1); check the database file.</source>
        <translation>Cairn konnte die Ergebnisse früherer Sicherungen nicht lesen (%1); prüfen Sie die Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cairn could not read which overdue jobs it already reported (%1); check the database file.</source>
        <translation>Cairn konnte nicht lesen, welche überfälligen Aufträge es bereits gemeldet hat (%1); prüfen Sie die Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cairn could not record that it reported job %1 overdue (%2); it may report it again after a restart, so check the disk and the database file.</source>
        <translation>Cairn konnte nicht speichern, dass es den Auftrag %1 als überfällig gemeldet hat (%2); nach einem Neustart meldet es ihn womöglich erneut, prüfen Sie also das Laufwerk und die Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cairn could not read when the jobs&apos; backups are verified (%1); check the database file.</source>
        <translation>Cairn konnte nicht lesen, wann die Sicherungen der Aufträge geprüft werden (%1); prüfen Sie die Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cairn could not save when the job&apos;s backups are verified (%1); check the disk and the database file.</source>
        <translation>Cairn konnte nicht speichern, wann die Sicherungen des Auftrags geprüft werden (%1); prüfen Sie das Laufwerk und die Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cairn could not read the verify results of past backups (%1); check the database file.</source>
        <translation>Cairn konnte die Prüfergebnisse früherer Sicherungen nicht lesen (%1); prüfen Sie die Datenbankdatei.</translation>
    </message>
</context>
<context>
    <name>cairn::ScheduleText</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::SchedulerLock</name>
    <message>
        <source>Another Cairn (%1, process %2 on %3) already schedules the backups of this database, so this one shows runs but starts none by itself; quit the other one to schedule here.</source>
        <translation>Ein anderes Cairn (%1, Prozess %2 auf %3) plant bereits die Sicherungen dieser Datenbank, daher zeigt dieses Läufe an, startet aber selbst keine; beenden Sie das andere, um hier zu planen.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>Another Cairn already schedules the backups of this database, so this one shows runs but starts none by itself; quit the other one to schedule here.</source>
        <translation>Ein anderes Cairn plant bereits die Sicherungen dieser Datenbank, daher zeigt dieses Läufe an, startet aber selbst keine; beenden Sie das andere, um hier zu planen.</translation>
    </message>
    <message>
        <source>Cairn could not create its scheduler lock %1, so it starts no backups by itself; check that the database folder is writable.</source>
        <translation>Cairn konnte seine Zeitplaner-Sperre %1 nicht anlegen und startet daher selbst keine Sicherungen; prüfen Sie, ob der Datenbankordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>cairn::SecretCleanup</name>
    <message>
        <source>%1 was removed, but the keychain did not delete its entry %2 (%3); delete it in your keychain app.</source>
        <translation>%1 wurde entfernt, aber der Schlüsselbund hat den zugehörigen Eintrag %2 nicht gelöscht (%3); löschen Sie ihn in Ihrer Schlüsselbund-App.</translation>
    </message>
</context>
<context>
    <name>cairn::SecretJob</name>
    <message>
        <source>No keychain is running: start gnome-keyring or KWallet and log in again (on a headless machine, run Cairn inside a D-Bus session with an unlocked keyring, as the README shows).</source>
        <translation>Es läuft kein Schlüsselbund: Starten Sie gnome-keyring oder KWallet und melden Sie sich erneut an (auf einem Rechner ohne Desktop führen Sie Cairn in einer D-Bus-Sitzung mit entsperrtem Schlüsselbund aus, wie es die README zeigt).</translation>
    </message>
    <message>
        <source>The keychain has no entry %1; the secret was removed outside Cairn, so enter it again.</source>
        <translation>Der Schlüsselbund hat keinen Eintrag %1; das Geheimnis wurde außerhalb von Cairn entfernt, geben Sie es also erneut ein.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1); unlock it and allow Cairn, then try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1); entsperren Sie ihn, erlauben Sie Cairn den Zugriff und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain failed (%1); check that it is unlocked and try again.</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen (%1); prüfen Sie, ob er entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>cairn::SecurityPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Cairn recovery kits (*.cairnkit);;All files (*)</source>
        <translation>Cairn-Wiederherstellungspakete (*.cairnkit);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the recovery kit</source>
        <translation>Wiederherstellungspaket speichern</translation>
    </message>
    <message>
        <source>Open a recovery kit</source>
        <translation>Wiederherstellungspaket öffnen</translation>
    </message>
    <message>
        <source>App lock</source>
        <translation>App-Sperre</translation>
    </message>
    <message>
        <source>Turn &amp;on…</source>
        <translation>&amp;Einschalten…</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>Passwort ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Reset with a recovery code…</source>
        <translation>Mit einem Wiederherstellungscode &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Turn o&amp;ff…</source>
        <translation>&amp;Ausschalten…</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Nach so vielen Minuten Leerlauf sperren</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>Sperren nach &amp;Leerlauf:</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>Einric&amp;hten…</translation>
    </message>
    <message>
        <source>New recovery &amp;codes…</source>
        <translation>Neue Wiederherstellungs&amp;codes…</translation>
    </message>
    <message>
        <source>Turn off two-&amp;factor…</source>
        <translation>Zwei-&amp;Faktor ausschalten…</translation>
    </message>
    <message>
        <source>Recovery kit</source>
        <translation>Wiederherstellungspaket</translation>
    </message>
    <message>
        <source>Every setting and secret in one file protected by a passphrase, to hand the work over or to move to another computer.</source>
        <translation>Alle Einstellungen und Geheimnisse in einer Datei, geschützt durch eine Passphrase, um die Arbeit zu übergeben oder auf einen anderen Computer umzuziehen.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>The app lock is on.</source>
        <translation>Die App-Sperre ist eingeschaltet.</translation>
    </message>
    <message>
        <source>The app lock is off: anyone at this computer can use Cairn.</source>
        <translation>Die App-Sperre ist ausgeschaltet: Jeder an diesem Computer kann Cairn verwenden.</translation>
    </message>
    <message>
        <source>Turn two-factor sign-in off first.</source>
        <translation>Schalten Sie zuerst die Zwei-Faktor-Anmeldung aus.</translation>
    </message>
    <message>
        <source>Turn the app lock on first; two-factor is its second step.</source>
        <translation>Schalten Sie zuerst die App-Sperre ein; Zwei-Faktor ist ihr zweiter Schritt.</translation>
    </message>
    <message>
        <source>Turn the app lock on</source>
        <translation>App-Sperre einschalten</translation>
    </message>
    <message>
        <source>Cairn will ask for this password when it starts and after the idle time. Backups keep running while it is locked.</source>
        <translation>Cairn fragt nach diesem Passwort, wenn es startet und nach der Leerlaufzeit. Sicherungen laufen weiter, während es gesperrt ist.</translation>
    </message>
    <message>
        <source>&amp;Master password:</source>
        <translation>&amp;Master-Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Die beiden Passwörter unterscheiden sich; geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation>Passwort wird gespeichert…</translation>
    </message>
    <message>
        <source>Change the master password</source>
        <translation>Master-Passwort ändern</translation>
    </message>
    <message>
        <source>Two-factor sign-in, if it is on, stays as it is.</source>
        <translation>Die Zwei-Faktor-Anmeldung bleibt, falls eingeschaltet, wie sie ist.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same password twice.</source>
        <translation>Die beiden neuen Passwörter unterscheiden sich; geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
    <message>
        <source>Checking and saving…</source>
        <translation>Wird geprüft und gespeichert…</translation>
    </message>
    <message>
        <source>The master password is changed.</source>
        <translation>Das Master-Passwort ist geändert.</translation>
    </message>
    <message>
        <source>Reset the master password</source>
        <translation>Master-Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>For a forgotten password: one of your two-factor recovery codes sets a new one (the code is used up). Two-factor sign-in stays on.</source>
        <translation>Für ein vergessenes Passwort: Einer Ihrer Zwei-Faktor-Wiederherstellungscodes legt ein neues fest (der Code wird verbraucht). Die Zwei-Faktor-Anmeldung bleibt eingeschaltet.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Wiederherstellungs&amp;code:</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft…</translation>
    </message>
    <message>
        <source>The master password is reset; two-factor sign-in is still on.</source>
        <translation>Das Master-Passwort ist zurückgesetzt; die Zwei-Faktor-Anmeldung ist weiterhin eingeschaltet.</translation>
    </message>
    <message>
        <source>Turn the app lock off</source>
        <translation>App-Sperre ausschalten</translation>
    </message>
    <message>
        <source>Anyone at this computer will then be able to use Cairn and its keys.</source>
        <translation>Dann kann jeder an diesem Computer Cairn und seine Schlüssel verwenden.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The app lock is off.</source>
        <translation>Die App-Sperre ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist eingeschaltet.</translation>
    </message>
    <message>
        <source>Turn two-factor sign-in off</source>
        <translation>Zwei-Faktor-Anmeldung ausschalten</translation>
    </message>
    <message>
        <source>Type the code your app shows now, or one of your recovery codes.</source>
        <translation>Geben Sie den Code ein, den Ihre App jetzt anzeigt, oder einen Ihrer Wiederherstellungscodes.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Neue Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Ten new codes replace the old ones, which stop working. Type the code your app shows now, or one of your recovery codes.</source>
        <translation>Zehn neue Codes ersetzen die alten, die dann nicht mehr funktionieren. Geben Sie den Code ein, den Ihre App jetzt anzeigt, oder einen Ihrer Wiederherstellungscodes.</translation>
    </message>
    <message>
        <source>Making new codes…</source>
        <translation>Neue Codes werden erzeugt…</translation>
    </message>
    <message>
        <source>New recovery codes are made; the old ones no longer work.</source>
        <translation>Neue Wiederherstellungscodes sind erzeugt; die alten funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Exporting the recovery kit</source>
        <translation>Wiederherstellungspaket wird exportiert</translation>
    </message>
    <message>
        <source>Export the recovery kit</source>
        <translation>Wiederherstellungspaket exportieren</translation>
    </message>
    <message>
        <source>The file holds every key and password of the chosen clients. Keep the passphrase apart from the file: together they open everything.</source>
        <translation>Die Datei enthält alle Schlüssel und Passwörter der gewählten Kunden. Bewahren Sie die Passphrase getrennt von der Datei auf: Zusammen öffnen sie alles.</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>C&amp;lients:</source>
        <translation>K&amp;unden:</translation>
    </message>
    <message>
        <source>Kit file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Choose where to save the kit.</source>
        <translation>Wählen Sie, wo das Paket gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same passphrase twice.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; geben Sie zweimal dieselbe Passphrase ein.</translation>
    </message>
    <message>
        <source>Collecting and encrypting…</source>
        <translation>Wird gesammelt und verschlüsselt…</translation>
    </message>
    <message>
        <source>Recovery kit saved to %1.</source>
        <translation>Wiederherstellungspaket in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Import a recovery kit</source>
        <translation>Wiederherstellungspaket importieren</translation>
    </message>
    <message>
        <source>Adds the kit&apos;s clients with their servers, storage, keys and jobs; the secrets go into this computer&apos;s keychain. Nothing changes if the passphrase is wrong or the file is damaged.</source>
        <translation>Fügt die Kunden des Pakets mit ihren Servern, Speichern, Schlüsseln und Aufträgen hinzu; die Geheimnisse kommen in den Schlüsselbund dieses Computers. Nichts ändert sich, wenn die Passphrase falsch oder die Datei beschädigt ist.</translation>
    </message>
    <message>
        <source>Cairn could not open %1 (%2); choose the kit file again.</source>
        <translation>Cairn konnte %1 nicht öffnen (%2); wählen Sie die Paketdatei erneut.</translation>
    </message>
    <message>
        <source>Decrypting and importing…</source>
        <translation>Wird entschlüsselt und importiert…</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Two-factor sign-in is on (%n recovery code(s) left).</source>
        <translation>
            <numerusform>Die Zwei-Faktor-Anmeldung ist eingeschaltet (%n Wiederherstellungscode übrig).</numerusform>
            <numerusform>Die Zwei-Faktor-Anmeldung ist eingeschaltet (%n Wiederherstellungscodes übrig).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::SecuritySettings</name>
    <message>
        <source>Cairn could not read its settings (%1); check the disk and try again.</source>
        <translation>Cairn konnte seine Einstellungen nicht lesen (%1); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cairn could not save its settings (%1); check the disk and try again.</source>
        <translation>Cairn konnte seine Einstellungen nicht speichern (%1); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>cairn::ServerActions</name>
    <message>
        <source>The private key in the keychain cannot be read; give the server a new key.</source>
        <translation>Der private Schlüssel im Schlüsselbund kann nicht gelesen werden; geben Sie dem Server einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>That server no longer exists; refresh the list.</source>
        <translation>Diesen Server gibt es nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cairn has no trusted host key for %1; re-trust its host key first.</source>
        <translation>Cairn hat für %1 keinen vertrauenswürdigen Host-Schlüssel; vertrauen Sie zuerst erneut seinem Host-Schlüssel.</translation>
    </message>
    <message>
        <source>Reading Cairn&apos;s key from the keychain…</source>
        <translation>Der Schlüssel von Cairn wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Logging in to %1 and checking its tools…</source>
        <translation>Anmeldung an %1 und Prüfung seiner Werkzeuge…</translation>
    </message>
    <message>
        <source>Connecting to %1 on port %2…</source>
        <translation>Verbindung zu %1 auf Port %2 wird hergestellt…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA256 fingerprint; copy it as `ssh-keygen -lf` prints it on the server, starting with SHA256:.</source>
        <translation>„%1“ ist kein SHA256-Fingerabdruck; kopieren Sie ihn so, wie `ssh-keygen -lf` ihn auf dem Server ausgibt, beginnend mit SHA256:.</translation>
    </message>
    <message>
        <source>Connecting to %1 to check its host key…</source>
        <translation>Verbindung zu %1 wird hergestellt, um seinen Host-Schlüssel zu prüfen…</translation>
    </message>
    <message>
        <source>Cairn&apos;s key stays in authorized_keys on %1 because the server &quot;%2&quot; logs in with it too.</source>
        <translation>Der Schlüssel von Cairn bleibt in authorized_keys auf %1, weil sich der Server „%2“ ebenfalls damit anmeldet.</translation>
    </message>
    <message>
        <source>Removing Cairn&apos;s key from %1…</source>
        <translation>Der Schlüssel von Cairn wird von %1 entfernt…</translation>
    </message>
    <message>
        <source>Cairn could not remove its key from %1 (%2); the server was kept, so remove it without taking the key off the server, or try again.</source>
        <translation>Cairn konnte seinen Schlüssel nicht von %1 entfernen (%2); der Server wurde behalten, entfernen Sie ihn also, ohne den Schlüssel vom Server zu nehmen, oder versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The server &quot;%1&quot; is still backed up by %n job(s); remove the job(s) first.</source>
        <translation>
            <numerusform>Der Server „%1“ wird noch von %n Auftrag gesichert; entfernen Sie zuerst diesen Auftrag.</numerusform>
            <numerusform>Der Server „%1“ wird noch von %n Aufträgen gesichert; entfernen Sie zuerst diese Aufträge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::ServerRepository</name>
    <message>
        <source>Cairn could not read the servers (%1).</source>
        <translation>Cairn konnte die Server nicht lesen (%1).</translation>
    </message>
    <message>
        <source>A server needs a name; type one, for example &quot;web shop&quot;.</source>
        <translation>Ein Server braucht einen Namen; geben Sie einen ein, zum Beispiel „Webshop“.</translation>
    </message>
    <message>
        <source>A server&apos;s name can be at most 100 characters long; choose a shorter one.</source>
        <translation>Der Name eines Servers darf höchstens 100 Zeichen lang sein; wählen Sie einen kürzeren.</translation>
    </message>
    <message>
        <source>A server&apos;s name cannot contain line breaks or control characters; type it on one line.</source>
        <translation>Der Name eines Servers darf keine Zeilenumbrüche oder Steuerzeichen enthalten; geben Sie ihn in einer Zeile ein.</translation>
    </message>
    <message>
        <source>This client already has a server named &quot;%1&quot;; choose another name.</source>
        <translation>Dieser Kunde hat bereits einen Server namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cairn could not save the server &quot;%1&quot; (%2); check the disk and try again.</source>
        <translation>Cairn konnte den Server „%1“ nicht speichern (%2); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; no longer exists; refresh the list.</source>
        <translation>Den Server „%1“ gibt es nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>That server no longer exists; refresh the list.</source>
        <translation>Diesen Server gibt es nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>Cairn could not remove the server &quot;%1&quot; (%2); check the disk and try again.</source>
        <translation>Cairn konnte den Server „%1“ nicht entfernen (%2); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no host key to trust; connect to the server first.</source>
        <translation>Es gibt keinen Host-Schlüssel, dem vertraut werden kann; verbinden Sie sich zuerst mit dem Server.</translation>
    </message>
    <message>
        <source>Cairn could not save the server&apos;s host key (%1); check the disk and try again.</source>
        <translation>Cairn konnte den Host-Schlüssel des Servers nicht speichern (%1); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cairn could not save the preflight result (%1); check the disk and try again.</source>
        <translation>Cairn konnte das Ergebnis der Vorabprüfung nicht speichern (%1); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The server &quot;%1&quot; is still backed up by %n job(s); remove the job(s) first.</source>
        <translation>
            <numerusform>Der Server „%1“ wird noch von %n Auftrag gesichert; entfernen Sie zuerst diesen Auftrag.</numerusform>
            <numerusform>Der Server „%1“ wird noch von %n Aufträgen gesichert; entfernen Sie zuerst diese Aufträge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::ServerSetup</name>
    <message>
        <source>The private key in the keychain cannot be read; generate a new key for this server.</source>
        <translation>Der private Schlüssel im Schlüsselbund kann nicht gelesen werden; erzeugen Sie für diesen Server einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Adding the server was cancelled; nothing was saved.</source>
        <translation>Das Hinzufügen des Servers wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Choose the client this server belongs to.</source>
        <translation>Wählen Sie den Kunden, zu dem dieser Server gehört.</translation>
    </message>
    <message>
        <source>This client already has a server named &quot;%1&quot;; choose another name.</source>
        <translation>Dieser Kunde hat bereits einen Server namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA256 fingerprint; copy it as `ssh-keygen -lf` prints it on the server, starting with SHA256:.</source>
        <translation>„%1“ ist kein SHA256-Fingerabdruck; kopieren Sie ihn so, wie `ssh-keygen -lf` ihn auf dem Server ausgibt, beginnend mit SHA256:.</translation>
    </message>
    <message>
        <source>That key does not belong to this client; choose one of the client&apos;s keys.</source>
        <translation>Dieser Schlüssel gehört nicht zu diesem Kunden; wählen Sie einen der Schlüssel des Kunden.</translation>
    </message>
    <message>
        <source>Type the password of %1 on the server, so Cairn can add its key once.</source>
        <translation>Geben Sie das Passwort von %1 auf dem Server ein, damit Cairn seinen Schlüssel einmalig hinzufügen kann.</translation>
    </message>
    <message>
        <source>Checking what you typed…</source>
        <translation>Ihre Eingaben werden geprüft…</translation>
    </message>
    <message>
        <source>Reading Cairn&apos;s key from the keychain…</source>
        <translation>Der Schlüssel von Cairn wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Preparing Cairn&apos;s key for %1…</source>
        <translation>Der Schlüssel von Cairn für %1 wird vorbereitet…</translation>
    </message>
    <message>
        <source>Connecting to %1 on port %2…</source>
        <translation>Verbindung zu %1 auf Port %2 wird hergestellt…</translation>
    </message>
    <message>
        <source>Compare the server&apos;s fingerprint before Cairn trusts it.</source>
        <translation>Vergleichen Sie den Fingerabdruck des Servers, bevor Cairn ihm vertraut.</translation>
    </message>
    <message>
        <source>Choose how Cairn&apos;s key gets onto the server.</source>
        <translation>Wählen Sie, wie der Schlüssel von Cairn auf den Server kommt.</translation>
    </message>
    <message>
        <source>Logging in to %1 with the password to add Cairn&apos;s key…</source>
        <translation>Anmeldung an %1 mit dem Passwort, um den Schlüssel von Cairn hinzuzufügen…</translation>
    </message>
    <message>
        <source>Logging in to %1 with Cairn&apos;s key…</source>
        <translation>Anmeldung an %1 mit dem Schlüssel von Cairn…</translation>
    </message>
    <message>
        <source>The key was added to ~/.ssh/authorized_keys on %1, but the server still refuses it; the server may read keys from another file (AuthorizedKeysFile in sshd_config).</source>
        <translation>Der Schlüssel wurde auf %1 zu ~/.ssh/authorized_keys hinzugefügt, aber der Server lehnt ihn weiterhin ab; vermutlich liest der Server die Schlüssel aus einer anderen Datei (AuthorizedKeysFile in sshd_config).</translation>
    </message>
    <message>
        <source>%1 does not accept Cairn&apos;s key for %2 yet; add the line shown to ~/.ssh/authorized_keys of %2 on the server, or let Cairn add it with the password.</source>
        <translation>%1 akzeptiert den Schlüssel von Cairn für %2 noch nicht; fügen Sie die angezeigte Zeile auf dem Server zu ~/.ssh/authorized_keys von %2 hinzu oder lassen Sie Cairn sie mit dem Passwort hinzufügen.</translation>
    </message>
    <message>
        <source>Checking the tools Cairn needs on %1…</source>
        <translation>Die Werkzeuge, die Cairn braucht, werden auf %1 geprüft…</translation>
    </message>
    <message>
        <source>Review the checklist, then save the server.</source>
        <translation>Sehen Sie sich die Checkliste an und speichern Sie dann den Server.</translation>
    </message>
    <message>
        <source>Saving the server…</source>
        <translation>Der Server wird gespeichert…</translation>
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
    <message>
        <source>Start Cairn when I &amp;log in (in the tray)</source>
        <translation>Cairn bei der &amp;Anmeldung starten (im Infobereich)</translation>
    </message>
    <message>
        <source>Scheduled backups run only while Cairn runs.</source>
        <translation>Geplante Sicherungen laufen nur, während Cairn läuft.</translation>
    </message>
    <message>
        <source>A backup &amp;fails</source>
        <translation>Eine Sicherung &amp;fehlschlägt</translation>
    </message>
    <message>
        <source>A job is &amp;overdue</source>
        <translation>Ein Auftrag &amp;überfällig ist</translation>
    </message>
    <message>
        <source>A scheduled backup &amp;starts</source>
        <translation>Eine geplante Sicherung s&amp;tartet</translation>
    </message>
    <message>
        <source>A scheduled backup &amp;finishes well</source>
        <translation>Eine geplante Sicherung &amp;erfolgreich endet</translation>
    </message>
    <message>
        <source>Notify me when:</source>
        <translation>Benachrichtigen, wenn:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
</context>
<context>
    <name>cairn::SshInputValidator</name>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation>Geben Sie den Hostnamen oder die IP-Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>The host name must not contain spaces or line breaks; enter it without them.</source>
        <translation>Der Hostname darf keine Leerzeichen oder Zeilenumbrüche enthalten; geben Sie ihn ohne diese ein.</translation>
    </message>
    <message>
        <source>A host name cannot start with &apos;-&apos;; enter the server&apos;s name or IP address.</source>
        <translation>Ein Hostname darf nicht mit „-“ beginnen; geben Sie den Namen oder die IP-Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address; check it, or enter a host name.</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse; prüfen Sie sie oder geben Sie einen Hostnamen ein.</translation>
    </message>
    <message>
        <source>The host name contains characters that are not allowed; use letters, digits, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>Der Hostname enthält unzulässige Zeichen; verwenden Sie Buchstaben, Ziffern, „-“ und „.“.</translation>
    </message>
    <message>
        <source>The host name is too long or empty; enter the server&apos;s name or IP address.</source>
        <translation>Der Hostname ist zu lang oder leer; geben Sie den Namen oder die IP-Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>The host name has an empty part between dots; check it for a typo.</source>
        <translation>Der Hostname hat einen leeren Teil zwischen zwei Punkten; prüfen Sie ihn auf Tippfehler.</translation>
    </message>
    <message>
        <source>A part of the host name is longer than 63 characters; check it for a typo.</source>
        <translation>Ein Teil des Hostnamens ist länger als 63 Zeichen; prüfen Sie ihn auf Tippfehler.</translation>
    </message>
    <message>
        <source>A part of the host name starts or ends with &apos;-&apos;; check it for a typo.</source>
        <translation>Ein Teil des Hostnamens beginnt oder endet mit „-“; prüfen Sie ihn auf Tippfehler.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address; use four numbers from 0 to 255 separated by dots.</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse; verwenden Sie vier durch Punkte getrennte Zahlen von 0 bis 255.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535; SSH normally uses 22.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein; SSH verwendet normalerweise 22.</translation>
    </message>
    <message>
        <source>Enter the user name to log in with on the server.</source>
        <translation>Geben Sie den Benutzernamen ein, mit dem Sie sich am Server anmelden.</translation>
    </message>
    <message>
        <source>The user name is longer than 32 characters; check it for a typo.</source>
        <translation>Der Benutzername ist länger als 32 Zeichen; prüfen Sie ihn auf Tippfehler.</translation>
    </message>
    <message>
        <source>The user name may contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;; check it for a typo.</source>
        <translation>Der Benutzername darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten; prüfen Sie ihn auf Tippfehler.</translation>
    </message>
    <message>
        <source>The user name cannot start with &apos;-&apos;; check it for a typo.</source>
        <translation>Der Benutzername darf nicht mit „-“ beginnen; prüfen Sie ihn auf Tippfehler.</translation>
    </message>
</context>
<context>
    <name>cairn::SshKey</name>
    <message>
        <source>This is not an SSH private key; choose the private key file, for example id_ed25519 (not the .pub file).</source>
        <translation>Das ist kein privater SSH-Schlüssel; wählen Sie die private Schlüsseldatei, zum Beispiel id_ed25519 (nicht die .pub-Datei).</translation>
    </message>
    <message>
        <source>This is a public key; choose the matching private key file, the one without .pub.</source>
        <translation>Das ist ein öffentlicher Schlüssel; wählen Sie die passende private Schlüsseldatei, die ohne .pub.</translation>
    </message>
    <message>
        <source>This key is protected by a passphrase; enter the passphrase to import it.</source>
        <translation>Dieser Schlüssel ist durch eine Passphrase geschützt; geben Sie die Passphrase ein, um ihn zu importieren.</translation>
    </message>
    <message>
        <source>The passphrase does not unlock this key; enter the passphrase the key was saved with.</source>
        <translation>Die Passphrase entsperrt diesen Schlüssel nicht; geben Sie die Passphrase ein, mit der der Schlüssel gespeichert wurde.</translation>
    </message>
    <message>
        <source>Only Ed25519 keys and RSA keys of %1 bits or more can be imported; create a new Ed25519 key in Cairn instead.</source>
        <translation>Nur Ed25519-Schlüssel und RSA-Schlüssel mit %1 Bit oder mehr können importiert werden; erstellen Sie stattdessen in Cairn einen neuen Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>This key file format is not supported; convert it to OpenSSH format with ssh-keygen -p -f FILE.</source>
        <translation>Dieses Schlüsseldateiformat wird nicht unterstützt; wandeln Sie es mit ssh-keygen -p -f DATEI in das OpenSSH-Format um.</translation>
    </message>
    <message>
        <source>This key is encrypted with %1, which Cairn cannot read; re-encrypt it with ssh-keygen -p -f FILE and import it again.</source>
        <translation>Dieser Schlüssel ist mit %1 verschlüsselt, was Cairn nicht lesen kann; verschlüsseln Sie ihn mit ssh-keygen -p -f DATEI neu und importieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The key file is damaged or incomplete; copy the whole file, including the BEGIN and END lines.</source>
        <translation>Die Schlüsseldatei ist beschädigt oder unvollständig; kopieren Sie die ganze Datei einschließlich der BEGIN- und END-Zeilen.</translation>
    </message>
    <message>
        <source>PuTTY keys cannot be imported directly; in PuTTYgen choose Conversions &gt; Export OpenSSH key and import that file.</source>
        <translation>PuTTY-Schlüssel können nicht direkt importiert werden; wählen Sie in PuTTYgen Conversions &gt; Export OpenSSH key und importieren Sie diese Datei.</translation>
    </message>
</context>
<context>
    <name>cairn::SshKeyRepository</name>
    <message>
        <source>A key needs a name; type one, for example &quot;backup key&quot;.</source>
        <translation>Ein Schlüssel braucht einen Namen; geben Sie einen ein, zum Beispiel „Sicherungsschlüssel“.</translation>
    </message>
    <message>
        <source>A key&apos;s name can be at most 100 characters long; choose a shorter one.</source>
        <translation>Der Name eines Schlüssels darf höchstens 100 Zeichen lang sein; wählen Sie einen kürzeren.</translation>
    </message>
    <message>
        <source>A key&apos;s name cannot contain line breaks or control characters; type it on one line.</source>
        <translation>Der Name eines Schlüssels darf keine Zeilenumbrüche oder Steuerzeichen enthalten; geben Sie ihn in einer Zeile ein.</translation>
    </message>
    <message>
        <source>Cairn key for %1</source>
        <translation>Cairn-Schlüssel für %1</translation>
    </message>
    <message>
        <source>Cairn could not read the SSH keys (%1).</source>
        <translation>Cairn konnte die SSH-Schlüssel nicht lesen (%1).</translation>
    </message>
    <message>
        <source>This client already has a key named &quot;%1&quot;; choose another name.</source>
        <translation>Dieser Kunde hat bereits einen Schlüssel namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cairn could not save the key &quot;%1&quot; (%2); check the disk and try again.</source>
        <translation>Cairn konnte den Schlüssel „%1“ nicht speichern (%2); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That key no longer exists; refresh the list.</source>
        <translation>Diesen Schlüssel gibt es nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>Cairn could not remove the key &quot;%1&quot; (%2); check the disk and try again.</source>
        <translation>Cairn konnte den Schlüssel „%1“ nicht entfernen (%2); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The key &quot;%1&quot; is still used by %n server(s); give them another key or remove them first.</source>
        <translation>
            <numerusform>Der Schlüssel „%1“ wird noch von %n Server verwendet; geben Sie dem Server zuerst einen anderen Schlüssel oder entfernen Sie ihn.</numerusform>
            <numerusform>Der Schlüssel „%1“ wird noch von %n Servern verwendet; geben Sie den Servern zuerst einen anderen Schlüssel oder entfernen Sie sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::SshKeyService</name>
    <message>
        <source>That client no longer exists; choose another one.</source>
        <translation>Diesen Kunden gibt es nicht mehr; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>This client already has a key named &quot;%1&quot;; choose another name.</source>
        <translation>Dieser Kunde hat bereits einen Schlüssel namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>OpenSSL could not generate the key; reinstall Cairn.</source>
        <translation>OpenSSL konnte den Schlüssel nicht erzeugen; installieren Sie Cairn neu.</translation>
    </message>
    <message>
        <source>That key no longer exists; refresh the list.</source>
        <translation>Diesen Schlüssel gibt es nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>The key was removed from Cairn, but its private half is still in the keychain (%1); delete the entry %2 there by hand.</source>
        <translation>Der Schlüssel wurde aus Cairn entfernt, sein privater Teil liegt aber noch im Schlüsselbund (%1); löschen Sie dort den Eintrag %2 von Hand.</translation>
    </message>
    <message>
        <source>That key no longer exists; choose another key for the server.</source>
        <translation>Diesen Schlüssel gibt es nicht mehr; wählen Sie einen anderen Schlüssel für den Server.</translation>
    </message>
    <message>
        <source>The private half of the key &quot;%1&quot; is missing from the keychain; generate or import a new key and give it to the server.</source>
        <translation>Der private Teil des Schlüssels „%1“ fehlt im Schlüsselbund; erzeugen oder importieren Sie einen neuen Schlüssel und geben Sie ihn dem Server.</translation>
    </message>
</context>
<context>
    <name>cairn::SshSession</name>
    <message>
        <source>The command on %1 was killed by signal %2.</source>
        <translation>Der Befehl auf %1 wurde durch Signal %2 beendet.</translation>
    </message>
    <message>
        <source>The command on %1 was killed by signal %2: %3</source>
        <translation>Der Befehl auf %1 wurde durch Signal %2 beendet: %3</translation>
    </message>
    <message>
        <source>The command on %1 ended without reporting its exit status; the connection may have been cut.</source>
        <translation>Der Befehl auf %1 endete, ohne seinen Exit-Status zu melden; die Verbindung wurde möglicherweise unterbrochen.</translation>
    </message>
    <message>
        <source>The command on %1 failed with exit code %2.</source>
        <translation>Der Befehl auf %1 ist mit Exit-Code %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The command on %1 failed with exit code %2: %3</source>
        <translation>Der Befehl auf %1 ist mit Exit-Code %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Not connected to %1; connect first.</source>
        <translation>Keine Verbindung zu %1; verbinden Sie sich zuerst.</translation>
    </message>
    <message>
        <source>The connection to %1 was cancelled.</source>
        <translation>Die Verbindung zu %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not answer on port %2 within %3 seconds; check the host name, the port and any firewall in between.</source>
        <translation>%1 hat auf Port %2 nicht innerhalb von %3 Sekunden geantwortet; prüfen Sie den Hostnamen, den Port und jede Firewall dazwischen.</translation>
    </message>
    <message>
        <source>%1 did not finish the login within %2 seconds; try again, and check the server&apos;s load if it keeps happening.</source>
        <translation>%1 hat die Anmeldung nicht innerhalb von %2 Sekunden abgeschlossen; versuchen Sie es erneut und prüfen Sie die Last des Servers, wenn es wieder passiert.</translation>
    </message>
    <message>
        <source>The command on %1 did not finish within %2 seconds; it was abandoned.</source>
        <translation>Der Befehl auf %1 wurde nicht innerhalb von %2 Sekunden fertig; er wurde aufgegeben.</translation>
    </message>
    <message>
        <source>%1 closed the connection during the SSH handshake; check that port %2 is an SSH server and that it accepts connections from this computer.</source>
        <translation>%1 hat die Verbindung während des SSH-Handshakes geschlossen; prüfen Sie, ob an Port %2 ein SSH-Server läuft und ob er Verbindungen von diesem Computer annimmt.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost; check the network and try again.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen; prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 on port %2 did not complete an SSH handshake; check that the port belongs to an SSH server.</source>
        <translation>%1 hat auf Port %2 keinen SSH-Handshake abgeschlossen; prüfen Sie, ob der Port zu einem SSH-Server gehört.</translation>
    </message>
    <message>
        <source>The SSH connection to %1 failed; try again, and see the log for details.</source>
        <translation>Die SSH-Verbindung zu %1 ist fehlgeschlagen; versuchen Sie es erneut und sehen Sie für Details im Protokoll nach.</translation>
    </message>
    <message>
        <source>The SSH library could not start; reinstall Cairn.</source>
        <translation>Die SSH-Bibliothek konnte nicht starten; installieren Sie Cairn neu.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found; check the spelling, or enter its IP address.</source>
        <translation>Der Servername %1 wurde nicht gefunden; prüfen Sie die Schreibweise oder geben Sie die IP-Adresse ein.</translation>
    </message>
    <message>
        <source>The server name %1 could not be looked up; check the network connection.</source>
        <translation>Der Servername %1 konnte nicht aufgelöst werden; prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2; check the port number and that the SSH server is running.</source>
        <translation>%1 hat die Verbindung auf Port %2 abgelehnt; prüfen Sie die Portnummer und ob der SSH-Server läuft.</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2); check the network connection and the address.</source>
        <translation>%1 ist nicht erreichbar (%2); prüfen Sie die Netzwerkverbindung und die Adresse.</translation>
    </message>
    <message>
        <source>Out of memory while connecting to %1; close other programs and try again.</source>
        <translation>Nicht genügend Arbeitsspeicher beim Verbinden mit %1; schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 presented a %2 host key with the fingerprint %3; confirm that it is the server&apos;s key before trusting it.</source>
        <translation>%1 hat einen %2-Host-Schlüssel mit dem Fingerabdruck %3 vorgezeigt; bestätigen Sie, dass es der Schlüssel des Servers ist, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>The host key of %1 changed; if you rebuilt the server, re-trust it in the server&apos;s settings, otherwise someone may be intercepting the connection.</source>
        <translation>Der Host-Schlüssel von %1 hat sich geändert; wenn Sie den Server neu aufgesetzt haben, vertrauen Sie ihm in den Server-Einstellungen erneut, andernfalls hört möglicherweise jemand die Verbindung ab.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) does not match the fingerprint you gave; check the fingerprint with the server&apos;s administrator, someone may be intercepting the connection.</source>
        <translation>Der Host-Schlüssel von %1 (%2) passt nicht zum angegebenen Fingerabdruck; prüfen Sie den Fingerabdruck mit dem Administrator des Servers, möglicherweise hört jemand die Verbindung ab.</translation>
    </message>
    <message>
        <source>No SSH key was given for %1; choose a key in the server&apos;s settings.</source>
        <translation>Für %1 wurde kein SSH-Schlüssel angegeben; wählen Sie in den Server-Einstellungen einen Schlüssel.</translation>
    </message>
    <message>
        <source>%1 refused the RSA key for %2, most likely because this SSH library (libssh2 1.10) can only sign RSA keys with SHA-1, which OpenSSH 8.8 and later refuse by default; use an Ed25519 key for this server instead.</source>
        <translation>%1 hat den RSA-Schlüssel für %2 abgelehnt, höchstwahrscheinlich weil diese SSH-Bibliothek (libssh2 1.10) RSA-Schlüssel nur mit SHA-1 signieren kann, was OpenSSH ab 8.8 standardmäßig ablehnt; verwenden Sie für diesen Server stattdessen einen Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>%1 refused the key %2 for user %3; add Cairn&apos;s public key to that user&apos;s authorized_keys on the server.</source>
        <translation>%1 hat den Schlüssel %2 für den Benutzer %3 abgelehnt; fügen Sie den öffentlichen Schlüssel von Cairn zur Datei authorized_keys dieses Benutzers auf dem Server hinzu.</translation>
    </message>
    <message>
        <source>%1 does not accept password logins for %2; add Cairn&apos;s public key to authorized_keys by hand instead.</source>
        <translation>%1 akzeptiert für %2 keine Anmeldung per Passwort; fügen Sie den öffentlichen Schlüssel von Cairn stattdessen von Hand zu authorized_keys hinzu.</translation>
    </message>
    <message>
        <source>The password of %1 on %2 has expired; log in once with another SSH client to change it.</source>
        <translation>Das Passwort von %1 auf %2 ist abgelaufen; melden Sie sich einmal mit einem anderen SSH-Client an, um es zu ändern.</translation>
    </message>
    <message>
        <source>%1 refused the password for %2; check the user name and the password.</source>
        <translation>%1 hat das Passwort für %2 abgelehnt; prüfen Sie Benutzernamen und Passwort.</translation>
    </message>
</context>
<context>
    <name>cairn::StorageCheck</name>
    <message>
        <source>Unknown: the storage does not say (%1).</source>
        <translation>Unbekannt: Der Speicher gibt keine Auskunft (%1).</translation>
    </message>
    <message>
        <source>Unknown: the storage does not say (HTTP %1).</source>
        <translation>Unbekannt: Der Speicher gibt keine Auskunft (HTTP %1).</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Unbekannt: %1</translation>
    </message>
    <message>
        <source>List the bucket</source>
        <translation>Bucket auflisten</translation>
    </message>
    <message>
        <source>Write a probe object</source>
        <translation>Testobjekt schreiben</translation>
    </message>
    <message>
        <source>Read the probe object back</source>
        <translation>Testobjekt zurücklesen</translation>
    </message>
    <message>
        <source>Delete the probe object</source>
        <translation>Testobjekt löschen</translation>
    </message>
    <message>
        <source>Versioning</source>
        <translation>Versionierung</translation>
    </message>
    <message>
        <source>Object Lock</source>
        <translation>Object Lock</translation>
    </message>
    <message>
        <source>Clean-up rule for incomplete uploads</source>
        <translation>Aufräumregel für unvollständige Uploads</translation>
    </message>
    <message>
        <source>Not checked: the check was cancelled.</source>
        <translation>Nicht geprüft: Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not checked because an earlier step failed.</source>
        <translation>Nicht geprüft, weil ein früherer Schritt fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>The check failed without a reason; try again.</source>
        <translation>Die Prüfung ist ohne Angabe eines Grundes fehlgeschlagen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cairn can list bucket “%1”.</source>
        <translation>Cairn kann den Bucket „%1“ auflisten.</translation>
    </message>
    <message>
        <source>Cairn wrote %1 bytes to %2.</source>
        <translation>Cairn hat %1 Bytes nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>The storage returned other bytes than Cairn wrote; check that the endpoint is the storage itself and not a proxy or cache.</source>
        <translation>Der Speicher hat andere Bytes zurückgegeben, als Cairn geschrieben hat; prüfen Sie, ob der Endpunkt der Speicher selbst ist und kein Proxy oder Cache.</translation>
    </message>
    <message>
        <source>The storage returned exactly what Cairn wrote.</source>
        <translation>Der Speicher hat genau das zurückgegeben, was Cairn geschrieben hat.</translation>
    </message>
    <message>
        <source>Cairn deleted the probe object again.</source>
        <translation>Cairn hat das Testobjekt wieder gelöscht.</translation>
    </message>
    <message>
        <source>On: deleted or overwritten backups stay recoverable as older versions until the bucket&apos;s own rules remove them.</source>
        <translation>An: Gelöschte oder überschriebene Sicherungen bleiben als ältere Versionen wiederherstellbar, bis die eigenen Regeln des Buckets sie entfernen.</translation>
    </message>
    <message>
        <source>Suspended: versions made earlier are kept, new ones are not.</source>
        <translation>Ausgesetzt: Früher erstellte Versionen bleiben erhalten, neue nicht.</translation>
    </message>
    <message>
        <source>Off: a deleted backup is gone; turn versioning on at the provider if you want a safety net.</source>
        <translation>Aus: Eine gelöschte Sicherung ist weg; schalten Sie die Versionierung beim Anbieter ein, wenn Sie ein Sicherheitsnetz wollen.</translation>
    </message>
    <message>
        <source>Off: backups can be deleted by anyone holding this key.</source>
        <translation>Aus: Sicherungen können von jedem gelöscht werden, der diesen Schlüssel besitzt.</translation>
    </message>
    <message>
        <source>On (%1, %2 by default): new objects cannot be deleted until their retention ends.</source>
        <translation>An (%1, standardmäßig %2): Neue Objekte können erst nach Ablauf ihrer Aufbewahrungsfrist gelöscht werden.</translation>
    </message>
    <message>
        <source>On, without a default retention period.</source>
        <translation>An, ohne Standard-Aufbewahrungsfrist.</translation>
    </message>
    <message>
        <source>Missing: parts of uploads that never finish stay in the bucket (and are billed) until someone removes them.</source>
        <translation>Fehlt: Teile von Uploads, die nie fertig werden, bleiben im Bucket (und werden berechnet), bis jemand sie entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Present: uploads left unfinished are removed after %n day(s).</source>
        <translation>
            <numerusform>Vorhanden: Unvollständig gebliebene Uploads werden nach %n Tag entfernt.</numerusform>
            <numerusform>Vorhanden: Unvollständig gebliebene Uploads werden nach %n Tagen entfernt.</numerusform>
        </translation>
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
    <message>
        <source>That storage target no longer exists; it was removed already.</source>
        <translation>Dieses Speicherziel gibt es nicht mehr; es wurde bereits entfernt.</translation>
    </message>
    <message>
        <source>The storage target &quot;%1&quot; is used by a job; remove that job or point it at another target first.</source>
        <translation>Das Speicherziel „%1“ wird von einem Auftrag verwendet; entfernen Sie diesen Auftrag oder lassen Sie ihn zuerst auf ein anderes Ziel verweisen.</translation>
    </message>
    <message>
        <source>The storage target &quot;%1&quot; is used by %2 jobs; remove those jobs or point them at another target first.</source>
        <translation>Das Speicherziel „%1“ wird von %2 Aufträgen verwendet; entfernen Sie diese Aufträge oder lassen Sie sie zuerst auf ein anderes Ziel verweisen.</translation>
    </message>
    <message>
        <source>Cairn could not remove the storage target &quot;%1&quot; (%2); check the disk and try again.</source>
        <translation>Cairn konnte das Speicherziel „%1“ nicht entfernen (%2); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
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
    <name>cairn::StorageTargetJob</name>
    <message>
        <source>The secret access key is empty; enter the secret that belongs to access key %1.</source>
        <translation>Der geheime Zugriffsschlüssel ist leer; geben Sie das Geheimnis ein, das zum Zugriffsschlüssel %1 gehört.</translation>
    </message>
    <message>
        <source>The client this storage target should belong to no longer exists; choose another client.</source>
        <translation>Den Kunden, zu dem dieses Speicherziel gehören soll, gibt es nicht mehr; wählen Sie einen anderen Kunden.</translation>
    </message>
    <message>
        <source>The client &quot;%1&quot; already has a storage target named &quot;%2&quot;; choose another name.</source>
        <translation>Der Kunde „%1“ hat bereits ein Speicherziel namens „%2“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The keychain entry %1 could not be removed again (%2); delete it in your keychain app.</source>
        <translation>Der Schlüsselbund-Eintrag %1 konnte nicht wieder entfernt werden (%2); löschen Sie ihn in Ihrer Schlüsselbund-App.</translation>
    </message>
    <message>
        <source>The storage target &quot;%1&quot; no longer exists; it was removed already.</source>
        <translation>Das Speicherziel „%1“ gibt es nicht mehr; es wurde bereits entfernt.</translation>
    </message>
    <message>
        <source>The storage target &quot;%1&quot; was removed, but its keychain entry %2 could not be deleted (%3); delete it in your keychain app.</source>
        <translation>Das Speicherziel „%1“ wurde entfernt, sein Schlüsselbund-Eintrag %2 konnte aber nicht gelöscht werden (%3); löschen Sie ihn in Ihrer Schlüsselbund-App.</translation>
    </message>
</context>
<context>
    <name>cairn::StorageTargetStore</name>
    <message>
        <source>A storage target needs a name; type one, for example &quot;Offsite&quot;.</source>
        <translation>Ein Speicherziel braucht einen Namen; geben Sie einen ein, zum Beispiel „Extern“.</translation>
    </message>
    <message>
        <source>A storage target&apos;s name can be at most 100 characters long; choose a shorter one.</source>
        <translation>Der Name eines Speicherziels darf höchstens 100 Zeichen lang sein; wählen Sie einen kürzeren.</translation>
    </message>
    <message>
        <source>A storage target&apos;s name cannot contain line breaks or control characters; type it on one line.</source>
        <translation>Der Name eines Speicherziels darf keine Zeilenumbrüche oder Steuerzeichen enthalten; geben Sie ihn in einer Zeile ein.</translation>
    </message>
    <message>
        <source>The prefix cannot contain control characters or backslashes; use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;/&apos;.</source>
        <translation>Das Präfix darf keine Steuerzeichen oder Backslashes enthalten; verwenden Sie Buchstaben, Ziffern, „-“, „_“, „.“ und „/“.</translation>
    </message>
    <message>
        <source>The prefix cannot contain empty, &quot;.&quot; or &quot;..&quot; parts between slashes; write it like &quot;backups/acme/&quot;.</source>
        <translation>Das Präfix darf zwischen Schrägstrichen keine leeren, „.“- oder „..“-Teile enthalten; schreiben Sie es etwa als „backups/acme/“.</translation>
    </message>
    <message>
        <source>The prefix can be at most 512 bytes long; choose a shorter one.</source>
        <translation>Das Präfix darf höchstens 512 Bytes lang sein; wählen Sie ein kürzeres.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; is unknown; choose one of aws, digitalocean, hetzner, backblaze, wasabi, r2 or custom.</source>
        <translation>Der Anbieter „%1“ ist unbekannt; wählen Sie einen von aws, digitalocean, hetzner, backblaze, wasabi, r2 oder custom.</translation>
    </message>
    <message>
        <source>The access key ID is empty or too long; copy it from the provider&apos;s console.</source>
        <translation>Die Zugriffsschlüssel-ID ist leer oder zu lang; kopieren Sie sie aus der Konsole des Anbieters.</translation>
    </message>
    <message>
        <source>The access key ID contains spaces or characters an access key ID never has; copy it again from the provider&apos;s console.</source>
        <translation>Die Zugriffsschlüssel-ID enthält Leerzeichen oder Zeichen, die eine Zugriffsschlüssel-ID nie enthält; kopieren Sie sie erneut aus der Konsole des Anbieters.</translation>
    </message>
    <message>
        <source>The prefix must not start with &apos;/&apos; and must end with &apos;/&apos;; use &quot;%1&quot;.</source>
        <translation>Das Präfix darf nicht mit „/“ beginnen und muss mit „/“ enden; verwenden Sie „%1“.</translation>
    </message>
    <message>
        <source>The addressing style must be &quot;path&quot; or &quot;virtual&quot;.</source>
        <translation>Der Adressierungsstil muss „path“ oder „virtual“ sein.</translation>
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
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Run job now</source>
        <translation>Auftrag jetzt &amp;ausführen</translation>
    </message>
    <message>
        <source>For one &amp;hour</source>
        <translation>Für eine &amp;Stunde</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow morning</source>
        <translation>Bis &amp;morgen früh</translation>
    </message>
    <message>
        <source>Until &amp;resumed</source>
        <translation>Bis zur &amp;Fortsetzung</translation>
    </message>
    <message>
        <source>Resume &amp;schedules</source>
        <translation>Zeitpläne fo&amp;rtsetzen</translation>
    </message>
    <message>
        <source>No job is watched yet.</source>
        <translation>Noch wird kein Auftrag überwacht.</translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation>Noch keine Aufträge</translation>
    </message>
    <message>
        <source>Schedules are paused until %1.</source>
        <translation>Zeitpläne sind bis %1 angehalten.</translation>
    </message>
    <message>
        <source>Schedules are paused until resumed.</source>
        <translation>Zeitpläne sind bis zur Fortsetzung angehalten.</translation>
    </message>
</context>
<context>
    <name>cairn::TwoFactor</name>
    <message>
        <source>The code is wrong or was already used; check that the phone&apos;s clock is right and type the code the app shows now.</source>
        <translation>Der Code ist falsch oder wurde bereits verwendet; prüfen Sie, ob die Uhr des Telefons stimmt, und geben Sie den Code ein, den die App jetzt anzeigt.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; try again.</source>
        <translation>Der Zufallszahlengenerator des Systems ist ausgefallen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is already on; turn it off first to set up another app.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist bereits an; schalten Sie sie zuerst aus, um eine andere App einzurichten.</translation>
    </message>
    <message>
        <source>The app lock is off; turn it on first, two-factor sign-in is its second step.</source>
        <translation>Die App-Sperre ist aus; schalten Sie sie zuerst ein, denn die Zwei-Faktor-Anmeldung ist ihr zweiter Schritt.</translation>
    </message>
    <message>
        <source>There is no two-factor set-up to complete; start again.</source>
        <translation>Es gibt keine Zwei-Faktor-Einrichtung abzuschließen; beginnen Sie von vorn.</translation>
    </message>
    <message>
        <source>Cairn could not save the two-factor settings (%1); check the disk and try again.</source>
        <translation>Cairn konnte die Zwei-Faktor-Einstellungen nicht speichern (%1); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off; it has no recovery codes.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist aus; es gibt keine Wiederherstellungscodes.</translation>
    </message>
    <message>
        <source>The recovery code is wrong or was already used; type another of your recovery codes.</source>
        <translation>Der Wiederherstellungscode ist falsch oder wurde bereits verwendet; geben Sie einen anderen Ihrer Wiederherstellungscodes ein.</translation>
    </message>
    <message>
        <source>Cairn could not record the code (%1); check the disk and try again.</source>
        <translation>Cairn konnte den Code nicht aufzeichnen (%1); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off; there is no code to check.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist aus; es gibt keinen Code zu prüfen.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is already off.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist bereits aus.</translation>
    </message>
    <message>
        <source>Cairn could not turn two-factor sign-in off (%1); check the disk and try again.</source>
        <translation>Cairn konnte die Zwei-Faktor-Anmeldung nicht ausschalten (%1); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>cairn::TwoFactorEnrolDialog</name>
    <message>
        <source>Set up two-factor sign-in</source>
        <translation>Zwei-Faktor-Anmeldung einrichten</translation>
    </message>
    <message>
        <source>Scan the code with Google Authenticator or a compatible app, then type the six digits it shows. Nothing changes until the code is right.</source>
        <translation>Scannen Sie den Code mit Google Authenticator oder einer kompatiblen App und geben Sie dann die sechs angezeigten Ziffern ein. Nichts ändert sich, bis der Code stimmt.</translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>QR-Code für die Authenticator-App</translation>
    </message>
    <message>
        <source>Set-up link</source>
        <translation>Einrichtungslink</translation>
    </message>
    <message>
        <source>Set-up link:</source>
        <translation>Einrichtungslink:</translation>
    </message>
    <message>
        <source>Key to type by hand:</source>
        <translation>Schlüssel zum Abtippen:</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Code aus der App</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
    <message>
        <source>&amp;Code from the app:</source>
        <translation>&amp;Code aus der App:</translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message>
        <source>Type the six digits your app shows for Cairn.</source>
        <translation>Geben Sie die sechs Ziffern ein, die Ihre App für Cairn anzeigt.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft…</translation>
    </message>
</context>
<context>
    <name>cairn::UnlockForm</name>
    <message>
        <source>Master password</source>
        <translation>Master-Passwort</translation>
    </message>
    <message>
        <source>Master &amp;password:</source>
        <translation>Master-&amp;Passwort:</translation>
    </message>
    <message>
        <source>Two-factor code or recovery code</source>
        <translation>Zwei-Faktor-Code oder Wiederherstellungscode</translation>
    </message>
    <message>
        <source>6 digits from the app, or a recovery code</source>
        <translation>6 Ziffern aus der App oder ein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Too many wrong attempts.</source>
        <translation>Zu viele falsche Versuche.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Type the master password.</source>
        <translation>Geben Sie das Master-Passwort ein.</translation>
    </message>
    <message>
        <source>Type the code your authenticator app shows now, or one of your recovery codes.</source>
        <translation>Geben Sie den Code ein, den Ihre Authenticator-App jetzt anzeigt, oder einen Ihrer Wiederherstellungscodes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>%1 Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::UploadJanitor</name>
    <message>
        <source>Cairn stopped while this backup ran; its partial upload was removed.</source>
        <translation>Cairn wurde beendet, während diese Sicherung lief; ihr unvollständiger Upload wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>cairn::WebhookPayload</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backup overdue: %1</source>
        <translation>Sicherung überfällig: %1</translation>
    </message>
    <message>
        <source>Backup succeeded: %1</source>
        <translation>Sicherung erfolgreich: %1</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>The %1 webhook address must start with https:// (or http://) and name a host; check it in the client&apos;s notification settings.</source>
        <translation>Die %1-Webhook-Adresse muss mit https:// (oder http://) beginnen und einen Host nennen; prüfen Sie sie in den Benachrichtigungseinstellungen des Kunden.</translation>
    </message>
    <message>
        <source>The ntfy address must end with the topic, for example https://ntfy.sh/my-backups; check it in the client&apos;s notification settings.</source>
        <translation>Die ntfy-Adresse muss mit dem Topic enden, zum Beispiel https://ntfy.sh/my-backups; prüfen Sie sie in den Benachrichtigungseinstellungen des Kunden.</translation>
    </message>
</context>
<context>
    <name>cairn::WebhookSender</name>
    <message>
        <source>The %1 webhook at %2 redirects elsewhere (HTTP %3); enter the address it redirects to in the client&apos;s notification settings.</source>
        <translation>Der %1-Webhook unter %2 leitet woandershin weiter (HTTP %3); tragen Sie die Zieladresse der Weiterleitung in den Benachrichtigungseinstellungen des Kunden ein.</translation>
    </message>
    <message>
        <source>The %1 webhook at %2 answered HTTP %3%4; check the webhook address in the client&apos;s notification settings.</source>
        <translation>Der %1-Webhook unter %2 antwortete mit HTTP %3%4; prüfen Sie die Webhook-Adresse in den Benachrichtigungseinstellungen des Kunden.</translation>
    </message>
    <message>
        <source>The %1 webhook at %2 did not answer within %3; check the address and the network.</source>
        <translation>Der %1-Webhook unter %2 hat nicht innerhalb von %3 geantwortet; prüfen Sie die Adresse und das Netzwerk.</translation>
    </message>
    <message>
        <source>Cairn could not reach the %1 webhook at %2 (%3); check the address and the network.</source>
        <translation>Cairn konnte den %1-Webhook unter %2 nicht erreichen (%3); prüfen Sie die Adresse und das Netzwerk.</translation>
    </message>
</context>
<context>
    <name>cairn::cli::CliText</name>
    <message>
        <source>The audit log is empty.</source>
        <translation>Das Audit-Protokoll ist leer.</translation>
    </message>
    <message>
        <source>Show the newest 1,000 audit log entries.</source>
        <translation>Die neuesten 1.000 Einträge des Audit-Protokolls anzeigen.</translation>
    </message>
    <message>
        <source>Check that no audit log entry was edited, removed or inserted.</source>
        <translation>Prüfen, dass kein Eintrag des Audit-Protokolls bearbeitet, entfernt oder eingefügt wurde.</translation>
    </message>
    <message>
        <source>Database file (default: $CAIRN_DB, else the platform data folder).</source>
        <translation>Datenbankdatei (Standard: $CAIRN_DB, sonst der Datenordner der Plattform).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation>Hilfe zu diesem Befehl anzeigen.</translation>
    </message>
    <message>
        <source>Usage: cairn-cli [--db PATH] COMMAND [ACTION] [OPTIONS]

Cairn backs up Linux servers straight to your own object storage; this is its headless front end.
Secrets are read from standard input or environment variables, never from arguments.

Commands:
</source>
        <translation>Aufruf: cairn-cli [--db PFAD] BEFEHL [AKTION] [OPTIONEN]

Cairn sichert Linux-Server direkt in Ihren eigenen Objektspeicher; dies ist seine Oberfläche für die Kommandozeile.
Geheimnisse werden von der Standardeingabe oder aus Umgebungsvariablen gelesen, nie aus Argumenten.

Befehle:
</translation>
    </message>
    <message>
        <source>
Global options:
  --db PATH      database file (else $CAIRN_DB, else the platform data folder)
  --help         help for cairn-cli or for one command
  --version      print the version
</source>
        <translation>
Globale Optionen:
  --db PFAD      Datenbankdatei (sonst $CAIRN_DB, sonst der Datenordner der Plattform)
  --help         Hilfe zu cairn-cli oder zu einem Befehl
  --version      Version ausgeben
</translation>
    </message>
    <message>
        <source>cairn-cli has no command &quot;%1&quot;; run cairn-cli --help to see the commands.</source>
        <translation>cairn-cli hat keinen Befehl „%1“; führen Sie cairn-cli --help aus, um die Befehle zu sehen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes one of these actions: %2; run cairn-cli %1 ACTION --help for details.</source>
        <translation>„%1“ kennt diese Aktionen: %2; Details zeigt cairn-cli %1 AKTION --help.</translation>
    </message>
    <message>
        <source>%1; run cairn-cli %2 %3 --help for the options.</source>
        <translation>%1; die Optionen zeigt cairn-cli %2 %3 --help.</translation>
    </message>
    <message>
        <source>Usage: cairn-cli %1 %2%3; run it with --help for details.</source>
        <translation>Aufruf: cairn-cli %1 %2%3; Details zeigt der Aufruf mit --help.</translation>
    </message>
    <message>
        <source>Free-text notes about the client.</source>
        <translation>Freie Notizen zum Kunden.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Added client &quot;%1&quot;.</source>
        <translation>Kunde „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>No clients yet; add one with: cairn-cli client add NAME</source>
        <translation>Noch keine Kunden; fügen Sie einen hinzu mit: cairn-cli client add NAME</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SERVERS</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>STORAGE</source>
        <translation>ZIELE</translation>
    </message>
    <message>
        <source>JOBS</source>
        <translation>JOBS</translation>
    </message>
    <message>
        <source>Removed client &quot;%1&quot;.</source>
        <translation>Kunde „%1“ entfernt.</translation>
    </message>
    <message>
        <source>The client&apos;s name, for example the company&apos;s name.</source>
        <translation>Der Name des Kunden, zum Beispiel der Name der Firma.</translation>
    </message>
    <message>
        <source>Add a client (workspace) for servers, storage and jobs.</source>
        <translation>Einen Kunden (Arbeitsbereich) für Server, Speicher und Aufträge hinzufügen.</translation>
    </message>
    <message>
        <source>List the clients with their numbers of servers, storage targets and jobs.</source>
        <translation>Die Kunden mit der Anzahl ihrer Server, Speicherziele und Aufträge auflisten.</translation>
    </message>
    <message>
        <source>Remove a client that no longer has servers, storage, keys or jobs.</source>
        <translation>Einen Kunden entfernen, der keine Server, Speicher, Schlüssel oder Aufträge mehr hat.</translation>
    </message>
    <message>
        <source>The keychain works: Cairn stored, read back and removed a test secret.</source>
        <translation>Der Schlüsselbund funktioniert: Cairn hat ein Test-Geheimnis gespeichert, zurückgelesen und entfernt.</translation>
    </message>
    <message>
        <source>Check that the OS keychain can store, return and delete a secret.</source>
        <translation>Prüfen, dass der Schlüsselbund des Betriebssystems ein Geheimnis speichern, zurückgeben und löschen kann.</translation>
    </message>
    <message>
        <source>The client the %1 belongs to (default: the only client).</source>
        <translation>Der Kunde, zu dem der %1 gehört (Standard: der einzige Kunde).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>There is no client named &quot;%1&quot;; see cairn-cli client list for the names.</source>
        <translation>Es gibt keinen Kunden namens „%1“; die Namen zeigt cairn-cli client list.</translation>
    </message>
    <message>
        <source>There is no client yet; add one first with cairn-cli client add NAME.</source>
        <translation>Es gibt noch keinen Kunden; fügen Sie zuerst einen mit cairn-cli client add NAME hinzu.</translation>
    </message>
    <message>
        <source>There are %1 clients; name the one you mean with --client NAME.</source>
        <translation>Es gibt %1 Kunden; nennen Sie den gewünschten mit --client NAME.</translation>
    </message>
    <message>
        <source>%1 clients have something of that name; name the one you mean with --client NAME.</source>
        <translation>%1 Kunden haben etwas mit diesem Namen; nennen Sie den gewünschten mit --client NAME.</translation>
    </message>
    <message>
        <source>ed25519 (the default; every current OpenSSH accepts it) or rsa4096 (for servers that need RSA).</source>
        <translation>ed25519 (Standard; jedes aktuelle OpenSSH akzeptiert ihn) oder rsa4096 (für Server, die RSA brauchen).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>The private key file to import (OpenSSH or PEM); a passphrase is read from CAIRN_KEY_PASSPHRASE or standard input.</source>
        <translation>Die zu importierende private Schlüsseldatei (OpenSSH oder PEM); eine Passphrase wird aus CAIRN_KEY_PASSPHRASE oder von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>There is no key named &quot;%1&quot;; see cairn-cli key list for the names.</source>
        <translation>Es gibt keinen Schlüssel namens „%1“; die Namen zeigt cairn-cli key list.</translation>
    </message>
    <message>
        <source>--type takes ed25519 or rsa4096; leave it out for ed25519.</source>
        <translation>--type akzeptiert ed25519 oder rsa4096; lassen Sie es für ed25519 weg.</translation>
    </message>
    <message>
        <source>Generated the %1 key &quot;%2&quot; for %3 (%4); print its public key with: cairn-cli key export &quot;%2&quot;</source>
        <translation>%1-Schlüssel „%2“ für %3 erzeugt (%4); seinen öffentlichen Schlüssel gibt aus: cairn-cli key export &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Name the private key file with --file PATH.</source>
        <translation>Nennen Sie die private Schlüsseldatei mit --file PFAD.</translation>
    </message>
    <message>
        <source>Cairn cannot read %1 (%2); check the path and its permissions.</source>
        <translation>Cairn kann %1 nicht lesen (%2); prüfen Sie den Pfad und die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>Passphrase of the key: </source>
        <translation>Passphrase des Schlüssels: </translation>
    </message>
    <message>
        <source>Imported the %1 key &quot;%2&quot; for %3 (%4); the private key is now in the keychain, so you may delete the file.</source>
        <translation>%1-Schlüssel „%2“ für %3 importiert (%4); der private Schlüssel liegt jetzt im Schlüsselbund, Sie können die Datei also löschen.</translation>
    </message>
    <message>
        <source>No keys yet; create one with: cairn-cli key generate NAME</source>
        <translation>Noch keine Schlüssel; erzeugen Sie einen mit: cairn-cli key generate NAME</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>KUNDE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>FINGERABDRUCK</translation>
    </message>
    <message>
        <source>Removed the key &quot;%1&quot; and its private half from the keychain.</source>
        <translation>Schlüssel „%1“ und sein privater Teil wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>The key&apos;s name, unique within its client.</source>
        <translation>Der Name des Schlüssels, eindeutig innerhalb seines Kunden.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Generate an SSH key; the private key goes to the keychain only.</source>
        <translation>Einen SSH-Schlüssel erzeugen; der private Schlüssel kommt ausschließlich in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Import an existing private key (OpenSSH or PEM) into the keychain.</source>
        <translation>Einen vorhandenen privaten Schlüssel (OpenSSH oder PEM) in den Schlüsselbund importieren.</translation>
    </message>
    <message>
        <source>List the SSH keys with their fingerprints and how many servers use them.</source>
        <translation>Die SSH-Schlüssel mit ihren Fingerabdrücken und der Zahl der Server, die sie verwenden, auflisten.</translation>
    </message>
    <message>
        <source>Print a key&apos;s public half, one line in OpenSSH format.</source>
        <translation>Den öffentlichen Teil eines Schlüssels als eine Zeile im OpenSSH-Format ausgeben.</translation>
    </message>
    <message>
        <source>Remove a key no server uses, from Cairn and from the keychain.</source>
        <translation>Einen Schlüssel, den kein Server verwendet, aus Cairn und aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FEHLT</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) changed: it now presents %3 %4; if the server was rebuilt, compare that with `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the server and run cairn-cli server retrust &quot;%1&quot; --fingerprint SHA256:..., otherwise someone may be intercepting the connection.</source>
        <translation>Der Host-Schlüssel von %1 (%2) hat sich geändert: Er zeigt jetzt %3 %4; wenn der Server neu aufgesetzt wurde, vergleichen Sie das mit `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` auf dem Server und führen Sie cairn-cli server retrust &quot;%1&quot; --fingerprint SHA256:... aus, andernfalls hört möglicherweise jemand die Verbindung ab.</translation>
    </message>
    <message>
        <source>There is no server named &quot;%1&quot;; see cairn-cli server list for the names.</source>
        <translation>Es gibt keinen Server namens „%1“; die Namen zeigt cairn-cli server list.</translation>
    </message>
    <message>
        <source>Give the server&apos;s host key fingerprint with --trust-host-key SHA256:... (ask its admin, or run `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on it), or trust the key it presents with --accept-new-host-key.</source>
        <translation>Geben Sie den Fingerabdruck des Host-Schlüssels mit --trust-host-key SHA256:... an (fragen Sie den Administrator oder führen Sie `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` auf dem Server aus) oder vertrauen Sie mit --accept-new-host-key dem Schlüssel, den er vorzeigt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA256 fingerprint; copy it as `ssh-keygen -lf` prints it on the server, starting with SHA256:.</source>
        <translation>„%1“ ist kein SHA256-Fingerabdruck; kopieren Sie ihn so, wie `ssh-keygen -lf` ihn auf dem Server ausgibt, beginnend mit SHA256:.</translation>
    </message>
    <message>
        <source>%1 has no key named &quot;%2&quot;; see cairn-cli key list, or leave out --key to use Cairn&apos;s default key.</source>
        <translation>%1 hat keinen Schlüssel namens „%2“; siehe cairn-cli key list, oder lassen Sie --key weg, um den Standardschlüssel von Cairn zu verwenden.</translation>
    </message>
    <message>
        <source>Password of %1 on %2 (used once): </source>
        <translation>Passwort von %1 auf %2 (wird einmal verwendet): </translation>
    </message>
    <message>
        <source>No password was given; set CAIRN_SSH_PASSWORD or pass it on standard input, never on the command line.</source>
        <translation>Es wurde kein Passwort angegeben; setzen Sie CAIRN_SSH_PASSWORD oder übergeben Sie es über die Standardeingabe, nie auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>%1 does not accept Cairn&apos;s key for %2; add the line printed above to ~/.ssh/authorized_keys of %2 on the server, or run this command again with --install-key-with-password.</source>
        <translation>%1 akzeptiert den Schlüssel von Cairn für %2 nicht; fügen Sie die oben ausgegebene Zeile auf dem Server zu ~/.ssh/authorized_keys von %2 hinzu oder führen Sie diesen Befehl erneut mit --install-key-with-password aus.</translation>
    </message>
    <message>
        <source>Added the server &quot;%1&quot; (%2@%3:%4) for %5; host key %6 %7, key &quot;%8&quot;.</source>
        <translation>Server „%1“ (%2@%3:%4) für %5 hinzugefügt; Host-Schlüssel %6 %7, Schlüssel „%8“.</translation>
    </message>
    <message>
        <source>The server lacks tools that backups need; install them as shown, then run cairn-cli server test &quot;%1&quot;.</source>
        <translation>Dem Server fehlen Werkzeuge, die Sicherungen brauchen; installieren Sie sie wie angegeben und führen Sie dann cairn-cli server test &quot;%1&quot; aus.</translation>
    </message>
    <message>
        <source>No servers yet; add one with: cairn-cli server add NAME --host H --user U --accept-new-host-key</source>
        <translation>Noch keine Server; fügen Sie einen hinzu mit: cairn-cli server add NAME --host H --user U --accept-new-host-key</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>HOST KEY</source>
        <translation>HOST-SCHLÜSSEL</translation>
    </message>
    <message>
        <source>not trusted yet</source>
        <translation>noch nicht vertraut</translation>
    </message>
    <message>
        <source>Server:    %1</source>
        <translation>Server:         %1</translation>
    </message>
    <message>
        <source>Client:    %1</source>
        <translation>Kunde:          %1</translation>
    </message>
    <message>
        <source>Address:   %1@%2, port %3</source>
        <translation>Adresse:        %1@%2, Port %3</translation>
    </message>
    <message>
        <source>Key:       %1</source>
        <translation>Schlüssel:      %1</translation>
    </message>
    <message>
        <source>Host key:  %1 %2, trusted %3</source>
        <translation>Host-Schlüssel: %1 %2, vertraut seit %3</translation>
    </message>
    <message>
        <source>Preflight: not run yet; run cairn-cli server test &quot;%1&quot;</source>
        <translation>Vorabprüfung:   noch nicht ausgeführt; führen Sie cairn-cli server test &quot;%1&quot; aus</translation>
    </message>
    <message>
        <source>Preflight: %1 (%2)</source>
        <translation>Vorabprüfung:   %1 (%2)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>something is missing</source>
        <translation>es fehlt etwas</translation>
    </message>
    <message>
        <source>Cairn logged in to &quot;%1&quot; (%2@%3:%4) with its key and checked the server:</source>
        <translation>Cairn hat sich mit seinem Schlüssel an „%1“ (%2@%3:%4) angemeldet und den Server geprüft:</translation>
    </message>
    <message>
        <source>The server lacks tools that backups need; install them as shown, then run this test again.</source>
        <translation>Dem Server fehlen Werkzeuge, die Sicherungen brauchen; installieren Sie sie wie angegeben und führen Sie diesen Test dann erneut aus.</translation>
    </message>
    <message>
        <source>Give the fingerprint you checked on the server with --fingerprint SHA256:... (run `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` there).</source>
        <translation>Geben Sie den Fingerabdruck, den Sie auf dem Server geprüft haben, mit --fingerprint SHA256:... an (führen Sie dort `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` aus).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still presents the trusted host key %2; nothing changed.</source>
        <translation>„%1“ zeigt weiterhin den vertrauenswürdigen Host-Schlüssel %2; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cairn now trusts the host key %1 %2 of &quot;%3&quot;; the change is in the audit log.</source>
        <translation>Cairn vertraut jetzt dem Host-Schlüssel %1 %2 von „%3“; die Änderung steht im Audit-Protokoll.</translation>
    </message>
    <message>
        <source>Removed the server &quot;%1&quot; and Cairn&apos;s key from its authorized_keys.</source>
        <translation>Server „%1“ entfernt und den Schlüssel von Cairn aus seiner authorized_keys genommen.</translation>
    </message>
    <message>
        <source>Removed the server &quot;%1&quot;.</source>
        <translation>Server „%1“ entfernt.</translation>
    </message>
    <message>
        <source>The server&apos;s name, unique within its client.</source>
        <translation>Der Name des Servers, eindeutig innerhalb seines Kunden.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Host name or IP address of the server.</source>
        <translation>Hostname oder IP-Adresse des Servers.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>SSH port (default 22).</source>
        <translation>SSH-Port (Standard: 22).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name Cairn logs in as.</source>
        <translation>Benutzername, mit dem sich Cairn anmeldet.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name of the client&apos;s key to log in with (default: Cairn&apos;s key for the client, created when first needed).</source>
        <translation>Name des Kundenschlüssels für die Anmeldung (Standard: der Schlüssel von Cairn für den Kunden, der bei Bedarf erzeugt wird).</translation>
    </message>
    <message>
        <source>The server&apos;s host key fingerprint as `ssh-keygen -lf` prints it; nothing else is trusted.</source>
        <translation>Der Fingerabdruck des Host-Schlüssels des Servers, wie `ssh-keygen -lf` ihn ausgibt; nichts anderem wird vertraut.</translation>
    </message>
    <message>
        <source>SHA256:...</source>
        <translation>SHA256:...</translation>
    </message>
    <message>
        <source>Trust the host key the server presents now.</source>
        <translation>Dem Host-Schlüssel vertrauen, den der Server jetzt vorzeigt.</translation>
    </message>
    <message>
        <source>Add Cairn&apos;s key to the user&apos;s authorized_keys, logging in once with the password from CAIRN_SSH_PASSWORD or standard input (never stored).</source>
        <translation>Den Schlüssel von Cairn zur authorized_keys des Benutzers hinzufügen und sich dazu einmal mit dem Passwort aus CAIRN_SSH_PASSWORD oder von der Standardeingabe anmelden (wird nie gespeichert).</translation>
    </message>
    <message>
        <source>Add a server: check its host key, set up key login, run the preflight, save.</source>
        <translation>Einen Server hinzufügen: Host-Schlüssel prüfen, Anmeldung per Schlüssel einrichten, Vorabprüfung ausführen, speichern.</translation>
    </message>
    <message>
        <source>List the servers.</source>
        <translation>Die Server auflisten.</translation>
    </message>
    <message>
        <source>Show a server&apos;s address, key, trusted host key and last preflight.</source>
        <translation>Adresse, Schlüssel, vertrauenswürdigen Host-Schlüssel und letzte Vorabprüfung eines Servers anzeigen.</translation>
    </message>
    <message>
        <source>Log in to a server with its key and print the preflight checklist.</source>
        <translation>An einem Server mit seinem Schlüssel anmelden und die Checkliste der Vorabprüfung ausgeben.</translation>
    </message>
    <message>
        <source>Trust a server&apos;s new host key after checking its fingerprint on the server.</source>
        <translation>Dem neuen Host-Schlüssel eines Servers vertrauen, nachdem Sie seinen Fingerabdruck auf dem Server geprüft haben.</translation>
    </message>
    <message>
        <source>The new host key fingerprint, checked on the server.</source>
        <translation>Der Fingerabdruck des neuen Host-Schlüssels, auf dem Server geprüft.</translation>
    </message>
    <message>
        <source>Remove a server from Cairn, optionally taking Cairn&apos;s key off it first.</source>
        <translation>Einen Server aus Cairn entfernen und auf Wunsch vorher den Schlüssel von Cairn vom Server nehmen.</translation>
    </message>
    <message>
        <source>First remove Cairn&apos;s key from the user&apos;s authorized_keys on the server.</source>
        <translation>Zuerst den Schlüssel von Cairn aus der authorized_keys des Benutzers auf dem Server entfernen.</translation>
    </message>
    <message>
        <source>There is no job &quot;%1&quot;; run cairn-cli job list to see the jobs.</source>
        <translation>Es gibt keinen Auftrag „%1“; die Aufträge zeigt cairn-cli job list.</translation>
    </message>
    <message>
        <source>Several clients have a job &quot;%1&quot;; name the client with --client.</source>
        <translation>Mehrere Kunden haben einen Auftrag „%1“; nennen Sie den Kunden mit --client.</translation>
    </message>
    <message>
        <source>: %1 read, %2 uploaded</source>
        <translation>: %1 gelesen, %2 hochgeladen</translation>
    </message>
    <message>
        <source> (about %1 % of %2)</source>
        <translation> (etwa %1 % von %2)</translation>
    </message>
    <message>
        <source>Run %1 started.</source>
        <translation>Lauf %1 gestartet.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Run %1: %2 stored; this computer received %3 from the server.</source>
        <translation>Lauf %1: %2 gespeichert; dieser Computer hat %3 vom Server empfangen.</translation>
    </message>
    <message>
        <source>No backups yet; run a job with: cairn-cli job run NAME --wait</source>
        <translation>Noch keine Sicherungen; führen Sie einen Auftrag aus mit: cairn-cli job run NAME --wait</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>AUFTRAG</translation>
    </message>
    <message>
        <source>CREATED (UTC)</source>
        <translation>ERSTELLT (UTC)</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation>OBJEKT</translation>
    </message>
    <message>
        <source>The client (needed when names repeat across clients).</source>
        <translation>Der Kunde (nötig, wenn sich Namen über Kunden hinweg wiederholen).</translation>
    </message>
    <message>
        <source>Run a job now, in this process; exit 0 only when the backup is complete.</source>
        <translation>Einen Auftrag jetzt in diesem Prozess ausführen; Exit-Code 0 nur, wenn die Sicherung vollständig ist.</translation>
    </message>
    <message>
        <source>The job&apos;s name.</source>
        <translation>Der Name des Auftrags.</translation>
    </message>
    <message>
        <source>Show live progress and the run&apos;s log on the terminal.</source>
        <translation>Live-Fortschritt und das Protokoll des Laufs im Terminal anzeigen.</translation>
    </message>
    <message>
        <source>List complete backups, newest first.</source>
        <translation>Vollständige Sicherungen auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Only this job&apos;s backups.</source>
        <translation>Nur die Sicherungen dieses Auftrags.</translation>
    </message>
    <message>
        <source>There is no client &quot;%1&quot;; run cairn-cli client list to see the clients.</source>
        <translation>Es gibt keinen Kunden „%1“; die Kunden zeigt cairn-cli client list.</translation>
    </message>
    <message>
        <source>Give the job a name.</source>
        <translation>Geben Sie dem Auftrag einen Namen.</translation>
    </message>
    <message>
        <source>Say what to back up with exactly one of --paths, --mysql or --postgres.</source>
        <translation>Geben Sie mit genau einer der Optionen --paths, --mysql oder --postgres an, was gesichert werden soll.</translation>
    </message>
    <message>
        <source>--db-login takes socket, sudo or password.</source>
        <translation>--db-login erwartet socket, sudo oder password.</translation>
    </message>
    <message>
        <source>--compression takes zstd or gzip.</source>
        <translation>--compression erwartet zstd oder gzip.</translation>
    </message>
    <message>
        <source>Numeric options take whole numbers; run cairn-cli job add --help.</source>
        <translation>Numerische Optionen erwarten ganze Zahlen; siehe cairn-cli job add --help.</translation>
    </message>
    <message>
        <source>There is no server &quot;%1&quot;%2; add it first with cairn-cli server add.</source>
        <translation>Es gibt keinen Server „%1“%2; fügen Sie ihn zuerst mit cairn-cli server add hinzu.</translation>
    </message>
    <message>
        <source> for client %1</source>
        <translation> für Kunde %1</translation>
    </message>
    <message>
        <source>Several clients have a server &quot;%1&quot;; name the client with --client.</source>
        <translation>Mehrere Kunden haben einen Server „%1“; nennen Sie den Kunden mit --client.</translation>
    </message>
    <message>
        <source>There is no storage target &quot;%1&quot;; add it first with cairn-cli storage add.</source>
        <translation>Es gibt kein Speicherziel „%1“; fügen Sie es zuerst mit cairn-cli storage add hinzu.</translation>
    </message>
    <message>
        <source>The storage target &quot;%1&quot; belongs to client %2, not to %3; Cairn never sends one client&apos;s data to another client&apos;s storage.</source>
        <translation>Das Speicherziel „%1“ gehört zum Kunden %2, nicht zu %3; Cairn schickt die Daten eines Kunden nie in den Speicher eines anderen.</translation>
    </message>
    <message>
        <source>This job logs in with a password: give it in CAIRN_DB_PASSWORD or on standard input, never as an argument.</source>
        <translation>Dieser Auftrag meldet sich mit einem Passwort an: Übergeben Sie es in CAIRN_DB_PASSWORD oder über die Standardeingabe, nie als Argument.</translation>
    </message>
    <message>
        <source>Added job &quot;%1&quot; for %2 to %3; run it with: cairn-cli job run %4 --wait</source>
        <translation>Auftrag „%1“ für %2 nach %3 hinzugefügt; führen Sie ihn aus mit: cairn-cli job run %4 --wait</translation>
    </message>
    <message>
        <source>No jobs yet; add one with: cairn-cli job add NAME --server S --storage T --paths /srv</source>
        <translation>Noch keine Aufträge; fügen Sie einen hinzu mit: cairn-cli job add NAME --server S --storage T --paths /srv</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>Job:          %1 (%2)</source>
        <translation>Auftrag:        %1 (%2)</translation>
    </message>
    <message>
        <source>Client:       %1</source>
        <translation>Kunde:          %1</translation>
    </message>
    <message>
        <source>Server:       %1</source>
        <translation>Server:         %1</translation>
    </message>
    <message>
        <source>Storage:      %1</source>
        <translation>Speicher:       %1</translation>
    </message>
    <message>
        <source>Paths:        %1</source>
        <translation>Pfade:          %1</translation>
    </message>
    <message>
        <source>Excludes:     %1</source>
        <translation>Ausschlüsse:    %1</translation>
    </message>
    <message>
        <source>Databases:    %1 (login: %2)</source>
        <translation>Datenbanken:    %1 (Anmeldung: %2)</translation>
    </message>
    <message>
        <source>Compression:  %1</source>
        <translation>Komprimierung:  %1</translation>
    </message>
    <message>
        <source>Retention:    %1</source>
        <translation>Aufbewahrung:   %1</translation>
    </message>
    <message>
        <source>Backups:      %1</source>
        <translation>Sicherungen:    %1</translation>
    </message>
    <message>
        <source>Removed job &quot;%1&quot;; its backups stay in the bucket and in cairn-cli backup list.</source>
        <translation>Auftrag „%1“ entfernt; seine Sicherungen bleiben im Bucket und in cairn-cli backup list.</translation>
    </message>
    <message>
        <source>No runs yet; start one with: cairn-cli job run NAME --wait</source>
        <translation>Noch keine Läufe; starten Sie einen mit: cairn-cli job run NAME --wait</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>LAUF</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>GESTARTET</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>STORED</source>
        <translation>GESPEICHERT</translation>
    </message>
    <message>
        <source>TO DESKTOP</source>
        <translation>ZUM DESKTOP</translation>
    </message>
    <message>
        <source>Give the run&apos;s number, as cairn-cli run list shows it.</source>
        <translation>Geben Sie die Nummer des Laufs an, wie cairn-cli run list sie zeigt.</translation>
    </message>
    <message>
        <source>There is no run %1; run cairn-cli run list to see the runs.</source>
        <translation>Es gibt keinen Lauf %1; die Läufe zeigt cairn-cli run list.</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3</source>
        <translation>Lauf %1 von %2: %3</translation>
    </message>
    <message>
        <source>Started %1, finished %2</source>
        <translation>Gestartet %1, beendet %2</translation>
    </message>
    <message>
        <source>Read %1, stored %2, received by this computer %3</source>
        <translation>Gelesen %1, gespeichert %2, von diesem Computer empfangen %3</translation>
    </message>
    <message>
        <source>The server to back up.</source>
        <translation>Der zu sichernde Server.</translation>
    </message>
    <message>
        <source>The storage target (of the same client) to store the backups in.</source>
        <translation>Das Speicherziel (desselben Kunden), in dem die Sicherungen gespeichert werden.</translation>
    </message>
    <message>
        <source>A folder or file to back up (repeat for more).</source>
        <translation>Ein zu sichernder Ordner oder eine Datei (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>A tar --exclude pattern (repeatable).</source>
        <translation>Ein Ausschlussmuster für tar --exclude (wiederholbar).</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>A MySQL/MariaDB database to dump (repeatable).</source>
        <translation>Eine zu sichernde MySQL-/MariaDB-Datenbank (wiederholbar).</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>A PostgreSQL database to dump.</source>
        <translation>Eine zu sichernde PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <source>How the dump logs in: socket (default), sudo or password (from CAIRN_DB_PASSWORD or stdin).</source>
        <translation>Wie sich der Dump anmeldet: socket (Standard), sudo oder password (aus CAIRN_DB_PASSWORD oder stdin).</translation>
    </message>
    <message>
        <source>how</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Database user.</source>
        <translation>Datenbankbenutzer.</translation>
    </message>
    <message>
        <source>Database host or socket path.</source>
        <translation>Datenbank-Host oder Socket-Pfad.</translation>
    </message>
    <message>
        <source>Database port.</source>
        <translation>Datenbankport.</translation>
    </message>
    <message>
        <source>System user for --db-login sudo (default postgres or mysql).</source>
        <translation>Systembenutzer für --db-login sudo (Standard: postgres oder mysql).</translation>
    </message>
    <message>
        <source>zstd or gzip (default: zstd when the server has it).</source>
        <translation>zstd oder gzip (Standard: zstd, wenn der Server es hat).</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Compression level.</source>
        <translation>Komprimierungsstufe.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Keep the last N backups.</source>
        <translation>Die letzten N Sicherungen behalten.</translation>
    </message>
    <message>
        <source>Keep the newest backup of each of the last N days.</source>
        <translation>Die neueste Sicherung jedes der letzten N Tage behalten.</translation>
    </message>
    <message>
        <source>Keep the newest backup of each of the last N weeks.</source>
        <translation>Die neueste Sicherung jeder der letzten N Wochen behalten.</translation>
    </message>
    <message>
        <source>Keep the newest backup of each of the last N months.</source>
        <translation>Die neueste Sicherung jedes der letzten N Monate behalten.</translation>
    </message>
    <message>
        <source>Never delete backups younger than this.</source>
        <translation>Sicherungen, die jünger sind, nie löschen.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Upload at most this many bytes per second.</source>
        <translation>Höchstens so viele Bytes pro Sekunde hochladen.</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Part size in MiB (default: chosen per run).</source>
        <translation>Teilgröße in MiB (Standard: pro Lauf gewählt).</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Parts uploaded at once (default 4).</source>
        <translation>Gleichzeitig hochgeladene Teile (Standard 4).</translation>
    </message>
    <message>
        <source>Folder on the server for the part files (default $TMPDIR or /tmp).</source>
        <translation>Ordner auf dem Server für die Teildateien (Standard: $TMPDIR oder /tmp).</translation>
    </message>
    <message>
        <source>Command run on the server before the backup.</source>
        <translation>Befehl, der vor der Sicherung auf dem Server ausgeführt wird.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Command run on the server after the backup.</source>
        <translation>Befehl, der nach der Sicherung auf dem Server ausgeführt wird.</translation>
    </message>
    <message>
        <source>Add a backup job: what to back up from which server into which storage.</source>
        <translation>Einen Sicherungsauftrag hinzufügen: was von welchem Server in welchen Speicher gesichert wird.</translation>
    </message>
    <message>
        <source>List the backup jobs.</source>
        <translation>Die Sicherungsaufträge auflisten.</translation>
    </message>
    <message>
        <source>Show a job&apos;s settings, recent runs and number of backups.</source>
        <translation>Einstellungen, letzte Läufe und Anzahl der Sicherungen eines Auftrags anzeigen.</translation>
    </message>
    <message>
        <source>Remove a job (its backups stay in the bucket).</source>
        <translation>Einen Auftrag entfernen (seine Sicherungen bleiben im Bucket).</translation>
    </message>
    <message>
        <source>List the latest runs.</source>
        <translation>Die letzten Läufe auflisten.</translation>
    </message>
    <message>
        <source>Show one run with its log.</source>
        <translation>Einen Lauf mit seinem Protokoll anzeigen.</translation>
    </message>
    <message>
        <source>The run&apos;s number.</source>
        <translation>Die Nummer des Laufs.</translation>
    </message>
    <message>
        <source>The client the account belongs to (default: the only client).</source>
        <translation>Der Kunde, zu dem das Konto gehört (Standard: der einzige Kunde).</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>The client %1 has no provider account named %2; see cairn-cli provider list.</source>
        <translation>Der Kunde %1 hat kein Anbieterkonto namens %2; siehe cairn-cli provider list.</translation>
    </message>
    <message>
        <source>There is no provider account named %1; see cairn-cli provider list for the names.</source>
        <translation>Es gibt kein Anbieterkonto namens %1; die Namen zeigt cairn-cli provider list.</translation>
    </message>
    <message>
        <source>%1 clients have a provider account named %2; name the client with --client NAME.</source>
        <translation>%1 Kunden haben ein Anbieterkonto namens %2; nennen Sie den Kunden mit --client NAME.</translation>
    </message>
    <message>
        <source>An AWS account needs --access-key-id; its secret comes from CAIRN_SECRET_ACCESS_KEY or standard input.</source>
        <translation>Ein AWS-Konto braucht --access-key-id; sein Geheimnis kommt aus CAIRN_SECRET_ACCESS_KEY oder der Standardeingabe.</translation>
    </message>
    <message>
        <source>--access-key-id is for AWS only; %1 uses an API token.</source>
        <translation>--access-key-id gilt nur für AWS; %1 verwendet ein API-Token.</translation>
    </message>
    <message>
        <source>The client %1 already has a provider account named %2; choose another name or remove that one first.</source>
        <translation>Der Kunde %1 hat bereits ein Anbieterkonto namens %2; wählen Sie einen anderen Namen oder entfernen Sie zuerst das vorhandene.</translation>
    </message>
    <message>
        <source>Secret access key for %1: </source>
        <translation>Geheimer Zugriffsschlüssel für %1: </translation>
    </message>
    <message>
        <source>%1 API token: </source>
        <translation>%1-API-Token: </translation>
    </message>
    <message>
        <source>No secret was given; pass it in the environment variable %1 or on standard input, never as an argument.</source>
        <translation>Es wurde kein Geheimnis übergeben; übergeben Sie es in der Umgebungsvariablen %1 oder über die Standardeingabe, nie als Argument.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Added %1 account %2 for client %3; its secret is in the keychain.</source>
        <translation>%1-Konto %2 für Kunde %3 hinzugefügt; sein Geheimnis liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>No provider accounts yet; add one with: cairn-cli provider add NAME --provider %1</source>
        <translation>Noch keine Anbieterkonten; fügen Sie eines hinzu mit: cairn-cli provider add NAME --provider %1</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>Removed provider account %1; its keychain entry was already gone.</source>
        <translation>Anbieterkonto %1 entfernt; sein Schlüsselbund-Eintrag war bereits weg.</translation>
    </message>
    <message>
        <source>Removed provider account %1 and its secret in the keychain.</source>
        <translation>Anbieterkonto %1 und sein Geheimnis im Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>The account&apos;s name, e.g. Production.</source>
        <translation>Der Name des Kontos, z. B. Produktion.</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>Einer von %1.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>AWS only: the access key ID (its secret comes from $CAIRN_SECRET_ACCESS_KEY or standard input; tokens from $CAIRN_API_TOKEN or standard input).</source>
        <translation>Nur AWS: die Zugriffsschlüssel-ID (ihr Geheimnis kommt aus $CAIRN_SECRET_ACCESS_KEY oder der Standardeingabe; Tokens aus $CAIRN_API_TOKEN oder der Standardeingabe).</translation>
    </message>
    <message>
        <source>Save without checking the credentials first.</source>
        <translation>Speichern, ohne die Zugangsdaten vorher zu prüfen.</translation>
    </message>
    <message>
        <source>Check and save a cloud provider account; the token or secret goes to the keychain.</source>
        <translation>Ein Cloud-Anbieterkonto prüfen und speichern; das Token oder Geheimnis kommt in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>List the cloud provider accounts.</source>
        <translation>Die Cloud-Anbieterkonten auflisten.</translation>
    </message>
    <message>
        <source>Check the account&apos;s credentials against the provider&apos;s API.</source>
        <translation>Die Zugangsdaten des Kontos gegen die API des Anbieters prüfen.</translation>
    </message>
    <message>
        <source>Remove a provider account and its keychain entry.</source>
        <translation>Ein Anbieterkonto und seinen Schlüsselbund-Eintrag entfernen.</translation>
    </message>
    <message>
        <source>Standard input holds more than 64 KiB, which is no secret Cairn expects; pass only the secret.</source>
        <translation>Die Standardeingabe enthält mehr als 64 KiB, was kein Geheimnis ist, das Cairn erwartet; übergeben Sie nur das Geheimnis.</translation>
    </message>
    <message>
        <source>The client the storage target belongs to (default: the only client).</source>
        <translation>Der Kunde, zu dem das Speicherziel gehört (Standard: der einzige Kunde).</translation>
    </message>
    <message>
        <source>storage target</source>
        <translation>Speicherziel</translation>
    </message>
    <message>
        <source>The client %1 has no storage target named %2; see cairn-cli storage list.</source>
        <translation>Der Kunde %1 hat kein Speicherziel namens %2; siehe cairn-cli storage list.</translation>
    </message>
    <message>
        <source>There is no storage target named %1; see cairn-cli storage list for the names.</source>
        <translation>Es gibt kein Speicherziel namens %1; die Namen zeigt cairn-cli storage list.</translation>
    </message>
    <message>
        <source>%1 clients have a storage target named %2; name the client with --client NAME.</source>
        <translation>%1 Kunden haben ein Speicherziel namens %2; nennen Sie den Kunden mit --client NAME.</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>bucket %1 at %2, prefix %3</source>
        <translation>Bucket %1 unter %2, Präfix %3</translation>
    </message>
    <message>
        <source>(whole bucket)</source>
        <translation>(ganzer Bucket)</translation>
    </message>
    <message>
        <source>--provider must be one of %1; for MinIO or another S3 server use custom.</source>
        <translation>--provider muss einer von %1 sein; für MinIO oder einen anderen S3-Server verwenden Sie custom.</translation>
    </message>
    <message>
        <source>storage add needs --%1; run cairn-cli storage add --help for the options.</source>
        <translation>storage add braucht --%1; die Optionen zeigt cairn-cli storage add --help.</translation>
    </message>
    <message>
        <source>storage add needs --region for this provider; enter the bucket&apos;s region.</source>
        <translation>storage add braucht für diesen Anbieter --region; geben Sie die Region des Buckets an.</translation>
    </message>
    <message>
        <source>storage add needs --endpoint for provider %1; enter the S3 API address the provider shows for the bucket.</source>
        <translation>storage add braucht --endpoint für den Anbieter %1; geben Sie die S3-API-Adresse an, die der Anbieter für den Bucket anzeigt.</translation>
    </message>
    <message>
        <source>--addressing must be path or virtual.</source>
        <translation>--addressing muss path oder virtual sein.</translation>
    </message>
    <message>
        <source>--abort-incomplete-uploads takes a number of days from 1 to 3650.</source>
        <translation>--abort-incomplete-uploads erwartet eine Anzahl von Tagen zwischen 1 und 3650.</translation>
    </message>
    <message>
        <source>The client %1 already has a storage target named %2; choose another name or remove that one first.</source>
        <translation>Der Kunde %1 hat bereits ein Speicherziel namens %2; wählen Sie einen anderen Namen oder entfernen Sie zuerst das vorhandene.</translation>
    </message>
    <message>
        <source>No secret access key was given; pass it in the environment variable CAIRN_SECRET_ACCESS_KEY or on standard input, never as an argument.</source>
        <translation>Es wurde kein geheimer Zugriffsschlüssel übergeben; übergeben Sie ihn in der Umgebungsvariablen CAIRN_SECRET_ACCESS_KEY oder über die Standardeingabe, nie als Argument.</translation>
    </message>
    <message>
        <source>Testing %1 (%2):</source>
        <translation>Teste %1 (%2):</translation>
    </message>
    <message>
        <source>Added storage target %1 for client %2 (%3); its secret is in the keychain.</source>
        <translation>Speicherziel %1 für Kunde %2 hinzugefügt (%3); sein Geheimnis liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>No storage targets yet; add one with: cairn-cli storage add NAME --provider P --bucket B --access-key-id ID</source>
        <translation>Noch keine Speicherziele; fügen Sie eines hinzu mit: cairn-cli storage add NAME --provider P --bucket B --access-key-id ID</translation>
    </message>
    <message>
        <source>BUCKET/PREFIX</source>
        <translation>BUCKET/PRÄFIX</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>ENDPUNKT</translation>
    </message>
    <message>
        <source>The storage target %1 works.</source>
        <translation>Das Speicherziel %1 funktioniert.</translation>
    </message>
    <message>
        <source>Removed storage target %1; its keychain entry was already gone.</source>
        <translation>Speicherziel %1 entfernt; sein Schlüsselbund-Eintrag war bereits weg.</translation>
    </message>
    <message>
        <source>Removed storage target %1 and its secret in the keychain; the objects in the bucket were left alone.</source>
        <translation>Speicherziel %1 und sein Geheimnis im Schlüsselbund entfernt; die Objekte im Bucket wurden nicht angetastet.</translation>
    </message>
    <message>
        <source>--method must be GET or PUT.</source>
        <translation>--method muss GET oder PUT sein.</translation>
    </message>
    <message>
        <source>--expires takes seconds from %1 (15 minutes) to %2 (7 days).</source>
        <translation>--expires erwartet Sekunden von %1 (15 Minuten) bis %2 (7 Tage).</translation>
    </message>
    <message>
        <source>The object key is empty; name the object below the target&apos;s prefix.</source>
        <translation>Der Objektschlüssel ist leer; benennen Sie das Objekt unterhalb des Präfixes des Ziels.</translation>
    </message>
    <message>
        <source>Warning: %1 The URL was signed with this computer&apos;s clock.</source>
        <translation>Warnung: %1 Die URL wurde mit der Uhr dieses Computers signiert.</translation>
    </message>
    <message>
        <source>The storage target&apos;s name, e.g. Offsite.</source>
        <translation>Der Name des Speicherziels, z. B. Extern.</translation>
    </message>
    <message>
        <source>Provider preset: %1.</source>
        <translation>Anbieter-Voreinstellung: %1.</translation>
    </message>
    <message>
        <source>S3 API address, e.g. https://s3.eu-central-1.amazonaws.com (default: the preset&apos;s for the region).</source>
        <translation>S3-API-Adresse, z. B. https://s3.eu-central-1.amazonaws.com (Standard: die der Voreinstellung für die Region).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The bucket&apos;s region (default: the preset&apos;s first).</source>
        <translation>Die Region des Buckets (Standard: die erste der Voreinstellung).</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The bucket&apos;s name.</source>
        <translation>Der Name des Buckets.</translation>
    </message>
    <message>
        <source>bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Key prefix inside the bucket (default: the client&apos;s name made safe for keys; &quot;&quot; for the whole bucket).</source>
        <translation>Schlüsselpräfix im Bucket (Standard: der Name des Kunden, für Schlüssel sicher gemacht; &quot;&quot; für den ganzen Bucket).</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>The access key ID (its secret comes from $%1 or standard input).</source>
        <translation>Die Zugriffsschlüssel-ID (ihr Geheimnis kommt aus $%1 oder der Standardeingabe).</translation>
    </message>
    <message>
        <source>path or virtual (default: the preset&apos;s).</source>
        <translation>path oder virtual (Standard: der der Voreinstellung).</translation>
    </message>
    <message>
        <source>style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Also set a lifecycle rule that removes uploads left unfinished after this many days.</source>
        <translation>Zusätzlich eine Lifecycle-Regel setzen, die unvollständig gebliebene Uploads nach so vielen Tagen entfernt.</translation>
    </message>
    <message>
        <source>Save without testing the storage first.</source>
        <translation>Speichern, ohne den Speicher vorher zu testen.</translation>
    </message>
    <message>
        <source>GET (default) or PUT.</source>
        <translation>GET (Standard) oder PUT.</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Validity in seconds, 900 to 604800 (default 3600).</source>
        <translation>Gültigkeit in Sekunden, 900 bis 604800 (Standard 3600).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Test and save a client&apos;s S3 bucket; the secret access key goes to the keychain.</source>
        <translation>Den S3-Bucket eines Kunden testen und speichern; der geheime Zugriffsschlüssel kommt in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>List the storage targets.</source>
        <translation>Die Speicherziele auflisten.</translation>
    </message>
    <message>
        <source>List, write, read back and delete a probe object; show versioning, Object Lock and the clean-up rule.</source>
        <translation>Ein Testobjekt auflisten, schreiben, zurücklesen und löschen; Versionierung, Object Lock und die Aufräumregel anzeigen.</translation>
    </message>
    <message>
        <source>Remove a storage target and its keychain entry (objects in the bucket stay).</source>
        <translation>Ein Speicherziel und seinen Schlüsselbund-Eintrag entfernen (Objekte im Bucket bleiben erhalten).</translation>
    </message>
    <message>
        <source>Print a presigned URL for one object below the target&apos;s prefix.</source>
        <translation>Eine vorsignierte URL für ein Objekt unterhalb des Präfixes des Ziels ausgeben.</translation>
    </message>
    <message>
        <source>The object&apos;s key below the target&apos;s prefix.</source>
        <translation>Der Schlüssel des Objekts unterhalb des Präfixes des Ziels.</translation>
    </message>
    <message>
        <source>--%1 takes a date or time like 2026-11-29 or 2026-11-29T14:00; correct it and try again.</source>
        <translation>--%1 erwartet ein Datum oder eine Uhrzeit wie 2026-11-29 oder 2026-11-29T14:00; korrigieren Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cairn could not write %1 (%2); choose another place.</source>
        <translation>Cairn konnte %1 nicht schreiben (%2); wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Write the audit log as CSV, oldest first (to standard output without --csv).</source>
        <translation>Das Audit-Protokoll als CSV schreiben, älteste zuerst (ohne --csv auf die Standardausgabe).</translation>
    </message>
    <message>
        <source>Write the CSV to this file (mode 0600) instead of standard output.</source>
        <translation>Die CSV in diese Datei (Modus 0600) statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Only this client&apos;s entries.</source>
        <translation>Nur die Einträge dieses Kunden.</translation>
    </message>
    <message>
        <source>Only entries at or after this date or time (ISO 8601).</source>
        <translation>Nur Einträge ab diesem Datum oder dieser Uhrzeit (ISO 8601).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Only entries at or before this date or time (ISO 8601).</source>
        <translation>Nur Einträge bis zu diesem Datum oder dieser Uhrzeit (ISO 8601).</translation>
    </message>
    <message>
        <source>Only entries whose action, object, outcome or actor contain this text.</source>
        <translation>Nur Einträge, deren Aktion, Objekt, Ergebnis oder Akteur diesen Text enthält.</translation>
    </message>
    <message>
        <source>  (verified %1)</source>
        <translation>  (geprüft %1)</translation>
    </message>
    <message>
        <source>  (verify FAILED %1)</source>
        <translation>  (Prüfung FEHLGESCHLAGEN %1)</translation>
    </message>
    <message>
        <source>Save the recovery kit now (cairn-cli kit export): without the private key no encrypted backup of %1 can be restored.</source>
        <translation>Speichern Sie jetzt das Wiederherstellungspaket (cairn-cli kit export): Ohne den privaten Schlüssel kann keine verschlüsselte Sicherung von %1 wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Generating an RSA-4096 key pair (a few seconds)...</source>
        <translation>Ein RSA-4096-Schlüsselpaar wird erzeugt (einige Sekunden)...</translation>
    </message>
    <message>
        <source>Created the encryption key of %1 (%2); its private half is in the keychain only.</source>
        <translation>Der Verschlüsselungsschlüssel von %1 wurde angelegt (%2); seine private Hälfte liegt nur im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Name the public key file: cairn-cli client keys import-public CLIENT FILE.</source>
        <translation>Nennen Sie die Datei mit dem öffentlichen Schlüssel: cairn-cli client keys import-public CLIENT FILE.</translation>
    </message>
    <message>
        <source>Imported the public encryption key of %1 (%2); keep its private key safe offline: Cairn cannot restore encrypted backups without it.</source>
        <translation>Der öffentliche Verschlüsselungsschlüssel von %1 wurde importiert (%2); bewahren Sie seinen privaten Schlüssel sicher offline auf: Ohne ihn kann Cairn verschlüsselte Sicherungen nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Name the file for the private key: cairn-cli client keys export CLIENT FILE.</source>
        <translation>Nennen Sie die Datei für den privaten Schlüssel: cairn-cli client keys export CLIENT FILE.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name (Cairn never overwrites a key file).</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen (Cairn überschreibt nie eine Schlüsseldatei).</translation>
    </message>
    <message>
        <source>Cairn cannot create %1 (%2); choose a new file in a folder you can write to.</source>
        <translation>Cairn kann %1 nicht anlegen (%2); wählen Sie eine neue Datei in einem Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cairn could not write %1 (%2); check the free space.</source>
        <translation>Cairn konnte %1 nicht schreiben (%2); prüfen Sie den freien Platz.</translation>
    </message>
    <message>
        <source>Wrote the private encryption key of %1 to %2 (readable by you only); keep it offline and safe.</source>
        <translation>Der private Verschlüsselungsschlüssel von %1 wurde nach %2 geschrieben (nur für Sie lesbar); bewahren Sie ihn offline und sicher auf.</translation>
    </message>
    <message>
        <source>%1 has no encryption key yet; create one with: cairn-cli client keys create &quot;%1&quot;</source>
        <translation>%1 hat noch keinen Verschlüsselungsschlüssel; legen Sie einen an mit: cairn-cli client keys create &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Encryption key of %1: %2 (%3)</source>
        <translation>Verschlüsselungsschlüssel von %1: %2 (%3)</translation>
    </message>
    <message>
        <source>private key in the keychain</source>
        <translation>privater Schlüssel im Schlüsselbund</translation>
    </message>
    <message>
        <source>public key only; the private key is kept offline</source>
        <translation>nur öffentlicher Schlüssel; der private Schlüssel wird offline aufbewahrt</translation>
    </message>
    <message>
        <source>client keys takes create, import-public, export or show; for example: cairn-cli client keys create CLIENT.</source>
        <translation>client keys erwartet create, import-public, export oder show; zum Beispiel: cairn-cli client keys create CLIENT.</translation>
    </message>
    <message>
        <source>A client&apos;s encryption key: create (RSA-4096, private key in the keychain), import-public FILE (keep the private key offline), export FILE (the private key, to a new 0600 file), show.</source>
        <translation>Der Verschlüsselungsschlüssel eines Kunden: create (RSA-4096, privater Schlüssel im Schlüsselbund), import-public FILE (privaten Schlüssel offline aufbewahren), export FILE (der private Schlüssel, in eine neue 0600-Datei), show.</translation>
    </message>
    <message>
        <source>create, import-public, export or show.</source>
        <translation>create, import-public, export oder show.</translation>
    </message>
    <message>
        <source>The client&apos;s name.</source>
        <translation>Der Name des Kunden.</translation>
    </message>
    <message>
        <source>import-public: the PEM public key; export: the new file for the private key.</source>
        <translation>import-public: der öffentliche PEM-Schlüssel; export: die neue Datei für den privaten Schlüssel.</translation>
    </message>
    <message>
        <source>%1 has no encryption key yet; create it with cairn-cli client keys create &quot;%1&quot; (or import-public), save the recovery kit, then add the job again.</source>
        <translation>%1 hat noch keinen Verschlüsselungsschlüssel; legen Sie ihn mit cairn-cli client keys create &quot;%1&quot; an (oder import-public), speichern Sie das Wiederherstellungspaket und fügen Sie dann den Auftrag erneut hinzu.</translation>
    </message>
    <message>
        <source>Encrypt each backup on the server with its own key, wrapped with the client&apos;s key (cairn-cli client keys create first).</source>
        <translation>Jede Sicherung auf dem Server mit einem eigenen Schlüssel verschlüsseln, der mit dem Schlüssel des Kunden verpackt wird (zuerst cairn-cli client keys create).</translation>
    </message>
    <message>
        <source>There is no backup %1; run cairn-cli backup list to see the backups&apos; ids.</source>
        <translation>Es gibt keine Sicherung %1; führen Sie cairn-cli backup list aus, um die IDs der Sicherungen zu sehen.</translation>
    </message>
    <message>
        <source>The backup&apos;s client has no server &quot;%1&quot;; run cairn-cli server list to see its servers.</source>
        <translation>Der Kunde der Sicherung hat keinen Server &quot;%1&quot;; führen Sie cairn-cli server list aus, um seine Server zu sehen.</translation>
    </message>
    <message>
        <source>This computer received %1 from the server.</source>
        <translation>Dieser Computer hat %1 vom Server empfangen.</translation>
    </message>
    <message>
        <source>Say where to restore to with exactly one of --to DIR, --database NAME or --over-original.</source>
        <translation>Geben Sie das Wiederherstellungsziel mit genau einer der Optionen --to DIR, --database NAME oder --over-original an.</translation>
    </message>
    <message>
        <source>Give the link&apos;s lifetime in seconds with --expires, 900 to 604800.</source>
        <translation>Geben Sie die Gültigkeitsdauer des Links mit --expires in Sekunden an, 900 bis 604800.</translation>
    </message>
    <message>
        <source>The storage that holds this backup is no longer configured; add it again.</source>
        <translation>Der Speicher, der diese Sicherung enthält, ist nicht mehr eingerichtet; fügen Sie ihn erneut hinzu.</translation>
    </message>
    <message>
        <source>Download link, valid until %1 UTC (anyone with it can read the archive):</source>
        <translation>Download-Link, gültig bis %1 UTC (jeder, der ihn hat, kann das Archiv lesen):</translation>
    </message>
    <message>
        <source>There is no storage target named &quot;%1&quot;; see cairn-cli storage list.</source>
        <translation>Es gibt kein Speicherziel namens &quot;%1&quot;; siehe cairn-cli storage list.</translation>
    </message>
    <message>
        <source>Several clients have a storage target named &quot;%1&quot;; name the client with --client.</source>
        <translation>Mehrere Kunden haben ein Speicherziel namens &quot;%1&quot;; nennen Sie den Kunden mit --client.</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>The server to restore to (default: the one the backup came from).</source>
        <translation>Der Server, auf den wiederhergestellt wird (Standard: der, von dem die Sicherung stammt).</translation>
    </message>
    <message>
        <source>Show the run&apos;s log on the terminal.</source>
        <translation>Das Protokoll des Laufs im Terminal anzeigen.</translation>
    </message>
    <message>
        <source>The backup&apos;s id (see cairn-cli backup list).</source>
        <translation>Die ID der Sicherung (siehe cairn-cli backup list).</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder or database; exit 0 only when it is complete.</source>
        <translation>Eine Sicherung in einen neuen Ordner oder eine neue Datenbank wiederherstellen; Exit-Code 0 nur, wenn sie vollständig ist.</translation>
    </message>
    <message>
        <source>A new (or empty) folder on the server to restore into.</source>
        <translation>Ein neuer (oder leerer) Ordner auf dem Server, in den wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Only this file or folder, as the backup&apos;s index names it (repeatable).</source>
        <translation>Nur diese Datei oder dieser Ordner, wie der Index der Sicherung sie nennt (wiederholbar).</translation>
    </message>
    <message>
        <source>The server&apos;s name, typed to confirm --over-original.</source>
        <translation>Der Name des Servers, eingegeben zur Bestätigung von --over-original.</translation>
    </message>
    <message>
        <source>A new database to load a database backup into.</source>
        <translation>Eine neue Datenbank, in die eine Datenbanksicherung geladen wird.</translation>
    </message>
    <message>
        <source>Download a backup on a server and check its size and SHA-256 against its manifest.</source>
        <translation>Eine Sicherung auf einen Server herunterladen und ihre Größe und ihren SHA-256 gegen ihr Manifest prüfen.</translation>
    </message>
    <message>
        <source>Print a download link for a backup and the commands that restore it by hand.</source>
        <translation>Einen Download-Link für eine Sicherung und die Befehle ausgeben, die sie von Hand wiederherstellen.</translation>
    </message>
    <message>
        <source>How long the link works, in seconds (900 to 604800).</source>
        <translation>Wie lange der Link gültig ist, in Sekunden (900 bis 604800).</translation>
    </message>
    <message>
        <source>Add the backups a storage target holds that this database does not know yet.</source>
        <translation>Die Sicherungen eines Speicherziels hinzufügen, die diese Datenbank noch nicht kennt.</translation>
    </message>
    <message>
        <source>The storage target&apos;s name.</source>
        <translation>Der Name des Speicherziels.</translation>
    </message>
    <message>
        <source>Say when with exactly one of --cron, --hourly, --daily, --weekly, --monthly or --manual.</source>
        <translation>Geben Sie den Zeitpunkt mit genau einer der Optionen --cron, --hourly, --daily, --weekly, --monthly oder --manual an.</translation>
    </message>
    <message>
        <source>Only --weekly and --monthly take a time after their value.</source>
        <translation>Nur --weekly und --monthly erwarten nach ihrem Wert eine Uhrzeit.</translation>
    </message>
    <message>
        <source>--jitter takes whole minutes from 0 to 1440.</source>
        <translation>--jitter erwartet ganze Minuten von 0 bis 1440.</translation>
    </message>
    <message>
        <source>--missed takes catch-up or skip.</source>
        <translation>--missed erwartet catch-up oder skip.</translation>
    </message>
    <message>
        <source>--overdue-after takes whole hours from 1 to 9600.</source>
        <translation>--overdue-after erwartet ganze Stunden von 1 bis 9600.</translation>
    </message>
    <message>
        <source>A schedule is one line; remove the line break.</source>
        <translation>Ein Zeitplan ist eine Zeile; entfernen Sie den Zeilenumbruch.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; now runs only when started by hand.</source>
        <translation>Auftrag &quot;%1&quot; läuft jetzt nur noch, wenn er von Hand gestartet wird.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot;: %2; next run %3.</source>
        <translation>Auftrag &quot;%1&quot;: %2; nächster Lauf %3.</translation>
    </message>
    <message>
        <source>Only when started by hand</source>
        <translation>Nur bei manuellem Start</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>No jobs yet; add one with cairn-cli job add, then schedule it with cairn-cli job schedule.</source>
        <translation>Noch keine Aufträge; fügen Sie einen mit cairn-cli job add hinzu und planen Sie ihn dann mit cairn-cli job schedule.</translation>
    </message>
    <message>
        <source>Schedules are paused until %1.</source>
        <translation>Zeitpläne sind bis %1 angehalten.</translation>
    </message>
    <message>
        <source>Schedules are paused until resumed.</source>
        <translation>Zeitpläne sind bis zur Fortsetzung angehalten.</translation>
    </message>
    <message>
        <source>NEXT RUN (UTC)</source>
        <translation>NÄCHSTER LAUF (UTC)</translation>
    </message>
    <message>
        <source>SCHEDULE</source>
        <translation>ZEITPLAN</translation>
    </message>
    <message>
        <source>cairn-cli could not set up its signal handling; check the system&apos;s limits.</source>
        <translation>cairn-cli konnte seine Signalbehandlung nicht einrichten; prüfen Sie die Grenzen des Systems.</translation>
    </message>
    <message>
        <source>Scheduling the backups of %1.</source>
        <translation>Die Sicherungen von %1 werden geplant.</translation>
    </message>
    <message>
        <source>Scheduled run of %1 started.</source>
        <translation>Geplanter Lauf von %1 gestartet.</translation>
    </message>
    <message>
        <source>Run of %1 started.</source>
        <translation>Lauf von %1 gestartet.</translation>
    </message>
    <message>
        <source>Run of %1 succeeded.</source>
        <translation>Lauf von %1 erfolgreich.</translation>
    </message>
    <message>
        <source>Run of %1 was cancelled.</source>
        <translation>Lauf von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Run of %1 failed: %2</source>
        <translation>Lauf von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Webhook delivered.</source>
        <translation>Webhook zugestellt.</translation>
    </message>
    <message>
        <source>Stopping at once.</source>
        <translation>Wird sofort beendet.</translation>
    </message>
    <message>
        <source>Stopping: cancelling the runs in progress.</source>
        <translation>Wird beendet: Die laufenden Läufe werden abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>Address: </source>
        <translation>Adresse: </translation>
    </message>
    <message>
        <source>Give the address on standard input (or in %1), never as an argument.</source>
        <translation>Geben Sie die Adresse über die Standardeingabe (oder in %1) an, nie als Argument.</translation>
    </message>
    <message>
        <source>The address is not an http or https URL; copy it again from the service.</source>
        <translation>Die Adresse ist keine http- oder https-URL; kopieren Sie sie erneut aus dem Dienst.</translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; has no webhook now.</source>
        <translation>Kunde &quot;%1&quot; hat jetzt keinen Webhook.</translation>
    </message>
    <message>
        <source>--kind takes slack, discord, ntfy or generic.</source>
        <translation>--kind erwartet slack, discord, ntfy oder generic.</translation>
    </message>
    <message>
        <source>The webhook address carries a token: pass --url-stdin and give it on standard input.</source>
        <translation>Die Webhook-Adresse enthält ein Token: Übergeben Sie --url-stdin und geben Sie sie über die Standardeingabe an.</translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; now tells its %2 webhook at %3 about failed, overdue and good backups.</source>
        <translation>Kunde &quot;%1&quot; meldet jetzt fehlgeschlagene, überfällige und gute Sicherungen an seinen %2-Webhook unter %3.</translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; now tells its %2 webhook at %3 about failed and overdue backups.</source>
        <translation>Kunde &quot;%1&quot; meldet jetzt fehlgeschlagene und überfällige Sicherungen an seinen %2-Webhook unter %3.</translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; has no ping URL now.</source>
        <translation>Kunde &quot;%1&quot; hat jetzt keine Ping-URL.</translation>
    </message>
    <message>
        <source>The ping address carries a token: pass --url-stdin and give it on standard input.</source>
        <translation>Die Ping-Adresse enthält ein Token: Übergeben Sie --url-stdin und geben Sie sie über die Standardeingabe an.</translation>
    </message>
    <message>
        <source>The servers of client &quot;%1&quot; now call %2 at the end of each good backup.</source>
        <translation>Die Server des Kunden &quot;%1&quot; rufen jetzt am Ende jeder guten Sicherung %2 auf.</translation>
    </message>
    <message>
        <source>Remove it instead.</source>
        <translation>Entfernen Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>Read the address from standard input (or CAIRN_WEBHOOK_URL / CAIRN_PING_URL).</source>
        <translation>Die Adresse von der Standardeingabe lesen (oder aus CAIRN_WEBHOOK_URL / CAIRN_PING_URL).</translation>
    </message>
    <message>
        <source>Set when a job runs by itself (and when it counts as overdue).</source>
        <translation>Festlegen, wann ein Auftrag von selbst läuft (und wann er als überfällig gilt).</translation>
    </message>
    <message>
        <source>HH:MM for --weekly and --monthly.</source>
        <translation>HH:MM für --weekly und --monthly.</translation>
    </message>
    <message>
        <source>A five-field cron expression, e.g. &quot;30 2 * * 1-5&quot;.</source>
        <translation>Ein fünfteiliger Cron-Ausdruck, z. B. &quot;30 2 * * 1-5&quot;.</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Every hour, on the hour.</source>
        <translation>Jede Stunde, zur vollen Stunde.</translation>
    </message>
    <message>
        <source>Every day at this time.</source>
        <translation>Jeden Tag um diese Uhrzeit.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>On these days (mon,wed or mon-fri), time follows.</source>
        <translation>An diesen Tagen (mon,wed oder mon-fri), Uhrzeit folgt.</translation>
    </message>
    <message>
        <source>On this day of the month (1-31), time follows.</source>
        <translation>An diesem Tag des Monats (1-31), Uhrzeit folgt.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Only when started by hand.</source>
        <translation>Nur bei manuellem Start.</translation>
    </message>
    <message>
        <source>Time zone (IANA name, default: this computer&apos;s).</source>
        <translation>Zeitzone (IANA-Name, Standard: die dieses Computers).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Start up to this many minutes late (fixed per job).</source>
        <translation>Bis zu so vielen Minuten später starten (fest pro Auftrag).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>After downtime: catch-up (run once) or skip.</source>
        <translation>Nach einer Ausfallzeit: catch-up (einmal nachholen) oder skip.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Hours without a good backup before the job is overdue.</source>
        <translation>Stunden ohne gute Sicherung, bevor der Auftrag überfällig ist.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>List each job&apos;s schedule and next run.</source>
        <translation>Den Zeitplan und nächsten Lauf jedes Auftrags auflisten.</translation>
    </message>
    <message>
        <source>Overdue and failed jobs; exit code 1 when there is any.</source>
        <translation>Überfällige und fehlgeschlagene Aufträge; Exit-Code 1, wenn es welche gibt.</translation>
    </message>
    <message>
        <source>Run the scheduler without a window until SIGTERM or Ctrl-C.</source>
        <translation>Den Zeitplaner ohne Fenster ausführen, bis SIGTERM oder Strg+C.</translation>
    </message>
    <message>
        <source>Set the client&apos;s webhook for failed, overdue (and good) backups.</source>
        <translation>Den Webhook des Kunden für fehlgeschlagene, überfällige (und gute) Sicherungen festlegen.</translation>
    </message>
    <message>
        <source>slack, discord, ntfy or generic.</source>
        <translation>slack, discord, ntfy oder generic.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Also report good backups.</source>
        <translation>Auch gute Sicherungen melden.</translation>
    </message>
    <message>
        <source>Set the URL the client&apos;s servers call after each good backup (dead man&apos;s switch).</source>
        <translation>Die URL festlegen, die die Server des Kunden nach jeder guten Sicherung aufrufen (Totmannschalter).</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Wiederholen: </translation>
    </message>
    <message>
        <source>The two entries differ; run the command again and type the same one twice.</source>
        <translation>Die beiden Eingaben unterscheiden sich; führen Sie den Befehl erneut aus und geben Sie zweimal dasselbe ein.</translation>
    </message>
    <message>
        <source>Code from the authenticator app (or a recovery code): </source>
        <translation>Code aus der Authenticator-App (oder ein Wiederherstellungscode): </translation>
    </message>
    <message>
        <source>No code was given; pass it on standard input or in CAIRN_TWO_FACTOR_CODE.</source>
        <translation>Es wurde kein Code angegeben; übergeben Sie ihn über die Standardeingabe oder in CAIRN_TWO_FACTOR_CODE.</translation>
    </message>
    <message>
        <source>Master password: </source>
        <translation>Master-Passwort: </translation>
    </message>
    <message>
        <source>No master password was given; pass it on standard input or in CAIRN_MASTER_PASSWORD.</source>
        <translation>Es wurde kein Master-Passwort angegeben; übergeben Sie es über die Standardeingabe oder in CAIRN_MASTER_PASSWORD.</translation>
    </message>
    <message>
        <source>The app lock is already on; use cairn-cli lock change to change the password.</source>
        <translation>Die App-Sperre ist bereits eingeschaltet; ändern Sie das Passwort mit cairn-cli lock change.</translation>
    </message>
    <message>
        <source>New master password: </source>
        <translation>Neues Master-Passwort: </translation>
    </message>
    <message>
        <source>No password was given; pass it on standard input or in CAIRN_NEW_MASTER_PASSWORD.</source>
        <translation>Es wurde kein Passwort angegeben; übergeben Sie es über die Standardeingabe oder in CAIRN_NEW_MASTER_PASSWORD.</translation>
    </message>
    <message>
        <source>The app lock is on.</source>
        <translation>Die App-Sperre ist eingeschaltet.</translation>
    </message>
    <message>
        <source>The app lock is off; turn it on with cairn-cli lock set.</source>
        <translation>Die App-Sperre ist ausgeschaltet; schalten Sie sie mit cairn-cli lock set ein.</translation>
    </message>
    <message>
        <source>No new password was given; pass it on standard input or in CAIRN_NEW_MASTER_PASSWORD.</source>
        <translation>Es wurde kein neues Passwort angegeben; übergeben Sie es über die Standardeingabe oder in CAIRN_NEW_MASTER_PASSWORD.</translation>
    </message>
    <message>
        <source>The master password is changed; two-factor sign-in is as it was.</source>
        <translation>Das Master-Passwort ist geändert; die Zwei-Faktor-Anmeldung ist unverändert.</translation>
    </message>
    <message>
        <source>The app lock is already off.</source>
        <translation>Die App-Sperre ist bereits ausgeschaltet.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on; turn it off first with cairn-cli 2fa disable, then remove the lock.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist eingeschaltet; schalten Sie sie zuerst mit cairn-cli 2fa disable aus und entfernen Sie dann die Sperre.</translation>
    </message>
    <message>
        <source>The app lock is off.</source>
        <translation>Die App-Sperre ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Recovery codes (shown only now; keep them somewhere safe, each works once):</source>
        <translation>Wiederherstellungscodes (nur jetzt angezeigt; bewahren Sie sie sicher auf, jeder funktioniert einmal):</translation>
    </message>
    <message>
        <source>The app lock is off; turn it on first with cairn-cli lock set.</source>
        <translation>Die App-Sperre ist ausgeschaltet; schalten Sie sie zuerst mit cairn-cli lock set ein.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is already on; turn it off first to set up another app.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist bereits eingeschaltet; schalten Sie sie zuerst aus, um eine andere App einzurichten.</translation>
    </message>
    <message>
        <source>Add Cairn to your authenticator app with this link, or type the key by hand:</source>
        <translation>Fügen Sie Cairn mit diesem Link zu Ihrer Authenticator-App hinzu, oder tippen Sie den Schlüssel von Hand ein:</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>Code the app shows now: </source>
        <translation>Code, den die App jetzt anzeigt: </translation>
    </message>
    <message>
        <source>No code was given; nothing changed, run the command again when the app shows a code.</source>
        <translation>Es wurde kein Code angegeben; nichts wurde geändert, führen Sie den Befehl erneut aus, wenn die App einen Code anzeigt.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist eingeschaltet.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is already off.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist bereits ausgeschaltet.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off; the app lock stays on.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist ausgeschaltet; die App-Sperre bleibt eingeschaltet.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off; it has no recovery codes.</source>
        <translation>Die Zwei-Faktor-Anmeldung ist ausgeschaltet; sie hat keine Wiederherstellungscodes.</translation>
    </message>
    <message>
        <source>New recovery codes are made; the old ones no longer work.</source>
        <translation>Neue Wiederherstellungscodes sind erzeugt; die alten funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Passphrase for the kit: </source>
        <translation>Passphrase für das Paket: </translation>
    </message>
    <message>
        <source>No passphrase was given; pass it on standard input or in CAIRN_KIT_PASSPHRASE.</source>
        <translation>Es wurde keine Passphrase angegeben; übergeben Sie sie über die Standardeingabe oder in CAIRN_KIT_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Wrote the recovery kit of %1 to %2; keep the passphrase apart from the file.</source>
        <translation>Das Wiederherstellungspaket von %1 wurde nach %2 geschrieben; bewahren Sie die Passphrase getrennt von der Datei auf.</translation>
    </message>
    <message>
        <source>Cairn could not open %1 (%2); check the path.</source>
        <translation>Cairn konnte %1 nicht öffnen (%2); prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>Passphrase of the kit: </source>
        <translation>Passphrase des Pakets: </translation>
    </message>
    <message>
        <source>Imported the recovery kit: %1.</source>
        <translation>Wiederherstellungspaket importiert: %1.</translation>
    </message>
    <message>
        <source>The kit file.</source>
        <translation>Die Paketdatei.</translation>
    </message>
    <message>
        <source>Turn the app lock on (new master password on stdin or in CAIRN_NEW_MASTER_PASSWORD).</source>
        <translation>Die App-Sperre einschalten (neues Master-Passwort über stdin oder in CAIRN_NEW_MASTER_PASSWORD).</translation>
    </message>
    <message>
        <source>Change the master password (stdin: the current one, then the new one).</source>
        <translation>Das Master-Passwort ändern (stdin: das aktuelle, dann das neue).</translation>
    </message>
    <message>
        <source>Turn the app lock off (stdin: the master password).</source>
        <translation>Die App-Sperre ausschalten (stdin: das Master-Passwort).</translation>
    </message>
    <message>
        <source>Set up two-factor sign-in (stdin: the master password, then the app&apos;s code).</source>
        <translation>Die Zwei-Faktor-Anmeldung einrichten (stdin: das Master-Passwort, dann der Code der App).</translation>
    </message>
    <message>
        <source>Turn two-factor sign-in off (stdin: a code from the app or a recovery code).</source>
        <translation>Die Zwei-Faktor-Anmeldung ausschalten (stdin: ein Code aus der App oder ein Wiederherstellungscode).</translation>
    </message>
    <message>
        <source>Make ten new recovery codes (stdin: a code from the app or a recovery code).</source>
        <translation>Zehn neue Wiederherstellungscodes erzeugen (stdin: ein Code aus der App oder ein Wiederherstellungscode).</translation>
    </message>
    <message>
        <source>Write the recovery kit (stdin: the master password and code when the lock is on, then the passphrase).</source>
        <translation>Das Wiederherstellungspaket schreiben (stdin: Master-Passwort und Code, wenn die Sperre eingeschaltet ist, dann die Passphrase).</translation>
    </message>
    <message>
        <source>Only this client&apos;s configuration and secrets (default: every client).</source>
        <translation>Nur die Konfiguration und Geheimnisse dieses Kunden (Standard: alle Kunden).</translation>
    </message>
    <message>
        <source>Import a recovery kit into this database and keychain (stdin: the passphrase).</source>
        <translation>Ein Wiederherstellungspaket in diese Datenbank und diesen Schlüsselbund importieren (stdin: die Passphrase).</translation>
    </message>
    <message>
        <source>A restore drill: also unpack into a scratch folder (or load into a scratch database), check it against the manifest and delete it.</source>
        <translation>Eine Wiederherstellungsübung: zusätzlich in einen Arbeitsordner entpacken (oder in eine Arbeitsdatenbank laden), gegen das Manifest prüfen und wieder löschen.</translation>
    </message>
    <message>
        <source>The backups of job &quot;%1&quot; are verified only when asked.</source>
        <translation>Die Sicherungen des Auftrags „%1“ werden nur auf Anforderung geprüft.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; verifies its newest backup: %2; next %3.</source>
        <translation>Der Auftrag „%1“ prüft seine neueste Sicherung: %2; nächste Prüfung %3.</translation>
    </message>
    <message>
        <source>--verify takes one schedule such as &quot;weekly sun 04:00&quot;, or never.</source>
        <translation>--verify erwartet einen Zeitplan wie „weekly sun 04:00“ oder never.</translation>
    </message>
    <message>
        <source>--verify: %1</source>
        <translation>--verify: %1</translation>
    </message>
    <message>
        <source>Scheduled verify of %1 started.</source>
        <translation>Geplante Prüfung von %1 gestartet.</translation>
    </message>
    <message>
        <source>Verify of %1 succeeded.</source>
        <translation>Prüfung von %1 erfolgreich.</translation>
    </message>
    <message>
        <source>Verify of %1 was cancelled.</source>
        <translation>Prüfung von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Verify of %1 did not succeed: %2</source>
        <translation>Prüfung von %1 nicht erfolgreich: %2</translation>
    </message>
    <message>
        <source>Also verify the newest backup, e.g. &quot;weekly sun 04:00&quot;, &quot;daily 05:00&quot;, &quot;monthly 1 05:00&quot;, &quot;cron 0 4 * * 0&quot; or never.</source>
        <translation>Zusätzlich die neueste Sicherung prüfen, z. B. „weekly sun 04:00“, „daily 05:00“, „monthly 1 05:00“, „cron 0 4 * * 0“ oder never.</translation>
    </message>
    <message>
        <source>when</source>
        <translation>wann</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit log entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag des Audit-Protokolls nach %1 geschrieben.</numerusform>
            <numerusform>%n Einträge des Audit-Protokolls nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The client &quot;%1&quot;</source>
        <translation>Der Kunde „%1“</translation>
    </message>
    <message>
        <source>Removed client &quot;%1&quot; and its keychain entries; its backups stay readable with its recovery kit.</source>
        <translation>Der Kunde „%1“ und seine Einträge im Schlüsselbund wurden entfernt; seine Sicherungen bleiben mit seinem Wiederherstellungspaket lesbar.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot;</source>
        <translation>Der Auftrag „%1“</translation>
    </message>
    <message>
        <source>Replace the original folder or database (needs --confirm with the server&apos;s name).</source>
        <translation>Den ursprünglichen Ordner oder die ursprüngliche Datenbank ersetzen (erfordert --confirm mit dem Namen des Servers).</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n partial upload(s) an interrupted run left behind.</source>
        <translation>
            <numerusform>%n unvollständiger Upload, den ein unterbrochener Lauf hinterlassen hat, wurde entfernt.</numerusform>
            <numerusform>%n unvollständige Uploads, die ein unterbrochener Lauf hinterlassen hat, wurden entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  (%n warning(s))</source>
        <translation>
            <numerusform>  (%n Warnung)</numerusform>
            <numerusform>  (%n Warnungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key &quot;%1&quot; is still used by %n server(s); remove those servers or give them another key first.</source>
        <translation>
            <numerusform>Der Schlüssel „%1“ wird noch von %n Server verwendet; entfernen Sie zuerst diesen Server oder geben Sie ihm einen anderen Schlüssel.</numerusform>
            <numerusform>Der Schlüssel „%1“ wird noch von %n Servern verwendet; entfernen Sie zuerst diese Server oder geben Sie ihnen einen anderen Schlüssel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n backup(s) from %1; %2.</source>
        <translation>
            <numerusform>%n Sicherung aus %1 importiert; %2.</numerusform>
            <numerusform>%n Sicherungen aus %1 importiert; %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already known</source>
        <translation>
            <numerusform>%n war bereits bekannt</numerusform>
            <numerusform>%n waren bereits bekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n partial upload(s) an interrupted backup left behind.</source>
        <translation>
            <numerusform>%n unvollständiger Upload, den eine unterbrochene Sicherung hinterlassen hat, wurde entfernt.</numerusform>
            <numerusform>%n unvollständige Uploads, die eine unterbrochene Sicherung hinterlassen hat, wurden entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the lifecycle rule: uploads under %1 left unfinished are removed after %n day(s).</source>
        <translation>
            <numerusform>Die Lifecycle-Regel wurde gesetzt: Unfertige Uploads unter %1 werden nach %n Tag entfernt.</numerusform>
            <numerusform>Die Lifecycle-Regel wurde gesetzt: Unfertige Uploads unter %1 werden nach %n Tagen entfernt.</numerusform>
        </translation>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cairn::AboutDialog</name>
    <message>
        <source>About Cairn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your servers back up straight to your own object storage: no customer data passes through this computer, and your storage keys never leave it.
A backup is complete and verified, or it is not called a backup, and you can restore it without Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AddClientDialog</name>
    <message>
        <source>Add client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client is a company or person you back up servers for. Its servers, storage and jobs are kept apart from every other client&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Example Ltd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes (optional):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ClientListModel</name>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ClientRepository</name>
    <message>
        <source>A client needs a name; type one, for example the company&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client&apos;s name can be at most 100 characters long; choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client&apos;s name cannot contain line breaks or control characters; type it on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not read the clients (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client named &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not save the client &quot;%1&quot; (%2); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client named &quot;%1&quot;; see `cairn-cli client list` for the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client &quot;%1&quot; still has %2 server(s), %3 storage target(s), %4 job(s) and %5 key(s); remove or move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not remove the client &quot;%1&quot; (%2); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server, a storage target and a job; the result of every backup appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::Database</name>
    <message>
        <source>%1 is not a file; choose a database file with --db or CAIRN_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn cannot read %1 (%2); check its permissions or choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Cairn database (it is not an SQLite file); move it away or choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn cannot write to %1 (%2); make it writable or choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn cannot create the folder %1; create it or choose another location with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn cannot write to the folder %1 (%2); make it writable or choose another location with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn cannot open %1 (%2); choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite database (%2); move it away or choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not Cairn&apos;s; choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Cairn (schema %2, this version knows up to %3); install the newer Cairn or choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database path was given; pass --db PATH or set CAIRN_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing; install the package libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn cannot prepare the database %1 (%2); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn cannot open the database %1 (%2); check the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn cannot update the database %1 (%2); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not update the database %1 to schema %2 (%3); nothing was changed, report this as a bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not update the database %1 (%2); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::JobRepository</name>
    <message>
        <source>Cairn could not read the jobs (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; names a server or storage target that does not exist; choose existing ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; must use a server and a storage target of its own client; Cairn never sends one client&apos;s data to another client&apos;s storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not save the job &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::JobTableModel</name>
    <message>
        <source>Manual only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backs up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Cairn works as a normal window: closing it quits Cairn, and scheduled backups run only while Cairn is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose C&amp;lient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Cairn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one client&apos;s servers, storage, jobs and activity, or every client&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client is a company or person you back up servers for; their servers, storage and jobs stay apart from everyone else&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No servers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers are the machines Cairn backs up over SSH; each one sends its backup straight to your storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Add server wizard arrives with SSH support in the next version of Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage targets yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A storage target is a bucket in your own object storage (S3, B2, R2, Spaces and others) where the backups go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first storage target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Add storage wizard arrives with object storage support in the next version of Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup jobs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job says what to back up from which server into which storage target, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your first job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The New job wizard arrives with SSH and storage support in the next version of Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every backup, restore and verification appears here with its result, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn keeps running in the tray so scheduled backups can start; choose Quit in its menu to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::NoticeBanner</name>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::RunRepository</name>
    <message>
        <source>Cairn could not read the run history (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not read the latest results (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not record the run (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::RunStatus</name>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest result per job: %1 succeeded, %2 with warnings, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::RunTableModel</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ServerRepository</name>
    <message>
        <source>Cairn could not read the servers (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not save the server &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ServerTableModel</name>
    <message>
        <source>Not trusted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn connects only when the server shows this host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn has not seen this server&apos;s host key yet; it asks you to confirm it on first contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups running at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many backups may run at the same time; each server runs one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups running at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Cairn starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::StorageRepository</name>
    <message>
        <source>Cairn could not read the storage targets (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not save the storage target &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::StorageTableModel</name>
    <message>
        <source>Access key ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::TrayIcon</name>
    <message>
        <source>&amp;Open Cairn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules are paused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use the database at PATH instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the tray (or minimised when there is no tray).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit as soon as the window is shown and print shown-ms=&lt;milliseconds since start&gt; (startup benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server backups straight from your servers to your own object storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn needs a desktop session and none was found (DISPLAY and WAYLAND_DISPLAY are not set); log in to a desktop, or use cairn-cli on a machine without one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

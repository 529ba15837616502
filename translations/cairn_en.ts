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
    <name>cairn::AddServerAccessPage</name>
    <message>
        <source>How should Cairn log in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn logs in with a key of its own instead of a password. The key has to be added to the server once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn &amp;adds its key for me (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used once to add the key, then forgotten: Cairn never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I&apos;ll add the key myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line to add to authorized_keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One way to do it: log in to the server as that user and run this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command that adds the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy co&amp;mmand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have added the line on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this line to the file ~/.ssh/authorized_keys of %1 on %2. It lets Cairn log in with its key and nothing else: no terminal, no forwarding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AddServerChecksPage</name>
    <message>
        <source>Can backups run on this server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn checked the tools a backup uses on the server. Nothing was changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Cairn needs is on the server. Save it, and it is ready for backup jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups cannot run until the lines marked Missing are fixed on the server. Fix them and click Check again, or save now and fix them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the tools Cairn needs on %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AddServerDetailsPage</name>
    <message>
        <source>Which server should Cairn back up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn logs in to the server over SSH, the way administrators do, and installs nothing on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Web shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any name that tells you which server this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.example.com or 203.0.113.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH uses 22 unless your hosting provider told you another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root, or a user set aside for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups read what this user can read; root reads everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a server named &quot;%2&quot;; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client first (File &gt; Add Client), then add its servers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AddServerHostKeyPage</name>
    <message>
        <source>Is this really your server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every SSH server has a fingerprint of its own. Cairn remembers it and refuses to connect if it ever changes, so no other machine can pretend to be your server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the server&apos;s fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you cannot compare it now, trusting it is usually fine on a network you know. If it does not match, click Cancel: something sits between you and the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the server&apos;s fingerprint. If you can, compare it with what `%1` prints on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AddServerStatus</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AddServerWizard</name>
    <message>
        <source>Add server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks have not finished; wait for them or click Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not save the server; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AppLock</name>
    <message numerus="yes">
        <source>Too many wrong attempts; wait %n second(s) and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cairn could not record the attempt (%1); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lock is off; there is no master password to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master password is wrong; check Caps Lock and the keyboard layout, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A master password needs at least %n characters; choose a longer one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The bcrypt cost must be between %1 and %2; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lock is already on; change the master password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lock is off; there is no master password to reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery codes come with two-factor sign-in, which is off; without it a forgotten master password cannot be reset in Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code is wrong or was already used; type another of your recovery codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is on; turn it off first, then turn the app lock off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle time must be between 0 (never lock) and %1 minutes; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AuditLog</name>
    <message>
        <source>Cairn could not write the audit log (%1); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not read the audit log (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries before #%1 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry #%1 does not follow the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry #%1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was tampered with: %1; keep a copy of the database for investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each linked to the one before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::AuthorizedKeys</name>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not add its key to ~/.ssh/authorized_keys on %1 (%2); check that the user owns its home folder, or add the key by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not remove its key from ~/.ssh/authorized_keys on %1 (%2); remove the line by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer while Cairn changed authorized_keys; check that the user&apos;s login shell is a POSIX shell such as bash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no valid key to install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was added to ~/.ssh/authorized_keys on %1, but the server still refuses it; the server may read keys from another file (AuthorizedKeysFile in sshd_config).</source>
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
    <name>cairn::CronExpression</name>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 0-59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 0-23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 1-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 1-12 or jan-dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 0-7 or sun-sat (0 and 7 are Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 field &apos;%2&apos; has an empty item; remove the extra comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step in the %1 field &apos;%2&apos; must be a number from 1 to %3; write for example &apos;*/15&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 field &apos;%2&apos; is outside %3-%4; %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 field &apos;%2&apos; is not a value cron understands; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 field range &apos;%2&apos; runs backwards; write the smaller value first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cron expression is empty; write five fields such as &apos;0 2 * * *&apos; (minute, hour, day of month, month, day of week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cron expression is longer than %1 characters; write five short fields such as &apos;0 2 * * *&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@reboot is not a time of day; Cairn already runs missed backups when it starts, so pick a schedule such as @daily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cron expression contains the character %1, which cron does not use; write digits, names such as mon or jan, and * , - /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cron shortcut; use @hourly, @daily, @weekly, @monthly or @yearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The cron expression has %n field; it needs 5: minute, hour, day of month, month and day of week.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cron expression has %n fields; it needs 5: minute, hour, day of month, month and day of week.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The schedule &apos;%1&apos; never runs, because none of its months has the day of month it asks for; pick another day or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>at minute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at minutes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every hour, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n hours at minute %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, during hours %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on day %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (or the month&apos;s last day, if shorter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, when that is a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in %2</source>
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
    <name>cairn::EditServerDialog</name>
    <message>
        <source>Edit server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new address is safe to enter: Cairn still connects only when the server shows the trusted fingerprint below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted server fingerprint (host key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the server&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust the new fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn does not trust any fingerprint for this server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn now trusts this fingerprint; the change is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server still shows the trusted fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server now shows a different fingerprint: %1 (%2). If the server was rebuilt, compare it with what `%3` prints on it and trust it only if they match; otherwise someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::Hardening</name>
    <message>
        <source>Cairn could not switch off core dumps (%1); a crash could write secrets to disk.</source>
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
    <name>cairn::KeychainProbe</name>
    <message>
        <source>Cairn could not make random bytes for the keychain check; report this as a bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain returned something other than what Cairn stored; check the keychain software and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::KitConfiguration</name>
    <message>
        <source>Cairn could not read the clients (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client with id %1; choose the clients again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not read %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery kit&apos;s contents are not a Cairn configuration; it was made by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery kit was made by a newer Cairn (schema %1, this one knows up to %2); install the newer Cairn to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery kit holds a table Cairn does not know (%1); it was made by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery kit&apos;s table %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not import the recovery kit (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client named &quot;%1&quot; already exists here; rename or remove it, then import the kit again (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery kit has a column %1 in %2 that this Cairn does not know; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery kit&apos;s %1 refers to a row it does not contain; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery kit&apos;s %1 could not be imported (%2); nothing was changed.</source>
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
    <message>
        <source>Keychain problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server removed.</source>
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
    <name>cairn::OverdueWatchdog</name>
    <message>
        <source>No job is watched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last backup of %1 failed; open its run log, fix the cause and run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last backup of %1 failed (%2); fix the cause and run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs only when started and has no target age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last good backup of %1 is %2 old; it has no target age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has had no good backup in the %2 since it was set up, over twice its target of %3, and schedules are paused; resume them or run it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has had no good backup in the %2 since it was set up, over twice its target of %3; run it now and check why it does not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last good backup of %1 is %2 old, over twice its target of %3, and schedules are paused; resume them or run it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last good backup of %1 is %2 old, over twice its target of %3; run it now and check why it does not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has had no good backup in the %2 since it was set up, over its target of %3, and schedules are paused; resume them or run it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has had no good backup in the %2 since it was set up, over its target of %3; run it now or check its schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last good backup of %1 is %2 old, over its target of %3, and schedules are paused; resume them or run it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last good backup of %1 is %2 old, over its target of %3; run it now or check its schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has had no good backup yet; one is due within %2 of being set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last good backup of %1 is %2 old, within its target of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every job has a recent good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs need attention: %2 failed or badly overdue, %3 overdue; the worst: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::PasswordHash</name>
    <message>
        <source>The password is empty; type a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password is longer than %n bytes, which bcrypt cannot use in full; choose a shorter one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The password contains a NUL character; type it again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bcrypt cost %1 is outside %2 to %3; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; try again, and report this if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system&apos;s libcrypt cannot make bcrypt hashes; install libcrypt1 4.4 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libcrypt could not hash the password; install libcrypt1 4.4 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libcrypt returned an unexpected hash; install libcrypt1 4.4 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::PreflightReport</name>
    <message>
        <source>Install the package %1 on the server with its package manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it on the server (for example: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn&apos;s remote scripts need bash. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check stopped before it finished; run it again, and check the server&apos;s load and disk if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not tell which distribution this is; backups may still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tar is not GNU tar and may not keep everything a backup needs. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File backups need GNU tar. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar keeps sparse files, extended attributes and ACLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups will not keep what %1 would preserve; update GNU tar to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server uploads to storage with curl. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression (zstd or gzip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups will use gzip, which is slower and larger than zstd. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups need zstd or gzip. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha256sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are verified with sha256sum. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mktemp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups need mktemp for private temporary folders. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folders in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 writable for this user, or set TMPDIR for it to a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space for temporary files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not read the free space in %1; make sure it has at least %2 free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups need about %1 in %2; free up space there or set TMPDIR for this user to a larger disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL/MariaDB dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed only to back up MySQL or MariaDB databases. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed only to back up PostgreSQL databases. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed only for files this user cannot read: allow this user to run sudo without a password, or connect as a user who can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator rights (sudo -n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo works without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo asks for a password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::QrCode</name>
    <message>
        <source>There is nothing to put into a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for a QR code; use a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be made (libqrencode failed); type the key by hand instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::RecoveryCodes</name>
    <message>
        <source>The system&apos;s random number generator failed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not read the recovery codes (%1); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not record the recovery code&apos;s use (%1); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::RecoveryKit</name>
    <message>
        <source>This file is not a Cairn recovery kit or it is cut short; choose the .cairnkit file you saved, or copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery kit could not be opened: the passphrase is wrong or the file is damaged; type the passphrase again, or copy the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery kit asks for key-derivation settings beyond Cairn&apos;s limits (N 2^%1, r %2, p %3); it was not made by Cairn or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty; type a passphrase for the recovery kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters; the kit holds every key, so choose a long one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The secret %1 is missing; read every secret from the keychain before making the kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret %1 belongs to nothing in the kit&apos;s configuration; leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret %1 is too large for a recovery kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not derive the kit&apos;s key (scrypt); check that OpenSSL 3 is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt the kit (AES-256-GCM); check that OpenSSL 3 is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty; type the recovery kit&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery kit has format %1, which this version of Cairn cannot read; open it with a newer Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not write the recovery kit to %1 (%2); choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::RemoveServerDialog</name>
    <message>
        <source>Remove server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the server &quot;%1&quot; (%2) from Cairn? Its backups in your storage stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also remove Cairn&apos;s &amp;key from the server, so Cairn can no longer log in there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove server</source>
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
    <name>cairn::S3Client</name>
    <message>
        <source>The access key ID is empty; enter the access key ID from the provider&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 could not be read as PEM certificates; choose the file with the storage server&apos;s CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage calls need a running application object; create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage calls must run in a worker thread, not the GUI thread; this is a bug in Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A storage client was used from two threads; this is a bug in Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object %1 is larger than this call reads (%2 bytes); it is not a small object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object key is empty; name the object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An object key is empty or holds control characters a batch delete cannot carry; delete that object on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multipart upload needs a key, an upload id and at least one part; start the upload again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborting an upload needs its key and upload id; list the uploads first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leftover uploads must be removed after 1 to 3650 days; choose a number in that range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::S3Endpoint</name>
    <message>
        <source>The storage endpoint is not a valid http:// or https:// address; check the endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage endpoint must be a plain address without user name, query or fragment; remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket name is empty or contains a slash; enter the bucket name alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage region is empty; enter the region the bucket was created in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::S3Error</name>
    <message>
        <source>The storage does not know the access key ID %1; check that it was copied completely and belongs to this provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage rejected the secret access key for %1; enter the secret that belongs to this access key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket %1 does not exist at %2; check the bucket name and the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object %1 does not exist in bucket %2; it was deleted or never written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multipart upload no longer exists (it was completed or aborted); start the upload again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket %1 is in region %2, not %3; change the storage region to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket %1 is not in region %2; change the storage region to the one the bucket was created in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the storage server&apos;s by more than 15 minutes; turn on automatic date and time and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key %1 is not allowed to do this in bucket %2; give it permission to list, read, write and delete objects there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage received other bytes than were signed (Content-MD5 mismatch); the data changed on the way, so send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage refused to assemble the uploaded parts (%1); upload the object again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2); check the endpoint address, or add the server&apos;s CA certificate if the storage is self-hosted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepted the connection at %1; check the endpoint address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage host %1 could not be found; check the endpoint address and the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage at %1 did not answer in time; check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage at %1 sent an answer that is not S3; check that the endpoint is an S3 API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage refused the request (HTTP %1 %2); check the storage settings and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without an error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the storage at %1 failed (%2); check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::S3Presigner</name>
    <message>
        <source>A presigned URL must be valid for 15 minutes to 7 days; choose an expiry in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object key is empty; name the object to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object key is empty; name the object to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single upload must be 0 bytes to 5 GiB; use a multipart upload for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content-MD5 value is not the base64 of an MD5 digest; compute it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object key or upload id is empty; start the multipart upload first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part number must be between 1 and 10000; use larger parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part must be 0 bytes to 5 GiB; use a smaller part size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::Schedule</name>
    <message>
        <source>&apos;%1&apos; is not a time of day; write HH:MM from 00:00 to 23:59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when started by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour, on the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour at minute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On day %1 of every month at %2 (the last day in shorter months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On day %1 of every month at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, starting up to %2 later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule is longer than %1 characters; write for example &apos;daily 02:30&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule contains the character %1, which a schedule never uses; write for example &apos;daily 02:30&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a schedule; write hourly :MM, daily HH:MM, weekly DAYS HH:MM, monthly DAY HH:MM or a cron expression such as &apos;0 2 * * *&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minute &apos;%1&apos; is outside 0-59; use 0-59, for example &apos;hourly :15&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the week or a range of days; write for example mon,wed,fri or mon-fri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of month &apos;%1&apos; is outside 1-31; use 1-31 (29 to 31 fall on the last day of shorter months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule option &apos;%1&apos; is unknown; use tz=, offset=, missed= or target=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule option &apos;%1&apos; appears twice; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone &apos;%1&apos; is unknown; use an IANA name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random offset &apos;%1&apos; is not a duration up to 24 hours; write for example 30m or 2h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a missed-run policy; use missed=catch-up or missed=skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target age &apos;%1&apos; is not a duration from 5 minutes to 400 days; write for example 26h or 8d.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ScheduleStateStore</name>
    <message>
        <source>Cairn could not read when job %1 last ran on schedule (%2); check the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not record that job %1 ran on schedule (%2); it may run that slot again after a restart, so check the disk and the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not record that job %1 ran on schedule, because the job is not in the database; remove it from the schedule or add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not clear the schedule record of job %1 (%2); check the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not read whether schedules are paused (%1); check the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not record the pause of schedules (%1); check the disk and the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not read the results of past backups (%1); check the database file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ScheduleText</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::SecretJob</name>
    <message>
        <source>No keychain is running: start gnome-keyring or KWallet and log in again (on a headless machine, run Cairn inside a D-Bus session with an unlocked keyring, as the README shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no entry %1; the secret was removed outside Cairn, so enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1); unlock it and allow Cairn, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed (%1); check that it is unlocked and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::SecuritySettings</name>
    <message>
        <source>Cairn could not read its settings (%1); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not save its settings (%1); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ServerActions</name>
    <message>
        <source>The private key in the keychain cannot be read; give the server a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That server no longer exists; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn has no trusted host key for %1; re-trust its host key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Cairn&apos;s key from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to %1 and checking its tools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 on port %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA256 fingerprint; copy it as `ssh-keygen -lf` prints it on the server, starting with SHA256:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 to check its host key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server &quot;%1&quot; is still backed up by %n job(s); remove those jobs first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cairn&apos;s key stays in authorized_keys on %1 because the server &quot;%2&quot; logs in with it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing Cairn&apos;s key from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not remove its key from %1 (%2); the server was kept, so remove it without taking the key off the server, or try again.</source>
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
        <source>A server needs a name; type one, for example &quot;web shop&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server&apos;s name can be at most 100 characters long; choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server&apos;s name cannot contain line breaks or control characters; type it on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client already has a server named &quot;%1&quot;; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not save the server &quot;%1&quot; (%2); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; no longer exists; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That server no longer exists; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server &quot;%1&quot; is still backed up by %n job(s); remove those jobs first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cairn could not remove the server &quot;%1&quot; (%2); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no host key to trust; connect to the server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not save the server&apos;s host key (%1); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not save the preflight result (%1); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ServerSetup</name>
    <message>
        <source>The private key in the keychain cannot be read; generate a new key for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the server was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client this server belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client already has a server named &quot;%1&quot;; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA256 fingerprint; copy it as `ssh-keygen -lf` prints it on the server, starting with SHA256:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That key does not belong to this client; choose one of the client&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password of %1 on the server, so Cairn can add its key once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what you typed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Cairn&apos;s key from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing Cairn&apos;s key for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 on port %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the server&apos;s fingerprint before Cairn trusts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how Cairn&apos;s key gets onto the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to %1 with the password to add Cairn&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to %1 with Cairn&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was added to ~/.ssh/authorized_keys on %1, but the server still refuses it; the server may read keys from another file (AuthorizedKeysFile in sshd_config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept Cairn&apos;s key for %2 yet; add the line shown to ~/.ssh/authorized_keys of %2 on the server, or let Cairn add it with the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the tools Cairn needs on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the checklist, then save the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the server…</source>
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
    <name>cairn::SshInputValidator</name>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name must not contain spaces or line breaks; enter it without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name cannot start with &apos;-&apos;; enter the server&apos;s name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address; check it, or enter a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name contains characters that are not allowed; use letters, digits, &apos;-&apos; and &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name is too long or empty; enter the server&apos;s name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name has an empty part between dots; check it for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the host name is longer than 63 characters; check it for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the host name starts or ends with &apos;-&apos;; check it for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address; use four numbers from 0 to 255 separated by dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535; SSH normally uses 22.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name to log in with on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is longer than 32 characters; check it for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name may contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;; check it for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name cannot start with &apos;-&apos;; check it for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::SshKey</name>
    <message>
        <source>This is not an SSH private key; choose the private key file, for example id_ed25519 (not the .pub file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a public key; choose the matching private key file, the one without .pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is protected by a passphrase; enter the passphrase to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not unlock this key; enter the passphrase the key was saved with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Ed25519 keys and RSA keys of %1 bits or more can be imported; create a new Ed25519 key in Cairn instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key file format is not supported; convert it to OpenSSH format with ssh-keygen -p -f FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is encrypted with %1, which Cairn cannot read; re-encrypt it with ssh-keygen -p -f FILE and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged or incomplete; copy the whole file, including the BEGIN and END lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PuTTY keys cannot be imported directly; in PuTTYgen choose Conversions &gt; Export OpenSSH key and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::SshKeyRepository</name>
    <message>
        <source>A key needs a name; type one, for example &quot;backup key&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key&apos;s name can be at most 100 characters long; choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key&apos;s name cannot contain line breaks or control characters; type it on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not read the SSH keys (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client already has a key named &quot;%1&quot;; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not save the key &quot;%1&quot; (%2); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That key no longer exists; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key &quot;%1&quot; is still used by %n server(s); give them another key or remove them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cairn could not remove the key &quot;%1&quot; (%2); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::SshKeyService</name>
    <message>
        <source>That client no longer exists; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client already has a key named &quot;%1&quot;; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not generate the key; reinstall Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That key no longer exists; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was removed from Cairn, but its private half is still in the keychain (%1); delete the entry %2 there by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That key no longer exists; choose another key for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private half of the key &quot;%1&quot; is missing from the keychain; generate or import a new key and give it to the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::SshSession</name>
    <message>
        <source>The command on %1 was killed by signal %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command on %1 was killed by signal %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command on %1 ended without reporting its exit status; the connection may have been cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command on %1 failed with exit code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command on %1 failed with exit code %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1; connect first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer on port %2 within %3 seconds; check the host name, the port and any firewall in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish the login within %2 seconds; try again, and check the server&apos;s load if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command on %1 did not finish within %2 seconds; it was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection during the SSH handshake; check that port %2 is an SSH server and that it accepts connections from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost; check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on port %2 did not complete an SSH handshake; check that the port belongs to an SSH server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH connection to %1 failed; try again, and see the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH library could not start; reinstall Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found; check the spelling, or enter its IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be looked up; check the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2; check the port number and that the SSH server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached (%2); check the network connection and the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while connecting to %1; close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a %2 host key with the fingerprint %3; confirm that it is the server&apos;s key before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 changed; if you rebuilt the server, re-trust it in the server&apos;s settings, otherwise someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 (%2) does not match the fingerprint you gave; check the fingerprint with the server&apos;s administrator, someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSH key was given for %1; choose a key in the server&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the RSA key for %2, most likely because this SSH library (libssh2 1.10) can only sign RSA keys with SHA-1, which OpenSSH 8.8 and later refuse by default; use an Ed25519 key for this server instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the key %2 for user %3; add Cairn&apos;s public key to that user&apos;s authorized_keys on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept password logins for %2; add Cairn&apos;s public key to authorized_keys by hand instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 on %2 has expired; log in once with another SSH client to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the password for %2; check the user name and the password.</source>
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
    <name>cairn::TwoFactor</name>
    <message>
        <source>The code is wrong or was already used; check that the phone&apos;s clock is right and type the code the app shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is already on; turn it off first to set up another app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lock is off; turn it on first, two-factor sign-in is its second step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no two-factor set-up to complete; start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not save the two-factor settings (%1); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is off; it has no recovery codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code is wrong or was already used; type another of your recovery codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not record the code (%1); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is off; there is no code to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is already off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not turn two-factor sign-in off (%1); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::WebhookPayload</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup succeeded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 webhook address must start with https:// (or http://) and name a host; check it in the client&apos;s notification settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ntfy address must end with the topic, for example https://ntfy.sh/my-backups; check it in the client&apos;s notification settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::WebhookSender</name>
    <message>
        <source>The %1 webhook at %2 redirects elsewhere (HTTP %3); enter the address it redirects to in the client&apos;s notification settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 webhook at %2 answered HTTP %3%4; check the webhook address in the client&apos;s notification settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 webhook at %2 did not answer within %3; check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not reach the %1 webhook at %2 (%3); check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::cli::CliText</name>
    <message>
        <source>The audit log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the newest 1,000 audit log entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no audit log entry was edited, removed or inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: $CAIRN_DB, else the platform data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cairn-cli [--db PATH] COMMAND [ACTION] [OPTIONS]

Cairn backs up Linux servers straight to your own object storage; this is its headless front end.
Secrets are read from standard input or environment variables, never from arguments.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Global options:
  --db PATH      database file (else $CAIRN_DB, else the platform data folder)
  --help         help for cairn-cli or for one command
  --version      print the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cairn-cli has no command &quot;%1&quot;; run cairn-cli --help to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes one of these actions: %2; run cairn-cli %1 ACTION --help for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; run cairn-cli %2 %3 --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cairn-cli %1 %2%3; run it with --help for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-text notes about the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added client &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet; add one with: cairn-cli client add NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed client &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s name, for example the company&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client (workspace) for servers, storage and jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the clients with their numbers of servers, storage targets and jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a client that no longer has servers, storage, keys or jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain works: Cairn stored, read back and removed a test secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the OS keychain can store, return and delete a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client the %1 belongs to (default: the only client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client named &quot;%1&quot;; see cairn-cli client list for the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client yet; add one first with cairn-cli client add NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 clients; name the one you mean with --client NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients have something of that name; name the one you mean with --client NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ed25519 (the default; every current OpenSSH accepts it) or rsa4096 (for servers that need RSA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key file to import (OpenSSH or PEM); a passphrase is read from CAIRN_KEY_PASSPHRASE or standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key named &quot;%1&quot;; see cairn-cli key list for the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type takes ed25519 or rsa4096; leave it out for ed25519.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated the %1 key &quot;%2&quot; for %3 (%4); print its public key with: cairn-cli key export &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the private key file with --file PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn cannot read %1 (%2); check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the %1 key &quot;%2&quot; for %3 (%4); the private key is now in the keychain, so you may delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys yet; create one with: cairn-cli key generate NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key &quot;%1&quot; is still used by %n server(s); remove those servers or give them another key first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the key &quot;%1&quot; and its private half from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s name, unique within its client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate an SSH key; the private key goes to the keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an existing private key (OpenSSH or PEM) into the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the SSH keys with their fingerprints and how many servers use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a key&apos;s public half, one line in OpenSSH format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a key no server uses, from Cairn and from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 (%2) changed: it now presents %3 %4; if the server was rebuilt, compare that with `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the server and run cairn-cli server retrust &quot;%1&quot; --fingerprint SHA256:..., otherwise someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server named &quot;%1&quot;; see cairn-cli server list for the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server&apos;s host key fingerprint with --trust-host-key SHA256:... (ask its admin, or run `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on it), or trust the key it presents with --accept-new-host-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA256 fingerprint; copy it as `ssh-keygen -lf` prints it on the server, starting with SHA256:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key named &quot;%2&quot;; see cairn-cli key list, or leave out --key to use Cairn&apos;s default key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 on %2 (used once): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given; set CAIRN_SSH_PASSWORD or pass it on standard input, never on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept Cairn&apos;s key for %2; add the line printed above to ~/.ssh/authorized_keys of %2 on the server, or run this command again with --install-key-with-password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the server &quot;%1&quot; (%2@%3:%4) for %5; host key %6 %7, key &quot;%8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lacks tools that backups need; install them as shown, then run cairn-cli server test &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No servers yet; add one with: cairn-cli server add NAME --host H --user U --accept-new-host-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:   %1@%2, port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key:  %1 %2, trusted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight: not run yet; run cairn-cli server test &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn logged in to &quot;%1&quot; (%2@%3:%4) with its key and checked the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lacks tools that backups need; install them as shown, then run this test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the fingerprint you checked on the server with --fingerprint SHA256:... (run `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; still presents the trusted host key %2; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn now trusts the host key %1 %2 of &quot;%3&quot;; the change is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the server &quot;%1&quot; and Cairn&apos;s key from its authorized_keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the server &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name, unique within its client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name or IP address of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port (default 22).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name Cairn logs in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the client&apos;s key to log in with (default: Cairn&apos;s key for the client, created when first needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host key fingerprint as `ssh-keygen -lf` prints it; nothing else is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256:...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the host key the server presents now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Cairn&apos;s key to the user&apos;s authorized_keys, logging in once with the password from CAIRN_SSH_PASSWORD or standard input (never stored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server: check its host key, set up key login, run the preflight, save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a server&apos;s address, key, trusted host key and last preflight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to a server with its key and print the preflight checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a server&apos;s new host key after checking its fingerprint on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new host key fingerprint, checked on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a server from Cairn, optionally taking Cairn&apos;s key off it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First remove Cairn&apos;s key from the user&apos;s authorized_keys on the server.</source>
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

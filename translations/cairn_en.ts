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
    <name>cairn::ActivityModel</name>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n warnings)</source>
        <translation>
            <numerusform>%1 (%n warning)</numerusform>
            <numerusform>%1 (%n warnings)</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore drill on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ActivityPanel</name>
    <message>
        <source>This session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected run&apos;s log as it happens</source>
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
    <name>cairn::AddJobCommandsPage</name>
    <message>
        <source>Anything to run before or after?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. For example, put a website into maintenance mode before the backup and back online after it. Leave both empty if you are not sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command before the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;fore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command after the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit for each command, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commands run on the server as the SSH user. The command after the backup also runs when the backup fails, so the website comes back online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AddJobOptionsPage</name>
    <message>
        <source>How should the backup run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The defaults suit most servers; change them when the server or its network is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: zstd when the server has it, else gzip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zstd (fast, small)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip (available everywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher levels make smaller backups but use more of the server&apos;s CPU (zstd 1-19, gzip 1-9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload limit in MiB per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the backup from filling the server&apos;s network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low: the server&apos;s own work comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest: read the disk only when nothing else does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen automatically from the size of what is backed up, so even very large backups fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt each backup with the client&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server encrypts the backup before it leaves, so the storage provider cannot read it. Only the client&apos;s private key opens it: it is in your keychain and in the recovery kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has no encryption key yet. Cairn can make one now; its private half stays in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery kit before the first encrypted backup. Without this file and its passphrase, nobody - not you, not us - can read these backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery &amp;kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery kit saved to %1. Keep it, and its passphrase, apart from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are encrypted with the client&apos;s public key: only whoever holds its private key can restore them, not Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are encrypted with the client&apos;s key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit holds this client&apos;s encryption key and every other key and password of the client, locked with a passphrase. Without this file and its passphrase, nobody - not you, not us - can read these backups. Keep the passphrase apart from the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AddJobRetentionPage</name>
    <message>
        <source>How long should backups be kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn deletes old backups after each successful run. The newest good backup is never deleted, whatever you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;every backup (the bucket only grows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;last few backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one backup per &amp;day, week and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups for the last (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly backups for the last (weeks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly backups for the last (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum age in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never delete backups &amp;younger than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every backup stays in the bucket until you delete it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>If this job runs once a day, Cairn keeps %n backups, the oldest from %1.</source>
        <translation>
            <numerusform>If this job runs once a day, Cairn keeps %n backup, the oldest from %1.</numerusform>
            <numerusform>If this job runs once a day, Cairn keeps %n backups, the oldest from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::AddJobSchedulePage</name>
    <message>
        <source>When should it run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn starts the job by itself at these times and tells you when a good backup is overdue, so a backup that silently stops happening is noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when I start it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week, on chosen days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month, on one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute past the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute hour day month weekday, e.g. 30 2 * * 1-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ron expression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random delay in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time, no random delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many jobs on one storage or server start spread out instead of all at once; each job&apos;s delay is random but the same every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run once as soon as Cairn is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed &amp;runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;myself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours without a good backup before the job is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week, on Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month, on the 1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the newest backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server downloads the backup and checks it against its manifest, so a damaged or missing archive is found before you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn does not know the time zone “%1”; pick one from the list, for example Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one day of the week, or choose another kind of schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a cron expression: minute, hour, day of month, month and weekday, for example 30 2 * * 1-5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved schedule cannot be read (%1); choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs only when you start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as overdue after %1 without a good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never counts as overdue: it has no schedule and no target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifies the newest backup: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next verify: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At another time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: weekly sun 05:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written like the backup schedule: hourly :15, daily 04:00, weekly mon,thu 05:00, monthly 1 06:00 or cron 0 4 1-7 * 0; the time zone above applies unless you add tz=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify &amp;when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type when to verify, for example weekly sun 05:00, or choose another option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verify schedule cannot be read (%1); write it like weekly sun 05:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AddJobServerPage</name>
    <message>
        <source>Which server do you want to back up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn connects to this server over SSH; the server sends its backup straight to your storage.</source>
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
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has no servers yet. Close the wizard and add one on the Servers page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example Website files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name appears in the job list, in notifications and in the names of the backups in your bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2@%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job name is one line; remove the line break.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AddJobSourcePage</name>
    <message>
        <source>What do you want to back up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folders on the server, or databases, which Cairn backs up with the database&apos;s own dump tool so the copy is consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folders and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MariaDB or MySQL databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders to back up, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/var/www
/etc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;olders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One full path per line, as the server sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns to leave out, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*.tmp
/var/www/cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Files and folders matching these patterns are skipped, for example caches and temporary files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Databases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to log in to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a password, as the SSH user (local socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a password, as another system user (sudo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a database user and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database host or socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the server&apos;s own database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of one database; create one job per database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more database names, separated by spaces; they are dumped together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works when the SSH user has a PostgreSQL role of the same name (peer login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works when the SSH user may log in over the local socket, as root usually may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump runs as this system user with sudo, which must not ask for a password. For PostgreSQL this is usually postgres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain and reaches the dump tool only while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These folders include MariaDB/MySQL&apos;s live files (/var/lib/mysql), which change while they are copied; back the databases up with a MariaDB job and leave this folder out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These folders include PostgreSQL&apos;s live files (/var/lib/postgresql), which change while they are copied; back the database up with a PostgreSQL job and leave this folder out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AddJobStoragePage</name>
    <message>
        <source>Where should the backups go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server uploads each backup straight into this bucket; only this client&apos;s storage is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has no storage target yet. Close the wizard and add one on the Storage page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — bucket %2%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AddJobSummaryPage</name>
    <message>
        <source>Check and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what the job will do. Go back to change anything; nothing runs until you start it or give it a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1 (client %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backs up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backs up the MariaDB/MySQL databases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backs up the PostgreSQL database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs in: as the SSH user, without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs in: as the system user %1, without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs in: as %1, with the password kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zstd when the server has it, else gzip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression: %1, level %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption: on, with the client&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload limit: %1 per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload limit: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifies the newest backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AddJobWizard</name>
    <message>
        <source>Edit backup job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New backup job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has no encryption key yet; create it with Create key above (or cairn-cli client keys create), or leave encryption off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery kit first (Save recovery kit above), or leave encryption off.</source>
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
    <name>cairn::AddStorageBucketPage</name>
    <message>
        <source>Which bucket?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the bucket in your provider&apos;s console first; Cairn does not create buckets.</source>
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
        <source>Bucket name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example acme-backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder in the bucket (prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups go under this folder (an S3 prefix), so one bucket can hold several clients. Leave it empty to use the whole bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Cairn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name in Cairn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client to add storage for; close this wizard and add a client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client “%1” already has a storage target named “%2”; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AddStorageFinishPage</name>
    <message>
        <source>Almost done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage works. Here is what the bucket protects by itself, and one rule worth adding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versioning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object Lock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a backup is interrupted, the parts it already uploaded stay in the bucket and are billed until someone removes them. A lifecycle rule lets the storage remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove unfinished uploads after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before unfinished uploads are removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the lifecycle rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AddStorageKeyPage</name>
    <message>
        <source>Access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an access key that may list, read, write and delete objects in this bucket, and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in your system&apos;s keychain, never in a file; hosts only ever get short-lived links for one object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AddStorageProviderPage</name>
    <message>
        <source>Where should the backups go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the service that holds your bucket. Cairn talks to all of them the same way (the S3 API), so you can move later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 32-character ID from the R2 overview page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 endpoint address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example https://minio.example.com:9000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn will use %1 (region %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AddStorageTestPage</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn lists the bucket, writes a small probe object, reads it back and deletes it, so you know backups will work before the first one runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was stopped; press Test again to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the test was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix what the failed check says (Back keeps everything you typed), then press Test again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AddStorageWizard</name>
    <message>
        <source>Add storage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::AppLock</name>
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
        <translation>
            <numerusform>A master password needs at least %n character; choose a longer one.</numerusform>
            <numerusform>A master password needs at least %n characters; choose a longer one.</numerusform>
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
    <message numerus="yes">
        <source>Too many wrong attempts; wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong attempts; wait %n second and try again.</numerusform>
            <numerusform>Too many wrong attempts; wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::AuditAnchor</name>
    <message>
        <source>The key of the audit log&apos;s anchor is not in this keychain, so deleted newest entries cannot be detected here; use the keychain the database was set up with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not make a key for the audit log&apos;s anchor; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not anchor the audit log (%1); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 cannot be written</source>
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
        <translation>
            <numerusform>The audit log is intact: %n entry, each linked to the one before.</numerusform>
            <numerusform>The audit log is intact: %n entries, each linked to the one before.</numerusform>
        </translation>
    </message>
    <message>
        <source>the anchor file beside the database was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor file beside the database was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the newest %n entries were deleted (the anchor outside the database counts %1)</source>
        <translation>
            <numerusform>the newest %n entry was deleted (the anchor outside the database counts %1)</numerusform>
            <numerusform>the newest %n entries were deleted (the anchor outside the database counts %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>entry #%1 is not the one the anchor outside the database recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each linked to the one before, but the anchor that detects deleted newest entries could not be checked without the keychain.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry, each linked to the one before, but the anchor that detects deleted newest entries could not be checked without the keychain.</numerusform>
            <numerusform>The audit log is intact: %n entries, each linked to the one before, but the anchor that detects deleted newest entries could not be checked without the keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action or object contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.remove, a server&apos;s name, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain intact. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain broken. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not write %1 (%2); choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
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
    <name>cairn::Autostart</name>
    <message>
        <source>Cairn could not remove %1; delete it by hand to stop starting Cairn on login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not write %1; check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::BackupDeleter</name>
    <message>
        <source>That backup is already deleted; reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore or verify is reading this backup right now; delete it once that has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore or verify started reading this backup; delete it once that has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be deleted; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::BackupImporter</name>
    <message>
        <source>That storage target is no longer configured; add it again, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Cairn manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not carry this client&apos;s seal (changed, or made with other keys: import the client&apos;s recovery kit first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes but its manifest says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::BackupIndexDecoder</name>
    <message>
        <source>The backup&apos;s file index is damaged or was made with another key; restore the whole backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s file index is too large to show; restore the whole backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s file index uses a compression Cairn cannot read; update Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::BackupIndexLoader</name>
    <message>
        <source>There is no backup %1 any more; choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup has no file index (it holds a database, or the job kept none); restore the whole backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage that holds this backup is no longer configured; add it again and import its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s storage belongs to another client; Cairn does not mix clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no secret key for the storage %1; enter it again in Storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s file index lists no files; restore the whole backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::BackupIndexModel</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1, permissions %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::BackupRepository</name>
    <message>
        <source>Cairn could not record the backup (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not read the backups (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not update the backup (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::BackupRequestLoader</name>
    <message>
        <source>the SSH key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key of the storage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job no longer exists; refresh the list of jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn has not trusted a host key for %1 yet; check and trust the server&apos;s key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no SSH key; choose one for it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 points at storage of another client; choose a storage target of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no entry for %1; enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ping URL of client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 encrypts its backups but %2 has no encryption key; create one with cairn-cli client keys create (and save the recovery kit), or switch encryption off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::BackupRun</name>
    <message>
        <source>The backup script on %1 broke Cairn&apos;s rules (%2), so Cairn stopped it; run the backup again, and check the server if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 on %2 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 was cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 failed; run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn has not trusted a host key for %1 yet; check and trust the server&apos;s key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH key for %1 could not be read from the keychain (%2); generate or import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot run backups yet (%2: %3); %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of %1 did not finish; run the backup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zstd is not installed on %1; install it or choose gzip for this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot dump this database: %2 is not installed; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped answering during the backup; check the server and the network, then run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost during the backup (%2); check the network and run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup script on %1 ended without finishing; run the backup again, and check the server&apos;s log if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a malformed line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part before the upload started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was read; the backup holds the version tar saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more warnings were not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected side object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading to %1 in parts of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not sign an upload URL for %1; check the storage settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upload never started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>globals dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage did not assemble the backup of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage holds %1 bytes for the backup of %2 but the server sent %3; run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not store the manifest of the backup of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 is complete: %2 stored in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention could not remove an old backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partial upload was removed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partial upload could not be removed yet (%1); Cairn retries when it next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path %1 does not exist on %2; correct the job&apos;s paths or create it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar could not read everything on %1 (%2); check that the paths exist and the SSH user can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database dump on %1 failed (%2); check the database name, the login and that the database server runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression failed on %1 (%2); check the server&apos;s free memory and disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 free in %3 but the backup needs %4 there for its parts; free up space or choose another temporary folder in the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not use the temporary folder on %1 (%2); check that it exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup script on %1 gave up waiting for Cairn (%2); keep Cairn running and connected until the backup ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading from %1 to %2 failed (%3); check the storage and the server&apos;s connection to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command before the backup failed on %1 (%2); fix the command or remove it from the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed on %2; install it and run the backup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup script on %1 was stopped; run the backup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup script on %1 stopped unexpectedly (%2); run it again, and check the server if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity key of %1 is missing or damaged in the keychain; import the client&apos;s recovery kit to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not make a random key; reinstall Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption failed on %1 (%2); check that OpenSSL 1.1.1 or newer is installed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not count the tables&apos; rows (%2); restore drills of this backup can check only that it loads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The backup of %1 is complete with %n warning(s): %2 stored in %3; see the run&apos;s log for what changed while it was read.</source>
        <translation>
            <numerusform>The backup of %1 is complete with %n warning: %2 stored in %3; see the run&apos;s log for what changed while it was read.</numerusform>
            <numerusform>The backup of %1 is complete with %n warnings: %2 stored in %3; see the run&apos;s log for what changed while it was read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention removed %n older backup(s).</source>
        <translation>
            <numerusform>Retention removed %n older backup.</numerusform>
            <numerusform>Retention removed %n older backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::BackupTimelineModel</name>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive in storage no longer matches its manifest: it was changed, truncated or removed. Do not rely on this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drilled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups by client, server and job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backup catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import backups from storage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the backups a bucket holds that this computer does not know (a new computer, a lost database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup to its server or another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the archive on its server and check it against its manifest, without unpacking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpack the archive into a scratch folder on its server, check it, then delete the scratch copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download &amp;link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to download the archive, and the commands that restore it without Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elete backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this backup from storage and from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every complete backup appears here, by server and job, once a job has run successfully. Backups made on another computer can be imported from their storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import backups from storage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup of %1 on %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the restore drill of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing to verify %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore drill of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? Its archive, file index and manifest are deleted from storage; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage that holds this backup is no longer configured; add it again, then delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ClientKeyDialog</name>
    <message>
        <source>Encryption key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn can encrypt this client&apos;s backups on the server before they leave it, so the storage provider cannot read them. A key opens them again: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn makes an RSA-4096 key; its private half stays in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;public key only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the client&apos;s public key (PEM, RSA with 4096 bits or more). Cairn then never has the private key, so Cairn cannot restore these backups: only whoever holds the private key can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has no encryption key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one, or use a public key the client gives you; encrypted jobs need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has an encryption key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has a public key only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is in this computer&apos;s keychain. Backups can be restored with Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery kit holds it yet: save one (Settings, Security) before you rely on encrypted backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery kit saved on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn has only the public key: Cairn cannot restore these backups; whoever keeps the private key offline can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the key; this takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the public key first, or choose its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and saving the public key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pem *.pub *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn cannot read %1 (%2); check the file and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is far too large for a public key; choose the .pem file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ClientKeyPair</name>
    <message>
        <source>That file holds a private key; give Cairn only the public half (openssl pkey -in KEY -pubout) and keep the private key offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not a PEM public key (-----BEGIN PUBLIC KEY-----); export it with openssl pkey -in KEY -pubout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key must be RSA with at least %1 bits; make one with openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s public encryption key is damaged; import it again or create new keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt the backup&apos;s key; reinstall Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is not an unencrypted RSA key in PEM format; use the file cairn-cli client keys export wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s key cannot be opened with this private key; use the private key of the client that made the backup (from its recovery kit).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ClientKeyRepository</name>
    <message>
        <source>Cairn could not read the client&apos;s keys (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not save the client&apos;s integrity key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not save the client&apos;s encryption key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has an encryption key already; its backups keep using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not note that the recovery kit was saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ClientKeyService</name>
    <message>
        <source>That client no longer exists; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not make a random key; reinstall Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has an encryption key already; its backups keep using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not generate the key; reinstall Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has no encryption key; create one with cairn-cli client keys create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn holds only the public half of this client&apos;s key; the private key is wherever the client keeps it offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s private encryption key is missing from the keychain; import the client&apos;s recovery kit to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s manifest integrity key is missing from the keychain; import the client&apos;s recovery kit to restore it.</source>
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
    <name>cairn::ClientNotifications</name>
    <message>
        <source>Cairn could not save the client&apos;s notification settings (%1); check the disk and the database file.</source>
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
        <source>Cairn could not remove the client &quot;%1&quot; (%2); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client &quot;%1&quot; still has %2; remove or move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n storage target(s)</source>
        <translation>
            <numerusform>%n storage target</numerusform>
            <numerusform>%n storage targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::CloudProvider</name>
    <message>
        <source>%1 must be an https:// address (or http:// to this computer); fix or unset it.</source>
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
        <translation>
            <numerusform>every %n minute</numerusform>
            <numerusform>every %n minutes</numerusform>
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
        <translation>
            <numerusform>every %n hour at minute %1</numerusform>
            <numerusform>every %n hours at minute %1</numerusform>
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
    <message numerus="yes">
        <source>The cron expression has %n field(s); it needs 5: minute, hour, day of month, month and day of week.</source>
        <translation>
            <numerusform>The cron expression has %n field; it needs 5: minute, hour, day of month, month and day of week.</numerusform>
            <numerusform>The cron expression has %n fields; it needs 5: minute, hour, day of month, month and day of week.</numerusform>
        </translation>
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
    <message>
        <source>Backup age per job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badly overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no good backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last good backup %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no target</source>
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
    <name>cairn::DownloadLink</name>
    <message>
        <source>A download link lives 15 minutes to 7 days; choose a lifetime in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the archive (the output must be %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or fetch it with the AWS CLI and the storage&apos;s own keys (the link is then not needed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the archive&apos;s wrapped key (from its manifest):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unwrap it with the client&apos;s private key (client.pem, from the recovery kit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the dump into MariaDB or MySQL (it creates the databases it holds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the PostgreSQL database (pg_dump&apos;s custom format):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore every file into /restore (as root, to keep owners):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::DownloadLinkDialog</name>
    <message>
        <source>Download link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link anyone can use to download this backup&apos;s archive until it expires, and the commands that restore it without Cairn. Share it only with people who may read this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days (the longest storage allows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Works for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how long the link works, then create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore by &amp;hand (curl or the AWS CLI, openssl, zstd, tar):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands to restore by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy co&amp;mmands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the link again to use the new lifetime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage that holds this backup is no longer configured; add it again to make a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the storage key from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the link…</source>
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
    <message>
        <source>Trusting the new host key</source>
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
    <name>cairn::ImportBackupsDialog</name>
    <message>
        <source>Import backups from storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn reads the manifests in the bucket and lists every backup this computer does not know yet, after checking that its archive is still there and complete. Use it on a new computer or after losing Cairn&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage to import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups not imported, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has no storage target yet; add one under Storage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking manifest %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the backups in storage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n were already known</source>
        <translation>
            <numerusform>%n was already known</numerusform>
            <numerusform>%n were already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported (see below)</source>
        <translation>
            <numerusform>%n could not be imported (see below)</numerusform>
            <numerusform>%n could not be imported (see below)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled; %n backup(s) were added before that.</source>
        <translation>
            <numerusform>The import was cancelled; %n backup was added before that.</numerusform>
            <numerusform>The import was cancelled; %n backups were added before that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n backup(s)</source>
        <translation>
            <numerusform>Imported %n backup</numerusform>
            <numerusform>Imported %n backups</numerusform>
        </translation>
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
    <message>
        <source>Cairn could not save the job (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job is running; cancel the run or wait for it to end, then remove the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not remove the job (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such job; run cairn-cli job list to see the jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; no longer exists; create it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::JobSpec</name>
    <message>
        <source>Choose at least one folder or file to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job can back up at most %1 paths; choose their parent folders instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; is not absolute; give the full path, starting with /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; cannot be a file name; check it for pasted control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exclude pattern is empty or malformed; remove it or give a pattern such as *.tmp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL job backs up one database; create one job per database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; is not valid; database names have 1 to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; starts with a dash, which the dump tools would read as an option; rename the database or back it up by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job logs in to the database with a password, but none is stored; enter the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the system user the dump runs as (for example postgres), or log in another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database connection setting is malformed; enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system user &quot;%1&quot; is not a valid user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database port must be between 1 and 65535, or empty for the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compression level must be between 1 and %1 (or 0 for the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload rate limit cannot be negative; use 0 for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CPU priority (nice) must be between 0 and 19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The I/O priority must be unchanged (0), best-effort (2) or idle (3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command before or after the backup is too long or malformed; shorten it or put it in a script on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command timeout must be between 1 second and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part size must be between 5 MiB and 5 GiB, or automatic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts uploaded at once must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary folder &quot;%1&quot; must be an absolute path on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s settings are damaged; open the job and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was saved by a newer version of Cairn; update Cairn to run it.</source>
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
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
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
    <name>cairn::LockOverlay</name>
    <message>
        <source>Cairn is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups keep running while Cairn is locked. Type the master password to carry on.</source>
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
    <message>
        <source>Add storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage target “%1” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled backup %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled backup %1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock Cairn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the backup; follow it on the Activity page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the job “%1”? Its backups stay in the bucket and on the Backups page; only the job and its run history go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job “%1” removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client first, then open its encryption key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption key saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the restore; follow it on the Activity page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job “%1”</source>
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
    <message>
        <source>The last verify of the newest backup of %1 failed on %2; run Verify now or make a new backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::PartLedger</name>
    <message>
        <source>the host asked for part %1 after part %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive needs more than %1 parts of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host asked for part %1 after a shorter, final part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 has %2 bytes, more than the part size %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host reported part %1, which it never asked a URL for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host reported part %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host reported %1 bytes for part %2 of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host reported part %1 without an ETag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host uploaded no parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 parts were confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parts hold %1 bytes but the host reported %2</source>
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
        <translation>
            <numerusform>The password is longer than %n byte, which bcrypt cannot use in full; choose a shorter one.</numerusform>
            <numerusform>The password is longer than %n bytes, which bcrypt cannot use in full; choose a shorter one.</numerusform>
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
    <name>cairn::ProviderAccountCheck</name>
    <message>
        <source>Cairn could not reach the %1 API at %2 (%3); check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from AWS STS was not a GetCallerIdentity result; check that the endpoint is AWS&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key %1 belongs to AWS account %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS does not know the access key ID %1; check that it was copied completely and is still active in IAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from AWS&apos;s by more than 15 minutes; turn on automatic date and time and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS rejected the secret access key for %1; enter the secret that belongs to this access key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS credentials have expired; create a new access key in IAM and enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS refused the access key %1 (%2); check the key in IAM and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS STS refused the request (HTTP %1 %2); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without an error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the DigitalOcean API had no account in it; check that the address is DigitalOcean&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works for the DigitalOcean account %1 (status: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works for the DigitalOcean account %1, team %2 (status: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the Hetzner Cloud API was not a server list; check that the address is Hetzner Cloud&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hetzner Cloud rejected the API token; create a token in the project (Security &gt; API tokens) and enter all 64 characters of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigitalOcean rejected the API token; create a personal access token (API &gt; Tokens) and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hetzner Cloud token is not allowed to read the project&apos;s servers; use a token of that project with Read &amp; Write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DigitalOcean token is not allowed to read the account; give it the account:read scope (or full access) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting requests right now; wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 API has a problem of its own (HTTP %2); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 API refused the request (HTTP %2 %3); check the token and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider %1 is unknown; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret access key is empty; enter the secret of the access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token is empty; paste the token the provider showed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS access key ID is empty or contains spaces; copy it again from IAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The token works for a Hetzner Cloud project with %n server(s); creating snapshots needs a Read &amp; Write token.</source>
        <translation>
            <numerusform>The token works for a Hetzner Cloud project with %n server; creating snapshots needs a Read &amp; Write token.</numerusform>
            <numerusform>The token works for a Hetzner Cloud project with %n servers; creating snapshots needs a Read &amp; Write token.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::ProviderAccountJob</name>
    <message>
        <source>The secret is empty; enter the token or secret access key the provider showed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client this account should belong to no longer exists; choose another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client &quot;%1&quot; already has a provider account named &quot;%2&quot;; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry %1 could not be removed again (%2); delete it in your keychain app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider account &quot;%1&quot; no longer exists; it was removed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider account &quot;%1&quot; was removed, but its keychain entry %2 could not be deleted (%3); delete it in your keychain app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ProviderAccountRepository</name>
    <message>
        <source>Cairn could not read the provider accounts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not save the provider account &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That provider account no longer exists; it was removed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not remove the provider account &quot;%1&quot; (%2); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ProviderAccountStore</name>
    <message>
        <source>A provider account needs a name; type one, for example &quot;Production&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider account&apos;s name can be at most 100 characters long; choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider account&apos;s name cannot contain line breaks or control characters; type it on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; is unknown; choose one of %2.</source>
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
    <name>cairn::ReauthGate</name>
    <message>
        <source>Confirm it is you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs your master password, because the app lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
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
    <name>cairn::RecoveryCodesDialog</name>
    <message>
        <source>Recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each code signs you in once when your phone is not at hand, or resets a forgotten master password. Save them now (print them, or keep them in a password manager): Cairn shows them only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;saved them</source>
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
        <translation>
            <numerusform>The passphrase needs at least %n character; the kit holds every key, so choose a long one.</numerusform>
            <numerusform>The passphrase needs at least %n characters; the kit holds every key, so choose a long one.</numerusform>
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
    <message>
        <source>Removing a server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::RestoreBackupPage</name>
    <message>
        <source>MySQL/MariaDB database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which backup do you want to restore?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every complete backup Cairn knows, newest first. Restoring never changes the backup itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. Run a backup job first, or import backups from storage on the Backups page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::RestoreRepository</name>
    <message>
        <source>Cairn could not record the restore (%1); check that its database is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not record the verification (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not record the restore drill (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::RestoreRequestLoader</name>
    <message>
        <source>the SSH key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key of the storage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of backup %1 does not carry this client&apos;s seal, so it was changed after the backup was made or the client&apos;s keys are not the ones that made it; import the client&apos;s recovery kit, or restore another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup %1; run cairn-cli backup list to see the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not one of this backup&apos;s client; choose a server of the same client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 the backup came from no longer exists; choose another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn has not trusted a host key for %1 yet; check and trust the server&apos;s key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no SSH key; choose one for it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage that holds this backup is no longer configured; add it again and import its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s storage belongs to another client; Cairn does not mix clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no entry for %1; enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::RestoreRun</name>
    <message>
        <source>This backup is being deleted or was deleted; choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn does not know this backup&apos;s checksum; import it from storage again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup holds a database; restore it into a database instead of a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target folder must be an absolute path without &quot;..&quot;; for example /srv/restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to restore must be named as in the file index, without a leading &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file chosen to restore has an empty or invalid name; choose it from the index again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring over %1 on %2 replaces what is there now; type the server&apos;s name (%2) to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch folder must be an absolute path without &quot;..&quot;; for example /var/tmp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup holds files; restore it into a folder instead of a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new database to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s manifest does not name its database; restore it by hand as the README describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the backup of %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 is intact: %2 checked on %3 against its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 was restored to %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The restore drill of %1 passed on %2: %n entries unpacked as recorded, and the scratch copy was deleted.</source>
        <translation>
            <numerusform>The restore drill of %1 passed on %2: %n entry unpacked as recorded, and the scratch copy was deleted.</numerusform>
            <numerusform>The restore drill of %1 passed on %2: %n entries unpacked as recorded, and the scratch copy was deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup of %1 was restored into the database %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was cancelled; the target was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore of %1 failed; run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 is encrypted and Cairn has no key for it; import the client&apos;s recovery kit and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn has not trusted a host key for %1 yet; check and trust the server&apos;s key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH key for %1 could not be read from the keychain (%2); generate or import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not sign a download URL for %1; check the storage settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped answering during the restore; check the server and the network, then run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost during the restore (%2); check the network and run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore script on %1 ended without finishing; run it again, and check the server&apos;s log if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore script on %1 broke Cairn&apos;s rules (a line too long), so Cairn stopped it; run the restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore script on %1 broke Cairn&apos;s rules (%2), so Cairn stopped it; run the restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a result that does not match the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore drill of %1 unpacked %2 bytes but the backup recorded %3, so the backup is not what was written; make a new backup and check the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a malformed line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup cannot be trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive in %1 is %2 bytes but its manifest says %3, so it is incomplete or was replaced and %4; restore an older backup and check the storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive in %1 does not match the SHA-256 in its manifest, so it was changed or damaged and %2; restore an older backup and check the storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has the archive of this backup, so %2; restore another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not download the archive from %2 (%3); check the server&apos;s connection to the storage and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be decrypted with the key Cairn has for it (%1), so nothing was restored; check that the client&apos;s key is the one the backup was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be decompressed on %1 (%2), so nothing was restored; check that the server has zstd or gzip and free memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the dump into %1 on %2 failed (%3); the new database was removed, so check the login and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar could not extract the archive on %1 (%2), so nothing was restored; check the free space and the names you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists on %2; choose a new folder, or confirm restoring over it with the server&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist on %2; create it first or choose another target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn cannot write in %1 on %2; choose a folder the SSH user may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already exists on %2; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not prepare the database on %1 (%2); check the database login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored files could not be moved into place on %1 (%2); the target was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds no folder %1; choose a folder from the backup&apos;s index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed on %2; install it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not use the temporary folder on %1 (%2); check that /tmp is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore script on %1 stopped unexpectedly (%2); run it again, and check the server if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s manifest names an encryption this version of Cairn cannot read; update Cairn or restore it by hand as the README describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn cannot drill a backup of this kind; verify it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore drill loads into a scratch database Cairn names itself; start the drill again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore drill checks backups of one database; verify this backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 recorded no row counts, so the drill checked only that the dump loads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 the backup recorded is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a table %1 the backup did not record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 holds %2 rows but the backup recorded %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore drill of %1 loaded the dump but %2, so the backup does not hold what was dumped; make a new backup and check the database server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore drill could not load the dump into a scratch database on %1 (%2), so this backup may not be restorable there; check the database login, then make a new backup if it fails again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore drill loaded the dump on %1 but could not count its tables&apos; rows (%2); check that the database login may read every table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore drill on %1 could not drop its scratch database %2; drop it by hand and check that the database login may drop databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn restores over a database only over the one the backup was made of (%1); choose a new database for any other name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring over the database %1 on %2 replaces what is there now; type the server&apos;s name (%2) to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 replaced the database %2 on %3, and its previous contents were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database the restore no longer needs could not be dropped and is kept as %1 on %2; drop it by hand once you have checked the restored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the dump into a staging database on %1; %2 stays as it is until the load and the checksum succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump loaded and the checksum matched; replacing %1 with the restored copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now holds the restored copy; dropping its previous contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the dump into a staging copy of %1 on %2 failed (%3); %1 was left as it was, so check the database login and that the tables&apos; owners exist, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist on %2, so there is nothing to restore over; restore into a new database instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 could not be replaced with the restored copy (%3); %1 was left as it was, so check that the database login may rename databases and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not take a safety copy of %1 on %2 before replacing it (%3); %1 was left as it was, so check the database login and the free space in /tmp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the restored copy into %1 on %2 failed (%3), so Cairn put the original contents back from its safety copy; check the database server&apos;s log and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the restored copy into %1 on %2 failed (%3) and so did putting the original back; its safety copy is kept in %4, so check the database server now and load it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The restore drill of %1 passed on %2: the dump loaded into a scratch database with %n table(s) as recorded, and the scratch database was dropped.</source>
        <translation>
            <numerusform>The restore drill of %1 passed on %2: the dump loaded into a scratch database with %n table as recorded, and the scratch database was dropped.</numerusform>
            <numerusform>The restore drill of %1 passed on %2: the dump loaded into a scratch database with %n tables as recorded, and the scratch database was dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) changed while the backup ran, so only their presence was checked.</source>
        <translation>
            <numerusform>%n table changed while the backup ran, so only its presence was checked.</numerusform>
            <numerusform>%n tables changed while the backup ran, so only their presence was checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) are using database %1 on %2; stop the applications that use it and restore again.</source>
        <translation>
            <numerusform>%n session is using database %1 on %2; stop the application that uses it and restore again.</numerusform>
            <numerusform>%n sessions are using database %1 on %2; stop the applications that use it and restore again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::RestoreServerPage</name>
    <message>
        <source>Which server should get the data back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server downloads the backup from your storage by itself; the data never passes through this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only servers of the same client are listed: Cairn never moves one client&apos;s data to another client&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has no servers any more. Add one on the Servers page, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — where this backup was made (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::RestoreSummaryPage</name>
    <message>
        <source>Ready to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will happen, then start the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1 of %2, made %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is loaded into a new database named %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files replace what is in %1 on %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files go into the new folder %1 on %2; nothing else there is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the backup is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Only what you chose is restored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 downloads the backup from your storage, checks that it is exactly what was stored, and only then puts the result in place; if anything fails, the server is left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can follow the restore and cancel it in Activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replaces the database %1 on %2; the current contents are dropped once the restored copy has loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::RestoreTarget</name>
    <message>
        <source>This backup holds the whole file system; restore it into a new folder and move what you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup names no folder; restore it into a new folder and move what you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This backup holds %n folders; restore it into a new folder and move what you need.</source>
        <translation>
            <numerusform>This backup holds %n folder; restore it into a new folder and move what you need.</numerusform>
            <numerusform>This backup holds %n folders; restore it into a new folder and move what you need.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup&apos;s manifest does not name its database; restore it into a new database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::RestoreTargetPage</name>
    <message>
        <source>Where should the restored data go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into a &amp;new folder (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the server is replaced. Look through the restored copy, then move what you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name, typed to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files go back onto %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is loaded on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over the original location, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over the original location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replaces what is in %1 on %2 now with the copy from the backup. Files added since the backup are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the server&apos;s name (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new folder must be a full path that starts with &quot;/&quot;, for example /srv/restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s name exactly as shown to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into a &amp;new database (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing your applications use is changed. When the restored copy looks right, point your application at it or rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over the original database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over the original database, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replaces the database %1 on %2 with the copy from the backup. Changes made since the backup are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump is first loaded into a staging database and checked; only then does it replace %1, and its current contents are dropped. If anything fails before that, %1 is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the applications that use %1 first: PostgreSQL cannot replace a database that has open connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications that use %1 see it empty while the restored copy loads into it, so stop them first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::RestoreWhatPage</name>
    <message>
        <source>What do you want back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore everything the backup holds, or only the files and folders you tick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything in the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only the files and folders I choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter files by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find files by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the list of files in this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file or folder name contains &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries, %1 in files.</source>
        <translation>
            <numerusform>%n entry, %1 in files.</numerusform>
            <numerusform>%n entries, %1 in files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match.</source>
        <translation>
            <numerusform>%n entry matches.</numerusform>
            <numerusform>%n entries match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::RestoreWizard</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore over the original files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is no longer in the catalogue; choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keys from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not start the restore; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore over the original database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::Retention</name>
    <message>
        <source>Retention counts must be between 0 and %1; 0 means the rule is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum age must be between 0 and %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep every backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>keep the last %n</source>
        <translation>
            <numerusform>keep the last %n</numerusform>
            <numerusform>keep the last %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n daily</source>
        <translation>
            <numerusform>%n daily</numerusform>
            <numerusform>%n daily</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly</source>
        <translation>
            <numerusform>%n weekly</numerusform>
            <numerusform>%n weekly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n monthly</source>
        <translation>
            <numerusform>%n monthly</numerusform>
            <numerusform>%n monthly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none younger than %n days</source>
        <translation>
            <numerusform>none younger than %n day</numerusform>
            <numerusform>none younger than %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::RunDetailsDialog</name>
    <message>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s last error output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::RunManager</name>
    <message>
        <source>The job %1 is already %2; wait for it to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not record the run of %1; check that its database is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was cancelled before it started.</source>
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
    <name>cairn::ScheduleService</name>
    <message>
        <source>Cairn is stopping, so it starts no more backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules are not running yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule of %1 cannot be read (%2); set it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 is already running; wait for it to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn stopped before the run could start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not read the webhook address of %1 from the keychain (%2); set it again with cairn-cli client webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not save the schedule (%1); check the disk and the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not read the secret of the storage %1 to remove partial uploads an interrupted backup left there (%2); set the storage&apos;s key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn is removing partial uploads an interrupted backup left behind; schedules start right after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verify schedule of %1 cannot be read (%2); set it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no complete backup to verify yet; the next scheduled verify tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn stopped before the verification could start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled verify of the newest backup of %1 failed: %2</source>
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
    <message>
        <source>Cairn could not read which overdue jobs it already reported (%1); check the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not record that it reported job %1 overdue (%2); it may report it again after a restart, so check the disk and the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not read when the jobs&apos; backups are verified (%1); check the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not save when the job&apos;s backups are verified (%1); check the disk and the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not read the verify results of past backups (%1); check the database file.</source>
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
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::SchedulerLock</name>
    <message>
        <source>Another Cairn (%1, process %2 on %3) already schedules the backups of this database, so this one shows runs but starts none by itself; quit the other one to schedule here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Cairn already schedules the backups of this database, so this one shows runs but starts none by itself; quit the other one to schedule here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not create its scheduler lock %1, so it starts no backups by itself; check that the database folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::SecretCleanup</name>
    <message>
        <source>%1 was removed, but the keychain did not delete its entry %2 (%3); delete it in your keychain app.</source>
        <translation type="unfinished"></translation>
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
    <name>cairn::SecurityPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn recovery kits (*.cairnkit);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset with a recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn o&amp;ff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery &amp;codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off two-&amp;factor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every setting and secret in one file protected by a passphrase, to hand the work over or to move to another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lock is off: anyone at this computer can use Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn two-factor sign-in off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the app lock on first; two-factor is its second step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the app lock on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn will ask for this password when it starts and after the idle time. Backups keep running while it is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Master password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the master password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in, if it is on, stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the master password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a forgotten password: one of your two-factor recovery codes sets a new one (the code is used up). Two-factor sign-in stays on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master password is reset; two-factor sign-in is still on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the app lock off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone at this computer will then be able to use Cairn and its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lock is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn two-factor sign-in off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code your app shows now, or one of your recovery codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten new codes replace the old ones, which stop working. Type the code your app shows now, or one of your recovery codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making new codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery codes are made; the old ones no longer work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds every key and password of the chosen clients. Keep the passphrase apart from the file: together they open everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting and encrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery kit saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the kit&apos;s clients with their servers, storage, keys and jobs; the secrets go into this computer&apos;s keychain. Nothing changes if the passphrase is wrong or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not open %1 (%2); choose the kit file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting and importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Two-factor sign-in is on (%n recovery code(s) left).</source>
        <translation>
            <numerusform>Two-factor sign-in is on (%n recovery code left).</numerusform>
            <numerusform>Two-factor sign-in is on (%n recovery codes left).</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>The server &quot;%1&quot; is still backed up by %n job(s); remove the job(s) first.</source>
        <translation>
            <numerusform>The server &quot;%1&quot; is still backed up by %n job; remove that job first.</numerusform>
            <numerusform>The server &quot;%1&quot; is still backed up by %n jobs; remove those jobs first.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>The server &quot;%1&quot; is still backed up by %n job(s); remove the job(s) first.</source>
        <translation>
            <numerusform>The server &quot;%1&quot; is still backed up by %n job; remove that job first.</numerusform>
            <numerusform>The server &quot;%1&quot; is still backed up by %n jobs; remove those jobs first.</numerusform>
        </translation>
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
    <message>
        <source>Start Cairn when I &amp;log in (in the tray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled backups run only while Cairn runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup &amp;fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job is &amp;overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled backup &amp;starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled backup &amp;finishes well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
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
    <message>
        <source>Cairn could not remove the key &quot;%1&quot; (%2); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key &quot;%1&quot; is still used by %n server(s); give them another key or remove them first.</source>
        <translation>
            <numerusform>The key &quot;%1&quot; is still used by %n server; give it another key or remove it first.</numerusform>
            <numerusform>The key &quot;%1&quot; is still used by %n servers; give them another key or remove them first.</numerusform>
        </translation>
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
    <name>cairn::StorageCheck</name>
    <message>
        <source>Unknown: the storage does not say (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the storage does not say (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a probe object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the probe object back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the probe object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean-up rule for incomplete uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked because an earlier step failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed without a reason; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn can list bucket “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn wrote %1 bytes to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage returned other bytes than Cairn wrote; check that the endpoint is the storage itself and not a proxy or cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage returned exactly what Cairn wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn deleted the probe object again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: deleted or overwritten backups stay recoverable as older versions until the bucket&apos;s own rules remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: versions made earlier are kept, new ones are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: a deleted backup is gone; turn versioning on at the provider if you want a safety net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: backups can be deleted by anyone holding this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On (%1, %2 by default): new objects cannot be deleted until their retention ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On, without a default retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: parts of uploads that never finish stay in the bucket (and are billed) until someone removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Present: uploads left unfinished are removed after %n day(s).</source>
        <translation>
            <numerusform>Present: uploads left unfinished are removed after %n day.</numerusform>
            <numerusform>Present: uploads left unfinished are removed after %n days.</numerusform>
        </translation>
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
    <message>
        <source>That storage target no longer exists; it was removed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage target &quot;%1&quot; is used by a job; remove that job or point it at another target first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage target &quot;%1&quot; is used by %2 jobs; remove those jobs or point them at another target first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not remove the storage target &quot;%1&quot; (%2); check the disk and try again.</source>
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
    <name>cairn::StorageTargetJob</name>
    <message>
        <source>The secret access key is empty; enter the secret that belongs to access key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client this storage target should belong to no longer exists; choose another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client &quot;%1&quot; already has a storage target named &quot;%2&quot;; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry %1 could not be removed again (%2); delete it in your keychain app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage target &quot;%1&quot; no longer exists; it was removed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage target &quot;%1&quot; was removed, but its keychain entry %2 could not be deleted (%3); delete it in your keychain app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::StorageTargetStore</name>
    <message>
        <source>A storage target needs a name; type one, for example &quot;Offsite&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A storage target&apos;s name can be at most 100 characters long; choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A storage target&apos;s name cannot contain line breaks or control characters; type it on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix cannot contain control characters or backslashes; use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix cannot contain empty, &quot;.&quot; or &quot;..&quot; parts between slashes; write it like &quot;backups/acme/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix can be at most 512 bytes long; choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; is unknown; choose one of aws, digitalocean, hetzner, backblaze, wasabi, r2 or custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key ID is empty or too long; copy it from the provider&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key ID contains spaces or characters an access key ID never has; copy it again from the provider&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix must not start with &apos;/&apos; and must end with &apos;/&apos;; use &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addressing style must be &quot;path&quot; or &quot;virtual&quot;.</source>
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
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run job now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For one &amp;hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until &amp;tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until &amp;resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume &amp;schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job is watched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules are paused until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules are paused until resumed.</source>
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
    <name>cairn::TwoFactorEnrolDialog</name>
    <message>
        <source>Set up two-factor sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code with Google Authenticator or a compatible app, then type the six digits it shows. Nothing changes until the code is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key to type by hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code from the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the six digits your app shows for Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::UnlockForm</name>
    <message>
        <source>Master password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor code or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits from the app, or a recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the master password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code your authenticator app shows now, or one of your recovery codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 Try again in %n second.</numerusform>
            <numerusform>%1 Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::UploadJanitor</name>
    <message>
        <source>Cairn stopped while this backup ran; its partial upload was removed.</source>
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
    <message>
        <source>There is no job &quot;%1&quot;; run cairn-cli job list to see the jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several clients have a job &quot;%1&quot;; name the client with --client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 read, %2 uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (about %1 % of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2 stored; this computer received %3 from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet; run a job with: cairn-cli job run NAME --wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client (needed when names repeat across clients).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a job now, in this process; exit 0 only when the backup is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show live progress and the run&apos;s log on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List complete backups, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this job&apos;s backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client &quot;%1&quot;; run cairn-cli client list to see the clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the job a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to back up with exactly one of --paths, --mysql or --postgres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db-login takes socket, sudo or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compression takes zstd or gzip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numeric options take whole numbers; run cairn-cli job add --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server &quot;%1&quot;%2; add it first with cairn-cli server add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several clients have a server &quot;%1&quot;; name the client with --client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no storage target &quot;%1&quot;; add it first with cairn-cli storage add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage target &quot;%1&quot; belongs to client %2, not to %3; Cairn never sends one client&apos;s data to another client&apos;s storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job logs in with a password: give it in CAIRN_DB_PASSWORD or on standard input, never as an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added job &quot;%1&quot; for %2 to %3; run it with: cairn-cli job run %4 --wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet; add one with: cairn-cli job add NAME --server S --storage T --paths /srv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job:          %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excludes:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases:    %1 (login: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed job &quot;%1&quot;; its backups stay in the bucket and in cairn-cli backup list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet; start one with: cairn-cli job run NAME --wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO DESKTOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the run&apos;s number, as cairn-cli run list shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run %1; run cairn-cli run list to see the runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1, finished %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1, stored %2, received by this computer %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage target (of the same client) to store the backups in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder or file to back up (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tar --exclude pattern (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A MySQL/MariaDB database to dump (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL database to dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the dump logs in: socket (default), sudo or password (from CAIRN_DB_PASSWORD or stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database host or socket path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System user for --db-login sudo (default postgres or mysql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zstd or gzip (default: zstd when the server has it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the last N backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest backup of each of the last N days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest backup of each of the last N weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest backup of each of the last N months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never delete backups younger than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload at most this many bytes per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part size in MiB (default: chosen per run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts uploaded at once (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder on the server for the part files (default $TMPDIR or /tmp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command run on the server before the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command run on the server after the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a backup job: what to back up from which server into which storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the backup jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a job&apos;s settings, recent runs and number of backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a job (its backups stay in the bucket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the latest runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one run with its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client the account belongs to (default: the only client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client %1 has no provider account named %2; see cairn-cli provider list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider account named %1; see cairn-cli provider list for the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients have a provider account named %2; name the client with --client NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AWS account needs --access-key-id; its secret comes from CAIRN_SECRET_ACCESS_KEY or standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--access-key-id is for AWS only; %1 uses an API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client %1 already has a provider account named %2; choose another name or remove that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 API token: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret was given; pass it in the environment variable %1 or on standard input, never as an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 account %2 for client %3; its secret is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider accounts yet; add one with: cairn-cli provider add NAME --provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed provider account %1; its keychain entry was already gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed provider account %1 and its secret in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s name, e.g. Production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS only: the access key ID (its secret comes from $CAIRN_SECRET_ACCESS_KEY or standard input; tokens from $CAIRN_API_TOKEN or standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save without checking the credentials first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and save a cloud provider account; the token or secret goes to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the cloud provider accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account&apos;s credentials against the provider&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a provider account and its keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input holds more than 64 KiB, which is no secret Cairn expects; pass only the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client the storage target belongs to (default: the only client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client %1 has no storage target named %2; see cairn-cli storage list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no storage target named %1; see cairn-cli storage list for the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients have a storage target named %2; name the client with --client NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket %1 at %2, prefix %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole bucket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider must be one of %1; for MinIO or another S3 server use custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage add needs --%1; run cairn-cli storage add --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage add needs --region for this provider; enter the bucket&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage add needs --endpoint for provider %1; enter the S3 API address the provider shows for the bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--addressing must be path or virtual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--abort-incomplete-uploads takes a number of days from 1 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client %1 already has a storage target named %2; choose another name or remove that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret access key was given; pass it in the environment variable CAIRN_SECRET_ACCESS_KEY or on standard input, never as an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added storage target %1 for client %2 (%3); its secret is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage targets yet; add one with: cairn-cli storage add NAME --provider P --bucket B --access-key-id ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUCKET/PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage target %1 works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed storage target %1; its keychain entry was already gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed storage target %1 and its secret in the keychain; the objects in the bucket were left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be GET or PUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires takes seconds from %1 (15 minutes) to %2 (7 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object key is empty; name the object below the target&apos;s prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 The URL was signed with this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage target&apos;s name, e.g. Offsite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider preset: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 API address, e.g. https://s3.eu-central-1.amazonaws.com (default: the preset&apos;s for the region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket&apos;s region (default: the preset&apos;s first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key prefix inside the bucket (default: the client&apos;s name made safe for keys; &quot;&quot; for the whole bucket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key ID (its secret comes from $%1 or standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path or virtual (default: the preset&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also set a lifecycle rule that removes uploads left unfinished after this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save without testing the storage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET (default) or PUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity in seconds, 900 to 604800 (default 3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test and save a client&apos;s S3 bucket; the secret access key goes to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the storage targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, write, read back and delete a probe object; show versioning, Object Lock and the clean-up rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a storage target and its keychain entry (objects in the bucket stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a presigned URL for one object below the target&apos;s prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object&apos;s key below the target&apos;s prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date or time like 2026-11-29 or 2026-11-29T14:00; correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not write %1 (%2); choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the audit log as CSV, oldest first (to standard output without --csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the CSV to this file (mode 0600) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this client&apos;s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries at or after this date or time (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries at or before this date or time (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries whose action, object, outcome or actor contain this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (verified %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (verify FAILED %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery kit now (cairn-cli kit export): without the private key no encrypted backup of %1 can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating an RSA-4096 key pair (a few seconds)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the encryption key of %1 (%2); its private half is in the keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the public key file: cairn-cli client keys import-public CLIENT FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the public encryption key of %1 (%2); keep its private key safe offline: Cairn cannot restore encrypted backups without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file for the private key: cairn-cli client keys export CLIENT FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name (Cairn never overwrites a key file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn cannot create %1 (%2); choose a new file in a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not write %1 (%2); check the free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the private encryption key of %1 to %2 (readable by you only); keep it offline and safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no encryption key yet; create one with: cairn-cli client keys create &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption key of %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key only; the private key is kept offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client keys takes create, import-public, export or show; for example: cairn-cli client keys create CLIENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client&apos;s encryption key: create (RSA-4096, private key in the keychain), import-public FILE (keep the private key offline), export FILE (the private key, to a new 0600 file), show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, import-public, export or show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-public: the PEM public key; export: the new file for the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no encryption key yet; create it with cairn-cli client keys create &quot;%1&quot; (or import-public), save the recovery kit, then add the job again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt each backup on the server with its own key, wrapped with the client&apos;s key (cairn-cli client keys create first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup %1; run cairn-cli backup list to see the backups&apos; ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s client has no server &quot;%1&quot;; run cairn-cli server list to see its servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer received %1 from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to restore to with exactly one of --to DIR, --database NAME or --over-original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the link&apos;s lifetime in seconds with --expires, 900 to 604800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage that holds this backup is no longer configured; add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download link, valid until %1 UTC (anyone with it can read the archive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no storage target named &quot;%1&quot;; see cairn-cli storage list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several clients have a storage target named &quot;%1&quot;; name the client with --client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server to restore to (default: the one the backup came from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the run&apos;s log on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s id (see cairn-cli backup list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup into a new folder or database; exit 0 only when it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new (or empty) folder on the server to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this file or folder, as the backup&apos;s index names it (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name, typed to confirm --over-original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database to load a database backup into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download a backup on a server and check its size and SHA-256 against its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a download link for a backup and the commands that restore it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the link works, in seconds (900 to 604800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the backups a storage target holds that this database does not know yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage target&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when with exactly one of --cron, --hourly, --daily, --weekly, --monthly or --manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only --weekly and --monthly take a time after their value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jitter takes whole minutes from 0 to 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--missed takes catch-up or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--overdue-after takes whole hours from 1 to 9600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule is one line; remove the line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; now runs only when started by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot;: %2; next run %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when started by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet; add one with cairn-cli job add, then schedule it with cairn-cli job schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules are paused until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules are paused until resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEXT RUN (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEDULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cairn-cli could not set up its signal handling; check the system&apos;s limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling the backups of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled run of %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run of %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run of %1 succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: cancelling the runs in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address on standard input (or in %1), never as an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is not an http or https URL; copy it again from the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; has no webhook now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind takes slack, discord, ntfy or generic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook address carries a token: pass --url-stdin and give it on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; now tells its %2 webhook at %3 about failed, overdue and good backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; now tells its %2 webhook at %3 about failed and overdue backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &quot;%1&quot; has no ping URL now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ping address carries a token: pass --url-stdin and give it on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers of client &quot;%1&quot; now call %2 at the end of each good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the address from standard input (or CAIRN_WEBHOOK_URL / CAIRN_PING_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when a job runs by itself (and when it counts as overdue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM for --weekly and --monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A five-field cron expression, e.g. &quot;30 2 * * 1-5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour, on the hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On these days (mon,wed or mon-fri), time follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this day of the month (1-31), time follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when started by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone (IANA name, default: this computer&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start up to this many minutes late (fixed per job).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After downtime: catch-up (run once) or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours without a good backup before the job is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List each job&apos;s schedule and next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and failed jobs; exit code 1 when there is any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scheduler without a window until SIGTERM or Ctrl-C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the client&apos;s webhook for failed, overdue (and good) backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slack, discord, ntfy or generic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also report good backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the URL the client&apos;s servers call after each good backup (dead man&apos;s switch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ; run the command again and type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the authenticator app (or a recovery code): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code was given; pass it on standard input or in CAIRN_TWO_FACTOR_CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No master password was given; pass it on standard input or in CAIRN_MASTER_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lock is already on; use cairn-cli lock change to change the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New master password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given; pass it on standard input or in CAIRN_NEW_MASTER_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lock is off; turn it on with cairn-cli lock set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new password was given; pass it on standard input or in CAIRN_NEW_MASTER_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master password is changed; two-factor sign-in is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lock is already off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is on; turn it off first with cairn-cli 2fa disable, then remove the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lock is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery codes (shown only now; keep them somewhere safe, each works once):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lock is off; turn it on first with cairn-cli lock set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is already on; turn it off first to set up another app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Cairn to your authenticator app with this link, or type the key by hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code the app shows now: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code was given; nothing changed, run the command again when the app shows a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is already off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is off; the app lock stays on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is off; it has no recovery codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery codes are made; the old ones no longer work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the kit: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given; pass it on standard input or in CAIRN_KIT_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the recovery kit of %1 to %2; keep the passphrase apart from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn could not open %1 (%2); check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the kit: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the recovery kit: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the app lock on (new master password on stdin or in CAIRN_NEW_MASTER_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the master password (stdin: the current one, then the new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the app lock off (stdin: the master password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up two-factor sign-in (stdin: the master password, then the app&apos;s code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn two-factor sign-in off (stdin: a code from the app or a recovery code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make ten new recovery codes (stdin: a code from the app or a recovery code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recovery kit (stdin: the master password and code when the lock is on, then the passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this client&apos;s configuration and secrets (default: every client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a recovery kit into this database and keychain (stdin: the passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore drill: also unpack into a scratch folder (or load into a scratch database), check it against the manifest and delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups of job &quot;%1&quot; are verified only when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; verifies its newest backup: %2; next %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--verify takes one schedule such as &quot;weekly sun 04:00&quot;, or never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled verify of %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify of %1 succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify of %1 did not succeed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also verify the newest backup, e.g. &quot;weekly sun 04:00&quot;, &quot;daily 05:00&quot;, &quot;monthly 1 05:00&quot;, &quot;cron 0 4 * * 0&quot; or never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit log entries to %1.</source>
        <translation>
            <numerusform>Wrote %n audit log entry to %1.</numerusform>
            <numerusform>Wrote %n audit log entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The client &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed client &quot;%1&quot; and its keychain entries; its backups stay readable with its recovery kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the original folder or database (needs --confirm with the server&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n partial upload(s) an interrupted run left behind.</source>
        <translation>
            <numerusform>Removed %n partial upload an interrupted run left behind.</numerusform>
            <numerusform>Removed %n partial uploads an interrupted run left behind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  (%n warning(s))</source>
        <translation>
            <numerusform>  (%n warning)</numerusform>
            <numerusform>  (%n warnings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key &quot;%1&quot; is still used by %n server(s); remove those servers or give them another key first.</source>
        <translation>
            <numerusform>The key &quot;%1&quot; is still used by %n server; remove that server or give it another key first.</numerusform>
            <numerusform>The key &quot;%1&quot; is still used by %n servers; remove those servers or give them another key first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n backup(s) from %1; %2.</source>
        <translation>
            <numerusform>Imported %n backup from %1; %2.</numerusform>
            <numerusform>Imported %n backups from %1; %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already known</source>
        <translation>
            <numerusform>%n was already known</numerusform>
            <numerusform>%n were already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n partial upload(s) an interrupted backup left behind.</source>
        <translation>
            <numerusform>Removed %n partial upload an interrupted backup left behind.</numerusform>
            <numerusform>Removed %n partial uploads an interrupted backup left behind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the lifecycle rule: uploads under %1 left unfinished are removed after %n day(s).</source>
        <translation>
            <numerusform>Set the lifecycle rule: uploads under %1 left unfinished are removed after %n day.</numerusform>
            <numerusform>Set the lifecycle rule: uploads under %1 left unfinished are removed after %n days.</numerusform>
        </translation>
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

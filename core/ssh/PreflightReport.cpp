#include "ssh/PreflightReport.h"

#include "ssh/UntrustedText.h"

#include <QLocale>

namespace cairn {

namespace {

constexpr qsizetype kMaxValueBytes = 200;
constexpr int kMaxKeys = 100;

bool isKey(QByteArrayView key)
{
    if (key.isEmpty() || key.size() > 40)
        return false;
    for (char c : key) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            return false;
    }
    return true;
}

} // namespace

PreflightReport PreflightReport::parse(QByteArrayView output, qint64 requiredTempBytes)
{
    PreflightReport report;
    bool started = false;
    for (QByteArrayView line : QByteArray(output.toByteArray()).split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArrayView key = line.first(equals);
        if (!isKey(key))
            continue;
        const QByteArrayView value = line.sliced(equals + 1);
        if (key == "cairn_preflight") {
            started = true;
            continue;
        }
        if (key == "cairn_preflight_no_bash") {
            report.m_bashMissing = true;
            report.m_complete = true;
            break;
        }
        if (!started)
            continue;
        if (key == "cairn_preflight_end") {
            report.m_complete = true;
            break;
        }
        const QString name = QString::fromLatin1(key);
        if (!report.m_values.contains(name) && report.m_values.size() < kMaxKeys)
            report.m_values.insert(
                name, value.first(qMin(value.size(), kMaxValueBytes)).toByteArray().trimmed());
    }
    report.build(requiredTempBytes);
    return report;
}

bool PreflightReport::passed() const
{
    if (!m_complete)
        return false;
    for (const PreflightCheck &check : m_checks) {
        if (check.required && check.status == PreflightCheck::Status::Missing)
            return false;
    }
    return true;
}

const PreflightCheck *PreflightReport::check(const QString &id) const
{
    for (const PreflightCheck &check : m_checks) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}

QString PreflightReport::value(const QString &key) const
{
    return escapeUntrustedText(m_values.value(key), kMaxValueBytes);
}

QString PreflightReport::installHint(const QString &packageName) const
{
    const QString id = QString::fromLatin1(m_values.value(QStringLiteral("os_id"))).toLower();
    const QString like = QString::fromLatin1(m_values.value(QStringLiteral("os_like"))).toLower();
    const auto is = [&](const char *family) {
        const QString name = QLatin1String(family);
        return id == name || like.split(QLatin1Char(' ')).contains(name);
    };
    QString package = packageName;
    QString command;
    if (is("debian") || is("ubuntu")) {
        command = QStringLiteral("sudo apt install ");
    } else if (is("rhel") || is("fedora") || is("centos")) {
        command = QStringLiteral("sudo dnf install ");
        if (package == QLatin1String("mariadb-client"))
            package = QStringLiteral("mariadb");
        else if (package == QLatin1String("postgresql-client"))
            package = QStringLiteral("postgresql");
    } else if (is("alpine")) {
        command = QStringLiteral("apk add ");
    } else if (is("suse") || is("opensuse") || is("sles")) {
        command = QStringLiteral("sudo zypper install ");
    } else if (is("arch")) {
        command = QStringLiteral("sudo pacman -S ");
    }
    if (command.isEmpty())
        return tr("Install the package %1 on the server with its package manager.").arg(package);
    return tr("Install it on the server (for example: %1).").arg(command + package);
}

void PreflightReport::build(qint64 requiredTempBytes)
{
    using Status = PreflightCheck::Status;
    const auto has = [this](const char *key) { return !m_values.value(QLatin1String(key)).isEmpty(); };
    const auto raw = [this](const char *key) { return m_values.value(QLatin1String(key)); };
    const auto shown = [this](const char *key) { return value(QLatin1String(key)); };
    const QString notInstalled = tr("not installed");
    const auto add = [this](const QString &id, const QString &title, Status status, bool required,
                         const QString &found, const QString &fixHint = {}) {
        m_checks.append(PreflightCheck { id, title, status, required, found, fixHint });
    };

    if (m_bashMissing) {
        add(QStringLiteral("bash"), tr("Bash"), Status::Missing, true, notInstalled,
            tr("Cairn's remote scripts need bash. %1").arg(installHint(QStringLiteral("bash"))));
        return;
    }
    if (!m_complete) {
        add(QStringLiteral("probe"), tr("Preflight check"), Status::Missing, true, tr("incomplete"),
            tr("The check stopped before it finished; run it again, and check the server's load and disk if "
               "it keeps "
               "happening."));
    }

    if (has("os_name"))
        add(QStringLiteral("os"), tr("Operating system"), Status::Ok, false, shown("os_name"));
    else
        add(QStringLiteral("os"), tr("Operating system"), Status::Info, false,
            has("kernel") ? shown("kernel") : tr("unknown"),
            tr("Cairn could not tell which distribution this is; backups may still work."));

    if (has("bash"))
        add(QStringLiteral("bash"), tr("Bash"), Status::Ok, true, QStringLiteral("bash ") + shown("bash"));
    else
        add(QStringLiteral("bash"), tr("Bash"), Status::Missing, true, notInstalled,
            tr("Cairn's remote scripts need bash. %1").arg(installHint(QStringLiteral("bash"))));

    const bool gnuTar = raw("tar").contains("GNU tar");
    if (gnuTar) {
        add(QStringLiteral("tar"), tr("GNU tar"), Status::Ok, true,
            QStringLiteral("GNU tar ") + QString::fromLatin1(raw("tar").split(' ').last()).left(20));
    } else if (has("tar")) {
        add(QStringLiteral("tar"), tr("GNU tar"), Status::Warning, true, shown("tar"),
            tr("This tar is not GNU tar and may not keep everything a backup needs. %1")
                .arg(installHint(QStringLiteral("tar"))));
    } else {
        add(QStringLiteral("tar"), tr("GNU tar"), Status::Missing, true, notInstalled,
            tr("File backups need GNU tar. %1").arg(installHint(QStringLiteral("tar"))));
    }
    if (has("tar")) {
        QStringList supported;
        QStringList unsupported;
        for (const char *option : { "sparse", "xattrs", "acls" }) {
            (raw((QByteArray("tar_") + option).constData()) == "1" ? supported : unsupported)
                << QStringLiteral("--") + QLatin1String(option);
        }
        if (raw("tar_selinux") == "1")
            supported << QStringLiteral("--selinux");
        if (unsupported.isEmpty())
            add(QStringLiteral("tar-features"), tr("tar keeps sparse files, extended attributes and ACLs"),
                Status::Ok, false, supported.join(QLatin1Char(' ')));
        else
            add(QStringLiteral("tar-features"), tr("tar keeps sparse files, extended attributes and ACLs"),
                Status::Warning, false, tr("missing %1").arg(unsupported.join(QStringLiteral(", "))),
                tr("Backups will not keep what %1 would preserve; update GNU tar to keep them.")
                    .arg(unsupported.join(QStringLiteral(", "))));
    }

    if (has("curl"))
        add(QStringLiteral("curl"), tr("curl"), Status::Ok, true, QStringLiteral("curl ") + shown("curl"));
    else
        add(QStringLiteral("curl"), tr("curl"), Status::Missing, true, notInstalled,
            tr("The server uploads to storage with curl. %1").arg(installHint(QStringLiteral("curl"))));

    if (has("zstd"))
        add(QStringLiteral("compression"), tr("Compression (zstd or gzip)"), Status::Ok, true,
            QStringLiteral("zstd ") + shown("zstd"));
    else if (has("gzip"))
        add(QStringLiteral("compression"), tr("Compression (zstd or gzip)"), Status::Warning, true,
            QStringLiteral("gzip ") + shown("gzip"),
            tr("Backups will use gzip, which is slower and larger than zstd. %1")
                .arg(installHint(QStringLiteral("zstd"))));
    else
        add(QStringLiteral("compression"), tr("Compression (zstd or gzip)"), Status::Missing, true,
            notInstalled, tr("Backups need zstd or gzip. %1").arg(installHint(QStringLiteral("zstd"))));

    if (has("sha256sum") && raw("sha256sum_works") == "1")
        add(QStringLiteral("sha256sum"), tr("sha256sum"), Status::Ok, true, shown("sha256sum"));
    else
        add(QStringLiteral("sha256sum"), tr("sha256sum"), Status::Missing, true, notInstalled,
            tr("Backups are verified with sha256sum. %1").arg(installHint(QStringLiteral("coreutils"))));

    const QString tempDir = has("tmp_dir") ? shown("tmp_dir") : QStringLiteral("/tmp");
    if (raw("mktemp") != "1")
        add(QStringLiteral("mktemp"), tr("mktemp"), Status::Missing, true, notInstalled,
            tr("Backups need mktemp for private temporary folders. %1")
                .arg(installHint(QStringLiteral("coreutils"))));
    else if (raw("tmp_writable") != "1")
        add(QStringLiteral("mktemp"), tr("mktemp"), Status::Missing, true,
            tr("cannot create folders in %1").arg(tempDir),
            tr("Make %1 writable for this user, or set TMPDIR for it to a writable folder.").arg(tempDir));
    else
        add(QStringLiteral("mktemp"), tr("mktemp"), Status::Ok, true, tr("works in %1").arg(tempDir));

    bool freeOk = false;
    const qint64 freeKib = raw("tmp_free_kib").toLongLong(&freeOk);
    const QLocale locale;
    if (!freeOk || freeKib < 0) {
        add(QStringLiteral("temp-space"), tr("Free space for temporary files"), Status::Warning, true,
            tr("unknown"),
            tr("Cairn could not read the free space in %1; make sure it has at least %2 free.")
                .arg(tempDir, locale.formattedDataSize(requiredTempBytes)));
    } else {
        m_tempFreeBytes = freeKib * 1024;
        const QString found = tr("%1 free in %2").arg(locale.formattedDataSize(m_tempFreeBytes), tempDir);
        if (m_tempFreeBytes >= requiredTempBytes)
            add(QStringLiteral("temp-space"), tr("Free space for temporary files"), Status::Ok, true, found);
        else
            add(QStringLiteral("temp-space"), tr("Free space for temporary files"), Status::Missing, true,
                found,
                tr("Backups need about %1 in %2; free up space there or set TMPDIR for this user to a larger "
                   "disk.")
                    .arg(locale.formattedDataSize(requiredTempBytes), tempDir));
    }

    if (has("mariadb-dump") || has("mysqldump"))
        add(QStringLiteral("mysqldump"), tr("MySQL/MariaDB dump"), Status::Ok, false,
            has("mariadb-dump") ? shown("mariadb-dump") : shown("mysqldump"));
    else
        add(QStringLiteral("mysqldump"), tr("MySQL/MariaDB dump"), Status::Info, false, notInstalled,
            tr("Needed only to back up MySQL or MariaDB databases. %1")
                .arg(installHint(QStringLiteral("mariadb-client"))));

    if (has("pg_dump"))
        add(QStringLiteral("pg_dump"), tr("PostgreSQL dump"), Status::Ok, false, shown("pg_dump"));
    else
        add(QStringLiteral("pg_dump"), tr("PostgreSQL dump"), Status::Info, false, notInstalled,
            tr("Needed only to back up PostgreSQL databases. %1")
                .arg(installHint(QStringLiteral("postgresql-client"))));

    const QByteArray sudo = raw("sudo");
    const QString sudoHint
        = tr("Needed only for files this user cannot read: allow this user to run sudo without a "
             "password, or connect as a user who can read them.");
    if (sudo == "root")
        add(QStringLiteral("sudo"), tr("Administrator rights (sudo -n)"), Status::Ok, false,
            tr("logged in as root"));
    else if (sudo == "ok")
        add(QStringLiteral("sudo"), tr("Administrator rights (sudo -n)"), Status::Ok, false,
            tr("sudo works without a password"));
    else if (sudo == "password")
        add(QStringLiteral("sudo"), tr("Administrator rights (sudo -n)"), Status::Info, false,
            tr("sudo asks for a password"), sudoHint);
    else
        add(QStringLiteral("sudo"), tr("Administrator rights (sudo -n)"), Status::Info, false, notInstalled,
            sudoHint);
}

} // namespace cairn

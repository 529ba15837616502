#include "restore/RestoreScript.h"

#include "backup/BackupScript.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace cairn {

namespace {

void record(QByteArray &out, const char *key, QByteArrayView value)
{
    out.append(key);
    out.append('=');
    out.append(value);
    out.append('\0');
}

void record(QByteArray &out, const char *key, const QString &value)
{
    record(out, key, QByteArrayView(value.toUtf8()));
}

void record(QByteArray &out, const char *key, qint64 value)
{
    record(out, key, QByteArrayView(QByteArray::number(value)));
}

// The "encryption" object and "encrypted" flag sit at the manifest's top level or in "archive".
QJsonValue manifestValue(const QJsonObject &manifest, const QString &key)
{
    if (manifest.contains(key))
        return manifest.value(key);
    return manifest.value(QStringLiteral("archive")).toObject().value(key);
}

// The database to load into, the one the dump holds, and how to log in (restore and drill).
void databaseRecords(QByteArray &out, const RestoreRequest &request)
{
    const JobSpec &login = request.databaseLogin;
    record(out, "mode",
        request.backup.kind == QLatin1String("postgres") ? QStringLiteral("postgres")
                                                         : QStringLiteral("mysql"));
    record(out, "database", request.databaseName);
    record(out, "source_database", request.sourceDatabase);
    record(out, "db_login", JobSpec::loginName(login.databaseLogin));
    if (!login.databaseUser.isEmpty())
        record(out, "db_user", login.databaseUser);
    if (!login.databaseHost.isEmpty())
        record(out, "db_host", login.databaseHost);
    if (login.databasePort > 0)
        record(out, "db_port", qint64(login.databasePort));
    if (login.databaseLogin == JobSpec::DatabaseLogin::Sudo)
        record(out, "db_sudo_user", login.databaseSudoUser);
    if (login.databaseLogin == JobSpec::DatabaseLogin::Password)
        record(out, "db_password", request.databasePassword.view());
}

} // namespace

QString RestoreRequest::newDrillDatabaseName()
{
    const quint64 random = QRandomGenerator::system()->generate64();
    return QStringLiteral("cairn_drill_") + QStringLiteral("%1").arg(random, 16, 16, QLatin1Char('0'));
}

QByteArray RestoreScript::script()
{
    QFile file(QStringLiteral(":/restore/restore.sh"));
    return file.open(QIODevice::ReadOnly) ? BackupScript::databaseHelpers() + '\n' + file.readAll()
                                          : QByteArray();
}

QString RestoreScript::compressionName(const QString &compression)
{
    if (compression == QLatin1String("gzip"))
        return QStringLiteral("gzip");
    if (compression == QLatin1String("zstd"))
        return QStringLiteral("zstd");
    return QStringLiteral("none");
}

bool RestoreScript::readEncryption(
    const QByteArray &manifestJson, bool *encrypted, int *iterations, QString *error)
{
    *encrypted = false;
    *iterations = 0;
    const QJsonObject manifest = QJsonDocument::fromJson(manifestJson).object();
    const QJsonObject encryption = manifestValue(manifest, QStringLiteral("encryption")).toObject();
    if (!manifestValue(manifest, QStringLiteral("encrypted")).toBool() && encryption.isEmpty())
        return true;
    *encrypted = true;
    const int iter = encryption.value(QStringLiteral("iter")).toInt();
    if (encryption.value(QStringLiteral("cipher")).toString() != QLatin1String("aes-256-ctr")
        || encryption.value(QStringLiteral("kdf")).toString() != QLatin1String("pbkdf2")
        || encryption.value(QStringLiteral("md")).toString() != QLatin1String("sha256") || iter < 1
        || iter > 100000000) {
        *error = QCoreApplication::translate("cairn::RestoreRun",
            "The backup's manifest names an encryption this version of Cairn cannot read; update Cairn "
            "or restore it by hand as the README describes.");
        return false;
    }
    *iterations = iter;
    return true;
}

QByteArray RestoreScript::wrappedKey(const QByteArray &manifestJson)
{
    const QJsonObject manifest = QJsonDocument::fromJson(manifestJson).object();
    QJsonObject encryption = manifest.value(QStringLiteral("encryption")).toObject();
    if (encryption.isEmpty())
        encryption = manifest.value(QStringLiteral("archive"))
                         .toObject()
                         .value(QStringLiteral("encryption"))
                         .toObject();
    return QByteArray::fromBase64(encryption.value(QStringLiteral("wrappedKey")).toString().toLatin1());
}

SecureBytes RestoreScript::parameters(const RestoreRequest &request, QByteArrayView url)
{
    // Reserved up front so the buffer holding the secrets is never reallocated (a reallocation
    // would leave an unwiped copy behind); takeFrom() wipes this one.
    qsizetype capacity = 4096 + url.size() + request.passphrase.size() + request.databasePassword.size();
    for (const QString &member : request.members)
        capacity += member.size() * 3 + 16;
    for (const QByteArray &member : request.memberBytes)
        capacity += member.size() + 16;
    capacity += (request.destination.size() + request.archiveRoot.size() + request.databaseName.size()
                    + request.sourceDatabase.size())
        * 3;
    QByteArray out;
    out.reserve(capacity);
    record(out, "version", qint64(kProtocolVersion));
    record(out, "url", url);
    record(out, "size", request.backup.size);
    record(out, "sha256", request.backup.sha256);
    record(out, "compression", compressionName(request.backup.compression));
    bool encrypted = false;
    int iterations = 0;
    QString ignored;
    RestoreScript::readEncryption(request.backup.manifestJson, &encrypted, &iterations, &ignored);
    record(out, "encrypted", qint64(encrypted ? 1 : 0));
    if (encrypted) {
        record(out, "iter", qint64(iterations));
        record(out, "pass", request.passphrase.view());
    }
    switch (request.mode) {
    case RestoreRequest::Mode::Verify:
        record(out, "mode", QStringLiteral("verify"));
        break;
    case RestoreRequest::Mode::Drill:
        if (request.isDatabaseDrill()) {
            databaseRecords(out, request);
            record(out, "drill", qint64(1));
            break;
        }
        record(out, "mode", QStringLiteral("drill"));
        if (!request.destination.isEmpty())
            record(out, "dest", request.destination);
        break;
    case RestoreRequest::Mode::Files:
        record(out, "mode", QStringLiteral("files"));
        record(out, "dest", request.destination);
        record(out, "root", request.archiveRoot);
        record(out, "over", qint64(request.overOriginal ? 1 : 0));
        for (const QString &member : request.members)
            record(out, "member", member);
        for (const QByteArray &member : request.memberBytes)
            record(out, "member", QByteArrayView(member));
        break;
    case RestoreRequest::Mode::Database:
        databaseRecords(out, request);
        record(out, "over", qint64(request.overOriginal ? 1 : 0));
        break;
    }
    record(out, "end", QByteArrayView());
    return SecureBytes::takeFrom(out);
}

} // namespace cairn

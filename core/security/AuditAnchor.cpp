#include "security/AuditAnchor.h"

#include "secrets/SecretStore.h"
#include "security/SecuritySettings.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <map>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <unistd.h>

namespace cairn {

namespace {

// The settings row that says "this log has an anchor, its key is this keychain entry": with it, a
// missing anchor file is a deleted one. Not a secret.
const QString KeyReferenceSetting = QStringLiteral("audit.anchor_key_ref");
constexpr qsizetype KeyBytes = 32;
constexpr qsizetype MaximumFileBytes = 1024;
const QByteArray Magic = QByteArrayLiteral("cairn-audit-anchor");
const QByteArray Version = QByteArrayLiteral("1");

struct LoadedKey {
    QString reference;
    std::shared_ptr<const SecureBytes> key;
};

QMutex &cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

std::map<QString, LoadedKey> &cache()
{
    static std::map<QString, LoadedKey> keys;
    return keys;
}

QString canonical(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath();
}

std::optional<LoadedKey> loadedKey(const QString &databasePath)
{
    const QMutexLocker locker(&cacheMutex());
    const auto it = cache().find(canonical(databasePath));
    if (it == cache().end())
        return std::nullopt;
    return it->second;
}

void remember(const QString &databasePath, const QString &reference, SecureBytes key)
{
    const QMutexLocker locker(&cacheMutex());
    cache()[canonical(databasePath)] = { reference, std::make_shared<const SecureBytes>(std::move(key)) };
}

struct Parsed {
    QString reference;
    AuditAnchor::Record record;
    QByteArray mac; // hex
};

QByteArray signedPart(const QString &reference, const AuditAnchor::Record &record)
{
    return Magic + '\n' + Version + '\n' + reference.toLatin1() + '\n' + QByteArray::number(record.count)
        + '\n' + record.lastHash.toLatin1() + '\n';
}

QByteArray macOf(const SecureBytes &key, const QByteArray &message)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.data(), int(key.size()),
            reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()), out,
            &length))
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(length)).toHex();
}

// "cairn-audit-anchor 1 REFERENCE COUNT HASH MAC\n"; HASH is "-" for an empty log.
QByteArray format(const QString &reference, const AuditAnchor::Record &record, const SecureBytes &key)
{
    const QByteArray hash = record.lastHash.isEmpty() ? QByteArrayLiteral("-") : record.lastHash.toLatin1();
    return Magic + ' ' + Version + ' ' + reference.toLatin1() + ' ' + QByteArray::number(record.count) + ' '
        + hash + ' ' + macOf(key, signedPart(reference, record)) + '\n';
}

std::optional<Parsed> parse(const QByteArray &bytes)
{
    const QList<QByteArray> parts = bytes.trimmed().split(' ');
    if (parts.size() != 6 || parts.at(0) != Magic || parts.at(1) != Version)
        return std::nullopt;
    Parsed parsed;
    bool ok = false;
    parsed.reference = QString::fromLatin1(parts.at(2));
    parsed.record.count = parts.at(3).toLongLong(&ok);
    if (!ok || parsed.record.count < 0)
        return std::nullopt;
    parsed.record.lastHash = parts.at(4) == "-" ? QString() : QString::fromLatin1(parts.at(4));
    parsed.mac = parts.at(5);
    return parsed;
}

std::optional<QByteArray> readFile(const QString &databasePath)
{
    QFile file(AuditAnchor::filePath(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.read(MaximumFileBytes);
}

bool macMatches(const Parsed &parsed, const LoadedKey &loaded)
{
    const QByteArray expected = macOf(*loaded.key, signedPart(parsed.reference, parsed.record));
    return parsed.reference == loaded.reference && !expected.isEmpty() && expected.size() == parsed.mac.size()
        && CRYPTO_memcmp(expected.constData(), parsed.mac.constData(), size_t(expected.size())) == 0;
}

// Writes the anchor, mode 0600 from the start. An existing file is overwritten in place with one
// write of a few hundred bytes: renaming a new file over it costs ~7 ms per append (ext4 flushes
// the data on a replacing rename), 40 times the append itself. Only the first file is made by a
// rename, so a reader never sees a half-made one.
bool writeFile(const QString &databasePath, const QByteArray &bytes)
{
    const QString target = AuditAnchor::filePath(databasePath);
    if (QFile existing(target); existing.exists()) {
        return existing.open(QIODevice::ReadWrite) && existing.write(bytes) == bytes.size()
            && existing.resize(bytes.size()) && existing.flush();
    }
    const QString temporary = target + QStringLiteral(".%1.tmp").arg(::getpid());
    QFile file(temporary);
    if (!file.open(
            QIODevice::WriteOnly | QIODevice::Truncate, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.flush()) {
        file.close();
        file.remove();
        return false;
    }
    file.close();
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temporary);
        return false;
    }
    return true;
}

// The hash of entry #id, or nullopt when there is none (0: the empty log's "").
std::optional<QString> hashAt(QSqlDatabase &db, qint64 id)
{
    if (id == 0)
        return QString();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

} // namespace

QString AuditAnchor::filePath(const QString &databasePath)
{
    return canonical(databasePath) + QStringLiteral(".audit-anchor");
}

QString AuditAnchor::prepare(const std::shared_ptr<Database> &database, SecretStore *secrets)
{
    const QString path = database->path();
    if (loadedKey(path))
        return {};
    QSqlDatabase db = database->connection();
    QString reference;
    if (const std::optional<QByteArray> bytes = readFile(path)) {
        const std::optional<Parsed> parsed = parse(*bytes);
        if (!parsed)
            return {}; // a damaged file: verification reports it; nothing to load
        reference = parsed->reference;
    } else {
        reference = SecuritySettings::readIn(db, KeyReferenceSetting).value_or(QString());
    }
    if (!reference.isEmpty()) {
        SecretJob *job = secrets->read(reference);
        job->waitForFinished();
        job->deleteLater();
        if (job->ok()) {
            remember(path, reference, job->takeData());
            return {};
        }
        if (job->status() == SecretJob::Status::NotFound)
            return tr("The key of the audit log's anchor is not in this keychain, so deleted newest entries "
                      "cannot be detected here; use the keychain the database was set up with.");
        return job->errorString();
    }

    // The first time: a key in the keychain, then the anchor of the log as it is now.
    SecureBytes key = SecureBytes::random(KeyBytes);
    if (key.isEmpty())
        return tr("Cairn could not make a key for the audit log's anchor; try again.");
    reference = SecretStore::newReference(QStringLiteral("audit-anchor"));
    SecretJob *write = secrets->write(reference, key);
    write->waitForFinished();
    write->deleteLater();
    if (!write->ok())
        return write->errorString();

    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return tr("Cairn could not anchor the audit log (%1); check the disk and try again.")
            .arg(begin.lastError().text());
    auto giveUp = [&](const QString &reason) {
        db.rollback();
        secrets->remove(reference)->waitForFinished();
        return tr("Cairn could not anchor the audit log (%1); check the disk and try again.").arg(reason);
    };
    if (SecuritySettings::readIn(db, KeyReferenceSetting)) {
        // Another Cairn process anchored it meanwhile: use its key.
        db.rollback();
        secrets->remove(reference)->waitForFinished();
        return prepare(database, secrets);
    }
    Record record;
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return giveUp(last.lastError().text());
    if (last.next()) {
        record.count = last.value(0).toLongLong();
        record.lastHash = last.value(1).toString();
    }
    last.finish();
    QString reason;
    if (!SecuritySettings::writeIn(db, KeyReferenceSetting, reference, &reason))
        return giveUp(reason);
    if (!writeFile(path, format(reference, record, key)))
        return giveUp(tr("the file %1 cannot be written").arg(filePath(path)));
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return giveUp(commit.lastError().text());
    remember(path, reference, std::move(key));
    return {};
}

std::optional<QByteArray> AuditAnchor::advance(const QString &databasePath, QSqlDatabase &db, qint64 id,
    const QString &previousHash, const QString &hash)
{
    const std::optional<LoadedKey> loaded = loadedKey(databasePath);
    if (!loaded)
        return std::nullopt;
    const std::optional<QByteArray> bytes = readFile(databasePath);
    if (!bytes)
        return std::nullopt; // deleted: leave it so (verification names it)
    const std::optional<Parsed> parsed = parse(*bytes);
    if (!parsed || !macMatches(*parsed, *loaded))
        return std::nullopt;
    const Record &anchored = parsed->record;
    const bool follows = anchored.count == id - 1 && anchored.lastHash == previousHash;
    // Behind (appends made without the key): catch up only when the anchored entry is still there.
    const bool behind = anchored.count < id - 1 && hashAt(db, anchored.count) == anchored.lastHash;
    if (!follows && !behind)
        return std::nullopt;
    if (!writeFile(databasePath, format(loaded->reference, Record { id, hash }, *loaded->key)))
        return std::nullopt;
    return bytes;
}

void AuditAnchor::undo(const QString &databasePath, const QByteArray &previous)
{
    writeFile(databasePath, previous);
}

AuditAnchor::State AuditAnchor::read(const QString &databasePath, QSqlDatabase &db, Record *record)
{
    const std::optional<QByteArray> bytes = readFile(databasePath);
    if (!bytes)
        return SecuritySettings::readIn(db, KeyReferenceSetting) ? State::Deleted : State::NotAnchored;
    const std::optional<Parsed> parsed = parse(*bytes);
    if (!parsed)
        return State::Forged;
    const std::optional<LoadedKey> loaded = loadedKey(databasePath);
    if (!loaded)
        return State::NoKey;
    if (!macMatches(*parsed, *loaded))
        return State::Forged;
    *record = parsed->record;
    return State::Valid;
}

} // namespace cairn

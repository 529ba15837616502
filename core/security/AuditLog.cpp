#include "security/AuditLog.h"

#include "security/AuditAnchor.h"
#include "store/SqlValue.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace cairn {

AuditLog::AuditLog(std::shared_ptr<Database> database) : m_database(std::move(database)) { }

QString AuditLog::currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QString AuditLog::hashOf(const AuditEntry &entry)
{
    // Length-prefixed fields: no choice of field contents can make two entries hash alike.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto field = [&hash](const QString &value) {
        const QByteArray bytes = value.toUtf8();
        hash.addData(QByteArray::number(bytes.size()) + ':');
        hash.addData(bytes);
    };
    field(entry.previousHash);
    field(QString::number(entry.id));
    field(QString::number(entry.at.toMSecsSinceEpoch()));
    field(entry.actor);
    field(entry.action);
    field(entry.object);
    field(entry.outcome);
    field(QString::number(entry.clientId));
    return QString::fromLatin1(hash.result().toHex());
}

qint64 AuditLog::append(const QString &action, const QString &object, const QString &outcome, qint64 clientId,
    StoreError *error, const QString &actor)
{
    QSqlDatabase db = m_database->connection();
    auto fail = [&](const QString &reason) {
        db.rollback();
        if (error)
            *error = StoreError::fail(
                tr("Cairn could not write the audit log (%1); check the disk and try again.").arg(reason));
        return qint64(0);
    };
    // IMMEDIATE: two writers never read the same "last hash".
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(begin.lastError().text());

    AuditEntry entry;
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return fail(last.lastError().text());
    entry.id = last.next() ? last.value(0).toLongLong() + 1 : 1;
    entry.previousHash = last.isValid() ? last.value(1).toString() : QString();
    last.finish(); // SQLite cannot commit while a statement is still reading
    entry.at = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch());
    entry.actor = actor.isEmpty() ? currentUser() : actor;
    entry.action = action;
    entry.object = object;
    entry.outcome = outcome;
    entry.clientId = clientId;
    entry.hash = hashOf(entry);

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        R"(INSERT INTO audit_log (id, at, actor, action, object, outcome, client_id, prev_hash, hash)
                                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))"));
    insert.addBindValue(entry.id);
    insert.addBindValue(entry.at.toMSecsSinceEpoch());
    insert.addBindValue(sqlText(entry.actor));
    insert.addBindValue(sqlText(entry.action));
    insert.addBindValue(sqlText(entry.object));
    insert.addBindValue(sqlText(entry.outcome));
    insert.addBindValue(clientId ? QVariant(clientId) : QVariant());
    insert.addBindValue(sqlText(entry.previousHash));
    insert.addBindValue(sqlText(entry.hash));
    if (!insert.exec())
        return fail(insert.lastError().text());
    insert.finish();
    // The anchor moves while this transaction holds SQLite's write lock: appends from several
    // processes move it in the order their entries were written.
    const std::optional<QByteArray> previousAnchor
        = AuditAnchor::advance(m_database->path(), db, entry.id, entry.previousHash, entry.hash);
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        if (previousAnchor)
            AuditAnchor::undo(m_database->path(), *previousAnchor);
        return fail(commit.lastError().text());
    }
    if (error)
        *error = StoreError::none();
    return entry.id;
}

namespace {
AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong());
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.object = q.value(4).toString();
    e.outcome = q.value(5).toString();
    e.clientId = q.value(6).toLongLong();
    e.previousHash = q.value(7).toString();
    e.hash = q.value(8).toString();
    return e;
}
const char *const selectSql
    = "SELECT id, at, actor, action, object, outcome, client_id, prev_hash, hash FROM audit_log";
} // namespace

QList<AuditEntry> AuditLog::entries(qint64 clientId, int limit) const
{
    QList<AuditEntry> list;
    QSqlQuery q(m_database->connection());
    q.prepare(QLatin1String(selectSql)
        + QStringLiteral(" WHERE (? = 0 OR client_id = ?) ORDER BY id DESC LIMIT ?"));
    q.addBindValue(clientId);
    q.addBindValue(clientId);
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            list.append(entryFrom(q));
    return list;
}

AuditLog::Verification AuditLog::verify() const
{
    Verification result;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(selectSql) + QStringLiteral(" ORDER BY id"))) {
        result.intact = false;
        result.message = tr("Cairn could not read the audit log (%1).").arg(q.lastError().text());
        return result;
    }
    QSqlDatabase db = m_database->connection();
    AuditAnchor::Record anchor;
    const AuditAnchor::State anchorState = AuditAnchor::read(m_database->path(), db, &anchor);
    auto tampered = [&result](qint64 id, const QString &problem) {
        result.intact = false;
        result.firstBadId = id;
        result.message
            = tr("The audit log was tampered with: %1; keep a copy of the database for investigation.")
                  .arg(problem);
        return result;
    };
    if (anchorState == AuditAnchor::State::Forged)
        return tampered(0, tr("the anchor file beside the database was edited"));
    if (anchorState == AuditAnchor::State::Deleted)
        return tampered(0, tr("the anchor file beside the database was deleted"));
    QString previous;
    QString anchoredHash; // of entry #anchor.count, as the log holds it now
    qint64 expectedId = 1;
    while (q.next()) {
        const AuditEntry e = entryFrom(q);
        ++result.entries;
        QString problem;
        if (e.id != expectedId)
            problem = tr("entries before #%1 are missing").arg(e.id);
        else if (e.previousHash != previous)
            problem = tr("entry #%1 does not follow the entry before it").arg(e.id);
        else if (hashOf(e) != e.hash)
            problem = tr("entry #%1 was changed after it was written").arg(e.id);
        if (!problem.isEmpty())
            return tampered(e.id, problem);
        if (e.id == anchor.count)
            anchoredHash = e.hash;
        previous = e.hash;
        expectedId = e.id + 1;
    }
    if (anchorState == AuditAnchor::State::Valid) {
        // The chain is unbroken; the anchor says whether its newest part is still all there.
        if (anchor.count > result.entries)
            return tampered(result.entries + 1,
                tr("the newest %n entries were deleted (the anchor outside the database counts %1)", nullptr,
                    int(anchor.count - result.entries))
                    .arg(anchor.count));
        if (anchor.count > 0 && anchoredHash != anchor.lastHash)
            return tampered(anchor.count,
                tr("entry #%1 is not the one the anchor outside the database recorded").arg(anchor.count));
    }
    if (anchorState == AuditAnchor::State::NoKey)
        result.message
            = tr("The audit log is intact: %n entries, each linked to the one before, but the anchor "
                 "that detects deleted newest entries could not be checked without the keychain.",
                nullptr, int(result.entries));
    else
        result.message = tr("The audit log is intact: %n entries, each linked to the one before.", nullptr,
            int(result.entries));
    return result;
}

} // namespace cairn

// The audit log's hash chain finds entries edited, removed or inserted around Cairn's back.
#include "security/AuditLog.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

class TestAuditLog final : public QObject {
    Q_OBJECT

    // Plays someone editing the file with another SQLite tool: the triggers go first.
    static void tamper(const std::shared_ptr<Database> &db, const QString &statement)
    {
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        QVERIFY2(q.exec(statement), qPrintable(statement));
    }

    std::shared_ptr<Database> filled(QTemporaryDir &dir)
    {
        StoreError error;
        auto db = Database::open(dir.filePath(QStringLiteral("audit.sqlite")), &error);
        AuditLog log(db);
        const qint64 first = log.append(QStringLiteral("server.add"), QStringLiteral("web1"),
            QStringLiteral("ok"), 1, &error, QStringLiteral("alice"));
        if (!first)
            qWarning("%s", qPrintable(error.message));
        log.append(QStringLiteral("hostkey.retrust"), QStringLiteral("web1 SHA256:abc"), QStringLiteral("ok"),
            1, &error, QStringLiteral("alice"));
        log.append(QStringLiteral("backup.delete"), QStringLiteral("nightly 2026-11-01 \"quoted\"\n$(x)"),
            QStringLiteral("ok"), 2, &error, QStringLiteral("bob"));
        log.append(QStringLiteral("lock.disable"), QString(), QStringLiteral("refused"), 0, &error,
            QStringLiteral("bob"));
        return db;
    }

private Q_SLOTS:
    void intactChainVerifies()
    {
        QTemporaryDir dir;
        auto db = filled(dir);
        const AuditLog::Verification v = AuditLog(db).verify();
        QVERIFY2(v.intact, qPrintable(v.message));
        QCOMPARE(v.entries, 4);
        QCOMPARE(AuditLog(db).entries(1).size(), 2);
        QCOMPARE(AuditLog(db).entries(0).first().action, QStringLiteral("lock.disable"));
    }

    void emptyLogIsIntact()
    {
        QTemporaryDir dir;
        StoreError error;
        auto db = Database::open(dir.filePath(QStringLiteral("empty.sqlite")), &error);
        QVERIFY(AuditLog(db).verify().intact);
    }

    void tamperingIsFound_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<qint64>("badId");
        QTest::addRow("edited object")
            << QStringLiteral("UPDATE audit_log SET object = 'web2' WHERE id = 2") << qint64(2);
        QTest::addRow("edited outcome")
            << QStringLiteral("UPDATE audit_log SET outcome = 'ok' WHERE id = 4") << qint64(4);
        QTest::addRow("edited time") << QStringLiteral("UPDATE audit_log SET at = at + 1 WHERE id = 1")
                                     << qint64(1);
        QTest::addRow("removed middle") << QStringLiteral("DELETE FROM audit_log WHERE id = 2") << qint64(3);
        QTest::addRow("removed first") << QStringLiteral("DELETE FROM audit_log WHERE id = 1") << qint64(2);
        QTest::addRow("rehashed without chain")
            << QStringLiteral("UPDATE audit_log SET hash = 'ffff' WHERE id = 3") << qint64(3);
        QTest::addRow("inserted") << QStringLiteral("INSERT INTO audit_log (id, at, actor, action, "
                                                    "prev_hash, hash) VALUES (10, 1, 'mallory', 'x', '', '')")
                                  << qint64(10);
    }

    void tamperingIsFound()
    {
        QFETCH(QString, statement);
        QFETCH(qint64, badId);
        QTemporaryDir dir;
        auto db = filled(dir);
        tamper(db, statement);
        const AuditLog::Verification v = AuditLog(db).verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadId, badId);
        QVERIFY2(
            v.message.startsWith(QLatin1String("The audit log was tampered with")), qPrintable(v.message));
    }

    void appendsAfterReopen()
    {
        QTemporaryDir dir;
        filled(dir);
        StoreError error;
        auto db = Database::open(dir.filePath(QStringLiteral("audit.sqlite")), &error);
        QCOMPARE(AuditLog(db).append(QStringLiteral("settings.change"), QStringLiteral("concurrency=2")),
            qint64(5));
        QVERIFY(AuditLog(db).verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"

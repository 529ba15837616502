// The audit log's anchor outside SQLite (count and newest hash, HMAC-signed with a keychain-held
// key): deleting the newest entries, which leaves an unbroken but shorter hash chain, is found;
// an untouched log passes; an edited, swapped or deleted anchor file is found too. The deletions
// are made the way someone around Cairn's back would: with the sqlite3 tool on the file.
#include "secrets/SecretStore.h"
#include "security/AuditAnchor.h"
#include "security/AuditLog.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

class tst_AuditAnchor final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    SecretStore m_secrets;

    // A new database (a hostile-looking name, with spaces) whose log has count entries.
    std::shared_ptr<Database> filled(int count)
    {
        StoreError error;
        auto db = Database::open(
            m_dir.filePath(QStringLiteral("audit $(id) -x 'log' %1.sqlite").arg(++m_counter)), &error);
        if (!db) {
            qWarning("%s", qPrintable(error.message));
            return db;
        }
        const QString problem = AuditAnchor::prepare(db, &m_secrets);
        if (!problem.isEmpty())
            qWarning("%s", qPrintable(problem));
        AuditLog log(db);
        for (int i = 1; i <= count; ++i)
            log.append(QStringLiteral("server.add"), QStringLiteral("=cmd|' /C calc'!A0 web%1").arg(i),
                QStringLiteral("ok"), 0, &error, QStringLiteral("alice"));
        return db;
    }

    // sqlite3 on the file, as someone editing it around Cairn would (the triggers go first).
    static bool sqlite(const std::shared_ptr<Database> &db, const QString &statements)
    {
        QProcess process;
        process.start(QStringLiteral("sqlite3"),
            { db->path(),
                QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update; "
                               "DROP TRIGGER IF EXISTS audit_log_no_delete; ")
                    + statements });
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning("sqlite3: %s", process.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    static QByteArray anchorBytes(const std::shared_ptr<Database> &db)
    {
        QFile file(AuditAnchor::filePath(db->path()));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void writeAnchor(const std::shared_ptr<Database> &db, const QByteArray &bytes)
    {
        QFile file(AuditAnchor::filePath(db->path()));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write(bytes) == bytes.size());
    }

    static bool isOneSentence(const QString &text)
    {
        return !text.contains(QLatin1Char('\n')) && text.endsWith(QLatin1Char('.'))
            && text.count(QStringLiteral(". ")) == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
            "run the tests through scripts/test.sh, which provides the keyring session");
    }

    void untouchedLogPasses()
    {
        auto db = filled(5);
        QVERIFY(db);
        const AuditLog::Verification v = AuditLog(db).verify();
        QVERIFY2(v.intact, qPrintable(v.message));
        QCOMPARE(v.entries, qint64(5));
        // The anchor is owner-only and says nothing secret in clear (the key is in the keychain).
        const QFileInfo info(AuditAnchor::filePath(db->path()));
        QVERIFY(info.exists());
        QCOMPARE(info.permissions()
                & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                    | QFileDevice::WriteUser),
            QFileDevice::Permissions());
        QVERIFY(anchorBytes(db).contains(" 5 "));
        // The anchor holds the newest entry's hash.
        QCOMPARE(
            AuditLog(db).entries(0, 100).first().hash, QString::fromLatin1(anchorBytes(db).split(' ').at(4)));
    }

    void emptyLogIsAnchoredToo()
    {
        auto db = filled(0);
        QVERIFY(db);
        QVERIFY(AuditLog(db).verify().intact);
        QVERIFY(anchorBytes(db).contains(" 0 - "));
        AuditLog(db).append(QStringLiteral("client.add"), QStringLiteral("first"));
        QVERIFY(AuditLog(db).verify().intact);
        QVERIFY(anchorBytes(db).contains(" 1 "));
    }

    void deletedTailIsFound_data()
    {
        QTest::addColumn<int>("deleted");
        QTest::addRow("newest entry") << 1;
        QTest::addRow("newest three") << 3;
        QTest::addRow("every entry") << 6;
    }
    void deletedTailIsFound()
    {
        QFETCH(int, deleted);
        auto db = filled(6);
        QVERIFY(db);
        QVERIFY(AuditLog(db).verify().intact);
        QVERIFY(sqlite(db, QStringLiteral("DELETE FROM audit_log WHERE id > %1;").arg(6 - deleted)));
        const AuditLog::Verification v = AuditLog(db).verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadId, qint64(6 - deleted + 1));
        QVERIFY2(v.message.contains(QStringLiteral("newest %1 entr").arg(deleted)), qPrintable(v.message));
        QVERIFY2(isOneSentence(v.message), qPrintable(v.message));
    }

    void tailReplacedAfterDeletionIsFound()
    {
        auto db = filled(6);
        QVERIFY(db);
        QVERIFY(sqlite(db, QStringLiteral("DELETE FROM audit_log WHERE id > 3;")));
        // New entries after the deletion do not move the anchor on: it stays the evidence, and a
        // chain that is as long again but different is still found.
        AuditLog log(db);
        for (int i = 0; i < 3; ++i)
            QVERIFY(log.append(QStringLiteral("client.add"), QStringLiteral("cover %1").arg(i)));
        const AuditLog::Verification v = log.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadId, qint64(6));
        QVERIFY2(v.message.contains(QStringLiteral("#6")), qPrintable(v.message));
    }

    void editedAnchorIsFound_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addRow("count lowered") << QStringLiteral("count");
        QTest::addRow("hash changed") << QStringLiteral("hash");
        QTest::addRow("signature changed") << QStringLiteral("mac");
        QTest::addRow("garbage") << QStringLiteral("garbage");
        QTest::addRow("empty") << QStringLiteral("empty");
        QTest::addRow("another database's anchor") << QStringLiteral("swap");
        QTest::addRow("deleted") << QStringLiteral("delete");
    }
    void editedAnchorIsFound()
    {
        QFETCH(QString, edit);
        auto db = filled(4);
        QVERIFY(db);
        QList<QByteArray> parts = anchorBytes(db).trimmed().split(' ');
        QCOMPARE(parts.size(), qsizetype(6));
        if (edit == QLatin1String("count")) {
            parts[3] = "3"; // what someone who deleted one entry would want it to say
        } else if (edit == QLatin1String("hash")) {
            parts[4][0] = parts[4][0] == 'a' ? 'b' : 'a';
        } else if (edit == QLatin1String("mac")) {
            parts[5][7] = parts[5][7] == '0' ? '1' : '0';
        }
        if (edit == QLatin1String("garbage"))
            writeAnchor(db, QByteArrayLiteral("$(rm -rf ~)\n-- 'x' \xff\xfe"));
        else if (edit == QLatin1String("empty"))
            writeAnchor(db, QByteArray());
        else if (edit == QLatin1String("swap")) {
            auto other = filled(4);
            QVERIFY(other);
            writeAnchor(db, anchorBytes(other));
        } else if (edit == QLatin1String("delete"))
            QVERIFY(QFile::remove(AuditAnchor::filePath(db->path())));
        else
            writeAnchor(db, parts.join(' ') + '\n');
        const AuditLog::Verification v = AuditLog(db).verify();
        QVERIFY(!v.intact);
        QVERIFY2(v.message.contains(QStringLiteral("anchor")), qPrintable(v.message));
        QVERIFY2(isOneSentence(v.message), qPrintable(v.message));
        // A forged anchor is not "repaired" by the next append: it stays the evidence.
        AuditLog(db).append(QStringLiteral("client.add"), QStringLiteral("after"));
        QVERIFY(!AuditLog(db).verify().intact);
    }

    void deletedTailAndLoweredAnchorIsFound()
    {
        // Both at once: the rows and an anchor edited to match. The signature gives it away.
        auto db = filled(5);
        QVERIFY(db);
        QVERIFY(sqlite(db, QStringLiteral("DELETE FROM audit_log WHERE id > 2;")));
        QList<QByteArray> parts = anchorBytes(db).trimmed().split(' ');
        parts[3] = "2";
        parts[4] = AuditLog(db).entries(0, 1).first().hash.toLatin1();
        writeAnchor(db, parts.join(' ') + '\n');
        const AuditLog::Verification v = AuditLog(db).verify();
        QVERIFY(!v.intact);
        QVERIFY2(v.message.contains(QStringLiteral("edited")), qPrintable(v.message));
    }

    void chainBreakStillNamedFirst()
    {
        auto db = filled(4);
        QVERIFY(db);
        QVERIFY(sqlite(db, QStringLiteral("UPDATE audit_log SET object = 'web9' WHERE id = 2;")));
        const AuditLog::Verification v = AuditLog(db).verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadId, qint64(2));
    }
};

QTEST_GUILESS_MAIN(tst_AuditAnchor)
#include "tst_auditanchor.moc"

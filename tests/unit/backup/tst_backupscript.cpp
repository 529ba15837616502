// backup.sh driven directly by a local bash (no SSH): parameters arrive as data and are never run,
// the script refuses what it should, and every way out removes its temporary folder.
#include "backup/BackupScript.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

namespace {

// A local `bash -s` speaking the script's protocol.
class LocalScript final {
public:
    LocalScript()
    {
        m_process.start(
            QStringLiteral("bash"), { QStringLiteral("-c"), QString::fromLatin1(BackupScript::command()) });
        m_process.waitForStarted();
        m_process.write(BackupScript::script());
    }
    ~LocalScript()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(20000))
            m_process.kill();
    }
    // The next line on stdout, or empty after 20 s / at the end.
    QByteArray line()
    {
        while (!m_process.canReadLine()) {
            if (m_process.state() == QProcess::NotRunning || !m_process.waitForReadyRead(20000))
                return m_process.canReadLine() ? m_process.readLine().trimmed() : QByteArray();
        }
        return m_process.readLine().trimmed();
    }
    // Lines until one starts with prefix (returned), skipping INFO and PROGRESS.
    QByteArray until(const QByteArray &prefix)
    {
        for (QByteArray l = line(); !l.isEmpty(); l = line()) {
            if (l.startsWith(prefix) || l.startsWith("FAIL"))
                return l;
        }
        return {};
    }
    void write(QByteArrayView data) { m_process.write(data.data(), data.size()); }
    int finish()
    {
        m_process.closeWriteChannel();
        m_process.waitForFinished(20000);
        return m_process.exitCode();
    }

private:
    QProcess m_process;
};

} // namespace

class TestBackupScript final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    QString m_canary;

    JobSpec filesSpec(const QStringList &paths)
    {
        JobSpec spec;
        spec.paths = paths;
        spec.tempDir = m_temp.path();
        return spec;
    }

    QStringList leftovers() const
    {
        return QDir(m_temp.path()).entryList({ QStringLiteral("cairn-backup.*") }, QDir::AllEntries);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        m_canary = m_temp.filePath(QStringLiteral("pwned"));
    }

    void parametersAreRecords()
    {
        JobSpec spec = filesSpec({ QStringLiteral("/a b"), QStringLiteral("/x\ny") });
        spec.excludes = { QStringLiteral("*.tmp") };
        const SecureBytes records = BackupScript::parameters(spec, BackupScriptOptions {});
        const QList<QByteArray> fields = records.toByteArray().split('\0');
        QCOMPARE(fields.first(), QByteArray("version=1"));
        QVERIFY(fields.contains("mode=files"));
        QVERIFY(fields.contains("path=/a b"));
        QVERIFY(fields.contains("path=/x\ny"));
        QVERIFY(fields.contains("exclude=*.tmp"));
        QCOMPARE(fields.at(fields.size() - 2), QByteArray("end="));
        QVERIFY(fields.last().isEmpty());

        JobSpec db;
        db.kind = JobSpec::Kind::MySql;
        db.databases = { QStringLiteral("shop") };
        db.databaseLogin = JobSpec::DatabaseLogin::Password;
        db.databasePasswordRef = QStringLiteral("ref");
        const QByteArray withPassword = BackupScript::parameters(db, {}, "s3cr3t\n$(x)").toByteArray();
        QVERIFY(withPassword.contains(QByteArray("\0db_password=s3cr3t\n$(x)\0", 25)));
        QVERIFY(withPassword.contains(QByteArray("\0database=shop\0", 15)));

        // The client's ping URL is one record, only when there is one; it never reaches argv.
        QVERIFY(!withPassword.contains("ping="));
        const QByteArray ping = "https://hc.example/p/t0ken?a=1&b=$(x)";
        const QByteArray withPing = BackupScript::parameters(spec, {}, {}, {}, ping).toByteArray();
        QVERIFY(withPing.contains(QByteArray("\0ping=", 6) + ping + QByteArray("\0end=\0", 6)));
    }

    // A hostile path reaches tar's file list as data: it is reported back, never executed.
    void hostileMissingPathIsReportedNotRun()
    {
        const QString hostile
            = QStringLiteral("/nonexistent/$(touch %1)`touch %1`'\"; touch %1").arg(m_canary);
        LocalScript script;
        QCOMPARE(script.line(), QByteArray("HELLO 1"));
        script.write(BackupScript::parameters(filesSpec({ hostile }), {}).view());
        QCOMPARE(script.until("ESTIMATE"), QByteArray("FAIL missing-path ") + hostile.toUtf8());
        QVERIFY(script.finish() != 0);
        QVERIFY(!QFile::exists(m_canary));
        QCOMPARE(leftovers(), QStringList());
    }

    void stopAfterTheEstimateCleansUp()
    {
        LocalScript script;
        QCOMPARE(script.line(), QByteArray("HELLO 1"));
        script.write(BackupScript::parameters(filesSpec({ m_temp.path() }), {}).view());
        QVERIFY(script.until("ESTIMATE").startsWith("ESTIMATE "));
        QCOMPARE(leftovers().size(), 1);
        script.write("STOP\n");
        QCOMPARE(script.until("FAIL"), QByteArray("FAIL cancelled stopped by Cairn"));
        QVERIFY(script.finish() != 0);
        QCOMPARE(leftovers(), QStringList());
    }

    void notEnoughTempSpaceIsRefusedBeforeAnyPart()
    {
        LocalScript script;
        QCOMPARE(script.line(), QByteArray("HELLO 1"));
        script.write(BackupScript::parameters(filesSpec({ m_temp.path() }), {}).view());
        QVERIFY(script.until("ESTIMATE").startsWith("ESTIMATE "));
        // (4 + 1) parts of 1 PiB do not fit anywhere.
        script.write("GO 1125899906842624\n");
        const QByteArray refused = script.until("NEED");
        QVERIFY2(refused.startsWith("FAIL no-space 5629499535261696 "), refused.constData());
        QVERIFY(script.finish() != 0);
        QCOMPARE(leftovers(), QStringList());
    }

    void closedStdinEndsTheScript()
    {
        {
            LocalScript script;
            QCOMPARE(script.line(), QByteArray("HELLO 1"));
            script.write(BackupScript::parameters(filesSpec({ m_temp.path() }), {}).view());
            QVERIFY(script.until("ESTIMATE").startsWith("ESTIMATE "));
            QVERIFY(script.finish() != 0); // the desktop went away while the script waited for GO
        }
        QCOMPARE(leftovers(), QStringList());
    }

    void unknownParameterIsRefused()
    {
        LocalScript script;
        QCOMPARE(script.line(), QByteArray("HELLO 1"));
        script.write(QByteArray("version=1\0mode=files\0evil=$(id)\0end=\0", 37));
        QVERIFY(script.until("ESTIMATE").startsWith("FAIL protocol unknown parameter evil"));
        QVERIFY(script.finish() != 0);
    }
};

QTEST_GUILESS_MAIN(TestBackupScript)
#include "tst_backupscript.moc"

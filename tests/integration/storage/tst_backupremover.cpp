// BackupRemover, the one removal retention and "Delete backup" share, against the strict S3 layer:
// archive first, then index and manifest, in DeleteObjects batches; a backup held by a restore is
// given back; a refused request leaves the rows "deleting" for retention to finish later.

#include "S3TestBed.h"

#include "backup/BackupDeleter.h"
#include "backup/BackupRemover.h"
#include "backup/BackupsInUse.h"
#include "backup/RetentionApplier.h"
#include "store/BackupRepository.h"
#include "store/ClientRepository.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

class TestBackupRemover final : public QObject {
    Q_OBJECT

    std::unique_ptr<S3TestBed> m_bed;
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_clientId = 0;

    QString folder() const
    {
        // (awscli signs a listing of a prefix holding $ ( ) ' differently from S3's rules, so the
        // hostile characters are in the object names only.)
        return QStringLiteral("remover/%1 x/").arg(QString::fromLatin1(QTest::currentTestFunction()));
    }

    // A catalogue row and its objects in the bucket; sideKey empty for a backup without index.
    BackupRecord addBackup(int n, bool withIndex = true)
    {
        BackupRecord b;
        b.jobName = QStringLiteral("job");
        b.serverName = QStringLiteral("srv");
        b.clientId = m_clientId;
        b.kind = QStringLiteral("files");
        b.objectKey = folder() + QStringLiteral("-%1 $(x) 'q' & <b>.tar.zst").arg(n);
        if (withIndex)
            b.sideKey = b.objectKey + QStringLiteral(".index.zst");
        b.manifestKey = b.objectKey + QStringLiteral(".manifest.json");
        b.createdAt = QDateTime::currentDateTimeUtc().addDays(-n);
        b.size = 1;
        b.sha256 = QStringLiteral("00");
        b.partSize = 1;
        b.parts = 1;
        b.compression = QStringLiteral("zstd");
        b.manifestJson = "{}";
        auto client = m_bed->client();
        for (const QString &key : { b.objectKey, b.sideKey, b.manifestKey }) {
            if (!key.isEmpty() && !client->putObject(key, "x").ok())
                return {};
        }
        StoreError error;
        b.id = BackupRepository(m_db).insert(b, &error);
        return b;
    }

    QStringList objectsIn(const QString &prefix) const
    {
        const auto aws = m_bed->aws({ QStringLiteral("list-objects-v2"), QStringLiteral("--bucket"),
            m_bed->target().bucket, QStringLiteral("--prefix=") + prefix });
        QStringList keys;
        if (!aws.finished || aws.exitCode != 0)
            return { QStringLiteral("awscli failed: ") + aws.describe() };
        for (const QJsonValue v :
            QJsonDocument::fromJson(aws.out).object().value(QStringLiteral("Contents")).toArray())
            keys << v.toObject().value(QStringLiteral("Key")).toString();
        return keys;
    }

    QString stateOf(qint64 id) const
    {
        const auto b = BackupRepository(m_db).find(id);
        return b ? b->state : QStringLiteral("missing");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bed = S3TestBed::start(QStringLiteral("s3strict"));
        if (!m_bed)
            QFAIL(qPrintable(S3TestBed::lastError()));
        StoreError error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("cairn.db")), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        m_clientId = ClientRepository(m_db).add(QStringLiteral("acme"), QString(), &error);
        QVERIFY2(m_clientId > 0, qPrintable(error.message));
    }

    // The case that once answered HTTP 500: index and manifest are the folder's last objects.
    void lastBackupOfItsFolder()
    {
        const BackupRecord b = addBackup(1);
        QVERIFY(b.id > 0);
        const auto outcome = BackupRemover::remove(*m_bed->client(), m_db, { b });
        QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.join(u' ')));
        QCOMPARE(outcome.deleted, QList<qint64>({ b.id }));
        QCOMPARE(stateOf(b.id), QStringLiteral("deleted"));
        QCOMPARE(objectsIn(folder()), QStringList());
    }

    void severalBackupsOthersKept()
    {
        const BackupRecord kept = addBackup(0);
        QList<BackupRecord> doomed;
        for (int n = 1; n <= 4; ++n)
            doomed << addBackup(n, n % 2 == 0);
        for (const BackupRecord &b : std::as_const(doomed))
            QVERIFY(b.id > 0);
        const auto outcome = BackupRemover::remove(*m_bed->client(), m_db, doomed);
        QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.join(u' ')));
        QCOMPARE(outcome.deleted.size(), 4);
        for (const BackupRecord &b : std::as_const(doomed))
            QCOMPARE(stateOf(b.id), QStringLiteral("deleted"));
        QCOMPARE(stateOf(kept.id), QStringLiteral("complete"));
        QStringList expected { kept.objectKey, kept.sideKey, kept.manifestKey };
        expected.sort();
        QCOMPARE(objectsIn(folder()), expected);
    }

    void heldBackupGivenBack()
    {
        const BackupRecord held = addBackup(1);
        const BackupRecord free = addBackup(2);
        BackupsInUse::Hold hold(held.id, m_db->path());
        const auto outcome = BackupRemover::remove(*m_bed->client(), m_db, { held, free });
        QCOMPARE(outcome.inUse, QList<qint64>({ held.id }));
        QCOMPARE(outcome.deleted, QList<qint64>({ free.id }));
        QCOMPARE(stateOf(held.id), QStringLiteral("complete"));
        QStringList expected { held.objectKey, held.sideKey, held.manifestKey };
        expected.sort();
        QCOMPARE(objectsIn(folder()), expected);
        QVERIFY(!BackupDeleter::refusal(m_db, held.id).isEmpty());
    }

    void refusedRequestLeavesDeletingThenRetentionFinishes()
    {
        const BackupRecord b = addBackup(1);
        QVERIFY(b.id > 0);
        // Wrong secret: the storage refuses the whole request.
        const auto wrong = m_bed->client(m_bed->target(), "not-the-secret");
        const auto failed = BackupRemover::remove(*wrong, m_db, { b });
        QVERIFY(failed.deleted.isEmpty());
        QCOMPARE(failed.problems.size(), 1);
        QCOMPARE(stateOf(b.id), QStringLiteral("deleting"));
        QCOMPARE(objectsIn(folder()).size(), 3);

        // Retention (keeping everything it would judge) finishes what was left "deleting".
        RetentionPolicy keepAll;
        keepAll.keepLast = 100;
        const auto outcome
            = RetentionApplier::apply(*m_bed->client(), m_db, 0, 0, keepAll, QDateTime::currentDateTimeUtc());
        QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.join(u' ')));
        QVERIFY(outcome.deleted.contains(b.id));
        QCOMPARE(stateOf(b.id), QStringLiteral("deleted"));
        QCOMPARE(objectsIn(folder()), QStringList());
    }

    void deleterUsesTheSameRemoval()
    {
        const BackupRecord b = addBackup(1);
        QVERIFY(b.id > 0);
        QCOMPARE(BackupDeleter::deleteBackup(*m_bed->client(), m_db, b.id), QString());
        QCOMPARE(stateOf(b.id), QStringLiteral("deleted"));
        QCOMPARE(objectsIn(folder()), QStringList());
        QVERIFY(!BackupDeleter::deleteBackup(*m_bed->client(), m_db, b.id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackupRemover)
#include "tst_backupremover.moc"

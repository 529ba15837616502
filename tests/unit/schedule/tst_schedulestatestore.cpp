// What the scheduler keeps in the database (schema version 2): per-job handled instants that go
// with the job row, the pause, and the run outcomes the watchdog starts from.
#include "JobsDatabase.h"

#include "schedule/ScheduleStateStore.h"
#include "store/RunRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class TestScheduleStateStore final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    std::shared_ptr<Database> fresh(int jobs, QList<qint64> *ids)
    {
        return cairn::test::databaseWithJobs(
            m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_count)), jobs, ids);
    }

private Q_SLOTS:
    void jobStateRoundTrip()
    {
        QList<qint64> ids;
        auto db = fresh(2, &ids);
        QVERIFY(db);
        ScheduleStateStore store(db);
        QVERIFY(!store.load(ids[0]).has_value()); // a job never scheduled has no record
        const QDateTime handled = utc("2024-05-01T11:00:00.250Z");
        const QString timing = QStringLiteral("hourly :00; tz=Europe/Berlin");
        QVERIFY(store.save(ids[0], { timing, handled }).ok());
        const auto loaded = store.load(ids[0]);
        QVERIFY(loaded);
        QCOMPARE(loaded->timing, timing);
        QCOMPARE(loaded->lastHandled, handled); // milliseconds survive
        QVERIFY(!store.load(ids[1]).has_value());

        QVERIFY(store.save(ids[0], { timing, handled.addSecs(3600) }).ok());
        QCOMPARE(store.load(ids[0])->lastHandled, handled.addSecs(3600));
        QVERIFY(store.forget(ids[0]).ok());
        QVERIFY(!store.load(ids[0]).has_value());
    }

    void hostileTimingText()
    {
        QList<qint64> ids;
        auto db = fresh(1, &ids);
        QVERIFY(db);
        ScheduleStateStore store(db);
        const QString hostile = QStringLiteral("x'); DROP TABLE jobs; --\n$(rm -rf /) \xc3\xa9");
        QVERIFY(store.save(ids[0], { hostile, utc("2024-05-01T11:00:00Z") }).ok());
        QCOMPARE(store.load(ids[0])->timing, hostile);
    }

    void recordGoesWithTheJob()
    {
        QList<qint64> ids;
        auto db = fresh(1, &ids);
        QVERIFY(db);
        ScheduleStateStore store(db);
        QVERIFY(
            store.save(ids[0], { QStringLiteral("daily 02:00; tz=UTC"), utc("2024-05-01T02:00:00Z") }).ok());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM jobs WHERE id = %1").arg(ids[0])));
        QVERIFY(!store.load(ids[0]).has_value());
        const StoreError error
            = store.save(ids[0], { QStringLiteral("daily 02:00; tz=UTC"), utc("2024-05-02T02:00:00Z") });
        QVERIFY(!error.ok());
        QVERIFY2(error.message.contains(QLatin1String("not in the database")), qPrintable(error.message));
    }

    void pause()
    {
        QList<qint64> ids;
        auto db = fresh(0, &ids);
        QVERIFY(db);
        ScheduleStateStore store(db);
        QVERIFY(!store.loadPause().paused);
        QVERIFY(store.savePause({ true, QDateTime() }).ok());
        QCOMPARE(store.loadPause().paused, true);
        QVERIFY(!store.loadPause().until.isValid());
        const QDateTime until = utc("2024-05-02T04:00:00Z");
        QVERIFY(store.savePause({ true, until }).ok());
        QCOMPARE(store.loadPause().until, until);
        QVERIFY(store.savePause({}).ok());
        QVERIFY(!store.loadPause().paused);

        // A value Cairn cannot read does not leave schedules silently paused.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('scheduler.paused_until', 'soon')")));
        QVERIFY(!store.loadPause().paused);
    }

    void outcomes()
    {
        QList<qint64> ids;
        auto db = fresh(4, &ids);
        QVERIFY(db);
        RunRepository runs(db);
        StoreError error;
        auto add = [&](qint64 job, const char *status, const char *finished, const char *kind = "backup",
                       const QString &message = QString()) {
            Run run;
            run.jobId = job;
            run.kind = QString::fromLatin1(kind);
            run.status = QString::fromLatin1(status);
            run.finishedAt = finished ? utc(finished) : QDateTime();
            run.startedAt = finished ? utc(finished).addSecs(-600) : utc("2024-05-01T00:00:00Z");
            run.message = message;
            QVERIFY(runs.insert(run, &error));
        };
        // Job 0: good, then failed: red, but its last good time is kept.
        add(ids[0], "succeeded", "2024-05-01T02:10:00Z");
        add(ids[0], "failed", "2024-05-02T02:10:00Z", "backup", QStringLiteral("Disk full."));
        // Job 1: failed, then completed with warnings (a good backup), then a running one and a
        // cancelled one that count neither way, and a failed verify that is not a backup.
        add(ids[1], "failed", "2024-05-01T02:10:00Z");
        add(ids[1], "warning", "2024-05-02T02:10:00Z");
        add(ids[1], "running", nullptr);
        add(ids[1], "cancelled", "2024-05-03T02:10:00Z");
        add(ids[1], "failed", "2024-05-04T02:10:00Z", "verify");
        // Job 2: only failures.
        add(ids[2], "failed", "2024-05-01T02:10:00Z");
        // Job 3: no runs at all.

        ScheduleStateStore store(db);
        const QHash<qint64, ScheduleStateStore::Outcome> outcomes = store.outcomes(&error);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(outcomes.value(ids[0]).lastGoodAt, utc("2024-05-01T02:10:00Z"));
        QCOMPARE(outcomes.value(ids[0]).lastFailed, true);
        QCOMPARE(outcomes.value(ids[0]).lastMessage, QStringLiteral("Disk full."));
        QCOMPARE(outcomes.value(ids[0]).lastFinishedAt, utc("2024-05-02T02:10:00Z"));
        QCOMPARE(outcomes.value(ids[1]).lastGoodAt, utc("2024-05-02T02:10:00Z"));
        QCOMPARE(outcomes.value(ids[1]).lastFailed, false);
        QVERIFY(!outcomes.value(ids[2]).lastGoodAt.isValid());
        QCOMPARE(outcomes.value(ids[2]).lastFailed, true);
        QVERIFY(!outcomes.contains(ids[3]));
        QVERIFY(!outcomes.value(ids[0]).newestVerifyFailedAt.isValid());
    }

    void newestVerifyFailed()
    {
        QList<qint64> ids;
        auto db = fresh(5, &ids);
        QVERIFY(db);
        QSqlQuery client(db->connection());
        QVERIFY(client.exec(QStringLiteral("SELECT MIN(id) FROM clients")) && client.next());
        const qint64 clientId = client.value(0).toLongLong();
        int n = 0;
        // created and verified: ISO times; verifyOk: -1 never verified.
        auto add = [&](qint64 job, const char *created, const char *state, int verifyOk,
                       const char *verified) {
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral(
                "INSERT INTO backups (job_id, job_name, server_name, client_id, kind, object_key, "
                "manifest_key, "
                "created_at, size, sha256, part_size, parts, compression, state, manifest_json, verified_at, "
                "verify_ok) VALUES (?, 'j', 's', ?, 'files', ?, ?, ?, 1, '00', 1, 1, 'zstd', ?, '{}', ?, "
                "?)"));
            ++n;
            q.addBindValue(job);
            q.addBindValue(clientId);
            q.addBindValue(QStringLiteral("k%1").arg(n));
            q.addBindValue(QStringLiteral("k%1.manifest.json").arg(n));
            q.addBindValue(utc(created).toSecsSinceEpoch());
            q.addBindValue(QString::fromLatin1(state));
            q.addBindValue(verifyOk < 0 ? QVariant() : QVariant(utc(verified).toSecsSinceEpoch()));
            q.addBindValue(verifyOk < 0 ? QVariant() : QVariant(verifyOk));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        };
        // Job 0: its newest backup's latest verify failed.
        add(ids[0], "2024-05-01T02:00:00Z", "complete", 1, "2024-05-01T03:00:00Z");
        add(ids[0], "2024-05-02T02:00:00Z", "complete", 0, "2024-05-02T05:00:00Z");
        // Job 1: an older backup failed its verify, the newest is not verified yet.
        add(ids[1], "2024-05-01T02:00:00Z", "complete", 0, "2024-05-01T03:00:00Z");
        add(ids[1], "2024-05-02T02:00:00Z", "complete", -1, nullptr);
        // Job 2: the newest passed its latest verify.
        add(ids[2], "2024-05-02T02:00:00Z", "complete", 1, "2024-05-03T02:00:00Z");
        // Job 3: the newest failed but is being deleted: the complete one before it counts.
        add(ids[3], "2024-05-01T02:00:00Z", "complete", 0, "2024-05-01T04:00:00Z");
        add(ids[3], "2024-05-02T02:00:00Z", "deleting", 0, "2024-05-02T04:00:00Z");
        // Job 4: the newest failed, but it is deleted: none complete is left to verify.
        add(ids[4], "2024-05-02T02:00:00Z", "deleted", 0, "2024-05-02T04:00:00Z");

        StoreError error;
        const auto outcomes = ScheduleStateStore(db).outcomes(&error);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(outcomes.value(ids[0]).newestVerifyFailedAt, utc("2024-05-02T05:00:00Z"));
        QVERIFY(!outcomes.value(ids[1]).newestVerifyFailedAt.isValid());
        QVERIFY(!outcomes.value(ids[2]).newestVerifyFailedAt.isValid());
        QCOMPARE(outcomes.value(ids[3]).newestVerifyFailedAt, utc("2024-05-01T04:00:00Z"));
        QVERIFY(!outcomes.value(ids[4]).newestVerifyFailedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestScheduleStateStore)
#include "tst_schedulestatestore.moc"

// The app lock: master password at cost 12, back-off that doubles, persists and is capped (never a
// lock-out), idle time, and the asynchronous wrapper that keeps bcrypt off the calling thread.
#include "security/AppLock.h"
#include "security/AppLockJob.h"
#include "security/AuditLog.h"
#include "security/PasswordHash.h"
#include "security/RecoveryCodes.h"
#include "security/SecuritySettings.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cairn;

namespace {

SecureBytes bytes(const QByteArray &text)
{
    return SecureBytes(QByteArrayView(text));
}

const QByteArray password("Tr0ub4dor & 3 \"quoted\" $(id)");
const QByteArray otherPassword("-leading dash and\nnewline");

// A clock the test moves by hand: no sleeping, no timing assertions.
struct FakeClock {
    std::shared_ptr<qint64> ms = std::make_shared<qint64>(1'800'000'000'000);
    AppLock::Clock clock() const
    {
        return [ms = ms] { return *ms; };
    }
    void advance(qint64 delta) { *ms += delta; }
    qint64 now() const { return *ms; }
};

} // namespace

class TestAppLock final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::shared_ptr<Database> freshDatabase(QString *path = nullptr)
    {
        const QString file = m_dir.filePath(QStringLiteral("lock-%1.sqlite").arg(++m_counter));
        if (path)
            *path = file;
        StoreError error;
        auto db = Database::open(file, &error);
        if (!db)
            qWarning("%s", qPrintable(error.message));
        return db;
    }

private Q_SLOTS:
    void offByDefault()
    {
        auto db = freshDatabase();
        AppLock lock(db);
        QVERIFY(!lock.isEnabled());
        QCOMPARE(lock.unlock(bytes(password)).status, AppLock::Status::NotEnabled);
        QCOMPARE(lock.disable(bytes(password)).status, AppLock::Status::NotEnabled);
        QCOMPARE(lock.failedAttempts(), 0);
    }

    void enableThenUnlock()
    {
        QString path;
        auto db = freshDatabase(&path);
        AppLock lock(db);
        const AppLock::Outcome enabled = lock.enable(bytes(password));
        QVERIFY2(enabled.ok(), qPrintable(enabled.message));
        QVERIFY(lock.isEnabled());

        const std::optional<QString> stored = SecuritySettings(db).value(SecuritySettings::PasswordHashKey);
        QVERIFY(stored);
        QVERIFY(stored->startsWith(QLatin1String("$2b$12$")));
        QCOMPARE(PasswordHash::costOf(stored->toLatin1()), AppLock::DefaultCost);

        QVERIFY(lock.unlock(bytes(password)).ok());
        QVERIFY(!lock.unlock(bytes(password)).secondFactorRequired);
        QCOMPARE(lock.enable(bytes(otherPassword)).status, AppLock::Status::AlreadyEnabled);

        // The password itself is nowhere in the database files.
        for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
            QFile file(path + suffix);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY(!file.readAll().contains(password));
        }
    }

    void higherCostIsKept()
    {
        auto db = freshDatabase();
        QVERIFY(AppLock(db).enable(bytes(password), 13).ok());
        QCOMPARE(
            PasswordHash::costOf(SecuritySettings(db).value(SecuritySettings::PasswordHashKey)->toLatin1()),
            13);
        QVERIFY(AppLock(db).unlock(bytes(password)).ok());
    }

    void unacceptablePasswordsAndCostsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("candidate");
        QTest::addColumn<int>("cost");
        QTest::addRow("empty") << QByteArray() << 12;
        QTest::addRow("7 characters") << QByteArray("1234567") << 12;
        QTest::addRow("7 characters in 14 bytes") << QByteArray("äöüäöüä") << 12;
        QTest::addRow("73 bytes") << QByteArray(73, 'a') << 12;
        QTest::addRow("NUL byte") << QByteArray("abcdefgh\0ij", 11) << 12;
        QTest::addRow("cost 11") << password << 11;
        QTest::addRow("cost 17") << password << 17;
    }

    void unacceptablePasswordsAndCostsAreRefused()
    {
        QFETCH(QByteArray, candidate);
        QFETCH(int, cost);
        auto db = freshDatabase();
        AppLock lock(db);
        const AppLock::Outcome outcome = lock.enable(bytes(candidate), cost);
        QCOMPARE(outcome.status, AppLock::Status::Refused);
        QVERIFY(outcome.message.endsWith(QLatin1Char('.')));
        QVERIFY(!lock.isEnabled());
    }

    void eightCharactersAreEnough()
    {
        auto db = freshDatabase();
        QVERIFY(AppLock(db).enable(bytes("äöüäöüäö")).ok());
    }

    void delayDoublesAndIsCapped_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("delayMs");
        QTest::addRow("none") << 0 << qint64(0);
        QTest::addRow("1") << 1 << qint64(1000);
        QTest::addRow("2") << 2 << qint64(2000);
        QTest::addRow("3") << 3 << qint64(4000);
        QTest::addRow("9") << 9 << qint64(256000);
        QTest::addRow("10 (capped)") << 10 << qint64(300000);
        QTest::addRow("a million (capped)") << 1000000 << qint64(300000);
    }

    void delayDoublesAndIsCapped()
    {
        QFETCH(int, failures);
        QFETCH(qint64, delayMs);
        QCOMPARE(AppLock::delayAfter(failures), delayMs);
    }

    void wrongPasswordsBackOff()
    {
        FakeClock clock;
        auto db = freshDatabase();
        AppLock lock(db, clock.clock());
        QVERIFY(lock.enable(bytes(password)).ok());

        for (int failure = 1; failure <= 4; ++failure) {
            const AppLock::Outcome wrong = lock.unlock(bytes(otherPassword));
            QCOMPARE(wrong.status, AppLock::Status::WrongPassword);
            QCOMPARE(lock.failedAttempts(), failure);
            const qint64 expected = clock.now() + AppLock::delayAfter(failure);
            QCOMPARE(wrong.nextAttemptAllowedAt.toMSecsSinceEpoch(), expected);
            QCOMPARE(lock.nextAttemptAllowedAt().toMSecsSinceEpoch(), expected);

            // Inside the back-off even the right password is not checked.
            clock.advance(AppLock::delayAfter(failure) - 1);
            const AppLock::Outcome early = lock.unlock(bytes(password));
            QCOMPARE(early.status, AppLock::Status::TooSoon);
            QCOMPARE(early.nextAttemptAllowedAt.toMSecsSinceEpoch(), expected);
            QVERIFY(early.message.endsWith(QLatin1Char('.')));
            QCOMPARE(lock.failedAttempts(), failure); // a refused attempt is not counted
            clock.advance(1);
        }
        // The right password after the wait: unlocked, and the slate is clean.
        QVERIFY(lock.unlock(bytes(password)).ok());
        QCOMPARE(lock.failedAttempts(), 0);
        QCOMPARE(lock.nextAttemptAllowedAt().toMSecsSinceEpoch(), clock.now());

        // Wrong attempts are audited.
        int wrongEntries = 0;
        for (const AuditEntry &entry : AuditLog(db).entries())
            wrongEntries += entry.outcome == QLatin1String("wrong password") ? 1 : 0;
        QCOMPARE(wrongEntries, 4);
    }

    void backOffSurvivesRestart()
    {
        FakeClock clock;
        QString path;
        {
            auto db = freshDatabase(&path);
            AppLock lock(db, clock.clock());
            QVERIFY(lock.enable(bytes(password)).ok());
            QCOMPARE(lock.unlock(bytes(otherPassword)).status, AppLock::Status::WrongPassword);
            clock.advance(1000);
            QCOMPARE(lock.unlock(bytes(otherPassword)).status, AppLock::Status::WrongPassword);
        }
        StoreError error;
        auto reopened = Database::open(path, &error);
        QVERIFY2(reopened, qPrintable(error.message));
        AppLock lock(reopened, clock.clock());
        QCOMPARE(lock.failedAttempts(), 2);
        QCOMPARE(lock.unlock(bytes(password)).status, AppLock::Status::TooSoon);
        clock.advance(2000);
        QVERIFY(lock.unlock(bytes(password)).ok());
    }

    void neverALockOut()
    {
        // A huge counter and a time set far ahead (clock moved back, or the row edited): the wait
        // is still at most the cap, and the right password then works.
        FakeClock clock;
        auto db = freshDatabase();
        AppLock lock(db, clock.clock());
        QVERIFY(lock.enable(bytes(password)).ok());
        QVERIFY(!SecuritySettings(db).write({
            { SecuritySettings::FailedAttemptsKey, QStringLiteral("999999999999") },
            { SecuritySettings::NextAttemptAtKey, QString::number(clock.now() + 365LL * 24 * 3600 * 1000) },
        }));
        QCOMPARE(lock.nextAttemptAllowedAt().toMSecsSinceEpoch(), clock.now() + AppLock::MaximumDelayMs);
        const AppLock::Outcome early = lock.unlock(bytes(password));
        QCOMPARE(early.status, AppLock::Status::TooSoon);
        QCOMPARE(early.nextAttemptAllowedAt.toMSecsSinceEpoch(), clock.now() + AppLock::MaximumDelayMs);
        clock.advance(AppLock::MaximumDelayMs);
        QVERIFY(lock.unlock(bytes(password)).ok());
        QVERIFY(lock.isEnabled());
        QCOMPARE(lock.failedAttempts(), 0);
    }

    void changePasswordNeedsTheCurrentOne()
    {
        FakeClock clock;
        auto db = freshDatabase();
        AppLock lock(db, clock.clock());
        QVERIFY(lock.enable(bytes(password)).ok());
        const QString before = *SecuritySettings(db).value(SecuritySettings::PasswordHashKey);

        QCOMPARE(lock.changePassword(bytes(otherPassword), bytes("a new password")).status,
            AppLock::Status::WrongPassword);
        QCOMPARE(*SecuritySettings(db).value(SecuritySettings::PasswordHashKey), before);
        QCOMPARE(lock.changePassword(bytes(password), bytes("short")).status, AppLock::Status::Refused);
        clock.advance(AppLock::MaximumDelayMs);

        QVERIFY(lock.changePassword(bytes(password), bytes("a new password")).ok());
        QVERIFY(lock.unlock(bytes("a new password")).ok());
        clock.advance(AppLock::MaximumDelayMs);
        QCOMPARE(lock.unlock(bytes(password)).status, AppLock::Status::WrongPassword);
    }

    void changingThePasswordKeepsTwoFactor()
    {
        auto db = freshDatabase();
        AppLock lock(db);
        QVERIFY(lock.enable(bytes(password)).ok());
        QVERIFY(!SecuritySettings(db).set(SecuritySettings::TotpSecretRefKey, QStringLiteral("totp/test")));
        QVERIFY(lock.changePassword(bytes(password), bytes("a new password")).ok());
        QVERIFY(lock.isTwoFactorEnabled());
        QVERIFY(lock.unlock(bytes("a new password")).secondFactorRequired);
    }

    void resetWithARecoveryCodeKeepsTwoFactor()
    {
        FakeClock clock;
        auto db = freshDatabase();
        AppLock lock(db, clock.clock());
        QVERIFY(lock.enable(bytes(password)).ok());
        // Two-factor as TwoFactor leaves it: a secret reference and the codes' hashes.
        const QStringList codes = RecoveryCodes::generate();
        QSqlDatabase connection = db->connection();
        QString reason;
        QVERIFY(connection.transaction());
        QVERIFY(RecoveryCodes::replaceIn(connection, RecoveryCodes::hashAll(codes), clock.now(), &reason));
        QVERIFY(connection.commit());
        QVERIFY(!SecuritySettings(db).set(SecuritySettings::TotpSecretRefKey, QStringLiteral("totp/test")));

        // An unusable new password is refused before the code is spent.
        QCOMPARE(lock.resetPassword(bytes(codes.at(0).toLatin1()), bytes("short")).status,
            AppLock::Status::Refused);
        QCOMPARE(lock.resetPassword(bytes(codes.at(0).toLatin1()), bytes("a new password"), 11).status,
            AppLock::Status::Refused);
        QCOMPARE(RecoveryCodes(db).remaining(), 10);

        const AppLock::Outcome wrong = lock.resetPassword(bytes("2222-3333-4444"), bytes("a new password"));
        QCOMPARE(wrong.status, AppLock::Status::WrongPassword);
        QCOMPARE(lock.resetPassword(bytes(codes.at(0).toLatin1()), bytes("a new password")).status,
            AppLock::Status::TooSoon);
        clock.advance(AppLock::MaximumDelayMs);

        const AppLock::Outcome reset
            = lock.resetPassword(bytes(codes.at(0).toLatin1()), bytes("a new password"));
        QVERIFY2(reset.ok(), qPrintable(reset.message));
        QCOMPARE(RecoveryCodes(db).remaining(), 9);
        QVERIFY(lock.isTwoFactorEnabled());
        const AppLock::Outcome unlocked = lock.unlock(bytes("a new password"));
        QVERIFY(unlocked.ok());
        QVERIFY(unlocked.secondFactorRequired);
        QCOMPARE(lock.unlock(bytes(password)).status, AppLock::Status::WrongPassword);
        clock.advance(AppLock::MaximumDelayMs);

        // The same code does not work twice.
        QCOMPARE(lock.resetPassword(bytes(codes.at(0).toLatin1()), bytes("yet another password")).status,
            AppLock::Status::WrongPassword);
    }

    void resetNeedsTwoFactor()
    {
        auto db = freshDatabase();
        AppLock lock(db);
        QCOMPARE(lock.resetPassword(bytes("2222-3333-4444"), bytes("a new password")).status,
            AppLock::Status::NotEnabled);
        QVERIFY(lock.enable(bytes(password)).ok());
        const AppLock::Outcome refused = lock.resetPassword(bytes("2222-3333-4444"), bytes("a new password"));
        QCOMPARE(refused.status, AppLock::Status::Refused);
        QVERIFY(refused.message.endsWith(QLatin1Char('.')));
        QVERIFY(lock.unlock(bytes(password)).ok());
    }

    void disableNeedsPasswordAndNoTwoFactor()
    {
        FakeClock clock;
        auto db = freshDatabase();
        AppLock lock(db, clock.clock());
        QVERIFY(lock.enable(bytes(password)).ok());
        QCOMPARE(lock.disable(bytes(otherPassword)).status, AppLock::Status::WrongPassword);
        QVERIFY(lock.isEnabled());
        clock.advance(AppLock::MaximumDelayMs);

        QVERIFY(!SecuritySettings(db).set(SecuritySettings::TotpSecretRefKey, QStringLiteral("totp/test")));
        QCOMPARE(lock.disable(bytes(password)).status, AppLock::Status::Refused);
        QVERIFY(lock.isEnabled());
        QVERIFY(!SecuritySettings(db).write({ { SecuritySettings::TotpSecretRefKey, std::nullopt } }));

        QVERIFY(lock.disable(bytes(password)).ok());
        QVERIFY(!lock.isEnabled());
        QCOMPARE(lock.unlock(bytes(password)).status, AppLock::Status::NotEnabled);
    }

    void idleTime()
    {
        FakeClock clock;
        auto db = freshDatabase();
        AppLock lock(db, clock.clock());
        const qint64 lastInput = clock.now();
        clock.advance(3600 * 1000);
        QVERIFY(!lock.idleTimeReached(lastInput)); // no lock, nothing to reach
        QVERIFY(lock.enable(bytes(password)).ok());
        QCOMPARE(lock.idleLockMinutes(), AppLock::DefaultIdleMinutes);

        QVERIFY(!lock.setIdleLockMinutes(5));
        QCOMPARE(lock.idleLockMinutes(), 5);
        QVERIFY(!lock.idleTimeReached(clock.now() - 5 * 60 * 1000 + 1));
        QVERIFY(lock.idleTimeReached(clock.now() - 5 * 60 * 1000));

        QVERIFY(!lock.setIdleLockMinutes(0));
        QVERIFY(!lock.idleTimeReached(lastInput - 1000000000));

        QVERIFY(lock.setIdleLockMinutes(-1));
        QVERIFY(lock.setIdleLockMinutes(AppLock::MaximumIdleMinutes + 1));
        QCOMPARE(lock.idleLockMinutes(), 0);
    }

    void jobsRunOffTheCallingThread()
    {
        QThread *worker = nullptr;
        AppLockJob *job = AppLockJob::start([&worker] {
            worker = QThread::currentThread();
            AppLock::Outcome outcome;
            outcome.status = AppLock::Status::Ok;
            return outcome;
        });
        QSignalSpy spy(job, &AppLockJob::finished);
        QVERIFY(spy.wait(30000));
        QVERIFY(worker);
        QVERIFY(worker != QThread::currentThread());
        QCOMPARE(spy.first().first().value<AppLock::Outcome>().status, AppLock::Status::Ok);
    }

    void asyncOperations()
    {
        auto db = freshDatabase();
        // A fake clock: under load a real second can pass between two attempts, and "too soon"
        // must not depend on how busy the machine is.
        FakeClock clock;
        AppLock lock(db, clock.clock());
        auto run = [](AppLockJob *job) {
            QSignalSpy spy(job, &AppLockJob::finished);
            if (!spy.wait(60000))
                return AppLock::Outcome();
            return spy.first().first().value<AppLock::Outcome>();
        };
        QVERIFY(run(lock.enableAsync(bytes(password))).ok());
        QCOMPARE(run(lock.unlockAsync(bytes(otherPassword))).status, AppLock::Status::WrongPassword);
        QCOMPARE(run(lock.unlockAsync(bytes(password))).status, AppLock::Status::TooSoon);
        QVERIFY(!SecuritySettings(db).write({ { SecuritySettings::NextAttemptAtKey, std::nullopt } }));
        QVERIFY(run(lock.unlockAsync(bytes(password))).ok());
        QVERIFY(run(lock.changePasswordAsync(bytes(password), bytes(otherPassword))).ok());
        QVERIFY(run(lock.disableAsync(bytes(otherPassword))).ok());
        QVERIFY(!lock.isEnabled());
    }
};

QTEST_GUILESS_MAIN(TestAppLock)
#include "tst_applock.moc"

// Two-factor sign-in against the real keychain (the keyring session scripts/test.sh provides):
// enrolment needs a right code, the secret lives in the keychain and never in SQLite, a code is
// accepted once, wrong codes share the app lock's back-off, and turning it off needs a code.
#include "secrets/SecretStore.h"
#include "security/AppLock.h"
#include "security/SecuritySettings.h"
#include "security/Totp.h"
#include "security/TwoFactor.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

namespace {

struct FakeClock {
    std::shared_ptr<qint64> ms = std::make_shared<qint64>(1'800'000'000'000);
    AppLock::Clock clock() const
    {
        return [ms = ms] { return *ms; };
    }
    void advance(qint64 delta) { *ms += delta; }
    qint64 seconds() const { return *ms / 1000; }
};

// Waits for the job and returns it; the job stays alive until the TwoFactor goes.
TwoFactorJob *finish(TwoFactorJob *job)
{
    QSignalSpy spy(job, &TwoFactorJob::finished);
    if (!job->isFinished())
        spy.wait(30000);
    return job;
}

SecretJob *finish(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (job->status() == SecretJob::Status::Pending)
        spy.wait(30000);
    return job;
}

const QByteArray password("the master password");

} // namespace

class TestTwoFactor final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    SecretStore *m_store = nullptr;

    struct Fixture {
        QString path;
        std::shared_ptr<Database> db;
        FakeClock clock;
        std::unique_ptr<TwoFactor> twoFactor;
        SecureBytes secret;
        QStringList recoveryCodes;
    };

    // A database with the app lock on and, when enrol is set, two-factor enrolled.
    std::unique_ptr<Fixture> fixture(bool enrol)
    {
        auto f = std::make_unique<Fixture>();
        f->path = m_dir.filePath(QStringLiteral("twofactor-%1.sqlite").arg(++m_counter));
        StoreError error;
        f->db = Database::open(f->path, &error);
        if (!f->db || !AppLock(f->db).enable(SecureBytes(QByteArrayView(password))).ok())
            return nullptr;
        f->twoFactor = std::make_unique<TwoFactor>(f->db, m_store);
        f->twoFactor->setClock(f->clock.clock());
        if (enrol) {
            TwoFactor::Enrolment enrolment = TwoFactor::begin(QStringLiteral("alice@example.com"));
            f->secret = enrolment.secret.clone();
            const QString code = Totp::codeAt(f->secret.view(), f->clock.seconds());
            TwoFactorJob *job = finish(f->twoFactor->complete(std::move(enrolment), code));
            if (!job->ok())
                return nullptr;
            f->recoveryCodes = job->recoveryCodes();
        }
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        m_store = new SecretStore(QStringLiteral("org.cairnbackup.Cairn.tests"), this);
    }

    void beginStoresNothing()
    {
        auto f = fixture(false);
        QVERIFY(f);
        QString error;
        const TwoFactor::Enrolment enrolment = TwoFactor::begin(QStringLiteral("Front desk PC"), &error);
        QVERIFY2(!enrolment.isNull(), qPrintable(error));
        QCOMPARE(enrolment.secret.size(), 20);
        QVERIFY(enrolment.uri.view().startsWith("otpauth://totp/Cairn:Front%20desk%20PC?secret="));
        QVERIFY(enrolment.uri.view().contains(Totp::base32Encode(enrolment.secret.view()).view()));
        QCOMPARE(enrolment.manualKey.size(), 32 + 7); // eight groups of four
        QVERIFY(!enrolment.qrCode.isNull());
        QVERIFY(!f->twoFactor->isEnabled());
        QVERIFY(!SecuritySettings(f->db).value(SecuritySettings::TotpSecretRefKey));
    }

    void enrolmentNeedsTheRightCode()
    {
        auto f = fixture(false);
        QVERIFY(f);
        TwoFactor::Enrolment enrolment = TwoFactor::begin(QStringLiteral("alice"));
        const SecureBytes secret = enrolment.secret.clone();
        const QString right = Totp::codeAt(secret.view(), f->clock.seconds());
        const QString wrong
            = right == QLatin1String("000000") ? QStringLiteral("000001") : QStringLiteral("000000");

        TwoFactorJob *refused = finish(f->twoFactor->complete(std::move(enrolment), wrong));
        QCOMPARE(refused->status(), TwoFactorJob::Status::WrongCode);
        QVERIFY(refused->errorString().endsWith(QLatin1Char('.')));
        QVERIFY(!f->twoFactor->isEnabled());

        TwoFactor::Enrolment again;
        again.secret = secret.clone();
        TwoFactorJob *done = finish(f->twoFactor->complete(std::move(again), right));
        QVERIFY2(done->ok(), qPrintable(done->errorString()));
        QVERIFY(f->twoFactor->isEnabled());
        QCOMPARE(done->recoveryCodes().size(), 10);
        QCOMPARE(done->recoveryCodesLeft(), 10);
        QCOMPARE(f->twoFactor->recoveryCodesLeft(), 10);
        QVERIFY(AppLock(f->db).unlock(SecureBytes(QByteArrayView(password))).secondFactorRequired);

        // The secret is in the keychain under the stored reference ...
        const QString reference = *SecuritySettings(f->db).value(SecuritySettings::TotpSecretRefKey);
        SecretJob *read = finish(m_store->read(reference));
        QVERIFY2(read->ok(), qPrintable(read->errorString()));
        QCOMPARE(read->takeData().view(), secret.view());
        // ... and nowhere in the database files, raw or in base32.
        const SecureBytes base32 = Totp::base32Encode(secret.view());
        for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
            QFile file(f->path + suffix);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray contents = file.readAll();
            QVERIFY(!contents.contains(secret.toByteArray()));
            QVERIFY(!contents.contains(base32.toByteArray()));
            for (const QString &recoveryCode : done->recoveryCodes())
                QVERIFY(!contents.contains(recoveryCode.toLatin1()));
        }

        // A second enrolment is refused while one is active.
        TwoFactorJob *twice = finish(f->twoFactor->complete(TwoFactor::begin(QStringLiteral("bob")), right));
        QCOMPARE(twice->status(), TwoFactorJob::Status::AlreadyEnabled);
    }

    void enrolmentNeedsTheAppLock()
    {
        QTemporaryDir dir;
        StoreError error;
        auto db = Database::open(dir.filePath(QStringLiteral("nolock.sqlite")), &error);
        TwoFactor twoFactor(db, m_store);
        TwoFactor::Enrolment enrolment = TwoFactor::begin(QStringLiteral("alice"));
        const QString code = Totp::codeAt(enrolment.secret.view(), QDateTime::currentSecsSinceEpoch());
        QCOMPARE(finish(twoFactor.complete(std::move(enrolment), code))->status(),
            TwoFactorJob::Status::NotEnabled);
    }

    void aCodeWorksOnce()
    {
        auto f = fixture(true);
        QVERIFY(f);
        // The enrolment code's step is used up.
        const QString enrolmentCode = Totp::codeAt(f->secret.view(), f->clock.seconds());
        QCOMPARE(finish(f->twoFactor->check(enrolmentCode))->status(), TwoFactorJob::Status::WrongCode);
        f->clock.advance(AppLock::MaximumDelayMs); // past the back-off that wrong code started

        const QString code = Totp::codeAt(f->secret.view(), f->clock.seconds());
        TwoFactorJob *first = finish(f->twoFactor->check(code));
        QVERIFY2(first->ok(), qPrintable(first->errorString()));
        QVERIFY(!first->usedRecoveryCode());
        QCOMPARE(finish(f->twoFactor->check(code))->status(), TwoFactorJob::Status::WrongCode);
    }

    void wrongCodesBackOff()
    {
        auto f = fixture(true);
        QVERIFY(f);
        f->clock.advance(60 * 1000);
        const QString right = Totp::codeAt(f->secret.view(), f->clock.seconds());
        const QString wrong
            = right == QLatin1String("123456") ? QStringLiteral("654321") : QStringLiteral("123456");

        TwoFactorJob *refused = finish(f->twoFactor->check(wrong));
        QCOMPARE(refused->status(), TwoFactorJob::Status::WrongCode);
        QCOMPARE(refused->nextAttemptAllowedAt().toMSecsSinceEpoch(), *f->clock.ms + AppLock::delayAfter(1));
        TwoFactorJob *early = finish(f->twoFactor->check(right));
        QCOMPARE(early->status(), TwoFactorJob::Status::TooSoon);
        QCOMPARE(AppLock(f->db).failedAttempts(), 1);
        f->clock.advance(AppLock::delayAfter(1));
        QVERIFY(finish(f->twoFactor->check(right))->ok());
        QCOMPARE(AppLock(f->db).failedAttempts(), 0);
    }

    void recoveryCodesUnlockOnce()
    {
        auto f = fixture(true);
        QVERIFY(f);
        QCOMPARE(f->recoveryCodes.size(), 10);
        TwoFactorJob *used = finish(f->twoFactor->check(f->recoveryCodes.at(2).toLower()));
        QVERIFY2(used->ok(), qPrintable(used->errorString()));
        QVERIFY(used->usedRecoveryCode());
        QCOMPARE(used->recoveryCodesLeft(), 9);

        TwoFactorJob *again = finish(f->twoFactor->check(f->recoveryCodes.at(2)));
        QCOMPARE(again->status(), TwoFactorJob::Status::WrongCode);
        QVERIFY(again->errorString().endsWith(QLatin1Char('.')));
        QCOMPARE(AppLock(f->db).failedAttempts(), 1);
        f->clock.advance(AppLock::delayAfter(1));
        QVERIFY(finish(f->twoFactor->check(f->recoveryCodes.at(3)))->ok());
        QCOMPARE(f->twoFactor->recoveryCodesLeft(), 8);
    }

    void resettingThePasswordKeepsTwoFactor()
    {
        auto f = fixture(true);
        QVERIFY(f);
        const AppLock lock(f->db, f->clock.clock());
        const AppLock::Outcome reset
            = lock.resetPassword(SecureBytes(QByteArrayView(f->recoveryCodes.at(0).toLatin1())),
                SecureBytes(QByteArrayView("a brand new one")));
        QVERIFY2(reset.ok(), qPrintable(reset.message));
        QVERIFY(f->twoFactor->isEnabled());
        QVERIFY(lock.unlock(SecureBytes(QByteArrayView("a brand new one"))).secondFactorRequired);
        f->clock.advance(30 * 1000);
        QVERIFY(finish(f->twoFactor->check(Totp::codeAt(f->secret.view(), f->clock.seconds())))->ok());
        // The code the reset used is gone for two-factor too.
        f->clock.advance(AppLock::MaximumDelayMs);
        QCOMPARE(
            finish(f->twoFactor->check(f->recoveryCodes.at(0)))->status(), TwoFactorJob::Status::WrongCode);
    }

    void regeneratedCodesReplaceTheOldOnes()
    {
        auto f = fixture(true);
        QVERIFY(f);
        f->clock.advance(30 * 1000);
        TwoFactorJob *job = finish(
            f->twoFactor->regenerateRecoveryCodes(Totp::codeAt(f->secret.view(), f->clock.seconds())));
        QVERIFY2(job->ok(), qPrintable(job->errorString()));
        const QStringList fresh = job->recoveryCodes();
        QCOMPARE(fresh.size(), 10);
        for (const QString &code : fresh)
            QVERIFY(!f->recoveryCodes.contains(code));
        QCOMPARE(
            finish(f->twoFactor->check(f->recoveryCodes.at(0)))->status(), TwoFactorJob::Status::WrongCode);
        f->clock.advance(AppLock::MaximumDelayMs);
        QVERIFY(finish(f->twoFactor->check(fresh.at(0)))->ok());
    }

    void disableWithARecoveryCode()
    {
        auto f = fixture(true);
        QVERIFY(f);
        TwoFactorJob *off = finish(f->twoFactor->disable(f->recoveryCodes.at(9)));
        QVERIFY2(off->ok(), qPrintable(off->errorString()));
        QVERIFY(off->usedRecoveryCode());
        QVERIFY(!f->twoFactor->isEnabled());
        QCOMPARE(f->twoFactor->recoveryCodesLeft(), 0);
    }

    void disableNeedsACode()
    {
        auto f = fixture(true);
        QVERIFY(f);
        const QString reference = *SecuritySettings(f->db).value(SecuritySettings::TotpSecretRefKey);
        f->clock.advance(30 * 1000);
        const QString right = Totp::codeAt(f->secret.view(), f->clock.seconds());
        const QString wrong
            = right == QLatin1String("111111") ? QStringLiteral("222222") : QStringLiteral("111111");

        QCOMPARE(finish(f->twoFactor->disable(wrong))->status(), TwoFactorJob::Status::WrongCode);
        QVERIFY(f->twoFactor->isEnabled());
        QCOMPARE(finish(f->twoFactor->disable(QString()))->status(), TwoFactorJob::Status::TooSoon);
        f->clock.advance(AppLock::MaximumDelayMs);

        TwoFactorJob *off = finish(f->twoFactor->disable(Totp::codeAt(f->secret.view(), f->clock.seconds())));
        QVERIFY2(off->ok(), qPrintable(off->errorString()));
        QVERIFY(!f->twoFactor->isEnabled());
        QCOMPARE(finish(m_store->read(reference))->status(), SecretJob::Status::NotFound);
        QCOMPARE(finish(f->twoFactor->check(right))->status(), TwoFactorJob::Status::NotEnabled);
        // With two-factor off, the lock itself can go.
        QVERIFY(AppLock(f->db, f->clock.clock()).disable(SecureBytes(QByteArrayView(password))).ok());
    }
};

QTEST_GUILESS_MAIN(TestTwoFactor)
#include "tst_twofactor.moc"

// SecretStore against the real keychain: gnome-keyring in the private D-Bus session that
// tests/fixtures/keyring-session.sh gives the whole test run.
#include "secrets/KeychainProbe.h"
#include "secrets/SecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace cairn;

namespace {
// Runs one job to completion through the event loop, the way the GUI would receive it.
SecretJob *finish(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (job->status() == SecretJob::Status::Pending)
        spy.wait(20000);
    return job;
}
} // namespace

class TestSecretStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
    }

    void writeReadRemove_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addRow("text") << QByteArray("correct horse battery staple");
        QTest::addRow("binary with NUL bytes") << QByteArray("\x00\x01\xff\xfe\x00secret\n", 12);
        QTest::addRow("shell metacharacters") << QByteArray("$(rm -rf /) `id` ' \" \\ ;|&");
        QTest::addRow("private key sized") << QByteArray(3243, 'k');
    }

    void writeReadRemove()
    {
        QFETCH(QByteArray, secret);
        SecretStore store(QStringLiteral("org.cairnbackup.Cairn.tests"), nullptr);
        const QString reference = SecretStore::newReference(QStringLiteral("test"));

        SecretJob *write = finish(store.write(reference, SecureBytes(secret)));
        QVERIFY2(write->ok(), qPrintable(write->errorString()));

        SecretJob *read = finish(store.read(reference));
        QVERIFY2(read->ok(), qPrintable(read->errorString()));
        const SecureBytes back = read->takeData();
        QCOMPARE(back.view(), QByteArrayView(secret));
        QVERIFY(read->takeData().isEmpty()); // the job keeps nothing once the data is taken

        // Overwrite replaces.
        SecretJob *overwrite = finish(store.write(reference, SecureBytes(QByteArrayView("replaced"))));
        QVERIFY(overwrite->ok());
        SecretJob *reread = finish(store.read(reference));
        QCOMPARE(reread->takeData().view(), QByteArrayView("replaced"));

        SecretJob *remove = finish(store.remove(reference));
        QVERIFY2(remove->ok(), qPrintable(remove->errorString()));
        SecretJob *gone = finish(store.read(reference));
        QCOMPARE(gone->status(), SecretJob::Status::NotFound);
        QVERIFY(gone->errorString().endsWith(QLatin1Char('.')));
    }

    void servicesAreSeparate()
    {
        SecretStore a(QStringLiteral("org.cairnbackup.Cairn.tests.a"), nullptr);
        SecretStore b(QStringLiteral("org.cairnbackup.Cairn.tests.b"), nullptr);
        const QString reference = SecretStore::newReference(QStringLiteral("test"));
        QVERIFY(finish(a.write(reference, SecureBytes(QByteArrayView("only in a"))))->ok());
        QCOMPARE(finish(b.read(reference))->status(), SecretJob::Status::NotFound);
        QVERIFY(finish(a.remove(reference))->ok());
    }

    // A window that closes while its keychain calls are in flight destroys its store with them.
    // The calls still complete (libsecret answers later) and must neither crash nor touch freed
    // memory (the ASan build of this suite checks the latter); the write still lands.
    void storeDestroyedWhileJobsAreInFlight()
    {
        const QString service = QStringLiteral("org.cairnbackup.Cairn.tests.inflight");
        const QString reference = SecretStore::newReference(QStringLiteral("test"));
        {
            auto *store = new SecretStore(service, nullptr);
            store->write(reference, SecureBytes(QByteArrayView("written by a closed window")));
            for (int i = 0; i < 5; ++i)
                store->read(reference);
            store->remove(SecretStore::newReference(QStringLiteral("absent")));
            delete store;
        }
        // The keychain answers in order: once a later store's read of the same entry is back,
        // every call of the destroyed store has been answered and delivered.
        SecretStore later(service, nullptr);
        SecretJob *read = finish(later.read(reference));
        QVERIFY2(read->ok(), qPrintable(read->errorString()));
        QCOMPARE(read->takeData().view(), QByteArrayView("written by a closed window"));
        QTest::qWait(50); // anything still queued for the destroyed jobs is delivered now
        QVERIFY(finish(later.remove(reference))->ok());
    }

    void probeReportsWorkingKeychain()
    {
        KeychainProbe probe(QStringLiteral("org.cairnbackup.Cairn.tests"), nullptr);
        QSignalSpy spy(&probe, &KeychainProbe::finished);
        probe.start();
        QVERIFY(spy.wait(20000) || probe.isFinished());
        QVERIFY2(probe.works(), qPrintable(probe.errorString()));
    }

    void secureBytesWipesOnMove()
    {
        SecureBytes first(QByteArrayView("key material"));
        SecureBytes second = std::move(first);
        QVERIFY(first.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from must be empty
        QCOMPARE(second.view(), QByteArrayView("key material"));
        QByteArray plain("plain copy");
        SecureBytes taken = SecureBytes::takeFrom(plain);
        QVERIFY(plain.isEmpty());
        QCOMPARE(taken.view(), QByteArrayView("plain copy"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"

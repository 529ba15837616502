// The Add Storage wizard, offscreen, against the real s3 fixture (behind its strict layer) and the
// real keychain: a wrong secret shows the storage's sentence and keeps everything typed; the right
// one passes every check; the finish page shows versioning and Object Lock and sets the clean-up
// rule; the target and its secret are saved. Also: Stop ends a hanging test at once, and the main
// window's Storage page opens the wizard.
#include "S3TestBed.h"
#include "TestEstate.h"

#include "secrets/SecretStore.h"
#include "storage/ProviderPreset.h"
#include "storage/S3Error.h"
#include "store/StorageRepository.h"
#include "views/EmptyState.h"
#include "views/ListPage.h"
#include "views/MainWindow.h"
#include "wizards/AddStorageBucketPage.h"
#include "wizards/AddStorageFinishPage.h"
#include "wizards/AddStorageKeyPage.h"
#include "wizards/AddStorageProviderPage.h"
#include "wizards/AddStorageTestPage.h"
#include "wizards/AddStorageWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QtTest>

using namespace cairn;
using cairn::test::S3TestBed;
using cairn::test::TestEstate;

namespace {

const QString Service = QStringLiteral("org.cairnbackup.Cairn.tests.wizard");

SecretJob *finish(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (job->status() == SecretJob::Status::Pending)
        spy.wait(20000);
    return job;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class tst_AddStorageWizard final : public QObject {
    Q_OBJECT

    std::unique_ptr<S3TestBed> m_bed;

    // Fills page 1 for the fixture (MinIO / other S3, its endpoint and region) and goes on.
    void fillProvider(AddStorageWizard &wizard, const QUrl &endpoint)
    {
        AddStorageProviderPage *page = wizard.providerPage();
        page->selectProvider(QStringLiteral("custom"));
        QVERIFY(page->endpointEdit()->isVisibleTo(&wizard));
        type(page->endpointEdit(), endpoint.toString());
        page->regionBox()->setEditText(m_bed->target().region);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AddStorageWizard::BucketPageId));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        m_bed = S3TestBed::start(QStringLiteral("s3strict"));
        QVERIFY2(m_bed, qPrintable(S3TestBed::lastError()));
    }

    void wrongSecretThenRightOneThenSave()
    {
        TestEstate estate;
        QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
        const qint64 other = estate.addClient(QStringLiteral("Other Ltd"));
        const qint64 acme = estate.addClient(QStringLiteral("Acme Widgets GmbH"));
        QVERIFY(other && acme);

        AddStorageWizard wizard(estate.database(), acme);
        wizard.setKeychainService(Service);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(AddStorageWizard::ProviderPageId));
        // AWS first, with its regions and the endpoint that follows from them.
        QCOMPARE(wizard.providerPage()->preset()->id, QStringLiteral("aws"));
        QVERIFY(wizard.providerPage()->regionBox()->count() > 10);
        QVERIFY(!wizard.providerPage()->endpointEdit()->isVisibleTo(&wizard));
        fillProvider(wizard, m_bed->target().endpoint);

        AddStorageBucketPage *bucketPage = wizard.bucketPage();
        // Two clients: the one the window showed is chosen; the prefix is its name made safe.
        QVERIFY(bucketPage->clientBox()->isVisibleTo(&wizard));
        // Typing goes on in the new page's first field, not in a hidden field of the page before.
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QTRY_COMPARE(QApplication::focusWidget(), bucketPage->clientBox());
        QCOMPARE(bucketPage->clientId(), acme);
        QCOMPARE(bucketPage->prefixEdit()->text(), QStringLiteral("acme-widgets-gmbh/"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        type(bucketPage->bucketEdit(), m_bed->target().bucket);
        QCOMPARE(bucketPage->nameEdit()->text(), m_bed->target().bucket); // follows the bucket ...
        type(bucketPage->nameEdit(), QStringLiteral("Offsite \"$(id)\""));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AddStorageWizard::KeyPageId));

        AddStorageKeyPage *keyPage = wizard.keyPage();
        QTRY_COMPARE(QApplication::focusWidget(), keyPage->accessKeyIdEdit());
        QCOMPARE(keyPage->secretEdit()->echoMode(), QLineEdit::Password);
        type(keyPage->accessKeyIdEdit(), m_bed->target().accessKeyId);
        const QString wrong = QStringLiteral("wrong/secret+0000000000000000000000000000");
        type(keyPage->secretEdit(), wrong);

        // The test with the wrong secret: the storage's sentence, and no way forward.
        AddStorageTestPage *testPage = wizard.testPage();
        QSignalSpy tested(testPage, &AddStorageTestPage::testFinished);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AddStorageWizard::TestPageId));
        QVERIFY(testPage->isRunning());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(tested.wait(60000));
        QCOMPARE(tested.takeFirst().at(0).toBool(), false);
        S3ErrorContext context;
        context.endpointHost = m_bed->target().endpoint.authority();
        context.bucket = m_bed->target().bucket;
        context.region = m_bed->target().region;
        context.accessKeyId = m_bed->target().accessKeyId;
        const QString sentence = S3Error::sentenceFor(S3Error::Kind::SignatureMismatch, context, S3Error());
        QCOMPARE(testPage->failureText(), sentence);
        QCOMPARE(testPage->stepOutcome(0), StorageCheckStep::Outcome::Failed);
        QVERIFY2(testPage->stepText(0).startsWith(QLatin1String("Failed: List the bucket")),
            qPrintable(testPage->stepText(0)));
        QVERIFY2(testPage->stepText(0).endsWith(sentence), qPrintable(testPage->stepText(0)));
        QCOMPARE(testPage->stepOutcome(1), StorageCheckStep::Outcome::Skipped);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(testPage->retryButton()->isVisibleTo(&wizard));

        // Back: everything typed is still there.
        wizard.back();
        QCOMPARE(wizard.currentId(), int(AddStorageWizard::KeyPageId));
        QCOMPARE(keyPage->secretEdit()->text(), wrong);
        QCOMPARE(keyPage->accessKeyIdEdit()->text(), m_bed->target().accessKeyId);
        wizard.back();
        QCOMPARE(bucketPage->bucketEdit()->text(), m_bed->target().bucket);
        QCOMPARE(bucketPage->nameEdit()->text(), QStringLiteral("Offsite \"$(id)\""));
        QCOMPARE(bucketPage->prefixEdit()->text(), QStringLiteral("acme-widgets-gmbh/"));
        wizard.back();
        QCOMPARE(wizard.providerPage()->endpointEdit()->text(), m_bed->target().endpoint.toString());
        wizard.next();
        wizard.next();

        // The right secret: every check passes.
        type(keyPage->secretEdit(), QString::fromUtf8(m_bed->secret()));
        wizard.next();
        QVERIFY(tested.wait(60000));
        QCOMPARE(tested.takeFirst().at(0).toBool(), true);
        for (int i = 0; i < 4; ++i)
            QVERIFY2(testPage->stepOutcome(i) == StorageCheckStep::Outcome::Passed,
                qPrintable(testPage->stepText(i)));
        for (int i = 4; i < testPage->stepCount(); ++i)
            QCOMPARE(testPage->stepOutcome(i), StorageCheckStep::Outcome::Info);
        QVERIFY(testPage->failureText().isEmpty());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // Return goes on (not back).
        QCOMPARE(QApplication::focusWidget(), wizard.button(QWizard::NextButton));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

        // Finish page: what the bucket protects, and the rule, offered and on.
        AddStorageFinishPage *finishPage = wizard.finishPage();
        QCOMPARE(wizard.currentId(), int(AddStorageWizard::FinishPageId));
        QVERIFY2(finishPage->versioningText().startsWith(QLatin1String("Off")),
            qPrintable(finishPage->versioningText()));
        QVERIFY2(finishPage->objectLockText().startsWith(QLatin1String("Off")),
            qPrintable(finishPage->objectLockText()));
        QVERIFY(finishPage->abortRuleBox()->isVisibleTo(&wizard));
        QVERIFY(finishPage->abortRuleBox()->isChecked());
        QSignalSpy accepted(&wizard, &QDialog::accepted);
        QSignalSpy added(&wizard, &AddStorageWizard::storageAdded);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY2(accepted.wait(60000), qPrintable(finishPage->errorText()));
        QCOMPARE(added.size(), 1);

        // Saved as the CLI saves: the row, the secret in the keychain, the rule in the bucket.
        const auto saved
            = StorageRepository(estate.database()).find(acme, QStringLiteral("Offsite \"$(id)\""));
        QVERIFY(saved);
        QCOMPARE(added.at(0).at(0).toLongLong(), saved->id);
        QCOMPARE(saved->bucket, m_bed->target().bucket);
        QCOMPARE(saved->prefix, QStringLiteral("acme-widgets-gmbh/"));
        QCOMPARE(saved->endpoint, m_bed->target().endpoint.toString());
        QCOMPARE(saved->provider, QStringLiteral("custom"));
        QCOMPARE(saved->addressing, QStringLiteral("path"));
        SecretStore keychain(Service, nullptr);
        SecretJob *read = finish(keychain.read(saved->secretRef));
        QVERIFY2(read->ok(), qPrintable(read->errorString()));
        QCOMPARE(read->takeData().view(), QByteArrayView(m_bed->secret()));
        QVERIFY(finish(keychain.remove(saved->secretRef))->ok());
        const auto rule = m_bed->aws({ QStringLiteral("get-bucket-lifecycle-configuration"),
            QStringLiteral("--bucket"), m_bed->target().bucket });
        QVERIFY2(rule.exitCode == 0 && rule.out.contains("\"DaysAfterInitiation\": 7"),
            qPrintable(rule.describe()));
        QVERIFY(rule.out.contains("acme-widgets-gmbh/"));
        // The secret field is emptied once the wizard is done.
        QVERIFY(keyPage->secretEdit()->text().isEmpty());
    }

    void stopEndsAHangingTest()
    {
        TestEstate estate;
        QVERIFY(estate.addClient(QStringLiteral("Solo")));
        // Accepts connections and never answers: without Stop the test would wait for its timeout.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        AddStorageWizard wizard(estate.database(), 0);
        wizard.setKeychainService(Service);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillProvider(wizard, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
        // One client: nothing to choose (and the hidden choice takes no focus), its name is the prefix.
        QVERIFY(!wizard.bucketPage()->clientBox()->isVisibleTo(&wizard));
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QTRY_COMPARE(QApplication::focusWidget(), wizard.bucketPage()->bucketEdit());
        QCOMPARE(wizard.bucketPage()->prefixEdit()->text(), QStringLiteral("solo/"));
        type(wizard.bucketPage()->bucketEdit(), QStringLiteral("any-bucket"));
        wizard.next();
        type(wizard.keyPage()->accessKeyIdEdit(), QStringLiteral("AKIAEXAMPLE"));
        type(wizard.keyPage()->secretEdit(), QStringLiteral("secret"));
        wizard.next();

        AddStorageTestPage *testPage = wizard.testPage();
        QVERIFY(testPage->isRunning());
        QTRY_VERIFY(testPage->statusText().startsWith(QLatin1String("Checking")));
        QVERIFY(testPage->cancelButton()->isVisibleTo(&wizard));
        // Return while the test runs neither goes back nor stops it.
        QTRY_COMPARE(QApplication::focusWidget(), testPage->cancelButton());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(AddStorageWizard::TestPageId));
        QVERIFY(testPage->isRunning());
        QTest::mouseClick(testPage->cancelButton(), Qt::LeftButton);
        QVERIFY(!testPage->isRunning());
        QVERIFY2(
            testPage->failureText().contains(QLatin1String("stopped")), qPrintable(testPage->failureText()));
        QCOMPARE(testPage->stepOutcome(0), StorageCheckStep::Outcome::Skipped);
        QVERIFY(testPage->retryButton()->isVisibleTo(&wizard));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        // Test again starts over; the wizard's own Cancel stops it too and closes the wizard.
        QTest::mouseClick(testPage->retryButton(), Qt::LeftButton);
        QVERIFY(testPage->isRunning());
        wizard.reject();
        QVERIFY(!testPage->isRunning());
        QVERIFY(!wizard.isVisible());
    }

    void bucketPageRefusesInPlace()
    {
        TestEstate estate;
        const qint64 client = estate.addClient(QStringLiteral("Acme"));
        QVERIFY(estate.addStorage(client, QStringLiteral("taken")));
        AddStorageWizard wizard(estate.database(), client);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillProvider(wizard, m_bed->target().endpoint);
        AddStorageBucketPage *page = wizard.bucketPage();
        type(page->bucketEdit(), QStringLiteral("bucket"));
        type(page->prefixEdit(), QStringLiteral("a//b"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AddStorageWizard::BucketPageId));
        QVERIFY2(page->errorText().contains(QLatin1String("\"..\"")), qPrintable(page->errorText()));
        type(page->prefixEdit(), QStringLiteral("backups"));
        QVERIFY(page->errorText().isEmpty()); // the problem goes once the field changes
        type(page->nameEdit(), QStringLiteral("TAKEN"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AddStorageWizard::BucketPageId));
        QVERIFY2(page->errorText().contains(QLatin1String("already has")), qPrintable(page->errorText()));
        type(page->nameEdit(), QStringLiteral("fresh"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AddStorageWizard::KeyPageId));
        QCOMPARE(page->prefixEdit()->text(), QStringLiteral("backups/")); // shown as it will be stored
    }

    void storagePageOpensTheWizard()
    {
        TestEstate estate;
        QVERIFY(estate.addClient(QStringLiteral("Acme")));
        MainWindow window(estate.database(), false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Storage);
        ListPage *page = window.listPage(MainWindow::Storage);
        QVERIFY(page->isShowingEmptyState());
        QPushButton *button = page->emptyState()->button();
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        AddStorageWizard *wizard = window.findChild<AddStorageWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        wizard->reject();
        QTRY_VERIFY(!window.findChild<AddStorageWizard *>()); // deleted on close
        AddStorageWizard *again = window.openAddStorageWizard();
        QVERIFY(again->isVisible());
        again->reject();
    }
};

QTEST_MAIN(tst_AddStorageWizard)
#include "tst_addstoragewizard.moc"

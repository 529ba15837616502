// The job wizard with Encrypt, offscreen, against a real store and the test run's keychain, the way a
// person meets it: ticking Encrypt for a client without a key offers Create key right there; with the
// key made, the wizard refuses to go on or finish until the recovery kit is saved (or Encrypt is
// off); the kit form writes the file 0600, and that file imports with its passphrase into another
// Cairn, bringing the client's private key along. Once saved, the client's next encrypted job is
// not asked again.
#include "TestEstate.h"

#include "backup/ClientKeyPair.h"
#include "backup/ClientKeyService.h"
#include "dialogs/ClientKeyDialog.h"
#include "secrets/SecretStore.h"
#include "security/RecoveryKitTransfer.h"
#include "security/SecurityFormDialog.h"
#include "store/ClientKeyRepository.h"
#include "store/JobRepository.h"
#include "wizards/AddJobOptionsPage.h"
#include "wizards/AddJobServerPage.h"
#include "wizards/AddJobSourcePage.h"
#include "wizards/AddJobWizard.h"
#include "wizards/AddStorageFieldError.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace cairn;
using cairn::test::TestEstate;

namespace {

// With CAIRN_UI_SCREENSHOTS=DIR each stage is also saved as a PNG to look at.
void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CAIRN_UI_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

const QString Service = QStringLiteral("org.cairnbackup.Cairn.tests.encryptionwizard");
const QString OtherService = QStringLiteral("org.cairnbackup.Cairn.tests.encryptionwizard.imported");

bool writeSecret(const QString &service, const QString &reference, const QByteArray &value)
{
    SecretStore store(service, nullptr);
    QByteArray copy = value;
    SecretJob *job = store.write(reference, SecureBytes::takeFrom(copy));
    QSignalSpy done(job, &SecretJob::finished);
    return done.wait(10000) && job->ok();
}

} // namespace

class tst_EncryptionWizard final : public QObject {
    Q_OBJECT

    std::unique_ptr<TestEstate> m_estate;
    QTemporaryDir m_files;
    qint64 m_client = 0;

    // A wizard for the client on the options page, Encrypt ticked.
    void toOptions(AddJobWizard &wizard, const QString &name)
    {
        wizard.setKeychainService(Service);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.serverPage()->clientId(), m_client);
        wizard.serverPage()->nameEdit()->setText(name);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(AddJobWizard::SourcePageId));
        wizard.sourcePage()->pathsEdit()->setPlainText(QStringLiteral("/srv/www"));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(AddJobWizard::StoragePageId));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(AddJobWizard::OptionsPageId));
        QVERIFY(!wizard.optionsPage()->keyNotice()->isVisible());
        QTest::mouseClick(wizard.optionsPage()->encryptBox(), Qt::LeftButton);
        QVERIFY(wizard.optionsPage()->encryptBox()->isChecked());
        QVERIFY(wizard.optionsPage()->keyNotice()->isVisible());
    }

    // Next stays on the options page with a sentence containing what; Finish saves nothing.
    void refused(AddJobWizard &wizard, const QString &what)
    {
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(AddJobWizard::OptionsPageId));
        const QString shown = wizard.optionsPage()->error()->message();
        QVERIFY2(shown.contains(what), qPrintable(shown));
        QSignalSpy saved(&wizard, &AddJobWizard::jobSaved);
        QSignalSpy failed(&wizard, &AddJobWizard::saveFailed);
        wizard.accept(); // what Finish does
        QCOMPARE(saved.size(), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().at(0).toString().contains(what), qPrintable(failed.first().at(0).toString()));
        QVERIFY(wizard.isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through tests/fixtures/keyring-session.sh, which provides the keychain");
        QVERIFY(m_files.isValid());
        m_estate = std::make_unique<TestEstate>();
        QVERIFY2(m_estate->isValid(), qPrintable(m_estate->lastError()));
        m_client = m_estate->addClient(QStringLiteral("Kit \"Co\" $(id)"));
        QVERIFY2(m_client, qPrintable(m_estate->lastError()));
        QVERIFY(m_estate->addServer(m_client, QStringLiteral("web 1")));
        const qint64 storage = m_estate->addStorage(m_client, QStringLiteral("kit bucket"));
        QVERIFY2(storage, qPrintable(m_estate->lastError()));
        // The kit carries every secret of the client: the storage's must be in the keychain.
        const auto target = StorageRepository(m_estate->database()).findById(storage);
        QVERIFY(target);
        QVERIFY(writeSecret(Service, target->secretRef, "storage secret for the kit"));
    }

    void encryptNeedsKeyThenKit()
    {
        AddJobWizard wizard(m_estate->database(), m_client);
        toOptions(wizard, QStringLiteral("sealed files"));
        AddJobOptionsPage *options = wizard.optionsPage();

        // No key yet: the page offers to make one here, and will not go on without it.
        QVERIFY2(options->keyNotice()->text().contains(QStringLiteral("no encryption key")),
            qPrintable(options->keyNotice()->text()));
        QVERIFY(options->keyAction()->isVisible());
        refused(wizard, QStringLiteral("no encryption key"));
        shot(&wizard, QStringLiteral("wizard-no-key"));

        auto *keyDialog = qobject_cast<ClientKeyDialog *>(options->openKeyAction());
        QVERIFY(keyDialog);
        QCOMPARE(keyDialog->clientId(), m_client);
        QSignalSpy made(keyDialog, &ClientKeyDialog::keyChanged);
        QTest::mouseClick(keyDialog->createButton(), Qt::LeftButton);
        QVERIFY(made.wait(120000));
        keyDialog->close();

        // The key exists, only in this keychain: the kit comes first, in plain words.
        const QString notice = options->keyNotice()->text();
        QVERIFY2(notice.contains(QStringLiteral("nobody - not you, not us - can read these backups")),
            qPrintable(notice));
        QVERIFY(options->keyAction()->isVisible());
        refused(wizard, QStringLiteral("recovery kit"));
        shot(&wizard, QStringLiteral("wizard-kit-needed"));

        // Unticking Encrypt lets the wizard go on: the kit is only needed for encrypted backups.
        QTest::mouseClick(options->encryptBox(), Qt::LeftButton);
        QVERIFY(wizard.problem().isEmpty());
        QTest::mouseClick(options->encryptBox(), Qt::LeftButton);
        QVERIFY(!wizard.problem().isEmpty());

        // The kit form: this client only; mismatched passphrases are refused first.
        auto *form = qobject_cast<SecurityFormDialog *>(options->openKeyAction());
        QVERIFY(form);
        const QString kitPath = m_files.filePath(QStringLiteral("kit \"co\" $(id).cairnkit"));
        form->findChild<QLineEdit *>(QStringLiteral("kitPath"))->setText(kitPath);
        const QString passphrase = QStringLiteral("correct horse battery staple ü");
        form->field(QStringLiteral("passphrase"))->setText(passphrase);
        form->field(QStringLiteral("repeatPassphrase"))->setText(passphrase + QStringLiteral("x"));
        form->accept();
        QVERIFY(form->statusLabel()->text().contains(QStringLiteral("differ")));
        QVERIFY(!QFile::exists(kitPath));
        form->field(QStringLiteral("passphrase"))->setText(passphrase);
        form->field(QStringLiteral("repeatPassphrase"))->setText(passphrase);
        shot(form, QStringLiteral("wizard-kit-form"));
        QSignalSpy formClosed(form, &QDialog::finished);
        form->accept();
        QVERIFY(formClosed.wait(60000));
        QVERIFY2(
            formClosed.first().at(0).toInt() == QDialog::Accepted, qPrintable(form->statusLabel()->text()));

        QVERIFY(QFile::exists(kitPath));
        QCOMPARE(options->savedKitPath(), kitPath);
        struct stat info { };
        QCOMPARE(::stat(QFile::encodeName(kitPath).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0600));
        QVERIFY(options->keyNotice()->text().contains(kitPath));
        QVERIFY(!options->keyAction()->isVisible());
        shot(&wizard, QStringLiteral("wizard-kit-saved"));
        const auto keys = ClientKeyRepository(m_estate->database()).find(m_client);
        QVERIFY(keys && keys->kitSavedAt.isValid() && !keys->needsRecoveryKit());

        // Now the wizard goes on, and finishing saves the encrypted job.
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QVERIFY(wizard.currentId() != int(AddJobWizard::OptionsPageId));
        QSignalSpy saved(&wizard, &AddJobWizard::jobSaved);
        wizard.accept();
        QTRY_COMPARE(saved.size(), 1);
        const auto spec = JobSpec::fromJsonBytes(
            JobRepository(m_estate->database()).specJson(saved.first().at(0).toLongLong()));
        QVERIFY(spec && spec->encrypt);

        // The kit opens with its passphrase in another Cairn (another store, another keychain
        // service) and brings the client's private key: that Cairn can decrypt these backups.
        TestEstate elsewhere;
        QVERIFY(elsewhere.isValid());
        SecretStore otherSecrets(OtherService, nullptr);
        RecoveryKitTransfer transfer(elsewhere.database(), &otherSecrets);
        QFile file(kitPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray kit = file.readAll();
        QByteArray typed = passphrase.toUtf8();
        RecoveryKitJob *imported = transfer.importKit(kit, SecureBytes::takeFrom(typed));
        QSignalSpy importDone(imported, &RecoveryKitJob::finished);
        QVERIFY(importDone.wait(60000));
        QVERIFY2(imported->ok(), qPrintable(imported->errorString()));
        QCOMPARE(imported->clientNames(), QStringList { QStringLiteral("Kit \"Co\" $(id)") });
        const auto importedClient
            = ClientRepository(elsewhere.database()).find(QStringLiteral("Kit \"Co\" $(id)"));
        QVERIFY(importedClient);
        const auto importedKeys = ClientKeyRepository(elsewhere.database()).find(importedClient->id);
        QVERIFY(importedKeys && importedKeys->hasPrivate);
        QCOMPARE(importedKeys->fingerprint, keys->fingerprint);
        ClientKeyService importedService(elsewhere.database(), &otherSecrets, nullptr);
        SecureBytes privateKey;
        QString readError = QStringLiteral("no answer");
        importedService.readPrivateKey(
            importedClient->id, [&](SecureBytes key, const ClientKeyService::Result &r) {
                privateKey = std::move(key);
                readError = r.error;
            });
        QTRY_VERIFY(readError != QLatin1String("no answer"));
        QVERIFY2(readError.isEmpty(), qPrintable(readError));
        QCOMPARE(ClientKeyPair::publicKeyOf(privateKey), keys->publicKeyPem);

        // A wrong passphrase opens nothing.
        QByteArray wrong("correct horse battery stapl");
        RecoveryKitJob *refusedImport = transfer.importKit(kit, SecureBytes::takeFrom(wrong));
        QSignalSpy refusedDone(refusedImport, &RecoveryKitJob::finished);
        QVERIFY(refusedDone.wait(60000));
        QVERIFY(!refusedImport->ok());
    }

    void nextEncryptedJobIsNotAskedAgain()
    {
        // Runs after encryptNeedsKeyThenKit: the client has its key and its kit.
        const auto keys = ClientKeyRepository(m_estate->database()).find(m_client);
        QVERIFY(keys && keys->canEncrypt() && !keys->needsRecoveryKit());
        AddJobWizard wizard(m_estate->database(), m_client);
        toOptions(wizard, QStringLiteral("more sealed files"));
        QVERIFY(!wizard.optionsPage()->keyAction()->isVisible());
        QVERIFY(wizard.problem().isEmpty());
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QVERIFY(wizard.currentId() != int(AddJobWizard::OptionsPageId));
    }
};

QTEST_MAIN(tst_EncryptionWizard)
#include "tst_encryptionwizard.moc"

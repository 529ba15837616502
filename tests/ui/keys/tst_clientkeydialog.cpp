// The client's Encryption key dialog, offscreen, against a real store and the test run's keychain:
// Create key makes an RSA-4096 pair off the GUI thread (a busy bar meanwhile), the private half lands
// in the keychain and the dialog shows its fingerprint; a public key only is taken as pasted, and
// said plainly to leave restores to whoever holds the private key; a private key, a short key or
// garbage pasted there is refused with its sentence and nothing is saved.
#include "TestEstate.h"

#include "backup/ClientKeyPair.h"
#include "backup/ClientKeyService.h"
#include "dialogs/ClientKeyDialog.h"
#include "models/StoreTableModel.h"
#include "store/ClientKeyRepository.h"
#include "views/ListPage.h"
#include "views/MainWindow.h"
#include "wizards/AddStorageFieldError.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

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

const QString Service = QStringLiteral("org.cairnbackup.Cairn.tests.clientkeydialog");

// An RSA key of the given size as PEM ("PUBLIC KEY" or unencrypted PKCS#8 "PRIVATE KEY").
QByteArray rsaPem(int bits, bool privateKey)
{
    EVP_PKEY *key = EVP_RSA_gen(static_cast<unsigned>(bits));
    if (!key)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    if (privateKey)
        PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    else
        PEM_write_bio_PUBKEY(bio, key);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(size));
    BIO_free(bio);
    EVP_PKEY_free(key);
    return pem;
}

} // namespace

class tst_ClientKeyDialog final : public QObject {
    Q_OBJECT

    std::unique_ptr<TestEstate> m_estate;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through tests/fixtures/keyring-session.sh, which provides the keychain");
        m_estate = std::make_unique<TestEstate>();
        QVERIFY2(m_estate->isValid(), qPrintable(m_estate->lastError()));
    }

    void createKey()
    {
        // A name a person could type, shown as text (the title is not markup).
        const QString name = QStringLiteral("<b>O'Brien</b> $(id) & Söhne");
        const qint64 client = m_estate->addClient(name);
        QVERIFY2(client, qPrintable(m_estate->lastError()));
        ClientKeyDialog dialog(m_estate->database(), client, Service);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.windowTitle().contains(name));
        QVERIFY(dialog.stateLabel()->text().contains(QStringLiteral("no encryption key")));
        QVERIFY(dialog.createButton()->isVisible());
        QVERIFY(dialog.publicOnlyButton()->isVisible());
        shot(&dialog, QStringLiteral("key-none"));

        QSignalSpy changed(&dialog, &ClientKeyDialog::keyChanged);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        // Generation runs on another thread: the dialog says it is busy and cannot be asked twice.
        QVERIFY(dialog.isBusy());
        QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("keyBusy"))->isVisible());
        QVERIFY(!dialog.createButton()->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Escape); // waits for the key rather than leaving it half made
        QVERIFY(dialog.isVisible());
        shot(&dialog, QStringLiteral("key-busy"));
        QVERIFY(changed.wait(120000));
        QCOMPARE(changed.first().at(0).toLongLong(), client);
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.error()->message().isEmpty());

        const auto keys = ClientKeyRepository(m_estate->database()).find(client);
        QVERIFY(keys && keys->canEncrypt());
        QVERIFY(keys->hasPrivate);
        QVERIFY(keys->keyCreatedAt.isValid());
        QVERIFY(keys->needsRecoveryKit()); // made just now, no kit yet
        QVERIFY(dialog.stateLabel()->text().contains(QStringLiteral("has an encryption key")));
        const QString details = dialog.findChild<QLabel *>(QStringLiteral("keyDetails"))->text();
        QVERIFY2(details.contains(keys->fingerprint), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("keychain")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("recovery kit")), qPrintable(details));
        QVERIFY(!dialog.createButton()->isVisible());
        shot(&dialog, QStringLiteral("key-created"));

        // The private half is really in the keychain, and it belongs to the stored public key.
        ClientKeyService service(m_estate->database(), Service, nullptr);
        SecureBytes privateKey;
        bool answered = false;
        service.readPrivateKey(client, [&](SecureBytes key, const ClientKeyService::Result &result) {
            QVERIFY2(result.ok(), qPrintable(result.error));
            privateKey = std::move(key);
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(ClientKeyPair::publicKeyOf(privateKey), keys->publicKeyPem);
        QCOMPARE(ClientKeyPair::fingerprint(keys->publicKeyPem), keys->fingerprint);

        // A second dialog opens on the key as it is; nothing offers to replace it.
        ClientKeyDialog again(m_estate->database(), client, Service);
        QVERIFY(!again.createButton()->isVisibleTo(&again));
        QVERIFY(!again.publicOnlyButton()->isVisibleTo(&again));
    }

    void reachableFromTheClientsPage()
    {
        const qint64 client = m_estate->addClient(QStringLiteral("Clients page Co"));
        QVERIFY2(client, qPrintable(m_estate->lastError()));
        MainWindow window(m_estate->database(), false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Clients);
        ListPage *page = window.listPage(MainWindow::Clients);
        QTRY_VERIFY(page->isLoaded());
        int row = -1;
        for (int r = 0; r < page->view()->model()->rowCount(); ++r) {
            if (page->view()->model()->index(r, 0).data(StoreTableModel::IdRole).toLongLong() == client)
                row = r;
        }
        QVERIFY(row >= 0);
        page->view()->selectRow(row);
        auto *button = page->findChild<QPushButton *>(QStringLiteral("clientKeyButton"));
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = window.findChild<ClientKeyDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->clientId(), client);
        QTRY_VERIFY(dialog->isVisible());
        shot(&window, QStringLiteral("clients-page"));
        dialog->close();
    }

    void publicKeyOnly_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addColumn<QString>("refusal"); // part of the sentence; empty: accepted
        QTest::addRow("RSA-4096 public key") << rsaPem(4096, false) << QString();
        QTest::addRow("private key") << rsaPem(4096, true) << QStringLiteral("private");
        QTest::addRow("RSA-2048 is too short") << rsaPem(2048, false) << QStringLiteral("4096");
        QTest::addRow("garbage") << QByteArray(
            "$(touch /tmp/pwned)\n-----BEGIN PUBLIC KEY-----\nnot base64\n")
                                 << QStringLiteral("PEM");
        QTest::addRow("non-UTF-8") << QByteArray("\xff\xfe\x80 key") << QStringLiteral("PEM");
    }

    void publicKeyOnly()
    {
        QFETCH(QByteArray, pem);
        QFETCH(QString, refusal);
        QVERIFY(!pem.isEmpty());
        const qint64 client = m_estate->addClient(
            QStringLiteral("public only %1").arg(QString::fromUtf8(QTest::currentDataTag())));
        QVERIFY2(client, qPrintable(m_estate->lastError()));
        ClientKeyDialog dialog(m_estate->database(), client, Service);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.publicKeyEdit()->isVisible());
        QTest::mouseClick(dialog.publicOnlyButton(), Qt::LeftButton);
        QVERIFY(dialog.publicKeyEdit()->isVisible());
        dialog.publicKeyEdit()->setPlainText(QString::fromUtf8(pem));
        shot(&dialog, QStringLiteral("key-paste-%1").arg(QString::fromUtf8(QTest::currentDataTag())));

        QSignalSpy changed(&dialog, &ClientKeyDialog::keyChanged);
        QTest::mouseClick(dialog.usePublicKeyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
        const auto keys = ClientKeyRepository(m_estate->database()).find(client);
        if (!refusal.isEmpty()) {
            QVERIFY2(dialog.error()->message().contains(refusal, Qt::CaseInsensitive),
                qPrintable(dialog.error()->message()));
            QCOMPARE(changed.size(), 0);
            QVERIFY(!keys || !keys->canEncrypt());
            QVERIFY(dialog.publicKeyEdit()->isVisible()); // what was pasted stays, to be corrected
            shot(&dialog, QStringLiteral("key-refused-%1").arg(QString::fromUtf8(QTest::currentDataTag())));
            return;
        }
        QCOMPARE(changed.size(), 1);
        QVERIFY2(dialog.error()->message().isEmpty(), qPrintable(dialog.error()->message()));
        QVERIFY(keys && keys->canEncrypt());
        QVERIFY(!keys->hasPrivate);
        QVERIFY(!keys->needsRecoveryKit()); // Cairn holds no private key a kit could save
        QVERIFY(dialog.stateLabel()->text().contains(QStringLiteral("public key only")));
        const QString details = dialog.findChild<QLabel *>(QStringLiteral("keyDetails"))->text();
        QVERIFY2(details.contains(QStringLiteral("Cairn cannot restore")), qPrintable(details));
        QVERIFY(details.contains(keys->fingerprint));
        shot(&dialog, QStringLiteral("key-public-only"));
    }
};

QTEST_MAIN(tst_ClientKeyDialog)
#include "tst_clientkeydialog.moc"

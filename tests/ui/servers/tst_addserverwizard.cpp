// The Add Server wizard driven like a person would, offscreen, against a real sshd and the real
// keychain: hostile input refused on the first page, the fingerprint shown for confirmation, a
// wrong password that shows the sentence and keeps every field, the right one installing the key,
// pasting the line by hand, Cancel while a server says nothing, and editing and removing a
// server. With CAIRN_UI_SCREENSHOTS=DIR each page is also saved as a PNG to look at.
#include "PeerFixture.h"
#include "dialogs/EditServerDialog.h"
#include "dialogs/RemoveServerDialog.h"
#include "models/StoreTableModel.h"
#include "ssh/SshLibrary.h"
#include "store/ClientRepository.h"
#include "store/ServerRepository.h"
#include "store/SshKeyRepository.h"
#include "views/EmptyState.h"
#include "views/ListPage.h"
#include "views/MainWindow.h"
#include "wizards/AddServerAccessPage.h"
#include "wizards/AddServerChecksPage.h"
#include "wizards/AddServerDetailsPage.h"
#include "wizards/AddServerHostKeyPage.h"
#include "wizards/AddServerStatus.h"
#include "wizards/AddServerWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>

using namespace cairn;
using namespace cairn::test;

namespace {

const QString kPasswordUser = QStringLiteral("cairn-ui-srv");
constexpr int kNetworkTimeout = 60000;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CAIRN_UI_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void fillDetails(
    AddServerWizard &wizard, const QString &name, const QString &host, int port, const QString &user)
{
    AddServerDetailsPage *page = wizard.detailsPage();
    page->nameEdit()->clear();
    QTest::keyClicks(page->nameEdit(), name);
    page->hostEdit()->clear();
    QTest::keyClicks(page->hostEdit(), host);
    page->portBox()->setValue(port);
    page->userEdit()->clear();
    QTest::keyClicks(page->userEdit(), user);
}

} // namespace

class TestAddServerWizard final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_client = 0;
    std::unique_ptr<PeerFixture> m_sshd;
    std::unique_ptr<PeerFixture> m_passwordSshd;
    QString m_home;

    QString host() const { return m_sshd->value(QStringLiteral("HOST")); }

    // Page 1 filled, Next, and the fingerprint on screen.
    bool reachFingerprint(
        AddServerWizard &wizard, const PeerFixture &sshd, const QString &name, const QString &user)
    {
        fillDetails(wizard, name, sshd.value(QStringLiteral("HOST")),
            sshd.value(QStringLiteral("PORT")).toInt(), user);
        wizard.next();
        if (wizard.currentId() != AddServerWizard::HostKeyPageId)
            return false;
        return QTest::qWaitFor(
            [&] {
                return wizard.hostKeyPage()->shownFingerprint()
                    == sshd.value(QStringLiteral("HOST_KEY_SHA256"));
            },
            kNetworkTimeout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(SshLibrary::initialize());
        StoreError error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("cairn.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        m_client = ClientRepository(m_db).add(QStringLiteral("Acme"), QString(), &error);
        QVERIFY(m_client);
        m_sshd = PeerFixture::start(QStringLiteral("sshd"));
        if (!m_sshd)
            QFAIL(qPrintable(PeerFixture::lastError()));
        m_passwordSshd = PeerFixture::start(QStringLiteral("sshd"),
            { QStringLiteral("--password-user"), kPasswordUser, QStringLiteral("--config"),
                QStringLiteral("AuthorizedKeysFile .ssh/authorized_keys") });
        if (!m_passwordSshd)
            QFAIL(qPrintable(PeerFixture::lastError()));
        const passwd *account = getpwnam(kPasswordUser.toUtf8().constData());
        QVERIFY(account);
        m_home = QString::fromLocal8Bit(account->pw_dir);
        QVERIFY(QDir(m_home + QStringLiteral("/.ssh")).removeRecursively());
    }

    void hostileInputStaysOnTheFirstPage_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("field");
        QTest::addRow("empty host") << QString() << QStringLiteral("root") << QStringLiteral("host");
        QTest::addRow("host with space")
            << QStringLiteral("web server") << QStringLiteral("root") << QStringLiteral("host");
        QTest::addRow("host with command")
            << QStringLiteral("$(reboot)") << QStringLiteral("root") << QStringLiteral("host");
        QTest::addRow("host as option")
            << QStringLiteral("-oProxyCommand=id") << QStringLiteral("root") << QStringLiteral("host");
        QTest::addRow("user with semicolon")
            << QStringLiteral("127.0.0.1") << QStringLiteral("root;id") << QStringLiteral("user");
        QTest::addRow("user with quote")
            << QStringLiteral("127.0.0.1") << QStringLiteral("o'neil") << QStringLiteral("user");
        QTest::addRow("empty user") << QStringLiteral("127.0.0.1") << QString() << QStringLiteral("user");
    }

    void hostileInputStaysOnTheFirstPage()
    {
        QFETCH(QString, host);
        QFETCH(QString, user);
        QFETCH(QString, field);
        AddServerWizard wizard(m_db, m_client);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillDetails(wizard, QStringLiteral("hostile"), host, 22, user);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AddServerWizard::DetailsPageId));
        AddServerDetailsPage *page = wizard.detailsPage();
        QWidget *wrong
            = field == QLatin1String("host") ? static_cast<QWidget *>(page->hostEdit()) : page->userEdit();
        const QString error = page->errorFor(wrong);
        QVERIFY2(!error.isEmpty() && !error.contains(QLatin1Char('\n')), qPrintable(error));
        // Nothing the person typed is lost.
        QCOMPARE(page->hostEdit()->text(), host);
        QCOMPARE(page->userEdit()->text(), user);
        QCOMPARE(page->nameEdit()->text(), QStringLiteral("hostile"));
        if (QTest::currentDataTag() == QByteArray("host with command"))
            shot(&wizard, QStringLiteral("add-server-1-error"));
    }

    void passwordInstallEndToEnd()
    {
        AddServerWizard wizard(m_db, m_client);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        shot(&wizard, QStringLiteral("add-server-1-details"));
        QVERIFY(reachFingerprint(wizard, *m_passwordSshd, QStringLiteral("files"), kPasswordUser));
        AddServerHostKeyPage *hostKey = wizard.hostKeyPage();
        QVERIFY(hostKey->findChild<QLabel *>(QStringLiteral("compareHint"))
                    ->text()
                    .contains(QLatin1String("ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub")));
        QCOMPARE(hostKey->findChild<QLabel *>(QStringLiteral("keyType"))->text(),
            QStringLiteral("Key type: ED25519"));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        shot(&wizard, QStringLiteral("add-server-2-fingerprint"));
        QVERIFY(ServerRepository(m_db).list(0).isEmpty()); // nothing saved before the end

        wizard.next();
        QCOMPARE(wizard.currentId(), int(AddServerWizard::AccessPageId));
        AddServerAccessPage *access = wizard.accessPage();
        QVERIFY(access->installOption()->isChecked());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no password yet
        QTest::keyClicks(access->passwordEdit(), QStringLiteral("not the password"));
        shot(&wizard, QStringLiteral("add-server-3-access"));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy() && !access->status()->isHidden()
                && access->status()->text().contains(QLatin1String("refused the password")),
            kNetworkTimeout);
        shot(&wizard, QStringLiteral("add-server-3-wrong-password"));
        // The sentence, and every field as it was.
        QCOMPARE(wizard.currentId(), int(AddServerWizard::AccessPageId));
        QCOMPARE(access->passwordEdit()->text(), QStringLiteral("not the password"));
        QVERIFY(access->installOption()->isChecked());
        QCOMPARE(wizard.detailsPage()->nameEdit()->text(), QStringLiteral("files"));
        QCOMPARE(wizard.detailsPage()->userEdit()->text(), kPasswordUser);
        QCOMPARE(wizard.detailsPage()->hostEdit()->text(), host());
        QVERIFY(!QFile::exists(m_home + QStringLiteral("/.ssh/authorized_keys")));
        QVERIFY(ServerRepository(m_db).list(0).isEmpty());

        access->passwordEdit()->clear();
        QTest::keyClicks(access->passwordEdit(), m_passwordSshd->value(QStringLiteral("PASSWORD")));
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(AddServerWizard::ChecksPageId), kNetworkTimeout);
        QVERIFY(access->passwordEdit()->text().isEmpty()); // used once
        AddServerChecksPage *checks = wizard.checksPage();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.hasReport() && !checks->shownChecks().isEmpty(), kNetworkTimeout);
        QVERIFY2(checks->shownChecks().join(u'\n').contains(QLatin1String("Bash")),
            qPrintable(checks->shownChecks().join(u'\n')));
        QVERIFY(!checks->summary()->text().isEmpty());
        QTRY_VERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        shot(&wizard, QStringLiteral("add-server-4-checks"));

        // Check again runs the preflight once more with the key.
        checks->checkAgainButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.hasReport() && !wizard.isBusy(), kNetworkTimeout);

        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        const auto saved = ServerRepository(m_db).findById(wizard.serverId());
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("files"));
        QCOMPARE(saved->username, kPasswordUser);
        QCOMPARE(saved->hostKeyFingerprint, m_passwordSshd->value(QStringLiteral("HOST_KEY_SHA256")));
        const auto key = SshKeyRepository(m_db).findById(saved->sshKeyId);
        QVERIFY(key);
        QCOMPARE(key->name, QStringLiteral("Cairn key for Acme"));
        QCOMPARE(readAll(m_home + QStringLiteral("/.ssh/authorized_keys")),
            "restrict " + key->publicKey.toUtf8() + '\n');
        const QByteArray password = m_passwordSshd->value(QStringLiteral("PASSWORD")).toUtf8();
        QVERIFY(!readAll(m_db->path()).contains(password));
        QVERIFY(!readAll(m_db->path() + QStringLiteral("-wal")).contains(password));
    }

    void pastingTheLineByHand()
    {
        AddServerWizard wizard(m_db, m_client);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(
            reachFingerprint(wizard, *m_sshd, QStringLiteral("web"), m_sshd->value(QStringLiteral("USER"))));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AddServerWizard::AccessPageId));
        AddServerAccessPage *access = wizard.accessPage();
        access->manualOption()->click();
        const auto key = SshKeyRepository(m_db).find(m_client, QStringLiteral("Cairn key for Acme"));
        QVERIFY(key);
        const QString line = QStringLiteral("restrict ") + key->publicKey;
        QCOMPARE(access->lineView()->toPlainText(), line);
        access->copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), line);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // not confirmed yet
        shot(&wizard, QStringLiteral("add-server-3-manual"));

        // Confirmed before the line is really there: the sentence, and the choice is kept.
        access->addedCheck()->setChecked(true);
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy() && !access->status()->isHidden()
                && access->status()->text().contains(QLatin1String("does not accept Cairn's key")),
            kNetworkTimeout);
        QVERIFY(access->manualOption()->isChecked());
        QVERIFY(access->addedCheck()->isChecked());
        QCOMPARE(wizard.currentId(), int(AddServerWizard::AccessPageId));

        QFile authorized(m_sshd->value(QStringLiteral("AUTHORIZED_KEYS")));
        QVERIFY(authorized.open(QIODevice::Append));
        authorized.write(QGuiApplication::clipboard()->text().toUtf8() + '\n');
        authorized.close();
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(AddServerWizard::ChecksPageId), kNetworkTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), kNetworkTimeout);
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(ServerRepository(m_db).findById(wizard.serverId())->hostKeyFingerprint,
            m_sshd->value(QStringLiteral("HOST_KEY_SHA256")));
    }

    void cancelWhileTheServerSaysNothing()
    {
        QTcpServer silent; // accepts TCP, never speaks SSH
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        AddServerWizard wizard(m_db, m_client);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillDetails(wizard, QStringLiteral("silent"), QStringLiteral("127.0.0.1"), silent.serverPort(),
            QStringLiteral("backup"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AddServerWizard::HostKeyPageId));
        AddServerStatus *status = wizard.hostKeyPage()->status();
        QTRY_VERIFY_WITH_TIMEOUT(
            wizard.isBusy() && status->text().contains(QLatin1String("Connecting")), 30000);
        QVERIFY(status->cancelButton()->isVisible());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        shot(&wizard, QStringLiteral("add-server-2-connecting"));
        status->cancelButton()->click();
        QVERIFY(!wizard.isBusy());
        QVERIFY2(status->text().contains(QLatin1String("cancelled")), qPrintable(status->text()));
        QVERIFY(status->retryButton()->isVisible());
        wizard.back();
        QCOMPARE(wizard.currentId(), int(AddServerWizard::DetailsPageId));
        QCOMPARE(wizard.detailsPage()->nameEdit()->text(), QStringLiteral("silent"));
        QCOMPARE(wizard.detailsPage()->portBox()->value(), int(silent.serverPort()));
        QVERIFY(!ServerRepository(m_db).find(m_client, QStringLiteral("silent")));
    }

    void connectionRefusedShowsTheSentence()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        AddServerWizard wizard(m_db, m_client);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillDetails(
            wizard, QStringLiteral("refused"), QStringLiteral("127.0.0.1"), port, QStringLiteral("backup"));
        wizard.next();
        AddServerStatus *status = wizard.hostKeyPage()->status();
        QTRY_VERIFY_WITH_TIMEOUT(
            status->text().contains(QLatin1String("refused the connection")), kNetworkTimeout);
        QVERIFY(status->retryButton()->isVisible());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        shot(&wizard, QStringLiteral("add-server-2-refused"));
    }

    void editAndRemove()
    {
        const auto files = ServerRepository(m_db).find(m_client, QStringLiteral("files"));
        QVERIFY(files);
        {
            EditServerDialog dialog(m_db, files->id);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.hostKeyLabel()->text().contains(files->hostKeyFingerprint));
            dialog.checkHostKeyButton()->click();
            auto *presented = dialog.findChild<QLabel *>(QStringLiteral("presentedHostKey"));
            QTRY_VERIFY_WITH_TIMEOUT(
                presented->text().contains(QLatin1String("still shows")), kNetworkTimeout);
            QVERIFY(!dialog.trustButton()->isVisible());
            shot(&dialog, QStringLiteral("edit-server"));
            dialog.nameEdit()->setText(QStringLiteral("file server"));
            dialog.userEdit()->setText(QStringLiteral("bad;user"));
            dialog.accept();
            QVERIFY(dialog.isVisible()); // refused, kept open with the sentence
            QVERIFY(!dialog.status()->text().isEmpty());
            dialog.userEdit()->setText(kPasswordUser);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(ServerRepository(m_db).findById(files->id)->name, QStringLiteral("file server"));

        RemoveServerDialog dialog(m_db, files->id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.removeKeyCheck()->isChecked());
        shot(&dialog, QStringLiteral("remove-server"));
        dialog.removeButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), kNetworkTimeout);
        QVERIFY(!ServerRepository(m_db).findById(files->id));
        QCOMPARE(readAll(m_home + QStringLiteral("/.ssh/authorized_keys")), QByteArray());
    }

    void serversPageOpensTheWizard()
    {
        MainWindow window(m_db, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Servers);
        ListPage *page = window.listPage(MainWindow::Servers);
        QTRY_VERIFY(page->isLoaded());
        QCOMPARE(page->model()->rowCount(), 1); // "web" from the manual test
        auto *add = page->findChild<QPushButton *>(QStringLiteral("addServerButton"));
        QVERIFY(add && add->isVisible());
        auto *edit = page->findChild<QPushButton *>(QStringLiteral("editServerButton"));
        QVERIFY(edit && !edit->isEnabled()); // nothing selected yet
        page->view()->selectRow(0);
        QVERIFY(edit->isEnabled());
        shot(&window, QStringLiteral("servers-page"));
        add->click();
        auto *wizard = window.findChild<AddServerWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        wizard->reject();
        QTRY_VERIFY(!window.findChild<AddServerWizard *>());
    }
};

QTEST_MAIN(TestAddServerWizard)
#include "tst_addserverwizard.moc"

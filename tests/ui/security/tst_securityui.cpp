// The app lock as a person meets it, offscreen: the lock screen at start, two-factor set up in
// Settings > Security and then used to unlock with a code the test computes from the enrolled
// secret, wrong and used codes refused, a password reset that keeps two-factor, a sensitive action
// (removing a server) that asks again, and the audit viewer's filters and CSV export.
#include "TestEstate.h"
#include "dialogs/RemoveServerDialog.h"
#include "dialogs/SettingsDialog.h"
#include "security/AppLock.h"
#include "security/AuditLog.h"
#include "security/AuditLogDialog.h"
#include "security/LockOverlay.h"
#include "security/LockSession.h"
#include "security/ReauthGate.h"
#include "security/RecoveryCodes.h"
#include "security/SecurityFormDialog.h"
#include "security/SecurityPage.h"
#include "security/Totp.h"
#include "security/TwoFactorEnrolDialog.h"
#include "security/UnlockForm.h"
#include "views/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace cairn;
using cairn::test::TestEstate;

namespace {

const QByteArray masterPassword("correct horse battery");

struct FakeClock {
    std::shared_ptr<qint64> ms = std::make_shared<qint64>(QDateTime::currentMSecsSinceEpoch());
    AppLock::Clock clock() const
    {
        return [ms = ms] { return *ms; };
    }
    void advance(qint64 delta) { *ms += delta; }
    qint64 seconds() const { return *ms / 1000; }
};

// The TOTP secret inside an otpauth:// URI, as an authenticator app reads it.
SecureBytes secretOf(const QString &uri)
{
    const QString encoded = QUrlQuery(QUrl(uri)).queryItemValue(QStringLiteral("secret"));
    return Totp::base32Decode(encoded.toLatin1()).value_or(SecureBytes());
}

// A code that is wrong now: one the app would show an hour from now, unless that one happens to
// be valid too (then another).
QString wrongCode(const SecureBytes &secret, qint64 now)
{
    for (qint64 offset = 3600;; offset += 3600) {
        const QString code = Totp::codeAt(secret.view(), now + offset);
        if (!Totp::verify(secret.view(), code, now))
            return code;
    }
}

// Types into the unlock form and submits; returns once the check is over. A right answer may
// close the dialog that holds the form, which then deletes it: the pointer is guarded.
void attempt(UnlockForm *unlockForm, const QByteArray &password, const QString &code)
{
    const QPointer<UnlockForm> form = unlockForm;
    QTRY_VERIFY_WITH_TIMEOUT(form->unlockButton()->isEnabled(), 10000);
    form->passwordEdit()->setText(QString::fromUtf8(password));
    form->codeEdit()->setText(code);
    form->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!form || !form->isBusy(), 30000);
}

template <typename Dialog> Dialog *latest(QWidget *parent)
{
    const QList<Dialog *> all = parent->findChildren<Dialog *>();
    return all.isEmpty() ? nullptr : all.last();
}

} // namespace

class tst_SecurityUi final : public QObject {
    Q_OBJECT

    std::unique_ptr<TestEstate> m_estate;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CairnTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_securityui"));
        qputenv("CAIRN_SKIP_KEYCHAIN_CHECK", "1");
    }
    void init()
    {
        QSettings().clear();
        m_estate = std::make_unique<TestEstate>();
        QVERIFY2(m_estate->isValid(), qPrintable(m_estate->lastError()));
    }
    void cleanup()
    {
        m_estate.reset();
        QSettings().clear();
    }

    void lockOffMeansNoLockScreen()
    {
        MainWindow window(m_estate->database(), false);
        window.show();
        QVERIFY(!window.lockOverlay()->isLocked());
        window.lockNow(); // the lock is off: nothing to cover
        QVERIFY(!window.lockOverlay()->isLocked());
        QVERIFY(window.menuBar()->isEnabled());
    }

    void twoFactorEnrolUnlockAndReset()
    {
        const auto db = m_estate->database();
        QVERIFY(AppLock(db).enable(SecureBytes(QByteArrayView(masterPassword))).ok());

        MainWindow window(db, false);
        FakeClock clock;
        window.lockSession()->setClock(clock.clock());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LockOverlay *overlay = window.lockOverlay();
        QVERIFY2(overlay->isLocked(), "the lock is on: the window starts covered");
        QVERIFY(!window.centralWidget()->isEnabled());
        QVERIFY(!window.menuBar()->isEnabled());
        UnlockForm *form = overlay->form();
        QVERIFY2(form->codeEdit()->isHidden(), "no two-factor yet: no code field");

        // A wrong password is refused with a back-off shown as a countdown.
        attempt(form, "wrong password!", QString());
        QVERIFY(overlay->isLocked());
        QVERIFY(!form->unlockButton()->isEnabled());
        QVERIFY2(form->statusLabel()->text().contains(QStringLiteral("second")),
            qPrintable(form->statusLabel()->text()));
        clock.advance(2000);
        attempt(form, masterPassword, QString());
        QVERIFY(!overlay->isLocked());
        QVERIFY(window.centralWidget()->isEnabled());

        // Settings > Security: set up two-factor with the QR code's secret.
        SettingsDialog *settings = window.openSettingsDialog();
        QVERIFY(settings->securityPage());
        SecurityPage *page = settings->securityPage();
        TwoFactorEnrolDialog *enrol = page->openEnrolTwoFactor();
        QVERIFY(enrol->uriEdit()->text().startsWith(QStringLiteral("otpauth://totp/")));
        const SecureBytes secret = secretOf(enrol->uriEdit()->text());
        QCOMPARE(secret.size(), Totp::SecretBytes);
        QSignalSpy enrolled(enrol, &TwoFactorEnrolDialog::enrolled);
        enrol->codeEdit()->setText(wrongCode(secret, clock.seconds()));
        enrol->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!enrol->statusLabel()->text().startsWith(QStringLiteral("Checking")), 30000);
        QCOMPARE(enrolled.count(), 0);
        QVERIFY2(!AppLock(db).isTwoFactorEnabled(), "a wrong code stores nothing");
        enrol->codeEdit()->setText(Totp::codeAt(secret.view(), clock.seconds()));
        enrol->accept();
        QVERIFY(enrolled.wait(30000));
        const QStringList codes = enrolled.first().first().toStringList();
        QCOMPARE(codes.size(), RecoveryCodes::Count);
        QVERIFY(AppLock(db).isTwoFactorEnabled());
        settings->reject();

        // Locked again: password and code now.
        clock.advance(31000); // a fresh TOTP step: the enrolment's code is used
        window.lockNow();
        QVERIFY(overlay->isLocked());
        QVERIFY2(!form->codeEdit()->isHidden(), "two-factor on: the code field shows");
        attempt(form, masterPassword, wrongCode(secret, clock.seconds()));
        QVERIFY2(overlay->isLocked(), "a wrong code is refused");
        clock.advance(2000);
        attempt(form, masterPassword, Totp::codeAt(secret.view(), clock.seconds()));
        QVERIFY2(!overlay->isLocked(), qPrintable(form->statusLabel()->text()));

        // A recovery code works once.
        window.lockNow();
        attempt(form, masterPassword, codes.at(0));
        QVERIFY2(!overlay->isLocked(), qPrintable(form->statusLabel()->text()));
        window.lockNow();
        attempt(form, masterPassword, codes.at(0));
        QVERIFY2(overlay->isLocked(), "a used recovery code is refused");
        clock.advance(5000);
        clock.advance(31000);
        attempt(form, masterPassword, Totp::codeAt(secret.view(), clock.seconds()));
        QVERIFY2(!overlay->isLocked(), qPrintable(form->statusLabel()->text()));

        // A forgotten password reset with a recovery code: two-factor stays on.
        settings = window.openSettingsDialog();
        SecurityFormDialog *reset = settings->securityPage()->openResetPassword();
        const QByteArray newPassword("a brand new master password");
        reset->field(QStringLiteral("recoveryCode"))->setText(codes.at(1));
        reset->field(QStringLiteral("newPassword"))->setText(QString::fromUtf8(newPassword));
        reset->field(QStringLiteral("repeatPassword"))->setText(QString::fromUtf8(newPassword));
        QSignalSpy resetDone(reset, &QDialog::accepted);
        reset->accept();
        QVERIFY2(resetDone.wait(30000), qPrintable(reset->statusLabel()->text()));
        QVERIFY(AppLock(db).isTwoFactorEnabled());
        settings->reject();

        clock.advance(31000);
        window.lockNow();
        QVERIFY2(!form->codeEdit()->isHidden(), "two-factor still asks for a code after the reset");
        attempt(form, masterPassword, Totp::codeAt(secret.view(), clock.seconds()));
        QVERIFY2(overlay->isLocked(), "the old password no longer opens");
        clock.advance(5000);
        clock.advance(31000);
        attempt(form, newPassword, Totp::codeAt(secret.view(), clock.seconds()));
        QVERIFY2(!overlay->isLocked(), qPrintable(form->statusLabel()->text()));
    }

    void lockHidesOpenDialogsAndBringsThemBack()
    {
        const auto db = m_estate->database();
        QVERIFY(AppLock(db).enable(SecureBytes(QByteArrayView(masterPassword))).ok());
        MainWindow window(db, false);
        window.show();
        attempt(window.lockOverlay()->form(), masterPassword, QString());
        QVERIFY(!window.lockOverlay()->isLocked());
        SettingsDialog *settings = window.openSettingsDialog();
        QVERIFY(settings->isVisible());
        window.lockNow();
        QVERIFY(!settings->isVisible());
        attempt(window.lockOverlay()->form(), masterPassword, QString());
        QVERIFY(settings->isVisible());
    }

    void removingAServerAsksAgain()
    {
        const auto db = m_estate->database();
        const qint64 client = m_estate->addClient(QStringLiteral("Acme"));
        const qint64 server = m_estate->addServer(client, QStringLiteral("db1"));
        QVERIFY2(server, qPrintable(m_estate->lastError()));
        QVERIFY(AppLock(db).enable(SecureBytes(QByteArrayView(masterPassword))).ok());

        MainWindow window(db, false);
        FakeClock clock;
        window.lockSession()->setClock(clock.clock());
        window.show();
        attempt(window.lockOverlay()->form(), masterPassword, QString());
        QVERIFY(!window.lockOverlay()->isLocked());

        RemoveServerDialog *dialog = window.openRemoveServerDialog(server);
        QVERIFY(dialog);
        dialog->removeKeyCheck()->setChecked(false); // no SSH: this test is about the gate
        dialog->accept();
        auto *gate = dialog->findChild<ReauthGate *>();
        QVERIFY2(gate, "removing a server asks for the master password again");
        QVERIFY(gate->isVisible());
        attempt(gate->form(), "not the password", QString());
        QVERIFY(gate->isVisible());
        QVERIFY2(ServerRepository(db).findById(server).has_value(), "a wrong password removes nothing");
        gate->reject();
        QVERIFY(ServerRepository(db).findById(server).has_value());

        clock.advance(2000);
        QSignalSpy removed(dialog, &QDialog::accepted);
        dialog->accept();
        QPointer<ReauthGate> second = latest<ReauthGate>(dialog);
        QVERIFY(second);
        QVERIFY(second != gate);
        attempt(second->form(), masterPassword, QString());
        QVERIFY2(removed.count() == 1 || removed.wait(10000),
            qPrintable(second ? second->form()->statusLabel()->text() : QStringLiteral("gate closed")));
        QVERIFY(!ServerRepository(db).findById(server).has_value());
        bool audited = false;
        for (const AuditEntry &e : AuditLog(db).entries())
            audited = audited
                || (e.action == QLatin1String("lock.reauth") && e.object.contains(QStringLiteral("server")));
        QVERIFY2(audited, "the confirmation is in the audit log");
    }

    void lockOffLetsSensitiveActionsThrough()
    {
        const auto db = m_estate->database();
        const qint64 client = m_estate->addClient(QStringLiteral("Acme"));
        const qint64 server = m_estate->addServer(client, QStringLiteral("db1"));
        MainWindow window(db, false);
        window.show();
        RemoveServerDialog *dialog = window.openRemoveServerDialog(server);
        dialog->removeKeyCheck()->setChecked(false);
        QSignalSpy removed(dialog, &QDialog::accepted);
        dialog->accept();
        QVERIFY(!dialog->findChild<ReauthGate *>());
        QVERIFY(removed.wait(10000));
        QVERIFY(!ServerRepository(db).findById(server).has_value());
    }

    void auditViewerFiltersAndExports()
    {
        const auto db = m_estate->database();
        const qint64 acme = m_estate->addClient(QStringLiteral("Acme"));
        const qint64 other = m_estate->addClient(QStringLiteral("Other"));
        AuditLog log(db);
        const QString hostile = QStringLiteral("web, \"main\"\nsecond line $(id) -x");
        QVERIFY(log.append(QStringLiteral("server.add"), hostile, QStringLiteral("ok"), acme));
        QVERIFY(
            log.append(QStringLiteral("storage.add"), QStringLiteral("bucket"), QStringLiteral("ok"), other));

        AuditLogDialog dialog(db);
        QVERIFY(dialog.chainStatus()->text().startsWith(QStringLiteral("Chain intact")));
        const int all = int(dialog.shownEntries().size());
        QVERIFY(all >= 2);
        dialog.clientFilter()->setCurrentIndex(dialog.clientFilter()->findData(acme));
        for (const AuditEntry &e : dialog.shownEntries())
            QCOMPARE(e.clientId, acme);
        dialog.textFilter()->setText(QStringLiteral("SERVER.ADD"));
        QCOMPARE(dialog.shownEntries().size(), 1);
        QCOMPARE(dialog.shownEntries().first().object, hostile);
        dialog.fromEnabled()->setChecked(true);
        dialog.fromEdit()->setDateTime(QDateTime::currentDateTime().addDays(1));
        QCOMPARE(dialog.shownEntries().size(), 0);
        dialog.fromEnabled()->setChecked(false);
        QCOMPARE(dialog.shownEntries().size(), 1);

        const QString path = m_estate->dir() + QStringLiteral("/audit, \"export\".csv");
        QCOMPARE(dialog.exportCsv(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(int(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)), 0);
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("id,time_utc,actor,action,object,outcome,client_id,hash\r\n"));
        QVERIFY2(csv.contains("\"web, \"\"main\"\"\nsecond line $(id) -x\""), csv.constData());
    }
};

QTEST_MAIN(tst_SecurityUi)
#include "tst_securityui.moc"

// The window comes up without waiting for the keychain, then checks it in the background:
// without a keychain it says so in one sentence across the top; with one it stays quiet.
#include "TestEstate.h"
#include "views/MainWindow.h"
#include "views/NoticeBanner.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace cairn;

class tst_KeychainNotice final : public QObject {
    Q_OBJECT

    QTemporaryDir m_runtime;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CairnTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keychainnotice"));
        QSettings().clear();
#if CAIRN_KEYCHAIN_EXPECTED
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
#else
        // No session bus and an empty runtime folder: nothing can answer for a keychain.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
#endif
    }

    void windowReportsKeychainState()
    {
        cairn::test::TestEstate estate;
        QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
        MainWindow window(estate.database(), false);
        QSignalSpy checked(&window, &MainWindow::keychainChecked);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The first frame does not wait for the keychain.
        QVERIFY(window.keychainNotice() == nullptr);
        window.loadDeferred();
        QVERIFY(checked.wait(30000));
        QCOMPARE(checked.first().first().toBool(), bool(CAIRN_KEYCHAIN_EXPECTED));
#if CAIRN_KEYCHAIN_EXPECTED
        QVERIFY(window.keychainNotice() == nullptr);
#else
        QVERIFY(window.keychainNotice() != nullptr);
        QVERIFY(window.keychainNotice()->isVisible());
        const QString text = window.keychainNotice()->text();
        QVERIFY2(text.startsWith(QLatin1String("No keychain is running")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1Char('\n')) && text.endsWith(QLatin1Char('.')), qPrintable(text));
#endif
    }
};

QTEST_MAIN(tst_KeychainNotice)
#include "tst_keychainnotice.moc"

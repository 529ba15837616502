// The main window, offscreen, over a real temporary database: what an empty database shows, adding
// a client through the dialog, the client filter, lazy page loading, settings, the tray and the
// no-tray path, and that German text reaches the widgets.
#include "TestEstate.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/AddClientDialog.h"
#include "dialogs/SettingsDialog.h"
#include "models/ClientListModel.h"
#include "models/RunStatus.h"
#include "models/RunTableModel.h"
#include "models/StoreTableModel.h"
#include "schedule/ScheduleService.h"
#include "settings/UiSettings.h"
#include "store/ClientRepository.h"
#include "tray/TrayIcon.h"
#include "util/AppInfo.h"
#include "views/DashboardPage.h"
#include "views/EmptyState.h"
#include "views/ListPage.h"
#include "views/MainWindow.h"
#include "views/NoticeBanner.h"
#include "views/RecentRunsList.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace cairn;
using cairn::test::TestEstate;

class tst_MainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyDatabaseShowsEmptyStates();
    void pagesReadWhenFirstShown();
    void addClientThroughDialog_data();
    void addClientThroughDialog();
    void addClientRefusesBadNames_data();
    void addClientRefusesBadNames();
    void clientFilterSwitchesPageContents();
    void selectedClientIsRemembered();
    void dashboardShowsCountsAndRecentRuns();
    void keyboardReachesEveryPage();
    void settingsRoundTrip();
    void noTrayPathSaysSoOnce();
    void closeHidesToTrayWhenTrayExists();
    void trayPauseAndStatus();
    void aboutShowsVersionAndQt();
    void germanTextReachesTheWidgets();

private:
    std::unique_ptr<TestEstate> m_estate;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CairnTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void tst_MainWindow::init()
{
    QSettings().clear();
    m_estate = std::make_unique<TestEstate>();
    QVERIFY2(m_estate->isValid(), qPrintable(m_estate->lastError()));
}

void tst_MainWindow::cleanup()
{
    m_estate.reset();
    QSettings().clear();
}

void tst_MainWindow::emptyDatabaseShowsEmptyStates()
{
    MainWindow window(m_estate->database(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.currentPage(), MainWindow::Dashboard);
    QVERIFY(window.dashboard()->isShowingEmptyState());
    QCOMPARE(window.clientSelector()->count(), 1); // only "All clients"

    const struct {
        MainWindow::Page page;
        bool buttonWorks;
        bool hasButton;
    } pages[] = { { MainWindow::Clients, true, true }, { MainWindow::Servers, true, true },
        { MainWindow::Storage, true, true }, { MainWindow::Jobs, true, true },
        { MainWindow::Activity, false, false } };
    for (const auto &expected : pages) {
        window.showPage(expected.page);
        ListPage *page = window.listPage(expected.page);
        QVERIFY(page);
        QVERIFY2(page->isShowingEmptyState(), qPrintable(page->title()));
        QVERIFY(page->emptyState()->isVisibleTo(&window));
        QVERIFY(!page->emptyState()->title().isEmpty());
        QPushButton *button = page->emptyState()->button();
        QCOMPARE(button != nullptr, expected.hasButton);
        if (!button)
            continue;
        QVERIFY(button->isVisibleTo(&window));
        QCOMPARE(button->isEnabled(), expected.buttonWorks);
        // A button that cannot be used yet says why.
        if (!expected.buttonWorks)
            QVERIFY2(!button->toolTip().isEmpty(), qPrintable(page->title()));
    }
}

void tst_MainWindow::pagesReadWhenFirstShown()
{
    const qint64 client = m_estate->addClient(QStringLiteral("C"));
    QVERIFY2(m_estate->addServer(client, QStringLiteral("web")), qPrintable(m_estate->lastError()));
    MainWindow window(m_estate->database(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const auto page : { MainWindow::Clients, MainWindow::Servers, MainWindow::Storage, MainWindow::Jobs,
             MainWindow::Activity })
        QVERIFY2(!window.listPage(page)->isLoaded(), "only the dashboard is read when the window opens");
    window.showPage(MainWindow::Servers);
    QVERIFY(window.listPage(MainWindow::Servers)->isLoaded());
    QCOMPARE(window.listPage(MainWindow::Servers)->model()->rowCount(), 1);
    QVERIFY(!window.listPage(MainWindow::Servers)->isShowingEmptyState());
    QVERIFY(!window.listPage(MainWindow::Activity)->isLoaded());
}

void tst_MainWindow::addClientThroughDialog_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("plain") << QStringLiteral("Example Ltd.");
    const QStringList names = cairn::test::hostileNames();
    for (int i = 0; i < names.size(); ++i)
        QTest::addRow("hostile %d", i) << names.at(i);
}

void tst_MainWindow::addClientThroughDialog()
{
    QFETCH(QString, name);
    MainWindow window(m_estate->database(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Clients);
    QVERIFY(window.listPage(MainWindow::Clients)->isShowingEmptyState());

    // The empty state's button opens the dialog, like File > Add Client.
    window.listPage(MainWindow::Clients)->emptyState()->button()->click();
    auto *dialog = window.findChild<AddClientDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QPointer<AddClientDialog> guard(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("clientName"))->setText(name);
    dialog->findChild<QPushButton *>(QStringLiteral("addClientButton"))->click();
    QVERIFY2(dialog->errorText().isEmpty() || !guard, qPrintable(guard ? dialog->errorText() : QString()));
    QTRY_VERIFY(guard.isNull()); // accepted and deleted on close

    const QString stored = name.trimmed();
    const int selectorRow = window.clientSelector()->findText(stored, Qt::MatchExactly);
    QVERIFY2(selectorRow > 0, "the new client is in the selector");
    QCOMPARE(window.clientSelector()->itemText(selectorRow), stored);

    ListPage *clients = window.listPage(MainWindow::Clients);
    QVERIFY(!clients->isShowingEmptyState());
    QCOMPARE(clients->model()->rowCount(), 1);
    QCOMPARE(clients->model()->index(0, ClientListModel::NameColumn).data().toString(), stored);
    QCOMPARE(clients->view()->model()->index(0, ClientListModel::NameColumn).data().toString(), stored);
    QVERIFY(ClientRepository(m_estate->database()).find(stored).has_value());
}

void tst_MainWindow::addClientRefusesBadNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("empty") << QString();
    QTest::addRow("only spaces") << QStringLiteral("   ");
    QTest::addRow("right-to-left override") << QStringLiteral("invoice\u202Etxt.exe");
    QTest::addRow("tab") << QStringLiteral("a\tb");
    QTest::addRow("too long") << QString(101, QLatin1Char('x'));
    QTest::addRow("duplicate, other case") << QStringLiteral("EXISTING client");
}

void tst_MainWindow::addClientRefusesBadNames()
{
    QFETCH(QString, name);
    QVERIFY2(m_estate->addClient(QStringLiteral("Existing Client")), qPrintable(m_estate->lastError()));
    MainWindow window(m_estate->database(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    AddClientDialog *dialog = window.openAddClientDialog();
    QVERIFY(dialog->isVisible());
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("clientName"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("clientNameError"));
    QVERIFY(field && error);
    QVERIFY(!error->isVisibleTo(dialog));
    field->setText(name);
    dialog->findChild<QPushButton *>(QStringLiteral("addClientButton"))->click();

    // Refused next to the field, in one sentence, and what was typed is kept.
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisibleTo(dialog));
    QVERIFY(!dialog->errorText().isEmpty());
    QVERIFY(dialog->errorText().endsWith(QLatin1Char('.')));
    QCOMPARE(field->text(), name);
    QCOMPARE(ClientRepository(m_estate->database()).list().size(), 1);
    QCOMPARE(window.clientSelector()->count(), 2);

    // Fixing the name clears the message while typing.
    field->setText(QStringLiteral("A fresh name"));
    QVERIFY(!error->isVisibleTo(dialog));
    dialog->reject();
}

void tst_MainWindow::clientFilterSwitchesPageContents()
{
    const qint64 a = m_estate->addClient(QStringLiteral("Alpha \"A\""));
    const qint64 b = m_estate->addClient(QStringLiteral("Beta $(b)"));
    const qint64 a1 = m_estate->addServer(a, QStringLiteral("a1"));
    const qint64 a2 = m_estate->addServer(a, QStringLiteral("a2"));
    const qint64 b1 = m_estate->addServer(b, QStringLiteral("b1"));
    const qint64 ta = m_estate->addStorage(a, QStringLiteral("ta"));
    QVERIFY2(a1 && a2 && b1 && ta, qPrintable(m_estate->lastError()));
    QVERIFY2(m_estate->addJob(a, QStringLiteral("job a"), a1, ta), qPrintable(m_estate->lastError()));

    MainWindow window(m_estate->database(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.clientSelector()->count(), 3);
    window.showPage(MainWindow::Servers);
    ListPage *servers = window.listPage(MainWindow::Servers);
    QCOMPARE(servers->model()->rowCount(), 3);
    QVERIFY(!servers->view()->isColumnHidden(servers->model()->clientColumn()));

    window.selectClient(a);
    QCOMPARE(window.selectedClientId(), a);
    QCOMPARE(servers->model()->rowCount(), 2);
    QVERIFY(
        servers->view()->isColumnHidden(servers->model()->clientColumn())); // one client: no client column

    // Switching through the selector itself, as a person would.
    window.clientSelector()->setCurrentIndex(window.clientSelector()->findText(QStringLiteral("Beta $(b)")));
    QCOMPARE(window.selectedClientId(), b);
    QCOMPARE(servers->model()->rowCount(), 1);
    QCOMPARE(servers->model()->index(0, 0).data().toString(), QStringLiteral("b1"));

    // Pages not on screen follow the filter when they are shown.
    window.showPage(MainWindow::Jobs);
    QVERIFY(window.listPage(MainWindow::Jobs)->isShowingEmptyState());
    window.showPage(MainWindow::Clients);
    QCOMPARE(window.listPage(MainWindow::Clients)->model()->rowCount(), 1);
    window.selectClient(a);
    QCOMPARE(window.listPage(MainWindow::Clients)->model()->rowCount(), 1);
    window.showPage(MainWindow::Jobs);
    QVERIFY(!window.listPage(MainWindow::Jobs)->isShowingEmptyState());
    QCOMPARE(window.listPage(MainWindow::Jobs)->model()->rowCount(), 1);

    window.selectClient(0);
    QCOMPARE(window.clientSelector()->currentIndex(), 0);
    window.showPage(MainWindow::Servers);
    QCOMPARE(servers->model()->rowCount(), 3);
}

void tst_MainWindow::selectedClientIsRemembered()
{
    const qint64 a = m_estate->addClient(QStringLiteral("A"));
    const qint64 b = m_estate->addClient(QStringLiteral("B"));
    QVERIFY2(a && b, qPrintable(m_estate->lastError()));
    {
        MainWindow window(m_estate->database(), false);
        window.selectClient(b);
    }
    MainWindow again(m_estate->database(), false);
    QCOMPARE(again.selectedClientId(), b);
}

void tst_MainWindow::dashboardShowsCountsAndRecentRuns()
{
    const QString hostile = QStringLiteral("<b>Bold</b> & \"Co\"");
    const qint64 c = m_estate->addClient(hostile);
    const qint64 other = m_estate->addClient(QStringLiteral("Other"));
    const qint64 s = m_estate->addServer(c, QStringLiteral("s"));
    const qint64 t = m_estate->addStorage(c, QStringLiteral("t"));
    const qint64 job = m_estate->addJob(c, QStringLiteral("files"), s, t);
    QVERIFY2(other && job, qPrintable(m_estate->lastError()));
    QVERIFY2(m_estate->addRuns(job, 20, QDateTime::currentDateTime(), QStringLiteral("failed")),
        qPrintable(m_estate->lastError()));

    MainWindow window(m_estate->database(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DashboardPage *dashboard = window.dashboard();
    QVERIFY(!dashboard->isShowingEmptyState());
    QCOMPARE(dashboard->recentRuns()->rowCount(), DashboardPage::recentRunCount);
    // The painted list says every row in words, for screen readers too.
    RecentRunsList *list = dashboard->recentRunsList();
    QVERIFY(list->isVisibleTo(&window));
    QCOMPARE(list->accessibleDescription().count(QLatin1Char('\n')), DashboardPage::recentRunCount - 1);
    QVERIFY(list->rowText(0).startsWith(RunStatus::label(QStringLiteral("failed"))));
    QVERIFY(list->rowText(0).contains(hostile));
    QCOMPARE(list->rowAt(QPoint(5, 5)), 0);
    QCOMPARE(list->rowAt(QPoint(5, list->sizeHint().height() * 4)), -1);
    QCOMPARE(dashboard->findChild<QLabel *>(QStringLiteral("clientCount"))->text(), QStringLiteral("2"));
    QCOMPARE(dashboard->findChild<QLabel *>(QStringLiteral("serverCount"))->text(), QStringLiteral("1"));
    // The per-job results are read right after the first frame, not before it.
    auto *health = dashboard->findChild<QLabel *>(QStringLiteral("healthSummary"));
    QTRY_VERIFY(health->isVisibleTo(dashboard));
    QCOMPARE(dashboard->latestResults().value(QStringLiteral("failed")), 1);
    QCOMPARE(health->text(), RunStatus::summary(dashboard->latestResults()));

    window.selectClient(c);
    QVERIFY2(!list->rowText(0).contains(hostile), "one client selected: rows do not repeat its name");
    auto *subtitle = dashboard->findChild<QLabel *>(QStringLiteral("dashboardSubtitle"));
    QCOMPARE(subtitle->textFormat(), Qt::PlainText); // a name is never markup
    QCOMPARE(subtitle->text(), hostile);

    window.selectClient(other);
    QVERIFY(dashboard->isShowingEmptyState());
    QCOMPARE(dashboard->findChild<QLabel *>(QStringLiteral("serverCount"))->text(), QStringLiteral("0"));

    // "Show all activity" goes to the Activity page.
    dashboard->findChild<QPushButton *>(QStringLiteral("showActivity"))->click();
    QCOMPARE(window.currentPage(), MainWindow::Activity);
}

void tst_MainWindow::keyboardReachesEveryPage()
{
    MainWindow window(m_estate->database(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (int page = MainWindow::PageCount - 1; page >= 0; --page) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
        QCOMPARE(int(window.currentPage()), page);
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->currentRow(), page);
    }
    // Every view and the selector have a name for screen readers.
    for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
        if (view->inherits("QComboBoxListView") || qobject_cast<QHeaderView *>(view))
            continue;
        QVERIFY2(!view->accessibleName().isEmpty(), qPrintable(view->objectName()));
    }
    QVERIFY(!window.clientSelector()->accessibleName().isEmpty());
}

void tst_MainWindow::settingsRoundTrip()
{
    {
        const UiSettings fresh;
        QCOMPARE(fresh.runConcurrency(), 4);
        QVERIFY(fresh.closeToTray());
        QVERIFY(!fresh.startMinimized());
        QVERIFY(fresh.language().isEmpty());
    }
    MainWindow window(m_estate->database(), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    SettingsDialog *dialog = window.openSettingsDialog();
    auto *minimized = dialog->findChild<QCheckBox *>(QStringLiteral("startMinimized"));
    auto *toTray = dialog->findChild<QCheckBox *>(QStringLiteral("closeToTray"));
    auto *concurrency = dialog->findChild<QSpinBox *>(QStringLiteral("runConcurrency"));
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(minimized && toTray && concurrency && language);
    QCOMPARE(concurrency->value(), 4);
    QVERIFY(!toTray->toolTip().isEmpty()); // no tray here: the dialog says what that means
    minimized->setChecked(true);
    toTray->setChecked(false);
    concurrency->setValue(7);
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    dialog->accept();

    {
        const UiSettings saved;
        QVERIFY(saved.startMinimized());
        QVERIFY(!saved.closeToTray());
        QCOMPARE(saved.runConcurrency(), 7);
        QCOMPARE(saved.language(), QStringLiteral("de"));
    }

    dialog = window.openSettingsDialog();
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("startMinimized"))->isChecked());
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("closeToTray"))->isChecked());
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("runConcurrency"))->value(), 7);
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("language"))->currentData().toString(),
        QStringLiteral("de"));
    // Cancel keeps what was saved.
    dialog->findChild<QSpinBox *>(QStringLiteral("runConcurrency"))->setValue(2);
    dialog->findChild<QComboBox *>(QStringLiteral("language"))->setCurrentIndex(0);
    dialog->reject();
    QCOMPARE(UiSettings().runConcurrency(), 7);
    QCOMPARE(UiSettings().language(), QStringLiteral("de"));

    // Out-of-range values never come back out.
    UiSettings().setRunConcurrency(500);
    QCOMPARE(UiSettings().runConcurrency(), UiSettings::maximumRunConcurrency);
    QSettings().setValue(QStringLiteral("runs/concurrencyLimit"), QStringLiteral("lots"));
    QCOMPARE(UiSettings().runConcurrency(), UiSettings::defaultRunConcurrency);
}

void tst_MainWindow::noTrayPathSaysSoOnce()
{
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen has no tray: this is that path
    {
        MainWindow window(m_estate->database(), false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.tray() == nullptr);
        QVERIFY(window.noTrayNotice());
        QVERIFY(window.noTrayNotice()->isVisibleTo(&window));
        QVERIFY(!window.noTrayNotice()->text().isEmpty());
        QVERIFY(UiSettings().noTrayNoticeShown());

        // Without a tray, closing the window quits.
        QSignalSpy quit(&window, &MainWindow::quitRequested);
        QVERIFY(window.close());
        QCOMPARE(quit.count(), 1);
    }
    MainWindow again(m_estate->database(), false);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY2(!again.noTrayNotice() || !again.noTrayNotice()->isVisibleTo(&again), "the notice is said once");
}

void tst_MainWindow::closeHidesToTrayWhenTrayExists()
{
    // The window is told a tray exists (offscreen has none); closing must then only hide it.
    MainWindow window(m_estate->database(), true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.tray() != nullptr);
    QVERIFY(!window.noTrayNotice()); // a tray exists: nothing to say
    QSignalSpy quit(&window, &MainWindow::quitRequested);
    QVERIFY(!window.close());
    QVERIFY(!window.isVisible());
    QCOMPARE(quit.count(), 0);
    QVERIFY(UiSettings().trayHintShown());

    // The tray's Open brings it back; its Quit quits.
    window.tray()->openAction()->trigger();
    QVERIFY(window.isVisible());
    window.tray()->quitAction()->trigger();
    QCOMPARE(quit.count(), 1);

    // With "close to tray" switched off, closing quits even with a tray.
    UiSettings().setCloseToTray(false);
    QVERIFY(window.close());
    QCOMPARE(quit.count(), 2);
}

void tst_MainWindow::trayPauseAndStatus()
{
    const qint64 c = m_estate->addClient(QStringLiteral("C"));
    const qint64 s = m_estate->addServer(c, QStringLiteral("s"));
    const qint64 t = m_estate->addStorage(c, QStringLiteral("t"));
    const qint64 ok = m_estate->addJob(
        c, QStringLiteral("ok"), s, t, QStringLiteral("files"), QStringLiteral("daily 02:00"));
    const qint64 bad = m_estate->addJob(c, QStringLiteral("bad"), s, t);
    QVERIFY2(ok && bad, qPrintable(m_estate->lastError()));
    const QDateTime now = QDateTime::currentDateTime();
    QVERIFY2(m_estate->addRun(ok, QStringLiteral("succeeded"), now)
            && m_estate->addRun(bad, QStringLiteral("failed"), now, QStringLiteral("The disk was full.")),
        qPrintable(m_estate->lastError()));

    MainWindow window(m_estate->database(), true);
    TrayIcon *tray = window.tray();
    QVERIFY(tray);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The watchdog's verdict is read after the first frame: the failed job turns the tray red.
    QTRY_COMPARE(tray->health(), Health::Error);
    ScheduleService *service = window.scheduleService();
    QVERIFY(service->isScheduling());
    QVERIFY(tray->toolTip().contains(service->report().summary));
    // The reason is one click away, in the Status submenu.
    bool named = false;
    for (QAction *action : tray->statusMenu()->actions())
        named = named || action->text().contains(QStringLiteral("The disk was full"));
    QVERIFY(named);
    QCOMPARE(tray->runMenu()->actions().size(), 2);

    // Pause for an hour: the scheduler pauses, the tooltip says until when, Resume replaces Pause.
    QVERIFY(!tray->isPaused());
    tray->pauseAction(Scheduler::PauseLength::OneHour)->trigger();
    QVERIFY(service->isPaused());
    QVERIFY(service->pausedUntil().isValid());
    QVERIFY(tray->isPaused());
    QVERIFY(tray->resumeAction()->isVisible());
    QVERIFY(!tray->pauseMenu()->menuAction()->isVisible());
    QVERIFY(!tray->toolTip().contains(TrayIcon::tr("Schedules are paused until resumed.")));
    tray->resumeAction()->trigger();
    QVERIFY(!service->isPaused());
    QVERIFY(!tray->resumeAction()->isVisible());
    tray->pauseAction(Scheduler::PauseLength::UntilResumed)->trigger();
    QVERIFY(service->isPaused());
    QVERIFY(!service->pausedUntil().isValid());
    QVERIFY(tray->toolTip().contains(TrayIcon::tr("Schedules are paused until resumed.")));

    // Run job now: the job cannot start here (no SSH key), and the window says why.
    QSignalSpy ended(service, &ScheduleService::runEnded);
    QAction *runBad = nullptr;
    for (QAction *action : tray->runMenu()->actions())
        if (action->data().toLongLong() == bad)
            runBad = action;
    QVERIFY(runBad);
    runBad->trigger();
    QTRY_COMPARE(ended.count(), 1);
    QCOMPARE(ended.at(0).at(0).toLongLong(), bad);
    QCOMPARE(ended.at(0).at(2).toBool(), false);
    QCOMPARE(ended.at(0).at(5).toBool(), false); // by hand, not scheduled

    // Started in the tray without showing the window, beside the first: it shows the status and the
    // stored pause, but does not schedule, and says why.
    {
        MainWindow hidden(m_estate->database(), true);
        QCOMPARE(hidden.tray()->health(), Health::Idle);
        hidden.loadDeferred();
        QCOMPARE(hidden.tray()->health(), Health::Error);
        QVERIFY(!hidden.scheduleService()->isScheduling());
        QVERIFY(hidden.scheduleService()->notSchedulingReason().startsWith(QStringLiteral("Another Cairn")));
        QVERIFY(hidden.tray()->isPaused());
    }
}

void tst_MainWindow::aboutShowsVersionAndQt()
{
    const QString path = m_estate->database()->path();
    AboutDialog about(path);
    QVERIFY(about.findChild<QLabel *>(QStringLiteral("aboutVersion"))->text().contains(AppInfo::version()));
    QVERIFY(about.findChild<QLabel *>(QStringLiteral("aboutDatabase"))->text().contains(path));
    QVERIFY(about.findChild<QLabel *>(QStringLiteral("aboutQt"))
                ->text()
                .contains(QString::fromLatin1(qVersion())));
    QVERIFY(!about.findChild<QLabel *>(QStringLiteral("aboutPromise"))->text().isEmpty());
}

void tst_MainWindow::germanTextReachesTheWidgets()
{
    // The compiled German catalogue is a resource; its contexts must match the classes at run time.
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/cairn_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&german));
    const auto restore = qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });

    MainWindow window(m_estate->database(), false);
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QCOMPARE(sidebar->item(MainWindow::Dashboard)->text(), QStringLiteral("Übersicht"));
    QCOMPARE(sidebar->item(MainWindow::Clients)->text(), QStringLiteral("Kunden"));
    QCOMPARE(sidebar->item(MainWindow::Activity)->text(), QStringLiteral("Aktivität"));
    QCOMPARE(
        window.listPage(MainWindow::Servers)->emptyState()->title(), QStringLiteral("Noch keine Server"));
    QCOMPARE(window.clientSelector()->itemText(0), QStringLiteral("Alle Kunden"));
    QCOMPARE(RunStatus::label(QStringLiteral("failed")), QStringLiteral("Fehlgeschlagen"));
    QCOMPARE(ClientRepository::validateName(QString()).isEmpty(), false);
    QVERIFY2(!ClientRepository::validateName(QString()).startsWith(QStringLiteral("A client")),
        "core's messages are translated too");
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

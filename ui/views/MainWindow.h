#pragma once
// The main window: a sidebar of sections, the client selector that filters every section, and
// the pages. Only the dashboard is built and read when the window opens; the other pages are
// built and read when first shown, and slow reads (the latest result of every job, the tray's
// status) wait until the first frame is on screen.

#include <QMainWindow>
#include <array>
#include <memory>

class QAction;
class QComboBox;
class QDialog;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace cairn {

class ActivityModel;
class AddClientDialog;
class ClientKeyDialog;
class AddJobWizard;
class BackupsPage;
class JobLauncher;
class RunManager;
class SecretStore;
class AddServerWizard;
class AddStorageWizard;
class RestoreWizard;
class ClientListModel;
class EditServerDialog;
class RemoveServerDialog;
class DashboardPage;
class Database;
class ListPage;
class NoticeBanner;
class SettingsDialog;
class TrayIcon;
class KeychainProbe;
class AuditLogDialog;
class LockOverlay;
class LockSession;
class ScheduleService;

class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    enum Page { Dashboard, Clients, Servers, Storage, Jobs, Activity, Backups, PageCount };

    // trayAvailable: whether closing may hide to a system tray (QSystemTrayIcon::isSystemTrayAvailable()).
    MainWindow(std::shared_ptr<Database> database, bool trayAvailable, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    // 0 selects "All clients"; an unknown id falls back to it.
    void selectClient(qint64 clientId);
    qint64 selectedClientId() const;

    // Opens (without blocking) the dialogs; each is returned so tests and callers can follow it.
    AddClientDialog *openAddClientDialog();
    // The client's encryption key: the client selected on the Clients page when clientId is 0, else
    // the one chosen in the client selector; null when there is none.
    ClientKeyDialog *openClientKeyDialog(qint64 clientId = 0);
    AddServerWizard *openAddServerWizard();
    // The server selected on the Servers page when serverId is 0; null when there is none.
    EditServerDialog *openEditServerDialog(qint64 serverId = 0);
    RemoveServerDialog *openRemoveServerDialog(qint64 serverId = 0);
    AddStorageWizard *openAddStorageWizard();
    SettingsDialog *openSettingsDialog();
    // The job wizard: a new job (jobId 0) or the job to edit.
    AddJobWizard *openAddJobWizard(qint64 jobId = 0);
    // The restore wizard, with backupId preselected (0: none); the restore runs on runManager().
    RestoreWizard *openRestoreWizard(qint64 backupId = 0);
    // Run now: reads the job's secrets from the keychain, then queues the run (errors go to the
    // status bar). The job selected on the Jobs page when jobId is 0.
    void runJob(qint64 jobId = 0);
    // Asks, then removes the job (its backups stay). The selected job when jobId is 0.
    QDialog *openRemoveJobDialog(qint64 jobId = 0);
    AuditLogDialog *openAuditLogDialog();
    // The app lock: the session (idle time, checks) and the screen that covers the window.
    LockSession *lockSession() const { return m_lockSession; }
    LockOverlay *lockOverlay() const { return m_lockOverlay; }
    // Covers the window until the master password is given; nothing when the lock is off.
    void lockNow();
    void openAboutDialog();
    // Reads everything again, keeping the selected client and page.
    void refresh();
    // Shows and raises the window (tray "Open").
    void bringToFront();
    // Reads what the first frame does not need (per-job results, tray status). Runs by itself
    // right after the window is first shown; call it when starting without showing the window.
    void loadDeferred();

    bool trayAvailable() const { return m_trayAvailable; }
    TrayIcon *tray() const { return m_tray; }
    // Schedules wired to runs; starts scheduling in loadDeferred().
    ScheduleService *scheduleService() const { return m_schedule; }
    // Starts a job by hand (tray "Run job now"); a refusal shows in the status bar.
    void runJobNow(qint64 jobId);
    DashboardPage *dashboard() const { return m_dashboard; }
    // Built the first time it is asked for (shown or not); read when first shown. Null for the
    // dashboard and the Backups page (backupsPage()).
    ListPage *listPage(Page page);
    BackupsPage *backupsPage();
    RunManager *runManager() const { return m_runManager; }
    JobLauncher *jobLauncher() const { return m_launcher; }
    // This session's runs as RunManager reports them (the Activity page's live panel).
    ActivityModel *activityModel() const { return m_activityModel; }
    QComboBox *clientSelector() const { return m_clientSelector; }
    ClientListModel *clientSelectorModel() const { return m_clientModel; }
    // The one-time "no tray" notice; null when it was not needed.
    NoticeBanner *noTrayNotice() const { return m_noTrayNotice; }
    // Shown when the start-up keychain check fails (no keychain running, locked, refused).
    NoticeBanner *keychainNotice() const { return m_keychainNotice; }

Q_SIGNALS:
    void quitRequested();
    // Emitted after the deferred keychain check found a problem (the notice is then visible).
    void keychainChecked(bool works);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildActions();
    void buildScheduling();
    void notify(const QString &title, const QString &text);
    void buildMenus();
    void buildToolBar();
    void buildPages();
    ListPage *createListPage(Page page);
    void reloadClients();
    void applyClientFilter();
    void updateTrayStatus();
    void showError(const QString &message);
    void addServerActions(ListPage *page);
    qint64 selectedServerId();
    void serversChanged(const QString &message);
    void addJobActions(ListPage *page);
    qint64 selectedJobId();
    void jobsChanged(const QString &message);
    // CAIRN_SCREENSHOT_OPEN=servers|add-server|edit-server|remove-server opens that view after start,
    // so tools/screenshot.sh can look at it.
    void openForScreenshot();
    void checkKeychain();
    void onKeychainChecked(bool works, const QString &errorString);

    std::shared_ptr<Database> m_database;
    bool m_trayAvailable = false;
    TrayIcon *m_tray = nullptr;
    ScheduleService *m_schedule = nullptr;
    ClientListModel *m_clientModel = nullptr;
    QComboBox *m_clientSelector = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    NoticeBanner *m_noTrayNotice = nullptr;
    NoticeBanner *m_keychainNotice = nullptr;
    KeychainProbe *m_keychainProbe = nullptr;
    LockSession *m_lockSession = nullptr;
    LockOverlay *m_lockOverlay = nullptr;
    DashboardPage *m_dashboard = nullptr;
    std::array<ListPage *, PageCount> m_listPages {};
    BackupsPage *m_backupsPage = nullptr;
    SecretStore *m_secrets = nullptr;
    RunManager *m_runManager = nullptr;
    JobLauncher *m_launcher = nullptr;
    ActivityModel *m_activityModel = nullptr;
    QTimer *m_activityHistoryReload = nullptr;
    Page m_currentPage = Dashboard;
    bool m_deferredLoaded = false;
    bool m_probeInstalled = false;

    QAction *m_addClientAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_chooseClientAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    std::array<QAction *, PageCount> m_pageActions {};
};

} // namespace cairn

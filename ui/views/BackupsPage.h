#pragma once
// The Backups page: per client, server and job, the timeline of complete backups (date, size,
// duration, verified, last restore drill, encrypted, warnings), and what a person does with one:
// Restore (the wizard, wired by the window through restoreRequested), Verify now, Restore drill
// (both queued on the window's RunManager, shown here with progress and Cancel), Download link,
// Delete (asks again when the app lock is on), and for the page, Import backups from storage.
// The catalogue is read off the GUI thread when the page is first shown, when the client filter
// changes and after a run, verify or delete changed it.

#include "backup/BackupTimeline.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeView;
class QVBoxLayout;

namespace cairn {

class BackupTimelineModel;
class Database;
class DownloadLinkDialog;
class EmptyState;
class ImportBackupsDialog;
class RunManager;
class SecretStore;
struct RestoreResult;

class BackupsPage final : public QWidget {
    Q_OBJECT

public:
    explicit BackupsPage(std::shared_ptr<Database> database, QWidget *parent = nullptr);
    ~BackupsPage() override;

    // The window's run queue and keychain access; without them the page makes its own.
    void setServices(RunManager *runs, SecretStore *secrets);

    // Reads now when the page is visible, else when it is next shown.
    void setClientId(qint64 clientId);
    // Marks the timeline out of date (a backup was added or deleted).
    void invalidate();
    void reload();

    bool isLoading() const { return m_watcher.isRunning(); }
    bool isShowingEmptyState() const;
    BackupTimelineModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    EmptyState *emptyState() const { return m_empty; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *drillButton() const { return m_drill; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *linkButton() const { return m_link; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *importButton() const { return m_import; }

    // The backup of the selected row; 0 when a group row or nothing is selected.
    qint64 selectedBackupId() const;
    bool selectBackup(qint64 backupId);

    // The actions, on backupId (0: the selected backup). Verify and drill prepare the request
    // (keychain) and queue it; the outcome arrives through operationFinished().
    void verifyBackup(qint64 backupId = 0);
    void drillBackup(qint64 backupId = 0);
    DownloadLinkDialog *openDownloadLinkDialog(qint64 backupId = 0);
    // The confirmation; accepting it asks again (app lock) and then deletes.
    QMessageBox *openDeleteDialog(qint64 backupId = 0);
    ImportBackupsDialog *openImportDialog();
    // Verifies and drills this page queued that have not ended.
    int activeOperations() const { return int(m_operations.size()); }

Q_SIGNALS:
    // A read finished (the model holds its result).
    void loaded();
    void loadFailed(const QString &message);
    // "Restore..." on a backup: the window opens the restore wizard for it.
    void restoreRequested(qint64 backupId);
    // A verify or drill this page started ended (ok: it passed), or could not start.
    void operationFinished(qint64 backupId, bool ok, const QString &message);
    // A delete ended; error empty on success.
    void deleteFinished(qint64 backupId, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Operation {
        qint64 backupId = 0;
        QWidget *row = nullptr;
        QLabel *label = nullptr;
        QProgressBar *bar = nullptr;
    };

    void onLoaded();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    void startCheck(qint64 backupId, bool drill);
    void addOperation(qint64 restoreId, qint64 backupId, const QString &text);
    void onRestoreProgress(qint64 restoreId, qint64 bytes, qint64 total);
    void onRestoreFinished(qint64 restoreId, const RestoreResult &result);
    void deleteNow(qint64 backupId);
    void showMessage(const QString &text, bool error);
    QString describe(qint64 backupId) const;
    RunManager *runs();
    SecretStore *secrets();

    std::shared_ptr<Database> m_database;
    // The window's run manager may go before the page does (sibling children of the window).
    QPointer<RunManager> m_runs;
    SecretStore *m_secrets = nullptr;
    qint64 m_clientId = 0;
    bool m_stale = true;
    bool m_reloadAgain = false;
    qint64 m_reselect = 0;
    BackupTimelineModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    EmptyState *m_empty = nullptr;
    QLabel *m_loading = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_drill = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_import = nullptr;
    QVBoxLayout *m_operationsLayout = nullptr;
    QHash<qint64, Operation> m_operations; // by restore id
    QFutureWatcher<QList<BackupTimelineEntry>> m_watcher;
};

} // namespace cairn

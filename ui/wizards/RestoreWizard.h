#pragma once
// The restore wizard: which backup -> which server (the one it came from or another server of the
// same client; other clients' servers are never offered) -> where to (a new folder or database by
// default; over the original only after the server's name is typed, and the master password when
// the app lock is on) -> what (the whole archive or files and folders picked from the index) ->
// a summary in plain words. Finish reads the keys from the keychain (RestoreRequestLoader, as
// `cairn-cli restore` does) and queues the RestoreRun on the window's RunManager; it then runs like
// a backup, with live progress and Cancel.
//
//   RestoreWizard::open(this, database, secrets, runManager, backupId);

#include "restore/RestoreRequest.h"
#include "store/BackupRepository.h"

#include <QWizard>

#include <memory>
#include <optional>

namespace cairn {

class Database;
class RestoreBackupPage;
class RestoreServerPage;
class RestoreSummaryPage;
class RestoreTargetPage;
class RestoreWhatPage;
class RunManager;
class SecretStore;

class RestoreWizard final : public QWizard {
    Q_OBJECT

public:
    enum PageId { BackupPageId, ServerPageId, TargetPageId, WhatPageId, SummaryPageId };

    // backupId: the backup to preselect (0: none). secrets and runManager are the window's.
    RestoreWizard(std::shared_ptr<Database> database, SecretStore *secrets, RunManager *runManager,
        qint64 backupId = 0, QWidget *parent = nullptr);
    ~RestoreWizard() override;

    // Opens the wizard over parent (deleted when closed) and returns it.
    static RestoreWizard *open(QWidget *parent, std::shared_ptr<Database> database, SecretStore *secrets,
        RunManager *runManager, qint64 backupId = 0);

    std::shared_ptr<Database> database() const { return m_database; }
    SecretStore *secrets() const { return m_secrets; }
    // The backup chosen on the first page (re-read from the store).
    std::optional<BackupRecord> backup() const;
    bool isFilesBackup() const;
    // Where, what and how, as the pages say now (no secrets; RestoreRequestLoader adds those).
    void describe(RestoreRequest &request) const;
    RestoreRequest::Mode mode() const;

    // The queued restore's id once Finish succeeded; the sentence of the last failure otherwise.
    qint64 queuedRestoreId() const { return m_queuedId; }
    QString queueError() const { return m_queueError; }
    bool isQueuing() const { return m_queuing; }

    RestoreBackupPage *backupPage() const { return m_backupPage; }
    RestoreServerPage *serverPage() const { return m_serverPage; }
    RestoreTargetPage *targetPage() const { return m_targetPage; }
    RestoreWhatPage *whatPage() const { return m_whatPage; }
    RestoreSummaryPage *summaryPage() const { return m_summaryPage; }

    int nextId() const override;

Q_SIGNALS:
    void restoreQueued(qint64 restoreId);
    // Finish did not queue the restore; the wizard stays open with every choice kept.
    void queueFailed(const QString &sentence);

protected:
    void done(int result) override;

private:
    void startQueue();
    void loadAndQueue();
    void failQueue(const QString &sentence);

    std::shared_ptr<Database> m_database;
    SecretStore *m_secrets;
    RunManager *m_runManager;
    RestoreBackupPage *m_backupPage = nullptr;
    RestoreServerPage *m_serverPage = nullptr;
    RestoreTargetPage *m_targetPage = nullptr;
    RestoreWhatPage *m_whatPage = nullptr;
    RestoreSummaryPage *m_summaryPage = nullptr;
    qint64 m_queuedId = 0;
    QString m_queueError;
    bool m_queuing = false;
};

} // namespace cairn

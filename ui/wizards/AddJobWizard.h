#pragma once
// The job wizard: server -> what to back up -> storage (of the same client only) -> how it runs
// (compression, limits) -> commands before and after -> how long backups are kept -> when it runs
// and is verified -> summary and save. Opened empty for a new job, or with a job id to edit it. The pages
// share one JobSpec under construction (spec()); every page checks it with JobSpec::validate(), the one check
// `cairn-cli job add` uses too, and saving goes through JobRepository, which refuses a storage of
// another client. A database password goes to the keychain, never to SQLite.

#include "backup/JobSpec.h"
#include "secrets/SecureBytes.h"
#include "store/Records.h"

#include <QWizard>
#include <memory>

namespace cairn {

class AddJobCommandsPage;
class AddJobOptionsPage;
class AddJobRetentionPage;
class AddJobSchedulePage;
class AddJobServerPage;
class AddJobSourcePage;
class AddJobStoragePage;
class AddJobSummaryPage;
class Database;
class SecretJob;
class SecretStore;

class AddJobWizard final : public QWizard {
    Q_OBJECT

public:
    enum PageId {
        ServerPageId,
        SourcePageId,
        StoragePageId,
        OptionsPageId,
        CommandsPageId,
        RetentionPageId,
        SchedulePageId,
        SummaryPageId
    };

    // clientId: the client to suggest (0: the first one). jobId: the job to edit (0: a new one).
    AddJobWizard(
        std::shared_ptr<Database> database, qint64 clientId, qint64 jobId = 0, QWidget *parent = nullptr);
    ~AddJobWizard() override;

    // The job and its spec as the pages describe them now (not saved). The password reference is
    // the job's existing one, or a placeholder while a new password waits to be stored.
    Job job() const;
    JobSpec spec() const;
    // JobSpec::validate() of spec(): one sentence, empty when the job can be saved.
    QString problem() const;

    qint64 editedJobId() const { return m_jobId; }
    // The job as it was when the wizard opened (edit only).
    const JobSpec &originalSpec() const { return m_original; }
    std::shared_ptr<Database> database() const { return m_database; }
    // Tests use their own keychain service so they never touch a person's entries.
    void setKeychainService(const QString &service);
    QString keychainService() const { return m_keychainService; }
    SecretStore *secretStore() const { return m_secrets; }

    // The saved job's id, once accepted.
    qint64 savedId() const { return m_savedId; }
    // The sentence of the last failed save (shown on the summary page), empty otherwise.
    QString saveError() const { return m_saveError; }
    bool isSaving() const { return m_saving; }

    void growToFit();

    AddJobServerPage *serverPage() const { return m_serverPage; }
    AddJobSourcePage *sourcePage() const { return m_sourcePage; }
    AddJobStoragePage *storagePage() const { return m_storagePage; }
    AddJobOptionsPage *optionsPage() const { return m_optionsPage; }
    AddJobCommandsPage *commandsPage() const { return m_commandsPage; }
    AddJobRetentionPage *retentionPage() const { return m_retentionPage; }
    AddJobSchedulePage *schedulePage() const { return m_schedulePage; }
    AddJobSummaryPage *summaryPage() const { return m_summaryPage; }

Q_SIGNALS:
    void jobSaved(qint64 id, const QString &name);
    // A save failed; the wizard stays open with everything typed.
    void saveFailed(const QString &sentence);

protected:
    void done(int result) override;

private:
    void startSave();
    void onPasswordStored(SecretJob *job, const QString &reference);
    void saveRow(const QString &newPasswordRef);
    void failSave(const QString &sentence);

    std::shared_ptr<Database> m_database;
    qint64 m_jobId = 0;
    JobSpec m_original;
    SecretStore *m_secrets = nullptr;
    QString m_keychainService; // empty: the default one
    AddJobServerPage *m_serverPage = nullptr;
    AddJobSourcePage *m_sourcePage = nullptr;
    AddJobStoragePage *m_storagePage = nullptr;
    AddJobOptionsPage *m_optionsPage = nullptr;
    AddJobCommandsPage *m_commandsPage = nullptr;
    AddJobRetentionPage *m_retentionPage = nullptr;
    AddJobSchedulePage *m_schedulePage = nullptr;
    AddJobSummaryPage *m_summaryPage = nullptr;
    qint64 m_savedId = 0;
    QString m_saveError;
    bool m_saving = false;
};

} // namespace cairn

#include "wizards/AddJobWizard.h"

#include "schedule/ScheduleService.h"
#include "schedule/ScheduleStateStore.h"
#include "secrets/SecretStore.h"
#include "store/ClientKeyRepository.h"
#include "store/JobRepository.h"
#include "wizards/AddJobCommandsPage.h"
#include "wizards/AddJobOptionsPage.h"
#include "wizards/AddJobRetentionPage.h"
#include "wizards/AddJobSchedulePage.h"
#include "wizards/AddJobServerPage.h"
#include "wizards/AddJobSourcePage.h"
#include "wizards/AddJobStoragePage.h"
#include "wizards/AddJobSummaryPage.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QLayout>
#include <QTimer>

namespace cairn {

namespace {

// Stands in for a password typed but not yet in the keychain, so validate() sees one is coming
// (the same placeholder `cairn-cli job add` uses); replaced by the real reference before saving.
const QString kPendingPassword = QStringLiteral("pending");

// Removes a secret the job no longer uses. The wizard may be gone before the keychain answers,
// so the store lives on its own and deletes itself.
void removeSecretLater(const QString &service, const QString &reference)
{
    auto *store = service.isEmpty() ? new SecretStore(qApp) : new SecretStore(service, qApp);
    SecretJob *job = store->remove(reference);
    QObject::connect(job, &SecretJob::finished, store, [store](SecretJob *) { store->deleteLater(); });
}

} // namespace

AddJobWizard::AddJobWizard(std::shared_ptr<Database> database, qint64 clientId, qint64 jobId, QWidget *parent)
    : QWizard(parent), m_database(std::move(database)), m_jobId(jobId)
{
    setWindowTitle(jobId ? tr("Edit backup job") : tr("New backup job"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::FinishButton, jobId ? tr("&Save") : tr("&Create job"));
    m_secrets = new SecretStore(this);

    std::optional<Job> existing;
    if (jobId) {
        existing = JobRepository(m_database).findById(jobId);
        if (existing) {
            clientId = existing->clientId;
            if (auto spec = JobSpec::fromJsonBytes(JobRepository(m_database).specJson(jobId)))
                m_original = *spec;
        }
    }

    m_serverPage = new AddJobServerPage(m_database, clientId, this);
    m_sourcePage = new AddJobSourcePage(this);
    m_storagePage = new AddJobStoragePage(m_database, this);
    m_optionsPage = new AddJobOptionsPage(this);
    m_commandsPage = new AddJobCommandsPage(this);
    m_retentionPage = new AddJobRetentionPage(this);
    m_schedulePage = new AddJobSchedulePage(this);
    m_summaryPage = new AddJobSummaryPage(this);
    setPage(ServerPageId, m_serverPage);
    setPage(SourcePageId, m_sourcePage);
    setPage(StoragePageId, m_storagePage);
    setPage(OptionsPageId, m_optionsPage);
    setPage(CommandsPageId, m_commandsPage);
    setPage(RetentionPageId, m_retentionPage);
    setPage(SchedulePageId, m_schedulePage);
    setPage(SummaryPageId, m_summaryPage);
    setStartId(ServerPageId);

    if (existing) {
        m_serverPage->load(*existing);
        m_sourcePage->load(m_original);
        m_storagePage->preselect(existing->storageId);
        m_optionsPage->load(m_original);
        m_commandsPage->load(m_original);
        m_retentionPage->load(m_original);
        m_schedulePage->setJobId(jobId);
        m_schedulePage->load(existing->schedule, ScheduleStateStore::verifySchedule(m_database, jobId));
    }

    const int unit = fontMetrics().height();
    setMinimumWidth(unit * 42);
    connect(this, &QWizard::currentIdChanged, this, [this] {
        QTimer::singleShot(0, this, [this] {
            growToFit();
            // QWizard focuses a page's first child (a radio button, a combo box); the pages name the
            // field a person types into first.
            if (QWizardPage *page = currentPage(); page && page->focusProxy())
                page->focusProxy()->setFocus(Qt::TabFocusReason);
        });
    });
}

AddJobWizard::~AddJobWizard()
{
    m_sourcePage->forgetPassword();
}

void AddJobWizard::setKeychainService(const QString &service)
{
    delete m_secrets;
    m_keychainService = service;
    m_secrets = new SecretStore(service, this);
}

void AddJobWizard::growToFit()
{
    if (QLayout *l = layout())
        l->activate();
    resize(size().expandedTo(sizeHint()));
}

Job AddJobWizard::job() const
{
    Job job;
    job.id = m_jobId;
    job.clientId = m_serverPage->clientId();
    job.name = m_serverPage->name();
    job.serverId = m_serverPage->serverId();
    job.storageId = m_storagePage->storageId();
    job.kind = JobSpec::kindName(m_sourcePage->kind());
    job.schedule = m_schedulePage->scheduleText();
    return job;
}

JobSpec AddJobWizard::spec() const
{
    // Editing starts from the saved spec, so settings no page shows (set with the CLI) survive.
    JobSpec spec = m_jobId ? m_original : JobSpec();
    m_sourcePage->apply(spec);
    m_optionsPage->apply(spec);
    m_commandsPage->apply(spec);
    m_retentionPage->apply(spec);
    if (spec.kind == JobSpec::Kind::Files || spec.databaseLogin != JobSpec::DatabaseLogin::Password)
        spec.databasePasswordRef.clear();
    else if (!m_sourcePage->password().isEmpty())
        spec.databasePasswordRef = kPendingPassword;
    else
        spec.databasePasswordRef = m_original.databasePasswordRef;
    return spec;
}

QString AddJobWizard::problem() const
{
    const JobSpec s = spec();
    if (const QString problem = s.validate(); !problem.isEmpty())
        return problem;
    // The same rule as cairn-cli job add --encrypt: the client's key must exist before a job uses it.
    if (s.encrypt) {
        const auto keys = ClientKeyRepository(m_database).find(job().clientId);
        if (!keys || !keys->canEncrypt())
            return tr("This client has no encryption key yet; create it with Create key above (or cairn-cli "
                      "client keys create), or leave encryption off.");
        // Switching encryption on for a client whose private key exists only in this keychain: the
        // kit comes first, or losing this computer would lose every one of these backups.
        if (!(m_jobId && m_original.encrypt) && keys->needsRecoveryKit())
            return tr("Save the recovery kit first (Save recovery kit above), or leave encryption off.");
    }
    return {};
}

void AddJobWizard::done(int result)
{
    if (result != QDialog::Accepted || m_savedId > 0) {
        if (m_saving)
            return; // the keychain write is under way; it takes well under a second
        m_sourcePage->forgetPassword();
        QWizard::done(result);
        return;
    }
    if (!m_saving)
        startSave();
}

void AddJobWizard::startSave()
{
    m_saveError.clear();
    m_summaryPage->setSaveError({});
    if (const QString problem = this->problem(); !problem.isEmpty()) {
        failSave(problem);
        return;
    }
    const JobSpec s = spec();
    if (s.databasePasswordRef != kPendingPassword) {
        saveRow({});
        return;
    }
    m_saving = true;
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::CancelButton)->setEnabled(false);
    const QString reference = SecretStore::newReference(QStringLiteral("db-password"));
    SecretJob *job = m_secrets->write(reference, m_sourcePage->password());
    connect(job, &SecretJob::finished, this,
        [this, reference](SecretJob *finished) { onPasswordStored(finished, reference); });
}

void AddJobWizard::onPasswordStored(SecretJob *job, const QString &reference)
{
    job->deleteLater();
    m_saving = false;
    button(QWizard::FinishButton)->setEnabled(true);
    button(QWizard::CancelButton)->setEnabled(true);
    if (!job->ok()) {
        failSave(job->errorString());
        return;
    }
    saveRow(reference);
}

void AddJobWizard::saveRow(const QString &newPasswordRef)
{
    JobSpec s = spec();
    if (!newPasswordRef.isEmpty())
        s.databasePasswordRef = newPasswordRef;
    const Job j = job();
    JobRepository jobs(m_database);
    StoreError error;
    if (m_jobId) {
        error = jobs.update(j, s.toJsonBytes());
    } else {
        m_savedId = jobs.insert(j, s.toJsonBytes(), &error);
    }
    // The schedules as `cairn-cli job schedule` stores them (update() leaves them alone).
    const qint64 rowId = m_jobId ? m_jobId : m_savedId;
    if (!error && m_jobId)
        error = ScheduleService::saveSchedule(m_database, rowId, j.schedule);
    if (!error)
        error = ScheduleService::saveVerifySchedule(m_database, rowId, m_schedulePage->verifyText());
    if (error) {
        m_savedId = 0;
        if (!newPasswordRef.isEmpty())
            removeSecretLater(m_keychainService, newPasswordRef);
        failSave(error.message);
        return;
    }
    if (m_jobId)
        m_savedId = m_jobId;
    // A replaced or no longer needed password leaves the keychain once the job no longer names it.
    if (!m_original.databasePasswordRef.isEmpty() && m_original.databasePasswordRef != s.databasePasswordRef)
        removeSecretLater(m_keychainService, m_original.databasePasswordRef);
    Q_EMIT jobSaved(m_savedId, j.name);
    done(QDialog::Accepted);
}

void AddJobWizard::failSave(const QString &sentence)
{
    m_saveError = sentence;
    m_summaryPage->setSaveError(sentence);
    Q_EMIT saveFailed(sentence);
}

} // namespace cairn

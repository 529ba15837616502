#include "wizards/RestoreWizard.h"

#include "backup/RunManager.h"
#include "restore/RestoreRequestLoader.h"
#include "restore/RestoreRun.h"
#include "restore/RestoreTarget.h"
#include "security/ReauthGate.h"
#include "wizards/RestoreBackupPage.h"
#include "wizards/RestoreServerPage.h"
#include "wizards/RestoreSummaryPage.h"
#include "wizards/RestoreTargetPage.h"
#include "wizards/RestoreWhatPage.h"

#include <QAbstractButton>
#include <QTimer>

namespace cairn {

RestoreWizard::RestoreWizard(std::shared_ptr<Database> database, SecretStore *secrets, RunManager *runManager,
    qint64 backupId, QWidget *parent)
    : QWizard(parent), m_database(std::move(database)), m_secrets(secrets), m_runManager(runManager)
{
    setWindowTitle(tr("Restore a backup"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::FinishButton, tr("&Start restore"));

    m_backupPage = new RestoreBackupPage(m_database, backupId, this);
    m_serverPage = new RestoreServerPage(this);
    m_targetPage = new RestoreTargetPage(this);
    m_whatPage = new RestoreWhatPage(this);
    m_summaryPage = new RestoreSummaryPage(this);
    setPage(BackupPageId, m_backupPage);
    setPage(ServerPageId, m_serverPage);
    setPage(TargetPageId, m_targetPage);
    setPage(WhatPageId, m_whatPage);
    setPage(SummaryPageId, m_summaryPage);
    setStartId(BackupPageId);

    const int unit = fontMetrics().height();
    setMinimumSize(unit * 44, unit * 30);
    connect(this, &QWizard::currentIdChanged, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (QWizardPage *page = currentPage(); page && page->focusProxy())
                page->focusProxy()->setFocus(Qt::TabFocusReason);
        });
    });
}

RestoreWizard::~RestoreWizard() = default;

RestoreWizard *RestoreWizard::open(QWidget *parent, std::shared_ptr<Database> database, SecretStore *secrets,
    RunManager *runManager, qint64 backupId)
{
    auto *wizard = new RestoreWizard(std::move(database), secrets, runManager, backupId, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    return wizard;
}

std::optional<BackupRecord> RestoreWizard::backup() const
{
    const qint64 id = m_backupPage->backupId();
    return id ? BackupRepository(m_database).find(id) : std::nullopt;
}

bool RestoreWizard::isFilesBackup() const
{
    const auto b = backup();
    return b && b->kind == QLatin1String("files");
}

RestoreRequest::Mode RestoreWizard::mode() const
{
    return isFilesBackup() ? RestoreRequest::Mode::Files : RestoreRequest::Mode::Database;
}

int RestoreWizard::nextId() const
{
    switch (currentId()) {
    case TargetPageId: {
        // Without an index there is nothing to pick from: the whole archive is restored.
        const auto b = backup();
        return b && b->kind == QLatin1String("files") && !b->sideKey.isEmpty() ? WhatPageId : SummaryPageId;
    }
    case SummaryPageId:
        return -1;
    default:
        return QWizard::nextId();
    }
}

void RestoreWizard::describe(RestoreRequest &request) const
{
    if (request.mode == RestoreRequest::Mode::Database) {
        if (m_targetPage->overOriginal()) {
            if (request.sourceDatabase.isEmpty())
                request.sourceDatabase = m_targetPage->sourceDatabase();
            RestoreTarget::setOverOriginalDatabase(request, m_targetPage->confirmation());
        } else {
            request.overOriginal = false;
            request.databaseName = m_targetPage->databaseName();
        }
        return;
    }
    if (m_targetPage->overOriginal()) {
        RestoreTarget::setOverOriginal(request, m_targetPage->confirmation());
    } else {
        RestoreTarget::setNewFolder(request, QDateTime::currentDateTimeUtc());
        request.destination = m_targetPage->destination();
    }
    request.members.clear();
    request.memberBytes.clear();
    const auto b = backup();
    if (b && !b->sideKey.isEmpty() && !m_whatPage->wholeArchive())
        request.memberBytes = m_whatPage->members();
}

void RestoreWizard::done(int result)
{
    if (result != QDialog::Accepted || m_queuedId) {
        QWizard::done(result);
        return;
    }
    if (!m_queuing)
        startQueue();
}

void RestoreWizard::startQueue()
{
    m_summaryPage->setError({});
    if (m_targetPage->overOriginal()) {
        // Replacing what is on the server now is one of the actions the app lock asks again for.
        ReauthGate::ask(this, m_database,
            mode() == RestoreRequest::Mode::Files ? tr("Restore over the original files")
                                                  : tr("Restore over the original database"),
            [this] { loadAndQueue(); });
        return;
    }
    loadAndQueue();
}

void RestoreWizard::loadAndQueue()
{
    const auto chosen = backup();
    if (!chosen)
        return failQueue(tr("The backup is no longer in the catalogue; choose another backup."));
    m_queuing = true;
    button(QWizard::FinishButton)->setEnabled(false);
    m_summaryPage->setBusy(tr("Reading the keys from the keychain…"));
    auto *loader = new RestoreRequestLoader(m_database, m_secrets, this);
    connect(loader, &RestoreRequestLoader::finished, this, [this, loader] {
        loader->deleteLater();
        m_queuing = false;
        m_summaryPage->setBusy({});
        if (!loader->ok())
            return failQueue(loader->errorString());
        RestoreRequest request = loader->takeRequest();
        describe(request);
        if (const QString problem = RestoreRun::validate(request); !problem.isEmpty())
            return failQueue(problem);
        QString error;
        const qint64 id = m_runManager ? m_runManager->enqueueRestore(std::move(request), &error) : 0;
        if (!id)
            return failQueue(error.isEmpty() ? tr("Cairn could not start the restore; try again.") : error);
        m_queuedId = id;
        m_queueError.clear();
        Q_EMIT restoreQueued(id);
        QWizard::done(QDialog::Accepted);
    });
    loader->start(chosen->id, m_serverPage->serverId(), mode());
}

void RestoreWizard::failQueue(const QString &sentence)
{
    m_queuing = false;
    m_queueError = sentence;
    m_summaryPage->setBusy({});
    m_summaryPage->setError(sentence);
    button(QWizard::FinishButton)->setEnabled(true);
    Q_EMIT queueFailed(sentence);
}

} // namespace cairn

#include "wizards/AddJobSummaryPage.h"

#include "wizards/AddJobSchedulePage.h"
#include "wizards/AddJobServerPage.h"
#include "wizards/AddJobSourcePage.h"
#include "wizards/AddJobStoragePage.h"
#include "wizards/AddJobWizard.h"
#include "wizards/AddStorageFieldError.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace cairn {

AddJobSummaryPage::AddJobSummaryPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Check and save"));
    setSubTitle(tr("This is what the job will do. Go back to change anything; nothing runs until you start "
                   "it or give it a schedule."));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // names and paths are shown as typed, never as markup
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    layout->addWidget(m_warning);
    m_error = new AddStorageFieldError(this);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void AddJobSummaryPage::initializePage()
{
    auto *w = static_cast<AddJobWizard *>(wizard());
    const JobSpec spec = w->spec();
    QStringList lines;
    lines << tr("Job: %1").arg(w->serverPage()->name());
    lines << tr("Server: %1 (client %2)").arg(w->serverPage()->serverName(), w->serverPage()->clientName());
    switch (spec.kind) {
    case JobSpec::Kind::Files:
        lines << tr("Backs up: %1").arg(spec.paths.join(QStringLiteral(", ")));
        if (!spec.excludes.isEmpty())
            lines << tr("Leaves out: %1").arg(spec.excludes.join(QStringLiteral(", ")));
        break;
    case JobSpec::Kind::MySql:
        lines
            << tr("Backs up the MariaDB/MySQL databases: %1").arg(spec.databases.join(QStringLiteral(", ")));
        break;
    case JobSpec::Kind::Postgres:
        lines << tr("Backs up the PostgreSQL database: %1").arg(spec.databases.join(QStringLiteral(", ")));
        break;
    }
    if (spec.kind != JobSpec::Kind::Files) {
        switch (spec.databaseLogin) {
        case JobSpec::DatabaseLogin::Socket:
            lines << tr("Logs in: as the SSH user, without a password");
            break;
        case JobSpec::DatabaseLogin::Sudo:
            lines << tr("Logs in: as the system user %1, without a password").arg(spec.databaseSudoUser);
            break;
        case JobSpec::DatabaseLogin::Password:
            lines << tr("Logs in: as %1, with the password kept in the keychain").arg(spec.databaseUser);
            break;
        }
    }
    lines << tr("Stores in: %1").arg(w->storagePage()->storageName());
    const QString compression = spec.compression == JobSpec::Compression::Auto
        ? tr("zstd when the server has it, else gzip")
        : JobSpec::compressionName(spec.compression);
    lines << (spec.compressionLevel > 0
            ? tr("Compression: %1, level %2").arg(compression).arg(spec.compressionLevel)
            : tr("Compression: %1").arg(compression));
    lines << (spec.encrypt ? tr("Encryption: on, with the client's key") : tr("Encryption: off"));
    lines << (spec.uploadBytesPerSecond > 0
            ? tr("Upload limit: %1 per second").arg(QLocale().formattedDataSize(spec.uploadBytesPerSecond))
            : tr("Upload limit: none"));
    lines << tr("Keeps: %1").arg(spec.retention.describe());
    if (const auto schedule = w->schedulePage()->schedule())
        lines << tr("Runs: %1").arg(schedule->describe());
    if (const auto verify = w->schedulePage()->verifySchedule(); verify && !verify->isManual())
        lines << tr("Verifies the newest backup: %1").arg(verify->describe());
    if (!spec.preCommand.isEmpty())
        lines << tr("Before: %1").arg(spec.preCommand);
    if (!spec.postCommand.isEmpty())
        lines << tr("After: %1").arg(spec.postCommand);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    const QString warning = w->sourcePage()->liveDatabaseWarning();
    m_warning->setText(warning.isEmpty() ? QString() : QStringLiteral("\u26A0 ") + warning);
    m_warning->setVisible(!warning.isEmpty());
    m_error->setMessage(w->problem());
}

QString AddJobSummaryPage::summaryText() const
{
    return m_summary->text();
}

void AddJobSummaryPage::setSaveError(const QString &sentence)
{
    m_error->setMessage(sentence);
}

bool AddJobSummaryPage::validatePage()
{
    const QString problem = static_cast<AddJobWizard *>(wizard())->problem();
    m_error->setMessage(problem);
    return problem.isEmpty();
}

} // namespace cairn

#include "wizards/RestoreSummaryPage.h"

#include "restore/BackupIndex.h"
#include "theme/Style.h"
#include "wizards/AddStorageFieldError.h"
#include "wizards/RestoreServerPage.h"
#include "wizards/RestoreWizard.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace cairn {

RestoreSummaryPage::RestoreSummaryPage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Ready to restore"));
    setSubTitle(tr("Check what will happen, then start the restore."));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("summary"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);
    m_busy = new QLabel(this);
    Style::makeMuted(m_busy);
    layout->addWidget(m_busy);
    m_error = new AddStorageFieldError(this);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void RestoreSummaryPage::initializePage()
{
    setError({});
    m_text->setText(summary());
}

QString RestoreSummaryPage::summary() const
{
    const auto backup = m_wizard->backup();
    if (!backup)
        return {};
    RestoreRequest request;
    request.backup = *backup;
    request.mode = m_wizard->mode();
    m_wizard->describe(request);
    const QString server = m_wizard->serverPage()->serverName();
    const QLocale locale;
    QStringList lines;
    lines << tr("Backup: %1 of %2, made %3 (%4).")
                 .arg(backup->jobName, backup->serverName,
                     locale.toString(backup->createdAt.toLocalTime(), QLocale::LongFormat),
                     locale.formattedDataSize(backup->size));
    if (request.mode == RestoreRequest::Mode::Database) {
        if (request.overOriginal)
            lines << tr("This replaces the database %1 on %2; the current contents are dropped once the "
                        "restored copy has loaded.")
                         .arg(request.databaseName, server);
        else
            lines << tr("The database is loaded into a new database named %1 on %2.")
                         .arg(request.databaseName, server);
    } else {
        if (request.overOriginal)
            lines << tr("The files replace what is in %1 on %2 now.").arg(request.destination, server);
        else
            lines << tr("The files go into the new folder %1 on %2; nothing else there is changed.")
                         .arg(request.destination, server);
        if (request.memberBytes.isEmpty()) {
            lines << tr("Everything in the backup is restored.");
        } else {
            QStringList names;
            for (qsizetype i = 0; i < request.memberBytes.size() && i < 5; ++i)
                names << QLatin1Char('/') + BackupIndex::displayName(request.memberBytes.at(i));
            QString chosen = names.join(QStringLiteral(", "));
            if (request.memberBytes.size() > 5)
                chosen = tr("%1 and %n more", nullptr, int(request.memberBytes.size() - 5)).arg(chosen);
            lines << tr("Only what you chose is restored: %1.").arg(chosen);
        }
    }
    lines << tr("%1 downloads the backup from your storage, checks that it is exactly what was stored, and "
                "only then puts the result in place; if anything fails, the server is left as it was.")
                 .arg(server);
    lines << tr("You can follow the restore and cancel it in Activity.");
    return lines.join(QStringLiteral("\n\n"));
}

void RestoreSummaryPage::setError(const QString &sentence)
{
    m_error->setMessage(sentence);
}

QString RestoreSummaryPage::error() const
{
    return m_error->message();
}

void RestoreSummaryPage::setBusy(const QString &what)
{
    m_busy->setText(what);
    m_busy->setVisible(!what.isEmpty());
}

bool RestoreSummaryPage::isComplete() const
{
    return !m_wizard->isQueuing();
}

} // namespace cairn

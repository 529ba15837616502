#include "wizards/RestoreTargetPage.h"

#include "restore/RestoreTarget.h"
#include "theme/Style.h"
#include "wizards/AddStorageFieldError.h"
#include "wizards/RestoreServerPage.h"
#include "wizards/RestoreWizard.h"

#include <QButtonGroup>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cairn {

namespace {

QLabel *muted(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    Style::makeMuted(label);
    return label;
}

// Indents a block under its radio button.
QVBoxLayout *indented(QVBoxLayout *outer)
{
    auto *inner = new QVBoxLayout;
    inner->setContentsMargins(outer->spacing() * 4, 0, 0, 0);
    outer->addLayout(inner);
    return inner;
}

} // namespace

RestoreTargetPage::RestoreTargetPage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Where should the restored data go?"));
    auto *layout = new QVBoxLayout(this);

    m_files = new QWidget(this);
    auto *files = new QVBoxLayout(m_files);
    files->setContentsMargins(0, 0, 0, 0);
    m_newFolder = new QRadioButton(tr("Into a &new folder (recommended)"), m_files);
    m_newFolder->setObjectName(QStringLiteral("newFolder"));
    files->addWidget(m_newFolder);
    auto *newBlock = indented(files);
    m_folder = new QLineEdit(m_files);
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setAccessibleName(tr("New folder on the server"));
    newBlock->addWidget(m_folder);
    newBlock->addWidget(
        muted(tr("Nothing on the server is replaced. Look through the restored copy, then move "
                 "what you need."),
            m_files));

    m_over = new QRadioButton(m_files);
    m_over->setObjectName(QStringLiteral("overOriginal"));
    files->addWidget(m_over);
    auto *overBlock = indented(files);
    m_overWarning = new QLabel(m_files);
    m_overWarning->setWordWrap(true);
    overBlock->addWidget(m_overWarning);
    m_confirmLabel = new QLabel(m_files);
    m_confirmLabel->setWordWrap(true);
    overBlock->addWidget(m_confirmLabel);
    m_confirm = new QLineEdit(m_files);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setAccessibleName(tr("Server name, typed to confirm"));
    m_confirmLabel->setBuddy(m_confirm);
    overBlock->addWidget(m_confirm);
    m_overUnavailable = muted(QString(), m_files);
    overBlock->addWidget(m_overUnavailable);
    auto *group = new QButtonGroup(this);
    group->addButton(m_newFolder);
    group->addButton(m_over);
    m_newFolder->setChecked(true);
    layout->addWidget(m_files);

    m_databases = new QWidget(this);
    auto *databases = new QVBoxLayout(m_databases);
    databases->setContentsMargins(0, 0, 0, 0);
    m_newDatabase = new QRadioButton(tr("Into a &new database (recommended)"), m_databases);
    m_newDatabase->setObjectName(QStringLiteral("newDatabase"));
    databases->addWidget(m_newDatabase);
    auto *newDbBlock = indented(databases);
    m_database = new QLineEdit(m_databases);
    m_database->setObjectName(QStringLiteral("databaseName"));
    m_database->setAccessibleName(tr("New database name"));
    newDbBlock->addWidget(m_database);
    newDbBlock->addWidget(
        muted(tr("Nothing your applications use is changed. When the restored copy looks right, point "
                 "your application at it or rename it."),
            m_databases));

    m_overDatabase = new QRadioButton(m_databases);
    m_overDatabase->setObjectName(QStringLiteral("overOriginalDatabase"));
    databases->addWidget(m_overDatabase);
    auto *overDbBlock = indented(databases);
    m_overDatabaseWarning = new QLabel(m_databases);
    m_overDatabaseWarning->setWordWrap(true);
    overDbBlock->addWidget(m_overDatabaseWarning);
    m_confirmDatabaseLabel = new QLabel(m_databases);
    m_confirmDatabaseLabel->setWordWrap(true);
    overDbBlock->addWidget(m_confirmDatabaseLabel);
    m_confirmDatabase = new QLineEdit(m_databases);
    m_confirmDatabase->setObjectName(QStringLiteral("confirmDatabase"));
    m_confirmDatabase->setAccessibleName(tr("Server name, typed to confirm"));
    m_confirmDatabaseLabel->setBuddy(m_confirmDatabase);
    overDbBlock->addWidget(m_confirmDatabase);
    m_overDatabaseExplained = muted(QString(), m_databases);
    overDbBlock->addWidget(m_overDatabaseExplained);
    auto *dbGroup = new QButtonGroup(this);
    dbGroup->addButton(m_newDatabase);
    dbGroup->addButton(m_overDatabase);
    m_newDatabase->setChecked(true);
    layout->addWidget(m_databases);

    m_error = new AddStorageFieldError(this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    for (QLineEdit *edit : { m_folder, m_confirm, m_database, m_confirmDatabase }) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_error->setMessage({});
            Q_EMIT completeChanged();
        });
    }
    connect(m_newFolder, &QRadioButton::toggled, this, &RestoreTargetPage::updateState);
    connect(m_newDatabase, &QRadioButton::toggled, this, &RestoreTargetPage::updateState);
}

void RestoreTargetPage::initializePage()
{
    const auto backup = m_wizard->backup();
    if (!backup)
        return;
    const QString serverName = m_wizard->serverPage()->serverName();
    const QString key = QString::number(backup->id) + QLatin1Char('/') + serverName;
    const bool files = backup->kind == QLatin1String("files");
    m_files->setVisible(files);
    m_databases->setVisible(!files);
    if (key == m_filledFor)
        return;
    m_filledFor = key;
    setSubTitle(files ? tr("The files go back onto %1.").arg(serverName)
                      : tr("The database is loaded on %1.").arg(serverName));
    if (files) {
        RestoreRequest probe;
        probe.backup = *backup;
        RestoreTarget::setNewFolder(probe, QDateTime::currentDateTimeUtc());
        m_folder->setText(probe.destination);
        const QString cannot = RestoreTarget::setOverOriginal(probe, QString());
        m_over->setText(cannot.isEmpty() ? tr("&Over the original location, %1").arg(probe.destination)
                                         : tr("&Over the original location"));
        m_over->setEnabled(cannot.isEmpty());
        m_overUnavailable->setText(cannot);
        m_overUnavailable->setVisible(!cannot.isEmpty());
        m_overWarning->setText(
            tr("This replaces what is in %1 on %2 now with the copy from the backup. Files "
               "added since the backup are lost.")
                .arg(probe.destination, serverName));
        m_confirmLabel->setText(tr("To confirm, type the server's name (%1):").arg(serverName));
        m_confirm->clear();
        m_newFolder->setChecked(true);
    } else {
        const QString source = QJsonDocument::fromJson(backup->manifestJson)
                                   .object()
                                   .value(QStringLiteral("source"))
                                   .toObject()
                                   .value(QStringLiteral("databases"))
                                   .toArray()
                                   .first()
                                   .toString();
        m_sourceDatabase = source;
        m_database->setText(RestoreTarget::newDatabaseName(
            source.isEmpty() ? QStringLiteral("restored") : source, QDateTime::currentDateTimeUtc()));
        m_overDatabase->setText(source.isEmpty() ? tr("&Over the original database")
                                                 : tr("&Over the original database, %1").arg(source));
        m_overDatabase->setEnabled(!source.isEmpty());
        m_overDatabaseWarning->setText(
            tr("This replaces the database %1 on %2 with the copy from the backup. Changes made since the "
               "backup are lost.")
                .arg(source, serverName));
        m_confirmDatabaseLabel->setText(tr("To confirm, type the server's name (%1):").arg(serverName));
        const QString staged = tr(
            "The dump is first loaded into a staging database and checked; only then does it replace %1, "
            "and its current contents are dropped. If anything fails before that, %1 is left as it is.")
                                   .arg(source);
        m_overDatabaseExplained->setText(backup->kind == QLatin1String("postgres") ? staged + QLatin1Char(' ')
                    + tr("Stop the applications that use %1 first: PostgreSQL cannot replace a database "
                         "that has open connections.")
                          .arg(source)
                                                                                   : staged + QLatin1Char(' ')
                    + tr("Applications that use %1 see it empty while the restored copy loads into it, so "
                         "stop "
                         "them first.")
                          .arg(source));
        m_confirmDatabase->clear();
        m_newDatabase->setChecked(true);
    }
    updateState();
}

void RestoreTargetPage::updateState()
{
    const bool over = m_over->isChecked();
    m_folder->setEnabled(!over);
    m_overWarning->setVisible(over);
    m_confirmLabel->setVisible(over);
    m_confirm->setVisible(over);
    const bool overDb = m_overDatabase->isChecked();
    m_database->setEnabled(!overDb);
    m_overDatabaseWarning->setVisible(overDb);
    m_confirmDatabaseLabel->setVisible(overDb);
    m_confirmDatabase->setVisible(overDb);
    m_overDatabaseExplained->setVisible(overDb);
    setFocusProxy(m_files->isVisibleTo(this) ? (over ? m_confirm : m_folder)
                                             : (overDb ? m_confirmDatabase : m_database));
    Q_EMIT completeChanged();
}

bool RestoreTargetPage::overOriginal() const
{
    return m_files->isVisibleTo(this) ? m_over->isChecked() : m_overDatabase->isChecked();
}

QString RestoreTargetPage::destination() const
{
    return m_folder->text().trimmed();
}

QString RestoreTargetPage::confirmation() const
{
    return m_files->isVisibleTo(this) ? m_confirm->text() : m_confirmDatabase->text();
}

QString RestoreTargetPage::sourceDatabase() const
{
    return m_sourceDatabase;
}

QString RestoreTargetPage::databaseName() const
{
    return m_database->text().trimmed();
}

bool RestoreTargetPage::isComplete() const
{
    if (!m_files->isVisibleTo(this)) {
        if (m_overDatabase->isChecked())
            return confirmation() == m_wizard->serverPage()->serverName();
        return !databaseName().isEmpty();
    }
    if (m_over->isChecked())
        return confirmation() == m_wizard->serverPage()->serverName();
    return !destination().isEmpty();
}

bool RestoreTargetPage::validatePage()
{
    // The same check the run makes, here so the sentence appears next to the field.
    RestoreRequest probe;
    if (const auto backup = m_wizard->backup())
        probe.backup = *backup;
    probe.mode = m_wizard->mode();
    probe.serverName = m_wizard->serverPage()->serverName();
    m_wizard->describe(probe);
    if (probe.mode == RestoreRequest::Mode::Files) {
        if (!probe.destination.startsWith(QLatin1Char('/'))
            || probe.destination.contains(QStringLiteral("/../"))
            || probe.destination.endsWith(QStringLiteral("/.."))) {
            m_error->setMessage(
                tr("The new folder must be a full path that starts with \"/\", for example /srv/restored."));
            return false;
        }
        if (probe.overOriginal && probe.confirmation != probe.serverName) {
            m_error->setMessage(tr("Type the server's name exactly as shown to confirm."));
            return false;
        }
    } else if (probe.overOriginal) {
        if (probe.confirmation != probe.serverName) {
            m_error->setMessage(tr("Type the server's name exactly as shown to confirm."));
            return false;
        }
    } else if (probe.databaseName.contains(QChar(0))) {
        m_error->setMessage(tr("Name the new database."));
        return false;
    }
    return true;
}

} // namespace cairn

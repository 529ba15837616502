#include "wizards/RestoreWhatPage.h"

#include "models/BackupIndexModel.h"
#include "restore/BackupIndexLoader.h"
#include "theme/Style.h"
#include "wizards/RestoreWizard.h"

#include <QButtonGroup>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace cairn {

RestoreWhatPage::RestoreWhatPage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("What do you want back?"));
    setSubTitle(tr("Restore everything the backup holds, or only the files and folders you tick."));
    auto *layout = new QVBoxLayout(this);
    m_whole = new QRadioButton(tr("&Everything in the backup"), this);
    m_whole->setObjectName(QStringLiteral("wholeArchive"));
    m_chosen = new QRadioButton(tr("&Only the files and folders I choose"), this);
    m_chosen->setObjectName(QStringLiteral("chosenFiles"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_whole);
    group->addButton(m_chosen);
    m_whole->setChecked(true);
    layout->addWidget(m_whole);
    layout->addWidget(m_chosen);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setAccessibleName(tr("Filter files by name"));
    m_filter->setPlaceholderText(tr("Find files by name"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_model = new BackupIndexModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("index"));
    m_tree->setAccessibleName(tr("Files in the backup"));
    m_tree->setUniformRowHeights(true); // what keeps 100k rows quick
    m_tree->setModel(m_model);
    m_tree->header()->setSectionResizeMode(BackupIndexModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(BackupIndexModel::SizeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(BackupIndexModel::ModifiedColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("indexStatus"));
    m_status->setWordWrap(true);
    Style::makeMuted(m_status);
    layout->addWidget(m_status);

    // Filtering 100k names takes a few milliseconds; waiting for a pause in typing keeps each
    // keystroke instant.
    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(200);
    connect(m_filterDelay, &QTimer::timeout, this, &RestoreWhatPage::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_chosen, &QRadioButton::toggled, this, &RestoreWhatPage::updateState);
    connect(m_model, &BackupIndexModel::checkedChanged, this, &RestoreWhatPage::updateState);
    setFocusProxy(m_whole);
    updateState();
}

void RestoreWhatPage::initializePage()
{
    const auto backup = m_wizard->backup();
    if (backup && backup->id != m_loadedFor)
        loadIndex(backup->id);
    updateState();
}

void RestoreWhatPage::loadIndex(qint64 backupId)
{
    m_loadedFor = backupId;
    m_loaded = false;
    m_model->setIndex(nullptr);
    m_filter->clear();
    delete m_loader;
    m_status->setText(tr("Loading the list of files in this backup…"));
    m_loader = new BackupIndexLoader(m_wizard->database(), m_wizard->secrets(), this);
    BackupIndexLoader *loader = m_loader;
    connect(loader, &BackupIndexLoader::finished, this, [this, loader] {
        if (loader != m_loader)
            return;
        m_loaded = loader->ok();
        if (m_loaded) {
            const auto index = loader->index();
            m_model->setIndex(index);
            m_status->setText(summary(*index));
            // The backed-up folders sit a few levels down (srv/www): open the way to them.
            QModelIndex at = m_model->index(0, 0);
            while (at.isValid() && m_model->rowCount(at) == 1) {
                m_tree->expand(at);
                at = m_model->index(0, 0, at);
            }
            m_tree->expand(at);
        } else {
            m_status->setText(loader->errorString());
        }
        updateState();
        Q_EMIT indexLoaded(m_loaded);
    });
    loader->start(backupId);
}

QString RestoreWhatPage::summary(const BackupIndex &index)
{
    const int entries = int(index.entries().size());
    return tr("%n entries, %1 in files.", nullptr, entries)
        .arg(QLocale().formattedDataSize(index.totalSize()));
}

void RestoreWhatPage::applyFilter()
{
    m_model->setFilter(m_filter->text().trimmed());
    if (!m_model->filter().isEmpty()) {
        // Few matches: show them all; many: leave folders closed so the view stays quick.
        if (m_model->matchCount() <= 500)
            m_tree->expandAll();
        m_status->setText(m_model->matchCount() == 0
                ? tr("No file or folder name contains \"%1\".").arg(m_model->filter())
                : tr("%n entries match.", nullptr, m_model->matchCount()));
    } else if (const auto index = m_model->backupIndex()) {
        m_status->setText(summary(*index));
    }
}

void RestoreWhatPage::updateState()
{
    const bool choosing = m_chosen->isChecked();
    m_chosen->setEnabled(m_loaded);
    m_filter->setEnabled(choosing && m_loaded);
    m_tree->setEnabled(choosing && m_loaded);
    Q_EMIT completeChanged();
}

bool RestoreWhatPage::wholeArchive() const
{
    return !m_chosen->isChecked() || !m_loaded || m_model->allChecked();
}

QList<QByteArray> RestoreWhatPage::members() const
{
    return wholeArchive() ? QList<QByteArray>() : m_model->checkedMembers();
}

bool RestoreWhatPage::isIndexLoaded() const
{
    return m_loaded;
}

bool RestoreWhatPage::isComplete() const
{
    return !m_chosen->isChecked() || (m_loaded && m_model->hasChecked());
}

} // namespace cairn

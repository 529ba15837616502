#include "views/BackupsPage.h"

#include "backup/BackupDeleter.h"
#include "backup/BackupTimeline.h"
#include "backup/RunManager.h"
#include "dialogs/DownloadLinkDialog.h"
#include "dialogs/ImportBackupsDialog.h"
#include "models/BackupTimelineModel.h"
#include "restore/RestoreRequestLoader.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "security/ReauthGate.h"
#include "servers/Background.h"
#include "storage/S3Client.h"
#include "storage/StorageTargetStore.h"
#include "store/StorageRepository.h"
#include "theme/Style.h"
#include "views/EmptyState.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cairn {

BackupsPage::BackupsPage(std::shared_ptr<Database> database, QWidget *parent)
    : QWidget(parent), m_database(std::move(database))
{
    setObjectName(QStringLiteral("backupsPage"));
    Style::useBaseBackground(this);
    auto *layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height() * 3 / 2;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(margin * 2 / 3);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Backups"), this);
    Style::makeTitle(title);
    header->addWidget(title);
    header->addStretch(1);
    m_import = new QPushButton(tr("&Import backups from storage…"), this);
    m_import->setObjectName(QStringLiteral("importBackups"));
    m_import->setToolTip(tr("List the backups a bucket holds that this computer does not know (a new "
                            "computer, a lost database)."));
    header->addWidget(m_import);
    layout->addLayout(header);

    auto *actions = new QHBoxLayout;
    const auto button = [this, actions](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        actions->addWidget(b);
        return b;
    };
    m_restore = button(tr("&Restore…"), QStringLiteral("restoreBackup"),
        tr("Restore this backup to its server or another one."));
    m_verify = button(tr("&Verify now"), QStringLiteral("verifyBackup"),
        tr("Download the archive on its server and check it against its manifest, without unpacking."));
    m_drill = button(tr("Restore &drill"), QStringLiteral("drillBackup"),
        tr("Unpack the archive into a scratch folder on its server, check it, then delete the scratch "
           "copy."));
    m_link = button(tr("Download &link…"), QStringLiteral("linkBackup"),
        tr("A link to download the archive, and the commands that restore it without Cairn."));
    m_delete = button(tr("D&elete backup…"), QStringLiteral("deleteBackup"),
        tr("Delete this backup from storage and from the list."));
    actions->addStretch(1);
    layout->addLayout(actions);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("backupsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    m_operationsLayout = new QVBoxLayout;
    m_operationsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_operationsLayout);

    m_model = new BackupTimelineModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("timeline"));
    m_view->setAccessibleName(tr("Backups by client, server and job"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);

    m_empty = new EmptyState(QStringLiteral("nav-backups"), tr("No backups yet"),
        tr("Every complete backup appears here, by server and job, once a job has run successfully. Backups "
           "made on another computer can be imported from their storage."),
        tr("Import backups from storage…"), this);
    m_loading = new QLabel(tr("Reading the backup catalogue…"), this);
    m_loading->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_loading);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    connect(&m_watcher, &QFutureWatcher<QList<BackupTimelineEntry>>::finished, this, &BackupsPage::onLoaded);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BackupsPage::updateActions);
    connect(m_view, &QWidget::customContextMenuRequested, this, &BackupsPage::showContextMenu);
    connect(m_view, &QTreeView::activated, this, [this] {
        if (const qint64 id = selectedBackupId())
            Q_EMIT restoreRequested(id);
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedBackupId())
            Q_EMIT restoreRequested(id);
    });
    connect(m_verify, &QPushButton::clicked, this, [this] { verifyBackup(); });
    connect(m_drill, &QPushButton::clicked, this, [this] { drillBackup(); });
    connect(m_link, &QPushButton::clicked, this, [this] { openDownloadLinkDialog(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { openDeleteDialog(); });
    connect(m_import, &QPushButton::clicked, this, &BackupsPage::openImportDialog);
    connect(m_empty, &EmptyState::buttonClicked, this, &BackupsPage::openImportDialog);
    updateActions();
}

BackupsPage::~BackupsPage()
{
    // The read holds the database: let it end before the page (and maybe the database) goes.
    m_watcher.waitForFinished();
    // A run manager going away cancels its queue and says so: not to this half-destroyed page.
    if (m_runs)
        disconnect(m_runs, nullptr, this, nullptr);
}

void BackupsPage::setServices(RunManager *runs, SecretStore *secrets)
{
    m_secrets = secrets;
    m_runs = runs;
    connect(m_runs, &RunManager::restoreProgress, this, &BackupsPage::onRestoreProgress);
    connect(m_runs, &RunManager::restoreFinished, this, &BackupsPage::onRestoreFinished);
}

RunManager *BackupsPage::runs()
{
    if (!m_runs)
        setServices(new RunManager(m_database, this), secrets());
    return m_runs;
}

SecretStore *BackupsPage::secrets()
{
    if (!m_secrets)
        m_secrets = new SecretStore(this);
    return m_secrets;
}

void BackupsPage::setClientId(qint64 clientId)
{
    m_clientId = clientId;
    invalidate();
}

void BackupsPage::invalidate()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void BackupsPage::reload()
{
    m_stale = false;
    if (m_watcher.isRunning()) {
        m_reloadAgain = true; // the filter changed mid-read: read once more when it ends
        return;
    }
    if (const qint64 selected = selectedBackupId())
        m_reselect = selected;
    if (m_model->rowCount() == 0)
        m_stack->setCurrentWidget(m_loading);
    const std::shared_ptr<Database> database = m_database;
    const qint64 clientId = m_clientId;
    m_watcher.setFuture(QtConcurrent::run([database, clientId] {
        StoreError error;
        QList<BackupTimelineEntry> entries = BackupTimeline::load(database, clientId, &error);
        if (error)
            qWarning("%s", qPrintable(error.message));
        return entries;
    }));
}

void BackupsPage::onLoaded()
{
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
        return;
    }
    m_model->setEntries(m_watcher.result(), m_clientId == 0);
    m_view->expandAll();
    if (m_model->backupCount() > 0) {
        m_view->resizeColumnToContents(0);
        for (int column = 1; column < BackupTimelineModel::ColumnCount; ++column)
            m_view->resizeColumnToContents(column);
    }
    m_stack->setCurrentWidget(m_model->backupCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
    if (m_reselect)
        selectBackup(m_reselect);
    updateActions();
    Q_EMIT loaded();
}

bool BackupsPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void BackupsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

qint64 BackupsPage::selectedBackupId() const
{
    return m_view->currentIndex().data(BackupTimelineModel::BackupIdRole).toLongLong();
}

bool BackupsPage::selectBackup(qint64 backupId)
{
    const QModelIndex index = m_model->indexOfBackup(backupId);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_reselect = backupId;
    return true;
}

void BackupsPage::updateActions()
{
    const bool backup = selectedBackupId() != 0;
    for (QPushButton *b : { m_restore, m_verify, m_drill, m_link, m_delete })
        b->setEnabled(backup);
}

void BackupsPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    const qint64 id = index.data(BackupTimelineModel::BackupIdRole).toLongLong();
    if (!id)
        return;
    m_view->setCurrentIndex(index);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Restore…"), this, [this, id] { Q_EMIT restoreRequested(id); });
    menu->addAction(tr("&Verify now"), this, [this, id] { verifyBackup(id); });
    menu->addAction(tr("Restore &drill"), this, [this, id] { drillBackup(id); });
    menu->addAction(tr("Download &link…"), this, [this, id] { openDownloadLinkDialog(id); });
    menu->addSeparator();
    menu->addAction(tr("D&elete backup…"), this, [this, id] { openDeleteDialog(id); });
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

QString BackupsPage::describe(qint64 backupId) const
{
    const BackupTimelineEntry *entry = m_model->entry(backupId);
    if (!entry)
        return tr("the backup");
    return tr("the backup of %1 on %2 from %3")
        .arg(entry->backup.jobName, entry->backup.serverName,
            QLocale().toString(entry->backup.createdAt.toLocalTime(), QLocale::ShortFormat));
}

void BackupsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(error ? tr("Problem: %1").arg(text) : text);
    m_message->setVisible(!text.isEmpty());
}

void BackupsPage::verifyBackup(qint64 backupId)
{
    startCheck(backupId ? backupId : selectedBackupId(), false);
}

void BackupsPage::drillBackup(qint64 backupId)
{
    startCheck(backupId ? backupId : selectedBackupId(), true);
}

void BackupsPage::startCheck(qint64 backupId, bool drill)
{
    if (!backupId)
        return;
    const QString what = describe(backupId);
    showMessage(
        drill ? tr("Preparing the restore drill of %1…").arg(what) : tr("Preparing to verify %1…").arg(what),
        false);
    auto *loader = new RestoreRequestLoader(m_database, secrets(), this);
    connect(loader, &RestoreRequestLoader::finished, this, [this, loader, backupId, drill, what] {
        loader->deleteLater();
        if (!loader->ok()) {
            showMessage(loader->errorString(), true);
            Q_EMIT operationFinished(backupId, false, loader->errorString());
            return;
        }
        QString error;
        const qint64 restoreId = runs()->enqueueRestore(loader->takeRequest(), &error);
        if (!restoreId) {
            showMessage(error, true);
            Q_EMIT operationFinished(backupId, false, error);
            return;
        }
        showMessage(QString(), false);
        addOperation(
            restoreId, backupId, drill ? tr("Restore drill of %1").arg(what) : tr("Verifying %1").arg(what));
    });
    loader->start(backupId, 0, drill ? RestoreRequest::Mode::Drill : RestoreRequest::Mode::Verify);
}

void BackupsPage::addOperation(qint64 restoreId, qint64 backupId, const QString &text)
{
    Operation op;
    op.backupId = backupId;
    op.row = new QWidget(this);
    op.row->setObjectName(QStringLiteral("operation"));
    auto *row = new QHBoxLayout(op.row);
    row->setContentsMargins(0, 0, 0, 0);
    op.label = new QLabel(tr("%1: queued").arg(text), op.row);
    op.label->setProperty("baseText", text);
    op.bar = new QProgressBar(op.row);
    op.bar->setRange(0, 0);
    op.bar->setAccessibleName(text);
    op.bar->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    auto *cancel = new QPushButton(tr("Cancel"), op.row);
    cancel->setObjectName(QStringLiteral("cancelOperation"));
    cancel->setAccessibleName(tr("Cancel: %1").arg(text));
    connect(cancel, &QPushButton::clicked, this, [this, restoreId, cancel] {
        cancel->setEnabled(false);
        runs()->cancelRestore(restoreId);
    });
    row->addWidget(op.label, 1);
    row->addWidget(op.bar);
    row->addWidget(cancel);
    m_operationsLayout->addWidget(op.row);
    m_operations.insert(restoreId, op);
}

void BackupsPage::onRestoreProgress(qint64 restoreId, qint64 bytes, qint64 total)
{
    const auto it = m_operations.constFind(restoreId);
    if (it == m_operations.cend())
        return;
    const QLocale locale;
    const QString text = it->label->property("baseText").toString();
    if (total > 0) {
        it->bar->setRange(0, 1000);
        it->bar->setValue(int(qBound(qint64(0), bytes * 1000 / total, qint64(1000))));
        it->label->setText(tr("%1: %2 of %3 checked")
                               .arg(text, locale.formattedDataSize(bytes), locale.formattedDataSize(total)));
    } else {
        it->label->setText(tr("%1: %2 checked").arg(text, locale.formattedDataSize(bytes)));
    }
}

void BackupsPage::onRestoreFinished(qint64 restoreId, const RestoreResult &result)
{
    // Any restore, verify or drill may have changed what a row says (verified, drilled).
    invalidate();
    const auto it = m_operations.find(restoreId);
    if (it == m_operations.end())
        return;
    const Operation op = *it;
    m_operations.erase(it);
    op.row->deleteLater();
    QString message = result.message;
    if (!result.succeeded() && !result.detail.isEmpty())
        message += QLatin1Char(' ') + tr("The server said: %1").arg(result.detail.left(300));
    showMessage(message, !result.succeeded() && result.status != RestoreResult::Status::Cancelled);
    Q_EMIT operationFinished(op.backupId, result.succeeded(), result.message);
}

DownloadLinkDialog *BackupsPage::openDownloadLinkDialog(qint64 backupId)
{
    if (!backupId)
        backupId = selectedBackupId();
    const BackupTimelineEntry *entry = m_model->entry(backupId);
    if (!entry)
        return nullptr;
    auto *dialog = new DownloadLinkDialog(m_database, secrets(), entry->backup, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QMessageBox *BackupsPage::openDeleteDialog(qint64 backupId)
{
    if (!backupId)
        backupId = selectedBackupId();
    if (!backupId)
        return nullptr;
    if (const QString refused = BackupDeleter::refusal(m_database, backupId); !refused.isEmpty()) {
        showMessage(refused, true);
        return nullptr;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete backup"),
        tr("Delete %1? Its archive, file index and manifest are deleted from storage; this cannot be undone.")
            .arg(describe(backupId)),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirm"));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteConfirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, backupId](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        ReauthGate::ask(this, m_database, tr("Deleting a backup"), [this, backupId] { deleteNow(backupId); });
    });
    box->open();
    return box;
}

void BackupsPage::deleteNow(qint64 backupId)
{
    const auto finish = [this, backupId](const QString &error) {
        showMessage(error.isEmpty() ? tr("The backup was deleted.") : error, !error.isEmpty());
        invalidate();
        Q_EMIT deleteFinished(backupId, error);
    };
    if (const QString refused = BackupDeleter::refusal(m_database, backupId); !refused.isEmpty())
        return finish(refused);
    const auto backup = BackupRepository(m_database).find(backupId);
    const auto storage = backup ? StorageRepository(m_database).findById(backup->storageId) : std::nullopt;
    if (!storage)
        return finish(
            tr("The storage that holds this backup is no longer configured; add it again, then delete."));
    showMessage(tr("Deleting %1…").arg(describe(backupId)), false);
    SecretJob *job = secrets()->read(storage->secretRef);
    const std::shared_ptr<Database> database = m_database;
    connect(job, &SecretJob::finished, this,
        [this, finish, database, backupId, target = StorageTargetStore::toS3(*storage)](SecretJob *done) {
            done->deleteLater();
            if (!done->ok())
                return finish(done->errorString());
            auto secret = std::make_shared<SecureBytes>(done->takeData());
            runInBackground(
                this,
                [target, secret, database, backupId] {
                    S3Client client(target, SigningSecret(secret->view()));
                    secret->clear();
                    if (!client.isValid())
                        return client.errorString();
                    return BackupDeleter::deleteBackup(client, database, backupId);
                },
                finish);
        });
}

ImportBackupsDialog *BackupsPage::openImportDialog()
{
    auto *dialog = new ImportBackupsDialog(m_database, secrets(), m_clientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportBackupsDialog::importFinished, this, [this](int imported, const QString &) {
        if (imported > 0)
            invalidate();
    });
    dialog->open();
    return dialog;
}

} // namespace cairn

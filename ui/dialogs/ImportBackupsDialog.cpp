#include "dialogs/ImportBackupsDialog.h"

#include "restore/BackupImporter.h"
#include "store/StorageRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn {

ImportBackupsDialog::ImportBackupsDialog(
    std::shared_ptr<Database> database, SecretStore *secrets, qint64 clientId, QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_secrets(secrets)
{
    setObjectName(QStringLiteral("importBackupsDialog"));
    setWindowTitle(tr("Import backups from storage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("Cairn reads the manifests in the bucket and lists every backup this computer "
                        "does not know yet, after checking that its archive is still there and "
                        "complete. Use it on a new computer or after losing Cairn's database."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_storage = new QComboBox(this);
    m_storage->setAccessibleName(tr("Storage to import from"));
    const QList<StorageTarget> targets = StorageRepository(m_database).list(clientId);
    for (const StorageTarget &t : targets) {
        const QString where = t.prefix.isEmpty() ? t.bucket : t.bucket + QLatin1Char('/') + t.prefix;
        m_storage->addItem(clientId == 0 ? tr("%1 — %2 (%3)").arg(t.clientName, t.name, where)
                                         : tr("%1 (%2)").arg(t.name, where),
            t.id);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Storage:"), m_storage);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_skipped = new QPlainTextEdit(this);
    m_skipped->setReadOnly(true);
    m_skipped->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_skipped->setAccessibleName(tr("Backups not imported, and why"));
    m_skipped->setVisible(false);
    layout->addWidget(m_skipped, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_import, &QPushButton::clicked, this, &ImportBackupsDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &ImportBackupsDialog::reject);
    layout->addWidget(buttons);

    if (targets.isEmpty()) {
        m_import->setEnabled(false);
        m_status->setText(tr("This client has no storage target yet; add one under Storage first."));
    }
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

bool ImportBackupsDialog::isRunning() const
{
    return m_importer && m_importer->isRunning();
}

bool ImportBackupsDialog::selectStorage(qint64 storageId)
{
    const int index = m_storage->findData(storageId);
    if (index >= 0)
        m_storage->setCurrentIndex(index);
    return index >= 0;
}

void ImportBackupsDialog::startImport()
{
    if (isRunning() || m_storage->currentIndex() < 0)
        return;
    if (!m_importer) {
        m_importer = new BackupImporter(m_database, m_secrets, this);
        connect(m_importer, &BackupImporter::progress, this, [this](int done, int total) {
            m_progress->setRange(0, qMax(total, 1));
            m_progress->setValue(done);
            m_status->setText(tr("Checking manifest %1 of %2…").arg(qMin(done + 1, total)).arg(total));
        });
        connect(m_importer, &BackupImporter::finished, this, &ImportBackupsDialog::onFinished);
    }
    m_import->setEnabled(false);
    m_storage->setEnabled(false);
    m_skipped->clear();
    m_skipped->setVisible(false);
    m_progress->setRange(0, 0); // busy until the listing says how many there are
    m_progress->setVisible(true);
    m_status->setText(tr("Listing the backups in storage…"));
    m_importer->start(m_storage->currentData().toLongLong());
}

void ImportBackupsDialog::onFinished()
{
    const BackupImportOutcome &outcome = m_importer->outcome();
    m_progress->setVisible(false);
    m_import->setEnabled(true);
    m_storage->setEnabled(true);
    m_close->setText(tr("&Close"));
    const int imported = outcome.imported;
    const int known = outcome.alreadyKnown;
    const int skipped = int(outcome.skipped.size());
    QString message;
    if (!outcome.error.isEmpty()) {
        message = outcome.error;
    } else if (outcome.cancelled) {
        message = tr("The import was cancelled; %n backup(s) were added before that.", nullptr, imported);
    } else {
        QStringList parts;
        parts << tr("Imported %n backup(s)", nullptr, imported);
        parts << tr("%n were already known", nullptr, known);
        if (skipped > 0)
            parts << tr("%n could not be imported (see below)", nullptr, skipped);
        message = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    }
    m_status->setText(message);
    if (!outcome.skipped.isEmpty()) {
        m_skipped->setPlainText(outcome.skipped.join(QLatin1Char('\n')));
        m_skipped->setVisible(true);
        m_skipped->setMinimumHeight(fontMetrics().height() * 6);
    }
    // The result may be longer than the question: grow to show it whole.
    adjustSize();
    Q_EMIT importFinished(outcome.imported, message);
}

void ImportBackupsDialog::reject()
{
    // Cancel stops a running import first; the dialog closes once the worker has let go.
    if (isRunning()) {
        m_importer->cancel();
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace cairn

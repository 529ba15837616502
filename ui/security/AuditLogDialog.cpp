#include "security/AuditLogDialog.h"

#include "security/AuditCsv.h"
#include "store/ClientRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cairn {

namespace {
// Enough for years of a busy office; the viewer filters in memory.
constexpr int MaximumEntries = 100000;
} // namespace

AuditLogDialog::AuditLogDialog(std::shared_ptr<Database> database, QWidget *parent)
    : QDialog(parent), m_database(std::move(database))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QGridLayout;
    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("auditClient"));
    m_client->setAccessibleName(tr("Client"));
    m_client->addItem(tr("All clients"), qint64(0));
    for (const Client &client : ClientRepository(m_database).list())
        m_client->addItem(client.name, client.id);
    auto *clientLabel = new QLabel(tr("C&lient:"), this);
    clientLabel->setBuddy(m_client);
    filters->addWidget(clientLabel, 0, 0);
    filters->addWidget(m_client, 0, 1);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setAccessibleName(tr("Action or object contains"));
    m_text->setPlaceholderText(tr("server.remove, a server's name, …"));
    m_text->setClearButtonEnabled(true);
    auto *textLabel = new QLabel(tr("&Contains:"), this);
    textLabel->setBuddy(m_text);
    filters->addWidget(textLabel, 0, 2);
    filters->addWidget(m_text, 0, 3);

    const QDateTime now = QDateTime::currentDateTime();
    m_useFrom = new QCheckBox(tr("&From:"), this);
    m_useFrom->setObjectName(QStringLiteral("auditUseFrom"));
    m_from = new QDateTimeEdit(now.addDays(-30), this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("From"));
    m_from->setEnabled(false);
    m_useTo = new QCheckBox(tr("&To:"), this);
    m_useTo->setObjectName(QStringLiteral("auditUseTo"));
    m_to = new QDateTimeEdit(now, this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("To"));
    m_to->setEnabled(false);
    filters->addWidget(m_useFrom, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(m_useTo, 1, 2);
    filters->addWidget(m_to, 1, 3);
    filters->setColumnStretch(3, 1);
    layout->addLayout(filters);

    m_chain = new QLabel(this);
    m_chain->setObjectName(QStringLiteral("auditChainStatus"));
    m_chain->setWordWrap(true);
    m_chain->setTextFormat(Qt::PlainText);
    layout->addWidget(m_chain);

    m_model = new QStandardItemModel(0, 5, this);
    m_model->setHorizontalHeaderLabels({ tr("Time"), tr("Who"), tr("Action"), tr("Object"), tr("Outcome") });
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_count = new QLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("auditExportCsv"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogDialog::chooseExportFile);
    connect(m_client, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_text, &QLineEdit::textChanged, this, &AuditLogDialog::reload);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_useFrom, &QCheckBox::toggled, this, &AuditLogDialog::reload);
    connect(m_useTo, &QCheckBox::toggled, this, &AuditLogDialog::reload);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &AuditLogDialog::reload);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &AuditLogDialog::reload);

    const int unit = fontMetrics().height();
    resize(unit * 60, unit * 32);
    reload();
}

AuditFilter AuditLogDialog::filter() const
{
    AuditFilter f;
    f.clientId = m_client->currentData().toLongLong();
    if (m_useFrom->isChecked())
        f.from = m_from->dateTime();
    if (m_useTo->isChecked())
        f.to = m_to->dateTime();
    f.text = m_text->text();
    return f;
}

void AuditLogDialog::reload()
{
    const AuditLog log(m_database);
    const AuditLog::Verification verification = log.verify();
    // A word beside the colour: the status must not rest on colour alone.
    m_chain->setText(verification.intact ? tr("Chain intact. %1").arg(verification.message)
                                         : tr("Chain broken. %1").arg(verification.message));
    const AuditFilter f = filter();
    m_shown = f.apply(log.entries(f.clientId, MaximumEntries));
    m_model->removeRows(0, m_model->rowCount());
    for (const AuditEntry &e : std::as_const(m_shown)) {
        QString object = e.object;
        // Object names come from people (server names, paths): one line each, control characters shown.
        object.replace(QLatin1Char('\n'), QStringLiteral("\\n"))
            .replace(QLatin1Char('\r'), QStringLiteral("\\r"));
        QList<QStandardItem *> row { new QStandardItem(
                                         QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat)),
            new QStandardItem(e.actor), new QStandardItem(e.action), new QStandardItem(object),
            new QStandardItem(e.outcome) };
        row.first()->setData(e.id, Qt::UserRole);
        m_model->appendRow(row);
    }
    m_count->setText(tr("%n entries shown", nullptr, int(m_shown.size())));
}

QString AuditLogDialog::exportCsv(const QString &path) const
{
    // Who did what and when: readable by this user only, from the first byte.
    QFile file(path);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) || !file.setPermissions(ownerOnly)
        || file.write(AuditCsv::encode(m_shown)) < 0 || !file.flush())
        return tr("Cairn could not write %1 (%2); choose another place.").arg(path, file.errorString());
    return {};
}

void AuditLogDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit log"), QStringLiteral("cairn-audit.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString problem = exportCsv(path);
    const int shown = int(m_shown.size());
    m_count->setText(
        problem.isEmpty() ? tr("%n entries exported to %1.", nullptr, shown).arg(path) : problem);
}

} // namespace cairn

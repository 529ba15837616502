#include "dialogs/AddClientDialog.h"

#include "store/ClientRepository.h"
#include "theme/Icons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn {

AddClientDialog::AddClientDialog(std::shared_ptr<Database> database, QWidget *parent)
    : QDialog(parent), m_database(std::move(database))
{
    setWindowTitle(tr("Add client"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A client is a company or person you back up servers for. Its servers, "
                                "storage and jobs are kept apart from every other client's."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("clientName"));
    m_name->setPlaceholderText(tr("For example: Example Ltd."));
    m_name->setAccessibleName(tr("Client name"));
    auto *nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(4);
    nameColumn->addWidget(m_name);

    m_errorRow = new QWidget(this);
    auto *errorLayout = new QHBoxLayout(m_errorRow);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    m_errorIcon = new QLabel(m_errorRow);
    const int side = fontMetrics().height();
    m_errorIcon->setPixmap(Icons::health(Health::Error).pixmap(side, side));
    m_errorIcon->setAlignment(Qt::AlignTop);
    m_error = new QLabel(m_errorRow);
    m_error->setObjectName(QStringLiteral("clientNameError"));
    m_error->setTextFormat(Qt::PlainText); // the sentence may quote what was typed
    m_error->setWordWrap(true);
    errorLayout->addWidget(m_errorIcon);
    errorLayout->addWidget(m_error, 1);
    m_errorRow->hide();
    nameColumn->addWidget(m_errorRow);

    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameColumn);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("clientNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(fontMetrics().height() * 4);
    auto *notesLabel = new QLabel(tr("N&otes (optional):"), this);
    notesLabel->setBuddy(m_notes);
    form->addRow(notesLabel, m_notes);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *add = buttons->button(QDialogButtonBox::Ok);
    add->setText(tr("Add client"));
    add->setObjectName(QStringLiteral("addClientButton"));
    add->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddClientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddClientDialog::reject);
    // Once a problem is shown, it goes away as soon as the name is fixed.
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_errorRow->isVisibleTo(this))
            showError(ClientRepository::validateName(text));
    });
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString AddClientDialog::errorText() const
{
    return m_errorRow->isVisibleTo(this) ? m_error->text() : QString();
}

void AddClientDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_errorRow->setVisible(!message.isEmpty());
    m_name->setAccessibleDescription(message);
    // A window does not grow by itself for wrapped text; make room so nothing overlaps.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void AddClientDialog::accept()
{
    const QString problem = ClientRepository::validateName(m_name->text());
    if (!problem.isEmpty()) {
        showError(problem);
        m_name->setFocus();
        return;
    }
    StoreError error;
    const qint64 id
        = ClientRepository(m_database).add(m_name->text(), m_notes->toPlainText().trimmed(), &error);
    if (error) {
        showError(error.message);
        m_name->setFocus();
        m_name->selectAll();
        return;
    }
    m_clientId = id;
    QDialog::accept();
}

} // namespace cairn

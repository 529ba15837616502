#include "security/SecurityFormDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn {

SecurityFormDialog::SecurityFormDialog(const QString &title, const QString &intro, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    if (!intro.isEmpty()) {
        auto *text = new QLabel(intro, this);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        layout->addWidget(text);
    }
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("formStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SecurityFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SecurityFormDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QLineEdit *SecurityFormDialog::addField(const QString &objectName, const QString &label, bool secret)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(edit);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_form->addRow(caption, edit);
    m_fields.insert(objectName, edit);
    return edit;
}

void SecurityFormDialog::addRow(const QString &label, QWidget *widget)
{
    auto *caption = new QLabel(label, this);
    caption->setBuddy(widget);
    m_form->addRow(caption, widget);
}

void SecurityFormDialog::setBusy(const QString &what)
{
    m_busy = true;
    m_ok->setEnabled(false);
    m_status->setText(what);
}

void SecurityFormDialog::showError(const QString &message)
{
    m_busy = false;
    m_ok->setEnabled(true);
    m_status->setText(message);
    for (QLineEdit *edit : std::as_const(m_fields))
        if (edit->echoMode() == QLineEdit::Password)
            edit->clear();
}

void SecurityFormDialog::accept()
{
    if (m_busy)
        return;
    if (!m_action) {
        QDialog::accept();
        return;
    }
    m_action(this);
}

} // namespace cairn

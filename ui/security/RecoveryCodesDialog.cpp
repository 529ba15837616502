#include "security/RecoveryCodesDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn {

RecoveryCodesDialog::RecoveryCodesDialog(const QStringList &codes, QWidget *parent)
    : QDialog(parent), m_codes(codes)
{
    setObjectName(QStringLiteral("recoveryCodesDialog"));
    setWindowTitle(tr("Recovery codes"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each code signs you in once when your phone is not at hand, or resets a "
                                "forgotten master password. Save them now (print them, or keep them in a "
                                "password manager): Cairn shows them only this once."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_text = new QPlainTextEdit(codes.join(QLatin1Char('\n')), this);
    m_text->setObjectName(QStringLiteral("recoveryCodes"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Recovery codes"));
    layout->addWidget(m_text);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    QPushButton *done = buttons->addButton(tr("I have &saved them"), QDialogButtonBox::AcceptRole);
    done->setDefault(true);
    connect(copy, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_codes.join(QLatin1Char('\n'))); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
}

} // namespace cairn

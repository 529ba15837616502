#include "wizards/AddServerStatus.h"

#include "theme/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn {

AddServerStatus::AddServerStatus(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0); // busy: a network step cannot say how far along it is
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Working"));
    m_bar->setMaximumHeight(fontMetrics().height() / 2 + 2);
    layout->addWidget(m_bar);

    auto *row = new QHBoxLayout;
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("statusText"));
    m_text->setTextFormat(Qt::PlainText); // sentences may quote what was typed or what a server said
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelStepButton"));
    m_cancel->setAccessibleName(tr("Cancel this step"));
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    row->addWidget(m_icon);
    row->addWidget(m_text, 1);
    row->addWidget(m_cancel, 0, Qt::AlignTop);
    row->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addLayout(row);
    connect(m_cancel, &QPushButton::clicked, this, &AddServerStatus::cancelClicked);
    connect(m_retry, &QPushButton::clicked, this, &AddServerStatus::retryClicked);
    clear();
}

void AddServerStatus::showBusy(const QString &text)
{
    m_busy = true;
    m_bar->show();
    m_icon->hide();
    m_text->setText(text);
    m_text->show();
    m_cancel->show();
    m_retry->hide();
    show();
}

void AddServerStatus::showError(const QString &text, const QString &retryText)
{
    m_busy = false;
    m_bar->hide();
    const int side = fontMetrics().height();
    m_icon->setPixmap(Icons::health(Health::Error).pixmap(side, side));
    m_icon->show();
    m_text->setText(text);
    m_text->show();
    m_cancel->hide();
    m_retry->setText(retryText);
    m_retry->setAccessibleName(retryText);
    m_retry->setVisible(!retryText.isEmpty());
    show();
}

void AddServerStatus::clear()
{
    m_busy = false;
    m_text->clear();
    hide();
}

QString AddServerStatus::text() const
{
    return m_text->text();
}

} // namespace cairn

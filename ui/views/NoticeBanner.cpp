#include "views/NoticeBanner.h"

#include "theme/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace cairn {

NoticeBanner::NoticeBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("notice"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    const int unit = fontMetrics().height();
    layout->setContentsMargins(unit * 3 / 4, unit / 3, unit / 3, unit / 3);
    layout->setSpacing(unit / 2);
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::tinted(QStringLiteral("info"), palette()).pixmap(unit * 5 / 4, unit * 5 / 4));
    layout->addWidget(icon);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    auto *close = new QPushButton(tr("Got it"), this);
    close->setObjectName(QStringLiteral("noticeDismiss"));
    close->setAccessibleName(tr("Dismiss notice"));
    layout->addWidget(close);
    connect(close, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    setAccessibleName(tr("Notice"));
}

void NoticeBanner::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
}

QString NoticeBanner::text() const
{
    return m_text->text();
}

} // namespace cairn

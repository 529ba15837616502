#include "views/EmptyState.h"

#include "theme/Icons.h"
#include "theme/Style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn {

EmptyState::EmptyState(const QString &iconName, const QString &title, const QString &text,
    const QString &buttonText, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addStretch(2);

    const int iconSide = fontMetrics().height() * 4;
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::muted(iconName, palette()).pixmap(iconSide, iconSide));
    icon->setAlignment(Qt::AlignCenter);
    icon->setAccessibleName(QString()); // decorative
    layout->addWidget(icon);
    layout->addSpacing(4);

    m_title = new QLabel(title, this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAlignment(Qt::AlignCenter);
    Style::makeTitle(m_title);
    layout->addWidget(m_title);

    auto *explanation = new QLabel(text, this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setAlignment(Qt::AlignCenter);
    explanation->setWordWrap(true);
    explanation->setMaximumWidth(fontMetrics().averageCharWidth() * 70);
    Style::makeMuted(explanation);
    // Centred by stretches, not by an alignment flag: an aligned word-wrapped label gets no
    // height-for-width and is cut off.
    auto *explanationRow = new QHBoxLayout;
    explanationRow->addStretch(1);
    explanationRow->addWidget(explanation, 100);
    explanationRow->addStretch(1);
    layout->addLayout(explanationRow);

    if (!buttonText.isEmpty()) {
        layout->addSpacing(8);
        m_button = new QPushButton(buttonText, this);
        m_button->setObjectName(QStringLiteral("emptyStateButton"));
        m_button->setAccessibleName(buttonText);
        Style::makePrimary(m_button);
        layout->addWidget(m_button, 0, Qt::AlignHCenter);
        connect(m_button, &QPushButton::clicked, this, &EmptyState::buttonClicked);
    }
    layout->addStretch(3);
    setAccessibleName(title);
    setAccessibleDescription(text);
}

QString EmptyState::title() const
{
    return m_title->text();
}

void EmptyState::setButtonUnavailable(const QString &reason)
{
    if (!m_button)
        return;
    m_button->setEnabled(false);
    m_button->setToolTip(reason);
    m_button->setAccessibleDescription(reason);
}

} // namespace cairn

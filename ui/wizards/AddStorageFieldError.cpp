#include "wizards/AddStorageFieldError.h"

#include "theme/Icons.h"

#include <QHBoxLayout>
#include <QLabel>

namespace cairn {

AddStorageFieldError::AddStorageFieldError(QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(this);
    const int side = fontMetrics().height();
    icon->setPixmap(Icons::health(Health::Error).pixmap(side, side));
    icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText); // sentences may quote what was typed or what a server said
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    hide();
}

void AddStorageFieldError::setMessage(const QString &sentence)
{
    m_text->setText(sentence);
    setAccessibleDescription(sentence);
    setVisible(!sentence.isEmpty());
}

QString AddStorageFieldError::message() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

} // namespace cairn

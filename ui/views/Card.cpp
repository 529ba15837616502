#include "views/Card.h"

#include "theme/Style.h"

#include <QPainter>

namespace cairn {

Card::Card(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::NoFrame);
}

void Card::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Style::lineColour(palette()), 1));
    painter.setBrush(palette().color(QPalette::Base));
    const qreal radius = fontMetrics().height() / 2.0;
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
}

} // namespace cairn

#include "views/SidebarDelegate.h"

#include "theme/Style.h"

#include <QPainter>

namespace cairn {

void SidebarDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const int unit = option.fontMetrics.height();
    const QRect pill = option.rect.adjusted(unit / 2, 2, -unit / 2, -2);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (selected || hovered) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected
                ? palette.color(QPalette::Highlight)
                : Style::blend(palette.color(QPalette::Window), palette.color(QPalette::Highlight), 0.15));
        painter->drawRoundedRect(QRectF(pill), unit / 2.5, unit / 2.5);
    }
    const int iconSide = unit * 5 / 4;
    const QRect iconRect(pill.left() + unit * 3 / 4, pill.center().y() - iconSide / 2, iconSide, iconSide);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, iconRect, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);
    const QRect textRect = pill.adjusted(iconRect.right() - pill.left() + unit * 3 / 4, 0, -unit / 2, 0);
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::WindowText));
    painter->setFont(option.font);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
        option.fontMetrics.elidedText(index.data().toString(), Qt::ElideRight, textRect.width()));
    if (option.state & QStyle::State_HasFocus && option.widget && option.widget->hasFocus()) {
        // Keyboard focus stays visible without the style's dotted rectangle.
        painter->setPen(
            QPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(pill).adjusted(2.5, 2.5, -2.5, -2.5), unit / 3.0, unit / 3.0);
    }
    painter->restore();
}

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int unit = option.fontMetrics.height();
    const int text = option.fontMetrics.horizontalAdvance(index.data().toString());
    return { text + unit * 5, unit * 5 / 2 };
}

} // namespace cairn

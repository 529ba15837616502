#pragma once
// Draws the sidebar's sections as rounded pills: the selected one in the highlight colour, the one
// under the mouse softly; icon and text from the item. Palette colours only.

#include <QStyledItemDelegate>

namespace cairn {

class SidebarDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace cairn

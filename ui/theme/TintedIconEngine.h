#pragma once
// Draws a monochrome SVG (written with "currentColor") in a palette colour picked per icon mode,
// so sidebar and empty-state icons follow light and dark themes and selection colours.

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QIconEngine>
#include <QPixmap>

namespace cairn {

class TintedIconEngine final : public QIconEngine {
public:
    // normal: the colour for QIcon::Normal and Active; selected: for QIcon::Selected;
    // disabled: for QIcon::Disabled. An invalid QColor draws the SVG's own colours.
    TintedIconEngine(QByteArray svg, QColor normal, QColor selected, QColor disabled);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    QColor colourFor(QIcon::Mode mode) const;
    QByteArray svgFor(QIcon::Mode mode) const;

    QByteArray m_svg;
    QColor m_normal;
    QColor m_selected;
    QColor m_disabled;
    QHash<QString, QPixmap> m_cache;
};

} // namespace cairn

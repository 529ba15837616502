#include "theme/TintedIconEngine.h"

#include <QPainter>
#include <QSvgRenderer>

namespace cairn {

TintedIconEngine::TintedIconEngine(QByteArray svg, QColor normal, QColor selected, QColor disabled)
    : m_svg(std::move(svg)), m_normal(normal), m_selected(selected), m_disabled(disabled)
{ }

QColor TintedIconEngine::colourFor(QIcon::Mode mode) const
{
    switch (mode) {
    case QIcon::Selected:
        return m_selected;
    case QIcon::Disabled:
        return m_disabled;
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return m_normal;
}

QByteArray TintedIconEngine::svgFor(QIcon::Mode mode) const
{
    const QColor colour = colourFor(mode);
    if (!colour.isValid())
        return m_svg; // a coloured icon: drawn as it is
    QByteArray svg = m_svg;
    // Replaced textually: Qt SVG 6.4 does not resolve currentColor from a palette.
    svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
    return svg;
}

void TintedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    QSvgRenderer renderer(svgFor(mode));
    QSize size = renderer.defaultSize();
    size.scale(rect.size(), Qt::KeepAspectRatio);
    QRect target(QPoint(0, 0), size);
    target.moveCenter(rect.center());
    renderer.render(painter, target);
}

QPixmap TintedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap TintedIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    const QSize device = size * scale;
    const QString cacheKey
        = QStringLiteral("%1x%2-%3").arg(device.width()).arg(device.height()).arg(int(mode));
    const auto cached = m_cache.constFind(cacheKey);
    if (cached != m_cache.constEnd())
        return *cached;
    QPixmap pixmap(device);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(&painter, QRect(QPoint(0, 0), device), mode, state);
    }
    pixmap.setDevicePixelRatio(scale);
    m_cache.insert(cacheKey, pixmap);
    return pixmap;
}

QSize TintedIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    return size;
}

QIconEngine *TintedIconEngine::clone() const
{
    return new TintedIconEngine(m_svg, m_normal, m_selected, m_disabled);
}

QString TintedIconEngine::key() const
{
    return QStringLiteral("cairn-tinted");
}

bool TintedIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace cairn

#include "theme/Icons.h"

#include "theme/Style.h"
#include "theme/TintedIconEngine.h"

#include <QFile>
#include <QPainter>

namespace cairn::Icons {

namespace {

QByteArray readSvg(const QString &name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString healthName(Health health)
{
    switch (health) {
    case Health::Ok:
        return QStringLiteral("status-ok");
    case Health::Warning:
        return QStringLiteral("status-warning");
    case Health::Error:
        return QStringLiteral("status-error");
    case Health::Idle:
        break;
    }
    return QStringLiteral("status-idle");
}

// A coloured SVG drawn as it is. Through TintedIconEngine (there is no currentColor to replace)
// rather than QIcon(path): that would load Qt's SVG icon plugin at start-up and parse the file
// again for every QIcon made; these are made once and shared.
QIcon coloured(const QString &name)
{
    return QIcon(new TintedIconEngine(readSvg(name), QColor(), QColor(), QColor()));
}

} // namespace

QIcon tinted(const QString &name, const QPalette &palette)
{
    return QIcon(new TintedIconEngine(readSvg(name),
        Style::blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.2),
        palette.color(QPalette::HighlightedText), palette.color(QPalette::Disabled, QPalette::WindowText)));
}

QIcon muted(const QString &name, const QPalette &palette)
{
    const QColor soft
        = Style::blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.55);
    return QIcon(new TintedIconEngine(readSvg(name), soft, palette.color(QPalette::HighlightedText), soft));
}

QIcon health(Health health)
{
    // Tables ask for a status icon per row and paint; build each icon once.
    static const QIcon icons[] = { coloured(healthName(Health::Idle)), coloured(healthName(Health::Ok)),
        coloured(healthName(Health::Warning)), coloured(healthName(Health::Error)) };
    return icons[int(health)];
}

QIcon application()
{
    static const QIcon icon = coloured(QStringLiteral("cairn"));
    return icon;
}

QIcon applicationWithBadge(Health health)
{
    QIcon icon;
    const QIcon base = application();
    const QIcon badge = Icons::health(health);
    for (const int side : { 16, 22, 24, 32, 48, 64 }) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        base.paint(&painter, QRect(0, 0, side, side));
        const int badgeSide = side / 2 + 1;
        badge.paint(&painter, QRect(side - badgeSide, side - badgeSide, badgeSide, badgeSide));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace cairn::Icons

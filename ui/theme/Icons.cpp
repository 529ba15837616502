#include "theme/Icons.h"

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

QString healthResource(Health health)
{
    switch (health) {
    case Health::Ok:
        return QStringLiteral(":/icons/status-ok.svg");
    case Health::Warning:
        return QStringLiteral(":/icons/status-warning.svg");
    case Health::Error:
        return QStringLiteral(":/icons/status-error.svg");
    case Health::Idle:
        break;
    }
    return QStringLiteral(":/icons/status-idle.svg");
}

// The colour halfway between two palette colours: readable but quieter than body text.
QColor blend(const QColor &a, const QColor &b, qreal towardsB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * towardsB),
                            float(a.greenF() + (b.greenF() - a.greenF()) * towardsB),
                            float(a.blueF() + (b.blueF() - a.blueF()) * towardsB));
}

} // namespace

QIcon tinted(const QString &name, const QPalette &palette)
{
    return QIcon(new TintedIconEngine(readSvg(name), blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.2),
                                      palette.color(QPalette::HighlightedText),
                                      palette.color(QPalette::Disabled, QPalette::WindowText)));
}

QIcon muted(const QString &name, const QPalette &palette)
{
    const QColor soft = blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.55);
    return QIcon(new TintedIconEngine(readSvg(name), soft, palette.color(QPalette::HighlightedText), soft));
}

QIcon health(Health health)
{
    return QIcon(healthResource(health));
}

QIcon application()
{
    return QIcon(QStringLiteral(":/icons/cairn.svg"));
}

QIcon applicationWithBadge(Health health)
{
    QIcon icon;
    const QIcon base = application();
    const QIcon badge = Icons::health(health);
    for (const int side : {16, 22, 24, 32, 48, 64}) {
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

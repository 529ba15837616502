#include "theme/Style.h"

#include <QLabel>
#include <QPushButton>

namespace cairn::Style {

QColor blend(const QColor &a, const QColor &b, qreal towardsB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * towardsB),
        float(a.greenF() + (b.greenF() - a.greenF()) * towardsB),
        float(a.blueF() + (b.blueF() - a.blueF()) * towardsB));
}

void makeTitle(QLabel *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
}

void makeHeading(QLabel *label)
{
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
}

void makeMuted(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
        blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.4));
    label->setPalette(palette);
}

void makePrimary(QPushButton *button)
{
    QPalette palette = button->palette();
    for (const auto group : { QPalette::Active, QPalette::Inactive }) {
        palette.setColor(group, QPalette::Button, palette.color(group, QPalette::Highlight));
        palette.setColor(group, QPalette::ButtonText, palette.color(group, QPalette::HighlightedText));
    }
    // Not available yet: still recognisably the main action, but faded.
    palette.setColor(QPalette::Disabled, QPalette::Button,
        blend(palette.color(QPalette::Active, QPalette::Highlight),
            palette.color(QPalette::Active, QPalette::Base), 0.55));
    palette.setColor(
        QPalette::Disabled, QPalette::ButtonText, palette.color(QPalette::Active, QPalette::HighlightedText));
    button->setPalette(palette);
    QFont font = button->font();
    font.setWeight(QFont::DemiBold);
    button->setFont(font);
    const int unit = button->fontMetrics().height();
    button->setMinimumHeight(unit * 2 + unit / 3);
    button->setMinimumWidth(button->sizeHint().width() + unit * 2);
    button->setAutoDefault(true);
}

void useBaseBackground(QWidget *widget)
{
    widget->setBackgroundRole(QPalette::Base);
    widget->setAutoFillBackground(true);
}

QColor lineColour(const QPalette &palette)
{
    return blend(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.18);
}

} // namespace cairn::Style

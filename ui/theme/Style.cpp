#include "theme/Style.h"

#include <QLabel>
#include <QPushButton>

namespace cairn::Style {

QString windowStyleSheet()
{
    return QStringLiteral(R"(
QListWidget#sidebar { border: none; background: palette(window); padding: 10px 8px; outline: 0; }
QListWidget#sidebar::item { padding: 7px 10px; border-radius: 6px; margin: 1px 0px; color: palette(window-text); }
QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QListWidget#sidebar::item:hover:!selected { background: palette(midlight); }
QFrame#card { background: palette(base); border: 1px solid palette(midlight); border-radius: 8px; }
QFrame#notice { background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 6px; }
QFrame#sidebarRule { color: palette(midlight); }
QPushButton[primary="true"] { background: palette(highlight); color: palette(highlighted-text); border: 2px solid palette(highlight);
                              border-radius: 6px; padding: 6px 16px; font-weight: 600; }
QPushButton[primary="true"]:hover { border-color: palette(dark); }
QPushButton[primary="true"]:focus { border-color: palette(window-text); }
QPushButton[primary="true"]:disabled { background: palette(button); color: palette(mid); border: 1px solid palette(mid); }
)");
}

void makeTitle(QLabel *label, qreal scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
}

void makeMuted(QLabel *label)
{
    QPalette palette = label->palette();
    const QColor text = palette.color(QPalette::WindowText);
    const QColor back = palette.color(QPalette::Window);
    const QColor muted = QColor::fromRgbF(float(text.redF() * 0.6 + back.redF() * 0.4),
                                          float(text.greenF() * 0.6 + back.greenF() * 0.4),
                                          float(text.blueF() * 0.6 + back.blueF() * 0.4));
    palette.setColor(QPalette::WindowText, muted);
    label->setPalette(palette);
}

void makePrimary(QPushButton *button)
{
    button->setProperty("primary", true);
    button->setAutoDefault(true);
}

void useBaseBackground(QWidget *widget)
{
    widget->setBackgroundRole(QPalette::Base);
    widget->setAutoFillBackground(true);
}

} // namespace cairn::Style

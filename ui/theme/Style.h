#pragma once
// The few looks Cairn adds on top of the platform style. Everything derives from the palette and
// the application font, so dark themes, large fonts and HiDPI keep working. No style sheets: they
// slow down every widget they touch, and the first frame has to be quick.

#include <QColor>
#include <QPalette>

class QLabel;
class QPushButton;
class QWidget;

namespace cairn::Style {

// a blended towards b by the fraction towardsB (0: a, 1: b).
QColor blend(const QColor &a, const QColor &b, qreal towardsB);
// Page titles, big numbers, empty-state titles: one larger bold font for all of them (every
// distinct size or weight is another font engine to load before the first frame).
void makeTitle(QLabel *label);
// Section headings: bold at the normal size.
void makeHeading(QLabel *label);
// Secondary text: the text colour blended towards the background.
void makeMuted(QLabel *label);
// The one button on a page that does the main thing: highlight colours, bold.
void makePrimary(QPushButton *button);
// Base-coloured background, as content areas have in most admin tools.
void useBaseBackground(QWidget *widget);
// A thin line colour that separates areas without shouting.
QColor lineColour(const QPalette &palette);

} // namespace cairn::Style

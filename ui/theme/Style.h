#pragma once
// The few looks Cairn adds on top of the platform style. Everything derives from the palette and
// the application font, so dark themes, large fonts and HiDPI keep working.

#include <QString>

class QLabel;
class QPushButton;
class QWidget;

namespace cairn::Style {

// Style sheet for the main window: sidebar, cards, primary buttons, all in palette() colours.
QString windowStyleSheet();
// Page title: larger and bold, relative to the application font.
void makeTitle(QLabel *label, qreal scale = 1.5);
// Secondary text: the text colour blended towards the background.
void makeMuted(QLabel *label);
// The one button on a page that does the main thing.
void makePrimary(QPushButton *button);
// Base-coloured background, as content areas have in most admin tools.
void useBaseBackground(QWidget *widget);

} // namespace cairn::Style

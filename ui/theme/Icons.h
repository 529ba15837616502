#pragma once
// The icons Cairn draws: monochrome ones tinted from the palette, coloured status badges, and the
// application icon with a status badge for the tray.

#include <QIcon>
#include <QPalette>
#include <QString>

namespace cairn {

// Ordered from calm to alarming; the values index Icons::health's table.
enum class Health { Idle = 0, Ok = 1, Warning = 2, Error = 3 };

namespace Icons {

// A monochrome icon from :/icons/<name>.svg in the palette's text colour (highlighted text when selected).
QIcon tinted(const QString &name, const QPalette &palette);
// Same, in a softer colour for large decorative use (empty states).
QIcon muted(const QString &name, const QPalette &palette);
// The coloured status badge; always shown beside a word, never alone.
QIcon health(Health health);
// The application icon.
QIcon application();
// The application icon with a status badge in its corner, for the tray.
QIcon applicationWithBadge(Health health);

} // namespace Icons
} // namespace cairn

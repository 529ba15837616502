#pragma once
// Qt binds a null QString as SQL NULL; Cairn's text columns are NOT NULL, so bind "" instead.

#include <QString>
#include <QVariant>

namespace cairn {

inline QVariant sqlText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace cairn

#include "ssh/ShellQuote.h"

namespace cairn {

QByteArray shellQuote(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size() + 2);
    out.append('\'');
    for (char c : value) {
        if (c == '\'')
            out.append("'\\''");
        else
            out.append(c);
    }
    out.append('\'');
    return out;
}

QByteArray shellQuote(const QString &value)
{
    return shellQuote(QByteArrayView(value.toUtf8()));
}

QByteArray shellJoin(const QList<QByteArray> &words)
{
    QByteArray out;
    for (const QByteArray &word : words) {
        if (!out.isEmpty())
            out.append(' ');
        out.append(shellQuote(QByteArrayView(word)));
    }
    return out;
}

} // namespace cairn

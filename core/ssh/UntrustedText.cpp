#include "ssh/UntrustedText.h"

namespace cairn {

namespace {

void appendHexByte(QString &out, unsigned char byte)
{
    out += QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
}

// Length of the valid UTF-8 sequence at data[0], or 0 when it is invalid (overlong, surrogate,
// out of range or truncated).
int utf8SequenceLength(const unsigned char *data, qsizetype available, char32_t &codePoint)
{
    const unsigned char lead = data[0];
    int length = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    } else if ((lead & 0xe0) == 0xc0) {
        length = 2;
        codePoint = lead & 0x1f;
        minimum = 0x80;
    } else if ((lead & 0xf0) == 0xe0) {
        length = 3;
        codePoint = lead & 0x0f;
        minimum = 0x800;
    } else if ((lead & 0xf8) == 0xf0) {
        length = 4;
        codePoint = lead & 0x07;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (available < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((data[i] & 0xc0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (data[i] & 0x3f);
    }
    if (codePoint < minimum || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
        return 0;
    return length;
}

} // namespace

QString escapeUntrustedText(QByteArrayView bytes, qsizetype maxBytes, bool fromEnd)
{
    QString out;
    qsizetype start = 0;
    qsizetype end = bytes.size();
    const bool cut = bytes.size() > maxBytes;
    if (cut) {
        if (fromEnd)
            start = end - maxBytes;
        else
            end = maxBytes;
    }
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    // A cut may land inside a UTF-8 sequence: skip continuation bytes at the start of a tail.
    if (cut && fromEnd) {
        while (start < end && (data[start] & 0xc0) == 0x80)
            ++start;
        out += QChar(0x2026);
    }
    for (qsizetype i = start; i < end;) {
        char32_t cp = 0;
        const int length = utf8SequenceLength(data + i, end - i, cp);
        if (length == 0) {
            appendHexByte(out, data[i]);
            ++i;
            continue;
        }
        i += length;
        if (cp == '\n')
            out += QStringLiteral("\\n");
        else if (cp == '\t')
            out += QStringLiteral("\\t");
        else if (cp == '\r')
            out += QStringLiteral("\\r");
        else if (cp == '\\')
            out += QStringLiteral("\\\\");
        else if (cp < 0x20 || cp == 0x7f)
            appendHexByte(out, static_cast<unsigned char>(cp));
        else {
            const QString chars = QString::fromUcs4(&cp, 1);
            const QChar::Category category = QChar::category(cp);
            if (category == QChar::Other_Control || category == QChar::Other_Format
                || category == QChar::Separator_Line || category == QChar::Separator_Paragraph
                || category == QChar::Other_NotAssigned || category == QChar::Other_PrivateUse)
                out += QStringLiteral("\\u{%1}").arg(static_cast<uint>(cp), 4, 16, QLatin1Char('0'));
            else
                out += chars;
        }
    }
    if (cut && !fromEnd)
        out += QChar(0x2026);
    return out;
}

} // namespace cairn

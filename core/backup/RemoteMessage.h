#pragma once
// One line the host's backup script (backup.sh) wrote on stdout, parsed strictly. The host is not
// trusted: numbers are bounded, hashes and ETags have their exact shapes, free text is kept raw
// for escapeUntrustedText(). The protocol is described at the top of backup.sh.

#include <QByteArray>
#include <QByteArrayView>

namespace cairn {

struct RemoteMessage final {
    enum class Type {
        Invalid, // a known word with malformed fields
        Unknown, // a word this version does not know (ignored)
        Hello, // number = protocol version
        Info, // token = key, text = value
        Estimate, // a = bytes
        Need, // number = part, a = size, token = Content-MD5 (base64)
        Part, // number = part, token = ETag, a = bytes
        Progress, // a = bytes read from the source, b = bytes uploaded
        Warn, // token = kind, text
        Side, // token = kind, a = size, token2 = Content-MD5
        SideDone, // token = kind, token2 = ETag
        Rows, // token = table name (UTF-8 bytes, decoded from hex), a = rows, b = 1 when counted (0: "-")
        Done, // a = object bytes, token = SHA-256 (hex), b = source bytes, text = stage statuses
        Fail, // token = code, text = detail
    };

    // Longer lines are refused before parsing.
    static constexpr qsizetype kMaxLineBytes = 4096;

    Type type = Type::Invalid;
    int number = 0;
    qint64 a = 0;
    qint64 b = 0;
    QByteArray token;
    QByteArray token2;
    QByteArray text;

    static RemoteMessage parse(QByteArrayView line);
    static bool isEtag(QByteArrayView etag);
    static bool isSha256Hex(QByteArrayView hex);

    // Longest table name a ROWS line may carry, in bytes ("schema.table"; both parts are at most
    // 64 characters in PostgreSQL and MariaDB).
    static constexpr qsizetype kMaxTableNameBytes = 600;
};

} // namespace cairn

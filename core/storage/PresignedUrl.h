#pragma once
// A presigned URL and what the holder must send with it. While it lives the URL is a secret: hand it
// to curl through its config on a pipe (curl -K -), never in argv or a log.

#include "storage/SigV4Request.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace cairn {

struct PresignedUrl final {
    QByteArray method;
    QUrl url;
    QDateTime expiresAt; // UTC, by the storage server's clock
    SigV4Request::Pairs headers; // signed headers the request must carry with exactly these values
    QString error; // one sentence for a person when presigning was refused

    bool isValid() const { return error.isEmpty() && url.isValid(); }
};

} // namespace cairn

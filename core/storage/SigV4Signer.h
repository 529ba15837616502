#pragma once
// AWS Signature Version 4 for S3 with OpenSSL's HMAC-SHA256 and SHA-256: header authentication for
// control calls and query-string presigning for URLs handed to hosts. The signing time comes from an
// injectable clock plus an offset to the storage server's clock (taken from its Date header), so a
// laptop whose clock is off still signs requests the server accepts.

#include "storage/SigV4Request.h"
#include "storage/SigningSecret.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace cairn {

class SigV4Signer final {
public:
    using Clock = std::function<QDateTime()>;

    // AWS refuses a presigned URL valid for more than 7 days.
    static constexpr qint64 MaxPresignSeconds = 7 * 24 * 3600;
    static constexpr QByteArrayView UnsignedPayload = "UNSIGNED-PAYLOAD";

    SigV4Signer(const QString &accessKeyId, SigningSecret secret, const QString &region,
        const QString &service = QStringLiteral("s3"));

    QString accessKeyId() const { return m_accessKeyId; }
    QString region() const { return m_region; }
    QString service() const { return m_service; }

    // Local clock (UTC); tests inject a fixed time.
    void setClock(Clock clock);
    // Server time minus local time, in milliseconds; added to the clock when signing.
    void setClockOffset(qint64 msecs) { m_clockOffsetMs = msecs; }
    qint64 clockOffset() const { return m_clockOffsetMs; }
    // The time a request is signed with: clock + offset, in UTC.
    QDateTime now() const;

    // Adds x-amz-date, x-amz-content-sha256 (from payloadHash) and Authorization to the request.
    void signHeaders(SigV4Request &request) const { signHeaders(request, now()); }
    void signHeaders(SigV4Request &request, const QDateTime &at) const;

    // Adds the X-Amz-* query parameters and the signature; every header in request.headers is
    // signed and must be sent as is. payloadHash is ignored (presigned URLs are UNSIGNED-PAYLOAD).
    // Returns false (and leaves the request alone) when expiresSeconds is not within 1 s .. 7 days.
    bool presign(SigV4Request &request, qint64 expiresSeconds) const
    {
        return presign(request, expiresSeconds, now());
    }
    bool presign(SigV4Request &request, qint64 expiresSeconds, const QDateTime &at) const;

    // The pieces, public so tests can compare them with AWS's published intermediate values.
    static QByteArray canonicalRequest(const SigV4Request &request);
    static QByteArray signedHeaderList(const SigV4Request &request); // "host;range;x-amz-date"
    QByteArray stringToSign(const QByteArray &canonicalRequest, const QDateTime &at) const;
    QByteArray signature(const QByteArray &stringToSign, const QDateTime &at) const;
    QByteArray credentialScope(const QDateTime &at) const;

    // UriEncode() as S3 defines it: every byte but A-Z a-z 0-9 - . _ ~ becomes %XX (uppercase hex);
    // '/' is kept when encodeSlash is false (object key paths).
    static QByteArray uriEncode(QByteArrayView bytes, bool encodeSlash);
    static QByteArray canonicalQuery(const SigV4Request::Pairs &query);
    static QByteArray sha256Hex(QByteArrayView bytes);
    static QByteArray emptyPayloadHash();
    static QByteArray amzDate(const QDateTime &at); // 20130524T000000Z

    // Parses an HTTP Date header (RFC 7231 IMF-fixdate) and returns server time minus localNow in
    // milliseconds. Offsets under two seconds are returned as 0: the header has one-second resolution,
    // and chasing that noise would make signatures jitter for nothing.
    static std::optional<qint64> offsetFromDateHeader(QByteArrayView httpDate, const QDateTime &localNow);
    static std::optional<QDateTime> parseHttpDate(QByteArrayView httpDate);

private:
    SigningSecret signingKey(const QDateTime &at) const;

    QString m_accessKeyId;
    SigningSecret m_secret;
    QString m_region;
    QString m_service;
    Clock m_clock;
    qint64 m_clockOffsetMs = 0;
};

} // namespace cairn

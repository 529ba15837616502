#pragma once
// Presigned GET, PUT and UploadPart URLs for hosts: the host can read or write exactly one object
// (or one part of one upload) for a limited time and nothing else. Expiry is 15 minutes to 7 days.
// Part URLs sign Content-Length and Content-MD5, so storage refuses any other bytes.

#include "storage/PresignedUrl.h"
#include "storage/S3Endpoint.h"

#include <optional>

namespace cairn {

class SigV4Signer;

class S3Presigner final {
public:
    static constexpr qint64 MinExpirySeconds = 15 * 60;
    static constexpr qint64 MaxExpirySeconds = 7 * 24 * 3600;
    static constexpr int MaxPartNumber = 10000;
    static constexpr qint64 MaxPartSize = qint64(5) * 1024 * 1024 * 1024;

    // The signer is borrowed and must outlive the presigner (it carries the clock offset).
    S3Presigner(S3Endpoint endpoint, const SigV4Signer &signer);

    PresignedUrl presignGet(const QString &key, qint64 expiresSeconds) const;
    // contentLength / contentMd5Base64 are signed when given.
    PresignedUrl presignPut(const QString &key, qint64 expiresSeconds,
        std::optional<qint64> contentLength = {}, const QByteArray &contentMd5Base64 = {}) const;
    PresignedUrl presignUploadPart(const QString &key, const QString &uploadId, int partNumber,
        qint64 contentLength, const QByteArray &contentMd5Base64, qint64 expiresSeconds) const;

    // Checks a Content-MD5 value: base64 of exactly 16 bytes.
    static bool isValidContentMd5(const QByteArray &base64);

private:
    PresignedUrl finish(SigV4Request request, qint64 expiresSeconds) const;

    S3Endpoint m_endpoint;
    const SigV4Signer &m_signer;
};

} // namespace cairn

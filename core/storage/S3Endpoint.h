#pragma once
// Turns a S3Target and an object key into the request S3 expects: host and path for path-style
// or virtual-hosted-style addressing, with the key URI-encoded once so the bytes that are signed are
// the bytes that are sent.

#include "storage/S3Target.h"
#include "storage/SigV4Request.h"

#include <QString>
#include <QUrl>

namespace cairn {

class S3Endpoint final {
public:
    explicit S3Endpoint(const S3Target &target);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; } // one sentence for a person
    const S3Target &target() const { return m_target; }
    bool isHttps() const { return m_scheme == "https"; }
    // The addressing actually used: virtual-hosted falls back to path-style for bucket names that
    // are not DNS-compatible or that contain dots over https.
    S3Addressing addressing() const { return m_addressing; }

    SigV4Request bucketRequest(const QByteArray &method) const; // ListObjectsV2, HeadBucket, ?uploads, ...
    SigV4Request objectRequest(const QByteArray &method, const QString &key) const;
    // The URL to send: scheme, request.host, request.path and the canonical query, unchanged.
    QUrl url(const SigV4Request &request) const;
    QByteArray encodedUrl(const SigV4Request &request) const;

    // True when a bucket name can be a DNS label set (virtual-hosted addressing).
    static bool isDnsCompatibleBucket(const QString &bucket);

private:
    S3Target m_target;
    S3Addressing m_addressing = S3Addressing::Path;
    QByteArray m_scheme;
    QByteArray m_endpointHost; // host[:port] of the endpoint itself
    QByteArray m_basePath; // endpoint path without a trailing '/', usually empty
    QString m_error;
};

} // namespace cairn

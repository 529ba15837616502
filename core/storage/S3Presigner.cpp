#include "storage/S3Presigner.h"

#include "storage/SigV4Signer.h"

#include <QCoreApplication>

namespace cairn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cairn::S3Presigner", text);
}

PresignedUrl refused(const QString &why)
{
    PresignedUrl url;
    url.error = why;
    return url;
}

} // namespace

S3Presigner::S3Presigner(S3Endpoint endpoint, const SigV4Signer &signer)
    : m_endpoint(std::move(endpoint)), m_signer(signer)
{ }

bool S3Presigner::isValidContentMd5(const QByteArray &base64)
{
    const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 16 && base64.size() == 24;
}

PresignedUrl S3Presigner::finish(SigV4Request request, qint64 expiresSeconds) const
{
    if (!m_endpoint.isValid())
        return refused(m_endpoint.errorString());
    if (expiresSeconds < MinExpirySeconds || expiresSeconds > MaxExpirySeconds)
        return refused(
            tr("A presigned URL must be valid for 15 minutes to 7 days; choose an expiry in that range."));
    const QDateTime at = m_signer.now();
    if (!m_signer.presign(request, expiresSeconds, at))
        return refused(
            tr("A presigned URL must be valid for 15 minutes to 7 days; choose an expiry in that range."));
    PresignedUrl out;
    out.method = request.method;
    out.url = m_endpoint.url(request);
    out.expiresAt = at.addSecs(expiresSeconds);
    out.headers = request.headers;
    return out;
}

PresignedUrl S3Presigner::presignGet(const QString &key, qint64 expiresSeconds) const
{
    if (key.isEmpty())
        return refused(tr("The object key is empty; name the object to read."));
    return finish(m_endpoint.objectRequest("GET", key), expiresSeconds);
}

PresignedUrl S3Presigner::presignPut(const QString &key, qint64 expiresSeconds,
    std::optional<qint64> contentLength, const QByteArray &contentMd5Base64) const
{
    if (key.isEmpty())
        return refused(tr("The object key is empty; name the object to write."));
    SigV4Request request = m_endpoint.objectRequest("PUT", key);
    if (contentLength) {
        if (*contentLength < 0 || *contentLength > MaxPartSize)
            return refused(tr("A single upload must be 0 bytes to 5 GiB; use a multipart upload for more."));
        request.headers.append({ QByteArrayLiteral("content-length"), QByteArray::number(*contentLength) });
    }
    if (!contentMd5Base64.isEmpty()) {
        if (!isValidContentMd5(contentMd5Base64))
            return refused(tr("The Content-MD5 value is not the base64 of an MD5 digest; compute it again."));
        request.headers.append({ QByteArrayLiteral("content-md5"), contentMd5Base64 });
    }
    return finish(std::move(request), expiresSeconds);
}

PresignedUrl S3Presigner::presignUploadPart(const QString &key, const QString &uploadId, int partNumber,
    qint64 contentLength, const QByteArray &contentMd5Base64, qint64 expiresSeconds) const
{
    if (key.isEmpty() || uploadId.isEmpty())
        return refused(tr("The object key or upload id is empty; start the multipart upload first."));
    if (partNumber < 1 || partNumber > MaxPartNumber)
        return refused(tr("A part number must be between 1 and 10000; use larger parts."));
    if (contentLength < 0 || contentLength > MaxPartSize)
        return refused(tr("A part must be 0 bytes to 5 GiB; use a smaller part size."));
    if (!isValidContentMd5(contentMd5Base64))
        return refused(tr("The Content-MD5 value is not the base64 of an MD5 digest; compute it again."));
    SigV4Request request = m_endpoint.objectRequest("PUT", key);
    request.query.append({ QByteArrayLiteral("partNumber"), QByteArray::number(partNumber) });
    request.query.append({ QByteArrayLiteral("uploadId"), uploadId.toUtf8() });
    request.headers.append({ QByteArrayLiteral("content-length"), QByteArray::number(contentLength) });
    request.headers.append({ QByteArrayLiteral("content-md5"), contentMd5Base64 });
    return finish(std::move(request), expiresSeconds);
}

} // namespace cairn

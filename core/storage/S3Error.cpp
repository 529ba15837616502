#include "storage/S3Error.h"

#include "storage/S3Xml.h"

#include <QCoreApplication>

namespace cairn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cairn::S3Error", text);
}

// Keeps only what an S3 error code or region can contain, so a hostile server cannot put
// markup, control characters or a fake instruction into a sentence.
QString sanitiseToken(const QString &text)
{
    QString out;
    for (QChar c : text.left(64)) {
        if ((c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-') || c == QLatin1Char('.')
            || c == QLatin1Char('_'))
            out.append(c);
    }
    return out;
}

QString sanitiseText(const QString &text)
{
    QString out;
    for (QChar c : text.left(300))
        out.append(c.isPrint() ? c : QLatin1Char(' '));
    return out.simplified();
}

QString quoted(const QString &s)
{
    return QStringLiteral("\u201C%1\u201D").arg(s);
}

} // namespace

S3Error::Kind S3Error::kindForCode(const QString &code, int status)
{
    if (code == QLatin1String("InvalidAccessKeyId"))
        return Kind::InvalidAccessKey;
    if (code == QLatin1String("SignatureDoesNotMatch"))
        return Kind::SignatureMismatch;
    if (code == QLatin1String("NoSuchBucket"))
        return Kind::NoSuchBucket;
    if (code == QLatin1String("NoSuchKey"))
        return Kind::NoSuchKey;
    if (code == QLatin1String("NoSuchUpload"))
        return Kind::NoSuchUpload;
    if (code == QLatin1String("AuthorizationHeaderMalformed") || code == QLatin1String("PermanentRedirect")
        || code == QLatin1String("IllegalLocationConstraintException")
        || code == QLatin1String("TemporaryRedirect"))
        return Kind::WrongRegion;
    if (code == QLatin1String("RequestTimeTooSkewed"))
        return Kind::ClockSkew;
    if (code == QLatin1String("AccessDenied") || code == QLatin1String("AllAccessDisabled"))
        return Kind::AccessDenied;
    if (code == QLatin1String("BadDigest") || code == QLatin1String("InvalidDigest"))
        return Kind::BadDigest;
    if (code == QLatin1String("InvalidPart") || code == QLatin1String("InvalidPartOrder")
        || code == QLatin1String("EntityTooSmall"))
        return Kind::InvalidPart;
    if (code.isEmpty()) {
        // HEAD answers carry no body; the status is all there is.
        if (status == 404)
            return Kind::NoSuchKey;
        if (status == 301)
            return Kind::WrongRegion;
        if (status == 403)
            return Kind::AccessDenied;
    }
    return Kind::Other;
}

QString S3Error::sentenceFor(Kind kind, const S3ErrorContext &c, const S3Error &e)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InvalidAccessKey:
        return tr("The storage does not know the access key ID %1; check that it was copied completely and "
                  "belongs to this provider.")
            .arg(quoted(c.accessKeyId));
    case Kind::SignatureMismatch:
        return tr("The storage rejected the secret access key for %1; enter the secret that belongs to this "
                  "access key again.")
            .arg(quoted(c.accessKeyId));
    case Kind::NoSuchBucket:
        return tr("The bucket %1 does not exist at %2; check the bucket name and the endpoint.")
            .arg(quoted(c.bucket), c.endpointHost);
    case Kind::NoSuchKey:
        return tr("The object %1 does not exist in bucket %2; it was deleted or never written.")
            .arg(quoted(c.key), quoted(c.bucket));
    case Kind::NoSuchUpload:
        return tr(
            "The multipart upload no longer exists (it was completed or aborted); start the upload again.");
    case Kind::WrongRegion:
        if (!e.region.isEmpty() && e.region != c.region)
            return tr("The bucket %1 is in region %2, not %3; change the storage region to %2.")
                .arg(quoted(c.bucket), e.region, c.region);
        return tr("The bucket %1 is not in region %2; change the storage region to the one the bucket was "
                  "created in.")
            .arg(quoted(c.bucket), c.region);
    case Kind::ClockSkew:
        return tr("This computer's clock differs from the storage server's by more than 15 minutes; turn on "
                  "automatic date and time and try again.");
    case Kind::AccessDenied:
        return tr(
            "The access key %1 is not allowed to do this in bucket %2; give it permission to list, read, "
            "write and delete objects there.")
            .arg(quoted(c.accessKeyId), quoted(c.bucket));
    case Kind::BadDigest:
        return tr(
            "The storage received other bytes than were signed (Content-MD5 mismatch); the data changed "
            "on the way, so send it again.");
    case Kind::InvalidPart:
        return tr("The storage refused to assemble the uploaded parts (%1); upload the object again.")
            .arg(e.code.isEmpty() ? QStringLiteral("InvalidPart") : e.code);
    case Kind::Tls:
        return tr(
            "The secure connection to %1 failed (%2); check the endpoint address, or add the server's CA "
            "certificate if the storage is self-hosted.")
            .arg(c.endpointHost, e.serverMessage);
    case Kind::ConnectionRefused:
        return tr("Nothing accepted the connection at %1; check the endpoint address and port.")
            .arg(c.endpointHost);
    case Kind::HostNotFound:
        return tr("The storage host %1 could not be found; check the endpoint address and the internet "
                  "connection.")
            .arg(c.endpointHost);
    case Kind::Timeout:
        return tr("The storage at %1 did not answer in time; check the connection and try again.")
            .arg(c.endpointHost);
    case Kind::Cancelled:
        return tr("The storage request was cancelled.");
    case Kind::InvalidRequest:
        return e.message;
    case Kind::InvalidResponse:
        return tr(
            "The storage at %1 sent an answer that is not S3; check that the endpoint is an S3 API address.")
            .arg(c.endpointHost);
    case Kind::Other:
        break;
    }
    if (e.httpStatus > 0)
        return tr("The storage refused the request (HTTP %1 %2); check the storage settings and try again.")
            .arg(e.httpStatus)
            .arg(e.code.isEmpty() ? tr("without an error code") : e.code);
    return tr("The connection to the storage at %1 failed (%2); check the connection and try again.")
        .arg(c.endpointHost, e.serverMessage);
}

S3Error S3Error::fromHttp(
    int status, const QByteArray &body, const QByteArray &bucketRegion, const S3ErrorContext &context)
{
    S3Error e;
    e.httpStatus = status;
    const S3Xml::ErrorBody parsed = S3Xml::parseError(body);
    e.code = sanitiseToken(parsed.code);
    e.serverMessage = sanitiseText(parsed.message);
    e.requestId = sanitiseToken(parsed.requestId);
    e.region = sanitiseToken(QString::fromLatin1(bucketRegion));
    if (e.region.isEmpty())
        e.region = sanitiseToken(parsed.region);
    e.kind = kindForCode(e.code, status);
    // A 400/403 with x-amz-bucket-region naming another region is a wrong region, whatever the
    // code says (S3 answers HEAD on a bucket in another region with an empty 400 or 301).
    if (!e.region.isEmpty() && e.region != context.region
        && (e.kind == Kind::Other || e.kind == Kind::AccessDenied || e.kind == Kind::SignatureMismatch))
        e.kind = Kind::WrongRegion;
    e.message = sentenceFor(e.kind, context, e);
    return e;
}

S3Error S3Error::fromNetwork(QNetworkReply::NetworkError error, const QString &errorString,
    const QList<QSslError> &sslErrors, const S3ErrorContext &context)
{
    S3Error e;
    e.serverMessage = sanitiseText(errorString);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        e.kind = Kind::ConnectionRefused;
        break;
    case QNetworkReply::HostNotFoundError:
        e.kind = Kind::HostNotFound;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // a transfer timeout ends this way in Qt 6
        e.kind = Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = Kind::Tls;
        if (!sslErrors.isEmpty())
            e.serverMessage = sanitiseText(sslErrors.first().errorString());
        break;
    default:
        e.kind = sslErrors.isEmpty() ? Kind::Other : Kind::Tls;
        if (!sslErrors.isEmpty())
            e.serverMessage = sanitiseText(sslErrors.first().errorString());
        break;
    }
    e.message = sentenceFor(e.kind, context, e);
    return e;
}

S3Error S3Error::invalidRequest(const QString &sentence)
{
    S3Error e;
    e.kind = Kind::InvalidRequest;
    e.message = sentence;
    return e;
}

S3Error S3Error::invalidResponse(const S3ErrorContext &context)
{
    S3Error e;
    e.kind = Kind::InvalidResponse;
    e.message = sentenceFor(e.kind, context, e);
    return e;
}

S3Error S3Error::cancelled()
{
    S3Error e;
    e.kind = Kind::Cancelled;
    e.message = sentenceFor(e.kind, {}, e);
    return e;
}

} // namespace cairn

#include "storage/S3Endpoint.h"

#include "storage/SigV4Signer.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace cairn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cairn::S3Endpoint", text);
}

} // namespace

S3Endpoint::S3Endpoint(const S3Target &target) : m_target(target)
{
    const QUrl &endpoint = target.endpoint;
    m_scheme = endpoint.scheme().toLower().toLatin1();
    if (!endpoint.isValid() || endpoint.host().isEmpty() || (m_scheme != "https" && m_scheme != "http")) {
        m_error
            = tr("The storage endpoint is not a valid http:// or https:// address; check the endpoint URL.");
        return;
    }
    if (!endpoint.userInfo().isEmpty() || endpoint.hasQuery() || endpoint.hasFragment()) {
        m_error = tr("The storage endpoint must be a plain address without user name, query or fragment; "
                     "remove them.");
        return;
    }
    if (target.bucket.isEmpty() || target.bucket.contains(QLatin1Char('/'))) {
        m_error = tr("The bucket name is empty or contains a slash; enter the bucket name alone.");
        return;
    }
    if (target.region.isEmpty()) {
        m_error = tr("The storage region is empty; enter the region the bucket was created in.");
        return;
    }
    // Like the AWS SDKs: a bucket that cannot be a host name, or whose dots would not match the
    // provider's wildcard TLS certificate, is addressed path-style; so is an endpoint given as an IP
    // address or "localhost" (no DNS name to put the bucket in front of).
    m_addressing = target.addressing;
    const bool hostIsAddress = !QHostAddress(endpoint.host()).isNull()
        || endpoint.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
    if (m_addressing == S3Addressing::VirtualHosted
        && (!isDnsCompatibleBucket(target.bucket) || hostIsAddress
            || (m_scheme == "https" && target.bucket.contains(QLatin1Char('.')))))
        m_addressing = S3Addressing::Path;

    QByteArray host = endpoint.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // IPv6 literal
    const int port = endpoint.port();
    const int defaultPort = m_scheme == "https" ? 443 : 80;
    if (port != -1 && port != defaultPort)
        host += ':' + QByteArray::number(port);
    m_endpointHost = host;

    m_basePath = endpoint.path(QUrl::FullyEncoded).toLatin1();
    while (m_basePath.endsWith('/'))
        m_basePath.chop(1);
}

bool S3Endpoint::isDnsCompatibleBucket(const QString &bucket)
{
    if (bucket.size() < 3 || bucket.size() > 63)
        return false;
    for (QChar c : bucket) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '.';
        if (!ok)
            return false;
    }
    return !bucket.startsWith(QLatin1Char('.')) && !bucket.endsWith(QLatin1Char('.'))
        && !bucket.contains(QLatin1String(".."));
}

SigV4Request S3Endpoint::bucketRequest(const QByteArray &method) const
{
    SigV4Request request;
    request.method = method;
    if (m_addressing == S3Addressing::VirtualHosted) {
        request.host = m_target.bucket.toLatin1() + '.' + m_endpointHost;
        request.path = m_basePath + '/';
    } else {
        request.host = m_endpointHost;
        request.path = m_basePath + '/' + SigV4Signer::uriEncode(m_target.bucket.toUtf8(), true);
    }
    return request;
}

SigV4Request S3Endpoint::objectRequest(const QByteArray &method, const QString &key) const
{
    SigV4Request request = bucketRequest(method);
    if (m_addressing == S3Addressing::Path)
        request.path += '/';
    request.path += SigV4Signer::uriEncode(key.toUtf8(), false);
    return request;
}

QByteArray S3Endpoint::encodedUrl(const SigV4Request &request) const
{
    QByteArray out = m_scheme + "://" + request.host + request.path;
    const QByteArray query = request.encodedQuery();
    if (!query.isEmpty())
        out += '?' + query;
    return out;
}

QUrl S3Endpoint::url(const SigV4Request &request) const
{
    return QUrl::fromEncoded(encodedUrl(request), QUrl::StrictMode);
}

} // namespace cairn

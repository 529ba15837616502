#include "storage/S3Client.h"

#include "storage/S3Xml.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>

namespace cairn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cairn::S3Client", text);
}

QByteArray md5Base64(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64();
}

template <typename T> S3Result<T> failed(const S3Error &error)
{
    S3Result<T> r;
    r.error = error;
    return r;
}

} // namespace

QByteArray S3Client::Response::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

S3Client::S3Client(const S3Target &target, SigningSecret secret)
    : m_endpoint(target), m_signer(target.accessKeyId, std::move(secret), target.region)
{
    if (!m_endpoint.isValid()) {
        m_setupError = m_endpoint.errorString();
        return;
    }
    if (target.accessKeyId.isEmpty()) {
        m_setupError = tr("The access key ID is empty; enter the access key ID from the provider's console.");
        return;
    }
    if (!target.caFile.isEmpty()) {
        QFile file(target.caFile);
        if (file.open(QIODevice::ReadOnly))
            m_extraCas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (m_extraCas.isEmpty()) {
            m_setupError
                = tr("The CA certificate file %1 could not be read as PEM certificates; choose the file "
                     "with the storage server's CA certificate.")
                      .arg(target.caFile);
        }
    }
}

S3Client::~S3Client() = default;

S3ErrorContext S3Client::context(const QString &key) const
{
    S3ErrorContext c;
    c.endpointHost = target().endpoint.authority(QUrl::PrettyDecoded);
    c.bucket = target().bucket;
    c.region = target().region;
    c.accessKeyId = target().accessKeyId;
    c.key = key;
    return c;
}

S3Error S3Client::usageError() const
{
    if (!isValid())
        return S3Error::invalidRequest(m_setupError);
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return S3Error::invalidRequest(
            tr("Storage calls need a running application object; create one first."));
    // Blocking on the network in the GUI thread freezes the window: refuse rather than hang.
    if (QThread::currentThread() == app->thread() && app->inherits("QGuiApplication"))
        return S3Error::invalidRequest(
            tr("Storage calls must run in a worker thread, not the GUI thread; this is a bug in Cairn."));
    if (m_thread && m_thread != QThread::currentThread())
        return S3Error::invalidRequest(
            tr("A storage client was used from two threads; this is a bug in Cairn."));
    return {};
}

S3Client::Response S3Client::send(
    SigV4Request request, const QByteArray &body, qint64 maxBody, const QString &key)
{
    const qint64 offsetBefore = m_signer.clockOffset();
    Response response = sendOnce(request, body, maxBody, key);
    // The Date header of the refusal has corrected the offset: one more try with the server's time.
    if (response.error.kind == S3Error::Kind::ClockSkew && m_signer.clockOffset() != offsetBefore)
        response = sendOnce(std::move(request), body, maxBody, key);
    return response;
}

S3Client::Response S3Client::sendOnce(
    SigV4Request request, const QByteArray &body, qint64 maxBody, const QString &key)
{
    Response response;
    if (const S3Error usage = usageError(); usage.isError()) {
        response.error = usage;
        return response;
    }
    if (m_cancel && m_cancel->load()) {
        response.error = S3Error::cancelled();
        return response;
    }
    if (!m_nam) {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_thread = QThread::currentThread();
    }

    request.payloadHash = SigV4Signer::sha256Hex(body);
    m_signer.signHeaders(request);

    QNetworkRequest req(m_endpoint.url(request));
    for (const auto &[name, value] : request.headers) {
        if (name.compare("host", Qt::CaseInsensitive) != 0)
            req.setRawHeader(name, value);
    }
    // Bytes must arrive as stored: no transparent decompression.
    req.setRawHeader("Accept-Encoding", "identity");
    req.setHeader(
        QNetworkRequest::UserAgentHeader, QStringLiteral("Cairn/%1").arg(QStringLiteral(CAIRN_VERSION)));
    if (request.method == "PUT" || request.method == "POST")
        req.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_endpoint.isHttps()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer); // always; errors are never ignored
        if (!m_extraCas.isEmpty())
            ssl.addCaCertificates(m_extraCas);
        req.setSslConfiguration(ssl);
    }

    QNetworkReply *reply
        = request.method == "HEAD" ? m_nam->head(req) : m_nam->sendCustomRequest(req, request.method, body);
    std::unique_ptr<QNetworkReply> owner(reply);
    QList<QSslError> sslErrors;
    bool cancelled = false;
    bool tooLarge = false;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::sslErrors, &loop,
        [&sslErrors](const QList<QSslError> &errors) { sslErrors += errors; });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > maxBody && !tooLarge) {
            tooLarge = true;
            reply->abort();
        }
    });
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_cancel && m_cancel->load() && !cancelled) {
            cancelled = true;
            reply->abort();
        }
    });
    if (m_cancel)
        poll.start();
    if (!reply->isFinished())
        loop.exec();
    poll.stop();

    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    if (reply->isOpen())
        response.body = reply->readAll();
    m_bytesReceived += response.body.size();

    if (cancelled) {
        response.error = S3Error::cancelled();
        return response;
    }
    if (response.status > 0) {
        const QByteArray date = response.header("Date");
        const QDateTime localClock = m_signer.now().addMSecs(-m_signer.clockOffset());
        if (const auto offset = SigV4Signer::offsetFromDateHeader(date, localClock))
            m_signer.setClockOffset(*offset);
    }
    if (tooLarge) {
        response.error = S3Error::invalidRequest(
            tr("The object %1 is larger than this call reads (%2 bytes); it is not a small object.")
                .arg(key)
                .arg(maxBody));
        return response;
    }
    if (response.status == 0) {
        response.error = S3Error::fromNetwork(reply->error(), reply->errorString(), sslErrors, context(key));
        return response;
    }
    if (response.status >= 300)
        response.error = S3Error::fromHttp(response.status, response.body.left(64 * 1024),
            response.header("x-amz-bucket-region"), context(key));
    return response;
}

S3Result<S3BucketInfo> S3Client::headBucket()
{
    const Response r = send(m_endpoint.bucketRequest("HEAD"));
    S3Result<S3BucketInfo> out;
    out.value.region = QString::fromLatin1(r.header("x-amz-bucket-region"));
    if (!r.error.isError())
        return out;
    out.error = r.error;
    if (r.status == 404 && r.error.code.isEmpty()) {
        out.error.kind = S3Error::Kind::NoSuchBucket;
        out.error.message = S3Error::sentenceFor(out.error.kind, context(), out.error);
    } else if (r.error.code.isEmpty() && r.error.kind != S3Error::Kind::WrongRegion && r.status >= 400) {
        // HEAD answers have no body; a one-key listing gives the same refusal with its reason.
        const auto listing = listObjectsPage(QString(), QString(), 1);
        if (listing.error.isError())
            out.error = listing.error;
    }
    return out;
}

S3Result<S3ObjectPage> S3Client::listObjectsPage(
    const QString &prefix, const QString &continuationToken, int maxKeys, const QString &delimiter)
{
    SigV4Request request = m_endpoint.bucketRequest("GET");
    request.query.append({ QByteArrayLiteral("list-type"), QByteArrayLiteral("2") });
    request.query.append({ QByteArrayLiteral("encoding-type"), QByteArrayLiteral("url") });
    request.query.append({ QByteArrayLiteral("max-keys"), QByteArray::number(qBound(1, maxKeys, 1000)) });
    if (!prefix.isEmpty())
        request.query.append({ QByteArrayLiteral("prefix"), prefix.toUtf8() });
    if (!continuationToken.isEmpty())
        request.query.append({ QByteArrayLiteral("continuation-token"), continuationToken.toUtf8() });
    if (!delimiter.isEmpty())
        request.query.append({ QByteArrayLiteral("delimiter"), delimiter.toUtf8() });
    const Response r = send(std::move(request));
    if (r.error.isError())
        return failed<S3ObjectPage>(r.error);
    auto page = S3Xml::parseListObjectsV2(r.body);
    if (!page)
        return failed<S3ObjectPage>(S3Error::invalidResponse(context()));
    return { std::move(*page), {} };
}

S3Result<QList<S3Object>> S3Client::listAllObjects(const QString &prefix, qsizetype limit)
{
    S3Result<QList<S3Object>> out;
    QString token;
    do {
        auto page = listObjectsPage(prefix, token);
        if (!page.ok())
            return failed<QList<S3Object>>(page.error);
        out.value += page.value.objects;
        if (limit >= 0 && out.value.size() >= limit) {
            out.value.resize(limit);
            break;
        }
        if (page.value.truncated && page.value.nextContinuationToken == token)
            return failed<QList<S3Object>>(S3Error::invalidResponse(context())); // would loop
        token = page.value.truncated ? page.value.nextContinuationToken : QString();
    } while (!token.isEmpty());
    return out;
}

S3Result<S3ObjectInfo> S3Client::headObject(const QString &key)
{
    if (key.isEmpty())
        return failed<S3ObjectInfo>(S3Error::invalidRequest(tr("The object key is empty; name the object.")));
    const Response r = send(m_endpoint.objectRequest("HEAD", key), {}, 0, key);
    if (r.error.isError()) {
        S3Error error = r.error;
        if (r.status == 403 && error.code.isEmpty()) {
            // No body on HEAD: ask for one byte to learn why.
            SigV4Request probe = m_endpoint.objectRequest("GET", key);
            probe.setHeader("range", "bytes=0-0");
            const Response g = send(std::move(probe), {}, 16, key);
            if (g.error.isError())
                error = g.error;
        }
        return failed<S3ObjectInfo>(error);
    }
    S3ObjectInfo info;
    info.key = key;
    bool ok = false;
    info.size = r.header("Content-Length").toLongLong(&ok);
    if (!ok)
        info.size = -1;
    info.etag = QString::fromLatin1(r.header("ETag"));
    if (const auto modified = SigV4Signer::parseHttpDate(r.header("Last-Modified")))
        info.lastModified = *modified;
    info.contentType = QString::fromLatin1(r.header("Content-Type"));
    info.versionId = QString::fromLatin1(r.header("x-amz-version-id"));
    for (const auto &[name, value] : r.headers) {
        if (name.toLower().startsWith("x-amz-meta-"))
            info.metadata.insert(QString::fromLatin1(name.mid(11).toLower()), QString::fromUtf8(value));
    }
    return { info, {} };
}

S3Result<QByteArray> S3Client::getObject(const QString &key, qint64 maxBytes)
{
    if (key.isEmpty())
        return failed<QByteArray>(S3Error::invalidRequest(tr("The object key is empty; name the object.")));
    Response r = send(m_endpoint.objectRequest("GET", key), {}, maxBytes, key);
    if (r.error.isError())
        return failed<QByteArray>(r.error);
    return { std::move(r.body), {} };
}

S3Result<S3ObjectInfo> S3Client::putObject(
    const QString &key, const QByteArray &body, const QByteArray &contentType)
{
    if (key.isEmpty())
        return failed<S3ObjectInfo>(S3Error::invalidRequest(tr("The object key is empty; name the object.")));
    SigV4Request request = m_endpoint.objectRequest("PUT", key);
    request.setHeader("content-md5", md5Base64(body));
    request.setHeader("content-type", contentType);
    const Response r = send(std::move(request), body, 64 * 1024, key);
    if (r.error.isError())
        return failed<S3ObjectInfo>(r.error);
    S3ObjectInfo info;
    info.key = key;
    info.size = body.size();
    info.etag = QString::fromLatin1(r.header("ETag"));
    info.contentType = QString::fromLatin1(contentType);
    info.versionId = QString::fromLatin1(r.header("x-amz-version-id"));
    return { info, {} };
}

S3Status S3Client::deleteObject(const QString &key)
{
    if (key.isEmpty())
        return failed<std::monostate>(
            S3Error::invalidRequest(tr("The object key is empty; name the object.")));
    const Response r = send(m_endpoint.objectRequest("DELETE", key), {}, 64 * 1024, key);
    if (r.error.isError())
        return failed<std::monostate>(r.error);
    return {};
}

S3Result<S3DeleteResult> S3Client::deleteObjects(const QStringList &keys)
{
    S3Result<S3DeleteResult> out;
    for (const QString &key : keys) {
        if (key.isEmpty() || !S3Xml::isXmlSafe(key))
            return failed<S3DeleteResult>(S3Error::invalidRequest(tr(
                "An object key is empty or holds control characters a batch delete cannot carry; delete that "
                "object on its own.")));
    }
    for (qsizetype start = 0; start < keys.size(); start += 1000) {
        const QStringList batch = keys.mid(start, 1000);
        const QByteArray body = S3Xml::deleteObjects(batch);
        SigV4Request request = m_endpoint.bucketRequest("POST");
        request.query.append({ QByteArrayLiteral("delete"), QByteArray() });
        request.setHeader("content-md5", md5Base64(body));
        request.setHeader("content-type", "application/xml");
        const Response r = send(std::move(request), body);
        if (r.error.isError())
            return failed<S3DeleteResult>(r.error);
        const auto result = S3Xml::parseDeleteResult(r.body, batch, context());
        if (!result)
            return failed<S3DeleteResult>(S3Error::invalidResponse(context()));
        out.value.deleted += result->deleted;
        out.value.failed += result->failed;
    }
    return out;
}

S3Result<QString> S3Client::createMultipartUpload(const QString &key, const QByteArray &contentType)
{
    if (key.isEmpty())
        return failed<QString>(S3Error::invalidRequest(tr("The object key is empty; name the object.")));
    SigV4Request request = m_endpoint.objectRequest("POST", key);
    request.query.append({ QByteArrayLiteral("uploads"), QByteArray() });
    request.setHeader("content-type", contentType);
    const Response r = send(std::move(request), {}, 1024 * 1024, key);
    if (r.error.isError())
        return failed<QString>(r.error);
    const auto id = S3Xml::parseInitiateMultipartUpload(r.body);
    if (!id)
        return failed<QString>(S3Error::invalidResponse(context(key)));
    return { *id, {} };
}

S3Result<QString> S3Client::completeMultipartUpload(
    const QString &key, const QString &uploadId, const QList<S3CompletedPart> &parts)
{
    if (key.isEmpty() || uploadId.isEmpty() || parts.isEmpty())
        return failed<QString>(S3Error::invalidRequest(tr(
            "A multipart upload needs a key, an upload id and at least one part; start the upload again.")));
    const QByteArray body = S3Xml::completeMultipartUpload(parts);
    SigV4Request request = m_endpoint.objectRequest("POST", key);
    request.query.append({ QByteArrayLiteral("uploadId"), uploadId.toUtf8() });
    request.setHeader("content-type", "application/xml");
    const Response r = send(std::move(request), body, 1024 * 1024, key);
    if (r.error.isError())
        return failed<QString>(r.error);
    // S3 may answer 200 and still fail: the error is then in the body.
    if (S3Xml::parseError(r.body).isError)
        return failed<QString>(S3Error::fromHttp(r.status, r.body, {}, context(key)));
    const auto etag = S3Xml::parseCompleteMultipartUpload(r.body);
    if (!etag)
        return failed<QString>(S3Error::invalidResponse(context(key)));
    return { *etag, {} };
}

S3Status S3Client::abortMultipartUpload(const QString &key, const QString &uploadId)
{
    if (key.isEmpty() || uploadId.isEmpty())
        return failed<std::monostate>(S3Error::invalidRequest(
            tr("Aborting an upload needs its key and upload id; list the uploads first.")));
    SigV4Request request = m_endpoint.objectRequest("DELETE", key);
    request.query.append({ QByteArrayLiteral("uploadId"), uploadId.toUtf8() });
    const Response r = send(std::move(request), {}, 64 * 1024, key);
    if (r.error.isError())
        return failed<std::monostate>(r.error);
    return {};
}

S3Result<S3UploadPage> S3Client::listMultipartUploadsPage(
    const QString &prefix, const QString &keyMarker, const QString &uploadIdMarker)
{
    SigV4Request request = m_endpoint.bucketRequest("GET");
    request.query.append({ QByteArrayLiteral("uploads"), QByteArray() });
    request.query.append({ QByteArrayLiteral("encoding-type"), QByteArrayLiteral("url") });
    if (!prefix.isEmpty())
        request.query.append({ QByteArrayLiteral("prefix"), prefix.toUtf8() });
    if (!keyMarker.isEmpty())
        request.query.append({ QByteArrayLiteral("key-marker"), keyMarker.toUtf8() });
    if (!uploadIdMarker.isEmpty())
        request.query.append({ QByteArrayLiteral("upload-id-marker"), uploadIdMarker.toUtf8() });
    const Response r = send(std::move(request));
    if (r.error.isError())
        return failed<S3UploadPage>(r.error);
    auto page = S3Xml::parseListMultipartUploads(r.body);
    if (!page)
        return failed<S3UploadPage>(S3Error::invalidResponse(context()));
    return { std::move(*page), {} };
}

S3Result<QList<S3Upload>> S3Client::listAllMultipartUploads(const QString &prefix)
{
    S3Result<QList<S3Upload>> out;
    QString keyMarker, uploadMarker;
    for (;;) {
        auto page = listMultipartUploadsPage(prefix, keyMarker, uploadMarker);
        if (!page.ok())
            return failed<QList<S3Upload>>(page.error);
        out.value += page.value.uploads;
        if (!page.value.truncated)
            break;
        if (page.value.nextKeyMarker == keyMarker && page.value.nextUploadIdMarker == uploadMarker)
            return failed<QList<S3Upload>>(S3Error::invalidResponse(context()));
        keyMarker = page.value.nextKeyMarker;
        uploadMarker = page.value.nextUploadIdMarker;
    }
    return out;
}

S3Result<S3BucketVersioning> S3Client::getBucketVersioning()
{
    SigV4Request request = m_endpoint.bucketRequest("GET");
    request.query.append({ QByteArrayLiteral("versioning"), QByteArray() });
    const Response r = send(std::move(request));
    if (r.error.isError())
        return failed<S3BucketVersioning>(r.error);
    const auto versioning = S3Xml::parseVersioning(r.body);
    if (!versioning)
        return failed<S3BucketVersioning>(S3Error::invalidResponse(context()));
    return { *versioning, {} };
}

S3Result<S3ObjectLock> S3Client::getObjectLock()
{
    SigV4Request request = m_endpoint.bucketRequest("GET");
    request.query.append({ QByteArrayLiteral("object-lock"), QByteArray() });
    const Response r = send(std::move(request));
    if (r.error.isError()) {
        if (r.error.code == QLatin1String("ObjectLockConfigurationNotFoundError"))
            return {}; // never switched on for this bucket
        return failed<S3ObjectLock>(r.error);
    }
    const auto lock = S3Xml::parseObjectLock(r.body);
    if (!lock)
        return failed<S3ObjectLock>(S3Error::invalidResponse(context()));
    return { *lock, {} };
}

S3Result<QByteArray> S3Client::getLifecycle()
{
    SigV4Request request = m_endpoint.bucketRequest("GET");
    request.query.append({ QByteArrayLiteral("lifecycle"), QByteArray() });
    Response r = send(std::move(request));
    if (r.error.isError()) {
        if (r.error.code == QLatin1String("NoSuchLifecycleConfiguration"))
            return {}; // none yet: an empty document
        return failed<QByteArray>(r.error);
    }
    return { std::move(r.body), {} };
}

S3Result<S3AbortIncompleteRule> S3Client::getAbortIncompleteRule()
{
    const auto lifecycle = getLifecycle();
    if (!lifecycle.ok())
        return failed<S3AbortIncompleteRule>(lifecycle.error);
    if (lifecycle.value.trimmed().isEmpty())
        return {};
    const auto rule = S3Xml::parseAbortIncompleteRule(lifecycle.value, AbortRuleId);
    if (!rule)
        return failed<S3AbortIncompleteRule>(S3Error::invalidResponse(context()));
    return { *rule, {} };
}

S3Status S3Client::putAbortIncompleteRule(int daysAfterInitiation, const QString &prefix)
{
    if (daysAfterInitiation < 1 || daysAfterInitiation > 3650)
        return failed<std::monostate>(S3Error::invalidRequest(
            tr("Leftover uploads must be removed after 1 to 3650 days; choose a number in that range.")));
    const auto lifecycle = getLifecycle();
    if (!lifecycle.ok())
        return failed<std::monostate>(lifecycle.error);
    S3AbortIncompleteRule rule;
    rule.present = true;
    rule.daysAfterInitiation = daysAfterInitiation;
    rule.prefix = prefix;
    const auto body = S3Xml::withAbortIncompleteRule(lifecycle.value, AbortRuleId, rule);
    if (!body)
        return failed<std::monostate>(S3Error::invalidResponse(context()));
    SigV4Request request = m_endpoint.bucketRequest("PUT");
    request.query.append({ QByteArrayLiteral("lifecycle"), QByteArray() });
    request.setHeader("content-md5", md5Base64(*body));
    request.setHeader("content-type", "application/xml");
    const Response r = send(std::move(request), *body);
    if (r.error.isError())
        return failed<std::monostate>(r.error);
    return {};
}

} // namespace cairn

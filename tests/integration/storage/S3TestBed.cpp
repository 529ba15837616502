#include "S3TestBed.h"

#include <QFile>
#include <QUrl>

namespace cairn::test {

namespace {
QString g_lastError;
}

QString S3TestBed::lastError()
{
    return g_lastError;
}

std::unique_ptr<S3TestBed> S3TestBed::start(const QString &peer)
{
    std::unique_ptr<S3TestBed> bed(new S3TestBed);
    if (!bed->m_temp.isValid()) {
        g_lastError = QStringLiteral("cannot create a temporary folder");
        return nullptr;
    }
    // s3rver makes ListObjectsV2 continuation tokens with DES, which Node 20's OpenSSL 3 only has
    // in its legacy provider: without it every truncated listing is a 500 InternalError.
    if (!qEnvironmentVariable("NODE_OPTIONS").contains(QLatin1String("--openssl-legacy-provider")))
        qputenv("NODE_OPTIONS", (qgetenv("NODE_OPTIONS") + " --openssl-legacy-provider").trimmed());
    bed->m_peer = PeerFixture::start(peer);
    if (!bed->m_peer) {
        g_lastError = PeerFixture::lastError();
        return nullptr;
    }
    bed->m_target.provider = QStringLiteral("custom");
    bed->m_target.endpoint = QUrl(bed->m_peer->value(QStringLiteral("ENDPOINT")));
    bed->m_target.region = bed->m_peer->value(QStringLiteral("REGION"));
    bed->m_target.bucket = bed->m_peer->value(QStringLiteral("BUCKET"));
    bed->m_target.accessKeyId = bed->m_peer->value(QStringLiteral("ACCESS_KEY_ID"));
    bed->m_target.addressing = S3Addressing::Path;
    bed->m_secret = bed->m_peer->value(QStringLiteral("SECRET_ACCESS_KEY")).toUtf8();
    if (bed->m_peer->contains(QStringLiteral("CA_FILE")))
        bed->m_target.caFile = bed->m_peer->value(QStringLiteral("CA_FILE"));
    return bed;
}

std::unique_ptr<S3Client> S3TestBed::client() const
{
    return client(m_target, m_secret);
}

std::unique_ptr<S3Client> S3TestBed::client(const S3Target &target, const QByteArray &secret) const
{
    return std::make_unique<S3Client>(target, SigningSecret(secret));
}

TestProcess::Result S3TestBed::aws(const QStringList &args, const QByteArray &stdinData) const
{
    QProcessEnvironment env = TestProcess::cleanEnvironment(m_temp.path());
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), m_target.accessKeyId);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromUtf8(m_secret));
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), m_target.region);
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_temp.filePath(QStringLiteral("aws-config")));
    env.insert(
        QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_temp.filePath(QStringLiteral("no-credentials")));
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    env.insert(QStringLiteral("AWS_PAGER"), QString());
    if (!m_target.caFile.isEmpty())
        env.insert(QStringLiteral("AWS_CA_BUNDLE"), m_target.caFile);
    QFile config(m_temp.filePath(QStringLiteral("aws-config")));
    if (!config.exists() && config.open(QIODevice::WriteOnly))
        config.write("[default]\ns3 =\n    addressing_style = path\n");
    QStringList all { QStringLiteral("--endpoint-url"), m_target.endpoint.toString(),
        QStringLiteral("s3api") };
    all += args;
    return TestProcess::run(QStringLiteral("/usr/bin/aws"), all, env, stdinData);
}

QByteArray S3TestBed::curlQuote(const QByteArray &value)
{
    QByteArray out = "\"";
    for (char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

S3TestBed::CurlResult S3TestBed::curl(const QUrl &url, const QString &uploadFile, const QString &downloadFile,
    const QList<std::pair<QByteArray, QByteArray>> &extraHeaders) const
{
    CurlResult result;
    const QString headerFile = m_temp.filePath(QStringLiteral("curl-headers"));
    const QString bodyFile
        = downloadFile.isEmpty() ? m_temp.filePath(QStringLiteral("curl-body")) : downloadFile;
    QFile::remove(headerFile);
    QFile::remove(bodyFile);
    QByteArray config;
    config += "url = " + curlQuote(url.toEncoded()) + '\n';
    if (!uploadFile.isEmpty())
        config += "upload-file = " + curlQuote(uploadFile.toUtf8()) + '\n';
    config += "output = " + curlQuote(bodyFile.toUtf8()) + '\n';
    config += "dump-header = " + curlQuote(headerFile.toUtf8()) + '\n';
    config += "header = \"Expect:\"\n";
    for (const auto &[name, value] : extraHeaders)
        config += "header = " + curlQuote(name + ": " + value) + '\n';
    config += "silent\nshow-error\nwrite-out = \"%{http_code}\"\n";
    if (!m_target.caFile.isEmpty())
        config += "cacert = " + curlQuote(m_target.caFile.toUtf8()) + '\n';

    const TestProcess::Result run = TestProcess::run(QStringLiteral("curl"),
        { QStringLiteral("-K"), QStringLiteral("-") }, TestProcess::cleanEnvironment(m_temp.path()), config);
    result.describe = run.describe();
    result.ran = run.finished && run.exitCode == 0;
    result.httpStatus = run.out.trimmed().toInt();
    QFile headers(headerFile);
    if (headers.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : headers.readAll().split('\n')) {
            if (line.toLower().startsWith("etag:"))
                result.etag = line.mid(5).trimmed();
        }
    }
    if (downloadFile.isEmpty()) {
        QFile body(bodyFile);
        if (body.open(QIODevice::ReadOnly))
            result.body = body.readAll();
    }
    return result;
}

} // namespace cairn::test

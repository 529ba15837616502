#include "storage/providers/ProviderAccountCheck.h"

#include "storage/SigV4Signer.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QXmlStreamReader>

#include <openssl/crypto.h>

namespace cairn {

namespace {

// Keeps only what an API error code can contain.
QString sanitiseToken(const QString &text)
{
    QString out;
    for (QChar c : text.left(64)) {
        if ((c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char('.'))
            out.append(c);
    }
    return out;
}

QString sanitiseText(const QString &text, int max = 200)
{
    QString out;
    for (QChar c : text.left(max))
        out.append(c.isPrint() ? c : QLatin1Char(' '));
    return out.simplified();
}

// The elements of a small XML answer by local name (STS answers are flat enough for this).
QHash<QString, QString> xmlValues(const QByteArray &xml)
{
    QHash<QString, QString> values;
    QXmlStreamReader reader(xml);
    QString current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            current = reader.name().toString();
        else if (reader.isCharacters() && !current.isEmpty() && !values.contains(current))
            values.insert(current, reader.text().toString().trimmed());
        else if (reader.isEndElement())
            current.clear();
    }
    return reader.hasError() ? QHash<QString, QString>() : values;
}

QString quoted(const QString &s)
{
    return QStringLiteral("\u201C%1\u201D").arg(s);
}

} // namespace

ProviderAccountCheck::ProviderAccountCheck(QObject *parent) : QObject(parent) { }

ProviderAccountCheck::~ProviderAccountCheck()
{
    if (m_reply)
        m_reply->abort();
}

QString ProviderAccountCheck::networkSentence(
    const CloudProvider &provider, const QString &host, const QString &reason)
{
    return tr("Cairn could not reach the %1 API at %2 (%3); check the internet connection and try again.")
        .arg(provider.displayName, host, sanitiseText(reason, 120));
}

ProviderAccountCheck::Outcome ProviderAccountCheck::interpret(
    const CloudProvider &provider, int httpStatus, const QByteArray &body, const QString &keyId)
{
    Outcome o;
    const QString id = provider.id;
    if (id == QLatin1String("aws")) {
        const QHash<QString, QString> v = xmlValues(body);
        if (httpStatus == 200) {
            const QString account = sanitiseToken(v.value(QStringLiteral("Account")));
            const QString arn = sanitiseText(v.value(QStringLiteral("Arn")));
            if (account.isEmpty()) {
                o.error = tr(
                    "The answer from AWS STS was not a GetCallerIdentity result; check that the endpoint is "
                    "AWS's.");
                return o;
            }
            o.ok = true;
            o.accountId = keyId;
            o.description
                = tr("The access key %1 belongs to AWS account %2 (%3).").arg(quoted(keyId), account, arn);
            return o;
        }
        const QString code = sanitiseToken(v.value(QStringLiteral("Code")));
        const QString message = v.value(QStringLiteral("Message"));
        if (code == QLatin1String("InvalidClientTokenId")
            || code == QLatin1String("UnrecognizedClientException"))
            o.error = tr(
                "AWS does not know the access key ID %1; check that it was copied completely and is still "
                "active in IAM.")
                          .arg(quoted(keyId));
        else if (code == QLatin1String("SignatureDoesNotMatch") && message.contains(QLatin1String("expired")))
            o.error = tr(
                "This computer's clock differs from AWS's by more than 15 minutes; turn on automatic date "
                "and time and try again.");
        else if (code == QLatin1String("SignatureDoesNotMatch")
            || code == QLatin1String("IncompleteSignature"))
            o.error = tr(
                "AWS rejected the secret access key for %1; enter the secret that belongs to this access "
                "key again.")
                          .arg(quoted(keyId));
        else if (code == QLatin1String("ExpiredToken"))
            o.error = tr("The AWS credentials have expired; create a new access key in IAM and enter it.");
        else if (code == QLatin1String("AccessDenied") || code == QLatin1String("MissingAuthenticationToken"))
            o.error = tr("AWS refused the access key %1 (%2); check the key in IAM and try again.")
                          .arg(quoted(keyId), code);
        else
            o.error = tr("AWS STS refused the request (HTTP %1 %2); try again later.")
                          .arg(httpStatus)
                          .arg(code.isEmpty() ? tr("without an error code") : code);
        return o;
    }

    // DigitalOcean and Hetzner Cloud: bearer tokens and JSON.
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (httpStatus == 200) {
        if (id == QLatin1String("digitalocean")) {
            const QJsonObject account = json.value(QStringLiteral("account")).toObject();
            const QString email = sanitiseText(account.value(QStringLiteral("email")).toString());
            if (email.isEmpty()) {
                o.error = tr(
                    "The answer from the DigitalOcean API had no account in it; check that the address is "
                    "DigitalOcean's API.");
                return o;
            }
            const QString status = sanitiseToken(account.value(QStringLiteral("status")).toString());
            const QString team = sanitiseText(
                account.value(QStringLiteral("team")).toObject().value(QStringLiteral("name")).toString());
            o.ok = true;
            o.accountId = email;
            o.description = team.isEmpty()
                ? tr("The token works for the DigitalOcean account %1 (status: %2).").arg(email, status)
                : tr("The token works for the DigitalOcean account %1, team %2 (status: %3).")
                      .arg(email, team, status);
            return o;
        }
        const QJsonObject pagination
            = json.value(QStringLiteral("meta")).toObject().value(QStringLiteral("pagination")).toObject();
        if (!json.value(QStringLiteral("servers")).isArray()
            || !pagination.contains(QStringLiteral("total_entries"))) {
            o.error
                = tr("The answer from the Hetzner Cloud API was not a server list; check that the address is "
                     "Hetzner Cloud's API.");
            return o;
        }
        o.ok = true;
        const int servers = pagination.value(QStringLiteral("total_entries")).toInt();
        o.description
            = tr("The token works for a Hetzner Cloud project with %n server(s); creating snapshots "
                 "needs a Read & Write token.",
                nullptr, servers);
        return o;
    }

    const QString code = sanitiseToken(id == QLatin1String("hetzner")
            ? json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
            : json.value(QStringLiteral("id")).toString());
    switch (httpStatus) {
    case 401:
        o.error = id == QLatin1String("hetzner")
            ? tr(
                "Hetzner Cloud rejected the API token; create a token in the project (Security > API tokens) "
                "and enter all 64 characters of it.")
            : tr("DigitalOcean rejected the API token; create a personal access token (API > Tokens) and "
                 "enter it "
                 "again.");
        break;
    case 403:
        o.error = id == QLatin1String("hetzner")
            ? tr("The Hetzner Cloud token is not allowed to read the project's servers; use a token of that "
                 "project with Read & Write permission.")
            : tr("The DigitalOcean token is not allowed to read the account; give it the account:read scope "
                 "(or "
                 "full access) and try again.");
        break;
    case 429:
        o.error
            = tr("%1 is limiting requests right now; wait a minute and try again.").arg(provider.displayName);
        break;
    default:
        if (httpStatus >= 500)
            o.error = tr("The %1 API has a problem of its own (HTTP %2); try again later.")
                          .arg(provider.displayName)
                          .arg(httpStatus);
        else
            o.error = tr("The %1 API refused the request (HTTP %2 %3); check the token and try again.")
                          .arg(provider.displayName)
                          .arg(httpStatus)
                          .arg(code.isEmpty() ? tr("without an error code") : code);
        break;
    }
    return o;
}

void ProviderAccountCheck::start(const QString &providerId, const QString &keyId, const SecureBytes &secret)
{
    m_provider = CloudProvider::find(providerId);
    m_keyId = keyId.trimmed();
    if (!m_provider) {
        Outcome o;
        o.error = tr("The provider %1 is unknown; choose one of %2.")
                      .arg(quoted(providerId), CloudProvider::ids());
        return finish(o);
    }
    if (secret.isEmpty()) {
        Outcome o;
        o.error = m_provider->needsKeyId
            ? tr("The secret access key is empty; enter the secret of the access key.")
            : tr("The API token is empty; paste the token the provider showed.");
        return finish(o);
    }
    if (m_provider->needsKeyId && (m_keyId.isEmpty() || m_keyId.contains(QLatin1Char(' ')))) {
        Outcome o;
        o.error = tr("The AWS access key ID is empty or contains spaces; copy it again from IAM.");
        return finish(o);
    }
    QString problem;
    const QUrl base = m_provider->baseUrl(&problem);
    if (!base.isValid()) {
        Outcome o;
        o.error = problem;
        return finish(o);
    }
    m_host = base.authority();
    QString basePath = base.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);

    QUrl url = base;
    QByteArray body;
    QNetworkRequest request;
    if (m_provider->id == QLatin1String("aws")) {
        url.setPath(basePath + QLatin1Char('/'));
        body = QByteArrayLiteral("Action=GetCallerIdentity&Version=2011-06-15");
        SigV4Request signedRequest;
        signedRequest.method = "POST";
        QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
        const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
        if (url.port() != -1 && url.port() != defaultPort)
            host += ':' + QByteArray::number(url.port());
        signedRequest.host = host;
        signedRequest.path = url.path(QUrl::FullyEncoded).toLatin1();
        signedRequest.setHeader("content-type", "application/x-www-form-urlencoded; charset=utf-8");
        signedRequest.payloadHash = SigV4Signer::sha256Hex(body);
        // STS's global endpoint signs with us-east-1.
        const SigV4Signer signer(
            m_keyId, SigningSecret(secret.view()), QStringLiteral("us-east-1"), QStringLiteral("sts"));
        signer.signHeaders(signedRequest);
        request.setUrl(url);
        for (const auto &[name, value] : signedRequest.headers) {
            if (name.compare("host", Qt::CaseInsensitive) != 0)
                request.setRawHeader(name, value);
        }
    } else {
        if (m_provider->id == QLatin1String("digitalocean")) {
            url.setPath(basePath + QStringLiteral("/v2/account"));
        } else {
            url.setPath(basePath + QStringLiteral("/v1/servers"));
            url.setQuery(QStringLiteral("per_page=1"));
        }
        request.setUrl(url);
        QByteArray authorization;
        authorization.reserve(7 + secret.size());
        authorization.append("Bearer ").append(secret.view());
        // Qt keeps its own (unshared) copy until the request is sent; ours is wiped now.
        request.setRawHeader("Authorization", QByteArray(authorization.constData(), authorization.size()));
        OPENSSL_cleanse(authorization.data(), size_t(authorization.size()));
        request.setRawHeader("Accept", "application/json");
    }
    request.setHeader(
        QNetworkRequest::UserAgentHeader, QStringLiteral("Cairn/%1").arg(QStringLiteral(CAIRN_VERSION)));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer); // always; errors are never ignored
    request.setSslConfiguration(ssl);

    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    m_reply = body.isEmpty() ? m_nam->get(request) : m_nam->post(request, body);
    connect(m_reply, &QNetworkReply::finished, this, &ProviderAccountCheck::onFinished);
}

void ProviderAccountCheck::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void ProviderAccountCheck::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    Outcome o;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_cancelled) {
        o.error = tr("The check was cancelled.");
    } else if (status == 0) {
        o.error = networkSentence(*m_provider, m_host, reply->errorString());
    } else {
        o = interpret(*m_provider, status, reply->read(256 * 1024), m_keyId);
    }
    finish(o);
}

void ProviderAccountCheck::finish(Outcome outcome)
{
    m_outcome = std::move(outcome);
    m_finished = true;
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(this); }, Qt::QueuedConnection);
}

void ProviderAccountCheck::waitForFinished()
{
    if (m_finished)
        return;
    QEventLoop loop;
    connect(this, &ProviderAccountCheck::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace cairn

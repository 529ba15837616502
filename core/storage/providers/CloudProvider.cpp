#include "storage/providers/CloudProvider.h"

#include <QHostAddress>

namespace cairn {

namespace {

QList<CloudProvider> makeProviders()
{
    CloudProvider digitalOcean;
    digitalOcean.id = QStringLiteral("digitalocean");
    digitalOcean.displayName = QStringLiteral("DigitalOcean");
    digitalOcean.defaultBaseUrl = QUrl(QStringLiteral("https://api.digitalocean.com"));
    digitalOcean.baseUrlVariable = "CAIRN_DIGITALOCEAN_API_URL";
    digitalOcean.secretVariable = "CAIRN_API_TOKEN";

    CloudProvider hetzner;
    hetzner.id = QStringLiteral("hetzner");
    hetzner.displayName = QStringLiteral("Hetzner Cloud");
    hetzner.defaultBaseUrl = QUrl(QStringLiteral("https://api.hetzner.cloud"));
    hetzner.baseUrlVariable = "CAIRN_HETZNER_API_URL";
    hetzner.secretVariable = "CAIRN_API_TOKEN";

    CloudProvider aws;
    aws.id = QStringLiteral("aws");
    aws.displayName = QStringLiteral("AWS");
    aws.needsKeyId = true;
    // The global STS endpoint signs with us-east-1 and answers for every partition-wide key.
    aws.defaultBaseUrl = QUrl(QStringLiteral("https://sts.amazonaws.com"));
    aws.baseUrlVariable = "CAIRN_AWS_STS_URL";
    aws.secretVariable = "CAIRN_SECRET_ACCESS_KEY";

    return { digitalOcean, hetzner, aws };
}

} // namespace

const QList<CloudProvider> &CloudProvider::all()
{
    static const QList<CloudProvider> providers = makeProviders();
    return providers;
}

const CloudProvider *CloudProvider::find(QStringView id)
{
    for (const CloudProvider &p : all()) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QString CloudProvider::ids()
{
    QStringList list;
    for (const CloudProvider &p : all())
        list << p.id;
    return list.join(QStringLiteral(", "));
}

QUrl CloudProvider::baseUrl(QString *problem) const
{
    if (problem)
        problem->clear();
    const QString override = qEnvironmentVariable(baseUrlVariable);
    if (override.isEmpty())
        return defaultBaseUrl;
    QUrl url(override, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const QHostAddress host(url.host());
    const bool loopback = url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback());
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()
        || !(scheme == QLatin1String("https") || (scheme == QLatin1String("http") && loopback))) {
        if (problem)
            *problem = tr("%1 must be an https:// address (or http:// to this computer); fix or unset it.")
                           .arg(QString::fromLatin1(baseUrlVariable));
        return {};
    }
    return url;
}

} // namespace cairn

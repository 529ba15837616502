#include "storage/ProviderPreset.h"

namespace cairn {

QUrl ProviderPreset::endpointFor(const QString &region, const QString &accountId) const
{
    if (endpointTemplate.isEmpty())
        return {};
    if (endpointTemplate.contains(QLatin1String("{region}")) && region.isEmpty())
        return {};
    if (endpointTemplate.contains(QLatin1String("{account}")) && accountId.isEmpty())
        return {};
    // Region and account ids are DNS labels; anything else would change the host we talk to.
    const auto isLabel = [](const QString &s) {
        for (QChar c : s) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'))
                return false;
        }
        return true;
    };
    if (!isLabel(region) || !isLabel(accountId))
        return {};
    QString text = endpointTemplate;
    text.replace(QLatin1String("{region}"), region.toLower());
    text.replace(QLatin1String("{account}"), accountId.toLower());
    return QUrl(text, QUrl::StrictMode);
}

S3Target ProviderPreset::makeTarget(const QString &region, const QString &accountId) const
{
    S3Target target;
    target.provider = id;
    target.endpoint = endpointFor(region, accountId);
    target.region = signingRegion(region);
    target.addressing = addressing;
    return target;
}

} // namespace cairn

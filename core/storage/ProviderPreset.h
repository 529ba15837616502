#pragma once
// One S3-compatible provider as the Add Storage wizard offers it: its regions and how to build the
// endpoint for one of them. The table itself is in ProviderPresets.

#include "storage/S3Target.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace cairn {

struct ProviderPreset final {
    QString id; // stable, stored with the target
    QString displayName; // shown as is (provider names are not translated)
    // "https://s3.{region}.amazonaws.com"; {account} is the Cloudflare account id. Empty for "custom".
    QString endpointTemplate;
    QStringList regions; // the first is the default; empty when the user types it
    S3Addressing addressing = S3Addressing::VirtualHosted;
    QString fixedSigningRegion; // R2 always signs with "auto"; empty when the region is the chosen one
    bool needsAccountId = false;
    bool requiresEqualPartSizes = false; // R2 refuses multipart uploads whose parts (but the last) differ

    // The endpoint for a region (and account id where the template needs one); invalid when the
    // preset has no template or an input it needs is empty.
    QUrl endpointFor(const QString &region, const QString &accountId = {}) const;
    QString signingRegion(const QString &region) const
    {
        return fixedSigningRegion.isEmpty() ? region : fixedSigningRegion;
    }
    // A target filled from this preset (endpoint, signing region, addressing); bucket etc. left empty.
    S3Target makeTarget(const QString &region, const QString &accountId = {}) const;
};

} // namespace cairn

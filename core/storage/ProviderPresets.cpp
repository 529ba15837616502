#include "storage/ProviderPresets.h"

namespace cairn {

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromLatin1(item));
    return out;
}

QList<ProviderPreset> makePresets()
{
    QList<ProviderPreset> presets;

    ProviderPreset aws;
    aws.id = QStringLiteral("aws");
    aws.displayName = QStringLiteral("Amazon S3");
    aws.endpointTemplate = QStringLiteral("https://s3.{region}.amazonaws.com");
    aws.regions = list({ "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "sa-east-1",
        "eu-central-1", "eu-central-2", "eu-west-1", "eu-west-2", "eu-west-3", "eu-north-1", "eu-south-1",
        "eu-south-2", "ap-south-1", "ap-south-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
        "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-east-1", "me-south-1",
        "me-central-1", "af-south-1", "il-central-1" });
    aws.addressing = S3Addressing::VirtualHosted;
    presets.append(aws);

    ProviderPreset spaces;
    spaces.id = QStringLiteral("digitalocean");
    spaces.displayName = QStringLiteral("DigitalOcean Spaces");
    spaces.endpointTemplate = QStringLiteral("https://{region}.digitaloceanspaces.com");
    spaces.regions = list({ "nyc3", "sfo2", "sfo3", "ams3", "fra1", "lon1", "sgp1", "syd1", "blr1", "tor1" });
    spaces.addressing = S3Addressing::VirtualHosted;
    presets.append(spaces);

    ProviderPreset hetzner;
    hetzner.id = QStringLiteral("hetzner");
    hetzner.displayName = QStringLiteral("Hetzner Object Storage");
    hetzner.endpointTemplate = QStringLiteral("https://{region}.your-objectstorage.com");
    hetzner.regions = list({ "fsn1", "nbg1", "hel1" });
    hetzner.addressing = S3Addressing::VirtualHosted;
    presets.append(hetzner);

    ProviderPreset b2;
    b2.id = QStringLiteral("backblaze");
    b2.displayName = QStringLiteral("Backblaze B2");
    b2.endpointTemplate = QStringLiteral("https://s3.{region}.backblazeb2.com");
    b2.regions = list(
        { "us-west-004", "us-west-002", "us-west-001", "us-west-000", "us-east-005", "eu-central-003" });
    b2.addressing = S3Addressing::VirtualHosted;
    presets.append(b2);

    ProviderPreset wasabi;
    wasabi.id = QStringLiteral("wasabi");
    wasabi.displayName = QStringLiteral("Wasabi");
    wasabi.endpointTemplate = QStringLiteral("https://s3.{region}.wasabisys.com");
    wasabi.regions = list({ "us-east-1", "us-east-2", "us-central-1", "us-west-1", "ca-central-1",
        "eu-central-1", "eu-central-2", "eu-west-1", "eu-west-2", "ap-northeast-1", "ap-northeast-2",
        "ap-southeast-1", "ap-southeast-2" });
    wasabi.addressing = S3Addressing::VirtualHosted;
    presets.append(wasabi);

    ProviderPreset r2;
    r2.id = QStringLiteral("r2");
    r2.displayName = QStringLiteral("Cloudflare R2");
    r2.endpointTemplate = QStringLiteral("https://{account}.r2.cloudflarestorage.com");
    r2.regions = list({ "auto" });
    r2.fixedSigningRegion = QStringLiteral("auto");
    r2.addressing = S3Addressing::Path;
    r2.needsAccountId = true;
    r2.requiresEqualPartSizes = true;
    presets.append(r2);

    ProviderPreset custom;
    custom.id = QStringLiteral("custom");
    custom.displayName = QStringLiteral("MinIO / other S3-compatible");
    custom.regions = list({ "us-east-1" });
    custom.addressing = S3Addressing::Path;
    presets.append(custom);

    return presets;
}

} // namespace

const QList<ProviderPreset> &ProviderPresets::all()
{
    static const QList<ProviderPreset> presets = makePresets();
    return presets;
}

const ProviderPreset *ProviderPresets::find(QStringView id)
{
    for (const ProviderPreset &preset : all()) {
        if (preset.id == id)
            return &preset;
    }
    return nullptr;
}

} // namespace cairn

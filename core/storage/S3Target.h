#pragma once
// How to reach one bucket (and a prefix in it) at one S3-compatible endpoint: what S3Endpoint,
// S3Client and S3Presigner need. The saved, named storage target of a client is the store's
// StorageTarget row (store/Records.h); StorageTargets::toS3() turns one into this. The secret
// access key is not part of it (it lives in the keychain and reaches S3Client as a SigningSecret).

#include <QString>
#include <QUrl>

namespace cairn {

enum class S3Addressing {
    Path, // https://endpoint/bucket/key (MinIO, IP endpoints, buckets with dots over TLS)
    VirtualHosted, // https://bucket.endpoint/key (AWS's default)
};

struct S3Target final {
    QString provider; // ProviderPreset id: "aws", "digitalocean", "hetzner", "backblaze", "wasabi", "r2",
                      // "custom"
    QUrl endpoint; // service endpoint without the bucket, e.g. https://s3.eu-central-1.amazonaws.com
    QString region; // signing region, e.g. "eu-central-1" ("auto" for Cloudflare R2)
    QString bucket;
    QString prefix; // key prefix inside the bucket, no leading '/', e.g. "acme/"
    QString accessKeyId;
    S3Addressing addressing = S3Addressing::VirtualHosted;
    QString caFile; // optional PEM file with extra CA certificates for a self-hosted endpoint

    bool operator==(const S3Target &) const = default;
};

} // namespace cairn

#pragma once
// The host side of a restore or verify: restore.sh (compiled in as the resource
// :/restore/restore.sh) and the parameters it reads as data on stdin after it says HELLO, one
// "key=value\0" record each, so any byte but NUL passes through unchanged (file names chosen from
// the index included) and nothing is ever parsed as shell code.

#include "restore/RestoreRequest.h"

#include <QByteArray>

namespace cairn {

class RestoreScript final {
public:
    static constexpr int kProtocolVersion = 1;

    static QByteArray script();
    // The parameter records, ending with "end=". They hold the presigned URL (a secret while it
    // lives), the passphrase and any database password, so they are returned as wiped bytes.
    static SecureBytes parameters(const RestoreRequest &request, QByteArrayView url);
    // "zstd", "gzip" or "none" from the backup's compression.
    static QString compressionName(const QString &compression);
    // What the manifest says about encryption: whether the archive is encrypted and openssl's
    // iteration count; false with *error when it names a cipher this version cannot read.
    static bool readEncryption(
        const QByteArray &manifestJson, bool *encrypted, int *iterations, QString *error);
    // The archive's passphrase as the manifest carries it, wrapped with the client's public key
    // (decoded from base64); empty when the manifest has none.
    static QByteArray wrappedKey(const QByteArray &manifestJson);
};

} // namespace cairn

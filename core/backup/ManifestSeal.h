#pragma once
// The manifest's integrity seal: "hmac" is the lowercase hex HMAC-SHA256, keyed with the client's
// 32-byte integrity key (keychain and recovery kit, never in the bucket), over the compact JSON of
// the manifest without its "hmac" member. A manifest changed by anyone without the key (a byte
// of its sha256, its wrapped key, its restore commands) no longer verifies.

#include "secrets/SecureBytes.h"

#include <QJsonObject>

namespace cairn {

class ManifestSeal final {
public:
    static constexpr int kKeySize = 32;

    // Hex HMAC over QJsonDocument(manifest without "hmac").toJson(Compact); empty for an empty key.
    static QByteArray seal(const QJsonObject &manifest, const SecureBytes &key);
    // True when the manifest's "hmac" matches (compared in constant time).
    static bool verify(const QJsonObject &manifest, const SecureBytes &key);
    // 32 fresh random bytes from OpenSSL's generator; empty if it fails.
    static SecureBytes newKey();
};

} // namespace cairn

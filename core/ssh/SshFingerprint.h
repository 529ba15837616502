#pragma once
// SHA256 fingerprints of SSH public key blobs, in the form `ssh-keygen -l` prints them.

#include <QByteArrayView>
#include <QString>

namespace cairn {

// "SHA256:" + unpadded base64 of the SHA-256 of the blob, e.g. "SHA256:mJ4iEurQ...".
QString sshFingerprintSha256(QByteArrayView publicKeyBlob);

// A fingerprint a person typed or pasted, in canonical form: surrounding spaces, a missing or
// lower-case "SHA256:" prefix and base64 padding are tolerated. Empty when it is not a SHA256
// fingerprint (wrong length, other characters, an MD5 fingerprint).
QString normalizeSshFingerprint(const QString &fingerprint);

} // namespace cairn

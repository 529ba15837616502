#include "backup/ManifestSeal.h"

#include <QJsonDocument>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace cairn {

namespace {

const QString hmacKey = QStringLiteral("hmac");

QByteArray sealedBytes(QJsonObject manifest)
{
    manifest.remove(hmacKey);
    return QJsonDocument(manifest).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray ManifestSeal::seal(const QJsonObject &manifest, const SecureBytes &key)
{
    if (key.isEmpty())
        return {};
    const QByteArray bytes = sealedBytes(manifest);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.data(), int(key.size()),
            reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()), mac, &length))
        return {};
    return QByteArray(reinterpret_cast<const char *>(mac), int(length)).toHex();
}

bool ManifestSeal::verify(const QJsonObject &manifest, const SecureBytes &key)
{
    const QByteArray stored = manifest.value(hmacKey).toString().toLatin1();
    const QByteArray expected = seal(manifest, key);
    return !expected.isEmpty() && stored.size() == expected.size()
        && CRYPTO_memcmp(stored.constData(), expected.constData(), size_t(expected.size())) == 0;
}

SecureBytes ManifestSeal::newKey()
{
    return SecureBytes::random(kKeySize);
}

} // namespace cairn

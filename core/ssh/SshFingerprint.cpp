#include "ssh/SshFingerprint.h"

#include <QCryptographicHash>

namespace cairn {

QString sshFingerprintSha256(QByteArrayView publicKeyBlob)
{
    const QByteArray digest = QCryptographicHash::hash(publicKeyBlob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:")
        + QString::fromLatin1(digest.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

QString normalizeSshFingerprint(const QString &fingerprint)
{
    QString value = fingerprint.trimmed();
    const QString prefix = QStringLiteral("SHA256:");
    if (value.startsWith(prefix, Qt::CaseInsensitive))
        value = value.mid(prefix.size());
    while (value.endsWith(QLatin1Char('=')))
        value.chop(1);
    // 32 bytes in unpadded base64 are always 43 characters.
    if (value.size() != 43)
        return {};
    for (QChar c : std::as_const(value)) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')
            || u == u'+' || u == u'/';
        if (!ok)
            return {};
    }
    // The last character carries only 2 significant bits; reject encodings ssh-keygen never prints.
    const QByteArray decoded = QByteArray::fromBase64(value.toLatin1() + '=');
    if (decoded.size() != 32)
        return {};
    return prefix + value;
}

} // namespace cairn

#include "ssh/SshHostKey.h"

#include "ssh/SshFingerprint.h"
#include "ssh/SshWireReader.h"

#include <QList>

namespace cairn {

namespace {

bool isKeyTypeName(QByteArrayView name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '@' || c == '.' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

SshHostKey SshHostKey::fromBlob(const QByteArray &blob)
{
    SshWireReader reader(blob);
    QByteArrayView type;
    if (!reader.readString(type) || !isKeyTypeName(type) || reader.atEnd())
        return {};
    SshHostKey key;
    key.m_type = QString::fromLatin1(type);
    key.m_blob = blob;
    return key;
}

SshHostKey SshHostKey::fromOpenSshLine(QByteArrayView line)
{
    const QList<QByteArray> fields = line.toByteArray().simplified().split(' ');
    if (fields.size() < 2)
        return {};
    const auto decoded
        = QByteArray::fromBase64Encoding(fields.at(1), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    SshHostKey key = fromBlob(*decoded);
    if (key.isNull() || key.m_type != QString::fromLatin1(fields.at(0)))
        return {};
    return key;
}

QString SshHostKey::fingerprintSha256() const
{
    return isNull() ? QString() : sshFingerprintSha256(m_blob);
}

QString SshHostKey::toOpenSshLine() const
{
    if (isNull())
        return {};
    return m_type + QLatin1Char(' ') + QString::fromLatin1(m_blob.toBase64());
}

} // namespace cairn

#include "ssh/SshWireReader.h"

#include <openssl/bn.h>

namespace cairn {

bool SshWireReader::readUint32(quint32 &value)
{
    if (!m_ok || m_data.size() - m_pos < 4) {
        m_ok = false;
        return false;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(m_data.data() + m_pos);
    value = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    m_pos += 4;
    return true;
}

bool SshWireReader::readString(QByteArrayView &value)
{
    quint32 length = 0;
    if (!readUint32(length))
        return false;
    if (quint64(length) > quint64(m_data.size() - m_pos)) {
        m_ok = false;
        return false;
    }
    value = m_data.sliced(m_pos, length);
    m_pos += length;
    return true;
}

BIGNUM *SshWireReader::readMpint(bool secret)
{
    QByteArrayView bytes;
    if (!readString(bytes))
        return nullptr;
    // Negative numbers and non-minimal encodings are not valid key material.
    if (!bytes.isEmpty() && (static_cast<unsigned char>(bytes.front()) & 0x80)) {
        m_ok = false;
        return nullptr;
    }
    BIGNUM *number = secret ? BN_secure_new() : BN_new();
    if (!number
        || !BN_bin2bn(
            reinterpret_cast<const unsigned char *>(bytes.data()), static_cast<int>(bytes.size()), number)) {
        BN_clear_free(number);
        m_ok = false;
        return nullptr;
    }
    return number;
}

} // namespace cairn

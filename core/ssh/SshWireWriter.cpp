#include "ssh/SshWireWriter.h"

#include <openssl/bn.h>

namespace cairn {

void SshWireWriter::writeUint32(quint32 value)
{
    const char bytes[4] = { static_cast<char>(value >> 24), static_cast<char>(value >> 16),
        static_cast<char>(value >> 8), static_cast<char>(value) };
    m_buffer.append(QByteArrayView(bytes, 4));
}

void SshWireWriter::writeString(QByteArrayView bytes)
{
    writeUint32(static_cast<quint32>(bytes.size()));
    m_buffer.append(bytes);
}

bool SshWireWriter::writeMpint(const BIGNUM *number)
{
    if (!number || BN_is_negative(number))
        return false;
    const int length = BN_num_bytes(number);
    WipedBuffer magnitude = WipedBuffer::zeroed(length + 1);
    if (length > 0 && BN_bn2bin(number, magnitude.bytes() + 1) != length)
        return false;
    const bool needsZero = length > 0 && (magnitude.constBytes()[1] & 0x80);
    const QByteArrayView body = needsZero ? magnitude.view() : magnitude.view().sliced(1);
    writeString(body);
    return true;
}

} // namespace cairn

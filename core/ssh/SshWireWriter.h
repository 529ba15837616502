#pragma once
// Writes the SSH wire encoding (RFC 4251 section 5: uint32, string, mpint) into a wiped buffer,
// so the same code serialises public blobs and private key sections.

#include "ssh/WipedBuffer.h"

#include <QByteArrayView>

typedef struct bignum_st BIGNUM;

namespace cairn {

class SshWireWriter final {
public:
    void writeUint32(quint32 value);
    void writeString(QByteArrayView bytes);
    // A non-negative integer as an SSH mpint: big-endian, minimal, with a leading zero byte when the
    // top bit is set. False when the number is negative.
    bool writeMpint(const BIGNUM *number);
    void writeRaw(QByteArrayView bytes) { m_buffer.append(bytes); }

    const WipedBuffer &buffer() const { return m_buffer; }
    WipedBuffer take() { return std::move(m_buffer); }

private:
    WipedBuffer m_buffer;
};

} // namespace cairn

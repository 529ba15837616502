#pragma once
// Bounds-checked reader for the SSH wire encoding. Strings are returned as views into the input,
// so reading a private key section makes no unwiped copies. Every read fails cleanly on truncated
// or hostile input and leaves the reader failed.

#include <QByteArrayView>

typedef struct bignum_st BIGNUM;

namespace cairn {

class SshWireReader final {
public:
    explicit SshWireReader(QByteArrayView data) : m_data(data) { }

    bool readUint32(quint32 &value);
    bool readString(QByteArrayView &value);
    // A non-negative mpint into a new BIGNUM (secure flag set when secret is true); null on failure.
    BIGNUM *readMpint(bool secret);

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_data.size(); }
    QByteArrayView remaining() const { return m_data.sliced(m_pos); }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

} // namespace cairn

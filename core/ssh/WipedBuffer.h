#pragma once
// A growable byte buffer for building and parsing key material inside core/ssh: never copied
// implicitly, and every byte it ever held is overwritten with OPENSSL_cleanse before its memory
// goes back to the heap (on destruction, clear() and every reallocation). QByteArray cannot
// promise that: its implicit sharing and growth leave stale copies behind. Secrets crossing the
// module boundary use cairn::SecureBytes (core/secrets); this is the working buffer behind it.

#include <QByteArrayView>

#include <cstddef>

namespace cairn {

class WipedBuffer final {
public:
    WipedBuffer() = default;
    explicit WipedBuffer(QByteArrayView bytes);
    // size bytes, all zero.
    static WipedBuffer zeroed(qsizetype size);
    ~WipedBuffer();

    WipedBuffer(WipedBuffer &&other) noexcept;
    WipedBuffer &operator=(WipedBuffer &&other) noexcept;
    WipedBuffer(const WipedBuffer &) = delete;
    WipedBuffer &operator=(const WipedBuffer &) = delete;
    // An explicit copy, for the rare place that needs two owners.
    WipedBuffer clone() const { return WipedBuffer(view()); }

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    char *data() { return m_data; }
    const char *constData() const { return m_data; }
    unsigned char *bytes() { return reinterpret_cast<unsigned char *>(m_data); }
    const unsigned char *constBytes() const { return reinterpret_cast<const unsigned char *>(m_data); }
    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }
    char at(qsizetype i) const { return m_data[i]; }

    void append(QByteArrayView bytes);
    void append(char byte);
    // Grows with zero bytes or shrinks (the dropped tail is wiped).
    void resize(qsizetype size);
    void reserve(qsizetype capacity);
    // Wipes and releases everything.
    void clear();

    // Constant-time comparison of equal-length contents, so a check against a secret leaks no timing.
    bool equals(QByteArrayView other) const;

private:
    void reallocate(qsizetype capacity);

    char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

} // namespace cairn

#pragma once
// A byte buffer for key material, passwords and other secrets: never copied implicitly, and every
// byte it ever held is overwritten with OPENSSL_cleanse before its memory goes back to the heap
// (on destruction, clear() and every reallocation). QByteArray cannot promise that: its implicit
// sharing and growth leave stale copies behind.

#include <QByteArrayView>

#include <cstddef>

namespace cairn {

class SecureBytes final {
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArrayView bytes);
    // size bytes, all zero.
    static SecureBytes zeroed(qsizetype size);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;
    // An explicit copy, for the rare place that needs two owners.
    SecureBytes clone() const { return SecureBytes(view()); }

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

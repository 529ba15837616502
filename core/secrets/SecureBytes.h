#pragma once
// Key material and passwords in memory: one owner, no implicit copies, wiped when released.

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

namespace cairn {

class SecureBytes final {
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArrayView bytes);
    // Takes the bytes and wipes the source array (which must not be shared).
    static SecureBytes takeFrom(QByteArray &source);
    // size bytes from OpenSSL's random generator (RAND_bytes); empty when it fails.
    static SecureBytes random(qsizetype size);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;
    SecureBytes clone() const { return SecureBytes(view()); }

    QByteArrayView view() const;
    const char *data() const { return reinterpret_cast<const char *>(m_bytes.data()); }
    qsizetype size() const { return static_cast<qsizetype>(m_bytes.size()); }
    bool isEmpty() const { return m_bytes.empty(); }
    void clear();

    // A QByteArray copy for APIs that need one (QtKeychain); the caller wipes it with wipe().
    QByteArray toByteArray() const;
    static void wipe(QByteArray &bytes);

private:
    std::vector<unsigned char> m_bytes;
};

} // namespace cairn

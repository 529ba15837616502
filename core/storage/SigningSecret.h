#pragma once
// Key material for Signature V4 (a secret access key, or a key derived from one) in a buffer that is
// wiped with OPENSSL_cleanse when it is released. Private to core/storage: QByteArray shares and
// reallocates behind our back, so secrets never live in one longer than a copy-in.

#include <QByteArrayView>

#include <cstddef>
#include <memory>

class QByteArray;

namespace cairn {

class SigningSecret final {
public:
    SigningSecret() = default;
    SigningSecret(QByteArrayView bytes);
    ~SigningSecret();

    SigningSecret(SigningSecret &&other) noexcept;
    SigningSecret &operator=(SigningSecret &&other) noexcept;
    SigningSecret(const SigningSecret &) = delete;
    SigningSecret &operator=(const SigningSecret &) = delete;

    // Copies the bytes out of `source`, then wipes and clears `source` so the caller's copy does not
    // linger (a copy the caller shared elsewhere is the caller's to wipe).
    static SigningSecret takeFrom(QByteArray &source);

    SigningSecret clone() const { return SigningSecret(view()); }
    bool isEmpty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    const unsigned char *data() const { return m_data.get(); }
    QByteArrayView view() const;

private:
    void wipe();

    std::unique_ptr<unsigned char[]> m_data;
    std::size_t m_size = 0;
};

} // namespace cairn

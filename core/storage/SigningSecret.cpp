#include "storage/SigningSecret.h"

#include <QByteArray>

#include <openssl/crypto.h>

#include <cstring>

namespace cairn {

SigningSecret::SigningSecret(QByteArrayView bytes) : m_size(std::size_t(bytes.size()))
{
    if (m_size == 0)
        return;
    m_data = std::make_unique<unsigned char[]>(m_size);
    std::memcpy(m_data.get(), bytes.data(), m_size);
}

SigningSecret::~SigningSecret()
{
    wipe();
}

SigningSecret::SigningSecret(SigningSecret &&other) noexcept
    : m_data(std::move(other.m_data)), m_size(other.m_size)
{
    other.m_size = 0;
}

SigningSecret &SigningSecret::operator=(SigningSecret &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::move(other.m_data);
        m_size = other.m_size;
        other.m_size = 0;
    }
    return *this;
}

SigningSecret SigningSecret::takeFrom(QByteArray &source)
{
    SigningSecret secret(QByteArrayView(source.constData(), source.size()));
    if (!source.isEmpty()) {
        OPENSSL_cleanse(source.data(), std::size_t(source.size()));
    }
    source.clear();
    return secret;
}

QByteArrayView SigningSecret::view() const
{
    return QByteArrayView(reinterpret_cast<const char *>(m_data.get()), qsizetype(m_size));
}

void SigningSecret::wipe()
{
    if (m_data && m_size)
        OPENSSL_cleanse(m_data.get(), m_size);
    m_data.reset();
    m_size = 0;
}

} // namespace cairn

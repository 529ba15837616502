#include "secrets/SecureBytes.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace cairn {

SecureBytes::SecureBytes(QByteArrayView bytes)
    : m_bytes(reinterpret_cast<const unsigned char *>(bytes.data()),
        reinterpret_cast<const unsigned char *>(bytes.data()) + bytes.size())
{ }

SecureBytes SecureBytes::takeFrom(QByteArray &source)
{
    SecureBytes result { QByteArrayView(source) };
    wipe(source);
    return result;
}

SecureBytes SecureBytes::random(qsizetype size)
{
    SecureBytes result;
    result.m_bytes.resize(size_t(size));
    if (size > 0 && RAND_bytes(result.m_bytes.data(), int(size)) != 1)
        result.clear();
    return result;
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

QByteArrayView SecureBytes::view() const
{
    return QByteArrayView(data(), size());
}

void SecureBytes::clear()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
    m_bytes.shrink_to_fit();
}

QByteArray SecureBytes::toByteArray() const
{
    return QByteArray(data(), size());
}

void SecureBytes::wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach(); // never scribble over another owner's copy; at least drop our reference
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

} // namespace cairn

#include "ssh/WipedBuffer.h"

#include <openssl/crypto.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

namespace cairn {

WipedBuffer::WipedBuffer(QByteArrayView bytes)
{
    append(bytes);
}

WipedBuffer WipedBuffer::zeroed(qsizetype size)
{
    WipedBuffer out;
    out.resize(size);
    return out;
}

WipedBuffer::~WipedBuffer()
{
    clear();
}

WipedBuffer::WipedBuffer(WipedBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{ }

WipedBuffer &WipedBuffer::operator=(WipedBuffer &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

void WipedBuffer::clear()
{
    if (m_data) {
        OPENSSL_cleanse(m_data, static_cast<size_t>(m_capacity));
        std::free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
}

void WipedBuffer::reallocate(qsizetype capacity)
{
    // Never realloc(): it may move the bytes and leave the old block unwiped.
    auto *fresh = static_cast<char *>(std::calloc(static_cast<size_t>(capacity), 1));
    if (!fresh)
        throw std::bad_alloc();
    if (m_data) {
        std::memcpy(fresh, m_data, static_cast<size_t>(m_size));
        OPENSSL_cleanse(m_data, static_cast<size_t>(m_capacity));
        std::free(m_data);
    }
    m_data = fresh;
    m_capacity = capacity;
}

void WipedBuffer::reserve(qsizetype capacity)
{
    if (capacity > m_capacity)
        reallocate(capacity);
}

void WipedBuffer::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    // !m_data: no buffer yet (capacity 0); said explicitly so the analyser sees memcpy never gets null.
    if (!m_data || m_size + bytes.size() > m_capacity)
        reallocate(qMax<qsizetype>(m_size + bytes.size(), qMax<qsizetype>(64, m_capacity * 2)));
    std::memcpy(m_data + m_size, bytes.data(), static_cast<size_t>(bytes.size()));
    m_size += bytes.size();
}

void WipedBuffer::append(char byte)
{
    append(QByteArrayView(&byte, 1));
}

void WipedBuffer::resize(qsizetype size)
{
    if (size < 0)
        size = 0;
    if (size > m_capacity)
        reallocate(size);
    if (size > m_size)
        std::memset(m_data + m_size, 0, static_cast<size_t>(size - m_size));
    else if (size < m_size)
        OPENSSL_cleanse(m_data + size, static_cast<size_t>(m_size - size));
    m_size = size;
}

bool WipedBuffer::equals(QByteArrayView other) const
{
    if (other.size() != m_size)
        return false;
    if (m_size == 0)
        return true;
    return CRYPTO_memcmp(m_data, other.data(), static_cast<size_t>(m_size)) == 0;
}

} // namespace cairn

#include "security/Totp.h"

#include <QUrl>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace cairn {

namespace {

constexpr char base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

} // namespace

QString Totp::hotp(QByteArrayView key, quint64 counter, int digits)
{
    if (digits < 6 || digits > 8)
        return {};
    unsigned char message[8];
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<unsigned char>(counter & 0xff);
        counter >>= 8;
    }
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    if (!HMAC(EVP_sha1(), key.data(), int(key.size()), message, sizeof message, mac, &macLength)
        || macLength != 20)
        return {};
    // RFC 4226 section 5.3: dynamic truncation.
    const int offset = mac[19] & 0x0f;
    const quint32 binary = (quint32(mac[offset] & 0x7f) << 24) | (quint32(mac[offset + 1]) << 16)
        | (quint32(mac[offset + 2]) << 8) | quint32(mac[offset + 3]);
    OPENSSL_cleanse(mac, sizeof mac);
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

qint64 Totp::stepAt(qint64 unixSeconds, int periodSeconds)
{
    return unixSeconds < 0 || periodSeconds <= 0 ? 0 : unixSeconds / periodSeconds;
}

QString Totp::codeAt(QByteArrayView key, qint64 unixSeconds, int digits)
{
    return hotp(key, quint64(stepAt(unixSeconds)), digits);
}

std::optional<qint64> Totp::verify(
    QByteArrayView key, QStringView code, qint64 unixSeconds, qint64 lastUsedStep)
{
    QByteArray given;
    for (const QChar c : code) {
        if (c == QLatin1Char(' '))
            continue;
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        given.append(char(c.unicode()));
    }
    if (given.size() != Digits || key.isEmpty())
        return std::nullopt;

    const qint64 now = stepAt(unixSeconds);
    std::optional<qint64> accepted;
    // Every candidate is computed and compared, so the time taken says nothing about which matched.
    for (qint64 step = now - DriftSteps; step <= now + DriftSteps; ++step) {
        if (step < 0)
            continue;
        const QByteArray expected = hotp(key, quint64(step)).toLatin1();
        const bool same = expected.size() == given.size()
            && CRYPTO_memcmp(expected.constData(), given.constData(), size_t(given.size())) == 0;
        if (same && step > lastUsedStep)
            accepted = step;
    }
    return accepted;
}

SecureBytes Totp::generateSecret()
{
    unsigned char random[SecretBytes];
    if (RAND_bytes(random, sizeof random) != 1)
        return {};
    SecureBytes secret(QByteArrayView(reinterpret_cast<const char *>(random), sizeof random));
    OPENSSL_cleanse(random, sizeof random);
    return secret;
}

SecureBytes Totp::base32Encode(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve((bytes.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(byte);
        bits += 8;
        while (bits >= 5) {
            out.append(base32Alphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(base32Alphabet[(buffer << (5 - bits)) & 0x1f]);
    // A plain "buffer = 0" is a dead store the compiler may drop; the last secret bits stay on the stack.
    OPENSSL_cleanse(&buffer, sizeof buffer);
    return SecureBytes::takeFrom(out);
}

std::optional<SecureBytes> Totp::base32Decode(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size()); // no reallocation: no stray copies of the secret in freed memory
    quint32 buffer = 0;
    int bits = 0;
    bool padding = false;
    for (const char c : text) {
        if (c == ' ')
            continue;
        if (c == '=') {
            padding = true;
            continue;
        }
        if (padding) { // data after padding
            SecureBytes::wipe(out);
            return std::nullopt;
        }
        int value = -1;
        if (c >= 'A' && c <= 'Z')
            value = c - 'A';
        else if (c >= 'a' && c <= 'z')
            value = c - 'a';
        else if (c >= '2' && c <= '7')
            value = c - '2' + 26;
        if (value < 0) {
            SecureBytes::wipe(out);
            return std::nullopt;
        }
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    // A plain "buffer = 0" is a dead store the compiler may drop; the last secret bits stay on the stack.
    OPENSSL_cleanse(&buffer, sizeof buffer);
    return SecureBytes::takeFrom(out);
}

SecureBytes Totp::otpauthUri(const QString &label, const SecureBytes &secret)
{
    // Unreserved characters stay, everything else (':' and '@' included) is percent-encoded,
    // so a label can never end the path or start the query.
    const QByteArray encodedLabel = QUrl::toPercentEncoding(label);
    SecureBytes encodedSecret = base32Encode(secret.view());
    QByteArray uri;
    uri.reserve(96 + encodedLabel.size() + encodedSecret.size());
    uri.append("otpauth://totp/Cairn:");
    uri.append(encodedLabel);
    uri.append("?secret=");
    uri.append(encodedSecret.view());
    uri.append("&issuer=Cairn&algorithm=SHA1&digits=6&period=30");
    return SecureBytes::takeFrom(uri);
}

} // namespace cairn

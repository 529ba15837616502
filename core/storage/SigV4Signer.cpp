#include "storage/SigV4Signer.h"

#include <QTimeZone>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

namespace cairn {

namespace {

constexpr QByteArrayView Algorithm = "AWS4-HMAC-SHA256";

// HMAC-SHA256 into a wiped buffer: every intermediate key of the derivation is key material.
SigningSecret hmac(QByteArrayView key, QByteArrayView data)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> out {};
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.data(), int(key.size()), reinterpret_cast<const unsigned char *>(data.data()),
        std::size_t(data.size()), out.data(), &length);
    SigningSecret result(QByteArrayView(reinterpret_cast<const char *>(out.data()), qsizetype(length)));
    OPENSSL_cleanse(out.data(), out.size());
    return result;
}

QByteArray trimHeaderValue(QByteArrayView value)
{
    // Trim() plus collapsing runs of spaces, as the SigV4 canonical header rules ask.
    QByteArray out;
    out.reserve(value.size());
    bool space = false;
    for (char c : value.trimmed()) {
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space)
            out.append(' ');
        space = false;
        out.append(c);
    }
    return out;
}

} // namespace

SigV4Signer::SigV4Signer(
    const QString &accessKeyId, SigningSecret secret, const QString &region, const QString &service)
    : m_accessKeyId(accessKeyId)
    , m_secret(std::move(secret))
    , m_region(region)
    , m_service(service)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void SigV4Signer::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

QDateTime SigV4Signer::now() const
{
    return m_clock().toUTC().addMSecs(m_clockOffsetMs);
}

QByteArray SigV4Signer::uriEncode(QByteArrayView bytes, bool encodeSlash)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved || (c == '/' && !encodeSlash)) {
            out.append(ch);
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0x0f]);
        }
    }
    return out;
}

QByteArray SigV4Signer::canonicalQuery(const SigV4Request::Pairs &query)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto &[name, value] : query)
        encoded.append({ uriEncode(name, true), uriEncode(value, true) });
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[name, value] : encoded) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name).append('=').append(value);
    }
    return out;
}

QByteArray SigV4Signer::sha256Hex(QByteArrayView bytes)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest {};
    unsigned int length = 0;
    EVP_Digest(bytes.data(), std::size_t(bytes.size()), digest.data(), &length, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char *>(digest.data()), int(length)).toHex();
}

QByteArray SigV4Signer::emptyPayloadHash()
{
    return QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

QByteArray SigV4Signer::amzDate(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray SigV4Signer::canonicalRequest(const SigV4Request &request)
{
    // Lowercased names, trimmed values; a repeated header becomes one comma-separated line.
    QList<std::pair<QByteArray, QByteArray>> headers;
    headers.append({ QByteArrayLiteral("host"), request.host });
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "host")
            continue;
        const QByteArray trimmed = trimHeaderValue(value);
        auto existing
            = std::find_if(headers.begin(), headers.end(), [&](const auto &h) { return h.first == lower; });
        if (existing != headers.end())
            existing->second.append(',').append(trimmed);
        else
            headers.append({ lower, trimmed });
    }
    std::stable_sort(
        headers.begin(), headers.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    QByteArray canonicalHeaders;
    for (const auto &[name, value] : headers)
        canonicalHeaders.append(name).append(':').append(value).append('\n');

    QByteArray out;
    out.append(request.method).append('\n');
    out.append(request.path.isEmpty() ? QByteArrayLiteral("/") : request.path).append('\n');
    out.append(canonicalQuery(request.query)).append('\n');
    out.append(canonicalHeaders).append('\n');
    out.append(signedHeaderList(request)).append('\n');
    out.append(request.payloadHash);
    return out;
}

QByteArray SigV4Signer::signedHeaderList(const SigV4Request &request)
{
    QList<QByteArray> names { QByteArrayLiteral("host") };
    for (const auto &h : request.headers) {
        const QByteArray lower = h.first.toLower();
        if (!names.contains(lower))
            names.append(lower);
    }
    std::sort(names.begin(), names.end());
    return names.join(';');
}

QByteArray SigV4Signer::credentialScope(const QDateTime &at) const
{
    return at.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1() + '/' + m_region.toUtf8() + '/'
        + m_service.toUtf8() + "/aws4_request";
}

QByteArray SigV4Signer::stringToSign(const QByteArray &canonical, const QDateTime &at) const
{
    QByteArray out;
    out.append(Algorithm).append('\n');
    out.append(amzDate(at)).append('\n');
    out.append(credentialScope(at)).append('\n');
    out.append(sha256Hex(canonical));
    return out;
}

SigningSecret SigV4Signer::signingKey(const QDateTime &at) const
{
    // "AWS4" + secret, assembled in a buffer that is wiped with the rest.
    const std::size_t seedSize = 4 + m_secret.size();
    auto joined = std::make_unique<char[]>(seedSize);
    std::memcpy(joined.get(), "AWS4", 4);
    if (m_secret.size())
        std::memcpy(joined.get() + 4, m_secret.data(), m_secret.size());
    const SigningSecret seed(QByteArrayView(joined.get(), qsizetype(seedSize)));
    OPENSSL_cleanse(joined.get(), seedSize);
    const SigningSecret dateKey
        = hmac(seed.view(), at.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1());
    const SigningSecret regionKey = hmac(dateKey.view(), m_region.toUtf8());
    const SigningSecret serviceKey = hmac(regionKey.view(), m_service.toUtf8());
    return hmac(serviceKey.view(), "aws4_request");
}

QByteArray SigV4Signer::signature(const QByteArray &toSign, const QDateTime &at) const
{
    const SigningSecret key = signingKey(at);
    const SigningSecret mac = hmac(key.view(), toSign);
    return mac.view().toByteArray().toHex();
}

void SigV4Signer::signHeaders(SigV4Request &request, const QDateTime &at) const
{
    if (request.payloadHash.isEmpty())
        request.payloadHash = emptyPayloadHash();
    request.setHeader(QByteArrayLiteral("x-amz-date"), amzDate(at));
    request.setHeader(QByteArrayLiteral("x-amz-content-sha256"), request.payloadHash);
    // Authorization must not sign itself when a request is signed twice (a retry after clock skew).
    request.headers.removeIf([](const auto &h) {
        return QByteArrayView(h.first).compare("authorization", Qt::CaseInsensitive) == 0;
    });

    const QByteArray canonical = canonicalRequest(request);
    const QByteArray sig = signature(stringToSign(canonical, at), at);
    QByteArray authorization;
    authorization.append(Algorithm).append(" Credential=").append(m_accessKeyId.toUtf8()).append('/');
    authorization.append(credentialScope(at)).append(",SignedHeaders=").append(signedHeaderList(request));
    authorization.append(",Signature=").append(sig);
    request.headers.append({ QByteArrayLiteral("Authorization"), authorization });
}

bool SigV4Signer::presign(SigV4Request &request, qint64 expiresSeconds, const QDateTime &at) const
{
    if (expiresSeconds < 1 || expiresSeconds > MaxPresignSeconds)
        return false;

    static const QList<QByteArray> ours = { "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date",
        "X-Amz-Expires", "X-Amz-SignedHeaders", "X-Amz-Signature" };
    request.query.removeIf([](const auto &q) { return ours.contains(q.first); });
    request.query.append({ QByteArrayLiteral("X-Amz-Algorithm"), Algorithm.toByteArray() });
    request.query.append(
        { QByteArrayLiteral("X-Amz-Credential"), m_accessKeyId.toUtf8() + '/' + credentialScope(at) });
    request.query.append({ QByteArrayLiteral("X-Amz-Date"), amzDate(at) });
    request.query.append({ QByteArrayLiteral("X-Amz-Expires"), QByteArray::number(expiresSeconds) });
    request.query.append({ QByteArrayLiteral("X-Amz-SignedHeaders"), signedHeaderList(request) });
    request.payloadHash = UnsignedPayload.toByteArray();

    const QByteArray sig = signature(stringToSign(canonicalRequest(request), at), at);
    request.query.append({ QByteArrayLiteral("X-Amz-Signature"), sig });
    return true;
}

std::optional<QDateTime> SigV4Signer::parseHttpDate(QByteArrayView httpDate)
{
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT". Parsed by hand: QDateTime's name parsing
    // follows the locale in some Qt versions, and the server's names are always English.
    static constexpr std::array<const char *, 12> months
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const QList<QByteArray> parts = httpDate.trimmed().toByteArray().split(' ');
    if (parts.size() != 6 || parts.at(5) != "GMT")
        return std::nullopt;
    bool okDay = false, okYear = false;
    const int day = parts.at(1).toInt(&okDay);
    const int year = parts.at(3).toInt(&okYear);
    int month = 0;
    for (std::size_t i = 0; i < months.size(); ++i) {
        if (parts.at(2) == months[i])
            month = int(i) + 1;
    }
    const QList<QByteArray> hms = parts.at(4).split(':');
    if (!okDay || !okYear || month == 0 || hms.size() != 3)
        return std::nullopt;
    bool okH = false, okM = false, okS = false;
    const QTime time(hms.at(0).toInt(&okH), hms.at(1).toInt(&okM), hms.at(2).toInt(&okS));
    const QDate date(year, month, day);
    if (!okH || !okM || !okS || !time.isValid() || !date.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

std::optional<qint64> SigV4Signer::offsetFromDateHeader(QByteArrayView httpDate, const QDateTime &localNow)
{
    const std::optional<QDateTime> server = parseHttpDate(httpDate);
    if (!server)
        return std::nullopt;
    // The header is truncated to the second: the server's time lies in [Date, Date + 1 s).
    const qint64 offset = localNow.toUTC().msecsTo(server->addMSecs(500));
    return std::abs(offset) < 2000 ? 0 : offset;
}

} // namespace cairn

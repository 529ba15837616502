#pragma once
// One HTTP request as Signature V4 sees it: the exact path bytes that go on the wire, the query as
// raw (decoded) name/value pairs, the headers that are signed, and the payload hash.

#include <QByteArray>
#include <QList>

#include <utility>

namespace cairn {

struct SigV4Request final {
    using Pairs = QList<std::pair<QByteArray, QByteArray>>;

    QByteArray method; // "GET", "PUT", ...
    QByteArray host; // Host header value, with ":port" when the port is not the scheme's default
    QByteArray path = "/"; // already URI-encoded, exactly as sent (see SigV4Signer::uriEncode)
    Pairs query; // decoded names and values; encoded once, the same way for signing and sending
    Pairs headers; // every header here is signed (host is added from `host`)
    QByteArray payloadHash; // lowercase hex SHA-256 of the body, or "UNSIGNED-PAYLOAD"

    // The query string to send: the canonical (sorted, encoded) form, so sent == signed.
    QByteArray encodedQuery() const;
    QByteArray header(QByteArrayView name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
};

} // namespace cairn

#include "storage/SigV4Request.h"

#include "storage/SigV4Signer.h"

namespace cairn {

QByteArray SigV4Request::encodedQuery() const
{
    return SigV4Signer::canonicalQuery(query);
}

QByteArray SigV4Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void SigV4Request::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[key, existing] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.append({ name, value });
}

} // namespace cairn

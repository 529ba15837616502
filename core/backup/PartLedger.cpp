#include "backup/PartLedger.h"

namespace cairn {

qint64 PartLedger::choosePartSize(qint64 estimatedBytes)
{
    if (estimatedBytes <= 0)
        return kDefaultPartSize;
    // 10 % headroom over the estimate, spread over 9,000 parts so 10,000 always suffice.
    const qint64 worstCase = estimatedBytes + estimatedBytes / 10;
    qint64 needed = (worstCase + 8999) / 9000;
    needed = (needed + kMiB - 1) / kMiB * kMiB;
    return qBound(kDefaultPartSize, needed, kMaxPartSize);
}

PartLedger::PartLedger(qint64 partSize) : m_partSize(qBound(kMinPartSize, partSize, kMaxPartSize)) { }

QString PartLedger::acceptNeed(int n, qint64 size)
{
    if (n != m_sizes.size() + 1)
        return tr("the host asked for part %1 after part %2").arg(n).arg(m_sizes.size());
    if (n > kMaxParts)
        return tr("the archive needs more than %1 parts of %2 bytes").arg(kMaxParts).arg(m_partSize);
    if (m_sawLast)
        return tr("the host asked for part %1 after a shorter, final part").arg(n);
    if (size > m_partSize || size < 0)
        return tr("part %1 has %2 bytes, more than the part size %3").arg(n).arg(size).arg(m_partSize);
    if (size == 0 && n > 1)
        return tr("part %1 is empty").arg(n);
    if (size < m_partSize)
        m_sawLast = true;
    m_sizes.append(size);
    m_etags.append(QString());
    return {};
}

QString PartLedger::acceptPart(int n, const QByteArray &etag, qint64 bytes)
{
    if (n < 1 || n > m_sizes.size())
        return tr("the host reported part %1, which it never asked a URL for").arg(n);
    if (!m_etags.at(n - 1).isEmpty())
        return tr("the host reported part %1 twice").arg(n);
    if (bytes != m_sizes.at(n - 1))
        return tr("the host reported %1 bytes for part %2 of %3 bytes")
            .arg(bytes)
            .arg(n)
            .arg(m_sizes.at(n - 1));
    if (etag.isEmpty())
        return tr("the host reported part %1 without an ETag").arg(n);
    m_etags[n - 1] = QString::fromLatin1(etag);
    ++m_done;
    m_bytesConfirmed += bytes;
    return {};
}

QString PartLedger::finish(qint64 totalBytes) const
{
    if (m_sizes.isEmpty())
        return tr("the host uploaded no parts");
    if (m_done != m_sizes.size())
        return tr("%1 of %2 parts were confirmed").arg(m_done).arg(m_sizes.size());
    if (m_bytesConfirmed != totalBytes)
        return tr("the parts hold %1 bytes but the host reported %2").arg(m_bytesConfirmed).arg(totalBytes);
    return {};
}

QList<S3CompletedPart> PartLedger::completedParts() const
{
    QList<S3CompletedPart> parts;
    for (int i = 0; i < m_etags.size(); ++i) {
        if (!m_etags.at(i).isEmpty())
            parts.append(S3CompletedPart { i + 1, m_etags.at(i) });
    }
    return parts;
}

} // namespace cairn

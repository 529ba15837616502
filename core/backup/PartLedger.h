#pragma once
// The desktop's account of a multipart upload the host drives: which part numbers the host asked
// for (strictly 1, 2, 3, ... with no gaps), that every part but the last has exactly the part
// size (storage such as Cloudflare R2 needs equal parts), which parts storage confirmed, and
// that the total the host reports at the end adds up. A host that breaks a rule gets no URL.

#include "storage/S3Types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cairn {

class PartLedger final {
    Q_DECLARE_TR_FUNCTIONS(cairn::PartLedger)

public:
    static constexpr qint64 kMiB = 1024 * 1024;
    static constexpr qint64 kDefaultPartSize = 64 * kMiB;
    static constexpr qint64 kMinPartSize = 5 * kMiB;
    static constexpr qint64 kMaxPartSize = 5LL * 1024 * kMiB;
    static constexpr int kMaxParts = 10000;

    // The part size for a source of about estimatedBytes (0: unknown): at least the 64 MiB
    // default, whole MiB, and large enough that 10,000 parts hold the source even if it does not
    // compress at all and grows by a tenth while it is read.
    static qint64 choosePartSize(qint64 estimatedBytes);

    explicit PartLedger(qint64 partSize = kDefaultPartSize);

    qint64 partSize() const { return m_partSize; }
    // Empty when the host may have a URL for part n of size bytes; else what is wrong (for logs).
    QString acceptNeed(int n, qint64 size);
    // Empty when part n was asked for, is not confirmed yet, and bytes is its size.
    QString acceptPart(int n, const QByteArray &etag, qint64 bytes);
    // Empty when every part asked for is confirmed and they add up to totalBytes.
    QString finish(qint64 totalBytes) const;

    int partsAsked() const { return int(m_sizes.size()); }
    int partsDone() const { return m_done; }
    qint64 bytesConfirmed() const { return m_bytesConfirmed; }
    QList<S3CompletedPart> completedParts() const;

private:
    qint64 m_partSize;
    QList<qint64> m_sizes; // index n - 1
    QList<QString> m_etags; // empty until confirmed
    bool m_sawLast = false;
    int m_done = 0;
    qint64 m_bytesConfirmed = 0;
};

} // namespace cairn

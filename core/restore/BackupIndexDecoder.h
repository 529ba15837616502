#pragma once
// Turns the stored index object back into tar's listing on the desktop: it is metadata (a few KB to
// a few MB), so reading it here keeps the "no customer data through the desktop" promise. Undoes
// what backup.sh did, in reverse: `openssl enc -aes-256-ctr -pbkdf2 -iter N -md sha256` with the
// archive's passphrase (when encrypted), then zstd or gzip.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cairn {

class BackupIndexDecoder final {
    Q_DECLARE_TR_FUNCTIONS(cairn::BackupIndexDecoder)

public:
    // A listing larger than this is refused (a damaged or hostile object must not fill memory).
    static constexpr qint64 kMaxListingBytes = 512ll * 1024 * 1024;

    // passphrase empty: the object is not encrypted. compression: "zstd" or "gzip". An empty
    // result with *error (one sentence) on failure.
    static QByteArray decode(QByteArrayView stored, const QString &compression, QByteArrayView passphrase,
        int iterations, QString *error);

    // The two steps, for tests.
    static QByteArray decrypt(
        QByteArrayView stored, QByteArrayView passphrase, int iterations, QString *error);
    static QByteArray decompress(QByteArrayView compressed, const QString &compression, QString *error);
};

} // namespace cairn

#include "restore/BackupIndexDecoder.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <zlib.h>
#include <zstd.h>

#include <memory>

namespace cairn {

namespace {

constexpr qsizetype kSaltHeader = 16; // "Salted__" + 8 bytes of salt, as openssl enc writes them

QString damaged()
{
    return BackupIndexDecoder::tr(
        "The backup's file index is damaged or was made with another key; restore the whole backup instead.");
}

} // namespace

QByteArray BackupIndexDecoder::decrypt(
    QByteArrayView stored, QByteArrayView passphrase, int iterations, QString *error)
{
    if (stored.size() < kSaltHeader || !stored.startsWith("Salted__") || iterations < 1) {
        *error = damaged();
        return {};
    }
    // openssl enc -pbkdf2: PBKDF2-HMAC-SHA256 over the passphrase and salt gives key (32) + IV (16).
    unsigned char keyIv[48];
    const auto salt = reinterpret_cast<const unsigned char *>(stored.data() + 8);
    if (PKCS5_PBKDF2_HMAC(passphrase.data(), int(passphrase.size()), salt, 8, iterations, EVP_sha256(),
            int(sizeof keyIv), keyIv)
        != 1) {
        *error = damaged();
        return {};
    }
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(
        EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    const QByteArrayView body = stored.sliced(kSaltHeader);
    QByteArray out(body.size() + 32, Qt::Uninitialized);
    int written = 0;
    int tail = 0;
    const bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_ctr(), nullptr, keyIv, keyIv + 32) == 1
        && EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &written,
               reinterpret_cast<const unsigned char *>(body.data()), int(body.size()))
            == 1
        && EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + written, &tail)
            == 1;
    OPENSSL_cleanse(keyIv, sizeof keyIv);
    if (!ok) {
        *error = damaged();
        return {};
    }
    out.truncate(written + tail);
    return out;
}

QByteArray BackupIndexDecoder::decompress(
    QByteArrayView compressed, const QString &compression, QString *error)
{
    QByteArray out;
    if (compression == QLatin1String("gzip")) {
        z_stream z {};
        if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
            *error = damaged();
            return {};
        }
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
        z.avail_in = uInt(compressed.size());
        int rc = Z_OK;
        char chunk[64 * 1024];
        while (rc == Z_OK) {
            z.next_out = reinterpret_cast<Bytef *>(chunk);
            z.avail_out = sizeof chunk;
            rc = inflate(&z, Z_NO_FLUSH);
            out.append(chunk, qsizetype(sizeof chunk - z.avail_out));
            if (out.size() > kMaxListingBytes || (rc == Z_BUF_ERROR && z.avail_in == 0))
                break;
        }
        inflateEnd(&z);
        if (rc != Z_STREAM_END) {
            *error = out.size() > kMaxListingBytes
                ? tr("The backup's file index is too large to show; restore the whole backup instead.")
                : damaged();
            return {};
        }
        return out;
    }
    if (compression != QLatin1String("zstd")) {
        *error = tr("The backup's file index uses a compression Cairn cannot read; update Cairn.");
        return {};
    }
    std::unique_ptr<ZSTD_DStream, decltype(&ZSTD_freeDStream)> stream(ZSTD_createDStream(), ZSTD_freeDStream);
    ZSTD_inBuffer in { compressed.data(), size_t(compressed.size()), 0 };
    std::vector<char> chunk(ZSTD_DStreamOutSize());
    size_t rc = 1;
    while (stream) {
        ZSTD_outBuffer outBuffer { chunk.data(), chunk.size(), 0 };
        rc = ZSTD_decompressStream(stream.get(), &outBuffer, &in);
        if (ZSTD_isError(rc))
            break;
        out.append(chunk.data(), qsizetype(outBuffer.pos));
        if (out.size() > kMaxListingBytes) {
            *error = tr("The backup's file index is too large to show; restore the whole backup instead.");
            return {};
        }
        // Done when a frame ended and all input is used; stuck when nothing moves any more.
        if (rc == 0 && in.pos == in.size)
            break;
        if (in.pos == in.size && outBuffer.pos < outBuffer.size)
            break;
    }
    if (!stream || ZSTD_isError(rc) || rc != 0) {
        *error = damaged();
        return {};
    }
    return out;
}

QByteArray BackupIndexDecoder::decode(QByteArrayView stored, const QString &compression,
    QByteArrayView passphrase, int iterations, QString *error)
{
    if (passphrase.isEmpty())
        return decompress(stored, compression, error);
    QByteArray plain = decrypt(stored, passphrase, iterations, error);
    if (plain.isEmpty())
        return {};
    QByteArray listing = decompress(plain, compression, error);
    OPENSSL_cleanse(plain.data(), size_t(plain.size())); // compressed metadata, but still the client's
    return listing;
}

} // namespace cairn

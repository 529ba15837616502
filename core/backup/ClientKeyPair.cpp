#include "backup/ClientKeyPair.h"

#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>

namespace cairn {

namespace {

struct BioFree {
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct PkeyFree {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct CtxFree {
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};
using Bio = std::unique_ptr<BIO, BioFree>;
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Ctx = std::unique_ptr<EVP_PKEY_CTX, CtxFree>;

Bio readBio(QByteArrayView bytes)
{
    return Bio(BIO_new_mem_buf(bytes.data(), int(bytes.size())));
}

QString publicPem(EVP_PKEY *key)
{
    Bio out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_PUBKEY(out.get(), key) != 1)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(out.get(), &data);
    return QString::fromLatin1(data, qsizetype(length));
}

Pkey readPublic(const QString &pem)
{
    const QByteArray bytes = pem.toLatin1();
    Bio in = readBio(bytes);
    return Pkey(in ? PEM_read_bio_PUBKEY(in.get(), nullptr, nullptr, nullptr) : nullptr);
}

Pkey readPrivate(const SecureBytes &pem)
{
    Bio in = readBio(pem.view());
    // An empty passphrase callback result: an encrypted PEM fails instead of prompting on a tty.
    return Pkey(in ? PEM_read_bio_PrivateKey(
                    in.get(), nullptr, [](char *, int, int, void *) { return 0; }, nullptr)
                   : nullptr);
}

bool isRsa(EVP_PKEY *key)
{
    return key && EVP_PKEY_is_a(key, "RSA");
}

bool setOaep(EVP_PKEY_CTX *ctx)
{
    return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) > 0
        && EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha256()) > 0
        && EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha256()) > 0;
}

} // namespace

std::optional<ClientKeyPair::Generated> ClientKeyPair::generate()
{
    Pkey key(EVP_RSA_gen(kBits));
    if (!key)
        return std::nullopt;
    Generated result;
    result.publicKeyPem = publicPem(key.get());
    // Secure memory BIO: OpenSSL wipes its buffer when it is freed.
    Bio out(BIO_new(BIO_s_secmem()));
    if (!out || PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return std::nullopt;
    char *data = nullptr;
    const long length = BIO_get_mem_data(out.get(), &data);
    result.privateKeyPem = SecureBytes(QByteArrayView(data, qsizetype(length)));
    result.fingerprint = fingerprint(result.publicKeyPem);
    if (result.publicKeyPem.isEmpty() || result.fingerprint.isEmpty())
        return std::nullopt;
    return result;
}

QString ClientKeyPair::checkPublicKey(QByteArrayView pem, QString *normalized)
{
    if (QByteArrayView(pem).indexOf(QByteArrayView("PRIVATE KEY")) >= 0)
        return tr("That file holds a private key; give Cairn only the public half (openssl pkey -in KEY "
                  "-pubout) and keep the private key offline.");
    Bio in = readBio(pem);
    Pkey key(in ? PEM_read_bio_PUBKEY(in.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return tr("That file is not a PEM public key (-----BEGIN PUBLIC KEY-----); export it with openssl "
                  "pkey -in KEY -pubout.");
    if (!isRsa(key.get()) || EVP_PKEY_get_bits(key.get()) < kBits)
        return tr("The public key must be RSA with at least %1 bits; make one with openssl genpkey "
                  "-algorithm RSA -pkeyopt rsa_keygen_bits:%1.")
            .arg(kBits);
    if (normalized)
        *normalized = publicPem(key.get());
    return {};
}

QString ClientKeyPair::publicKeyOf(const SecureBytes &privateKeyPem)
{
    Pkey key = readPrivate(privateKeyPem);
    return isRsa(key.get()) ? publicPem(key.get()) : QString();
}

QString ClientKeyPair::fingerprint(const QString &publicKeyPem)
{
    Pkey key = readPublic(publicKeyPem);
    if (!key)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(key.get(), &der);
    if (length <= 0)
        return {};
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char *>(der), length), QCryptographicHash::Sha256);
    OPENSSL_free(der);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest.toBase64());
}

SecureBytes ClientKeyPair::newPassphrase()
{
    constexpr int kDataKeySize = 32;
    const SecureBytes key = SecureBytes::random(kDataKeySize);
    if (key.size() != kDataKeySize)
        return {};
    static constexpr char digits[] = "0123456789abcdef";
    char hex[2 * kDataKeySize];
    for (int i = 0; i < kDataKeySize; ++i) {
        const auto byte = static_cast<unsigned char>(key.data()[i]);
        hex[2 * i] = digits[byte >> 4];
        hex[2 * i + 1] = digits[byte & 0x0f];
    }
    SecureBytes passphrase(QByteArrayView(hex, sizeof hex));
    OPENSSL_cleanse(hex, sizeof hex);
    return passphrase;
}

QByteArray ClientKeyPair::wrap(const QString &publicKeyPem, QByteArrayView secret, QString *error)
{
    const auto refuse = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return QByteArray();
    };
    Pkey key = readPublic(publicKeyPem);
    if (!isRsa(key.get()))
        return refuse(
            tr("The client's public encryption key is damaged; import it again or create new keys."));
    Ctx ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    size_t length = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(secret.data());
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) <= 0 || !setOaep(ctx.get())
        || EVP_PKEY_encrypt(ctx.get(), nullptr, &length, in, size_t(secret.size())) <= 0)
        return refuse(tr("OpenSSL could not encrypt the backup's key; reinstall Cairn."));
    QByteArray out(qsizetype(length), '\0');
    if (EVP_PKEY_encrypt(
            ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length, in, size_t(secret.size()))
        <= 0)
        return refuse(tr("OpenSSL could not encrypt the backup's key; reinstall Cairn."));
    out.truncate(qsizetype(length));
    return out;
}

SecureBytes ClientKeyPair::unwrap(const SecureBytes &privateKeyPem, QByteArrayView wrapped, QString *error)
{
    const auto refuse = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return SecureBytes();
    };
    Pkey key = readPrivate(privateKeyPem);
    if (!isRsa(key.get()))
        return refuse(
            tr("The private key is not an unencrypted RSA key in PEM format; use the file cairn-cli "
               "client keys export wrote."));
    Ctx ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    size_t length = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(wrapped.data());
    if (!ctx || EVP_PKEY_decrypt_init(ctx.get()) <= 0 || !setOaep(ctx.get())
        || EVP_PKEY_decrypt(ctx.get(), nullptr, &length, in, size_t(wrapped.size())) <= 0)
        return refuse(tr("The backup's key cannot be opened with this private key; use the private key of "
                         "the client that made the backup (from its recovery kit)."));
    std::vector<unsigned char> buffer(length);
    const bool ok = EVP_PKEY_decrypt(ctx.get(), buffer.data(), &length, in, size_t(wrapped.size())) > 0;
    SecureBytes result(
        QByteArrayView(reinterpret_cast<const char *>(buffer.data()), qsizetype(ok ? length : 0)));
    OPENSSL_cleanse(buffer.data(), buffer.size());
    if (!ok)
        return refuse(tr("The backup's key cannot be opened with this private key; use the private key of "
                         "the client that made the backup (from its recovery kit)."));
    return result;
}

} // namespace cairn

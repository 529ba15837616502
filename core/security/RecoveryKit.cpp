#include "security/RecoveryKit.h"

#include "security/KitConfiguration.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtEndian>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <memory>

namespace cairn {

namespace {

constexpr int magicSize = 8;
constexpr quint64 maximumMemory = 256ull * 1024 * 1024;
constexpr quint64 maximumWork = quint64(1) << 22; // N * r * p, in 128-byte blocks
constexpr quint32 maximumFieldLength = 64u * 1024 * 1024;

struct KdfDeleter {
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
    void operator()(EVP_KDF_CTX *ctx) const { EVP_KDF_CTX_free(ctx); }
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

QString notAKitSentence()
{
    return RecoveryKit::tr(
        "This file is not a Cairn recovery kit or it is cut short; choose the .cairnkit file "
        "you saved, or copy it again.");
}

QString wrongPassphraseSentence()
{
    return RecoveryKit::tr(
        "The recovery kit could not be opened: the passphrase is wrong or the file is damaged; "
        "type the passphrase again, or copy the file again.");
}

void appendU16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    out.append(bytes, 2);
}

void appendU32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

// Reads the plaintext framing; every length is checked against what is left.
class Reader {
public:
    explicit Reader(QByteArrayView bytes) : m_bytes(bytes) { }
    bool u16(quint16 *value) { return fixed(value); }
    bool u32(quint32 *value) { return fixed(value); }
    bool take(qsizetype length, QByteArrayView *out)
    {
        if (length < 0 || length > m_bytes.size() - m_at)
            return false;
        *out = m_bytes.sliced(m_at, length);
        m_at += length;
        return true;
    }
    bool atEnd() const { return m_at == m_bytes.size(); }

private:
    template <typename T> bool fixed(T *value)
    {
        QByteArrayView raw;
        if (!take(sizeof(T), &raw))
            return false;
        *value = qFromBigEndian<T>(raw.data());
        return true;
    }
    QByteArrayView m_bytes;
    qsizetype m_at = 0;
};

qsizetype characters(const SecureBytes &utf8)
{
    qsizetype count = 0;
    for (const char c : utf8.view())
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

} // namespace

QString RecoveryKit::checkParameters(const KdfParameters &parameters)
{
    const bool inRange = parameters.log2N >= 14 && parameters.log2N <= 20 && parameters.r >= 1
        && parameters.r <= 32 && parameters.p >= 1 && parameters.p <= 16;
    if (inRange) {
        const quint64 n = quint64(1) << parameters.log2N;
        if (128 * quint64(parameters.r) * n <= maximumMemory
            && n * parameters.r * parameters.p <= maximumWork)
            return {};
    }
    return tr(
        "This recovery kit asks for key-derivation settings beyond Cairn's limits (N 2^%1, r %2, p %3); it "
        "was not made by Cairn or it is damaged.")
        .arg(parameters.log2N)
        .arg(parameters.r)
        .arg(parameters.p);
}

SecureBytes RecoveryKit::deriveKey(
    const SecureBytes &passphrase, QByteArrayView salt, const KdfParameters &parameters, int length)
{
    if (parameters.log2N < 1 || parameters.log2N > 62 || length <= 0)
        return {};
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    if (!kdf)
        return {};
    std::unique_ptr<EVP_KDF_CTX, KdfDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return {};
    uint64_t n = uint64_t(1) << parameters.log2N;
    uint32_t r = parameters.r;
    uint32_t p = parameters.p;
    // OpenSSL's own ceiling, a second fence behind checkParameters(); 1 GiB is enough for every
    // RFC 7914 vector.
    uint64_t maxMemory = 1ull << 30;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_PASSWORD, const_cast<char *>(passphrase.data()), size_t(passphrase.size())),
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.data()), size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    QByteArray key(length, '\0');
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(key.data()), size_t(length), params)
        != 1) {
        SecureBytes::wipe(key);
        return {};
    }
    return SecureBytes::takeFrom(key);
}

QString RecoveryKit::checkNewPassphrase(const SecureBytes &passphrase)
{
    if (passphrase.isEmpty())
        return tr("The passphrase is empty; type a passphrase for the recovery kit.");
    if (characters(passphrase) < MinimumPassphraseLength)
        return tr(
            "The passphrase needs at least %n characters; the kit holds every key, so choose a long one.",
            nullptr, MinimumPassphraseLength);
    return {};
}

QByteArray RecoveryKit::seal(
    const Contents &contents, const SecureBytes &passphrase, QString *error, const KdfParameters &parameters)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    if (const QString problem = checkNewPassphrase(passphrase); !problem.isEmpty())
        return fail(problem);
    if (const QString problem = checkParameters(parameters); !problem.isEmpty())
        return fail(problem);

    // Exactly the secrets the configuration refers to: none missing, and none of another client.
    const QStringList references = KitConfiguration::secretReferences(contents.configuration);
    for (const QString &reference : references) {
        if (!contents.secrets.count(reference))
            return fail(
                tr("The secret %1 is missing; read every secret from the keychain before making the kit.")
                    .arg(reference));
    }
    for (const auto &[reference, secret] : contents.secrets) {
        if (!references.contains(reference))
            return fail(tr("The secret %1 belongs to nothing in the kit's configuration; leave it out.")
                            .arg(reference));
    }

    // The plaintext, in one buffer sized up front (no reallocation leaves copies behind).
    const QByteArray json = QJsonDocument(contents.configuration).toJson(QJsonDocument::Compact);
    qsizetype plainSize = 4 + json.size() + 4;
    for (const auto &[reference, secret] : contents.secrets)
        plainSize += 2 + reference.toUtf8().size() + 4 + secret.size();
    QByteArray plain;
    plain.reserve(plainSize);
    appendU32(plain, quint32(json.size()));
    plain.append(json);
    appendU32(plain, quint32(contents.secrets.size()));
    for (const auto &[reference, secret] : contents.secrets) {
        const QByteArray name = reference.toUtf8();
        if (name.size() > 0xffff || secret.size() > qsizetype(maximumFieldLength)) {
            SecureBytes::wipe(plain);
            return fail(tr("The secret %1 is too large for a recovery kit.").arg(reference));
        }
        appendU16(plain, quint16(name.size()));
        plain.append(name);
        appendU32(plain, quint32(secret.size()));
        plain.append(secret.data(), secret.size());
    }
    const SecureBytes plaintext = SecureBytes::takeFrom(plain);

    QByteArray file;
    file.reserve(HeaderSize + plaintext.size() + TagSize);
    file.append(Magic, magicSize);
    appendU16(file, FormatVersion);
    file.append(char(KdfScrypt));
    file.append(char(parameters.log2N));
    appendU32(file, parameters.r);
    appendU32(file, parameters.p);
    QByteArray random(SaltSize + NonceSize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), int(random.size())) != 1)
        return fail(tr("The system's random number generator failed; try again."));
    file.append(random);
    Q_ASSERT(file.size() == HeaderSize);
    const QByteArrayView salt = QByteArrayView(file).sliced(20, SaltSize);
    const QByteArrayView nonce = QByteArrayView(file).sliced(36, NonceSize);

    const SecureBytes key = deriveKey(passphrase, salt, parameters);
    if (key.size() != KeySize)
        return fail(
            tr("OpenSSL could not derive the kit's key (scrypt); check that OpenSSL 3 is installed."));

    std::unique_ptr<EVP_CIPHER_CTX, KdfDeleter> ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    file.resize(HeaderSize + plaintext.size() + TagSize);
    auto *out = reinterpret_cast<unsigned char *>(file.data());
    const bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1
        && EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr,
               reinterpret_cast<const unsigned char *>(key.data()),
               reinterpret_cast<const unsigned char *>(nonce.data()))
            == 1
        && EVP_EncryptUpdate(ctx.get(), nullptr, &length, out, HeaderSize) == 1
        && EVP_EncryptUpdate(ctx.get(), out + HeaderSize, &length,
               reinterpret_cast<const unsigned char *>(plaintext.data()), int(plaintext.size()))
            == 1
        && length == plaintext.size()
        && EVP_EncryptFinal_ex(ctx.get(), out + HeaderSize + length, &length) == 1 && length == 0
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, out + HeaderSize + plaintext.size())
            == 1;
    if (!ok)
        return fail(
            tr("OpenSSL could not encrypt the kit (AES-256-GCM); check that OpenSSL 3 is installed."));
    if (error)
        error->clear();
    return file;
}

std::optional<RecoveryKit::Contents> RecoveryKit::open(
    QByteArrayView file, const SecureBytes &passphrase, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (passphrase.isEmpty())
        return fail(tr("The passphrase is empty; type the recovery kit's passphrase."));
    if (file.size() < magicSize || file.first(magicSize) != QByteArrayView(Magic, magicSize))
        return fail(notAKitSentence());
    if (file.size() < HeaderSize + TagSize)
        return fail(notAKitSentence());
    const quint16 version = qFromBigEndian<quint16>(file.data() + 8);
    if (version != FormatVersion)
        return fail(
            tr("This recovery kit has format %1, which this version of Cairn cannot read; open it with a "
               "newer Cairn.")
                .arg(version));
    if (quint8(file.at(10)) != KdfScrypt)
        return fail(wrongPassphraseSentence());
    KdfParameters parameters;
    parameters.log2N = quint8(file.at(11));
    parameters.r = qFromBigEndian<quint32>(file.data() + 12);
    parameters.p = qFromBigEndian<quint32>(file.data() + 16);
    // Before any allocation: a hostile file cannot make Cairn reserve gigabytes or spin for hours.
    if (const QString problem = checkParameters(parameters); !problem.isEmpty())
        return fail(problem);

    const QByteArrayView header = file.first(HeaderSize);
    const QByteArrayView salt = file.sliced(20, SaltSize);
    const QByteArrayView nonce = file.sliced(36, NonceSize);
    const QByteArrayView ciphertext = file.sliced(HeaderSize, file.size() - HeaderSize - TagSize);
    QByteArray tag = file.last(TagSize).toByteArray(); // the ctrl call wants a writable pointer

    const SecureBytes key = deriveKey(passphrase, salt, parameters);
    if (key.size() != KeySize)
        return fail(
            tr("OpenSSL could not derive the kit's key (scrypt); check that OpenSSL 3 is installed."));

    std::unique_ptr<EVP_CIPHER_CTX, KdfDeleter> ctx(EVP_CIPHER_CTX_new());
    QByteArray plain(ciphertext.size(), '\0');
    auto *out = reinterpret_cast<unsigned char *>(plain.data());
    int length = 0;
    int finalLength = 0;
    const bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1
        && EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr,
               reinterpret_cast<const unsigned char *>(key.data()),
               reinterpret_cast<const unsigned char *>(nonce.data()))
            == 1
        && EVP_DecryptUpdate(ctx.get(), nullptr, &length,
               reinterpret_cast<const unsigned char *>(header.data()), HeaderSize)
            == 1
        && EVP_DecryptUpdate(ctx.get(), out, &length,
               reinterpret_cast<const unsigned char *>(ciphertext.data()), int(ciphertext.size()))
            == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1
        && EVP_DecryptFinal_ex(ctx.get(), out + length, &finalLength) == 1;
    // Unauthenticated output is wiped, never looked at.
    const SecureBytes plaintext = SecureBytes::takeFrom(plain);
    if (!ok)
        return fail(wrongPassphraseSentence());

    // Authentic from here on; a framing error means a writer bug, reported as damage all the same.
    Reader reader(plaintext.view());
    quint32 jsonLength = 0;
    QByteArrayView json;
    quint32 count = 0;
    if (!reader.u32(&jsonLength) || !reader.take(jsonLength, &json) || !reader.u32(&count))
        return fail(wrongPassphraseSentence());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(wrongPassphraseSentence());
    Contents contents;
    contents.configuration = document.object();
    for (quint32 i = 0; i < count; ++i) {
        quint16 nameLength = 0;
        quint32 valueLength = 0;
        QByteArrayView name;
        QByteArrayView value;
        if (!reader.u16(&nameLength) || !reader.take(nameLength, &name) || !reader.u32(&valueLength)
            || !reader.take(valueLength, &value))
            return fail(wrongPassphraseSentence());
        contents.secrets.insert_or_assign(QString::fromUtf8(name), SecureBytes(value));
    }
    if (!reader.atEnd())
        return fail(wrongPassphraseSentence());
    if (const QString problem = KitConfiguration::validate(contents.configuration); !problem.isEmpty())
        return fail(problem);
    if (error)
        error->clear();
    return contents;
}

bool RecoveryKit::writeFile(const QString &path, const QByteArray &kit, QString *error)
{
    QSaveFile file(path);
    // QSaveFile writes a temporary file beside the target and renames it over on commit; the
    // permissions are set on that temporary file before any byte goes in.
    const bool ok = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(kit) == kit.size() && file.commit();
    if (!ok) {
        if (error)
            *error = tr("Cairn could not write the recovery kit to %1 (%2); choose another folder.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace cairn

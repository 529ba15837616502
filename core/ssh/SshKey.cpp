#include "ssh/SshKey.h"

#include "ssh/BcryptPbkdf.h"
#include "ssh/SshFingerprint.h"
#include "ssh/SshWireReader.h"
#include "ssh/SshWireWriter.h"
#include "ssh/WipedBuffer.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include <cstring>

namespace cairn {

namespace {

constexpr QByteArrayView kOpenSshBegin = "-----BEGIN OPENSSH PRIVATE KEY-----";
constexpr QByteArrayView kOpenSshEnd = "-----END OPENSSH PRIVATE KEY-----";
// "openssh-key-v1" and its terminating NUL.
constexpr QByteArrayView kOpenSshMagic("openssh-key-v1\0", 15);
constexpr QByteArrayView kEd25519Name = "ssh-ed25519";
constexpr QByteArrayView kRsaName = "ssh-rsa";
constexpr qsizetype kEd25519Size = 32;
// Nobody pastes a private key this large; refusing early bounds the work done on hostile input.
constexpr qsizetype kMaxKeyText = 64 * 1024;
// ssh-keygen's default is 16 rounds; the cap stops a hostile file from stalling the import.
constexpr quint32 kMaxBcryptRounds = 1024;

struct BnFree {
    void operator()(BIGNUM *bn) const { BN_clear_free(bn); }
};
struct PkeyFree {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct PkeyCtxFree {
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};
struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
struct BioFree {
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct ParamBldFree {
    void operator()(OSSL_PARAM_BLD *bld) const { OSSL_PARAM_BLD_free(bld); }
};
struct ParamFree {
    void operator()(OSSL_PARAM *params) const { OSSL_PARAM_free(params); }
};
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

QByteArrayView bytesView(const unsigned char *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

BnPtr bnParam(const EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return nullptr;
    return BnPtr(bn);
}

bool rawKey(const EVP_PKEY *key, bool privatePart, WipedBuffer &out)
{
    size_t length = 0;
    auto get = privatePart ? &EVP_PKEY_get_raw_private_key : &EVP_PKEY_get_raw_public_key;
    if (get(key, nullptr, &length) != 1 || length != kEd25519Size)
        return false;
    out = WipedBuffer::zeroed(static_cast<qsizetype>(length));
    return get(key, out.bytes(), &length) == 1;
}

bool writePublicBlob(const EVP_PKEY *key, SshKey::Type type, SshWireWriter &out)
{
    if (type == SshKey::Type::Ed25519) {
        WipedBuffer pub;
        if (!rawKey(key, false, pub))
            return false;
        out.writeString(kEd25519Name);
        out.writeString(pub.view());
        return true;
    }
    const BnPtr n = bnParam(key, OSSL_PKEY_PARAM_RSA_N);
    const BnPtr e = bnParam(key, OSSL_PKEY_PARAM_RSA_E);
    if (!n || !e)
        return false;
    out.writeString(kRsaName);
    return out.writeMpint(e.get()) && out.writeMpint(n.get());
}

// The key-specific part of OpenSSH's private section (sshkey_private_serialize).
bool writePrivateFields(const EVP_PKEY *key, SshKey::Type type, SshWireWriter &out)
{
    if (type == SshKey::Type::Ed25519) {
        WipedBuffer pub;
        WipedBuffer seedAndPub;
        if (!rawKey(key, false, pub) || !rawKey(key, true, seedAndPub))
            return false;
        seedAndPub.append(pub.view());
        out.writeString(kEd25519Name);
        out.writeString(pub.view());
        out.writeString(seedAndPub.view());
        return true;
    }
    const BnPtr n = bnParam(key, OSSL_PKEY_PARAM_RSA_N);
    const BnPtr e = bnParam(key, OSSL_PKEY_PARAM_RSA_E);
    const BnPtr d = bnParam(key, OSSL_PKEY_PARAM_RSA_D);
    const BnPtr p = bnParam(key, OSSL_PKEY_PARAM_RSA_FACTOR1);
    const BnPtr q = bnParam(key, OSSL_PKEY_PARAM_RSA_FACTOR2);
    const BnPtr iqmp = bnParam(key, OSSL_PKEY_PARAM_RSA_COEFFICIENT1);
    if (!n || !e || !d || !p || !q || !iqmp)
        return false;
    out.writeString(kRsaName);
    return out.writeMpint(n.get()) && out.writeMpint(e.get()) && out.writeMpint(d.get())
        && out.writeMpint(iqmp.get()) && out.writeMpint(p.get()) && out.writeMpint(q.get());
}

WipedBuffer base64Encode(QByteArrayView data)
{
    WipedBuffer out = WipedBuffer::zeroed(4 * ((data.size() + 2) / 3) + 1);
    const int length = EVP_EncodeBlock(
        out.bytes(), reinterpret_cast<const unsigned char *>(data.data()), static_cast<int>(data.size()));
    out.resize(length);
    return out;
}

// Decodes base64 that may be wrapped and indented; false on any other character.
bool base64Decode(QByteArrayView text, WipedBuffer &out)
{
    WipedBuffer compact;
    compact.reserve(text.size());
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
            || c == '/' || c == '=';
        if (!ok)
            return false;
        compact.append(c);
    }
    if (compact.isEmpty() || compact.size() % 4 != 0)
        return false;
    out = WipedBuffer::zeroed(compact.size() / 4 * 3);
    const int length = EVP_DecodeBlock(out.bytes(), compact.constBytes(), static_cast<int>(compact.size()));
    if (length < 0)
        return false;
    qsizetype padding = 0;
    if (compact.at(compact.size() - 1) == '=')
        ++padding;
    if (compact.at(compact.size() - 2) == '=')
        ++padding;
    out.resize(length - padding);
    return true;
}

// Signs and verifies a message: proves an imported private key belongs to its public key and works.
bool keyWorks(EVP_PKEY *key)
{
    static const unsigned char message[] = "cairn key self-test";
    const EVP_MD *md = EVP_PKEY_is_a(key, "ED25519") ? nullptr : EVP_sha256();
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> sign(EVP_MD_CTX_new());
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> verify(EVP_MD_CTX_new());
    if (!sign || !verify || EVP_DigestSignInit(sign.get(), nullptr, md, nullptr, key) != 1)
        return false;
    size_t length = 0;
    if (EVP_DigestSign(sign.get(), nullptr, &length, message, sizeof(message)) != 1)
        return false;
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(sign.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, message,
            sizeof(message))
        != 1)
        return false;
    return EVP_DigestVerifyInit(verify.get(), nullptr, md, nullptr, key) == 1
        && EVP_DigestVerify(verify.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
               length, message, sizeof(message))
        == 1;
}

PkeyPtr rsaFromComponents(
    const BIGNUM *n, const BIGNUM *e, const BIGNUM *d, const BIGNUM *iqmp, const BIGNUM *p, const BIGNUM *q)
{
    std::unique_ptr<BN_CTX, decltype(&BN_CTX_free)> bnCtx(BN_CTX_secure_new(), &BN_CTX_free);
    BnPtr pMinus1(BN_secure_new());
    BnPtr qMinus1(BN_secure_new());
    BnPtr dmp1(BN_secure_new());
    BnPtr dmq1(BN_secure_new());
    if (!bnCtx || !pMinus1 || !qMinus1 || !dmp1 || !dmq1 || BN_is_zero(p) || BN_is_zero(q)
        || !BN_sub(pMinus1.get(), p, BN_value_one()) || !BN_sub(qMinus1.get(), q, BN_value_one())
        || !BN_mod(dmp1.get(), d, pMinus1.get(), bnCtx.get())
        || !BN_mod(dmq1.get(), d, qMinus1.get(), bnCtx.get()))
        return nullptr;
    // OpenSSL silently falls back to d when a CRT value is wrong, so a damaged p, q or iqmp would still
    // sign: check the relations (n = pq, iqmp q = 1 mod p, ed = 1 mod p-1 and mod q-1) explicitly.
    BnPtr check(BN_secure_new());
    if (!check || !BN_mul(check.get(), p, q, bnCtx.get()) || BN_cmp(check.get(), n) != 0
        || !BN_mod_mul(check.get(), iqmp, q, p, bnCtx.get()) || !BN_is_one(check.get())
        || !BN_mod_mul(check.get(), e, dmp1.get(), pMinus1.get(), bnCtx.get()) || !BN_is_one(check.get())
        || !BN_mod_mul(check.get(), e, dmq1.get(), qMinus1.get(), bnCtx.get()) || !BN_is_one(check.get()))
        return nullptr;

    std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> bld(OSSL_PARAM_BLD_new());
    if (!bld || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n)
        || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e)
        || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_D, d)
        || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_FACTOR1, p)
        || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_FACTOR2, q)
        || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_EXPONENT1, dmp1.get())
        || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_EXPONENT2, dmq1.get())
        || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_COEFFICIENT1, iqmp))
        return nullptr;
    // Secret numbers come from BN_secure_new, so OSSL_PARAM_free wipes their copies.
    std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(bld.get()));
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_KEYPAIR, params.get()) != 1)
        return nullptr;
    return PkeyPtr(key);
}

struct OpenSshCipher {
    const char *name;
    const EVP_CIPHER *(*cipher)();
    int keyLength;
    int ivLength;
    int blockSize;
    int tagLength;
};

const OpenSshCipher *findCipher(QByteArrayView name)
{
    static const OpenSshCipher ciphers[] = {
        { "aes128-ctr", &EVP_aes_128_ctr, 16, 16, 16, 0 },
        { "aes192-ctr", &EVP_aes_192_ctr, 24, 16, 16, 0 },
        { "aes256-ctr", &EVP_aes_256_ctr, 32, 16, 16, 0 },
        { "aes128-cbc", &EVP_aes_128_cbc, 16, 16, 16, 0 },
        { "aes192-cbc", &EVP_aes_192_cbc, 24, 16, 16, 0 },
        { "aes256-cbc", &EVP_aes_256_cbc, 32, 16, 16, 0 },
        { "aes128-gcm@openssh.com", &EVP_aes_128_gcm, 16, 12, 16, 16 },
        { "aes256-gcm@openssh.com", &EVP_aes_256_gcm, 32, 12, 16, 16 },
    };
    for (const OpenSshCipher &cipher : ciphers) {
        if (name == QByteArrayView(cipher.name))
            return &cipher;
    }
    return nullptr;
}

// Decrypts OpenSSH's private section; false when the passphrase is wrong (GCM) or OpenSSL fails.
bool decryptSection(const OpenSshCipher &cipher, const WipedBuffer &keyAndIv, QByteArrayView encrypted,
    QByteArrayView tag, WipedBuffer &plain)
{
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), cipher.cipher(), nullptr, nullptr, nullptr) != 1)
        return false;
    if (cipher.tagLength > 0
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, cipher.ivLength, nullptr) != 1)
        return false;
    if (EVP_DecryptInit_ex(
            ctx.get(), nullptr, nullptr, keyAndIv.constBytes(), keyAndIv.constBytes() + cipher.keyLength)
            != 1
        || EVP_CIPHER_CTX_set_padding(ctx.get(), 0) != 1)
        return false;
    plain = WipedBuffer::zeroed(encrypted.size() + cipher.blockSize);
    int written = 0;
    if (EVP_DecryptUpdate(ctx.get(), plain.bytes(), &written,
            reinterpret_cast<const unsigned char *>(encrypted.data()), static_cast<int>(encrypted.size()))
        != 1)
        return false;
    if (cipher.tagLength > 0
        && EVP_CIPHER_CTX_ctrl(
               ctx.get(), EVP_CTRL_GCM_SET_TAG, cipher.tagLength, const_cast<char *>(tag.data()))
            != 1)
        return false;
    int finalWritten = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), plain.bytes() + written, &finalWritten) != 1)
        return false;
    plain.resize(written + finalWritten);
    return true;
}

QString sanitizeComment(const QString &comment)
{
    QString out;
    out.reserve(comment.size());
    for (QChar c : comment) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            continue;
        out.append(c);
    }
    return out.trimmed();
}

} // namespace

SshKey::SshKey() = default;
SshKey::~SshKey() = default;
SshKey::SshKey(const SshKey &other) = default;
SshKey &SshKey::operator=(const SshKey &other) = default;
SshKey::SshKey(SshKey &&other) noexcept = default;
SshKey &SshKey::operator=(SshKey &&other) noexcept = default;

SshKey SshKey::fromEvp(EVP_PKEY *key, const QString &comment)
{
    PkeyPtr owned(key);
    SshKey out;
    if (!key)
        return out;
    if (EVP_PKEY_is_a(key, "ED25519"))
        out.m_type = Type::Ed25519;
    else if (EVP_PKEY_is_a(key, "RSA"))
        out.m_type = Type::Rsa;
    else
        return out;
    out.m_key = std::shared_ptr<EVP_PKEY>(owned.release(), PkeyFree());
    out.setComment(comment);
    return out;
}

SshKey SshKey::generate(Type type, const QString &comment)
{
    EVP_PKEY *key = type == Type::Ed25519 ? EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519")
                                          : EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(kRsaBits));
    if (!key)
        ERR_clear_error();
    return fromEvp(key, comment);
}

int SshKey::bits() const
{
    if (!m_key)
        return 0;
    // OpenSSL counts 253 bits for Ed25519; ssh-keygen and everyone else say 256.
    return m_type == Type::Ed25519 ? 256 : EVP_PKEY_get_bits(m_key.get());
}

QString SshKey::typeName() const
{
    if (isNull())
        return {};
    return QString::fromLatin1(m_type == Type::Ed25519 ? kEd25519Name : kRsaName);
}

QString SshKey::displayTypeName() const
{
    if (isNull())
        return {};
    return m_type == Type::Ed25519 ? QStringLiteral("ED25519") : QStringLiteral("RSA");
}

void SshKey::setComment(const QString &comment)
{
    m_comment = sanitizeComment(comment);
}

QByteArray SshKey::publicKeyBlob() const
{
    if (isNull())
        return {};
    SshWireWriter writer;
    if (!writePublicBlob(m_key.get(), m_type, writer))
        return {};
    return writer.buffer().view().toByteArray();
}

QString SshKey::authorizedKeysLine() const
{
    const QByteArray blob = publicKeyBlob();
    if (blob.isEmpty())
        return {};
    QString line = typeName() + QLatin1Char(' ') + QString::fromLatin1(blob.toBase64());
    if (!m_comment.isEmpty())
        line += QLatin1Char(' ') + m_comment;
    return line;
}

QString SshKey::fingerprintSha256() const
{
    const QByteArray blob = publicKeyBlob();
    return blob.isEmpty() ? QString() : sshFingerprintSha256(blob);
}

SecureBytes SshKey::toOpenSshPrivateKey() const
{
    if (isNull())
        return {};
    SshWireWriter publicBlob;
    SshWireWriter section;
    unsigned char check[4];
    if (!writePublicBlob(m_key.get(), m_type, publicBlob) || RAND_bytes(check, sizeof(check)) != 1)
        return {};
    // The same random "checkint" twice: a reader that decrypts with a wrong passphrase sees them differ.
    section.writeRaw(bytesView(check, 4));
    section.writeRaw(bytesView(check, 4));
    if (!writePrivateFields(m_key.get(), m_type, section))
        return {};
    section.writeString(m_comment.toUtf8());
    // Padded to the cipher block size ("none" uses 8) with 1, 2, 3, ...
    for (char pad = 1; section.buffer().size() % 8 != 0; ++pad)
        section.writeRaw(QByteArrayView(&pad, 1));

    SshWireWriter container;
    container.writeRaw(kOpenSshMagic);
    container.writeString("none");
    container.writeString("none");
    container.writeString("");
    container.writeUint32(1);
    container.writeString(publicBlob.buffer().view());
    container.writeString(section.buffer().view());

    const WipedBuffer encoded = base64Encode(container.buffer().view());
    WipedBuffer out;
    out.reserve(encoded.size() + encoded.size() / 70 + kOpenSshBegin.size() + kOpenSshEnd.size() + 4);
    out.append(kOpenSshBegin);
    out.append('\n');
    for (qsizetype pos = 0; pos < encoded.size(); pos += 70) {
        out.append(encoded.view().sliced(pos, qMin<qsizetype>(70, encoded.size() - pos)));
        out.append('\n');
    }
    out.append(kOpenSshEnd);
    out.append('\n');
    return SecureBytes(out.view());
}

SshKey::ImportResult SshKey::failure(ImportError error, const QString &detail)
{
    ERR_clear_error();
    ImportResult result;
    result.error = error;
    switch (error) {
    case ImportError::None:
        break;
    case ImportError::NotAPrivateKey:
        result.message
            = tr("This is not an SSH private key; choose the private key file, for example id_ed25519 "
                 "(not the .pub file).");
        break;
    case ImportError::PublicKeyOnly:
        result.message
            = tr("This is a public key; choose the matching private key file, the one without .pub.");
        break;
    case ImportError::PassphraseRequired:
        result.message = tr("This key is protected by a passphrase; enter the passphrase to import it.");
        break;
    case ImportError::WrongPassphrase:
        result.message
            = tr("The passphrase does not unlock this key; enter the passphrase the key was saved with.");
        break;
    case ImportError::UnsupportedKeyType:
        result.message = tr("Only Ed25519 keys and RSA keys of %1 bits or more can be imported; create a new "
                            "Ed25519 key in Cairn instead.")
                             .arg(kMinimumRsaBits);
        break;
    case ImportError::UnsupportedFormat:
        result.message = detail.isEmpty() ? tr("This key file format is not supported; convert it to OpenSSH "
                                               "format with ssh-keygen -p -f FILE.")
                                          : detail;
        break;
    case ImportError::UnsupportedCipher:
        result.message = tr("This key is encrypted with %1, which Cairn cannot read; re-encrypt it with "
                            "ssh-keygen -p -f FILE and import it again.")
                             .arg(detail);
        break;
    case ImportError::Damaged:
        result.message
            = tr("The key file is damaged or incomplete; copy the whole file, including the BEGIN and "
                 "END lines.");
        break;
    }
    return result;
}

SshKey::ImportResult SshKey::importPrivateKey(QByteArrayView text, QByteArrayView passphrase)
{
    if (text.size() > kMaxKeyText)
        return failure(ImportError::NotAPrivateKey);
    if (text.contains(kOpenSshBegin))
        return importOpenSsh(text, passphrase);
    if (text.contains("PuTTY-User-Key-File-"))
        return failure(ImportError::UnsupportedFormat,
            tr("PuTTY keys cannot be imported directly; in PuTTYgen choose Conversions > Export OpenSSH "
               "key and import that file."));
    if (text.contains("---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----"))
        return failure(ImportError::UnsupportedFormat);
    if (text.contains("-----BEGIN ") && text.contains("PRIVATE KEY-----"))
        return importPem(text, passphrase);
    const QByteArray trimmed = text.trimmed().toByteArray();
    if (text.contains("PUBLIC KEY") || trimmed.startsWith("ssh-") || trimmed.startsWith("ecdsa-")
        || trimmed.startsWith("sk-"))
        return failure(ImportError::PublicKeyOnly);
    return failure(ImportError::NotAPrivateKey);
}

SshKey::ImportResult SshKey::importOpenSsh(QByteArrayView text, QByteArrayView passphrase)
{
    const qsizetype begin = text.indexOf(kOpenSshBegin) + kOpenSshBegin.size();
    const qsizetype end = text.indexOf(kOpenSshEnd, begin);
    if (end < 0)
        return failure(ImportError::Damaged);
    WipedBuffer container;
    if (!base64Decode(text.sliced(begin, end - begin), container))
        return failure(ImportError::Damaged);

    SshWireReader reader(container.view());
    QByteArrayView cipherName, kdfName, kdfOptions, publicBlob, section;
    quint32 keyCount = 0;
    if (!container.view().startsWith(kOpenSshMagic))
        return failure(ImportError::Damaged);
    reader = SshWireReader(container.view().sliced(kOpenSshMagic.size()));
    if (!reader.readString(cipherName) || !reader.readString(kdfName) || !reader.readString(kdfOptions)
        || !reader.readUint32(keyCount) || !reader.readString(publicBlob) || !reader.readString(section))
        return failure(ImportError::Damaged);
    if (keyCount != 1)
        return failure(ImportError::UnsupportedFormat);

    WipedBuffer decrypted;
    QByteArrayView plain = section;
    const bool encrypted = cipherName != "none";
    if (encrypted) {
        const OpenSshCipher *cipher = findCipher(cipherName);
        if (!cipher)
            return failure(ImportError::UnsupportedCipher,
                QString::fromLatin1(cipherName.first(qMin<qsizetype>(64, cipherName.size()))));
        if (kdfName != "bcrypt")
            return failure(ImportError::UnsupportedFormat);
        if (passphrase.isEmpty())
            return failure(ImportError::PassphraseRequired);
        SshWireReader kdf(kdfOptions);
        QByteArrayView salt;
        quint32 rounds = 0;
        if (!kdf.readString(salt) || !kdf.readUint32(rounds))
            return failure(ImportError::Damaged);
        if (rounds > kMaxBcryptRounds)
            return failure(ImportError::UnsupportedFormat);
        if (reader.remaining().size() < cipher->tagLength || section.size() % cipher->blockSize != 0)
            return failure(ImportError::Damaged);
        const QByteArrayView tag = reader.remaining().first(cipher->tagLength);
        WipedBuffer keyAndIv;
        if (!bcryptPbkdf(passphrase, salt, rounds, cipher->keyLength + cipher->ivLength, keyAndIv))
            return failure(ImportError::Damaged);
        if (!decryptSection(*cipher, keyAndIv, section, tag, decrypted))
            return failure(cipher->tagLength > 0 ? ImportError::WrongPassphrase : ImportError::Damaged);
        plain = decrypted.view();
    } else if (kdfName != "none") {
        return failure(ImportError::Damaged);
    }

    SshWireReader keyReader(plain);
    quint32 check1 = 0, check2 = 0;
    QByteArrayView typeName;
    if (!keyReader.readUint32(check1) || !keyReader.readUint32(check2))
        return failure(ImportError::Damaged);
    if (check1 != check2)
        return failure(encrypted ? ImportError::WrongPassphrase : ImportError::Damaged);
    if (!keyReader.readString(typeName))
        return failure(ImportError::Damaged);

    PkeyPtr key;
    Type type = Type::Ed25519;
    if (typeName == kEd25519Name) {
        QByteArrayView pub, seedAndPub;
        if (!keyReader.readString(pub) || !keyReader.readString(seedAndPub) || pub.size() != kEd25519Size
            || seedAndPub.size() != 2 * kEd25519Size || seedAndPub.sliced(kEd25519Size) != pub)
            return failure(ImportError::Damaged);
        key.reset(EVP_PKEY_new_raw_private_key_ex(nullptr, "ED25519", nullptr,
            reinterpret_cast<const unsigned char *>(seedAndPub.data()), kEd25519Size));
    } else if (typeName == kRsaName) {
        type = Type::Rsa;
        const BnPtr n(keyReader.readMpint(false));
        const BnPtr e(keyReader.readMpint(false));
        const BnPtr d(keyReader.readMpint(true));
        const BnPtr iqmp(keyReader.readMpint(true));
        const BnPtr p(keyReader.readMpint(true));
        const BnPtr q(keyReader.readMpint(true));
        if (!keyReader.ok())
            return failure(ImportError::Damaged);
        key = rsaFromComponents(n.get(), e.get(), d.get(), iqmp.get(), p.get(), q.get());
    } else {
        return failure(ImportError::UnsupportedKeyType);
    }
    QByteArrayView comment;
    if (!key || !keyReader.readString(comment))
        return failure(ImportError::Damaged);
    // What follows is padding 1, 2, 3, ...; anything else means a damaged or tampered file.
    const QByteArrayView padding = keyReader.remaining();
    for (qsizetype i = 0; i < padding.size(); ++i) {
        if (static_cast<unsigned char>(padding[i]) != static_cast<unsigned char>(i + 1))
            return failure(ImportError::Damaged);
    }

    if (type == Type::Rsa && EVP_PKEY_get_bits(key.get()) < kMinimumRsaBits)
        return failure(ImportError::UnsupportedKeyType);
    if (!keyWorks(key.get()))
        return failure(ImportError::Damaged);
    ImportResult result;
    result.key = fromEvp(key.release(), QString::fromUtf8(comment));
    if (result.key.isNull() || result.key.publicKeyBlob() != publicBlob)
        return failure(ImportError::Damaged);
    return result;
}

namespace {

struct PassphraseRequest {
    QByteArrayView passphrase;
    bool asked = false;
};

int passphraseCallback(char *buffer, int size, int /*rwflag*/, void *userData)
{
    auto *request = static_cast<PassphraseRequest *>(userData);
    request->asked = true;
    if (request->passphrase.isEmpty() || request->passphrase.size() > size)
        return -1;
    std::memcpy(buffer, request->passphrase.data(), static_cast<size_t>(request->passphrase.size()));
    return static_cast<int>(request->passphrase.size());
}

} // namespace

SshKey::ImportResult SshKey::importPem(QByteArrayView text, QByteArrayView passphrase)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
    if (!bio)
        return failure(ImportError::Damaged);
    PassphraseRequest request { passphrase, false };
    PkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, &passphraseCallback, &request));
    if (!key) {
        if (request.asked)
            return failure(
                passphrase.isEmpty() ? ImportError::PassphraseRequired : ImportError::WrongPassphrase);
        return failure(ImportError::Damaged);
    }
    const bool supported = EVP_PKEY_is_a(key.get(), "ED25519")
        || (EVP_PKEY_is_a(key.get(), "RSA") && EVP_PKEY_get_bits(key.get()) >= kMinimumRsaBits);
    if (!supported)
        return failure(ImportError::UnsupportedKeyType);
    if (!keyWorks(key.get()))
        return failure(ImportError::Damaged);
    ImportResult result;
    result.key = fromEvp(key.release(), {});
    if (result.key.isNull())
        return failure(ImportError::UnsupportedKeyType);
    ERR_clear_error();
    return result;
}

} // namespace cairn

#pragma once
// A user key pair for SSH authentication: generated here (Ed25519 by default, or RSA-4096) or
// imported from an OpenSSH or PEM private key file. The public half is shown and exported in
// OpenSSH formats; the private half only ever leaves as wiped bytes (SecureBytes), to go to the
// keychain or to libssh2.

#include "secrets/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace cairn {

enum class SshKeyImportError {
    None,
    NotAPrivateKey,
    PublicKeyOnly,
    PassphraseRequired,
    WrongPassphrase,
    UnsupportedKeyType,
    UnsupportedFormat,
    UnsupportedCipher,
    Damaged,
};

struct SshKeyImportResult;

class SshKey final {
    Q_DECLARE_TR_FUNCTIONS(cairn::SshKey)

public:
    enum class Type { Ed25519, Rsa };

    using ImportError = SshKeyImportError;
    using ImportResult = SshKeyImportResult;

    // RSA keys are generated with 4096 bits.
    static constexpr int kRsaBits = 4096;
    // Imported RSA keys below this size are refused as too weak.
    static constexpr int kMinimumRsaBits = 2048;

    SshKey();
    ~SshKey();
    SshKey(const SshKey &other);
    SshKey &operator=(const SshKey &other);
    SshKey(SshKey &&other) noexcept;
    SshKey &operator=(SshKey &&other) noexcept;

    // Null only if OpenSSL fails, which it does not without a broken installation.
    static SshKey generate(Type type = Type::Ed25519, const QString &comment = {});
    // Accepts "-----BEGIN OPENSSH PRIVATE KEY-----" (unencrypted or encrypted with bcrypt and
    // aes*-ctr, aes*-cbc or aes*-gcm@openssh.com) and PEM (PKCS#1 "RSA PRIVATE KEY", PKCS#8 "PRIVATE
    // KEY" and "ENCRYPTED PRIVATE KEY"). Ed25519 and RSA only.
    static ImportResult importPrivateKey(QByteArrayView text, QByteArrayView passphrase = {});

    bool isNull() const { return !m_key; }
    Type type() const { return m_type; }
    int bits() const;
    // "ssh-ed25519" or "ssh-rsa".
    QString typeName() const;
    // "ED25519" or "RSA", as `ssh-keygen -l` names the type.
    QString displayTypeName() const;

    QString comment() const { return m_comment; }
    // Control characters are removed: a comment ends up on an authorized_keys line.
    void setComment(const QString &comment);

    QByteArray publicKeyBlob() const;
    // "ssh-ed25519 AAAA... comment", one line without a newline.
    QString authorizedKeysLine() const;
    // "SHA256:...", exactly as `ssh-keygen -l` prints it.
    QString fingerprintSha256() const;
    // The private key in OpenSSH's format, unencrypted, as `ssh-keygen -N ''` writes it and libssh2's
    // libssh2_userauth_publickey_frommemory reads it.
    SecureBytes toOpenSshPrivateKey() const;

private:
    // Takes ownership of key; null when it is neither Ed25519 nor RSA.
    static SshKey fromEvp(EVP_PKEY *key, const QString &comment);
    static ImportResult importOpenSsh(QByteArrayView text, QByteArrayView passphrase);
    static ImportResult importPem(QByteArrayView text, QByteArrayView passphrase);
    static ImportResult failure(ImportError error, const QString &detail = {});

    std::shared_ptr<EVP_PKEY> m_key;
    Type m_type = Type::Ed25519;
    QString m_comment;
};

struct SshKeyImportResult {
    SshKey key;
    SshKeyImportError error = SshKeyImportError::None;
    // One sentence for the person importing the key; empty on success.
    QString message;
    bool ok() const { return error == SshKeyImportError::None; }
};

} // namespace cairn

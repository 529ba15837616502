#pragma once
// The OpenSSL side of a client's encryption key: an RSA-4096 key pair whose public half wraps each
// archive's passphrase (OAEP with SHA-256, as `openssl pkeyutl -encrypt -pkeyopt
// rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256` does) and whose private half unwraps it.
// Key texts are PEM: SubjectPublicKeyInfo ("PUBLIC KEY") and unencrypted PKCS#8 ("PRIVATE KEY"),
// what `openssl pkey` reads. The fingerprint is "SHA256:" + base64 of the SHA-256 of the public
// key's DER, as the manifest's keyFingerprint carries it.

#include "secrets/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cairn {

class ClientKeyPair final {
    Q_DECLARE_TR_FUNCTIONS(cairn::ClientKeyPair)

public:
    static constexpr int kBits = 4096;

    struct Generated {
        QString publicKeyPem;
        SecureBytes privateKeyPem;
        QString fingerprint;
    };
    // A fresh RSA-4096 pair (a second or more of CPU: not on the GUI thread); nullopt on failure.
    static std::optional<Generated> generate();

    // One sentence when pem is not an RSA public key of 4096 bits or more (a private key is
    // refused too: it must stay offline); else empty, with *normalized the key as Cairn stores it.
    static QString checkPublicKey(QByteArrayView pem, QString *normalized);
    // The public half of a private key, as PEM; empty when privateKeyPem is not an RSA key.
    static QString publicKeyOf(const SecureBytes &privateKeyPem);
    static QString fingerprint(const QString &publicKeyPem);

    // A fresh random 32-byte data key, as the 64 lowercase hex characters the host's openssl gets
    // as its passphrase (what the manifest's wrappedKey holds); empty if the generator fails.
    static SecureBytes newPassphrase();

    // secret encrypted to the public key; empty with *error (one sentence) on failure.
    static QByteArray wrap(const QString &publicKeyPem, QByteArrayView secret, QString *error);
    // The secret back; empty with *error (one sentence: the wrong key, or damaged) on failure.
    static SecureBytes unwrap(const SecureBytes &privateKeyPem, QByteArrayView wrapped, QString *error);
};

} // namespace cairn

#pragma once
// The recovery kit: every setting and secret of the chosen clients in one file, encrypted with a
// passphrase, for handing an account over when the person who set it up leaves.
//
// File format, version 1 (integers big-endian):
//
//   offset  size  field
//        0     8  magic "CAIRNKIT"
//        8     2  format version (1)
//       10     1  key derivation: 1 = scrypt (RFC 7914)
//       11     1  log2(N), scrypt's cost
//       12     4  r, scrypt's block size
//       16     4  p, scrypt's parallelism
//       20    16  salt (random)
//       36    12  nonce for AES-256-GCM (random, 96 bits)
//       48     n  ciphertext
//     48+n    16  GCM tag
//
// key = scrypt(passphrase as UTF-8, salt, N, r, p, 32 bytes); AES-256-GCM with that key and
// nonce, and the 48 header bytes as additional authenticated data, so no header byte (cost,
// salt, nonce) can change unnoticed. A fresh salt and nonce for every kit.
//
// Plaintext, version 1:
//   u32 length, then that many bytes of UTF-8 JSON: the configuration (see KitConfiguration);
//   u32 count, then count secrets, each: u16 length + the keychain reference (UTF-8),
//   u32 length + the secret's bytes.
// The secrets sit beside the JSON rather than inside it so they never pass through a JSON
// parser's strings, which cannot be wiped.
//
// By hand, without Cairn: not with the openssl command alone, since `openssl enc` has no GCM
// mode. `openssl kdf -keylen 32 -kdfopt pass:... -kdfopt hexsalt:<bytes 20-35 in hex>
// -kdfopt n:131072 -kdfopt r:8 -kdfopt p:1 SCRYPT` does derive the key (with the passphrase in
// argv, so only on a machine of your own), and Python's `cryptography` (Debian:
// python3-cryptography) decrypts; checked against a kit made by this code:
//
//   import hashlib, struct, sys
//   from cryptography.hazmat.primitives.ciphers.aead import AESGCM
//   data = open(sys.argv[1], "rb").read()
//   log2n, r, p = data[11], *struct.unpack(">II", data[12:20])
//   key = hashlib.scrypt(PASSPHRASE.encode(), salt=data[20:36], n=2**log2n, r=r, p=p,
//                        maxmem=2**30, dklen=32)
//   plain = AESGCM(key).decrypt(data[36:48], data[48:], data[:48])  # the tag is the last 16 bytes
//   n = struct.unpack(">I", plain[:4])[0]
//   print(plain[4:4 + n].decode())  # the configuration; the secrets' records follow it

#include "secrets/SecureBytes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <map>
#include <optional>

namespace cairn {

// scrypt's cost parameters (outside RecoveryKit only so they can be a default argument there).
struct KitKdfParameters {
    // 2^17 x r 8: 128 MiB and ~0.45 s of CPU here, in line with scrypt's advice for files.
    int log2N = 17;
    quint32 r = 8;
    quint32 p = 1;
};

class RecoveryKit final {
    Q_DECLARE_TR_FUNCTIONS(cairn::RecoveryKit)

public:
    static constexpr char Magic[] = "CAIRNKIT"; // 8 bytes in the file, no NUL
    static constexpr quint16 FormatVersion = 1;
    static constexpr quint8 KdfScrypt = 1;
    static constexpr int HeaderSize = 48;
    static constexpr int SaltSize = 16;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;
    static constexpr int KeySize = 32;
    static constexpr int MinimumPassphraseLength = 10; // characters, for a new kit

    using KdfParameters = KitKdfParameters;
    // Bounds a hostile file cannot get past, checked before anything is allocated: N from 2^14
    // to 2^20, r 1 to 32, p 1 to 16, memory (128 r N) at most 256 MiB, work (N r p) at most
    // 2^22 blocks (4 times the default).
    static QString checkParameters(const KdfParameters &parameters);

    struct Contents {
        QJsonObject configuration;
        std::map<QString, SecureBytes> secrets; // keychain reference -> secret
    };

    // One sentence when passphrase cannot protect a new kit (empty, too short), else empty.
    static QString checkNewPassphrase(const SecureBytes &passphrase);

    // The encrypted file, or empty with *error set (empty or short passphrase, parameters out of
    // bounds, a referenced secret missing or an unreferenced one given).
    static QByteArray seal(const Contents &contents, const SecureBytes &passphrase, QString *error,
        const KdfParameters &parameters = {});

    // The contents, or nullopt with *error set to one sentence: not a kit, cut short, a newer
    // format, parameters out of bounds, or "wrong passphrase or damaged" (GCM cannot tell which).
    static std::optional<Contents> open(QByteArrayView file, const SecureBytes &passphrase, QString *error);

    // Writes the kit to path with mode 0600 from the first byte, replacing any file there only
    // once the whole kit is on disk. One sentence in *error on failure.
    static bool writeFile(const QString &path, const QByteArray &kit, QString *error);

    // scrypt through OpenSSL 3's EVP_KDF, without the bounds (tests run RFC 7914's vectors).
    static SecureBytes deriveKey(const SecureBytes &passphrase, QByteArrayView salt,
        const KdfParameters &parameters, int length = KeySize);
};

} // namespace cairn

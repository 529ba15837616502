#pragma once
// bcrypt_pbkdf, the key derivation OpenSSH uses for passphrase-protected private keys
// ("openssh-key-v1" with kdfname "bcrypt"). OpenSSL has Blowfish but not the expensive key
// schedule bcrypt needs, so this is a small port of OpenBSD's bcrypt_pbkdf.c and blowfish.c.

#include <QByteArrayView>

namespace cairn {

class WipedBuffer;

// Derives keyLength bytes into out; false on parameters OpenSSH also refuses (empty passphrase or
// salt, zero rounds, more than 1024 bytes of output).
bool bcryptPbkdf(
    QByteArrayView passphrase, QByteArrayView salt, unsigned rounds, qsizetype keyLength, WipedBuffer &out);

} // namespace cairn

#pragma once
// A server's public host key as the SSH handshake presents it: the key type ("ssh-ed25519") and
// the public key blob. This is what Cairn pins per server.

#include <QByteArray>
#include <QString>

namespace cairn {

class SshHostKey final {
public:
    SshHostKey() = default;
    // Null when the blob is not a well-formed SSH public key blob.
    static SshHostKey fromBlob(const QByteArray &blob);
    // Parses "TYPE BASE64 [comment]", the format of a .pub file and of toOpenSshLine().
    static SshHostKey fromOpenSshLine(QByteArrayView line);

    bool isNull() const { return m_blob.isEmpty(); }
    QString type() const { return m_type; }
    QByteArray blob() const { return m_blob; }
    // "SHA256:...", as `ssh-keygen -l` prints it.
    QString fingerprintSha256() const;
    // "TYPE BASE64", to store the pin in one text column.
    QString toOpenSshLine() const;

    friend bool operator==(const SshHostKey &a, const SshHostKey &b)
    {
        return a.m_type == b.m_type && a.m_blob == b.m_blob;
    }
    friend bool operator!=(const SshHostKey &a, const SshHostKey &b) { return !(a == b); }

private:
    QString m_type;
    QByteArray m_blob;
};

} // namespace cairn

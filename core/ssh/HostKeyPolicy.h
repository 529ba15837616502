#pragma once
// What SshSession::connect accepts as the server's host key. A pinned key or a fingerprint given
// up front must match exactly, or the connection stops (HostKeyChanged). Without either, the
// connection stops at first contact (HostKeyUnknown) so the caller can ask the user — or, for
// `cairn-cli server add --accept-new-host-key` only, accepts the key so the caller can pin it.

#include "ssh/SshHostKey.h"

#include <QString>

namespace cairn {

class HostKeyPolicy final {
public:
    enum class Mode { AskFirst, ExpectFingerprint, Pinned, AcceptNew };
    enum class Verdict { Trusted, Unknown, Changed, FingerprintMismatch };

    // The default: first contact ends with HostKeyUnknown carrying the presented key.
    HostKeyPolicy() = default;
    static HostKeyPolicy askFirst() { return {}; }
    // Trust on first use, but only the key with this SHA256 fingerprint ("SHA256:..." as
    // `ssh-keygen -l` prints it). An invalid fingerprint matches no key.
    static HostKeyPolicy expectFingerprint(const QString &sha256Fingerprint);
    static HostKeyPolicy pinned(const SshHostKey &key);
    static HostKeyPolicy acceptNew();

    Mode mode() const { return m_mode; }
    QString expectedFingerprint() const { return m_fingerprint; }
    SshHostKey pinnedKey() const { return m_key; }

    Verdict check(const SshHostKey &presented) const;

private:
    Mode m_mode = Mode::AskFirst;
    QString m_fingerprint;
    SshHostKey m_key;
};

} // namespace cairn

#pragma once
// The outcome of an SSH step: a category a caller can act on, one sentence for a person, and a
// technical detail for the log. Host key errors carry the key the server presented.

#include "ssh/SshHostKey.h"

#include <QString>

namespace cairn {

enum class SshErrorKind {
    None,
    // A host, port or user name was refused before any connection was made.
    InvalidInput,
    NameNotFound,
    ConnectionRefused,
    // Unreachable network or host, connection reset or lost.
    NetworkError,
    TimedOut,
    Cancelled,
    // The peer is not an SSH server, or no algorithm in common, or another libssh2 failure.
    ProtocolError,
    // First contact: hostKey holds the key to show the user (type and SHA256 fingerprint).
    HostKeyUnknown,
    // The key differs from the pinned one or from the fingerprint given up front: a hard stop.
    HostKeyChanged,
    AuthenticationRefused,
    // The remote command exited non-zero or was killed by a signal.
    CommandFailed,
};

struct SshError {
    SshErrorKind kind = SshErrorKind::None;
    // One sentence that says what happened and what to do; translated.
    QString message;
    // Technical detail for logs (libssh2 or system error text); never a secret.
    QString detail;
    // The key the server presented, for HostKeyUnknown and HostKeyChanged.
    SshHostKey hostKey;

    bool ok() const { return kind == SshErrorKind::None; }

    static SshError make(SshErrorKind kind, const QString &message, const QString &detail = {})
    {
        return SshError { kind, message, detail, {} };
    }
};

// A stable English name for logs and --json output, e.g. "host-key-changed".
QString sshErrorKindName(SshErrorKind kind);

} // namespace cairn

#include "ssh/SshError.h"

namespace cairn {

QString sshErrorKindName(SshErrorKind kind)
{
    switch (kind) {
    case SshErrorKind::None:
        return QStringLiteral("ok");
    case SshErrorKind::InvalidInput:
        return QStringLiteral("invalid-input");
    case SshErrorKind::NameNotFound:
        return QStringLiteral("name-not-found");
    case SshErrorKind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case SshErrorKind::NetworkError:
        return QStringLiteral("network-error");
    case SshErrorKind::TimedOut:
        return QStringLiteral("timed-out");
    case SshErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case SshErrorKind::ProtocolError:
        return QStringLiteral("protocol-error");
    case SshErrorKind::HostKeyUnknown:
        return QStringLiteral("host-key-unknown");
    case SshErrorKind::HostKeyChanged:
        return QStringLiteral("host-key-changed");
    case SshErrorKind::AuthenticationRefused:
        return QStringLiteral("authentication-refused");
    case SshErrorKind::CommandFailed:
        return QStringLiteral("command-failed");
    }
    return QStringLiteral("unknown");
}

} // namespace cairn

#pragma once
// What a remote command did: how it ended and the tail of what it wrote to stderr.

#include "ssh/SshError.h"

#include <QByteArray>
#include <QString>

namespace cairn {

struct SshExecResult {
    // None when the command exited 0; CommandFailed for another exit code or a signal; otherwise
    // why the command could not run or finish (TimedOut, Cancelled, NetworkError, ...).
    SshError error;
    // True when the server reported how the command ended (exit-status or exit-signal).
    bool finished = false;
    int exitCode = -1;
    // Signal name without "SIG" ("TERM", "KILL") when the command was killed by a signal.
    QString exitSignal;
    // The last bytes the command wrote to stderr. Untrusted: show it only through
    // escapeUntrustedText(), as error.message already does.
    QByteArray stderrTail;
    qint64 stdoutBytes = 0;
    qint64 stderrBytes = 0;

    bool ok() const { return error.ok(); }
};

} // namespace cairn

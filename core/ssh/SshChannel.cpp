#include "ssh/SshChannel.h"

#include "ssh/SshSession.h"
#include "ssh/UntrustedText.h"

#include <libssh2.h>

namespace cairn {

namespace {

constexpr size_t kReadChunk = 32 * 1024;
// Shown in the one-sentence error; the full tail stays in SshExecResult::stderrTail.
constexpr qsizetype kMessageTailBytes = 300;
// A read that returns neither data nor EAGAIN this many times in a row means the channel is closed.
constexpr int kIdleRoundsAsClosed = 3;

} // namespace

SshChannel::SshChannel(SshSession &session, LIBSSH2_CHANNEL *channel) : m_session(session), m_channel(channel)
{ }

SshChannel::~SshChannel()
{
    if (!m_channel)
        return;
    // Freeing an open channel sends a close; give it a moment, then leave the rest to session free.
    const QDeadlineTimer deadline(std::chrono::milliseconds(500));
    while (libssh2_channel_free(m_channel) == LIBSSH2_ERROR_EAGAIN) {
        if (!m_session.waitSocket(deadline, SshSession::Phase::Command, std::chrono::milliseconds(500)).ok())
            break;
    }
}

void SshChannel::writeStdin(QByteArrayView data)
{
    // Drop what was already sent so the queue does not grow without bound.
    if (m_stdinSent > 0 && m_stdinSent == m_stdin.size()) {
        m_stdin.clear();
        m_stdinSent = 0;
    }
    m_stdin.append(data);
}

void SshChannel::closeStdin()
{
    m_closeStdin = true;
}

void SshChannel::deliver(int stream, QByteArrayView data, SshExecResult &result)
{
    if (stream == 0) {
        result.stdoutBytes += data.size();
        if (m_onStdout)
            m_onStdout(data);
        return;
    }
    result.stderrBytes += data.size();
    result.stderrTail.append(data);
    if (result.stderrTail.size() > kStderrTailBytes)
        result.stderrTail.remove(0, result.stderrTail.size() - kStderrTailBytes);
    if (m_onStderr)
        m_onStderr(data);
}

SshExecResult SshChannel::run(std::chrono::milliseconds timeout)
{
    SshExecResult result;
    const QDeadlineTimer deadline
        = timeout.count() > 0 ? QDeadlineTimer(timeout) : QDeadlineTimer(QDeadlineTimer::Forever);
    char buffer[kReadChunk];
    int idleRounds = 0;

    for (;;) {
        bool progress = false;
        bool wouldBlock = false;
        for (int stream : { 0, SSH_EXTENDED_DATA_STDERR }) {
            for (;;) {
                const ssize_t n = libssh2_channel_read_ex(m_channel, stream, buffer, sizeof(buffer));
                if (n > 0) {
                    progress = true;
                    deliver(stream, QByteArrayView(buffer, n), result);
                    continue;
                }
                if (n == LIBSSH2_ERROR_EAGAIN)
                    wouldBlock = true;
                else if (n < 0) {
                    result.error = m_session.failure(static_cast<int>(n), SshSession::Phase::Command);
                    return result;
                }
                break;
            }
        }

        while (m_stdinSent < m_stdin.size()) {
            const ssize_t n = libssh2_channel_write_ex(m_channel, 0, m_stdin.constData() + m_stdinSent,
                static_cast<size_t>(m_stdin.size() - m_stdinSent));
            if (n > 0) {
                progress = true;
                m_stdinSent += n;
                continue;
            }
            if (n == LIBSSH2_ERROR_EAGAIN) {
                wouldBlock = true;
                break;
            }
            // The command closed its stdin (or exited) before reading everything: not our error.
            if (n == LIBSSH2_ERROR_CHANNEL_CLOSED || n == LIBSSH2_ERROR_CHANNEL_EOF_SENT)
                m_stdinSent = m_stdin.size();
            else if (n < 0) {
                result.error = m_session.failure(static_cast<int>(n), SshSession::Phase::Command);
                return result;
            }
            break;
        }
        if (m_stdinSent == m_stdin.size() && m_stdin.size() > 0) {
            m_stdin.clear();
            m_stdinSent = 0;
        }
        if (m_closeStdin && !m_eofSent && m_stdin.isEmpty()) {
            const int rc = libssh2_channel_send_eof(m_channel);
            if (rc == 0) {
                m_eofSent = true;
                progress = true;
            } else if (rc == LIBSSH2_ERROR_EAGAIN) {
                wouldBlock = true;
            } else {
                m_eofSent = true; // a closed channel needs no EOF
            }
        }

        if (libssh2_channel_eof(m_channel) == 1)
            break;
        if (progress) {
            idleRounds = 0;
            if (m_session.isCancelled()) {
                result.error = m_session.cancelled();
                return result;
            }
            if (deadline.hasExpired()) {
                result.error = m_session.timedOut(SshSession::Phase::Command, timeout);
                return result;
            }
            continue;
        }
        if (!wouldBlock && ++idleRounds >= kIdleRoundsAsClosed)
            break;
        SshError error = m_session.waitSocket(deadline, SshSession::Phase::Command, timeout, true);
        if (!error.ok()) {
            result.error = error;
            return result;
        }
    }

    SshError error = finish(deadline, timeout, result);
    if (!error.ok()) {
        result.error = error;
        return result;
    }
    const QString host = m_session.endpoint().host;
    const QString tail = escapeUntrustedText(result.stderrTail.trimmed(), kMessageTailBytes, true);
    if (!result.exitSignal.isEmpty()) {
        result.error = SshError::make(SshErrorKind::CommandFailed,
            tail.isEmpty()
                ? SshSession::tr("The command on %1 was killed by signal %2.").arg(host, result.exitSignal)
                : SshSession::tr("The command on %1 was killed by signal %2: %3")
                      .arg(host, result.exitSignal, tail));
    } else if (!result.finished) {
        result.error = SshError::make(SshErrorKind::NetworkError,
            SshSession::tr("The command on %1 ended without reporting its exit status; the "
                           "connection may have been cut.")
                .arg(host));
    } else if (result.exitCode != 0) {
        result.error = SshError::make(SshErrorKind::CommandFailed,
            tail.isEmpty()
                ? SshSession::tr("The command on %1 failed with exit code %2.").arg(host).arg(result.exitCode)
                : SshSession::tr("The command on %1 failed with exit code %2: %3")
                      .arg(host)
                      .arg(result.exitCode)
                      .arg(tail));
    }
    return result;
}

SshError SshChannel::finish(
    const QDeadlineTimer &deadline, std::chrono::milliseconds timeout, SshExecResult &result)
{
    while (libssh2_channel_close(m_channel) == LIBSSH2_ERROR_EAGAIN) {
        SshError error = m_session.waitSocket(deadline, SshSession::Phase::Command, timeout);
        if (!error.ok())
            return error;
    }
    int rc = 0;
    while ((rc = libssh2_channel_wait_closed(m_channel)) == LIBSSH2_ERROR_EAGAIN) {
        SshError error = m_session.waitSocket(deadline, SshSession::Phase::Command, timeout);
        if (!error.ok())
            return error;
    }

    char *signal = nullptr;
    size_t signalLength = 0;
    libssh2_channel_get_exit_signal(m_channel, &signal, &signalLength, nullptr, nullptr, nullptr, nullptr);
    if (signal) {
        result.exitSignal
            = escapeUntrustedText(QByteArrayView(signal, static_cast<qsizetype>(signalLength)), 32);
        libssh2_free(m_session.m_session, signal);
        result.finished = true;
    }
    // libssh2 reports 0 both for "exited 0" and "nothing received"; a wait_closed that succeeded means the
    // server closed the channel normally, and OpenSSH always sends exit-status or exit-signal first.
    result.exitCode = libssh2_channel_get_exit_status(m_channel);
    if (rc == 0)
        result.finished = true;
    return {};
}

} // namespace cairn

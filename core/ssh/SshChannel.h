#pragma once
// One SSH exec channel: a remote command with streaming stdout and stderr and a stdin that can be
// fed while the command runs (a handler may answer a line on stdout by queuing stdin). Used by
// the thread that owns its SshSession; the session must outlive the channel.

#include "ssh/SshExecResult.h"
#include "ssh/WipedBuffer.h"

#include <QByteArray>
#include <QDeadlineTimer>

#include <chrono>
#include <functional>

// libssh2's own tag name, forward-declared so this header does not pull in libssh2.h.
typedef struct _LIBSSH2_CHANNEL LIBSSH2_CHANNEL; // NOLINT(bugprone-reserved-identifier)

namespace cairn {

class SshSession;

class SshChannel final {
public:
    using OutputHandler = std::function<void(QByteArrayView)>;

    // Keeps the last this many bytes of stderr for SshExecResult::stderrTail.
    static constexpr qsizetype kStderrTailBytes = 4096;

    ~SshChannel();
    SshChannel(const SshChannel &) = delete;
    SshChannel &operator=(const SshChannel &) = delete;

    void setStdoutHandler(OutputHandler handler) { m_onStdout = std::move(handler); }
    void setStderrHandler(OutputHandler handler) { m_onStderr = std::move(handler); }
    // Queued and sent while run() pumps; the queue is a wiped buffer, so secrets may go here.
    void writeStdin(QByteArrayView data);
    // Sends EOF on stdin once everything queued has been sent.
    void closeStdin();

    // Pumps stdin, stdout and stderr until the command ends, the timeout passes (0: none) or the
    // session's cancel flag is set. A non-zero exit or a signal gives CommandFailed.
    SshExecResult run(std::chrono::milliseconds timeout = std::chrono::milliseconds(0));

private:
    friend class SshSession;
    SshChannel(SshSession &session, LIBSSH2_CHANNEL *channel);

    SshError finish(const QDeadlineTimer &deadline, std::chrono::milliseconds timeout, SshExecResult &result);
    void deliver(int stream, QByteArrayView data, SshExecResult &result);

    SshSession &m_session;
    LIBSSH2_CHANNEL *m_channel = nullptr;
    OutputHandler m_onStdout;
    OutputHandler m_onStderr;
    WipedBuffer m_stdin;
    qsizetype m_stdinSent = 0;
    bool m_closeStdin = false;
    bool m_eofSent = false;
};

} // namespace cairn

#pragma once
// One SSH connection for one worker thread, over libssh2 in non-blocking mode. Every wait is a
// poll() on the socket in the direction libssh2_session_block_directions() reports, in short
// slices, so deadlines and the caller's cancel flag are checked at least every 100 ms.
//
//   SshSession ssh(&job->cancelFlag);
//   SshError e = ssh.connect({host, port, user}, HostKeyPolicy::pinned(server.hostKey));
//   if (e.ok()) e = ssh.authenticateWithKey(key);
//   if (e.ok()) SshExecResult r = ssh.exec("true");
//
// A session and its channels are used by one thread at a time; SshLibrary::initialize() must have
// run before threads start.

#include "secrets/SecureBytes.h"
#include "ssh/HostKeyPolicy.h"
#include "ssh/SshChannel.h"
#include "ssh/SshError.h"
#include "ssh/SshExecResult.h"
#include "ssh/SshHostKey.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

// libssh2's own tag name, forward-declared so this header does not pull in libssh2.h.
typedef struct _LIBSSH2_SESSION LIBSSH2_SESSION; // NOLINT(bugprone-reserved-identifier)

namespace cairn {

class SshKey;

struct SshEndpoint {
    QString host;
    int port = 22;
    QString user;
};

struct SshExecOptions {
    // Sent to the command's stdin, followed by EOF. Parameters belong here, not in the command.
    QByteArrayView stdinData;
    SshChannel::OutputHandler onStdout;
    SshChannel::OutputHandler onStderr;
    // 0: no limit.
    std::chrono::milliseconds timeout { 0 };
};

class SshSession final {
    Q_DECLARE_TR_FUNCTIONS(cairn::SshSession)

public:
    static constexpr std::chrono::milliseconds kDefaultConnectTimeout { 15000 };
    static constexpr std::chrono::milliseconds kDefaultAuthTimeout { 30000 };
    static constexpr int kDefaultKeepaliveSeconds = 15;
    // Host key types in the order we ask for them: Ed25519 first, the key admins compare.
    static constexpr const char *kHostKeyPreference
        = "ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,ssh-rsa";

    // cancelFlag, when given, is read (never written) while waiting and must outlive the session.
    explicit SshSession(const std::atomic_bool *cancelFlag = nullptr);
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Checks the endpoint (SshInputValidator), resolves, connects, does the SSH handshake and checks
    // the host key against policy, all within timeout. On HostKeyUnknown and HostKeyChanged the
    // error carries the presented key and the connection is closed.
    SshError connect(const SshEndpoint &endpoint, const HostKeyPolicy &policy,
        std::chrono::milliseconds timeout = kDefaultConnectTimeout);
    SshError authenticateWithKey(const SshKey &key, std::chrono::milliseconds timeout = kDefaultAuthTimeout);
    // "password", or "keyboard-interactive" with one hidden prompt. The password is taken by value and
    // wiped when this returns; libssh2's own copies are wiped by the session's allocator.
    SshError authenticateWithPassword(
        SecureBytes password, std::chrono::milliseconds timeout = kDefaultAuthTimeout);

    // Opens a channel and starts command (a complete shell command line: quote values with
    // shellQuote(), or better pass them on stdin). Null with error set on failure.
    std::unique_ptr<SshChannel> openExec(
        QByteArrayView command, SshError &error, std::chrono::milliseconds timeout = kDefaultAuthTimeout);
    // openExec + writeStdin + closeStdin + run.
    SshExecResult exec(QByteArrayView command, const SshExecOptions &options = {});

    // Keepalives are sent while waiting on a channel; a caller idle between commands calls this.
    SshError sendKeepalive();
    // Before connect(); 0 disables keepalives.
    void setKeepaliveInterval(int seconds) { m_keepaliveSeconds = seconds; }
    void disconnect();

    bool isConnected() const { return m_session != nullptr; }
    bool isAuthenticated() const { return m_authenticated; }
    const SshEndpoint &endpoint() const { return m_endpoint; }
    // The host key the server presented in the last connect().
    const SshHostKey &hostKey() const { return m_hostKey; }
    bool isCancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

private:
    friend class SshChannel;
    friend struct SshSessionCallbacks;
    enum class Phase { Connect, Authenticate, Command };

    SshError connectTcp(
        const QByteArray &host, const QDeadlineTimer &deadline, std::chrono::milliseconds timeout);
    SshError handshake(
        const HostKeyPolicy &policy, const QDeadlineTimer &deadline, std::chrono::milliseconds timeout);
    // Waits for the socket in the directions libssh2 is blocked on (plus input when alwaysRead),
    // at most one poll slice. Returns TimedOut or Cancelled when due, otherwise ok.
    SshError waitSocket(const QDeadlineTimer &deadline, Phase phase, std::chrono::milliseconds timeout,
        bool alwaysRead = false);
    SshError timedOut(Phase phase, std::chrono::milliseconds timeout) const;
    SshError cancelled() const;
    // Classifies a libssh2 error code.
    SshError failure(int rc, Phase phase) const;
    SshError notConnected() const;
    QString libssh2Message(int rc) const;
    void closeSocket();

    const std::atomic_bool *m_cancel = nullptr;
    LIBSSH2_SESSION *m_session = nullptr;
    int m_socket = -1;
    int m_keepaliveSeconds = kDefaultKeepaliveSeconds;
    bool m_authenticated = false;
    SshEndpoint m_endpoint;
    SshHostKey m_hostKey;
    // Set only while keyboard-interactive authentication runs.
    const SecureBytes *m_password = nullptr;
};

} // namespace cairn

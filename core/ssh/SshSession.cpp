#include "ssh/SshSession.h"

#include "ssh/SshInputValidator.h"
#include "ssh/SshKey.h"
#include "ssh/SshLibrary.h"
#include "ssh/UntrustedText.h"
#include "ssh/WipedBuffer.h"

#include <libssh2.h>
#include <openssl/crypto.h>

#include <QByteArray>

#include <arpa/inet.h>
#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace cairn {

namespace {

// Upper bound of one poll(): how late a cancel or a deadline can be noticed.
constexpr int kPollSliceMs = 100;
// Graceful goodbye after cancel or failure must not hold a worker up.
constexpr std::chrono::milliseconds kGoodbyeTimeout { 1000 };

int sliceMs(const QDeadlineTimer &deadline)
{
    const qint64 remaining = deadline.remainingTime();
    if (remaining < 0)
        return kPollSliceMs;
    return static_cast<int>(qMin<qint64>(remaining, kPollSliceMs));
}

QDeadlineTimer deadlineFor(std::chrono::milliseconds timeout)
{
    return timeout.count() > 0 ? QDeadlineTimer(timeout) : QDeadlineTimer(QDeadlineTimer::Forever);
}

QString seconds(std::chrono::milliseconds timeout)
{
    return QString::number((timeout.count() + 999) / 1000);
}

// libssh2 allocates through these, so every buffer it frees (packets holding the password, key
// files it decoded) is wiped first. A 16-byte header keeps the size and the alignment.
constexpr size_t kAllocHeader = 16;

void *wipingAlloc(size_t count, void ** /*abstract*/)
{
    auto *block = static_cast<unsigned char *>(std::malloc(count + kAllocHeader));
    if (!block)
        return nullptr;
    std::memcpy(block, &count, sizeof(count));
    return block + kAllocHeader;
}

void wipingFree(void *pointer, void ** /*abstract*/)
{
    if (!pointer)
        return;
    auto *block = static_cast<unsigned char *>(pointer) - kAllocHeader;
    size_t count = 0;
    std::memcpy(&count, block, sizeof(count));
    OPENSSL_cleanse(pointer, count);
    std::free(block);
}

void *wipingRealloc(void *pointer, size_t count, void **abstract)
{
    if (!pointer)
        return wipingAlloc(count, abstract);
    size_t oldCount = 0;
    std::memcpy(&oldCount, static_cast<unsigned char *>(pointer) - kAllocHeader, sizeof(oldCount));
    void *fresh = wipingAlloc(count, abstract);
    if (!fresh)
        return nullptr;
    std::memcpy(fresh, pointer, qMin(oldCount, count));
    wipingFree(pointer, abstract);
    return fresh;
}

// getaddrinfo() cannot be cancelled, so it runs on its own short-lived thread; a cancelled or
// timed-out connect stops waiting for it and the thread cleans up after itself.
struct AddressLookup {
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    int status = 0;
    addrinfo *result = nullptr;
    ~AddressLookup()
    {
        if (result)
            freeaddrinfo(result);
    }
};

struct AddrInfoFree {
    void operator()(addrinfo *info) const
    {
        if (info)
            freeaddrinfo(info);
    }
};
using AddrInfoPtr = std::unique_ptr<addrinfo, AddrInfoFree>;

} // namespace

// The keyboard-interactive callback is a C function; it reaches the session through libssh2's
// "abstract" pointer, which connect() sets to the SshSession.
struct SshSessionCallbacks {
    static void keyboardInteractive(const char * /*name*/, int /*nameLength*/, const char * /*instruction*/,
        int /*instructionLength*/, int promptCount, const LIBSSH2_USERAUTH_KBDINT_PROMPT *prompts,
        LIBSSH2_USERAUTH_KBDINT_RESPONSE *responses, void **abstract)
    {
        auto *session = static_cast<SshSession *>(*abstract);
        for (int i = 0; i < promptCount; ++i) {
            responses[i].text = nullptr;
            responses[i].length = 0;
        }
        // Answer only the classic single hidden "Password:" prompt; a second factor is not ours to fill.
        if (promptCount != 1 || prompts[0].echo || !session || !session->m_password)
            return;
        const SecureBytes &password = *session->m_password;
        auto *copy = static_cast<char *>(wipingAlloc(static_cast<size_t>(password.size()) + 1, abstract));
        if (!copy)
            return;
        std::memcpy(copy, password.data(), static_cast<size_t>(password.size()));
        copy[password.size()] = '\0';
        responses[0].text = copy;
        responses[0].length = static_cast<unsigned int>(password.size());
    }
};

SshSession::SshSession(const std::atomic_bool *cancelFlag) : m_cancel(cancelFlag)
{
    SshLibrary::initialize();
}

SshSession::~SshSession()
{
    disconnect();
}

void SshSession::closeSocket()
{
    if (m_socket >= 0) {
        ::shutdown(m_socket, SHUT_RDWR);
        ::close(m_socket);
        m_socket = -1;
    }
}

void SshSession::disconnect()
{
    if (m_session) {
        if (!isCancelled()) {
            const QDeadlineTimer deadline(kGoodbyeTimeout);
            while (libssh2_session_disconnect(m_session, "Cairn closed the connection")
                == LIBSSH2_ERROR_EAGAIN) {
                if (!waitSocket(deadline, Phase::Command, kGoodbyeTimeout).ok())
                    break;
            }
        }
        // With the socket gone every pending send fails at once, so freeing never waits.
        closeSocket();
        while (libssh2_session_free(m_session) == LIBSSH2_ERROR_EAGAIN) { }
        m_session = nullptr;
    }
    closeSocket();
    m_authenticated = false;
}

SshError SshSession::notConnected() const
{
    return SshError::make(
        SshErrorKind::ProtocolError, tr("Not connected to %1; connect first.").arg(m_endpoint.host));
}

SshError SshSession::cancelled() const
{
    return SshError::make(
        SshErrorKind::Cancelled, tr("The connection to %1 was cancelled.").arg(m_endpoint.host));
}

SshError SshSession::timedOut(Phase phase, std::chrono::milliseconds timeout) const
{
    QString message;
    switch (phase) {
    case Phase::Connect:
        message = tr("%1 did not answer on port %2 within %3 seconds; check the host name, the port and any "
                     "firewall in between.")
                      .arg(m_endpoint.host)
                      .arg(m_endpoint.port)
                      .arg(seconds(timeout));
        break;
    case Phase::Authenticate:
        message = tr(
            "%1 did not finish the login within %2 seconds; try again, and check the server's load if it "
            "keeps happening.")
                      .arg(m_endpoint.host, seconds(timeout));
        break;
    case Phase::Command:
        message = tr("The command on %1 did not finish within %2 seconds; it was abandoned.")
                      .arg(m_endpoint.host, seconds(timeout));
        break;
    }
    return SshError::make(SshErrorKind::TimedOut, message);
}

QString SshSession::libssh2Message(int rc) const
{
    char *text = nullptr;
    if (m_session)
        libssh2_session_last_error(m_session, &text, nullptr, 0);
    return QStringLiteral("libssh2 error %1: %2").arg(rc).arg(escapeUntrustedText(text ? text : "", 200));
}

SshError SshSession::failure(int rc, Phase phase) const
{
    const QString detail = libssh2Message(rc);
    switch (rc) {
    case LIBSSH2_ERROR_SOCKET_SEND:
    case LIBSSH2_ERROR_SOCKET_RECV:
    case LIBSSH2_ERROR_SOCKET_DISCONNECT:
    case LIBSSH2_ERROR_SOCKET_TIMEOUT:
        if (phase == Phase::Connect)
            return SshError::make(SshErrorKind::ProtocolError,
                tr("%1 closed the connection during the SSH handshake; check that port %2 is an "
                   "SSH server and that it accepts connections from this computer.")
                    .arg(m_endpoint.host)
                    .arg(m_endpoint.port),
                detail);
        return SshError::make(SshErrorKind::NetworkError,
            tr("The connection to %1 was lost; check the network and try again.").arg(m_endpoint.host),
            detail);
    default:
        break;
    }
    if (phase == Phase::Connect)
        return SshError::make(SshErrorKind::ProtocolError,
            tr("%1 on port %2 did not complete an SSH handshake; check that the port belongs to "
               "an SSH server.")
                .arg(m_endpoint.host)
                .arg(m_endpoint.port),
            detail);
    return SshError::make(SshErrorKind::ProtocolError,
        tr("The SSH connection to %1 failed; try again, and see the log for details.").arg(m_endpoint.host),
        detail);
}

SshError SshSession::waitSocket(
    const QDeadlineTimer &deadline, Phase phase, std::chrono::milliseconds timeout, bool alwaysRead)
{
    if (isCancelled())
        return cancelled();
    if (deadline.hasExpired())
        return timedOut(phase, timeout);
    if (phase == Phase::Command && m_authenticated && m_keepaliveSeconds > 0) {
        // libssh2 sends only when the interval has passed; EAGAIN here is harmless.
        int next = 0;
        libssh2_keepalive_send(m_session, &next);
    }
    const int directions = libssh2_session_block_directions(m_session);
    short events = 0;
    if ((directions & LIBSSH2_SESSION_BLOCK_INBOUND) || alwaysRead)
        events |= POLLIN;
    if (directions & LIBSSH2_SESSION_BLOCK_OUTBOUND)
        events |= POLLOUT;
    if (events == 0)
        events = POLLIN;
    pollfd fd { m_socket, events, 0 };
    if (::poll(&fd, 1, sliceMs(deadline)) < 0 && errno != EINTR)
        return SshError::make(SshErrorKind::NetworkError,
            tr("The connection to %1 was lost; check the network and try again.").arg(m_endpoint.host),
            QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

SshError SshSession::connect(
    const SshEndpoint &endpoint, const HostKeyPolicy &policy, std::chrono::milliseconds timeout)
{
    disconnect();
    m_endpoint = endpoint;
    m_hostKey = {};
    for (const QString &problem : { SshInputValidator::checkHost(endpoint.host),
             SshInputValidator::checkPort(endpoint.port), SshInputValidator::checkUser(endpoint.user) }) {
        if (!problem.isEmpty())
            return SshError::make(SshErrorKind::InvalidInput, problem);
    }
    if (!SshLibrary::initialize())
        return SshError::make(
            SshErrorKind::ProtocolError, tr("The SSH library could not start; reinstall Cairn."));

    const QDeadlineTimer deadline = deadlineFor(timeout);
    SshError error
        = connectTcp(SshInputValidator::normalizeHost(endpoint.host).toLatin1(), deadline, timeout);
    if (error.ok())
        error = handshake(policy, deadline, timeout);
    if (!error.ok()) {
        const SshHostKey presented = m_hostKey;
        disconnect();
        m_hostKey = presented;
    }
    return error;
}

SshError SshSession::connectTcp(
    const QByteArray &host, const QDeadlineTimer &deadline, std::chrono::milliseconds timeout)
{
    const QByteArray service = QByteArray::number(m_endpoint.port);
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
    addrinfo *numeric = nullptr;
    AddrInfoPtr addresses;
    if (getaddrinfo(host.constData(), service.constData(), &hints, &numeric) == 0) {
        addresses.reset(numeric);
    } else {
        hints.ai_flags = AI_NUMERICSERV;
        auto lookup = std::make_shared<AddressLookup>();
        std::thread([lookup, host, service, hints] {
            addrinfo *result = nullptr;
            const int status = getaddrinfo(host.constData(), service.constData(), &hints, &result);
            const std::lock_guard lock(lookup->mutex);
            lookup->status = status;
            lookup->result = result;
            lookup->finished = true;
            lookup->done.notify_all();
        }).detach();
        std::unique_lock lock(lookup->mutex);
        while (!lookup->finished) {
            if (isCancelled())
                return cancelled();
            if (deadline.hasExpired())
                return timedOut(Phase::Connect, timeout);
            lookup->done.wait_for(lock, std::chrono::milliseconds(sliceMs(deadline)));
        }
        if (lookup->status != 0) {
            const QString detail = QString::fromLocal8Bit(gai_strerror(lookup->status));
            if (lookup->status == EAI_NONAME || lookup->status == EAI_NODATA || lookup->status == EAI_FAIL
                || lookup->status == EAI_AGAIN || lookup->status == EAI_ADDRFAMILY)
                return SshError::make(SshErrorKind::NameNotFound,
                    tr("The server name %1 could not be found; check the spelling, or enter its IP "
                       "address.")
                        .arg(m_endpoint.host),
                    detail);
            return SshError::make(SshErrorKind::NetworkError,
                tr("The server name %1 could not be looked up; check the network connection.")
                    .arg(m_endpoint.host),
                detail);
        }
        addresses.reset(std::exchange(lookup->result, nullptr));
    }

    int lastError = 0;
    for (addrinfo *address = addresses.get(); address; address = address->ai_next) {
        const int fd = ::socket(
            address->ai_family, address->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, address->ai_protocol);
        if (fd < 0) {
            lastError = errno;
            continue;
        }
        int rc = ::connect(fd, address->ai_addr, address->ai_addrlen);
        if (rc != 0 && errno != EINPROGRESS) {
            lastError = errno;
            ::close(fd);
            continue;
        }
        while (rc != 0) {
            if (isCancelled() || deadline.hasExpired()) {
                ::close(fd);
                return isCancelled() ? cancelled() : timedOut(Phase::Connect, timeout);
            }
            pollfd pfd { fd, POLLOUT, 0 };
            const int ready = ::poll(&pfd, 1, sliceMs(deadline));
            if (ready > 0) {
                int socketError = 0;
                socklen_t length = sizeof(socketError);
                ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &socketError, &length);
                rc = socketError == 0 ? 0 : -1;
                if (rc != 0) {
                    lastError = socketError;
                    break;
                }
            } else if (ready < 0 && errno != EINTR) {
                lastError = errno;
                break;
            }
        }
        if (rc != 0) {
            ::close(fd);
            continue;
        }
        // SSH exchanges small packets in lock step; Nagle's algorithm would only add latency.
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
        m_socket = fd;
        return {};
    }

    const QString detail = QString::fromLocal8Bit(std::strerror(lastError));
    if (lastError == ECONNREFUSED)
        return SshError::make(SshErrorKind::ConnectionRefused,
            tr("%1 refused the connection on port %2; check the port number and that the SSH "
               "server is running.")
                .arg(m_endpoint.host)
                .arg(m_endpoint.port),
            detail);
    if (lastError == ETIMEDOUT)
        return timedOut(Phase::Connect, timeout);
    return SshError::make(SshErrorKind::NetworkError,
        tr("%1 could not be reached (%2); check the network connection and the address.")
            .arg(m_endpoint.host, detail),
        detail);
}

SshError SshSession::handshake(
    const HostKeyPolicy &policy, const QDeadlineTimer &deadline, std::chrono::milliseconds timeout)
{
    m_session = libssh2_session_init_ex(&wipingAlloc, &wipingFree, &wipingRealloc, this);
    if (!m_session)
        return SshError::make(SshErrorKind::ProtocolError,
            tr("Out of memory while connecting to %1; close other programs and try again.")
                .arg(m_endpoint.host));
    libssh2_session_set_blocking(m_session, 0);
    libssh2_session_method_pref(m_session, LIBSSH2_METHOD_HOSTKEY, kHostKeyPreference);
    if (m_keepaliveSeconds > 0)
        libssh2_keepalive_config(m_session, 1, static_cast<unsigned>(m_keepaliveSeconds));

    int rc = 0;
    while ((rc = libssh2_session_handshake(m_session, m_socket)) == LIBSSH2_ERROR_EAGAIN) {
        SshError error = waitSocket(deadline, Phase::Connect, timeout);
        if (!error.ok())
            return error;
    }
    if (rc != 0)
        return failure(rc, Phase::Connect);

    size_t length = 0;
    int type = 0;
    const char *blob = libssh2_session_hostkey(m_session, &length, &type);
    if (blob && length > 0)
        m_hostKey = SshHostKey::fromBlob(QByteArray(blob, static_cast<qsizetype>(length)));

    SshError error;
    error.hostKey = m_hostKey;
    switch (policy.check(m_hostKey)) {
    case HostKeyPolicy::Verdict::Trusted:
        return {};
    case HostKeyPolicy::Verdict::Unknown:
        error.kind = SshErrorKind::HostKeyUnknown;
        error.message
            = tr("%1 presented a %2 host key with the fingerprint %3; confirm that it is the server's key "
                 "before trusting it.")
                  .arg(m_endpoint.host, m_hostKey.type(), m_hostKey.fingerprintSha256());
        break;
    case HostKeyPolicy::Verdict::Changed:
        error.kind = SshErrorKind::HostKeyChanged;
        error.message
            = tr("The host key of %1 changed; if you rebuilt the server, re-trust it in the server's "
                 "settings, otherwise someone may be intercepting the connection.")
                  .arg(m_endpoint.host);
        error.detail = QStringLiteral("pinned %1 %2, presented %3 %4")
                           .arg(policy.pinnedKey().type(), policy.pinnedKey().fingerprintSha256(),
                               m_hostKey.type(), m_hostKey.fingerprintSha256());
        break;
    case HostKeyPolicy::Verdict::FingerprintMismatch:
        error.kind = SshErrorKind::HostKeyChanged;
        error.message
            = tr("The host key of %1 (%2) does not match the fingerprint you gave; check the fingerprint "
                 "with the server's administrator, someone may be intercepting the connection.")
                  .arg(m_endpoint.host, m_hostKey.fingerprintSha256());
        error.detail
            = QStringLiteral("expected %1, presented %2 %3")
                  .arg(policy.expectedFingerprint(), m_hostKey.type(), m_hostKey.fingerprintSha256());
        break;
    }
    return error;
}

SshError SshSession::authenticateWithKey(const SshKey &key, std::chrono::milliseconds timeout)
{
    if (!m_session)
        return notConnected();
    if (key.isNull())
        return SshError::make(SshErrorKind::AuthenticationRefused,
            tr("No SSH key was given for %1; choose a key in the server's settings.").arg(m_endpoint.host));
    // libssh2 1.10 runs strlen() over the key text although it takes a length: keep a NUL after it.
    WipedBuffer privateKey(key.toOpenSshPrivateKey().view());
    privateKey.append('\0');
    const size_t privateKeyLength = static_cast<size_t>(privateKey.size() - 1);
    // "type base64" without the comment: libssh2 only needs the blob.
    const QByteArray publicKey = key.typeName().toLatin1() + ' ' + key.publicKeyBlob().toBase64();
    const QByteArray user = m_endpoint.user.toUtf8();
    const QDeadlineTimer deadline = deadlineFor(timeout);
    int rc = 0;
    while ((rc = libssh2_userauth_publickey_frommemory(m_session, user.constData(),
                static_cast<size_t>(user.size()), publicKey.constData(),
                static_cast<size_t>(publicKey.size()), privateKey.constData(), privateKeyLength, nullptr))
        == LIBSSH2_ERROR_EAGAIN) {
        SshError error = waitSocket(deadline, Phase::Authenticate, timeout);
        if (!error.ok())
            return error;
    }
    if (rc == 0) {
        m_authenticated = true;
        return {};
    }
    if (rc == LIBSSH2_ERROR_AUTHENTICATION_FAILED || rc == LIBSSH2_ERROR_PUBLICKEY_UNVERIFIED) {
        if (key.type() == SshKey::Type::Rsa)
            return SshError::make(SshErrorKind::AuthenticationRefused,
                tr("%1 refused the RSA key for %2, most likely because this SSH library (libssh2 "
                   "1.10) can only sign RSA keys with SHA-1, which OpenSSH 8.8 and later refuse by "
                   "default; use an Ed25519 key for this server instead.")
                    .arg(m_endpoint.host, m_endpoint.user),
                libssh2Message(rc));
        return SshError::make(SshErrorKind::AuthenticationRefused,
            tr("%1 refused the key %2 for user %3; add Cairn's public key to that user's "
               "authorized_keys on the server.")
                .arg(m_endpoint.host, key.fingerprintSha256(), m_endpoint.user),
            libssh2Message(rc));
    }
    return failure(rc, Phase::Authenticate);
}

SshError SshSession::authenticateWithPassword(SecureBytes password, std::chrono::milliseconds timeout)
{
    if (!m_session)
        return notConnected();
    const QByteArray user = m_endpoint.user.toUtf8();
    const QDeadlineTimer deadline = deadlineFor(timeout);

    char *methods = nullptr;
    for (;;) {
        methods = libssh2_userauth_list(m_session, user.constData(), static_cast<unsigned>(user.size()));
        if (methods || libssh2_session_last_errno(m_session) != LIBSSH2_ERROR_EAGAIN)
            break;
        SshError error = waitSocket(deadline, Phase::Authenticate, timeout);
        if (!error.ok())
            return error;
    }
    if (!methods) {
        if (libssh2_userauth_authenticated(m_session)) {
            m_authenticated = true;
            return {};
        }
        return failure(libssh2_session_last_errno(m_session), Phase::Authenticate);
    }
    const QByteArray list(methods);
    const auto offers = [&list](QByteArrayView method) { return list.split(',').contains(method); };

    int rc = LIBSSH2_ERROR_AUTHENTICATION_FAILED;
    if (offers("password")) {
        while ((rc = libssh2_userauth_password_ex(m_session, user.constData(),
                    static_cast<unsigned>(user.size()), password.data(),
                    static_cast<unsigned>(password.size()), nullptr))
            == LIBSSH2_ERROR_EAGAIN) {
            SshError error = waitSocket(deadline, Phase::Authenticate, timeout);
            if (!error.ok())
                return error;
        }
    } else if (offers("keyboard-interactive")) {
        m_password = &password;
        while ((rc = libssh2_userauth_keyboard_interactive_ex(m_session, user.constData(),
                    static_cast<unsigned>(user.size()), &SshSessionCallbacks::keyboardInteractive))
            == LIBSSH2_ERROR_EAGAIN) {
            SshError error = waitSocket(deadline, Phase::Authenticate, timeout);
            if (!error.ok()) {
                m_password = nullptr;
                return error;
            }
        }
        m_password = nullptr;
    } else {
        return SshError::make(SshErrorKind::AuthenticationRefused,
            tr("%1 does not accept password logins for %2; add Cairn's public key to "
               "authorized_keys by hand instead.")
                .arg(m_endpoint.host, m_endpoint.user),
            QStringLiteral("offered methods: %1").arg(escapeUntrustedText(list, 200)));
    }
    if (rc == 0) {
        m_authenticated = true;
        return {};
    }
    if (rc == LIBSSH2_ERROR_AUTHENTICATION_FAILED || rc == LIBSSH2_ERROR_PASSWORD_EXPIRED)
        return SshError::make(SshErrorKind::AuthenticationRefused,
            rc == LIBSSH2_ERROR_PASSWORD_EXPIRED
                ? tr("The password of %1 on %2 has expired; log in once with another SSH client to "
                     "change it.")
                      .arg(m_endpoint.user, m_endpoint.host)
                : tr("%1 refused the password for %2; check the user name and the password.")
                      .arg(m_endpoint.host, m_endpoint.user),
            libssh2Message(rc));
    return failure(rc, Phase::Authenticate);
}

std::unique_ptr<SshChannel> SshSession::openExec(
    QByteArrayView command, SshError &error, std::chrono::milliseconds timeout)
{
    error = {};
    if (!m_session || !m_authenticated) {
        error = notConnected();
        return nullptr;
    }
    const QDeadlineTimer deadline = deadlineFor(timeout);
    LIBSSH2_CHANNEL *channel = nullptr;
    while (!(channel = libssh2_channel_open_session(m_session))) {
        const int rc = libssh2_session_last_errno(m_session);
        if (rc != LIBSSH2_ERROR_EAGAIN) {
            error = failure(rc, Phase::Command);
            return nullptr;
        }
        error = waitSocket(deadline, Phase::Command, timeout);
        if (!error.ok())
            return nullptr;
    }
    // From here the channel is owned, so every early return frees it.
    std::unique_ptr<SshChannel> owned(new SshChannel(*this, channel));
    int rc = 0;
    while ((rc = libssh2_channel_process_startup(
                channel, "exec", 4, command.data(), static_cast<unsigned>(command.size())))
        == LIBSSH2_ERROR_EAGAIN) {
        error = waitSocket(deadline, Phase::Command, timeout);
        if (!error.ok())
            return nullptr;
    }
    if (rc != 0) {
        error = failure(rc, Phase::Command);
        return nullptr;
    }
    return owned;
}

SshExecResult SshSession::exec(QByteArrayView command, const SshExecOptions &options)
{
    SshExecResult result;
    std::unique_ptr<SshChannel> channel = openExec(command, result.error);
    if (!channel)
        return result;
    channel->setStdoutHandler(options.onStdout);
    channel->setStderrHandler(options.onStderr);
    channel->writeStdin(options.stdinData);
    channel->closeStdin();
    return channel->run(options.timeout);
}

SshError SshSession::sendKeepalive()
{
    if (!m_session)
        return notConnected();
    int next = 0;
    const int rc = libssh2_keepalive_send(m_session, &next);
    if (rc != 0 && rc != LIBSSH2_ERROR_EAGAIN)
        return failure(rc, Phase::Command);
    return {};
}

} // namespace cairn

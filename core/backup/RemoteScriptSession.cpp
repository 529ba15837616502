#include "backup/RemoteScriptSession.h"

#include "backup/BackupRun.h"
#include "backup/BackupScript.h"
#include "ssh/SshKey.h"

#include <chrono>

namespace cairn {

namespace {

constexpr qsizetype kStderrTailBytes = 2048;
constexpr qsizetype kMaxRemoteDetailBytes = 600;
constexpr qsizetype kMaxStderrLineBytes = 500;
// A partial stderr line longer than this is dropped, not logged.
constexpr qsizetype kMaxPendingStderrBytes = 4096;

} // namespace

RemoteScriptSession::RemoteScriptSession(const std::atomic_bool &cancel,
    const std::atomic<qint64> &cancelAtMs, const Limits &limits, Callbacks callbacks)
    : m_cancel(cancel)
    , m_cancelAtMs(cancelAtMs)
    , m_limits(limits)
    , m_callbacks(std::move(callbacks))
    , m_lastOutputMs(nowMs())
{ }

RemoteScriptSession::~RemoteScriptSession()
{
    stopWatchdog();
}

qint64 RemoteScriptSession::nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void RemoteScriptSession::startWatchdog()
{
    if (!m_watchdog.joinable())
        m_watchdog = std::thread([this] { watchdog(); });
}

void RemoteScriptSession::stopWatchdog()
{
    if (!m_watchdog.joinable())
        return;
    m_watchdogStop = true;
    m_watchdog.join();
}

void RemoteScriptSession::watchdog()
{
    while (!m_watchdogStop.load()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        const qint64 now = nowMs();
        if (m_cancel.load()) {
            // Outside the script a cancel cuts through at once; inside, the script gets its grace
            // period to stop its pipeline and remove its temp folder.
            if (!m_scriptRunning.load() || now - m_cancelAtMs.load() > m_limits.cancelGraceMs)
                m_abortSession = true;
        }
        if (m_scriptRunning.load() && now - m_lastOutputMs.load() > m_limits.idleTimeoutMs) {
            m_idleAbort = true;
            m_abortSession = true;
        }
    }
}

bool RemoteScriptSession::connect(
    const SshEndpoint &endpoint, const SshHostKey &hostKey, SecureBytes &privateKey)
{
    m_ssh = std::make_unique<SshSession>(&m_abortSession);
    SshError error = m_ssh->connect(endpoint, HostKeyPolicy::pinned(hostKey));
    if (error.ok()) {
        SshKey::ImportResult key = SshKey::importPrivateKey(privateKey.view());
        privateKey.clear();
        if (!key.ok()) {
            fail(m_callbacks.keyUnreadable(key.message));
            return false;
        }
        error = m_ssh->authenticateWithKey(key.key);
    }
    if (!error.ok()) {
        if (error.kind != SshErrorKind::Cancelled)
            fail(error.message);
        return false;
    }
    return true;
}

std::optional<SshExecResult> RemoteScriptSession::runScript(QByteArrayView script)
{
    SshError error;
    std::unique_ptr<SshChannel> channel = m_ssh->openExec(BackupScript::command(), error);
    if (!channel) {
        if (error.kind != SshErrorKind::Cancelled)
            fail(error.message);
        return std::nullopt;
    }
    m_channel = channel.get();
    m_channel->setStdoutHandler([this](QByteArrayView data) { onStdout(data); });
    m_channel->setStderrHandler([this](QByteArrayView data) { onStderr(data); });
    m_channel->writeStdin(script);
    m_lastOutputMs = nowMs();
    m_scriptRunning = true;
    SshExecResult result = m_channel->run();
    m_scriptRunning = false;
    m_channel = nullptr;
    channel.reset();
    m_stderrTail = result.stderrTail;
    return result;
}

void RemoteScriptSession::write(QByteArrayView data)
{
    if (m_channel)
        m_channel->writeStdin(data);
}

void RemoteScriptSession::stop()
{
    if (m_channel && !m_stopSent) {
        m_stopSent = true;
        m_channel->writeStdin("STOP\n");
    }
}

void RemoteScriptSession::fail(const QString &sentence)
{
    if (m_failure.isEmpty()) {
        m_failure = sentence;
        m_callbacks.log(sentence, QStringLiteral("error"));
    }
    stop();
}

QString RemoteScriptSession::remoteDetail() const
{
    return BackupRun::sanitizeHostText(m_remoteDetail, m_callbacks.secrets(), kMaxRemoteDetailBytes, false);
}

QString RemoteScriptSession::stderrDetail() const
{
    return BackupRun::sanitizeHostText(m_stderrTail, m_callbacks.secrets(), kStderrTailBytes);
}

void RemoteScriptSession::onStdout(QByteArrayView data)
{
    m_lastOutputMs = nowMs();
    if (m_cancel.load())
        stop();
    m_lineBuffer.append(data);
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_lineBuffer.indexOf('\n', start);
        if (newline < 0)
            break;
        const QByteArrayView line = QByteArrayView(m_lineBuffer).sliced(start, newline - start);
        start = newline + 1;
        if (m_stopSent && !line.startsWith("FAIL"))
            continue; // stopping: only the script's last word matters
        const RemoteMessage message = RemoteMessage::parse(line);
        if (message.type == RemoteMessage::Type::Fail) {
            if (m_remoteCode.isEmpty()) {
                m_remoteCode = message.token;
                m_remoteDetail = message.text;
            }
            continue;
        }
        m_callbacks.message(message);
    }
    m_lineBuffer.remove(0, start);
    if (m_lineBuffer.size() > RemoteMessage::kMaxLineBytes) {
        m_lineBuffer.clear();
        m_callbacks.lineTooLong();
    }
}

void RemoteScriptSession::onStderr(QByteArrayView data)
{
    m_lastOutputMs = nowMs();
    // Whole lines go to the log, escaped, up to a limit; the tail is kept by the channel.
    m_stderrLine.append(data);
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_stderrLine.indexOf('\n', start);
        if (newline < 0)
            break;
        if (m_stderrLines++ < m_limits.maxLoggedStderrLines)
            m_callbacks.log(
                BackupRun::sanitizeHostText(QByteArrayView(m_stderrLine).sliced(start, newline - start),
                    m_callbacks.secrets(), kMaxStderrLineBytes, false),
                QStringLiteral("log"));
        start = newline + 1;
    }
    m_stderrLine.remove(0, start);
    if (m_stderrLine.size() > kMaxPendingStderrBytes)
        m_stderrLine.clear();
}

} // namespace cairn

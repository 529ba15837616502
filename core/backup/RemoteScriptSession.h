#pragma once
// One remote script (backup.sh or restore.sh) on one server, for BackupConversation and
// RestoreRun: the SSH connection with the pinned host key, the exec channel that is fed the
// script on stdin, stdout split into RemoteMessage lines, stderr logged line by line (escaped,
// secrets redacted) with its tail kept, the script's FAIL code and detail, the watchdog that makes
// the session's waits give up when the host goes quiet or a cancel's grace period is over, STOP,
// and the first failure. The caller keeps its own protocol and every sentence a person reads (in
// its own tr() context, so translations stay where they are) and is told through Callbacks.

#include "backup/RemoteMessage.h"
#include "secrets/SecureBytes.h"
#include "ssh/SshExecResult.h"
#include "ssh/SshSession.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <thread>

namespace cairn {

class RemoteScriptSession final {
public:
    struct Callbacks {
        // Every stdout line but FAIL (kept here, see remoteCode()); none after STOP.
        std::function<void(const RemoteMessage &message)> message;
        // Stderr lines (kind "log") and the first failure's sentence (kind "error").
        std::function<void(const QString &line, const QString &kind)> log;
        // The secrets that must never reach a log line; called for every line, as they change.
        std::function<QList<QByteArrayView>()> secrets;
        // A stdout line longer than RemoteMessage::kMaxLineBytes: the caller says so with fail().
        std::function<void()> lineTooLong;
        // The sentence for an SSH key the keychain handed over but that does not parse.
        std::function<QString(const QString &reason)> keyUnreadable;
    };

    struct Limits {
        // No output for this long while the script runs aborts the session.
        qint64 idleTimeoutMs = 0;
        // After a cancel the script gets this long to stop and clean up before the session aborts.
        qint64 cancelGraceMs = 0;
        int maxLoggedStderrLines = 100;
    };

    // cancel and cancelAtMs (the run's, when cancel was first set) must outlive the session.
    RemoteScriptSession(const std::atomic_bool &cancel, const std::atomic<qint64> &cancelAtMs,
        const Limits &limits, Callbacks callbacks);
    ~RemoteScriptSession();
    RemoteScriptSession(const RemoteScriptSession &) = delete;
    RemoteScriptSession &operator=(const RemoteScriptSession &) = delete;

    // The watchdog thread; started before the first wait the run may need to cut short.
    void startWatchdog();
    void stopWatchdog();

    // Connects with the pinned host key and logs in with privateKey, which is wiped. False on
    // failure (reported through fail()) or cancel.
    bool connect(const SshEndpoint &endpoint, const SshHostKey &hostKey, SecureBytes &privateKey);
    // The connected session, for other commands on it (the preflight probe); only after connect().
    SshSession &ssh() { return *m_ssh; }
    void disconnect() { m_ssh.reset(); }

    // Starts the script and pumps its channel until it ends. nullopt when the channel did not open
    // (the failure is reported, unless cancelled).
    std::optional<SshExecResult> runScript(QByteArrayView script);
    // To the script's stdin while it runs (from the callbacks).
    void write(QByteArrayView data);
    // Asks the script to stop (STOP on stdin), once.
    void stop();

    // First failure wins: its sentence is kept and logged, later ones are dropped; stops the script.
    void fail(const QString &sentence);
    const QString &failure() const { return m_failure; }
    bool idleAborted() const { return m_idleAbort.load(); }
    // The script's FAIL line: its code, and its detail escaped and redacted for a sentence.
    const QByteArray &remoteCode() const { return m_remoteCode; }
    QString remoteDetail() const;
    // The tail of the script's stderr, escaped and redacted, for the result's detail.
    QString stderrDetail() const;

    static qint64 nowMs();

private:
    void onStdout(QByteArrayView data);
    void onStderr(QByteArrayView data);
    void watchdog();

    const std::atomic_bool &m_cancel;
    const std::atomic<qint64> &m_cancelAtMs;
    const Limits m_limits;
    const Callbacks m_callbacks;

    // Set by the watchdog thread: the session aborts its waits within ~100 ms.
    std::atomic_bool m_abortSession { false };
    std::atomic_bool m_idleAbort { false };
    std::atomic_bool m_scriptRunning { false };
    std::atomic<qint64> m_lastOutputMs { 0 };
    std::atomic_bool m_watchdogStop { false };
    std::thread m_watchdog;

    std::unique_ptr<SshSession> m_ssh;
    SshChannel *m_channel = nullptr;
    QString m_failure;
    QByteArray m_lineBuffer;
    QByteArray m_stderrLine;
    int m_stderrLines = 0;
    bool m_stopSent = false;
    QByteArray m_remoteCode;
    QByteArray m_remoteDetail;
    QByteArray m_stderrTail;
};

} // namespace cairn

#pragma once
// "Add server" end to end, for the wizard and for `cairn-cli server add` alike:
//
//   validate input -> prepare the key (the client's default key is created on first need; the
//   private key is read from the keychain before any network step) -> connect (first contact
//   shows the host key for confirmation, or checks the fingerprint given up front) -> install the
//   key with a password used once, or wait until the person has pasted the line -> log in with
//   the key -> preflight -> save.
//
// Every network step runs on a worker thread (runInBackground) with the shared cancel flag;
// keychain jobs and the final save run in the thread that owns the ServerSetup, which needs an
// event loop. Nothing is written to the database before the last step: a failure or a cancel at
// any point leaves no server behind. One ServerSetup runs one attempt; start a new one to retry
// (passing the fingerprint the person already confirmed).

#include "secrets/SecureBytes.h"
#include "ssh/PreflightReport.h"
#include "ssh/SshError.h"
#include "ssh/SshHostKey.h"
#include "store/Database.h"
#include "store/SshKeyRepository.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace cairn {

class SshKeyService;
class SshSession;

enum class ServerSetupStep {
    Validate,
    PrepareKey,
    Connect,
    ConfirmHostKey,
    Access,
    InstallKey,
    VerifyLogin,
    Preflight,
    ConfirmSave,
    Save,
    Done
};

struct ServerSetupRequest {
    enum class HostKeyCheck {
        // Stop at first contact and emit hostKeySeen(); confirmHostKey() goes on.
        Confirm,
        // Go on only when the server presents the key with expectedFingerprint.
        ExpectFingerprint,
        // Trust whatever key the server presents (cairn-cli --accept-new-host-key).
        AcceptNew,
    };
    enum class Access {
        // Emit accessNeeded() and wait for installKeyWithPassword() or keyInstalled().
        AskLater,
        // Log in once with password, add the key to ~/.ssh/authorized_keys, wipe the password.
        InstallWithPassword,
        // The person has added the line already: log in with the key.
        KeyInstalled,
    };

    qint64 clientId = 0;
    QString name;
    QString host;
    int port = 22;
    QString user;
    // 0: the client's default key ("Cairn key for <client>"), created on first need.
    qint64 keyId = 0;
    HostKeyCheck hostKeyCheck = HostKeyCheck::Confirm;
    QString expectedFingerprint;
    Access access = Access::AskLater;
    SecureBytes password;
    // false: after the preflight, wait for save() (the wizard shows the checklist first).
    bool saveWhenReady = true;
};

struct ServerSetupResult {
    enum class Outcome { Saved, Failed, Cancelled };
    Outcome outcome = Outcome::Failed;
    // Where it ended: the step that failed, or Done.
    ServerSetupStep step = ServerSetupStep::Validate;
    SshErrorKind errorKind = SshErrorKind::None;
    // One sentence for a person; empty when saved.
    QString message;
    // Technical detail for a log; never a secret.
    QString detail;
    qint64 serverId = 0;
    SshKeyRecord key;
    SshHostKey hostKey;
    // "restrict ssh-ed25519 AAAA... comment": the line for authorized_keys.
    QString authorizedKeysLine;
    PreflightReport preflight;
    bool ok() const { return outcome == Outcome::Saved; }
};

class ServerSetup final : public QObject {
    Q_OBJECT

public:
    ServerSetup(std::shared_ptr<Database> database, SshKeyService *keys, QObject *parent = nullptr);
    // Stops the worker (it notices within 100 ms) and drops its result.
    ~ServerSetup() override;

    void start(ServerSetupRequest request);
    // After hostKeySeen(): the person compared the fingerprint and trusts it.
    void confirmHostKey();
    // After accessNeeded(): the password is used for one login and wiped.
    void installKeyWithPassword(SecureBytes password);
    // After accessNeeded(): the person has pasted the line into authorized_keys.
    void keyInstalled();
    // After preflightFinished() when the request said saveWhenReady = false.
    void save();
    // After preflightFinished(): logs in again and repeats the preflight (tools were installed).
    void checkAgain();
    // Ends the attempt now with Outcome::Cancelled; a running network step stops within 100 ms.
    void cancel();

    bool isRunning() const { return m_started && !m_finished; }
    ServerSetupStep step() const { return m_step; }
    // The key the server presented (after the connect step).
    SshHostKey hostKey() const { return m_hostKey; }
    SshKeyRecord key() const { return m_key; }

    static QString stepName(ServerSetupStep step);

Q_SIGNALS:
    void progress(cairn::ServerSetupStep step, const QString &text);
    // First contact: awaiting confirmHostKey() (or cancel()).
    void hostKeySeen(const QString &type, const QString &fingerprint);
    // Awaiting installKeyWithPassword() or keyInstalled(); the line is what to paste by hand.
    void accessNeeded(const QString &authorizedKeysLine);
    void keyLoginVerified();
    void preflightFinished(const cairn::PreflightReport &report);
    // Exactly once per start().
    void finished(const cairn::ServerSetupResult &result);

private:
    struct Shared;

    QString validate() const;
    void prepareKey();
    void readKey();
    void connectToHost();
    void afterHostKey();
    void runAccess(ServerSetupRequest::Access access, SecureBytes password);
    void verifyLogin();
    void runPreflight(std::shared_ptr<SshSession> session);
    void saveServer();
    void enter(ServerSetupStep step, const QString &text);
    void fail(ServerSetupStep step, const SshError &error);
    void fail(ServerSetupStep step, const QString &message);
    void finish(ServerSetupResult result);
    QString target() const;

    std::shared_ptr<Database> m_database;
    SshKeyService *m_keys;
    std::shared_ptr<Shared> m_shared;
    ServerSetupRequest m_request;
    ServerSetupStep m_step = ServerSetupStep::Validate;
    bool m_started = false;
    bool m_finished = false;
    bool m_busy = false;
    SshKeyRecord m_key;
    SecureBytes m_privateKey;
    SshHostKey m_hostKey;
    PreflightReport m_report;
};

} // namespace cairn

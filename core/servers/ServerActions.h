#pragma once
// What happens to a saved server over the network, off the caller's thread like ServerSetup:
// test it (log in with its key, run the preflight), look at the host key it presents now,
// re-trust a changed host key after a deliberate check (audited), and remove it (optionally
// taking Cairn's key out of the server's authorized_keys first). One action at a time.

#include "ssh/AuthorizedKeys.h"
#include "ssh/PreflightReport.h"
#include "ssh/SshError.h"
#include "ssh/SshHostKey.h"
#include "store/Database.h"
#include "store/Records.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace cairn {

class SshKeyService;

struct ServerActionResult {
    enum class Outcome { Done, Failed, Cancelled };
    Outcome outcome = Outcome::Failed;
    SshErrorKind errorKind = SshErrorKind::None;
    // One sentence for a person when it failed; a caveat when it succeeded with one.
    QString message;
    QString detail;
    Server server;
    // test(): what the host offers.
    PreflightReport preflight;
    // The key the server presented (probeHostKey(), retrust(), and a changed key in test()).
    SshHostKey presentedKey;
    // retrust(): false when the server still presents the pinned key (nothing changed).
    bool hostKeyChanged = false;
    // remove(): what happened to Cairn's line in authorized_keys.
    AuthorizedKeys::Change keyChange = AuthorizedKeys::Change::None;
    bool ok() const { return outcome == Outcome::Done; }
};

class ServerActions final : public QObject {
    Q_OBJECT

public:
    ServerActions(std::shared_ptr<Database> database, SshKeyService *keys, QObject *parent = nullptr);
    ~ServerActions() override;

    void test(qint64 serverId);
    void probeHostKey(qint64 serverId);
    // fingerprint: "SHA256:..." the person checked on the server itself.
    void retrust(qint64 serverId, const QString &fingerprint);
    void remove(qint64 serverId, bool removeKeyFromHost);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const QString &text);
    void finished(const cairn::ServerActionResult &result);

private:
    struct Shared;
    bool begin(qint64 serverId, Server *server);
    void finish(ServerActionResult result);
    void fail(const Server &server, const SshError &error);
    void fail(const Server &server, const QString &message);
    void removeRow(const Server &server, AuthorizedKeys::Change change, const QString &caveat);

    std::shared_ptr<Database> m_database;
    SshKeyService *m_keys;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
};

} // namespace cairn

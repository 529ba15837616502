#include "servers/ServerActions.h"

#include "security/AuditLog.h"
#include "servers/Background.h"
#include "servers/PreflightJson.h"
#include "servers/SshKeyService.h"
#include "ssh/HostKeyPolicy.h"
#include "ssh/PreflightProbe.h"
#include "ssh/SshFingerprint.h"
#include "ssh/SshKey.h"
#include "ssh/SshSession.h"
#include "store/ServerRepository.h"

#include <QTimer>

namespace cairn {

struct ServerActions::Shared {
    std::atomic_bool cancel { false };
};

namespace {

SshEndpoint endpointOf(const Server &server)
{
    return { server.host, server.port, server.username };
}

SshHostKey pinnedKeyOf(const Server &server)
{
    SshHostKey key = SshHostKey::fromBlob(server.hostKey);
    return key;
}

struct Outcome {
    SshError error;
    PreflightReport report;
    SshHostKey presented;
    AuthorizedKeys::Change change = AuthorizedKeys::Change::None;
};

// Connects with the pinned key and logs in with Cairn's key; the session is ready on success.
SshError login(SshSession &session, const Server &server, const SecureBytes &keyBytes, Outcome &outcome)
{
    SshKey::ImportResult imported = SshKey::importPrivateKey(keyBytes.view());
    if (!imported.ok())
        return SshError::make(SshErrorKind::InvalidInput,
            ServerActions::tr("The private key in the keychain cannot be read; give the server a new key."));
    SshError error = session.connect(endpointOf(server), HostKeyPolicy::pinned(pinnedKeyOf(server)));
    outcome.presented = session.hostKey();
    if (error.ok())
        error = session.authenticateWithKey(imported.key);
    return error;
}

} // namespace

ServerActions::ServerActions(std::shared_ptr<Database> database, SshKeyService *keys, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_keys(keys), m_shared(std::make_shared<Shared>())
{ }

ServerActions::~ServerActions()
{
    m_shared->cancel = true;
}

bool ServerActions::begin(qint64 serverId, Server *server)
{
    if (m_running)
        return false;
    m_running = true;
    // A fresh flag per action: an earlier cancel must not stop this one.
    m_shared = std::make_shared<Shared>();
    const auto found = ServerRepository(m_database).findById(serverId);
    if (!found) {
        QTimer::singleShot(
            0, this, [this] { fail(Server(), tr("That server no longer exists; refresh the list.")); });
        return false;
    }
    *server = *found;
    return true;
}

// By value: every caller moves its result in.
// cppcheck-suppress passedByValue
void ServerActions::finish(ServerActionResult result)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(result);
}

void ServerActions::fail(const Server &server, const SshError &error)
{
    ServerActionResult result;
    result.outcome = error.kind == SshErrorKind::Cancelled ? ServerActionResult::Outcome::Cancelled
                                                           : ServerActionResult::Outcome::Failed;
    result.errorKind = error.kind;
    result.message = error.message;
    result.detail = error.detail;
    result.server = server;
    result.presentedKey = error.hostKey;
    finish(std::move(result));
}

void ServerActions::fail(const Server &server, const QString &message)
{
    fail(server, SshError::make(SshErrorKind::InvalidInput, message));
}

void ServerActions::cancel()
{
    if (!m_running)
        return;
    m_shared->cancel = true;
    ServerActionResult result;
    result.outcome = ServerActionResult::Outcome::Cancelled;
    result.errorKind = SshErrorKind::Cancelled;
    result.message = tr("Cancelled; nothing was changed.");
    finish(std::move(result));
}

void ServerActions::test(qint64 serverId)
{
    Server server;
    if (!begin(serverId, &server))
        return;
    if (server.hostKey.isEmpty()) {
        QTimer::singleShot(0, this, [this, server] {
            fail(server,
                tr("Cairn has no trusted host key for %1; re-trust its host key first.").arg(server.name));
        });
        return;
    }
    Q_EMIT progress(tr("Reading Cairn's key from the keychain…"));
    auto shared = m_shared;
    m_keys->readPrivateKey(server.sshKeyId, [this, server, shared](SecureBytes key, const QString &error) {
        if (!m_running || shared != m_shared)
            return;
        if (!error.isEmpty())
            return fail(server, error);
        Q_EMIT progress(tr("Logging in to %1 and checking its tools…").arg(server.host));
        runInBackground(
            this,
            [shared, server, keyBytes = std::move(key)]() mutable {
                const SecureBytes ownKey = std::move(keyBytes);
                Outcome outcome;
                SshSession session(&shared->cancel);
                outcome.error = login(session, server, ownKey, outcome);
                if (outcome.error.ok())
                    outcome.report = PreflightProbe::run(session, outcome.error);
                return outcome;
            },
            [this, server, shared](Outcome outcome) {
                if (!m_running || shared != m_shared)
                    return;
                if (!outcome.error.ok() && !outcome.report.isComplete())
                    return fail(server, outcome.error);
                ServerRepository(m_database).setPreflight(server.id, PreflightJson::toText(outcome.report));
                ServerActionResult result;
                result.outcome = ServerActionResult::Outcome::Done;
                result.server = server;
                result.preflight = outcome.report;
                result.presentedKey = outcome.presented;
                finish(std::move(result));
            });
    });
}

void ServerActions::probeHostKey(qint64 serverId)
{
    Server server;
    if (!begin(serverId, &server))
        return;
    Q_EMIT progress(tr("Connecting to %1 on port %2…").arg(server.host).arg(server.port));
    auto shared = m_shared;
    runInBackground(
        this,
        [shared, server] {
            Outcome outcome;
            SshSession session(&shared->cancel);
            outcome.error = session.connect(endpointOf(server), HostKeyPolicy::askFirst());
            outcome.presented = session.hostKey();
            return outcome;
        },
        [this, server, shared](Outcome outcome) {
            if (!m_running || shared != m_shared)
                return;
            if (outcome.presented.isNull())
                return fail(server, outcome.error);
            ServerActionResult result;
            result.outcome = ServerActionResult::Outcome::Done;
            result.server = server;
            result.presentedKey = outcome.presented;
            result.hostKeyChanged = outcome.presented != pinnedKeyOf(server);
            finish(std::move(result));
        });
}

void ServerActions::retrust(qint64 serverId, const QString &fingerprint)
{
    Server server;
    if (!begin(serverId, &server))
        return;
    const QString expected = normalizeSshFingerprint(fingerprint);
    if (expected.isEmpty()) {
        QTimer::singleShot(0, this, [this, server, fingerprint] {
            fail(server,
                tr("\"%1\" is not a SHA256 fingerprint; copy it as `ssh-keygen -lf` prints it on the server, "
                   "starting with SHA256:.")
                    .arg(fingerprint.left(80)));
        });
        return;
    }
    Q_EMIT progress(tr("Connecting to %1 to check its host key…").arg(server.host));
    auto shared = m_shared;
    runInBackground(
        this,
        [shared, server, expected] {
            Outcome outcome;
            SshSession session(&shared->cancel);
            outcome.error = session.connect(endpointOf(server), HostKeyPolicy::expectFingerprint(expected));
            outcome.presented = session.hostKey();
            return outcome;
        },
        [this, server, shared](Outcome outcome) {
            if (!m_running || shared != m_shared)
                return;
            if (!outcome.error.ok())
                return fail(server, outcome.error);
            const SshHostKey old = pinnedKeyOf(server);
            ServerActionResult result;
            result.server = server;
            result.presentedKey = outcome.presented;
            result.hostKeyChanged = outcome.presented != old;
            if (result.hostKeyChanged) {
                ServerRepository servers(m_database);
                if (StoreError error = servers.pinHostKey(server.id, outcome.presented.type(),
                        outcome.presented.blob(), outcome.presented.fingerprintSha256()))
                    return fail(server, error.message);
                // A deliberate act that changes whom Cairn talks to: always on the record.
                AuditLog(m_database)
                    .append(QStringLiteral("hostkey.retrust"),
                        QStringLiteral("%1: %2 %3 -> %4 %5")
                            .arg(server.name, old.isNull() ? QStringLiteral("none") : old.type(),
                                old.isNull() ? QStringLiteral("-") : old.fingerprintSha256(),
                                outcome.presented.type(), outcome.presented.fingerprintSha256()),
                        QStringLiteral("ok"), server.clientId);
                if (const auto fresh = servers.findById(server.id))
                    result.server = *fresh;
            }
            result.outcome = ServerActionResult::Outcome::Done;
            finish(std::move(result));
        });
}

void ServerActions::remove(qint64 serverId, bool removeKeyFromHost)
{
    Server server;
    if (!begin(serverId, &server))
        return;
    const int jobs = ServerRepository(m_database).jobsUsing(server.id);
    if (jobs > 0) {
        QTimer::singleShot(0, this, [this, server, jobs] {
            fail(server,
                tr("The server \"%1\" is still backed up by %n job(s); remove the job(s) first.", nullptr,
                    jobs)
                    .arg(server.name));
        });
        return;
    }
    if (!removeKeyFromHost) {
        QTimer::singleShot(0, this, [this, server] { removeRow(server, AuthorizedKeys::Change::None, {}); });
        return;
    }
    // Another saved server logging in as the same user on the same host with the same key still
    // needs that line: leave it.
    for (const Server &other : ServerRepository(m_database).list(server.clientId)) {
        if (other.id != server.id && other.sshKeyId == server.sshKeyId && other.username == server.username
            && other.host.compare(server.host, Qt::CaseInsensitive) == 0) {
            const QString caveat = tr("Cairn's key stays in authorized_keys on %1 because the server \"%2\" "
                                      "logs in with it too.")
                                       .arg(server.host, other.name);
            QTimer::singleShot(
                0, this, [this, server, caveat] { removeRow(server, AuthorizedKeys::Change::None, caveat); });
            return;
        }
    }
    Q_EMIT progress(tr("Reading Cairn's key from the keychain…"));
    auto shared = m_shared;
    m_keys->readPrivateKey(server.sshKeyId, [this, server, shared](SecureBytes key, const QString &error) {
        if (!m_running || shared != m_shared)
            return;
        if (!error.isEmpty())
            return fail(server, error);
        Q_EMIT progress(tr("Removing Cairn's key from %1…").arg(server.host));
        runInBackground(
            this,
            [shared, server, keyBytes = std::move(key)]() mutable {
                const SecureBytes ownKey = std::move(keyBytes);
                Outcome outcome;
                SshSession session(&shared->cancel);
                outcome.error = login(session, server, ownKey, outcome);
                if (outcome.error.ok()) {
                    SshKey::ImportResult imported = SshKey::importPrivateKey(ownKey.view());
                    const AuthorizedKeys::Result removed
                        = AuthorizedKeys::remove(session, imported.key.publicKeyBlob());
                    outcome.error = removed.error;
                    outcome.change = removed.change;
                }
                return outcome;
            },
            [this, server, shared](Outcome outcome) {
                if (!m_running || shared != m_shared)
                    return;
                if (!outcome.error.ok()) {
                    SshError failure = outcome.error;
                    if (failure.kind != SshErrorKind::Cancelled)
                        failure.message
                            = tr("Cairn could not remove its key from %1 (%2); the server was kept, "
                                 "so remove it without taking the key off the server, or try again.")
                                  .arg(server.host, failure.message);
                    return fail(server, failure);
                }
                removeRow(server, outcome.change, {});
            });
    });
}

void ServerActions::removeRow(const Server &server, AuthorizedKeys::Change change, const QString &caveat)
{
    if (StoreError error = ServerRepository(m_database).remove(server.id))
        return fail(server, error.message);
    AuditLog(m_database)
        .append(QStringLiteral("server.remove"),
            change == AuthorizedKeys::Change::Removed
                ? QStringLiteral("%1 (key removed from %2)").arg(server.name, server.host)
                : server.name,
            QStringLiteral("ok"), server.clientId);
    ServerActionResult result;
    result.outcome = ServerActionResult::Outcome::Done;
    result.server = server;
    result.keyChange = change;
    result.message = caveat;
    finish(std::move(result));
}

} // namespace cairn

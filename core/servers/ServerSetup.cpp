#include "servers/ServerSetup.h"

#include "security/AuditLog.h"
#include "servers/Background.h"
#include "servers/PreflightJson.h"
#include "servers/SshKeyService.h"
#include "ssh/AuthorizedKeys.h"
#include "ssh/HostKeyPolicy.h"
#include "ssh/PreflightProbe.h"
#include "ssh/SshFingerprint.h"
#include "ssh/SshInputValidator.h"
#include "ssh/SshKey.h"
#include "ssh/SshSession.h"
#include "store/ClientRepository.h"
#include "store/ServerRepository.h"

#include <QTimer>

namespace cairn {

struct ServerSetup::Shared {
    std::atomic_bool cancel { false };
};

namespace {

struct ConnectOutcome {
    SshError error;
    SshHostKey presented;
};

struct LoginOutcome {
    SshError error;
    std::shared_ptr<SshSession> session;
};

struct PreflightOutcome {
    SshError error;
    PreflightReport report;
};

SshKey parseKey(const SecureBytes &bytes)
{
    SshKey::ImportResult imported = SshKey::importPrivateKey(bytes.view());
    return imported.ok() ? imported.key : SshKey();
}

SshError keyUnreadable()
{
    return SshError::make(SshErrorKind::InvalidInput,
        ServerSetup::tr(
            "The private key in the keychain cannot be read; generate a new key for this server."));
}

} // namespace

ServerSetup::ServerSetup(std::shared_ptr<Database> database, SshKeyService *keys, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_keys(keys), m_shared(std::make_shared<Shared>())
{ }

ServerSetup::~ServerSetup()
{
    m_shared->cancel = true;
}

QString ServerSetup::stepName(ServerSetupStep step)
{
    switch (step) {
    case ServerSetupStep::Validate:
        return QStringLiteral("validate");
    case ServerSetupStep::PrepareKey:
        return QStringLiteral("prepare-key");
    case ServerSetupStep::Connect:
        return QStringLiteral("connect");
    case ServerSetupStep::ConfirmHostKey:
        return QStringLiteral("confirm-host-key");
    case ServerSetupStep::Access:
        return QStringLiteral("access");
    case ServerSetupStep::InstallKey:
        return QStringLiteral("install-key");
    case ServerSetupStep::VerifyLogin:
        return QStringLiteral("verify-login");
    case ServerSetupStep::Preflight:
        return QStringLiteral("preflight");
    case ServerSetupStep::ConfirmSave:
        return QStringLiteral("confirm-save");
    case ServerSetupStep::Save:
        return QStringLiteral("save");
    case ServerSetupStep::Done:
        return QStringLiteral("done");
    }
    return QStringLiteral("unknown");
}

QString ServerSetup::target() const
{
    return m_request.host.trimmed();
}

void ServerSetup::enter(ServerSetupStep step, const QString &text)
{
    m_step = step;
    Q_EMIT progress(step, text);
}

void ServerSetup::fail(ServerSetupStep step, const SshError &error)
{
    ServerSetupResult result;
    result.outcome = error.kind == SshErrorKind::Cancelled ? ServerSetupResult::Outcome::Cancelled
                                                           : ServerSetupResult::Outcome::Failed;
    result.step = step;
    result.errorKind = error.kind;
    result.message = error.message;
    result.detail = error.detail;
    if (!error.hostKey.isNull())
        result.hostKey = error.hostKey;
    finish(std::move(result));
}

void ServerSetup::fail(ServerSetupStep step, const QString &message)
{
    fail(step, SshError::make(SshErrorKind::InvalidInput, message));
}

void ServerSetup::finish(ServerSetupResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_busy = false;
    m_step = result.ok() ? ServerSetupStep::Done : result.step;
    // The password and the private key are not needed any more, whatever happened.
    m_request.password.clear();
    m_privateKey.clear();
    if (result.hostKey.isNull())
        result.hostKey = m_hostKey;
    result.key = m_key;
    if (!m_key.publicKey.isEmpty())
        result.authorizedKeysLine = QStringLiteral("restrict ") + m_key.publicKey;
    if (result.preflight.checks().isEmpty())
        result.preflight = m_report;
    Q_EMIT finished(result);
}

void ServerSetup::cancel()
{
    if (!m_started || m_finished)
        return;
    m_shared->cancel = true;
    ServerSetupResult result;
    result.outcome = ServerSetupResult::Outcome::Cancelled;
    result.step = m_step;
    result.errorKind = SshErrorKind::Cancelled;
    result.message = tr("Adding the server was cancelled; nothing was saved.");
    finish(std::move(result));
}

QString ServerSetup::validate() const
{
    const ServerSetupRequest &r = m_request;
    if (!ClientRepository(m_database).findById(r.clientId))
        return tr("Choose the client this server belongs to.");
    QString problem = ServerRepository::validateName(r.name);
    if (problem.isEmpty() && ServerRepository(m_database).find(r.clientId, r.name))
        problem
            = tr("This client already has a server named \"%1\"; choose another name.").arg(r.name.trimmed());
    if (problem.isEmpty())
        problem = SshInputValidator::checkHost(r.host);
    if (problem.isEmpty())
        problem = SshInputValidator::checkPort(r.port);
    if (problem.isEmpty())
        problem = SshInputValidator::checkUser(r.user);
    if (problem.isEmpty() && r.hostKeyCheck == ServerSetupRequest::HostKeyCheck::ExpectFingerprint
        && normalizeSshFingerprint(r.expectedFingerprint).isEmpty())
        problem
            = tr("\"%1\" is not a SHA256 fingerprint; copy it as `ssh-keygen -lf` prints it on the server, "
                 "starting with SHA256:.")
                  .arg(r.expectedFingerprint.left(80));
    if (problem.isEmpty() && r.keyId != 0) {
        const auto key = SshKeyRepository(m_database).findById(r.keyId);
        if (!key || key->clientId != r.clientId)
            problem = tr("That key does not belong to this client; choose one of the client's keys.");
    }
    if (problem.isEmpty() && r.access == ServerSetupRequest::Access::InstallWithPassword
        && r.password.isEmpty())
        problem = tr("Type the password of %1 on the server, so Cairn can add its key once.").arg(r.user);
    return problem;
}

void ServerSetup::start(ServerSetupRequest request)
{
    if (m_started)
        return;
    m_started = true;
    m_request = std::move(request);
    m_request.name = m_request.name.trimmed();
    m_request.host = m_request.host.trimmed();
    enter(ServerSetupStep::Validate, tr("Checking what you typed…"));
    const QString problem = validate();
    if (!problem.isEmpty()) {
        // Reported from the event loop, like every other outcome: the caller's connects are in place.
        QTimer::singleShot(0, this, [this, problem] { fail(ServerSetupStep::Validate, problem); });
        return;
    }
    prepareKey();
}

void ServerSetup::prepareKey()
{
    m_busy = true;
    if (m_request.keyId != 0) {
        m_key = *SshKeyRepository(m_database).findById(m_request.keyId);
        enter(ServerSetupStep::PrepareKey, tr("Reading Cairn's key from the keychain…"));
        readKey();
        return;
    }
    const auto client = ClientRepository(m_database).findById(m_request.clientId);
    enter(ServerSetupStep::PrepareKey,
        tr("Preparing Cairn's key for %1…").arg(client ? client->name : QString()));
    m_keys->ensureDefaultKey(m_request.clientId, [this](const SshKeyService::Result &result) {
        if (m_finished)
            return;
        if (!result.ok())
            return fail(ServerSetupStep::PrepareKey, result.error);
        m_key = result.key;
        readKey();
    });
}

void ServerSetup::readKey()
{
    // The keychain is read here, before any worker starts; the bytes travel to it in SecureBytes.
    m_keys->readPrivateKey(m_key.id, [this](SecureBytes key, const QString &error) {
        if (m_finished)
            return;
        if (!error.isEmpty())
            return fail(ServerSetupStep::PrepareKey, error);
        m_privateKey = std::move(key);
        connectToHost();
    });
}

void ServerSetup::connectToHost()
{
    enter(ServerSetupStep::Connect, tr("Connecting to %1 on port %2…").arg(target()).arg(m_request.port));
    HostKeyPolicy policy;
    switch (m_request.hostKeyCheck) {
    case ServerSetupRequest::HostKeyCheck::Confirm:
        policy = HostKeyPolicy::askFirst();
        break;
    case ServerSetupRequest::HostKeyCheck::ExpectFingerprint:
        policy = HostKeyPolicy::expectFingerprint(m_request.expectedFingerprint);
        break;
    case ServerSetupRequest::HostKeyCheck::AcceptNew:
        policy = HostKeyPolicy::acceptNew();
        break;
    }
    const SshEndpoint endpoint { m_request.host, m_request.port, m_request.user };
    runInBackground(
        this,
        [shared = m_shared, endpoint, policy] {
            SshSession session(&shared->cancel);
            ConnectOutcome outcome;
            outcome.error = session.connect(endpoint, policy);
            outcome.presented = session.hostKey();
            return outcome;
        },
        [this](ConnectOutcome outcome) {
            if (m_finished)
                return;
            if (outcome.error.kind == SshErrorKind::HostKeyUnknown
                && m_request.hostKeyCheck == ServerSetupRequest::HostKeyCheck::Confirm
                && !outcome.presented.isNull()) {
                m_hostKey = outcome.presented;
                m_busy = false;
                enter(ServerSetupStep::ConfirmHostKey,
                    tr("Compare the server's fingerprint before Cairn trusts it."));
                Q_EMIT hostKeySeen(m_hostKey.type(), m_hostKey.fingerprintSha256());
                return;
            }
            if (!outcome.error.ok())
                return fail(ServerSetupStep::Connect, outcome.error);
            m_hostKey = outcome.presented;
            afterHostKey();
        });
}

void ServerSetup::confirmHostKey()
{
    if (m_finished || m_step != ServerSetupStep::ConfirmHostKey)
        return;
    afterHostKey();
}

void ServerSetup::afterHostKey()
{
    switch (m_request.access) {
    case ServerSetupRequest::Access::AskLater:
        m_busy = false;
        enter(ServerSetupStep::Access, tr("Choose how Cairn's key gets onto the server."));
        Q_EMIT accessNeeded(QStringLiteral("restrict ") + m_key.publicKey);
        return;
    case ServerSetupRequest::Access::InstallWithPassword:
        runAccess(ServerSetupRequest::Access::InstallWithPassword, std::move(m_request.password));
        return;
    case ServerSetupRequest::Access::KeyInstalled:
        runAccess(ServerSetupRequest::Access::KeyInstalled, SecureBytes());
        return;
    }
}

void ServerSetup::installKeyWithPassword(SecureBytes password)
{
    if (m_finished || m_busy || m_step != ServerSetupStep::Access)
        return;
    if (password.isEmpty()) {
        fail(ServerSetupStep::InstallKey,
            tr("Type the password of %1 on the server, so Cairn can add its key once.").arg(m_request.user));
        return;
    }
    runAccess(ServerSetupRequest::Access::InstallWithPassword, std::move(password));
}

void ServerSetup::keyInstalled()
{
    if (m_finished || m_busy || m_step != ServerSetupStep::Access)
        return;
    runAccess(ServerSetupRequest::Access::KeyInstalled, SecureBytes());
}

void ServerSetup::runAccess(ServerSetupRequest::Access access, SecureBytes password)
{
    m_busy = true;
    if (access != ServerSetupRequest::Access::InstallWithPassword) {
        verifyLogin();
        return;
    }
    enter(ServerSetupStep::InstallKey,
        tr("Logging in to %1 with the password to add Cairn's key…").arg(target()));
    const SshEndpoint endpoint { m_request.host, m_request.port, m_request.user };
    runInBackground(
        this,
        [shared = m_shared, endpoint, hostKey = m_hostKey, password = std::move(password),
            keyBytes = m_privateKey.clone()]() mutable {
            // Owned here so both are wiped when this step ends, whatever happens.
            SecureBytes ownPassword = std::move(password);
            const SecureBytes ownKey = std::move(keyBytes);
            const SshKey key = parseKey(ownKey);
            if (key.isNull())
                return AuthorizedKeys::Result { keyUnreadable(), AuthorizedKeys::Change::None };
            SshSession session(&shared->cancel);
            AuthorizedKeys::Result result;
            result.error = session.connect(endpoint, HostKeyPolicy::pinned(hostKey));
            if (result.ok())
                result.error = session.authenticateWithPassword(std::move(ownPassword));
            if (result.ok())
                result = AuthorizedKeys::install(session, key);
            return result;
        },
        [this](AuthorizedKeys::Result result) {
            if (m_finished)
                return;
            if (!result.ok())
                return fail(ServerSetupStep::InstallKey, result.error);
            verifyLogin();
        });
}

void ServerSetup::verifyLogin()
{
    const bool installedByUs = m_step == ServerSetupStep::InstallKey;
    enter(ServerSetupStep::VerifyLogin, tr("Logging in to %1 with Cairn's key…").arg(target()));
    const SshEndpoint endpoint { m_request.host, m_request.port, m_request.user };
    runInBackground(
        this,
        [shared = m_shared, endpoint, hostKey = m_hostKey, keyBytes = m_privateKey.clone(),
            installedByUs]() mutable {
            const SecureBytes ownKey = std::move(keyBytes);
            LoginOutcome outcome;
            const SshKey key = parseKey(ownKey);
            if (key.isNull()) {
                outcome.error = keyUnreadable();
                return outcome;
            }
            outcome.session = std::make_shared<SshSession>(&shared->cancel);
            outcome.error = outcome.session->connect(endpoint, HostKeyPolicy::pinned(hostKey));
            if (outcome.error.ok())
                outcome.error = outcome.session->authenticateWithKey(key);
            if (outcome.error.kind == SshErrorKind::AuthenticationRefused
                && key.type() == SshKey::Type::Ed25519) {
                outcome.error.message = installedByUs
                    ? ServerSetup::tr(
                        "The key was added to ~/.ssh/authorized_keys on %1, but the server still "
                        "refuses it; the server may read keys from another file "
                        "(AuthorizedKeysFile in sshd_config).")
                          .arg(endpoint.host)
                    : ServerSetup::tr("%1 does not accept Cairn's key for %2 yet; add the line shown to "
                                      "~/.ssh/authorized_keys of %2 on the server, or let Cairn add it with "
                                      "the password.")
                          .arg(endpoint.host, endpoint.user);
            }
            if (!outcome.error.ok())
                outcome.session.reset();
            return outcome;
        },
        [this](LoginOutcome outcome) {
            if (m_finished)
                return;
            if (!outcome.error.ok())
                return fail(ServerSetupStep::VerifyLogin, outcome.error);
            Q_EMIT keyLoginVerified();
            runPreflight(std::move(outcome.session));
        });
}

void ServerSetup::runPreflight(std::shared_ptr<SshSession> session)
{
    enter(ServerSetupStep::Preflight, tr("Checking the tools Cairn needs on %1…").arg(target()));
    runInBackground(
        this,
        [session = std::move(session)]() mutable {
            PreflightOutcome outcome;
            outcome.report = PreflightProbe::run(*session, outcome.error);
            // Closed on this thread: saying goodbye to the server may take a moment.
            session.reset();
            return outcome;
        },
        [this](PreflightOutcome outcome) {
            if (m_finished)
                return;
            if (!outcome.error.ok() && !outcome.report.isComplete())
                return fail(ServerSetupStep::Preflight, outcome.error);
            m_report = outcome.report;
            m_busy = false;
            Q_EMIT preflightFinished(m_report);
            if (m_finished)
                return;
            if (m_request.saveWhenReady)
                saveServer();
            else
                enter(ServerSetupStep::ConfirmSave, tr("Review the checklist, then save the server."));
        });
}

void ServerSetup::checkAgain()
{
    if (m_finished || m_busy || m_step != ServerSetupStep::ConfirmSave)
        return;
    m_busy = true;
    verifyLogin();
}

void ServerSetup::save()
{
    if (m_finished || m_busy || m_step != ServerSetupStep::ConfirmSave)
        return;
    saveServer();
}

void ServerSetup::saveServer()
{
    enter(ServerSetupStep::Save, tr("Saving the server…"));
    Server server;
    server.clientId = m_request.clientId;
    server.name = m_request.name;
    server.host = m_request.host;
    server.port = m_request.port;
    server.username = m_request.user;
    server.sshKeyId = m_key.id;
    server.hostKeyType = m_hostKey.type();
    server.hostKey = m_hostKey.blob();
    server.hostKeyFingerprint = m_hostKey.fingerprintSha256();
    server.preflightJson = PreflightJson::toText(m_report);
    StoreError error;
    const qint64 id = ServerRepository(m_database).insert(server, &error);
    if (!id)
        return fail(ServerSetupStep::Save, error.message);
    AuditLog(m_database)
        .append(QStringLiteral("server.add"),
            QStringLiteral("%1 (%2@%3:%4, host key %5 %6)")
                .arg(server.name, server.username, server.host)
                .arg(server.port)
                .arg(server.hostKeyType, server.hostKeyFingerprint),
            QStringLiteral("ok"), server.clientId);
    ServerSetupResult result;
    result.outcome = ServerSetupResult::Outcome::Saved;
    result.step = ServerSetupStep::Done;
    result.serverId = id;
    result.preflight = m_report;
    finish(std::move(result));
}

} // namespace cairn

#include "wizards/AddServerWizard.h"

#include "servers/SshKeyService.h"
#include "store/Database.h"
#include "theme/Icons.h"
#include "wizards/AddServerAccessPage.h"
#include "wizards/AddServerChecksPage.h"
#include "wizards/AddServerDetailsPage.h"
#include "wizards/AddServerHostKeyPage.h"

namespace cairn {

AddServerWizard::AddServerWizard(std::shared_ptr<Database> database, qint64 clientId, QWidget *parent)
    : QWizard(parent), m_database(std::move(database)), m_keys(new SshKeyService(m_database, this))
{
    setWindowTitle(tr("Add server"));
    setWindowIcon(Icons::application());
    setObjectName(QStringLiteral("addServerWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    m_details = new AddServerDetailsPage(this, clientId);
    m_hostKeyPage = new AddServerHostKeyPage(this);
    m_accessPage = new AddServerAccessPage(this);
    m_checksPage = new AddServerChecksPage(this);
    setPage(DetailsPageId, m_details);
    setPage(HostKeyPageId, m_hostKeyPage);
    setPage(AccessPageId, m_accessPage);
    setPage(ChecksPageId, m_checksPage);
    setButtonText(QWizard::FinishButton, tr("&Save server"));
    const int unit = fontMetrics().height();
    setMinimumSize(unit * 48, unit * 36);
}

AddServerWizard::~AddServerWizard()
{
    // The setup's destructor raises the cancel flag; its worker stops within 100 ms on its own.
    discardAttempt();
}

ServerSetupRequest AddServerWizard::baseRequest() const
{
    ServerSetupRequest request;
    request.clientId = m_details->clientId();
    request.name = m_details->serverName();
    request.host = m_details->host();
    request.port = m_details->port();
    request.user = m_details->user();
    request.saveWhenReady = false; // the checklist is shown before anything is saved
    return request;
}

ServerSetup *AddServerWizard::startAttempt(ServerSetupRequest request)
{
    discardAttempt();
    m_accessVerified = false;
    m_hasReport = false;
    m_report = PreflightReport();
    auto *setup = new ServerSetup(m_database, m_keys, this);
    m_setup = setup;
    connect(setup, &ServerSetup::progress, this, [this](ServerSetupStep step, const QString &text) {
        // Waiting for the person is not work in progress.
        const bool waiting = step == ServerSetupStep::ConfirmHostKey || step == ServerSetupStep::Access
            || step == ServerSetupStep::ConfirmSave;
        setBusy(!waiting, text);
    });
    connect(setup, &ServerSetup::hostKeySeen, this, [this](const QString &type, const QString &fingerprint) {
        m_hostKeyType = type;
        m_fingerprint = fingerprint;
        Q_EMIT hostKeySeen(type, fingerprint);
    });
    connect(setup, &ServerSetup::accessNeeded, this, [this](const QString &line) {
        m_line = line;
        Q_EMIT accessNeeded(line);
    });
    connect(setup, &ServerSetup::keyLoginVerified, this, [this] {
        m_accessVerified = true;
        Q_EMIT accessVerified();
    });
    connect(setup, &ServerSetup::preflightFinished, this, [this](const PreflightReport &report) {
        m_report = report;
        m_hasReport = true;
        Q_EMIT preflightFinished(report);
    });
    connect(setup, &ServerSetup::finished, this, &AddServerWizard::onFinished);
    setup->start(std::move(request));
    return setup;
}

void AddServerWizard::discardAttempt()
{
    if (!m_setup)
        return;
    ServerSetup *old = m_setup;
    m_setup = nullptr;
    old->disconnect(this);
    old->cancel();
    old->deleteLater();
    setBusy(false);
}

void AddServerWizard::setBusy(bool busy, const QString &text)
{
    if (m_busy == busy && !busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy, text);
}

void AddServerWizard::onFinished(const ServerSetupResult &result)
{
    setBusy(false);
    if (result.ok()) {
        m_serverId = result.serverId;
        Q_EMIT serverSaved(result.serverId);
        return;
    }
    if (!result.hostKey.isNull() && m_fingerprint.isEmpty()) {
        m_hostKeyType = result.hostKey.type();
        m_fingerprint = result.hostKey.fingerprintSha256();
    }
    if (!result.authorizedKeysLine.isEmpty())
        m_line = result.authorizedKeysLine;
    Q_EMIT stepFailed(result.step, result.message);
}

void AddServerWizard::connectToServer()
{
    m_hostKeyType.clear();
    m_fingerprint.clear();
    m_confirmedFingerprint.clear();
    startAttempt(baseRequest());
}

void AddServerWizard::trustHostKey()
{
    m_confirmedFingerprint = m_fingerprint;
    if (m_setup && m_setup->isRunning() && m_setup->step() == ServerSetupStep::ConfirmHostKey) {
        m_setup->confirmHostKey();
        return;
    }
    // The earlier attempt is gone (the person went back and forth): reconnect, accepting only the
    // key they confirmed.
    ServerSetupRequest request = baseRequest();
    request.hostKeyCheck = ServerSetupRequest::HostKeyCheck::ExpectFingerprint;
    request.expectedFingerprint = m_confirmedFingerprint;
    startAttempt(std::move(request));
}

void AddServerWizard::provideAccess(bool installWithPassword, SecureBytes password)
{
    if (m_setup && m_setup->isRunning() && m_setup->step() == ServerSetupStep::Access) {
        if (installWithPassword)
            m_setup->installKeyWithPassword(std::move(password));
        else
            m_setup->keyInstalled();
        return;
    }
    ServerSetupRequest request = baseRequest();
    request.hostKeyCheck = ServerSetupRequest::HostKeyCheck::ExpectFingerprint;
    request.expectedFingerprint = m_confirmedFingerprint;
    request.access = installWithPassword ? ServerSetupRequest::Access::InstallWithPassword
                                         : ServerSetupRequest::Access::KeyInstalled;
    request.password = std::move(password);
    startAttempt(std::move(request));
}

void AddServerWizard::checkAgain()
{
    if (m_setup && m_setup->isRunning() && m_setup->step() == ServerSetupStep::ConfirmSave) {
        m_hasReport = false;
        m_setup->checkAgain();
        return;
    }
    // The key is on the server by now: log in with it and run the checks again.
    provideAccess(false, SecureBytes());
}

bool AddServerWizard::saveServer(QString *error)
{
    if (m_serverId)
        return true;
    if (!m_setup || !m_setup->isRunning() || m_setup->step() != ServerSetupStep::ConfirmSave) {
        *error = tr("The checks have not finished; wait for them or click Check again.");
        return false;
    }
    QString failure;
    QMetaObject::Connection catchFailure = connect(this, &AddServerWizard::stepFailed, this,
        [&failure](ServerSetupStep, const QString &message) { failure = message; });
    m_setup->save(); // synchronous: a local write, reported through finished()
    disconnect(catchFailure);
    if (m_serverId)
        return true;
    *error = failure.isEmpty() ? tr("Cairn could not save the server; try again.") : failure;
    return false;
}

void AddServerWizard::cancelNetworkStep()
{
    if (m_setup && m_setup->isRunning())
        m_setup->cancel();
}

void AddServerWizard::reject()
{
    // Closing the wizard stops whatever runs now, not when the window is finally deleted.
    discardAttempt();
    QWizard::reject();
}

} // namespace cairn

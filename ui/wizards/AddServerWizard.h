#pragma once
// The Add Server wizard: server details -> the server's fingerprint, confirmed in plain words ->
// how Cairn's key gets onto the server (a password used once, or a line the person pastes) ->
// the preflight checklist -> save. The pages share this object; every network step runs in the
// background through one ServerSetup at a time (core/servers), and a failed step leaves every
// field as the person typed it.

#include "secrets/SecureBytes.h"
#include "servers/ServerSetup.h"
#include "ssh/PreflightReport.h"

#include <QPointer>
#include <QWizard>

#include <memory>

namespace cairn {

class AddServerAccessPage;
class AddServerChecksPage;
class AddServerDetailsPage;
class AddServerHostKeyPage;
class Database;
class SshKeyService;

class AddServerWizard final : public QWizard {
    Q_OBJECT

public:
    enum PageId { DetailsPageId, HostKeyPageId, AccessPageId, ChecksPageId };

    // clientId: the client chosen at first (0: the first client).
    AddServerWizard(std::shared_ptr<Database> database, qint64 clientId, QWidget *parent = nullptr);
    ~AddServerWizard() override;

    std::shared_ptr<Database> database() const { return m_database; }
    AddServerDetailsPage *detailsPage() const { return m_details; }
    AddServerHostKeyPage *hostKeyPage() const { return m_hostKeyPage; }
    AddServerAccessPage *accessPage() const { return m_accessPage; }
    AddServerChecksPage *checksPage() const { return m_checksPage; }

    // The network steps, each in the background; the signals below say how they went.
    void connectToServer();
    void trustHostKey();
    // installWithPassword false: the person added the line by hand.
    void provideAccess(bool installWithPassword, SecureBytes password);
    void checkAgain();
    // Saves the server (a quick local write); false with *error set when it could not.
    bool saveServer(QString *error);
    void cancelNetworkStep();
    // Forgets the running attempt (the person went back to change something).
    void discardAttempt();

    bool isBusy() const { return m_busy; }
    QString hostKeyType() const { return m_hostKeyType; }
    QString hostKeyFingerprint() const { return m_fingerprint; }
    QString authorizedKeysLine() const { return m_line; }
    bool isAccessVerified() const { return m_accessVerified; }
    bool hasReport() const { return m_hasReport; }
    PreflightReport report() const { return m_report; }
    qint64 serverId() const { return m_serverId; }

    void reject() override;

Q_SIGNALS:
    void busyChanged(bool busy, const QString &text);
    void hostKeySeen(const QString &type, const QString &fingerprint);
    void accessNeeded(const QString &authorizedKeysLine);
    void accessVerified();
    void preflightFinished(const cairn::PreflightReport &report);
    void stepFailed(cairn::ServerSetupStep step, const QString &message);
    void serverSaved(qint64 serverId);

private:
    ServerSetup *startAttempt(ServerSetupRequest request);
    ServerSetupRequest baseRequest() const;
    void setBusy(bool busy, const QString &text = {});
    void onFinished(const ServerSetupResult &result);

    std::shared_ptr<Database> m_database;
    SshKeyService *m_keys = nullptr;
    QPointer<ServerSetup> m_setup;
    AddServerDetailsPage *m_details = nullptr;
    AddServerHostKeyPage *m_hostKeyPage = nullptr;
    AddServerAccessPage *m_accessPage = nullptr;
    AddServerChecksPage *m_checksPage = nullptr;
    bool m_busy = false;
    QString m_hostKeyType;
    QString m_fingerprint;
    QString m_confirmedFingerprint;
    QString m_line;
    bool m_accessVerified = false;
    bool m_hasReport = false;
    PreflightReport m_report;
    qint64 m_serverId = 0;
};

} // namespace cairn

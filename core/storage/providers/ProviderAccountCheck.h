#pragma once
// Checks a cloud provider's API credentials with one cheap, read-only call that needs them:
// DigitalOcean GET /v2/account, Hetzner Cloud GET /v1/servers?per_page=1 (Hetzner has no account
// endpoint; a project's token can always list its servers), AWS STS GetCallerIdentity (Signature
// V4, service "sts"). Asynchronous over Qt Network, so the GUI thread may start it; the CLI waits
// with waitForFinished(). TLS verification is always on.

#include "secrets/SecureBytes.h"
#include "storage/providers/CloudProvider.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace cairn {

class ProviderAccountCheck final : public QObject {
    Q_OBJECT

public:
    struct Outcome {
        bool ok = false;
        // What names the credentials to a person (stored as provider_accounts.account_id): the
        // DigitalOcean account's e-mail, the AWS access key ID, empty for Hetzner Cloud.
        QString accountId;
        QString description; // one sentence about what the credentials reach
        QString error; // one sentence: what happened and what to do
    };

    explicit ProviderAccountCheck(QObject *parent = nullptr);
    ~ProviderAccountCheck() override;

    void setTimeout(int msecs) { m_timeoutMs = msecs; }
    // keyId is the AWS access key ID (ignored for token providers). finished() always follows,
    // from the event loop, also when the input is refused before any request.
    void start(const QString &providerId, const QString &keyId, const SecureBytes &secret);
    void cancel();

    bool isFinished() const { return m_finished; }
    const Outcome &outcome() const { return m_outcome; }
    // For non-GUI threads only (CLI): waits in a local event loop.
    void waitForFinished();

    // What an HTTP answer from the provider means; public for unit tests. Server text never
    // reaches the sentences except sanitised error codes and the account's e-mail.
    static Outcome interpret(
        const CloudProvider &provider, int httpStatus, const QByteArray &body, const QString &keyId);
    // The sentence for a transport failure (no HTTP answer).
    static QString networkSentence(const CloudProvider &provider, const QString &host, const QString &reason);

Q_SIGNALS:
    void finished(cairn::ProviderAccountCheck *check);

private:
    void onFinished();
    void finish(Outcome outcome);

    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
    const CloudProvider *m_provider = nullptr;
    QString m_keyId;
    QString m_host;
    int m_timeoutMs = 30000;
    bool m_cancelled = false;
    bool m_finished = false;
    Outcome m_outcome;
};

} // namespace cairn

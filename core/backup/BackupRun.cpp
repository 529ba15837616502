#include "backup/BackupRun.h"

#include "backup/BackupConversation.h"
#include "ssh/UntrustedText.h"

#include <QRegularExpression>

#include <chrono>

namespace cairn {

BackupRun::BackupRun(qint64 runId, BackupRequest request, QObject *parent)
    : QObject(parent)
    , m_runId(runId)
    , m_jobId(request.jobId)
    , m_hostIdentity(request.hostIdentity())
    , m_request(std::move(request))
{
    // RunManager owns the run and deletes it after finished(); the pool must not.
    setAutoDelete(false);
}

BackupRun::~BackupRun() = default;

void BackupRun::cancel()
{
    if (!m_cancel.exchange(true)) {
        m_cancelAtMs = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now().time_since_epoch())
                           .count();
    }
}

void BackupRun::run()
{
    BackupResult result;
    {
        BackupConversation conversation(*this);
        result = conversation.execute();
    }
    Q_EMIT finished(result);
}

QString BackupRun::sanitizeHostText(
    QByteArrayView raw, const QList<QByteArrayView> &secrets, qsizetype maxBytes, bool fromEnd)
{
    QByteArray text = raw.toByteArray();
    for (const QByteArrayView secret : secrets) {
        if (secret.size() >= 4)
            text.replace(secret, "[redacted]");
    }
    // A presigned URL is a credential while it lives: its signature and credential never reach a log.
    static const QRegularExpression signature(
        QStringLiteral("(X-Amz-(?:Signature|Credential|Security-Token)=)[^&\\s\"']*"),
        QRegularExpression::CaseInsensitiveOption);
    QString latin = QString::fromLatin1(text);
    latin.replace(signature, QStringLiteral("\\1[redacted]"));
    QByteArray redacted = latin.toLatin1();
    const QString result = escapeUntrustedText(redacted, maxBytes, fromEnd);
    SecureBytes::wipe(text);
    SecureBytes::wipe(redacted);
    return result;
}

} // namespace cairn

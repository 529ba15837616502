#include "security/TwoFactorJob.h"

namespace cairn {

void TwoFactorJob::finishLater(Status status, const QString &message)
{
    QMetaObject::invokeMethod(
        this,
        [this, status, message] {
            if (m_status != Status::Pending)
                return;
            m_status = status;
            m_errorString = message;
            Q_EMIT finished(this);
        },
        Qt::QueuedConnection);
}

} // namespace cairn

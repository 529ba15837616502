#include "security/RecoveryKitJob.h"

namespace cairn {

void RecoveryKitJob::finishLater(const QString &error)
{
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            if (m_finished)
                return;
            m_finished = true;
            m_errorString = error;
            Q_EMIT finished(this);
        },
        Qt::QueuedConnection);
}

} // namespace cairn

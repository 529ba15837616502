#include "security/SecurityPool.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPointer>

namespace cairn {

QThreadPool *securityPool()
{
    static QMutex mutex;
    static QPointer<QThreadPool> instance;
    QMutexLocker locker(&mutex);
    if (!instance) {
        instance = new QThreadPool(QCoreApplication::instance());
        instance->setObjectName(QStringLiteral("cairn-security"));
        instance->setMaxThreadCount(1);
    }
    // QPointer converts to the pointer; cppcheck 2.10 takes the conversion for an integer.
    // cppcheck-suppress CastIntegerToAddressAtReturn
    return instance;
}

} // namespace cairn

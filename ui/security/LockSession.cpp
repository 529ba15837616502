#include "security/LockSession.h"

#include "secrets/SecretStore.h"
#include "security/TwoFactor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QTimer>

namespace cairn {

LockSession::LockSession(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_secrets(new SecretStore(this))
    , m_twoFactor(new TwoFactor(m_database, m_secrets, this))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_idleTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("lockSession"));
    m_lastActivityMs = m_clock();
    // Coarse on purpose: the idle time is counted in minutes.
    m_idleTimer->setInterval(5000);
    connect(m_idleTimer, &QTimer::timeout, this, &LockSession::checkIdle);
}

LockSession::~LockSession()
{
    if (m_idleTimer->isActive())
        qApp->removeEventFilter(this);
}

LockSession *LockSession::find(const QObject *object)
{
    for (const QObject *o = object; o; o = o->parent()) {
        if (auto *session = qobject_cast<LockSession *>(const_cast<QObject *>(o)))
            return session;
        if (auto *child = o->findChild<LockSession *>(QString(), Qt::FindDirectChildrenOnly))
            return child;
    }
    return nullptr;
}

AppLock LockSession::appLock() const
{
    return AppLock(m_database, m_clock);
}

bool LockSession::isLockEnabled() const
{
    return appLock().isEnabled();
}

bool LockSession::isTwoFactorEnabled() const
{
    return appLock().isTwoFactorEnabled();
}

void LockSession::setClock(AppLock::Clock clock)
{
    m_clock = std::move(clock);
    m_twoFactor->setClock(m_clock);
    m_lastActivityMs = m_clock();
}

void LockSession::watchActivity()
{
    if (m_idleTimer->isActive())
        return;
    qApp->installEventFilter(this);
    m_idleTimer->start();
}

void LockSession::noteActivity()
{
    m_lastActivityMs = m_clock();
}

void LockSession::checkIdle()
{
    if (appLock().idleTimeReached(m_lastActivityMs)) {
        m_lastActivityMs = m_clock(); // one request per idle period
        Q_EMIT lockRequested();
    }
}

bool LockSession::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_lastActivityMs = m_clock();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cairn

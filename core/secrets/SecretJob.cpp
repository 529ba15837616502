#include "secrets/SecretJob.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace cairn {

SecretJob::SecretJob(Operation operation, QString service, QString reference, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_service(std::move(service))
    , m_reference(std::move(reference))
{ }

SecretJob::~SecretJob() = default;

QString SecretJob::noKeychainSentence()
{
    return tr("No keychain is running: start gnome-keyring or KWallet and log in again (on a headless "
              "machine, run Cairn inside a D-Bus session with an unlocked keyring, as the README shows).");
}

void SecretJob::start(const SecureBytes *payload)
{
    // The keychain job has no parent and deletes itself when it finishes: libsecret's callback
    // holds a pointer to it, so deleting it while the call is in flight (a window closed, a store
    // destroyed) made that callback use freed memory. A finished job whose SecretJob is gone
    // reports to nobody, because the connection below has this SecretJob as its context.
    QKeychain::Job *job = nullptr;
    switch (m_operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        QByteArray copy = payload ? payload->toByteArray() : QByteArray();
        write->setBinaryData(copy);
        SecureBytes::wipe(copy);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Never store a secret in a plain file when the keychain is missing: fail and say so.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(m_reference);
    connect(job, &QKeychain::Job::finished, this, &SecretJob::onKeychainFinished);
    job->start();
}

void SecretJob::onKeychainFinished(QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        m_status = Status::Ok;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job)) {
            QByteArray bytes = read->binaryData();
            m_data = SecureBytes::takeFrom(bytes);
        }
        break;
    case QKeychain::EntryNotFound:
        m_status = Status::NotFound;
        m_errorString
            = tr("The keychain has no entry %1; the secret was removed outside Cairn, so enter it again.")
                  .arg(m_reference);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        m_status = Status::NoKeychain;
        m_errorString = noKeychainSentence();
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        m_status = Status::Denied;
        m_errorString = tr("The keychain refused access (%1); unlock it and allow Cairn, then try again.")
                            .arg(job->errorString());
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        m_status = Status::Failed;
        // libsecret reports a missing Secret Service as a generic error: name the real cause.
        if (job->errorString().contains(QLatin1String("org.freedesktop.secrets"))
            || job->errorString().contains(QLatin1String("DBus"), Qt::CaseInsensitive)
            || job->errorString().contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)) {
            m_status = Status::NoKeychain;
            m_errorString = noKeychainSentence();
        } else {
            m_errorString = tr("The keychain failed (%1); check that it is unlocked and try again.")
                                .arg(job->errorString());
        }
        break;
    }
    Q_EMIT finished(this);
}

void SecretJob::waitForFinished()
{
    if (m_status != Status::Pending)
        return;
    QEventLoop loop;
    connect(this, &SecretJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace cairn

#include "secrets/KeychainProbe.h"

#include <openssl/rand.h>

namespace cairn {

KeychainProbe::KeychainProbe(QObject *parent) : KeychainProbe(SecretStore::defaultService(), parent) { }

KeychainProbe::KeychainProbe(QString service, QObject *parent)
    : QObject(parent), m_store(std::move(service), this)
{ }

void KeychainProbe::start()
{
    m_reference = SecretStore::newReference(QStringLiteral("probe"));
    QByteArray random(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), static_cast<int>(random.size())) != 1) {
        finish(false, tr("Cairn could not make random bytes for the keychain check; report this as a bug."));
        return;
    }
    m_probe = SecureBytes::takeFrom(random);
    SecretJob *job = m_store.write(m_reference, m_probe);
    connect(job, &SecretJob::finished, this, &KeychainProbe::onWritten);
}

void KeychainProbe::onWritten(SecretJob *job)
{
    job->deleteLater();
    if (!job->ok()) {
        finish(false, job->errorString());
        return;
    }
    SecretJob *read = m_store.read(m_reference);
    connect(read, &SecretJob::finished, this, &KeychainProbe::onRead);
}

void KeychainProbe::onRead(SecretJob *job)
{
    job->deleteLater();
    m_readMatched = job->ok() && job->takeData().view() == m_probe.view();
    m_readError = job->errorString();
    SecretJob *remove = m_store.remove(m_reference);
    connect(remove, &SecretJob::finished, this, &KeychainProbe::onRemoved);
}

void KeychainProbe::onRemoved(SecretJob *job)
{
    job->deleteLater();
    if (!m_readMatched) {
        finish(false,
            m_readError.isEmpty() ? tr("The keychain returned something other than what Cairn stored; check "
                                       "the keychain software and try again.")
                                  : m_readError);
        return;
    }
    if (!job->ok()) {
        finish(false, job->errorString());
        return;
    }
    finish(true, QString());
}

void KeychainProbe::finish(bool works, const QString &error)
{
    m_probe.clear();
    m_finished = true;
    m_works = works;
    m_error = error;
    Q_EMIT finished(works, error);
}

} // namespace cairn

#include "secrets/SecretStore.h"

#include <QUuid>

namespace cairn {

SecretStore::SecretStore(QObject *parent) : SecretStore(defaultService(), parent) { }

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service)) { }

QString SecretStore::defaultService()
{
    return QStringLiteral("org.cairnbackup.Cairn");
}

QString SecretStore::newReference(const QString &kind)
{
    return kind + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SecretJob *SecretStore::read(const QString &reference)
{
    return startJob(SecretJob::Operation::Read, reference, nullptr);
}

SecretJob *SecretStore::write(const QString &reference, const SecureBytes &secret)
{
    return startJob(SecretJob::Operation::Write, reference, &secret);
}

SecretJob *SecretStore::remove(const QString &reference)
{
    return startJob(SecretJob::Operation::Remove, reference, nullptr);
}

SecretJob *SecretStore::startJob(
    SecretJob::Operation operation, const QString &reference, const SecureBytes *payload)
{
    auto *job = new SecretJob(operation, m_service, reference, this);
    job->start(payload);
    return job;
}

} // namespace cairn

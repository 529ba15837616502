#include "storage/providers/ProviderAccountStore.h"

#include "storage/providers/CloudProvider.h"

namespace cairn {

ProviderAccountStore::ProviderAccountStore(std::shared_ptr<Database> database, QObject *parent)
    : ProviderAccountStore(std::move(database), SecretStore::defaultService(), parent)
{ }

ProviderAccountStore::ProviderAccountStore(
    std::shared_ptr<Database> database, const QString &keychainService, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_secrets(keychainService, this)
{ }

ProviderAccountJob *ProviderAccountStore::add(const ProviderAccount &account, SecureBytes secret)
{
    auto *job
        = new ProviderAccountJob(ProviderAccountJob::Operation::Add, m_database, &m_secrets, account, this);
    job->startAdd(std::move(secret));
    return job;
}

ProviderAccountJob *ProviderAccountStore::remove(const ProviderAccount &account)
{
    auto *job = new ProviderAccountJob(
        ProviderAccountJob::Operation::Remove, m_database, &m_secrets, account, this);
    job->startRemove();
    return job;
}

SecretJob *ProviderAccountStore::readSecret(const ProviderAccount &account)
{
    return m_secrets.read(account.secretRef);
}

QString ProviderAccountStore::validate(const ProviderAccount &account)
{
    const QString name = account.name.trimmed();
    if (name.isEmpty())
        return tr("A provider account needs a name; type one, for example \"Production\".");
    if (name.size() > 100)
        return tr("A provider account's name can be at most 100 characters long; choose a shorter one.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr(
                "A provider account's name cannot contain line breaks or control characters; type it on "
                "one line.");
    }
    if (!CloudProvider::find(account.provider))
        return tr("The provider \"%1\" is unknown; choose one of %2.")
            .arg(account.provider, CloudProvider::ids());
    return {};
}

} // namespace cairn

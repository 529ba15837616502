#include "storage/StorageTargetStore.h"

#include "storage/ProviderPresets.h"
#include "storage/S3Endpoint.h"

namespace cairn {

StorageTargetStore::StorageTargetStore(std::shared_ptr<Database> database, QObject *parent)
    : StorageTargetStore(std::move(database), SecretStore::defaultService(), parent)
{ }

StorageTargetStore::StorageTargetStore(
    std::shared_ptr<Database> database, const QString &keychainService, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_secrets(keychainService, this)
{ }

StorageTargetJob *StorageTargetStore::add(const StorageTarget &target, SecureBytes secret)
{
    auto *job = new StorageTargetJob(StorageTargetJob::Operation::Add, m_database, &m_secrets, target, this);
    job->startAdd(std::move(secret));
    return job;
}

StorageTargetJob *StorageTargetStore::remove(const StorageTarget &target)
{
    auto *job
        = new StorageTargetJob(StorageTargetJob::Operation::Remove, m_database, &m_secrets, target, this);
    job->startRemove();
    return job;
}

SecretJob *StorageTargetStore::readSecret(const StorageTarget &target)
{
    return m_secrets.read(target.secretRef);
}

QString StorageTargetStore::validateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A storage target needs a name; type one, for example \"Offsite\".");
    if (trimmed.size() > 100)
        return tr("A storage target's name can be at most 100 characters long; choose a shorter one.");
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr("A storage target's name cannot contain line breaks or control characters; type it on "
                      "one line.");
    }
    return {};
}

QString StorageTargetStore::normalizePrefix(const QString &prefix, QString *problem)
{
    QString p = prefix.trimmed();
    while (p.startsWith(QLatin1Char('/')))
        p.remove(0, 1);
    auto refuse = [problem](const QString &sentence) {
        if (problem)
            *problem = sentence;
        return QString();
    };
    for (const QChar c : p) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c == QLatin1Char('\\'))
            return refuse(
                tr("The prefix cannot contain control characters or backslashes; use letters, digits, "
                   "'-', '_', '.' and '/'."));
    }
    if (p.isEmpty()) {
        if (problem)
            problem->clear();
        return p;
    }
    if (!p.endsWith(QLatin1Char('/')))
        p += QLatin1Char('/');
    const QStringList segments = p.chopped(1).split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return refuse(
                tr("The prefix cannot contain empty, \".\" or \"..\" parts between slashes; write it "
                   "like \"backups/acme/\"."));
    }
    if (p.toUtf8().size() > 512)
        return refuse(tr("The prefix can be at most 512 bytes long; choose a shorter one."));
    if (problem)
        problem->clear();
    return p;
}

QString StorageTargetStore::prefixForClient(const QString &clientName)
{
    // NFKD splits "ä" into "a" and a combining mark, which is dropped; every other character that
    // is not an ASCII letter or digit becomes one '-'.
    const QString decomposed = clientName.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    out.truncate(63);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    if (out.isEmpty())
        out = QStringLiteral("client");
    return out + QLatin1Char('/');
}

QString StorageTargetStore::validate(const StorageTarget &target)
{
    if (const QString problem = validateName(target.name); !problem.isEmpty())
        return problem;
    if (!ProviderPresets::find(target.provider))
        return tr(
            "The provider \"%1\" is unknown; choose one of aws, digitalocean, hetzner, backblaze, wasabi, "
            "r2 or custom.")
            .arg(target.provider);
    const QString keyId = target.accessKeyId;
    if (keyId.isEmpty() || keyId.size() > 256)
        return tr("The access key ID is empty or too long; copy it from the provider's console.");
    for (const QChar c : keyId) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.unicode() > 127)
            return tr(
                "The access key ID contains spaces or characters an access key ID never has; copy it again "
                "from the provider's console.");
    }
    QString prefixProblem;
    const QString prefix = normalizePrefix(target.prefix, &prefixProblem);
    if (!prefixProblem.isEmpty())
        return prefixProblem;
    if (prefix != target.prefix)
        return tr("The prefix must not start with '/' and must end with '/'; use \"%1\".").arg(prefix);
    if (target.addressing != QLatin1String("path") && target.addressing != QLatin1String("virtual"))
        return tr("The addressing style must be \"path\" or \"virtual\".");
    const S3Endpoint endpoint(toS3(target));
    if (!endpoint.isValid())
        return endpoint.errorString();
    return {};
}

S3Target StorageTargetStore::toS3(const StorageTarget &target)
{
    S3Target s3;
    s3.provider = target.provider;
    s3.endpoint = QUrl(target.endpoint, QUrl::StrictMode);
    s3.region = target.region;
    s3.bucket = target.bucket;
    s3.prefix = target.prefix;
    s3.accessKeyId = target.accessKeyId;
    s3.addressing
        = target.addressing == QLatin1String("virtual") ? S3Addressing::VirtualHosted : S3Addressing::Path;
    return s3;
}

StorageTarget StorageTargetStore::fromS3(const S3Target &s3)
{
    StorageTarget target;
    target.provider = s3.provider;
    target.endpoint = s3.endpoint.toString(QUrl::FullyEncoded);
    while (target.endpoint.endsWith(QLatin1Char('/')))
        target.endpoint.chop(1);
    target.region = s3.region;
    target.bucket = s3.bucket;
    target.prefix = s3.prefix;
    target.accessKeyId = s3.accessKeyId;
    target.addressing
        = s3.addressing == S3Addressing::VirtualHosted ? QStringLiteral("virtual") : QStringLiteral("path");
    return target;
}

} // namespace cairn

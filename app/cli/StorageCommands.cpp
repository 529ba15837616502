// cairn-cli storage add|list|test|remove|presign: a client's object storage targets. The secret
// access key comes from CAIRN_SECRET_ACCESS_KEY or standard input and goes to the keychain only.
#include "cli/CliCommand.h"
#include "cli/ClientChoice.h"
#include "cli/SecretInput.h"
#include "storage/ProviderPresets.h"
#include "storage/S3Client.h"
#include "storage/StorageCheck.h"
#include "storage/StorageTargetStore.h"
#include "store/StorageRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cairn::cli {

namespace {

const char *const SecretVariable = "CAIRN_SECRET_ACCESS_KEY";

QCommandLineOption valueOption(const char *name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(QStringList { QString::fromLatin1(name) }, description, valueName);
}

QCommandLineOption clientOption()
{
    return valueOption("client",
        CliText::tr("The client the storage target belongs to (default: the only client)."),
        CliText::tr("name"));
}

QString quoted(const QString &text)
{
    return QStringLiteral("\"%1\"").arg(text);
}

QString providerIds()
{
    QStringList ids;
    for (const ProviderPreset &p : ProviderPresets::all())
        ids << p.id;
    return ids.join(QStringLiteral(", "));
}

// The target NAME names: within --client when given, else the one target of that name.
std::optional<StorageTarget> resolveTarget(Invocation &in, const std::shared_ptr<Database> &db)
{
    const QString name = in.positional.value(0).trimmed();
    StorageRepository storage(db);
    if (!in.parser.value(QStringLiteral("client")).isEmpty()) {
        const auto client = ClientChoice::resolve(in, db, CliText::tr("storage target"));
        if (!client)
            return std::nullopt;
        auto target = storage.find(client->id, name);
        if (!target)
            in.fail(CliText::tr("The client %1 has no storage target named %2; see cairn-cli storage list.")
                        .arg(quoted(client->name), quoted(name)));
        return target;
    }
    const QList<StorageTarget> found = storage.findByName(name);
    if (found.isEmpty()) {
        in.fail(CliText::tr("There is no storage target named %1; see cairn-cli storage list for the names.")
                    .arg(quoted(name)));
        return std::nullopt;
    }
    if (found.size() > 1) {
        in.fail(CliText::tr("%1 clients have a storage target named %2; name the client with --client NAME.")
                    .arg(found.size())
                    .arg(quoted(name)));
        return std::nullopt;
    }
    return found.first();
}

// The secret of a saved target, from the keychain.
std::optional<SigningSecret> secretOf(Invocation &in, StorageTargetStore &store, const StorageTarget &target)
{
    SecretJob *job = store.readSecret(target);
    job->waitForFinished();
    job->deleteLater();
    if (!job->ok()) {
        in.fail(job->errorString());
        return std::nullopt;
    }
    const SecureBytes secret = job->takeData();
    return SigningSecret(secret.view());
}

QString outcomeWord(StorageCheckStep::Outcome outcome)
{
    switch (outcome) {
    case StorageCheckStep::Outcome::Passed:
        return CliText::tr("ok");
    case StorageCheckStep::Outcome::Failed:
        return CliText::tr("FAILED");
    case StorageCheckStep::Outcome::Info:
        return CliText::tr("info");
    case StorageCheckStep::Outcome::Skipped:
        return CliText::tr("skipped");
    case StorageCheckStep::Outcome::Pending:
    case StorageCheckStep::Outcome::Running:
        break;
    }
    return QString();
}

// Runs the storage check, printing each step as it ends (unless json); the report is returned.
StorageCheckReport runCheck(Invocation &in, const S3Target &s3, SigningSecret secret, bool json)
{
    StorageCheck check(s3, std::move(secret));
    if (!json) {
        check.setProgress([&in](int, const StorageCheckStep &step) {
            if (step.outcome == StorageCheckStep::Outcome::Running)
                return;
            in.out << QStringLiteral("  %1  %2: %3\n")
                          .arg(outcomeWord(step.outcome), -7)
                          .arg(step.title, step.detail);
            in.out.flush();
        });
    }
    return check.run();
}

QJsonObject reportJson(const StorageCheckReport &report)
{
    QJsonArray steps;
    for (const StorageCheckStep &step : report.steps) {
        const QString outcome = outcomeWord(step.outcome).toLower();
        steps.append(QJsonObject { { QStringLiteral("title"), step.title },
            { QStringLiteral("outcome"), outcome }, { QStringLiteral("detail"), step.detail } });
    }
    auto optional
        = [](const std::optional<bool> &value) { return value ? QJsonValue(*value) : QJsonValue(); };
    return QJsonObject { { QStringLiteral("passed"), report.passed() }, { QStringLiteral("steps"), steps },
        { QStringLiteral("versioning"), optional(report.versioning) },
        { QStringLiteral("object_lock"), optional(report.objectLock) },
        { QStringLiteral("abort_incomplete_rule"), optional(report.abortRule) },
        { QStringLiteral("abort_incomplete_days"), report.abortRuleDays } };
}

QString describe(const StorageTarget &t)
{
    return CliText::tr("bucket %1 at %2, prefix %3")
        .arg(quoted(t.bucket), QUrl(t.endpoint).authority(),
            t.prefix.isEmpty() ? CliText::tr("(whole bucket)") : quoted(t.prefix));
}

int addStorage(Invocation &in)
{
    const QString name = in.positional.value(0).trimmed();
    if (const QString problem = StorageTargetStore::validateName(name); !problem.isEmpty())
        return in.usage(problem);
    const QString providerId = in.parser.value(QStringLiteral("provider"));
    const ProviderPreset *preset
        = ProviderPresets::find(providerId == QLatin1String("minio") ? QStringLiteral("custom") : providerId);
    if (!preset)
        return in.usage(
            CliText::tr("--provider must be one of %1; for MinIO or another S3 server use custom.")
                .arg(providerIds()));
    for (const char *required : { "bucket", "access-key-id" }) {
        if (in.parser.value(QString::fromLatin1(required)).isEmpty())
            return in.usage(
                CliText::tr("storage add needs --%1; run cairn-cli storage add --help for the options.")
                    .arg(QString::fromLatin1(required)));
    }
    const QString region = in.parser.value(QStringLiteral("region")).isEmpty()
        ? preset->regions.value(0)
        : in.parser.value(QStringLiteral("region")).trimmed();
    if (region.isEmpty())
        return in.usage(
            CliText::tr("storage add needs --region for this provider; enter the bucket's region."));
    S3Target s3 = preset->makeTarget(region);
    const QString endpoint = in.parser.value(QStringLiteral("endpoint")).trimmed();
    if (!endpoint.isEmpty())
        s3.endpoint = QUrl(endpoint, QUrl::StrictMode);
    else if (s3.endpoint.isEmpty())
        return in.usage(
            CliText::tr("storage add needs --endpoint for provider %1; enter the S3 API address the "
                        "provider shows for the bucket.")
                .arg(preset->id));
    const QString addressing = in.parser.value(QStringLiteral("addressing"));
    if (addressing == QLatin1String("path"))
        s3.addressing = S3Addressing::Path;
    else if (addressing == QLatin1String("virtual"))
        s3.addressing = S3Addressing::VirtualHosted;
    else if (!addressing.isEmpty())
        return in.usage(CliText::tr("--addressing must be path or virtual."));
    s3.bucket = in.parser.value(QStringLiteral("bucket")).trimmed();
    s3.accessKeyId = in.parser.value(QStringLiteral("access-key-id")).trimmed();
    int abortDays = 0;
    if (in.parser.isSet(QStringLiteral("abort-incomplete-uploads"))) {
        bool ok = false;
        abortDays = in.parser.value(QStringLiteral("abort-incomplete-uploads")).toInt(&ok);
        if (!ok || abortDays < 1 || abortDays > 3650)
            return in.usage(CliText::tr("--abort-incomplete-uploads takes a number of days from 1 to 3650."));
    }

    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto client = ClientChoice::resolve(in, db, CliText::tr("storage target"));
    if (!client)
        return Failure;

    QString prefixProblem;
    const QString prefix = in.parser.isSet(QStringLiteral("prefix"))
        ? StorageTargetStore::normalizePrefix(in.parser.value(QStringLiteral("prefix")), &prefixProblem)
        : StorageTargetStore::prefixForClient(client->name);
    if (!prefixProblem.isEmpty())
        return in.usage(prefixProblem);
    s3.prefix = prefix;

    StorageTarget target = StorageTargetStore::fromS3(s3);
    target.clientId = client->id;
    target.clientName = client->name;
    target.name = name;
    if (const QString problem = StorageTargetStore::validate(target); !problem.isEmpty())
        return in.usage(problem);
    if (StorageRepository(db).find(client->id, name))
        return in.fail(
            CliText::tr("The client %1 already has a storage target named %2; choose another name or "
                        "remove that one first.")
                .arg(quoted(client->name), quoted(name)));

    QString inputProblem;
    SecureBytes secret = SecretInput::read(
        SecretVariable, CliText::tr("Secret access key for %1: ").arg(s3.accessKeyId), in.err, &inputProblem);
    if (!inputProblem.isEmpty())
        return in.usage(inputProblem);
    if (secret.isEmpty())
        return in.usage(CliText::tr("No secret access key was given; pass it in the environment variable "
                                    "CAIRN_SECRET_ACCESS_KEY or on standard input, never as an argument."));

    const S3Target checked = StorageTargetStore::toS3(target);
    if (!in.parser.isSet(QStringLiteral("no-test"))) {
        in.out << CliText::tr("Testing %1 (%2):").arg(quoted(name), describe(target)) << Qt::endl;
        const StorageCheckReport report = runCheck(in, checked, SigningSecret(secret.view()), false);
        if (!report.passed()) {
            in.out << CliText::tr("Nothing was saved.") << Qt::endl;
            return in.fail(report.firstFailure());
        }
    }
    if (abortDays > 0) {
        S3Client client3(checked, SigningSecret(secret.view()));
        const S3Status rule = client3.putAbortIncompleteRule(abortDays, target.prefix);
        if (!rule.ok()) {
            in.out << CliText::tr("Nothing was saved.") << Qt::endl;
            return in.fail(rule.error.message);
        }
        in.out << CliText::tr("Set the lifecycle rule: uploads under %1 left unfinished are removed after %n "
                              "day(s).",
            nullptr, abortDays)
                      .arg(quoted(target.prefix))
               << Qt::endl;
    }

    StorageTargetStore store(db);
    StorageTargetJob *job = store.add(target, std::move(secret));
    job->waitForFinished();
    if (!job->ok()) {
        if (!job->keychainProblem().isEmpty())
            in.err << job->keychainProblem() << Qt::endl;
        return in.fail(job->errorString());
    }
    in.out << CliText::tr("Added storage target %1 for client %2 (%3); its secret is in the keychain.")
                  .arg(quoted(name), quoted(client->name), describe(job->target()))
           << Qt::endl;
    return Success;
}

int listStorage(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    qint64 clientId = 0;
    if (!in.parser.value(QStringLiteral("client")).isEmpty()) {
        const auto client = ClientChoice::resolve(in, db, CliText::tr("storage target"));
        if (!client)
            return Failure;
        clientId = client->id;
    }
    StoreError error;
    const QList<StorageTarget> targets = StorageRepository(db).list(clientId, &error);
    if (error)
        return in.fail(error.message);
    if (in.json) {
        QJsonArray array;
        for (const StorageTarget &t : targets) {
            array.append(QJsonObject { { QStringLiteral("id"), t.id }, { QStringLiteral("name"), t.name },
                { QStringLiteral("client"), t.clientName }, { QStringLiteral("provider"), t.provider },
                { QStringLiteral("endpoint"), t.endpoint }, { QStringLiteral("region"), t.region },
                { QStringLiteral("bucket"), t.bucket }, { QStringLiteral("prefix"), t.prefix },
                { QStringLiteral("access_key_id"), t.accessKeyId },
                { QStringLiteral("addressing"), t.addressing },
                { QStringLiteral("created"), t.createdAt.toUTC().toString(Qt::ISODate) } });
        }
        in.printJson(QJsonDocument(array));
        return Success;
    }
    if (targets.isEmpty()) {
        in.out << CliText::tr("No storage targets yet; add one with: cairn-cli storage add NAME --provider P "
                              "--bucket B --access-key-id ID")
               << Qt::endl;
        return Success;
    }
    in.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                  .arg(CliText::tr("NAME"), -20)
                  .arg(CliText::tr("CLIENT"), -20)
                  .arg(CliText::tr("PROVIDER"), -12)
                  .arg(CliText::tr("BUCKET/PREFIX"), -30)
                  .arg(CliText::tr("ENDPOINT"));
    for (const StorageTarget &t : targets) {
        in.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                      .arg(t.name, -20)
                      .arg(t.clientName, -20)
                      .arg(t.provider, -12)
                      .arg(t.bucket + QLatin1Char('/') + t.prefix, -30)
                      .arg(t.endpoint);
    }
    in.out.flush();
    return Success;
}

int testStorage(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto target = resolveTarget(in, db);
    if (!target)
        return Failure;
    StorageTargetStore store(db);
    auto secret = secretOf(in, store, *target);
    if (!secret)
        return Failure;
    if (!in.json)
        in.out << CliText::tr("Testing %1 (%2):").arg(quoted(target->name), describe(*target)) << Qt::endl;
    const StorageCheckReport report
        = runCheck(in, StorageTargetStore::toS3(*target), std::move(*secret), in.json);
    if (in.json)
        in.printJson(QJsonDocument(reportJson(report)));
    if (!report.passed())
        return in.fail(report.firstFailure());
    if (!in.json)
        in.out << CliText::tr("The storage target %1 works.").arg(quoted(target->name)) << Qt::endl;
    return Success;
}

int removeStorage(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto target = resolveTarget(in, db);
    if (!target)
        return Failure;
    StorageTargetStore store(db);
    StorageTargetJob *job = store.remove(*target);
    job->waitForFinished();
    if (!job->ok())
        return in.fail(job->errorString());
    if (!job->keychainProblem().isEmpty())
        return in.fail(job->keychainProblem());
    if (job->secretWasAlreadyGone())
        in.out << CliText::tr("Removed storage target %1; its keychain entry was already gone.")
                      .arg(quoted(target->name))
               << Qt::endl;
    else
        in.out << CliText::tr(
            "Removed storage target %1 and its secret in the keychain; the objects in the bucket "
            "were left alone.")
                      .arg(quoted(target->name))
               << Qt::endl;
    return Success;
}

int presignStorage(Invocation &in)
{
    const QString method = in.parser.value(QStringLiteral("method")).toUpper();
    if (!method.isEmpty() && method != QLatin1String("GET") && method != QLatin1String("PUT"))
        return in.usage(CliText::tr("--method must be GET or PUT."));
    qint64 expires = 3600;
    if (in.parser.isSet(QStringLiteral("expires"))) {
        bool ok = false;
        expires = in.parser.value(QStringLiteral("expires")).toLongLong(&ok);
        if (!ok || expires < S3Presigner::MinExpirySeconds || expires > S3Presigner::MaxExpirySeconds)
            return in.usage(CliText::tr("--expires takes seconds from %1 (15 minutes) to %2 (7 days).")
                                .arg(S3Presigner::MinExpirySeconds)
                                .arg(S3Presigner::MaxExpirySeconds));
    }
    const QString key = in.positional.value(1);
    if (key.isEmpty())
        return in.usage(CliText::tr("The object key is empty; name the object below the target's prefix."));

    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto target = resolveTarget(in, db);
    if (!target)
        return Failure;
    StorageTargetStore store(db);
    auto secret = secretOf(in, store, *target);
    if (!secret)
        return Failure;
    S3Client client(StorageTargetStore::toS3(*target), std::move(*secret));
    if (!client.isValid())
        return in.fail(client.errorString());
    // One cheap call learns the storage's clock (its Date header), so the URL is valid by its time.
    const auto bucket = client.headBucket();
    if (!bucket.ok()) {
        switch (bucket.error.kind) {
        case S3Error::Kind::ConnectionRefused:
        case S3Error::Kind::HostNotFound:
        case S3Error::Kind::Timeout:
        case S3Error::Kind::Tls:
            in.err << CliText::tr("Warning: %1 The URL was signed with this computer's clock.")
                          .arg(bucket.error.message)
                   << Qt::endl;
            break;
        default:
            return in.fail(bucket.error.message);
        }
    }
    const QString fullKey = target->prefix + key;
    const PresignedUrl url = method == QLatin1String("PUT") ? client.presigner().presignPut(fullKey, expires)
                                                            : client.presigner().presignGet(fullKey, expires);
    if (!url.isValid())
        return in.fail(url.error);
    // The URL is a secret while it lives: it goes to stdout for the caller, nowhere else.
    in.out << QString::fromLatin1(url.url.toEncoded()) << Qt::endl;
    return Success;
}

} // namespace

QList<Command> storageCommands()
{
    const Positional name { QStringLiteral("NAME"), CliText::tr("The storage target's name, e.g. Offsite.") };
    const QList<QCommandLineOption> addOptions {
        valueOption("provider", CliText::tr("Provider preset: %1.").arg(providerIds()), CliText::tr("id")),
        valueOption("endpoint",
            CliText::tr(
                "S3 API address, e.g. https://s3.eu-central-1.amazonaws.com (default: the preset's for "
                "the region)."),
            CliText::tr("url")),
        valueOption("region", CliText::tr("The bucket's region (default: the preset's first)."),
            CliText::tr("region")),
        valueOption("bucket", CliText::tr("The bucket's name."), CliText::tr("bucket")),
        valueOption("prefix",
            CliText::tr(
                "Key prefix inside the bucket (default: the client's name made safe for keys; \"\" for the "
                "whole bucket)."),
            CliText::tr("prefix")),
        valueOption("access-key-id",
            CliText::tr("The access key ID (its secret comes from $%1 or standard input).")
                .arg(QString::fromLatin1(SecretVariable)),
            CliText::tr("id")),
        valueOption(
            "addressing", CliText::tr("path or virtual (default: the preset's)."), CliText::tr("style")),
        valueOption("abort-incomplete-uploads",
            CliText::tr(
                "Also set a lifecycle rule that removes uploads left unfinished after this many days."),
            CliText::tr("days")),
        QCommandLineOption(QStringList { QStringLiteral("no-test") },
            CliText::tr("Save without testing the storage first.")),
        clientOption(),
    };
    const QList<QCommandLineOption> presignOptions {
        valueOption("method", CliText::tr("GET (default) or PUT."), CliText::tr("method")),
        valueOption("expires", CliText::tr("Validity in seconds, 900 to 604800 (default 3600)."),
            CliText::tr("seconds")),
        clientOption(),
    };
    return {
        Command { QStringLiteral("storage"), QStringLiteral("add"),
            CliText::tr("Test and save a client's S3 bucket; the secret access key goes to the keychain."),
            { name }, addOptions, false, addStorage },
        Command { QStringLiteral("storage"), QStringLiteral("list"), CliText::tr("List the storage targets."),
            {}, { clientOption() }, true, listStorage },
        Command { QStringLiteral("storage"), QStringLiteral("test"),
            CliText::tr(
                "List, write, read back and delete a probe object; show versioning, Object Lock and the "
                "clean-up rule."),
            { name }, { clientOption() }, true, testStorage },
        Command { QStringLiteral("storage"), QStringLiteral("remove"),
            CliText::tr("Remove a storage target and its keychain entry (objects in the bucket stay)."),
            { name }, { clientOption() }, false, removeStorage },
        Command { QStringLiteral("storage"), QStringLiteral("presign"),
            CliText::tr("Print a presigned URL for one object below the target's prefix."),
            { name,
                Positional {
                    QStringLiteral("KEY"), CliText::tr("The object's key below the target's prefix.") } },
            presignOptions, false, presignStorage },
    };
}

} // namespace cairn::cli

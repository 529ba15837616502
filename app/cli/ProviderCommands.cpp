// cairn-cli provider add|list|test|remove: cloud provider accounts (DigitalOcean, Hetzner Cloud,
// AWS) for native snapshots. The token or secret access key comes from the environment
// (CAIRN_API_TOKEN, or CAIRN_SECRET_ACCESS_KEY for AWS) or standard input, and goes to the
// keychain only.
#include "cli/CliCommand.h"
#include "cli/ClientChoice.h"
#include "cli/SecretInput.h"
#include "storage/providers/CloudProvider.h"
#include "storage/providers/ProviderAccountCheck.h"
#include "storage/providers/ProviderAccountStore.h"
#include "store/ProviderAccountRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cairn::cli {

namespace {

QString quoted(const QString &text)
{
    return QStringLiteral("\"%1\"").arg(text);
}

QCommandLineOption clientOption()
{
    return QCommandLineOption(QStringList { QStringLiteral("client") },
        CliText::tr("The client the account belongs to (default: the only client)."), CliText::tr("name"));
}

std::optional<ProviderAccount> resolveAccount(Invocation &in, const std::shared_ptr<Database> &db)
{
    const QString name = in.positional.value(0).trimmed();
    ProviderAccountRepository accounts(db);
    if (!in.parser.value(QStringLiteral("client")).isEmpty()) {
        const auto client = ClientChoice::resolve(in, db, CliText::tr("account"));
        if (!client)
            return std::nullopt;
        auto account = accounts.find(client->id, name);
        if (!account)
            in.fail(
                CliText::tr("The client %1 has no provider account named %2; see cairn-cli provider list.")
                    .arg(quoted(client->name), quoted(name)));
        return account;
    }
    const QList<ProviderAccount> found = accounts.findByName(name);
    if (found.isEmpty()) {
        in.fail(
            CliText::tr("There is no provider account named %1; see cairn-cli provider list for the names.")
                .arg(quoted(name)));
        return std::nullopt;
    }
    if (found.size() > 1) {
        in.fail(
            CliText::tr("%1 clients have a provider account named %2; name the client with --client NAME.")
                .arg(found.size())
                .arg(quoted(name)));
        return std::nullopt;
    }
    return found.first();
}

// Runs the provider's account check and waits for it.
ProviderAccountCheck::Outcome check(const QString &provider, const QString &keyId, const SecureBytes &secret)
{
    ProviderAccountCheck checker;
    checker.start(provider, keyId, secret);
    checker.waitForFinished();
    return checker.outcome();
}

int addProvider(Invocation &in)
{
    ProviderAccount account;
    account.name = in.positional.value(0).trimmed();
    account.provider = in.parser.value(QStringLiteral("provider"));
    if (const QString problem = ProviderAccountStore::validate(account); !problem.isEmpty())
        return in.usage(problem);
    const CloudProvider *provider = CloudProvider::find(account.provider);
    const QString keyId = in.parser.value(QStringLiteral("access-key-id")).trimmed();
    if (provider->needsKeyId && keyId.isEmpty())
        return in.usage(CliText::tr("An AWS account needs --access-key-id; its secret comes from "
                                    "CAIRN_SECRET_ACCESS_KEY or standard input."));
    if (!provider->needsKeyId && !keyId.isEmpty())
        return in.usage(
            CliText::tr("--access-key-id is for AWS only; %1 uses an API token.").arg(provider->displayName));

    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto client = ClientChoice::resolve(in, db, CliText::tr("account"));
    if (!client)
        return Failure;
    account.clientId = client->id;
    if (ProviderAccountRepository(db).find(client->id, account.name))
        return in.fail(
            CliText::tr("The client %1 already has a provider account named %2; choose another name or "
                        "remove that one first.")
                .arg(quoted(client->name), quoted(account.name)));

    QString inputProblem;
    const QString prompt = provider->needsKeyId ? CliText::tr("Secret access key for %1: ").arg(keyId)
                                                : CliText::tr("%1 API token: ").arg(provider->displayName);
    SecureBytes secret = SecretInput::read(provider->secretVariable, prompt, in.err, &inputProblem);
    if (!inputProblem.isEmpty())
        return in.usage(inputProblem);
    if (secret.isEmpty())
        return in.usage(
            CliText::tr("No secret was given; pass it in the environment variable %1 or on standard "
                        "input, never as an argument.")
                .arg(QString::fromLatin1(provider->secretVariable)));

    account.accountId = keyId;
    if (!in.parser.isSet(QStringLiteral("no-test"))) {
        const ProviderAccountCheck::Outcome outcome = check(account.provider, keyId, secret);
        if (!outcome.ok) {
            in.out << CliText::tr("Nothing was saved.") << Qt::endl;
            return in.fail(outcome.error);
        }
        in.out << outcome.description << Qt::endl;
        account.accountId = outcome.accountId;
    }

    ProviderAccountStore store(db);
    ProviderAccountJob *job = store.add(account, std::move(secret));
    job->waitForFinished();
    if (!job->ok()) {
        if (!job->keychainProblem().isEmpty())
            in.err << job->keychainProblem() << Qt::endl;
        return in.fail(job->errorString());
    }
    in.out << CliText::tr("Added %1 account %2 for client %3; its secret is in the keychain.")
                  .arg(provider->displayName, quoted(account.name), quoted(client->name))
           << Qt::endl;
    return Success;
}

int listProviders(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    qint64 clientId = 0;
    if (!in.parser.value(QStringLiteral("client")).isEmpty()) {
        const auto client = ClientChoice::resolve(in, db, CliText::tr("account"));
        if (!client)
            return Failure;
        clientId = client->id;
    }
    StoreError error;
    const QList<ProviderAccount> accounts = ProviderAccountRepository(db).list(clientId, &error);
    if (error)
        return in.fail(error.message);
    if (in.json) {
        QJsonArray array;
        for (const ProviderAccount &a : accounts)
            array.append(QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("name"), a.name },
                { QStringLiteral("client"), a.clientName }, { QStringLiteral("provider"), a.provider },
                { QStringLiteral("account_id"), a.accountId },
                { QStringLiteral("created"), a.createdAt.toUTC().toString(Qt::ISODate) } });
        in.printJson(QJsonDocument(array));
        return Success;
    }
    if (accounts.isEmpty()) {
        in.out << CliText::tr(
            "No provider accounts yet; add one with: cairn-cli provider add NAME --provider %1")
                      .arg(CloudProvider::ids().replace(QStringLiteral(", "), QStringLiteral("|")))
               << Qt::endl;
        return Success;
    }
    in.out << QStringLiteral("%1  %2  %3  %4\n")
                  .arg(CliText::tr("NAME"), -20)
                  .arg(CliText::tr("CLIENT"), -20)
                  .arg(CliText::tr("PROVIDER"), -14)
                  .arg(CliText::tr("ACCOUNT"));
    for (const ProviderAccount &a : accounts)
        in.out << QStringLiteral("%1  %2  %3  %4\n")
                      .arg(a.name, -20)
                      .arg(a.clientName, -20)
                      .arg(a.provider, -14)
                      .arg(a.accountId);
    in.out.flush();
    return Success;
}

int testProvider(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto account = resolveAccount(in, db);
    if (!account)
        return Failure;
    ProviderAccountStore store(db);
    SecretJob *read = store.readSecret(*account);
    read->waitForFinished();
    read->deleteLater();
    if (!read->ok())
        return in.fail(read->errorString());
    const SecureBytes secret = read->takeData();
    const QString keyId = account->provider == QLatin1String("aws") ? account->accountId : QString();
    const ProviderAccountCheck::Outcome outcome = check(account->provider, keyId, secret);
    if (!outcome.ok)
        return in.fail(outcome.error);
    in.out << outcome.description << Qt::endl;
    return Success;
}

int removeProvider(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto account = resolveAccount(in, db);
    if (!account)
        return Failure;
    ProviderAccountStore store(db);
    ProviderAccountJob *job = store.remove(*account);
    job->waitForFinished();
    if (!job->ok())
        return in.fail(job->errorString());
    if (!job->keychainProblem().isEmpty())
        return in.fail(job->keychainProblem());
    in.out << (job->secretWasAlreadyGone()
            ? CliText::tr("Removed provider account %1; its keychain entry was already gone.")
            : CliText::tr("Removed provider account %1 and its secret in the keychain."))
                  .arg(quoted(account->name))
           << Qt::endl;
    return Success;
}

} // namespace

QList<Command> providerCommands()
{
    const Positional name { QStringLiteral("NAME"), CliText::tr("The account's name, e.g. Production.") };
    const QList<QCommandLineOption> addOptions {
        QCommandLineOption(QStringList { QStringLiteral("provider") },
            CliText::tr("One of %1.").arg(CloudProvider::ids()), CliText::tr("id")),
        QCommandLineOption(QStringList { QStringLiteral("access-key-id") },
            CliText::tr(
                "AWS only: the access key ID (its secret comes from $CAIRN_SECRET_ACCESS_KEY or standard "
                "input; tokens from $CAIRN_API_TOKEN or standard input)."),
            CliText::tr("id")),
        QCommandLineOption(QStringList { QStringLiteral("no-test") },
            CliText::tr("Save without checking the credentials first.")),
        clientOption(),
    };
    return {
        Command { QStringLiteral("provider"), QStringLiteral("add"),
            CliText::tr("Check and save a cloud provider account; the token or secret goes to the keychain."),
            { name }, addOptions, false, addProvider },
        Command { QStringLiteral("provider"), QStringLiteral("list"),
            CliText::tr("List the cloud provider accounts."), {}, { clientOption() }, true, listProviders },
        Command { QStringLiteral("provider"), QStringLiteral("test"),
            CliText::tr("Check the account's credentials against the provider's API."), { name },
            { clientOption() }, false, testProvider },
        Command { QStringLiteral("provider"), QStringLiteral("remove"),
            CliText::tr("Remove a provider account and its keychain entry."), { name }, { clientOption() },
            false, removeProvider },
    };
}

} // namespace cairn::cli

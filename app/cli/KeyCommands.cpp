// cairn-cli key generate|import|list|export|remove: a client's SSH keys. Private keys go to the
// keychain only; SQLite keeps the public key and the keychain reference.
#include "cli/CliCommand.h"
#include "cli/ClientChoice.h"
#include "cli/SecretInput.h"
#include "servers/SshKeyService.h"
#include "store/SshKeyRepository.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace cairn::cli {

namespace {

QCommandLineOption typeOption()
{
    return QCommandLineOption(QStringList { QStringLiteral("type") },
        CliText::tr("ed25519 (the default; every current OpenSSH accepts it) or rsa4096 (for servers that "
                    "need RSA)."),
        CliText::tr("type"), QStringLiteral("ed25519"));
}

QCommandLineOption fileOption()
{
    return QCommandLineOption(QStringList { QStringLiteral("file") },
        CliText::tr("The private key file to import (OpenSSH or PEM); a passphrase is read from "
                    "CAIRN_KEY_PASSPHRASE or standard input."),
        CliText::tr("path"));
}

// The CLI has no GUI to keep responsive: it waits in a local loop for the service's answer.
SshKeyService::Result waitFor(const std::function<void(SshKeyService::Done)> &call)
{
    SshKeyService::Result result;
    QEventLoop loop;
    call([&](const SshKeyService::Result &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

// The key NAME means, within --client when given, else the one key of that name.
std::optional<SshKeyRecord> findKey(Invocation &in, const std::shared_ptr<Database> &db, const QString &name)
{
    QList<qint64> owners;
    for (const SshKeyRecord &key : SshKeyRepository(db).list(0))
        if (key.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            owners << key.clientId;
    const auto client = clientOfNamed(in, db, owners,
        CliText::tr("There is no key named \"%1\"; see cairn-cli key list for the names.").arg(shown(name)));
    if (!client)
        return std::nullopt;
    return SshKeyRepository(db).find(client->id, name);
}

QString typeLabel(const QString &keyType)
{
    return keyType == QLatin1String("ssh-ed25519") ? QStringLiteral("ED25519")
        : keyType == QLatin1String("ssh-rsa")      ? QStringLiteral("RSA")
                                                   : keyType;
}

int generateKey(Invocation &in)
{
    const QString name = in.positional.value(0);
    const QString problem = SshKeyRepository::validateName(name);
    if (!problem.isEmpty())
        return in.usage(problem);
    const QString type = in.parser.value(QStringLiteral("type")).toLower();
    if (type != QLatin1String("ed25519") && type != QLatin1String("rsa4096"))
        return in.usage(CliText::tr("--type takes ed25519 or rsa4096; leave it out for ed25519."));
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto client = resolveClient(in, db);
    if (!client)
        return Failure;
    SshKeyService keys(db);
    const SshKeyService::Result result = waitFor([&](SshKeyService::Done done) {
        keys.generate(client->id, name,
            type == QLatin1String("rsa4096") ? SshKey::Type::Rsa : SshKey::Type::Ed25519, std::move(done));
    });
    if (!result.ok())
        return in.fail(result.error);
    in.out << CliText::tr("Generated the %1 key \"%2\" for %3 (%4); print its public key with: cairn-cli key "
                          "export \"%2\"")
                  .arg(typeLabel(result.key.keyType), shown(result.key.name), shown(client->name),
                      result.key.fingerprint)
           << Qt::endl;
    return Success;
}

int importKey(Invocation &in)
{
    const QString name = in.positional.value(0);
    const QString problem = SshKeyRepository::validateName(name);
    if (!problem.isEmpty())
        return in.usage(problem);
    const QString path = in.parser.value(QStringLiteral("file"));
    if (path.isEmpty())
        return in.usage(CliText::tr("Name the private key file with --file PATH."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return in.fail(CliText::tr("Cairn cannot read %1 (%2); check the path and its permissions.")
                           .arg(path, file.errorString()));
    QByteArray bytes = file.read(64 * 1024);
    SecureBytes text = SecureBytes::takeFrom(bytes);
    file.close();

    SecureBytes passphrase;
    if (SshKey::importPrivateKey(text.view()).error == SshKeyImportError::PassphraseRequired)
        passphrase = SecretInput::read("CAIRN_KEY_PASSPHRASE", CliText::tr("Passphrase of the key: "), in.err,
            nullptr, SecretInput::Until::Line);

    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto client = resolveClient(in, db);
    if (!client)
        return Failure;
    SshKeyService keys(db);
    const SshKeyService::Result result = waitFor([&](SshKeyService::Done done) {
        keys.importKey(client->id, name, std::move(text), std::move(passphrase), std::move(done));
    });
    if (!result.ok())
        return in.fail(result.error);
    in.out << CliText::tr(
        "Imported the %1 key \"%2\" for %3 (%4); the private key is now in the keychain, so "
        "you may delete the file.")
                  .arg(typeLabel(result.key.keyType), shown(result.key.name), shown(client->name),
                      result.key.fingerprint)
           << Qt::endl;
    return Success;
}

int listKeys(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const std::optional<qint64> clientId = clientFilter(in, db);
    if (!clientId)
        return Failure;
    StoreError error;
    const QList<SshKeyRecord> keys = SshKeyRepository(db).list(*clientId, &error);
    if (error)
        return in.fail(error.message);
    if (in.json) {
        QJsonArray array;
        for (const SshKeyRecord &k : keys)
            array.append(QJsonObject { { QStringLiteral("id"), k.id }, { QStringLiteral("name"), k.name },
                { QStringLiteral("client"), k.clientName }, { QStringLiteral("type"), k.keyType },
                { QStringLiteral("fingerprint"), k.fingerprint },
                { QStringLiteral("public_key"), k.publicKey }, { QStringLiteral("servers"), k.servers },
                { QStringLiteral("created"), k.createdAt.toUTC().toString(Qt::ISODate) } });
        in.printJson(QJsonDocument(array));
        return Success;
    }
    if (keys.isEmpty()) {
        in.out << CliText::tr("No keys yet; create one with: cairn-cli key generate NAME") << Qt::endl;
        return Success;
    }
    in.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                  .arg(CliText::tr("NAME"), -28)
                  .arg(CliText::tr("CLIENT"), -20)
                  .arg(CliText::tr("TYPE"), -7)
                  .arg(CliText::tr("FINGERPRINT"), -50)
                  .arg(CliText::tr("SERVERS"));
    for (const SshKeyRecord &k : keys)
        in.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                      .arg(shown(k.name), -28)
                      .arg(shown(k.clientName), -20)
                      .arg(typeLabel(k.keyType), -7)
                      .arg(k.fingerprint, -50)
                      .arg(k.servers);
    in.out.flush();
    return Success;
}

int exportKey(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto key = findKey(in, db, in.positional.value(0));
    if (!key)
        return Failure;
    in.out << key->publicKey << Qt::endl;
    return Success;
}

int removeKey(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto key = findKey(in, db, in.positional.value(0));
    if (!key)
        return Failure;
    if (key->servers > 0)
        return in.fail(CliText::tr("The key \"%1\" is still used by %n server(s); remove those servers or "
                                   "give them another key first.",
            nullptr, key->servers)
                           .arg(shown(key->name)));
    SshKeyService keys(db);
    const SshKeyService::Result result
        = waitFor([&](SshKeyService::Done done) { keys.remove(key->id, std::move(done)); });
    if (!result.ok())
        return in.fail(result.error);
    if (!result.warning.isEmpty())
        in.err << result.warning << Qt::endl;
    in.out
        << CliText::tr("Removed the key \"%1\" and its private half from the keychain.").arg(shown(key->name))
        << Qt::endl;
    return Success;
}

} // namespace

QList<Command> keyCommands()
{
    const Positional name { QStringLiteral("NAME"),
        CliText::tr("The key's name, unique within its client.") };
    const QCommandLineOption client = clientOption(CliText::tr("key"));
    return {
        Command { QStringLiteral("key"), QStringLiteral("generate"),
            CliText::tr("Generate an SSH key; the private key goes to the keychain only."), { name },
            { typeOption(), client }, false, generateKey },
        Command { QStringLiteral("key"), QStringLiteral("import"),
            CliText::tr("Import an existing private key (OpenSSH or PEM) into the keychain."), { name },
            { fileOption(), client }, false, importKey },
        Command { QStringLiteral("key"), QStringLiteral("list"),
            CliText::tr("List the SSH keys with their fingerprints and how many servers use them."), {},
            { client }, true, listKeys },
        Command { QStringLiteral("key"), QStringLiteral("export"),
            CliText::tr("Print a key's public half, one line in OpenSSH format."), { name }, { client },
            false, exportKey },
        Command { QStringLiteral("key"), QStringLiteral("remove"),
            CliText::tr("Remove a key no server uses, from Cairn and from the keychain."), { name },
            { client }, false, removeKey },
    };
}

} // namespace cairn::cli

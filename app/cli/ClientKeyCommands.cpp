// cairn-cli client keys create|import-public|export|show CLIENT [FILE]: a client's encryption key
// pair (RSA-4096; the private key in the keychain only, or offline when only the public key is
// imported). Jobs with --encrypt need it; the recovery kit carries it.
#include "backup/ClientKeyService.h"
#include "cli/AskAgain.h"
#include "cli/CliCommand.h"
#include "cli/ClientChoice.h"
#include "store/ClientRepository.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonObject>

namespace cairn::cli {

namespace {

// The CLI has no GUI to keep responsive: it waits in a local loop for the service's answer.
ClientKeyService::Result waitFor(const std::function<void(ClientKeyService::Done)> &call)
{
    ClientKeyService::Result result;
    QEventLoop loop;
    call([&](const ClientKeyService::Result &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

QString saveKitHint(const QString &client)
{
    return CliText::tr(
        "Save the recovery kit now (cairn-cli kit export): without the private key no encrypted "
        "backup of %1 can be restored.")
        .arg(shown(client));
}

int createKeys(Invocation &in, const std::shared_ptr<Database> &db, const Client &client)
{
    ClientKeyService keys(db);
    in.err << CliText::tr("Generating an RSA-4096 key pair (a few seconds)...") << Qt::endl;
    const auto result
        = waitFor([&](ClientKeyService::Done done) { keys.createKeyPair(client.id, std::move(done)); });
    if (!result.ok())
        return in.fail(result.error);
    in.out << CliText::tr("Created the encryption key of %1 (%2); its private half is in the keychain only.")
                  .arg(shown(client.name), result.keys.fingerprint)
           << Qt::endl
           << saveKitHint(client.name) << Qt::endl;
    return Success;
}

int importPublic(
    Invocation &in, const std::shared_ptr<Database> &db, const Client &client, const QString &path)
{
    if (path.isEmpty())
        return in.usage(
            CliText::tr("Name the public key file: cairn-cli client keys import-public CLIENT FILE."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return in.fail(CliText::tr("Cairn cannot read %1 (%2); check the path and its permissions.")
                           .arg(path, file.errorString()));
    const QByteArray pem = file.read(64 * 1024);
    ClientKeyService keys(db);
    const auto result = waitFor(
        [&](ClientKeyService::Done done) { keys.importPublicKey(client.id, pem, std::move(done)); });
    if (!result.ok())
        return in.fail(result.error);
    in.out << CliText::tr("Imported the public encryption key of %1 (%2); keep its private key safe offline: "
                          "Cairn cannot restore encrypted backups without it.")
                  .arg(shown(client.name), result.keys.fingerprint)
           << Qt::endl;
    return Success;
}

int exportPrivate(
    Invocation &in, const std::shared_ptr<Database> &db, const Client &client, const QString &path)
{
    if (path.isEmpty())
        return in.usage(
            CliText::tr("Name the file for the private key: cairn-cli client keys export CLIENT FILE."));
    if (QFile::exists(path))
        return in.fail(
            CliText::tr("%1 exists already; choose a new file name (Cairn never overwrites a key file).")
                .arg(path));
    // The private key leaves the keychain: with the lock on, ask again first.
    if (!askAgain(in, db, QStringLiteral("client_key.export %1").arg(client.name)))
        return Failure;
    ClientKeyService keys(db);
    SecureBytes privateKey;
    QString error;
    QEventLoop loop;
    keys.readPrivateKey(client.id, [&](SecureBytes key, const ClientKeyService::Result &r) {
        privateKey = std::move(key);
        error = r.error;
        loop.quit();
    });
    loop.exec();
    if (!error.isEmpty())
        return in.fail(error);
    QFile file(path);
    // Created with mode 0600 from the first byte; NewOnly refuses a file that appeared meanwhile.
    if (!file.open(
            QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return in.fail(
            CliText::tr("Cairn cannot create %1 (%2); choose a new file in a folder you can write to.")
                .arg(path, file.errorString()));
    const bool written
        = file.write(privateKey.data(), privateKey.size()) == privateKey.size() && file.flush();
    privateKey.clear();
    file.close();
    if (!written) {
        file.remove();
        return in.fail(CliText::tr("Cairn could not write %1 (%2); check the free space.")
                           .arg(path, file.errorString()));
    }
    in.out << CliText::tr(
        "Wrote the private encryption key of %1 to %2 (readable by you only); keep it offline "
        "and safe.")
                  .arg(shown(client.name), path)
           << Qt::endl;
    return Success;
}

int showKeys(Invocation &in, const std::shared_ptr<Database> &db, const Client &client)
{
    StoreError error;
    const auto keys = ClientKeyRepository(db).find(client.id, &error);
    if (error)
        return in.fail(error.message);
    if (in.json) {
        in.printJson(QJsonDocument(QJsonObject { { QStringLiteral("client"), client.name },
            { QStringLiteral("encryption"), keys && keys->canEncrypt() },
            { QStringLiteral("fingerprint"), keys ? keys->fingerprint : QString() },
            { QStringLiteral("key_in_keychain"), keys && keys->hasPrivate },
            { QStringLiteral("public_key"), keys ? keys->publicKeyPem : QString() },
            { QStringLiteral("integrity_key"), keys.has_value() } }));
        return Success;
    }
    if (!keys || !keys->canEncrypt()) {
        in.out << CliText::tr(
            "%1 has no encryption key yet; create one with: cairn-cli client keys create \"%1\"")
                      .arg(shown(client.name))
               << Qt::endl;
        return Success;
    }
    in.out << CliText::tr("Encryption key of %1: %2 (%3)")
                  .arg(shown(client.name), keys->fingerprint,
                      keys->hasPrivate ? CliText::tr("private key in the keychain")
                                       : CliText::tr("public key only; the private key is kept offline"))
           << Qt::endl
           << keys->publicKeyPem;
    in.out.flush();
    return Success;
}

int clientKeys(Invocation &in)
{
    const QString action = in.positional.value(0);
    const QString path = in.positional.value(2);
    static const QStringList actions { QStringLiteral("create"), QStringLiteral("import-public"),
        QStringLiteral("export"), QStringLiteral("show") };
    if (!actions.contains(action))
        return in.usage(CliText::tr("client keys takes create, import-public, export or show; for example: "
                                    "cairn-cli client keys create CLIENT."));
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto client = ClientRepository(db).find(in.positional.value(1));
    if (!client)
        return in.fail(
            CliText::tr("There is no client named \"%1\"; see cairn-cli client list for the names.")
                .arg(shown(in.positional.value(1))));
    if (action == QLatin1String("create"))
        return createKeys(in, db, *client);
    if (action == QLatin1String("import-public"))
        return importPublic(in, db, *client, path);
    if (action == QLatin1String("export"))
        return exportPrivate(in, db, *client, path);
    return showKeys(in, db, *client);
}

} // namespace

QList<Command> clientKeyCommands()
{
    return {
        Command { QStringLiteral("client"), QStringLiteral("keys"),
            CliText::tr(
                "A client's encryption key: create (RSA-4096, private key in the keychain), import-public "
                "FILE (keep the private key offline), export FILE (the private key, to a new 0600 file), "
                "show."),
            { { QStringLiteral("ACTION"), CliText::tr("create, import-public, export or show.") },
                { QStringLiteral("CLIENT"), CliText::tr("The client's name.") },
                { QStringLiteral("FILE"),
                    CliText::tr(
                        "import-public: the PEM public key; export: the new file for the private key."),
                    true } },
            {}, true, clientKeys },
    };
}

} // namespace cairn::cli

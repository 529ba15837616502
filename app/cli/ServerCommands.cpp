// cairn-cli server add|list|show|test|retrust|remove: the hosts Cairn backs up. `server add` runs
// the same ServerSetup as the Add Server wizard; passwords come from CAIRN_SSH_PASSWORD or standard
// input, never from the command line, and are used for one login only.
#include "cli/AskAgain.h"
#include "cli/CliCommand.h"
#include "cli/ClientChoice.h"
#include "cli/SecretInput.h"
#include "servers/PreflightJson.h"
#include "servers/ServerActions.h"
#include "servers/ServerSetup.h"
#include "servers/SshKeyService.h"
#include "ssh/SshFingerprint.h"
#include "ssh/SshInputValidator.h"
#include "store/ServerRepository.h"
#include "store/SshKeyRepository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace cairn::cli {

namespace {

QCommandLineOption valueOption(
    const char *name, const QString &description, const QString &valueName, const QString &defaultValue = {})
{
    return QCommandLineOption(
        QStringList { QString::fromLatin1(name) }, description, valueName, defaultValue);
}

QCommandLineOption flagOption(const char *name, const QString &description)
{
    return QCommandLineOption(QStringList { QString::fromLatin1(name) }, description);
}

QString keyTypeLabel(const QString &type)
{
    if (type == QLatin1String("ssh-ed25519"))
        return QStringLiteral("ED25519");
    if (type == QLatin1String("ssh-rsa"))
        return QStringLiteral("RSA");
    if (type.startsWith(QLatin1String("ecdsa-")))
        return QStringLiteral("ECDSA");
    return type;
}

QString statusWord(PreflightCheck::Status status)
{
    switch (status) {
    case PreflightCheck::Status::Ok:
        return CliText::tr("ok");
    case PreflightCheck::Status::Warning:
        return CliText::tr("warning");
    case PreflightCheck::Status::Missing:
        return CliText::tr("MISSING");
    case PreflightCheck::Status::Info:
        return CliText::tr("info");
    }
    return {};
}

void printChecklist(Invocation &in, const PreflightReport &report)
{
    for (const PreflightCheck &check : report.checks()) {
        in.out << QStringLiteral("  [%1] %2 %3\n")
                      .arg(statusWord(check.status), -7)
                      .arg(check.title, -44)
                      .arg(check.found);
        if (!check.fixHint.isEmpty())
            in.out << QStringLiteral("            %1\n").arg(check.fixHint);
    }
    in.out.flush();
}

// The sentence for a pinned key that no longer matches, naming the deliberate way out.
QString changedHostKeySentence(const Server &server, const SshHostKey &presented)
{
    return CliText::tr(
        "The host key of %1 (%2) changed: it now presents %3 %4; if the server was rebuilt, compare "
        "that with `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the server and run cairn-cli "
        "server retrust \"%1\" --fingerprint SHA256:..., otherwise someone may be intercepting the "
        "connection.")
        .arg(shown(server.name), server.host, keyTypeLabel(presented.type()), presented.fingerprintSha256());
}

// The server NAME means, within --client when given, else the one server of that name.
std::optional<Server> findServer(Invocation &in, const std::shared_ptr<Database> &db, const QString &name)
{
    QList<qint64> owners;
    for (const Server &s : ServerRepository(db).list(0))
        if (s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            owners << s.clientId;
    const auto client = clientOfNamed(in, db, owners,
        CliText::tr("There is no server named \"%1\"; see cairn-cli server list for the names.")
            .arg(shown(name)));
    if (!client)
        return std::nullopt;
    return ServerRepository(db).find(client->id, name.trimmed());
}

template <typename Object, typename Result>
Result runUntilFinished(
    Object &object, void (Object::*finished)(const Result &), const std::function<void()> &start)
{
    Result result;
    QEventLoop loop;
    QObject::connect(&object, finished, &loop, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    start();
    loop.exec();
    return result;
}

int addServer(Invocation &in)
{
    const QString name = in.positional.value(0);
    QString problem = ServerRepository::validateName(name);
    if (!problem.isEmpty())
        return in.usage(problem);
    // Everything a person typed is checked before the keychain or the network is touched.
    const QString host = in.parser.value(QStringLiteral("host"));
    const QString user = in.parser.value(QStringLiteral("user"));
    const std::optional<int> port = SshInputValidator::parsePort(in.parser.value(QStringLiteral("port")));
    problem = SshInputValidator::checkHost(host);
    if (problem.isEmpty())
        problem = port ? SshInputValidator::checkPort(*port) : SshInputValidator::checkPort(0);
    if (problem.isEmpty())
        problem = SshInputValidator::checkUser(user);
    if (!problem.isEmpty())
        return in.usage(problem);
    const bool acceptNew = in.parser.isSet(QStringLiteral("accept-new-host-key"));
    const QString fingerprint = in.parser.value(QStringLiteral("trust-host-key"));
    if (acceptNew == !fingerprint.isEmpty())
        return in.usage(
            CliText::tr("Give the server's host key fingerprint with --trust-host-key SHA256:... (ask its "
                        "admin, or run `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on it), or "
                        "trust the key it presents with --accept-new-host-key."));
    if (!acceptNew && normalizeSshFingerprint(fingerprint).isEmpty())
        return in.usage(
            CliText::tr("\"%1\" is not a SHA256 fingerprint; copy it as `ssh-keygen -lf` prints it on "
                        "the server, starting with SHA256:.")
                .arg(shown(fingerprint.left(80))));

    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto client = resolveClient(in, db);
    if (!client)
        return Failure;

    ServerSetupRequest request;
    request.clientId = client->id;
    request.name = name;
    request.host = host;
    request.port = *port;
    request.user = user;
    request.hostKeyCheck = acceptNew ? ServerSetupRequest::HostKeyCheck::AcceptNew
                                     : ServerSetupRequest::HostKeyCheck::ExpectFingerprint;
    request.expectedFingerprint = fingerprint;
    const QString keyName = in.parser.value(QStringLiteral("key"));
    if (!keyName.isEmpty()) {
        const auto key = SshKeyRepository(db).find(client->id, keyName);
        if (!key)
            return in.fail(
                CliText::tr("%1 has no key named \"%2\"; see cairn-cli key list, or leave out --key to use "
                            "Cairn's default key.")
                    .arg(shown(client->name), shown(keyName)));
        request.keyId = key->id;
    }
    const bool install = in.parser.isSet(QStringLiteral("install-key-with-password"));
    if (install) {
        request.access = ServerSetupRequest::Access::InstallWithPassword;
        request.password = SecretInput::read("CAIRN_SSH_PASSWORD",
            CliText::tr("Password of %1 on %2 (used once): ").arg(user, host), in.err, nullptr,
            SecretInput::Until::Line);
        if (request.password.isEmpty())
            return in.usage(
                CliText::tr("No password was given; set CAIRN_SSH_PASSWORD or pass it on standard "
                            "input, never on the command line."));
    } else {
        request.access = ServerSetupRequest::Access::KeyInstalled;
    }

    SshKeyService keys(db);
    ServerSetup setup(db, &keys);
    const ServerSetupResult result = runUntilFinished<ServerSetup, ServerSetupResult>(
        setup, &ServerSetup::finished, [&] { setup.start(std::move(request)); });
    if (!result.ok()) {
        if (result.step == ServerSetupStep::VerifyLogin && !install
            && result.errorKind == SshErrorKind::AuthenticationRefused
            && result.key.keyType == QLatin1String("ssh-ed25519")) {
            in.out << result.authorizedKeysLine << Qt::endl;
            return in.fail(
                CliText::tr("%1 does not accept Cairn's key for %2; add the line printed above to "
                            "~/.ssh/authorized_keys of %2 on the server, or run this command again "
                            "with --install-key-with-password.")
                    .arg(host, user));
        }
        return in.fail(result.message);
    }
    in.out << CliText::tr("Added the server \"%1\" (%2@%3:%4) for %5; host key %6 %7, key \"%8\".")
                  .arg(shown(name.trimmed()), user, host.trimmed())
                  .arg(*port)
                  .arg(shown(client->name), keyTypeLabel(result.hostKey.type()),
                      result.hostKey.fingerprintSha256(), shown(result.key.name))
           << Qt::endl;
    printChecklist(in, result.preflight);
    if (!result.preflight.passed())
        in.err << CliText::tr(
            "The server lacks tools that backups need; install them as shown, then run cairn-cli "
            "server test \"%1\".")
                      .arg(shown(name.trimmed()))
               << Qt::endl;
    return Success;
}

QJsonObject serverJson(const Server &s)
{
    QJsonObject object { { QStringLiteral("id"), s.id }, { QStringLiteral("name"), s.name },
        { QStringLiteral("client"), s.clientName }, { QStringLiteral("host"), s.host },
        { QStringLiteral("port"), s.port }, { QStringLiteral("user"), s.username },
        { QStringLiteral("key"), s.sshKeyName }, { QStringLiteral("host_key_type"), s.hostKeyType },
        { QStringLiteral("host_key_fingerprint"), s.hostKeyFingerprint },
        { QStringLiteral("host_key_trusted"),
            s.hostKeyTrustedAt.isValid() ? s.hostKeyTrustedAt.toUTC().toString(Qt::ISODate) : QString() },
        { QStringLiteral("created"), s.createdAt.toUTC().toString(Qt::ISODate) } };
    const QJsonDocument preflight = QJsonDocument::fromJson(s.preflightJson.toUtf8());
    object.insert(
        QStringLiteral("preflight"), preflight.isObject() ? QJsonValue(preflight.object()) : QJsonValue());
    return object;
}

int listServers(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const std::optional<qint64> clientId = clientFilter(in, db);
    if (!clientId)
        return Failure;
    StoreError error;
    const QList<Server> servers = ServerRepository(db).list(*clientId, &error);
    if (error)
        return in.fail(error.message);
    if (in.json) {
        QJsonArray array;
        for (const Server &s : servers)
            array.append(serverJson(s));
        in.printJson(QJsonDocument(array));
        return Success;
    }
    if (servers.isEmpty()) {
        in.out << CliText::tr("No servers yet; add one with: cairn-cli server add NAME --host H --user U "
                              "--accept-new-host-key")
               << Qt::endl;
        return Success;
    }
    in.out << QStringLiteral("%1  %2  %3  %4\n")
                  .arg(CliText::tr("NAME"), -24)
                  .arg(CliText::tr("CLIENT"), -20)
                  .arg(CliText::tr("ADDRESS"), -36)
                  .arg(CliText::tr("HOST KEY"));
    for (const Server &s : servers)
        in.out << QStringLiteral("%1  %2  %3  %4\n")
                      .arg(shown(s.name), -24)
                      .arg(shown(s.clientName), -20)
                      .arg(QStringLiteral("%1@%2:%3").arg(s.username, s.host).arg(s.port), -36)
                      .arg(s.hostKeyFingerprint.isEmpty()
                              ? CliText::tr("not trusted yet")
                              : keyTypeLabel(s.hostKeyType) + QLatin1Char(' ') + s.hostKeyFingerprint);
    in.out.flush();
    return Success;
}

int showServer(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto server = findServer(in, db, in.positional.value(0));
    if (!server)
        return Failure;
    if (in.json) {
        in.printJson(QJsonDocument(serverJson(*server)));
        return Success;
    }
    const Server &s = *server;
    in.out << CliText::tr("Server:    %1").arg(shown(s.name)) << '\n'
           << CliText::tr("Client:    %1").arg(shown(s.clientName)) << '\n'
           << CliText::tr("Address:   %1@%2, port %3").arg(s.username, s.host).arg(s.port) << '\n'
           << CliText::tr("Key:       %1").arg(shown(s.sshKeyName)) << '\n'
           << CliText::tr("Host key:  %1 %2, trusted %3")
                  .arg(keyTypeLabel(s.hostKeyType), s.hostKeyFingerprint,
                      s.hostKeyTrustedAt.toUTC().toString(Qt::ISODate))
           << '\n';
    const QJsonObject preflight = QJsonDocument::fromJson(s.preflightJson.toUtf8()).object();
    if (preflight.isEmpty())
        in.out << CliText::tr("Preflight: not run yet; run cairn-cli server test \"%1\"").arg(shown(s.name))
               << '\n';
    else
        in.out << CliText::tr("Preflight: %1 (%2)")
                      .arg(preflight.value(QStringLiteral("passed")).toBool()
                              ? CliText::tr("passed")
                              : CliText::tr("something is missing"),
                          preflight.value(QStringLiteral("checked_at")).toString())
               << '\n';
    in.out.flush();
    return Success;
}

int testServer(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto server = findServer(in, db, in.positional.value(0));
    if (!server)
        return Failure;
    SshKeyService keys(db);
    ServerActions actions(db, &keys);
    const ServerActionResult result = runUntilFinished<ServerActions, ServerActionResult>(
        actions, &ServerActions::finished, [&] { actions.test(server->id); });
    QString failure;
    if (!result.ok())
        failure = result.errorKind == SshErrorKind::HostKeyChanged
            ? changedHostKeySentence(*server, result.presentedKey)
            : result.message;
    if (in.json) {
        QJsonObject object { { QStringLiteral("server"), server->name },
            { QStringLiteral("ok"), result.ok() } };
        if (result.ok()) {
            object.insert(QStringLiteral("preflight"), PreflightJson::toJson(result.preflight));
            object.insert(QStringLiteral("passed"), result.preflight.passed());
        } else {
            object.insert(QStringLiteral("passed"), false);
            object.insert(QStringLiteral("error"),
                QJsonObject { { QStringLiteral("kind"), sshErrorKindName(result.errorKind) },
                    { QStringLiteral("message"), failure } });
        }
        in.printJson(QJsonDocument(object));
        if (!result.ok())
            in.err << failure << Qt::endl;
        return result.ok() && result.preflight.passed() ? Success : Failure;
    }
    if (!result.ok())
        return in.fail(failure);
    in.out << CliText::tr("Cairn logged in to \"%1\" (%2@%3:%4) with its key and checked the server:")
                  .arg(shown(server->name), server->username, server->host)
                  .arg(server->port)
           << Qt::endl;
    printChecklist(in, result.preflight);
    if (!result.preflight.passed())
        return in.fail(
            CliText::tr("The server lacks tools that backups need; install them as shown, then run this "
                        "test again."));
    return Success;
}

int retrustServer(Invocation &in)
{
    const QString fingerprint = in.parser.value(QStringLiteral("fingerprint"));
    if (normalizeSshFingerprint(fingerprint).isEmpty())
        return in.usage(
            CliText::tr("Give the fingerprint you checked on the server with --fingerprint SHA256:... (run "
                        "`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` there)."));
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto server = findServer(in, db, in.positional.value(0));
    if (!server)
        return Failure;
    SshKeyService keys(db);
    ServerActions actions(db, &keys);
    const ServerActionResult result = runUntilFinished<ServerActions, ServerActionResult>(
        actions, &ServerActions::finished, [&] { actions.retrust(server->id, fingerprint); });
    if (!result.ok())
        return in.fail(result.message);
    if (!result.hostKeyChanged) {
        in.out << CliText::tr("\"%1\" still presents the trusted host key %2; nothing changed.")
                      .arg(shown(server->name), result.presentedKey.fingerprintSha256())
               << Qt::endl;
        return Success;
    }
    in.out << CliText::tr("Cairn now trusts the host key %1 %2 of \"%3\"; the change is in the audit log.")
                  .arg(keyTypeLabel(result.presentedKey.type()), result.presentedKey.fingerprintSha256(),
                      shown(server->name))
           << Qt::endl;
    return Success;
}

int removeServer(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto server = findServer(in, db, in.positional.value(0));
    if (!server)
        return Failure;
    if (!askAgain(in, db, QStringLiteral("server.remove %1").arg(server->name)))
        return Failure;
    const bool removeKey = in.parser.isSet(QStringLiteral("remove-key-from-host"));
    SshKeyService keys(db);
    ServerActions actions(db, &keys);
    const ServerActionResult result = runUntilFinished<ServerActions, ServerActionResult>(
        actions, &ServerActions::finished, [&] { actions.remove(server->id, removeKey); });
    if (!result.ok()) {
        if (result.errorKind == SshErrorKind::HostKeyChanged)
            return in.fail(changedHostKeySentence(*server, result.presentedKey));
        return in.fail(result.message);
    }
    if (!result.message.isEmpty())
        in.err << result.message << Qt::endl;
    if (result.keyChange == AuthorizedKeys::Change::Removed)
        in.out << CliText::tr("Removed the server \"%1\" and Cairn's key from its authorized_keys.")
                      .arg(shown(server->name))
               << Qt::endl;
    else
        in.out << CliText::tr("Removed the server \"%1\".").arg(shown(server->name)) << Qt::endl;
    return Success;
}

} // namespace

QList<Command> serverCommands()
{
    const Positional name { QStringLiteral("NAME"),
        CliText::tr("The server's name, unique within its client.") };
    const QCommandLineOption client = clientOption(CliText::tr("server"));
    const QList<QCommandLineOption> addOptions {
        valueOption("host", CliText::tr("Host name or IP address of the server."), CliText::tr("host")),
        valueOption("port", CliText::tr("SSH port (default 22)."), CliText::tr("port"), QStringLiteral("22")),
        valueOption("user", CliText::tr("User name Cairn logs in as."), CliText::tr("user")),
        valueOption("key",
            CliText::tr("Name of the client's key to log in with (default: Cairn's key for the "
                        "client, created when first needed)."),
            CliText::tr("key")),
        valueOption("trust-host-key",
            CliText::tr("The server's host key fingerprint as `ssh-keygen -lf` prints it; nothing else is "
                        "trusted."),
            CliText::tr("SHA256:...")),
        flagOption("accept-new-host-key", CliText::tr("Trust the host key the server presents now.")),
        flagOption("install-key-with-password",
            CliText::tr(
                "Add Cairn's key to the user's authorized_keys, logging in once with the password from "
                "CAIRN_SSH_PASSWORD or standard input (never stored).")),
        client,
    };
    return {
        Command { QStringLiteral("server"), QStringLiteral("add"),
            CliText::tr("Add a server: check its host key, set up key login, run the preflight, save."),
            { name }, addOptions, false, addServer },
        Command { QStringLiteral("server"), QStringLiteral("list"), CliText::tr("List the servers."), {},
            { client }, true, listServers },
        Command { QStringLiteral("server"), QStringLiteral("show"),
            CliText::tr("Show a server's address, key, trusted host key and last preflight."), { name },
            { client }, true, showServer },
        Command { QStringLiteral("server"), QStringLiteral("test"),
            CliText::tr("Log in to a server with its key and print the preflight checklist."), { name },
            { client }, true, testServer },
        Command { QStringLiteral("server"), QStringLiteral("retrust"),
            CliText::tr("Trust a server's new host key after checking its fingerprint on the server."),
            { name },
            { valueOption("fingerprint", CliText::tr("The new host key fingerprint, checked on the server."),
                  CliText::tr("SHA256:...")),
                client },
            false, retrustServer },
        Command { QStringLiteral("server"), QStringLiteral("remove"),
            CliText::tr("Remove a server from Cairn, optionally taking Cairn's key off it first."), { name },
            { flagOption("remove-key-from-host",
                  CliText::tr("First remove Cairn's key from the user's authorized_keys on the server.")),
                client },
            false, removeServer },
    };
}

} // namespace cairn::cli

// cairn-cli client add|list|remove: the workspaces every server, storage target and job belongs to.
#include "cli/CliCommand.h"
#include "secrets/SecretCleanup.h"
#include "secrets/SecretStore.h"
#include "store/ClientRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cairn::cli {

namespace {

QCommandLineOption notesOption()
{
    return QCommandLineOption(QStringList { QStringLiteral("notes") },
        CliText::tr("Free-text notes about the client."), CliText::tr("text"));
}

int addClient(Invocation &in)
{
    const QString problem = ClientRepository::validateName(in.positional.value(0));
    if (!problem.isEmpty())
        return in.usage(problem);
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    ClientRepository clients(db);
    StoreError error;
    const qint64 id = clients.add(in.positional.value(0), in.parser.value(QStringLiteral("notes")), &error);
    if (!id)
        return in.fail(error.message);
    in.out << CliText::tr("Added client \"%1\".").arg(in.positional.value(0).trimmed()) << Qt::endl;
    return Success;
}

int listClients(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    StoreError error;
    const QList<Client> list = ClientRepository(db).list(&error);
    if (error)
        return in.fail(error.message);
    if (in.json) {
        QJsonArray array;
        for (const Client &c : list) {
            array.append(QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("name"), c.name },
                { QStringLiteral("notes"), c.notes },
                { QStringLiteral("created"), c.createdAt.toUTC().toString(Qt::ISODate) },
                { QStringLiteral("servers"), c.servers },
                { QStringLiteral("storage_targets"), c.storageTargets },
                { QStringLiteral("jobs"), c.jobs } });
        }
        in.printJson(QJsonDocument(array));
        return Success;
    }
    if (list.isEmpty()) {
        in.out << CliText::tr("No clients yet; add one with: cairn-cli client add NAME") << Qt::endl;
        return Success;
    }
    in.out << QStringLiteral("%1  %2  %3  %4\n")
                  .arg(CliText::tr("NAME"), -30)
                  .arg(CliText::tr("SERVERS"), 7)
                  .arg(CliText::tr("STORAGE"), 7)
                  .arg(CliText::tr("JOBS"), 5);
    for (const Client &c : list) {
        // Names are shown escaped: a control character in a name never reaches the terminal raw.
        QString shown = c.name;
        shown.replace(QLatin1Char('\x1b'), QStringLiteral("\\e"));
        in.out << QStringLiteral("%1  %2  %3  %4\n")
                      .arg(shown, -30)
                      .arg(c.servers, 7)
                      .arg(c.storageTargets, 7)
                      .arg(c.jobs, 5);
    }
    in.out.flush();
    return Success;
}

int removeClient(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    ClientRepository clients(db);
    const QString name = in.positional.value(0).trimmed();
    QStringList secretRefs;
    if (StoreError error = clients.remove(in.positional.value(0), &secretRefs))
        return in.fail(error.message);
    if (secretRefs.isEmpty()) {
        in.out << CliText::tr("Removed client \"%1\".").arg(name) << Qt::endl;
        return Success;
    }
    // The rows are gone for good; their keychain entries go now, and a leftover is named.
    SecretStore secrets;
    const QString problem
        = SecretCleanup::removeAndWait(secrets, secretRefs, CliText::tr("The client \"%1\"").arg(name));
    if (!problem.isEmpty())
        return in.fail(problem);
    in.out << CliText::tr(
        "Removed client \"%1\" and its keychain entries; its backups stay readable with its "
        "recovery kit.")
                  .arg(name)
           << Qt::endl;
    return Success;
}

} // namespace

QList<Command> clientCommands()
{
    const Positional name { QStringLiteral("NAME"),
        CliText::tr("The client's name, for example the company's name.") };
    return {
        Command { QStringLiteral("client"), QStringLiteral("add"),
            CliText::tr("Add a client (workspace) for servers, storage and jobs."), { name },
            { notesOption() }, false, addClient },
        Command { QStringLiteral("client"), QStringLiteral("list"),
            CliText::tr("List the clients with their numbers of servers, storage targets and jobs."), {}, {},
            true, listClients },
        Command { QStringLiteral("client"), QStringLiteral("remove"),
            CliText::tr("Remove a client that no longer has servers, storage, keys or jobs."), { name }, {},
            false, removeClient },
    };
}

} // namespace cairn::cli

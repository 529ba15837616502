#include "cli/ClientChoice.h"

#include "store/ClientRepository.h"

namespace cairn::cli {

std::optional<Client> ClientChoice::resolve(
    Invocation &in, const std::shared_ptr<Database> &db, const QString &thing)
{
    ClientRepository clients(db);
    const QString named = in.parser.value(QStringLiteral("client"));
    if (!named.isEmpty()) {
        auto client = clients.find(named);
        if (!client)
            in.fail(CliText::tr("There is no client named \"%1\"; see cairn-cli client list for the names.")
                        .arg(named.trimmed()));
        return client;
    }
    const QList<Client> all = clients.list();
    if (all.isEmpty()) {
        in.fail(CliText::tr("There is no client yet; add one first with cairn-cli client add NAME."));
        return std::nullopt;
    }
    if (all.size() > 1) {
        in.fail(CliText::tr("There are %1 clients; name the one this %2 belongs to with --client NAME.")
                    .arg(all.size())
                    .arg(thing));
        return std::nullopt;
    }
    return all.first();
}

} // namespace cairn::cli

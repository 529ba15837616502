#include "cli/ClientChoice.h"

#include "store/ClientRepository.h"

namespace cairn::cli {

QCommandLineOption clientOption(const QString &what)
{
    return QCommandLineOption(QStringList { QStringLiteral("client") },
        CliText::tr("The client the %1 belongs to (default: the only client).").arg(what),
        CliText::tr("name"));
}

std::optional<qint64> clientFilter(Invocation &in, const std::shared_ptr<Database> &db)
{
    if (in.parser.value(QStringLiteral("client")).isEmpty())
        return qint64(0);
    const auto client = resolveClient(in, db);
    if (!client)
        return std::nullopt;
    return client->id;
}

std::optional<Client> resolveClient(Invocation &in, const std::shared_ptr<Database> &db)
{
    ClientRepository clients(db);
    const QString named = in.parser.value(QStringLiteral("client"));
    if (!named.isEmpty()) {
        auto client = clients.find(named);
        if (!client)
            in.fail(CliText::tr("There is no client named \"%1\"; see cairn-cli client list for the names.")
                        .arg(shown(named)));
        return client;
    }
    const QList<Client> all = clients.list();
    if (all.isEmpty()) {
        in.fail(CliText::tr("There is no client yet; add one first with cairn-cli client add NAME."));
        return std::nullopt;
    }
    if (all.size() > 1) {
        in.fail(
            CliText::tr("There are %1 clients; name the one you mean with --client NAME.").arg(all.size()));
        return std::nullopt;
    }
    return all.first();
}

std::optional<Client> clientOfNamed(Invocation &in, const std::shared_ptr<Database> &db,
    const QList<qint64> &clientIds, const QString &notFound)
{
    if (!in.parser.value(QStringLiteral("client")).isEmpty()) {
        auto client = resolveClient(in, db);
        if (client && !clientIds.contains(client->id)) {
            in.fail(notFound);
            return std::nullopt;
        }
        return client;
    }
    if (clientIds.isEmpty()) {
        in.fail(notFound);
        return std::nullopt;
    }
    if (clientIds.size() > 1) {
        in.fail(
            CliText::tr("%1 clients have something of that name; name the one you mean with --client NAME.")
                .arg(clientIds.size()));
        return std::nullopt;
    }
    return ClientRepository(db).findById(clientIds.first());
}

QString shown(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            out += QStringLiteral("\\u{%1}").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace cairn::cli

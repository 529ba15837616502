#pragma once
// --client for the key and server commands: the client named, else the only client; and the key or
// server a NAME means (within --client when given, else the one of that name across clients).

#include "cli/CliCommand.h"
#include "store/Records.h"

#include <optional>

namespace cairn::cli {

QCommandLineOption clientOption(const QString &what);
// Prints one sentence on stderr and returns nullopt when --client does not decide it.
std::optional<Client> resolveClient(Invocation &in, const std::shared_ptr<Database> &db);
// For list commands: --client narrows to one client's id; without it 0 (every client).
// nullopt (after one sentence on stderr) when --client names no client.
std::optional<qint64> clientFilter(Invocation &in, const std::shared_ptr<Database> &db);
// Exactly one of the clients, given the ids of the clients that have something named NAME; one
// sentence on stderr otherwise (none: notFound; several: asks for --client).
std::optional<Client> clientOfNamed(Invocation &in, const std::shared_ptr<Database> &db,
    const QList<qint64> &clientIds, const QString &notFound);
// Control characters of stored names never reach a terminal raw.
QString shown(const QString &text);

// The storage and provider commands' spelling of resolveClient(): one mechanism behind both.
struct ClientChoice final {
    static std::optional<Client> resolve(
        Invocation &in, const std::shared_ptr<Database> &db, const QString &thing)
    {
        Q_UNUSED(thing);
        return resolveClient(in, db);
    }
};

} // namespace cairn::cli

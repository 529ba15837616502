#pragma once
// Which client a storage or provider command acts for: --client NAME, else the only client.

#include "cli/CliCommand.h"
#include "store/Records.h"

#include <optional>

namespace cairn::cli {

struct ClientChoice final {
    // Prints one sentence on stderr and returns nullopt when --client names no client, or when it
    // is missing and there is not exactly one client. `thing` completes "name the one this %1
    // belongs to", e.g. "storage target".
    static std::optional<Client> resolve(
        Invocation &in, const std::shared_ptr<Database> &db, const QString &thing);
};

} // namespace cairn::cli

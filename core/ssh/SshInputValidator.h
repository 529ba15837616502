#pragma once
// Checks what a person typed for a server before anything touches the network: host name or IP
// address, port and user name. Each check returns an empty string when the value is fine, or
// one sentence saying what is wrong and how to fix it.

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cairn {

class SshInputValidator final {
    Q_DECLARE_TR_FUNCTIONS(cairn::SshInputValidator)

public:
    // DNS names (internationalised names too), dotted IPv4 and IPv6 (bare or in [brackets]).
    static QString checkHost(const QString &host);
    // The form to resolve: ACE for internationalised names, lower case, IPv6 without brackets.
    // Empty when checkHost() refuses the host.
    static QString normalizeHost(const QString &host);
    static QString checkPort(int port);
    // Digits only, 1 to 65535; nullopt for anything else ("22 ", "+22", "0x16", "022").
    static std::optional<int> parsePort(const QString &text);
    // POSIX portable user names: letters, digits, '.', '_' and '-', not starting with '-', at most
    // 32 characters.
    static QString checkUser(const QString &user);
};

} // namespace cairn

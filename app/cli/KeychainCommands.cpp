// cairn-cli keychain check: proves the OS keychain can store, return and delete a secret.
#include "cli/CliCommand.h"
#include "secrets/KeychainProbe.h"

#include <QEventLoop>

namespace cairn::cli {

namespace {

int checkKeychain(Invocation &in)
{
    KeychainProbe probe;
    QEventLoop loop; // the CLI has no GUI thread to keep responsive: waiting here is fine
    QObject::connect(&probe, &KeychainProbe::finished, &loop, &QEventLoop::quit);
    probe.start();
    if (!probe.isFinished())
        loop.exec();
    if (!probe.works())
        return in.fail(probe.errorString());
    in.out << CliText::tr("The keychain works: Cairn stored, read back and removed a test secret.")
           << Qt::endl;
    return Success;
}

} // namespace

QList<Command> keychainCommands()
{
    return {
        Command { QStringLiteral("keychain"), QStringLiteral("check"),
            CliText::tr("Check that the OS keychain can store, return and delete a secret."), {}, {}, false,
            checkKeychain },
    };
}

} // namespace cairn::cli

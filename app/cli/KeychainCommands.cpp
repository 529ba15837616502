// cairn-cli keychain check: proves the OS keychain can store, return and delete a secret.
#include "cli/CliCommand.h"
#include "secrets/SecretStore.h"

#include <openssl/rand.h>

namespace cairn::cli {

namespace {

int checkKeychain(Invocation &in)
{
    SecretStore store;
    const QString reference = SecretStore::newReference(QStringLiteral("probe"));
    QByteArray random(32, '\0');
    RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), static_cast<int>(random.size()));
    const SecureBytes probe = SecureBytes::takeFrom(random);

    SecretJob *write = store.write(reference, probe);
    write->waitForFinished();
    if (!write->ok())
        return in.fail(write->errorString());

    SecretJob *read = store.read(reference);
    read->waitForFinished();
    const bool same = read->ok() && read->takeData().view() == probe.view();
    const QString readError = read->errorString();

    SecretJob *remove = store.remove(reference);
    remove->waitForFinished();

    if (!same)
        return in.fail(readError.isEmpty() ? CliText::tr("The keychain returned something other than what Cairn stored; check the keychain software and try again.")
                                            : readError);
    if (!remove->ok())
        return in.fail(remove->errorString());
    in.out << CliText::tr("The keychain works: Cairn stored, read back and removed a test secret.") << Qt::endl;
    return Success;
}

} // namespace

QList<Command> keychainCommands()
{
    return {
        Command{QStringLiteral("keychain"), QStringLiteral("check"),
                CliText::tr("Check that the OS keychain can store, return and delete a secret."), {}, {}, false, checkKeychain},
    };
}

} // namespace cairn::cli

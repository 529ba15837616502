// cairn-cli: the headless front end to the same core the GUI uses.
#include "cli/CliApp.h"
#include "security/Hardening.h"
#include "ssh/SshLibrary.h"
#include "util/AppInfo.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // First: no core dump may ever hold a secret of this process.
    cairn::Hardening::disableCoreDumps();

    // libssh2 and OpenSSL are initialised once, before any worker thread exists.
    cairn::SshLibrary::initialize();
    QCoreApplication app(argc, argv);
    cairn::AppInfo::describe(app, QStringLiteral("cairn-cli"));
    cairn::AppInfo::installTranslations(app);
    return cairn::cli::runCli(QCoreApplication::arguments());
}

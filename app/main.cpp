// cairn: the desktop application. Builds the application object, parses options, runs.
#include "ssh/SshLibrary.h"
#include "util/AppInfo.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    // libssh2 and OpenSSL are initialised once, before any worker thread exists.
    cairn::SshLibrary::initialize();
    QApplication app(argc, argv);
    cairn::AppInfo::describe(app, QStringLiteral("Cairn"));
    cairn::AppInfo::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Server backups to your own object storage."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    cairn::MainWindow window;
    window.show();
    return app.exec();
}

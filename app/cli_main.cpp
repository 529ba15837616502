// cairn-cli: the headless front end to the same core.
#include "util/AppInfo.h"

#include <QCoreApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    cairn::AppInfo::describe(app, QStringLiteral("cairn-cli"));
    cairn::AppInfo::installTranslations(app);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}

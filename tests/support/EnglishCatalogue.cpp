// Compiled into every test executable (see cairn_add_test): installs Cairn's English catalogue
// when the application object is created, as the app and the CLI always do
// (AppInfo::installTranslations). Counted messages have plural-neutral source texts
// ("%n server(s)"); the catalogue supplies "1 server" / "2 servers", which the tests assert.
// Tests without cairn_core have no catalogue resource, and nothing is installed.
#include <QCoreApplication>
#include <QTranslator>

namespace {

void installEnglishCatalogue()
{
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(":/i18n/cairn_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishCatalogue)

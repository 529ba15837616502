// cairn: the desktop application. Builds the application object, parses options, opens the
// store and shows the main window.
#include "secrets/SecretStore.h"
#include "settings/UiSettings.h"
#include "ssh/SshLibrary.h"
#include "store/ClientRepository.h"
#include "store/Database.h"
#include "security/AuditAnchor.h"
#include "security/Hardening.h"
#include "util/AppInfo.h"
#include "views/FirstShowProbe.h"
#include "views/MainWindow.h"
#include "views/StartupClock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QWindow>

#include <cstdio>
#include <cstring>

namespace {

struct Options {
    QCommandLineOption db { QStringLiteral("db"),
        QCoreApplication::translate("main", "Use the database at PATH instead of the default one."),
        QCoreApplication::translate("main", "PATH") };
    QCommandLineOption minimized { QStringLiteral("minimized"),
        QCoreApplication::translate("main", "Start in the tray (or minimised when there is no tray).") };
    QCommandLineOption quitAfterShow { QStringLiteral("quit-after-show"),
        QCoreApplication::translate("main",
            "Quit as soon as the window is shown and print shown-ms=<milliseconds since start> (startup "
            "benchmark).") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Server backups straight from your servers to your own object storage."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({ db, minimized, quitAfterShow });
    }
};

// --help and --version must work without a display (CI, ssh): they need no QApplication.
bool onlyWantsInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--") == 0)
            break;
        for (const char *name : { "-h", "--help", "-?", "--help-all", "-v", "--version" }) {
            if (std::strcmp(arg, name) == 0)
                return true;
        }
    }
    return false;
}

// Qt aborts with a page of plugin diagnostics when it finds no display; say it in one sentence.
bool hasDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strncmp(argv[i], "-platform=", 10) == 0)
            return true; // the person chose a platform plugin themselves
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

void useLanguageFromSettings()
{
    // CAIRN_LANG wins over the setting, so a language can be forced for one start.
    if (qEnvironmentVariableIsEmpty("CAIRN_LANG")) {
        const QString language = cairn::UiSettings().language();
        if (!language.isEmpty())
            qputenv("CAIRN_LANG", language.toLatin1());
    }
    // A chosen language also formats numbers and dates, so a German window does not say "1,000".
    const QString chosen = qEnvironmentVariable("CAIRN_LANG");
    if (!chosen.isEmpty())
        QLocale::setDefault(QLocale(chosen));
}

int fail(const QString &sentence)
{
    std::fprintf(stderr, "%s\n", qPrintable(sentence));
    // A message box needs a person at a screen; the offscreen and minimal platforms have neither.
    const QString platform = QGuiApplication::platformName();
    if (platform != QLatin1String("offscreen") && platform != QLatin1String("minimal"))
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cairn cannot start"), sentence);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // First: no core dump may ever hold a secret of this process.
    cairn::Hardening::disableCoreDumps();

    // libssh2 and OpenSSL are initialised once, before any worker thread exists.
    cairn::SshLibrary::initialize();

    if (onlyWantsInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        cairn::AppInfo::describe(app, QStringLiteral("Cairn"));
        useLanguageFromSettings();
        cairn::AppInfo::installTranslations(app);
        QCommandLineParser parser;
        const Options options;
        options.addTo(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    if (!hasDisplay(argc, argv)) {
        QCoreApplication core(argc, argv);
        cairn::AppInfo::describe(core, QStringLiteral("Cairn"));
        useLanguageFromSettings();
        cairn::AppInfo::installTranslations(core);
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main",
                "Cairn needs a desktop session and none was found (DISPLAY and WAYLAND_DISPLAY are not set); "
                "log in to a desktop, or use cairn-cli on a machine without one.")));
        return 1;
    }

    QApplication app(argc, argv);
    cairn::AppInfo::describe(app, QStringLiteral("Cairn"));
    useLanguageFromSettings();
    cairn::AppInfo::installTranslations(app);

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);

    cairn::StoreError error;
    auto database = cairn::Database::open(cairn::Database::resolvePath(parser.value(options.db)), &error);
    if (!database)
        return fail(error.message);
    cairn::ClientRepository(database).ensureOne(QCoreApplication::translate("main", "My company"), &error);
    if (error)
        return fail(error.message);
    {
        // The audit log's anchor key, read once before the event loop starts (one keychain round
        // trip), so the entries this session writes move the anchor. A keychain problem leaves them
        // unanchored; audit verify says what it could not check.
        cairn::SecretStore secrets;
        cairn::AuditAnchor::prepare(database, &secrets);
    }

    const bool quitAfterShow = parser.isSet(options.quitAfterShow);
    const bool trayAvailable = QSystemTrayIcon::isSystemTrayAvailable();
    app.setQuitOnLastWindowClosed(!trayAvailable);
    cairn::MainWindow window(database, trayAvailable);
    QObject::connect(
        &window, &cairn::MainWindow::quitRequested, &app, &QCoreApplication::quit, Qt::QueuedConnection);

    if (quitAfterShow) {
        window.winId(); // creates the QWindow so the probe can watch its first expose
        auto *probe = new cairn::FirstShowProbe(window.windowHandle(), &app);
        QObject::connect(probe, &cairn::FirstShowProbe::shown, &app, [] {
            std::printf("shown-ms=%.1f shown-cpu-ms=%.1f\n", cairn::StartupClock::millisecondsSinceStart(),
                cairn::StartupClock::cpuMillisecondsSinceStart());
            std::fflush(stdout);
            QCoreApplication::quit();
        });
        window.show();
        return app.exec();
    }

    const bool minimized = parser.isSet(options.minimized) || cairn::UiSettings().startMinimized();
    if (!minimized)
        window.show();
    else if (!trayAvailable)
        window.showMinimized();
    // else: only the tray icon; its Open shows the window.
    return app.exec();
}

#pragma once
// Application-wide facts shared by the GUI and the CLI: names, version, translation loading.

#include <QString>

class QCoreApplication;

namespace cairn {

struct AppInfo final {
    static QString version();
    static QString organizationDomain();
    // Sets application name, organisation and version on the application object.
    static void describe(QCoreApplication &app, const QString &applicationName);
    // Installs the Qt and Cairn translators for the system locale (or CAIRN_LANG when set), with
    // Cairn's English catalogue beneath as the fallback that supplies English plural forms.
    static void installTranslations(QCoreApplication &app);
};

} // namespace cairn

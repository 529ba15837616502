#pragma once
// Start Cairn on login: an XDG autostart entry ($XDG_CONFIG_HOME/autostart/org.cairnbackup.Cairn.desktop)
// that starts this binary in the tray. Switched on and off from the settings dialog.

#include <QCoreApplication>
#include <QString>

namespace cairn {

class Autostart final {
    Q_DECLARE_TR_FUNCTIONS(cairn::Autostart)

public:
    static QString entryPath();
    static bool isEnabled();
    // Writes or removes the entry. On failure: false and one sentence in *error.
    static bool setEnabled(bool enabled, QString *error);
    // The entry's text for the program at executable (quoted per the Desktop Entry spec).
    static QByteArray entry(const QString &executable);
};

} // namespace cairn

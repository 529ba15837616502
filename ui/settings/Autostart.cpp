#include "settings/Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace cairn {

QString Autostart::entryPath()
{
    // GenericConfigLocation is $XDG_CONFIG_HOME (default ~/.config).
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/org.cairnbackup.Cairn.desktop");
}

bool Autostart::isEnabled()
{
    return QFileInfo::exists(entryPath());
}

QByteArray Autostart::entry(const QString &executable)
{
    // Desktop Entry spec: a quoted argument escapes ", `, $ and \ with a backslash, and the
    // whole Exec value escapes \ once more (and % as %%).
    QString quoted = executable;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    for (const QChar c : { QLatin1Char('"'), QLatin1Char('`'), QLatin1Char('$') })
        quoted.replace(c, QStringLiteral("\\") + c);
    quoted = QStringLiteral("\"") + quoted + QStringLiteral("\"");
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('%'), QStringLiteral("%%"));
    quoted.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString text = QStringLiteral("[Desktop Entry]\n"
                                        "Type=Application\n"
                                        "Version=1.4\n"
                                        "Name=Cairn\n"
                                        "Comment=Run scheduled server backups in the background\n"
                                        "Exec=%1 --minimized\n"
                                        "Icon=org.cairnbackup.Cairn\n"
                                        "Terminal=false\n"
                                        "StartupNotify=false\n"
                                        "X-GNOME-Autostart-enabled=true\n")
                             .arg(quoted);
    return text.toUtf8();
}

bool Autostart::setEnabled(bool enabled, QString *error)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            *error = tr("Cairn could not remove %1; delete it by hand to stop starting Cairn on login.")
                         .arg(path);
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly)
        || file.write(entry(QCoreApplication::applicationFilePath())) < 0 || !file.commit()) {
        *error = tr("Cairn could not write %1; check that the folder is writable.").arg(path);
        return false;
    }
    return true;
}

} // namespace cairn

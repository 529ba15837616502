#include "util/AppInfo.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cairn {

QString AppInfo::version()
{
    return QStringLiteral(CAIRN_VERSION);
}

QString AppInfo::organizationDomain()
{
    return QStringLiteral("cairnbackup.org");
}

void AppInfo::describe(QCoreApplication &app, const QString &applicationName)
{
    app.setApplicationName(applicationName);
    app.setOrganizationName(QStringLiteral("Cairn"));
    app.setOrganizationDomain(organizationDomain());
    app.setApplicationVersion(version());
}

void AppInfo::installTranslations(QCoreApplication &app)
{
    const QByteArray forced = qgetenv("CAIRN_LANG");
    const QLocale locale = forced.isEmpty() ? QLocale::system() : QLocale(QString::fromLatin1(forced));

    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("cairn"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace cairn

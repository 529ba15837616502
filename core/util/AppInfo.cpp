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

    // English always, as the fallback: the source texts of counted messages ("%n server(s)") have no
    // plural forms, cairn_en does. Qt searches the translator installed last first, so the locale's
    // own catalogue (installed next) wins wherever it has the message.
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral("cairn_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(english);
    if (locale.language() == QLocale::English)
        return;
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("cairn"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace cairn

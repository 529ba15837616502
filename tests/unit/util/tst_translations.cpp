// AppInfo::installTranslations: counted messages ("%n second(s)") read as correct English under any
// locale without its own catalogue (C, French, Polish), and in German under German, because the
// English catalogue is always installed beneath the locale's one.
#include "schedule/CronExpression.h"
#include "schedule/ScheduleText.h"
#include "util/AppInfo.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

using namespace cairn;

namespace {

QString cronError(const QString &text)
{
    QString error;
    if (CronExpression::parse(text, &error))
        return QStringLiteral("(parsed)");
    return error;
}

// What each case produces at run time; the table below holds what a person must read.
QString produce(const QString &what)
{
    using std::chrono::seconds;
    if (what == QLatin1String("0 s"))
        return ScheduleText::duration(seconds(0));
    if (what == QLatin1String("1 s"))
        return ScheduleText::duration(seconds(1));
    if (what == QLatin1String("2 s"))
        return ScheduleText::duration(seconds(2));
    if (what == QLatin1String("1 h 1 min"))
        return ScheduleText::duration(seconds(3600 + 60));
    if (what == QLatin1String("2 h 2 min"))
        return ScheduleText::duration(seconds(2 * 3600 + 120));
    if (what == QLatin1String("2 days"))
        return ScheduleText::duration(seconds(2 * 86400));
    if (what == QLatin1String("cron 1 field"))
        return cronError(QStringLiteral("*"));
    if (what == QLatin1String("cron 4 fields"))
        return cronError(QStringLiteral("* * * *"));
    if (what == QLatin1String("every day"))
        return ScheduleText::weekDays({ 1, 2, 3, 4, 5, 6, 7 }, QLocale::c());
    return QStringLiteral("(unknown case)");
}

struct Expected {
    const char *what;
    const char *english;
    const char *german;
};

const Expected cases[] = {
    { "0 s", "0 seconds", "0 Sekunden" },
    { "1 s", "1 second", "1 Sekunde" },
    { "2 s", "2 seconds", "2 Sekunden" },
    { "1 h 1 min", "1 hour and 1 minute", "1 Stunde und 1 Minute" },
    { "2 h 2 min", "2 hours and 2 minutes", "2 Stunden und 2 Minuten" },
    { "2 days", "2 days", "2 Tage" },
    { "cron 1 field",
        "The cron expression has 1 field; it needs 5: minute, hour, day of month, month and day of week.",
        "Der Cron-Ausdruck hat 1 Feld; er braucht 5: Minute, Stunde, Tag des Monats, Monat und Wochentag." },
    { "cron 4 fields",
        "The cron expression has 4 fields; it needs 5: minute, hour, day of month, month and day of week.",
        "Der Cron-Ausdruck hat 4 Felder; er braucht 5: Minute, Stunde, Tag des Monats, Monat und "
        "Wochentag." },
    // Not counted: the English fallback must not hide the locale's own text, nor invent one.
    { "every day", "every day", "jeden Tag" },
};

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // Each row starts with no translator: not the English one every test gets at start-up
        // (tests/support/EnglishCatalogue.cpp), nor the previous row's (installTranslations parents
        // its translators to the application).
        const auto translators = qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void countedMessages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        // C and the languages without a Cairn catalogue (fr; pl, which has three plural forms) fall
        // back to English; en and en_GB get it directly; de and de_AT get German.
        const char *englishReaders[] = { "C", "fr", "pl", "en", "en_GB" };
        const char *germanReaders[] = { "de", "de_AT" };
        for (const Expected &c : cases) {
            for (const char *language : englishReaders)
                QTest::addRow("%s: %s", language, c.what)
                    << QString::fromLatin1(language) << QString::fromLatin1(c.what)
                    << QString::fromUtf8(c.english);
            for (const char *language : germanReaders)
                QTest::addRow("%s: %s", language, c.what)
                    << QString::fromLatin1(language) << QString::fromLatin1(c.what)
                    << QString::fromUtf8(c.german);
        }
    }

    void countedMessages()
    {
        QFETCH(QString, language);
        QFETCH(QString, what);
        QFETCH(QString, expected);
        const QByteArray before = qgetenv("CAIRN_LANG");
        const bool wasSet = qEnvironmentVariableIsSet("CAIRN_LANG");
        const auto restore = qScopeGuard([&] {
            if (wasSet)
                qputenv("CAIRN_LANG", before);
            else
                qunsetenv("CAIRN_LANG");
        });
        qputenv("CAIRN_LANG", language.toLatin1());
        AppInfo::installTranslations(*QCoreApplication::instance());
        QCOMPARE(produce(what), expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

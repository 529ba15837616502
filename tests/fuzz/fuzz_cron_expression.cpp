// libFuzzer target: the cron parser (core/schedule/CronExpression). Any text must either parse
// into sets inside their ranges or be refused with a sentence; an accepted expression must
// re-parse from its normalised text to the same sets, and describing it or asking for the next
// run must not crash.

#include "FuzzCheck.h"
#include "schedule/CronExpression.h"

#include <QDate>
#include <QLocale>
#include <cstddef>
#include <cstdint>

using cairn::CronExpression;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<CronExpression> cron = CronExpression::parse(text, &error);
    if (!cron) {
        CAIRN_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    CAIRN_FUZZ_CHECK((cron->minutes() & ~CronExpression::allMinutes) == 0);
    CAIRN_FUZZ_CHECK((cron->hours() & ~CronExpression::allHours) == 0);
    CAIRN_FUZZ_CHECK((cron->daysOfMonth() & ~CronExpression::allDaysOfMonth) == 0);
    CAIRN_FUZZ_CHECK((cron->months() & ~CronExpression::allMonths) == 0);
    CAIRN_FUZZ_CHECK((cron->daysOfWeek() & ~CronExpression::allDaysOfWeek) == 0);

    QString again;
    const std::optional<CronExpression> reparsed = CronExpression::parse(cron->text(), &again);
    CAIRN_FUZZ_CHECK(reparsed.has_value());
    CAIRN_FUZZ_CHECK(*reparsed == *cron);

    (void)cron->describe(QLocale::c());
    // Bounded span: a year is enough to meet every allowed month at least once.
    QDate date(2024, 2, 28);
    int minute = 1439;
    if (cron->nextMatch(&date, &minute, QDate(2025, 2, 28))) {
        CAIRN_FUZZ_CHECK(minute >= 0 && minute < 1440);
        CAIRN_FUZZ_CHECK(cron->dayMatches(date) && (cron->months() & (1u << date.month())));
        CAIRN_FUZZ_CHECK(cron->minutes() & (quint64(1) << (minute % 60)));
        CAIRN_FUZZ_CHECK(cron->hours() & (quint32(1) << (minute / 60)));
    }
    return 0;
}

#include "wizards/AddJobSchedulePage.h"

#include "schedule/ScheduleText.h"
#include "theme/Style.h"
#include "wizards/AddJobWizard.h"
#include "wizards/AddStorageFieldError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace cairn {

namespace {

constexpr int previewRuns = 5;
const QTime defaultTime(2, 0);
const QTime defaultVerifyTime(5, 0);

QTimeEdit *makeTimeEdit(const char *name, const QString &accessibleName, QTime value, QWidget *parent)
{
    auto *edit = new QTimeEdit(value, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

int hoursRoundedUp(std::chrono::seconds length)
{
    return int((length.count() + 3599) / 3600);
}

} // namespace

AddJobSchedulePage::AddJobSchedulePage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("When should it run?"));
    setSubTitle(tr("Cairn starts the job by itself at these times and tells you when a good backup is "
                   "overdue, so a backup that silently stops happening is noticed."));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("scheduleKind"));
    m_kind->setAccessibleName(tr("Runs"));
    m_kind->addItem(tr("Only when I start it"));
    m_kind->addItem(tr("Every hour"));
    m_kind->addItem(tr("Every day"));
    m_kind->addItem(tr("Every week, on chosen days"));
    m_kind->addItem(tr("Every month, on one day"));
    m_kind->addItem(tr("Cron expression"));
    m_form->addRow(tr("&Runs:"), m_kind);

    m_minute = new QSpinBox(this);
    m_minute->setObjectName(QStringLiteral("scheduleMinute"));
    m_minute->setAccessibleName(tr("Minute past the hour"));
    m_minute->setRange(0, 59);
    m_form->addRow(tr("At &minute:"), m_minute);

    m_time = makeTimeEdit("scheduleTime", tr("Time of day"), defaultTime, this);
    m_form->addRow(tr("&At:"), m_time);

    m_dayRow = new QWidget(this);
    auto *days = new QHBoxLayout(m_dayRow);
    days->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), m_dayRow);
        box->setObjectName(QStringLiteral("scheduleDay%1").arg(day));
        box->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        box->setChecked(day == 1);
        days->addWidget(box);
        m_days[day - 1] = box;
    }
    days->addStretch(1);
    m_form->addRow(tr("On:"), m_dayRow);

    m_dayOfMonth = new QSpinBox(this);
    m_dayOfMonth->setObjectName(QStringLiteral("scheduleDayOfMonth"));
    m_dayOfMonth->setAccessibleName(tr("Day of the month"));
    m_dayOfMonth->setRange(1, 31);
    m_form->addRow(tr("On &day:"), m_dayOfMonth);

    m_cron = new QLineEdit(this);
    m_cron->setObjectName(QStringLiteral("scheduleCron"));
    m_cron->setAccessibleName(tr("Cron expression"));
    m_cron->setPlaceholderText(tr("minute hour day month weekday, e.g. 30 2 * * 1-5"));
    m_form->addRow(tr("C&ron expression:"), m_cron);

    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("scheduleZone"));
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    std::sort(zones.begin(), zones.end());
    for (const QByteArray &id : std::as_const(zones))
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_form->addRow(tr("Time &zone:"), m_zone);

    m_offset = new QSpinBox(this);
    m_offset->setObjectName(QStringLiteral("scheduleOffset"));
    m_offset->setAccessibleName(tr("Random delay in minutes"));
    m_offset->setRange(0, int(Schedule::maxRandomOffset.count() / 60));
    m_offset->setSuffix(tr(" minutes later"));
    m_offset->setSpecialValueText(tr("On time, no random delay"));
    m_offset->setToolTip(tr("Many jobs on one storage or server start spread out instead of all at once; "
                            "each job's delay is random but the same every time."));
    m_form->addRow(tr("Start up to:"), m_offset);

    m_missed = new QComboBox(this);
    m_missed->setObjectName(QStringLiteral("scheduleMissed"));
    m_missed->setAccessibleName(tr("After downtime"));
    m_missed->addItem(tr("Run once as soon as Cairn is back"));
    m_missed->addItem(tr("Skip to the next time"));
    m_form->addRow(tr("Missed &runs:"), m_missed);

    auto *targetRow = new QWidget(this);
    auto *target = new QHBoxLayout(targetRow);
    target->setContentsMargins(0, 0, 0, 0);
    m_targetCustom = new QCheckBox(tr("Choose &myself:"), targetRow);
    m_targetCustom->setObjectName(QStringLiteral("scheduleTargetCustom"));
    m_target = new QSpinBox(targetRow);
    m_target->setObjectName(QStringLiteral("scheduleTarget"));
    m_target->setAccessibleName(tr("Hours without a good backup before the job is overdue"));
    m_target->setRange(1, int(Schedule::maxTargetAge.count() / 3600));
    m_target->setSuffix(tr(" hours"));
    m_target->setValue(26);
    target->addWidget(m_targetCustom);
    target->addWidget(m_target);
    target->addStretch(1);
    m_form->addRow(tr("Overdue after:"), targetRow);

    auto *verifyRow = new QWidget(this);
    auto *verify = new QHBoxLayout(verifyRow);
    verify->setContentsMargins(0, 0, 0, 0);
    m_verify = new QComboBox(verifyRow);
    m_verify->setObjectName(QStringLiteral("verifyKind"));
    m_verify->setAccessibleName(tr("Verify the newest backup"));
    m_verify->addItem(tr("Never by itself"));
    m_verify->addItem(tr("Every day"));
    m_verify->addItem(tr("Every week, on Sunday"));
    m_verify->addItem(tr("Every month, on the 1st"));
    m_verify->addItem(tr("At another time\u2026"));
    m_verifyTime = makeTimeEdit("verifyTime", tr("Verify at"), defaultVerifyTime, verifyRow);
    verify->addWidget(m_verify);
    verify->addWidget(new QLabel(tr("at"), verifyRow));
    verify->addWidget(m_verifyTime);
    verify->addStretch(1);
    auto *verifyLabel = new QLabel(tr("&Verify the newest backup:"), this);
    verifyLabel->setBuddy(m_verify);
    verifyLabel->setToolTip(tr("The server downloads the backup and checks it against its manifest, so a "
                               "damaged or missing archive is found before you need it."));
    m_form->addRow(verifyLabel, verifyRow);

    // Any verify time `cairn-cli job schedule NAME --verify` takes, read by the same parser.
    m_verifyCustomEdit = new QLineEdit(this);
    m_verifyCustomEdit->setObjectName(QStringLiteral("verifyCustom"));
    m_verifyCustomEdit->setAccessibleName(tr("Verify schedule"));
    m_verifyCustomEdit->setPlaceholderText(tr("for example: weekly sun 05:00"));
    m_verifyCustomEdit->setToolTip(tr("Written like the backup schedule: hourly :15, daily 04:00, weekly "
                                      "mon,thu 05:00, monthly 1 06:00 or cron 0 4 1-7 * 0; the time zone "
                                      "above applies unless you add tz=."));
    m_form->addRow(tr("Verify &when:"), m_verifyCustomEdit);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("schedulePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Style::makeMuted(m_preview);
    // Room for its longest form (a wrapped description, five runs, the target and the verify), so
    // the wizard is tall enough from the start: a wrapped label's height does not reach its size hint.
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 12);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_preview);
    m_error = new AddStorageFieldError(this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    // A new job runs every night and is verified weekly: the defaults that keep a backup both
    // recent and known good without the person choosing anything.
    m_kind->setCurrentIndex(Daily);
    m_verify->setCurrentIndex(VerifyWeekly);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AddJobSchedulePage::updateFields);
    connect(m_verify, &QComboBox::currentIndexChanged, this, &AddJobSchedulePage::updateFields);
    for (QSpinBox *box : { m_minute, m_dayOfMonth, m_offset, m_target })
        connect(box, &QSpinBox::valueChanged, this, &AddJobSchedulePage::updatePreview);
    for (QTimeEdit *edit : { m_time, m_verifyTime })
        connect(edit, &QTimeEdit::timeChanged, this, &AddJobSchedulePage::updatePreview);
    for (QCheckBox *box : m_days)
        connect(box, &QCheckBox::toggled, this, &AddJobSchedulePage::updatePreview);
    connect(m_targetCustom, &QCheckBox::toggled, this, &AddJobSchedulePage::updateFields);
    connect(m_cron, &QLineEdit::textChanged, this, &AddJobSchedulePage::updatePreview);
    connect(m_verifyCustomEdit, &QLineEdit::textChanged, this, &AddJobSchedulePage::updatePreview);
    connect(m_zone, &QComboBox::currentTextChanged, this, &AddJobSchedulePage::updatePreview);
    connect(m_missed, &QComboBox::currentIndexChanged, this, &AddJobSchedulePage::updatePreview);
    setFocusProxy(m_kind);
    updateFields();
}

void AddJobSchedulePage::setChoice(Choice choice)
{
    m_kind->setCurrentIndex(choice);
}

void AddJobSchedulePage::setJobId(qint64 jobId)
{
    m_jobId = jobId;
    updatePreview();
}

void AddJobSchedulePage::setPreviewStart(const QDateTime &start)
{
    m_previewStart = start;
    updatePreview();
}

void AddJobSchedulePage::updateFields()
{
    const int kind = m_kind->currentIndex();
    m_form->setRowVisible(m_minute, kind == Hourly);
    m_form->setRowVisible(m_time, kind == Daily || kind == Weekly || kind == Monthly);
    m_form->setRowVisible(m_dayRow, kind == Weekly);
    m_form->setRowVisible(m_dayOfMonth, kind == Monthly);
    m_form->setRowVisible(m_cron, kind == Cron);
    m_form->setRowVisible(m_offset, kind != Manual);
    m_form->setRowVisible(m_missed, kind != Manual);
    m_target->setEnabled(m_targetCustom->isChecked());
    m_verifyTime->setEnabled(
        m_verify->currentIndex() != VerifyNever && m_verify->currentIndex() != VerifyCustom);
    m_form->setRowVisible(m_verifyCustomEdit, m_verify->currentIndex() == VerifyCustom);
    updatePreview();
}

std::optional<QTimeZone> AddJobSchedulePage::zone(QString *error) const
{
    const QString id = m_zone->currentText().trimmed();
    const QTimeZone zone(id.toUtf8());
    if (id.isEmpty() || !zone.isValid()) {
        *error = tr("Cairn does not know the time zone \u201C%1\u201D; pick one from the list, for example "
                    "Europe/Berlin.")
                     .arg(id);
        return std::nullopt;
    }
    return zone;
}

std::optional<Schedule> AddJobSchedulePage::schedule(QString *error) const
{
    QString scratch;
    QString &message = error ? *error : scratch;
    message.clear();
    std::optional<Schedule> s;
    switch (m_kind->currentIndex()) {
    case Hourly:
        s = Schedule::hourly(m_minute->value());
        break;
    case Daily:
        s = Schedule::daily(m_time->time());
        break;
    case Weekly: {
        QList<int> days;
        for (int day = 1; day <= 7; ++day)
            if (m_days[day - 1]->isChecked())
                days.append(day);
        if (days.isEmpty()) {
            message = tr("Tick at least one day of the week, or choose another kind of schedule.");
            return std::nullopt;
        }
        s = Schedule::weekly(days, m_time->time());
        break;
    }
    case Monthly:
        s = Schedule::monthly(m_dayOfMonth->value(), m_time->time());
        break;
    case Cron: {
        const QString text = m_cron->text().trimmed();
        if (text.isEmpty()) {
            message = tr("Type a cron expression: minute, hour, day of month, month and weekday, for "
                         "example 30 2 * * 1-5.");
            return std::nullopt;
        }
        s = Schedule::cron(text, &message);
        if (!s)
            return std::nullopt;
        break;
    }
    default:
        s = Schedule();
        break;
    }
    if (!s->isManual()) {
        const auto z = zone(&message);
        if (!z)
            return std::nullopt;
        s->setTimeZone(*z);
        s->setRandomOffsetLimit(std::chrono::minutes(m_offset->value()));
        s->setMissedRuns(
            m_missed->currentIndex() == 1 ? Schedule::MissedRuns::Skip : Schedule::MissedRuns::CatchUpOnce);
    }
    if (m_targetCustom->isChecked())
        s->setTargetAge(std::chrono::hours(m_target->value()));
    return s;
}

std::optional<Schedule> AddJobSchedulePage::verifySchedule(QString *error) const
{
    QString scratch;
    QString &message = error ? *error : scratch;
    message.clear();
    std::optional<Schedule> s;
    const QTime time = m_verifyTime->time();
    switch (m_verify->currentIndex()) {
    case VerifyDaily:
        s = Schedule::daily(time);
        break;
    case VerifyWeekly:
        s = Schedule::weekly({ Qt::Sunday }, time);
        break;
    case VerifyMonthly:
        s = Schedule::monthly(1, time);
        break;
    case VerifyCustom: {
        const QString typed = m_verifyCustomEdit->text().trimmed();
        if (typed.isEmpty()) {
            message = tr("Type when to verify, for example weekly sun 05:00, or choose another option.");
            return std::nullopt;
        }
        // The zone chosen above, unless the text names its own (as a stored schedule does).
        QString text = typed;
        if (!text.contains(QLatin1String("tz="))) {
            const auto z = zone(&message);
            if (!z)
                return std::nullopt;
            text += QStringLiteral("; tz=") + QString::fromUtf8(z->id());
        }
        QString problem;
        s = Schedule::fromString(text, &problem);
        if (!s) {
            problem = problem.trimmed();
            if (problem.endsWith(QLatin1Char('.')))
                problem.chop(1);
            message
                = tr("The verify schedule cannot be read (%1); write it like weekly sun 05:00.").arg(problem);
        }
        return s;
    }
    default:
        return Schedule();
    }
    const auto z = zone(&message);
    if (!z)
        return std::nullopt;
    s->setTimeZone(*z);
    return s;
}

QString AddJobSchedulePage::scheduleText() const
{
    const auto s = schedule();
    return s ? s->toString() : QString();
}

QString AddJobSchedulePage::verifyText() const
{
    const auto s = verifySchedule();
    return s && !s->isManual() ? s->toString() : QString();
}

void AddJobSchedulePage::load(const QString &scheduleText, const QString &verifyText)
{
    QString problem;
    if (const auto s = Schedule::fromString(scheduleText, &problem)) {
        switch (s->kind()) {
        case Schedule::Kind::Manual:
            setChoice(Manual);
            break;
        case Schedule::Kind::Hourly:
            m_minute->setValue(s->minute());
            setChoice(Hourly);
            break;
        case Schedule::Kind::Daily:
            m_time->setTime(s->time());
            setChoice(Daily);
            break;
        case Schedule::Kind::Weekly: {
            const QList<int> days = s->weekDays();
            for (int day = 1; day <= 7; ++day)
                m_days[day - 1]->setChecked(days.contains(day));
            m_time->setTime(s->time());
            setChoice(Weekly);
            break;
        }
        case Schedule::Kind::Monthly:
            m_dayOfMonth->setValue(s->dayOfMonth());
            m_time->setTime(s->time());
            setChoice(Monthly);
            break;
        case Schedule::Kind::Cron:
            m_cron->setText(s->cronExpression().text());
            setChoice(Cron);
            break;
        }
        if (!s->isManual()) {
            m_zone->setCurrentText(QString::fromUtf8(s->timeZone().id()));
            m_offset->setValue(int(s->randomOffsetLimit().count() / 60));
            m_missed->setCurrentIndex(s->missedRuns() == Schedule::MissedRuns::Skip ? 1 : 0);
        }
        m_targetCustom->setChecked(s->hasExplicitTargetAge());
        if (s->hasExplicitTargetAge())
            m_target->setValue(hoursRoundedUp(s->targetAge()));
    } else {
        m_error->setMessage(tr("The saved schedule cannot be read (%1); choose it again.").arg(problem));
    }

    const auto verify = Schedule::fromString(verifyText, &problem);
    const bool sameZone = verify && verify->timeZone() == QTimeZone(m_zone->currentText().toUtf8());
    const int index = !verify                     ? VerifyCustom
        : verify->isManual()                      ? VerifyNever
        : !sameZone                               ? VerifyCustom
        : verify->kind() == Schedule::Kind::Daily ? VerifyDaily
        : verify->kind() == Schedule::Kind::Weekly && verify->weekDays() == QList<int> { Qt::Sunday }
        ? VerifyWeekly
        : verify->kind() == Schedule::Kind::Monthly && verify->dayOfMonth() == 1 ? VerifyMonthly
                                                                                 : VerifyCustom;
    if (index == VerifyCustom) {
        // Set with cairn-cli in a form the other choices have no fields for: shown as text, kept as
        // it is unless changed here (an unreadable one is said by the preview).
        m_verifyCustomEdit->setText(verifyText);
    } else if (!verify->isManual()) {
        m_verifyTime->setTime(verify->time());
    }
    m_verify->setCurrentIndex(index);
    updateFields();
}

void AddJobSchedulePage::updatePreview()
{
    QString problem;
    const auto s = schedule(&problem);
    QString verifyProblem;
    const auto verify = verifySchedule(&verifyProblem);
    m_error->setMessage(problem.isEmpty() ? verifyProblem : problem);

    // The target the watchdog would use without a choice: shown greyed out as the suggestion.
    if (s && !m_targetCustom->isChecked()) {
        const QSignalBlocker block(m_target);
        Schedule derived = *s;
        derived.setTargetAge(std::chrono::seconds(0));
        if (derived.targetAge().count() > 0)
            m_target->setValue(hoursRoundedUp(derived.targetAge()));
    }
    if (!s) {
        m_preview->clear();
        return;
    }
    const QDateTime start = m_previewStart.isValid() ? m_previewStart : QDateTime::currentDateTimeUtc();
    QStringList lines;
    if (s->isManual()) {
        lines << tr("Runs only when you start it.");
    } else {
        lines << s->describe() + QLatin1Char('.');
        lines << tr("Next runs:");
        for (const QDateTime &run : s->nextRuns(start, previewRuns, m_jobId))
            lines << QStringLiteral("  \u2022 ") + s->formatRun(run);
    }
    lines << (s->targetAge().count() > 0 ? tr("Counts as overdue after %1 without a good backup.")
                                               .arg(ScheduleText::duration(s->targetAge()))
                                         : tr("Never counts as overdue: it has no schedule and no target."));
    if (verify && !verify->isManual()) {
        const QDateTime next = verify->nextAfter(start, m_jobId);
        lines << tr("Verifies the newest backup: %1.").arg(verify->describe());
        lines << tr("Next verify: %1.").arg(verify->formatRun(next));
    }
    m_preview->setText(lines.join(QLatin1Char('\n')));
    // A longer preview (a verify line, a wrapped description) must not be cut off at the bottom.
    if (auto *w = qobject_cast<AddJobWizard *>(wizard()))
        w->growToFit();
}

bool AddJobSchedulePage::validatePage()
{
    QString problem;
    if (!schedule(&problem) || !verifySchedule(&problem)) {
        m_error->setMessage(problem);
        return false;
    }
    problem = static_cast<AddJobWizard *>(wizard())->problem();
    m_error->setMessage(problem);
    return problem.isEmpty();
}

} // namespace cairn

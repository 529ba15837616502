#include "wizards/AddJobRetentionPage.h"

#include "backup/Retention.h"
#include "theme/Style.h"
#include "wizards/AddJobWizard.h"
#include "wizards/AddStorageFieldError.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cairn {

namespace {

QSpinBox *countBox(const char *name, const QString &accessibleName, int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setAccessibleName(accessibleName);
    box->setRange(0, 1000);
    box->setValue(value);
    return box;
}

} // namespace

AddJobRetentionPage::AddJobRetentionPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("How long should backups be kept?"));
    setSubTitle(tr("Cairn deletes old backups after each successful run. The newest good backup is never "
                   "deleted, whatever you choose."));
    auto *layout = new QVBoxLayout(this);
    m_mode = new QButtonGroup(this);
    auto *all = new QRadioButton(tr("Keep &every backup (the bucket only grows)"), this);
    all->setObjectName(QStringLiteral("keepAll"));
    auto *last = new QRadioButton(tr("Keep the &last few backups"), this);
    last->setObjectName(QStringLiteral("keepLast"));
    auto *calendar = new QRadioButton(tr("Keep one backup per &day, week and month"), this);
    calendar->setObjectName(QStringLiteral("keepCalendar"));
    m_mode->addButton(all, KeepAll);
    m_mode->addButton(last, KeepLast);
    m_mode->addButton(calendar, KeepCalendar);

    layout->addWidget(all);
    layout->addWidget(last);
    auto *lastForm = new QFormLayout;
    lastForm->setContentsMargins(fontMetrics().height() * 2, 0, 0, 0);
    m_keepLast = countBox("keepLastCount", tr("Backups to keep"), 14, this);
    lastForm->addRow(tr("Backups to keep:"), m_keepLast);
    layout->addLayout(lastForm);
    layout->addWidget(calendar);
    auto *calendarForm = new QFormLayout;
    calendarForm->setContentsMargins(fontMetrics().height() * 2, 0, 0, 0);
    m_daily = countBox("daily", tr("Days"), 7, this);
    m_weekly = countBox("weekly", tr("Weeks"), 4, this);
    m_monthly = countBox("monthly", tr("Months"), 12, this);
    calendarForm->addRow(tr("Daily backups for the last (days):"), m_daily);
    calendarForm->addRow(tr("Weekly backups for the last (weeks):"), m_weekly);
    calendarForm->addRow(tr("Monthly backups for the last (months):"), m_monthly);
    layout->addLayout(calendarForm);

    auto *ageForm = new QFormLayout;
    m_minimumAge = countBox("minimumAge", tr("Minimum age in days"), 3, this);
    m_minimumAge->setSuffix(tr(" days"));
    m_minimumAge->setRange(0, 3650);
    auto *ageLabel = new QLabel(tr("Never delete backups &younger than:"), this);
    ageLabel->setBuddy(m_minimumAge);
    ageForm->addRow(ageLabel, m_minimumAge);
    layout->addLayout(ageForm);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("retentionPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    Style::makeMuted(m_preview);
    layout->addWidget(m_preview);
    m_error = new AddStorageFieldError(this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    calendar->setChecked(true);
    connect(m_mode, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updatePreview();
    });
    for (QSpinBox *box : { m_keepLast, m_daily, m_weekly, m_monthly, m_minimumAge })
        connect(box, &QSpinBox::valueChanged, this, &AddJobRetentionPage::updatePreview);
    updatePreview();
}

void AddJobRetentionPage::setMode(Mode mode)
{
    m_mode->button(mode)->setChecked(true);
}

void AddJobRetentionPage::updatePreview()
{
    const int mode = m_mode->checkedId();
    m_keepLast->setEnabled(mode == KeepLast);
    for (QSpinBox *box : { m_daily, m_weekly, m_monthly })
        box->setEnabled(mode == KeepCalendar);
    m_minimumAge->setEnabled(mode != KeepAll);
    JobSpec spec;
    apply(spec);
    m_preview->setText(preview(spec.retention));
    m_error->setMessage({});
}

QString AddJobRetentionPage::preview(const RetentionPolicy &policy)
{
    if (!policy.isEnabled())
        return tr("Every backup stays in the bucket until you delete it yourself.");
    // The same function that deletes, run over a year of daily backups.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<RetentionItem> items;
    constexpr int days = 365;
    for (int i = 0; i < days; ++i)
        items.append(RetentionItem { i + 1, now.addDays(-i).addSecs(-3600), true });
    const QList<qint64> deleted = Retention::select(policy, items, now);
    const int kept = days - int(deleted.size());
    qint64 oldestKept = 0;
    for (const RetentionItem &item : items) {
        if (!deleted.contains(item.id))
            oldestKept = std::max(oldestKept, item.id);
    }
    const QDate oldest = now.addDays(-(oldestKept - 1)).toLocalTime().date();
    return tr("If this job runs once a day, Cairn keeps %n backups, the oldest from %1.", nullptr, kept)
        .arg(QLocale().toString(oldest, QLocale::LongFormat));
}

void AddJobRetentionPage::apply(JobSpec &spec) const
{
    spec.retention = {};
    switch (m_mode->checkedId()) {
    case KeepLast:
        spec.retention.keepLast = m_keepLast->value();
        break;
    case KeepCalendar:
        spec.retention.daily = m_daily->value();
        spec.retention.weekly = m_weekly->value();
        spec.retention.monthly = m_monthly->value();
        break;
    default:
        return; // keep all: no minimum age either
    }
    spec.retention.minimumAgeDays = m_minimumAge->value();
}

void AddJobRetentionPage::load(const JobSpec &spec)
{
    const RetentionPolicy &r = spec.retention;
    if (r.keepLast > 0) {
        m_keepLast->setValue(r.keepLast);
        setMode(KeepLast);
    } else if (r.isEnabled()) {
        m_daily->setValue(r.daily);
        m_weekly->setValue(r.weekly);
        m_monthly->setValue(r.monthly);
        setMode(KeepCalendar);
    } else {
        setMode(KeepAll);
    }
    m_minimumAge->setValue(r.minimumAgeDays);
    updatePreview();
}

bool AddJobRetentionPage::validatePage()
{
    const QString problem = static_cast<AddJobWizard *>(wizard())->problem();
    m_error->setMessage(problem);
    return problem.isEmpty();
}

} // namespace cairn

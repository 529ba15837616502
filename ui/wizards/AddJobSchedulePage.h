#pragma once
// Job wizard, the page before the summary: when the job runs by itself (by hand only, hourly, daily,
// weekly, monthly or a cron expression) in which time zone, with an optional random offset, what
// to do about runs missed while Cairn was not running, the age at which the job counts as overdue,
// and how often its newest backup is verified. A preview lists the next five runs in words and
// follows every keystroke; a cron expression Cairn cannot read is answered with one sentence.
// What it produces is the text `cairn-cli job schedule` stores (Schedule::toString()).

#include "schedule/Schedule.h"

#include <QDateTime>
#include <QWizardPage>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace cairn {

class AddStorageFieldError;

class AddJobSchedulePage final : public QWizardPage {
    Q_OBJECT

public:
    // The choices of the "Runs" box, in its order.
    enum Choice { Manual, Hourly, Daily, Weekly, Monthly, Cron };
    // The choices of the "Verify the newest backup" box; Custom takes any schedule text the CLI's
    // --verify takes ("weekly sun 05:00"), typed into verifyCustomEdit().
    enum VerifyChoice { VerifyNever, VerifyDaily, VerifyWeekly, VerifyMonthly, VerifyCustom };

    explicit AddJobSchedulePage(QWidget *parent = nullptr);

    // The schedule as the fields describe it; nothing and one sentence in *error when they do not
    // make one.
    std::optional<Schedule> schedule(QString *error = nullptr) const;
    std::optional<Schedule> verifySchedule(QString *error = nullptr) const;
    // What is stored in jobs.schedule / jobs.verify_schedule (empty: by hand only / never).
    QString scheduleText() const;
    QString verifyText() const;
    // Edit mode: the stored texts. Unreadable text leaves the defaults and says so.
    void load(const QString &scheduleText, const QString &verifyText);

    // The job's id (its random offset depends on it); 0 for a new job.
    void setJobId(qint64 jobId);
    // The instant the preview counts from; invalid (the default): now. Tests pin it.
    void setPreviewStart(const QDateTime &start);

    bool validatePage() override;

    void setChoice(Choice choice);
    QComboBox *kindBox() const { return m_kind; }
    QSpinBox *minuteBox() const { return m_minute; }
    QTimeEdit *timeEdit() const { return m_time; }
    QCheckBox *dayBox(int day) const { return m_days[day - 1]; } // 1 = Monday .. 7 = Sunday
    QSpinBox *dayOfMonthBox() const { return m_dayOfMonth; }
    QLineEdit *cronEdit() const { return m_cron; }
    QComboBox *zoneBox() const { return m_zone; }
    QSpinBox *offsetBox() const { return m_offset; }
    QComboBox *missedBox() const { return m_missed; }
    QCheckBox *targetCheck() const { return m_targetCustom; }
    QSpinBox *targetBox() const { return m_target; }
    QComboBox *verifyBox() const { return m_verify; }
    QTimeEdit *verifyTimeEdit() const { return m_verifyTime; }
    QLineEdit *verifyCustomEdit() const { return m_verifyCustomEdit; }
    QLabel *previewLabel() const { return m_preview; }
    AddStorageFieldError *error() const { return m_error; }

private:
    void updateFields();
    void updatePreview();
    std::optional<QTimeZone> zone(QString *error) const;

    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_minute = nullptr;
    QTimeEdit *m_time = nullptr;
    QWidget *m_dayRow = nullptr;
    QCheckBox *m_days[7] = {};
    QSpinBox *m_dayOfMonth = nullptr;
    QLineEdit *m_cron = nullptr;
    QComboBox *m_zone = nullptr;
    QSpinBox *m_offset = nullptr;
    QComboBox *m_missed = nullptr;
    QCheckBox *m_targetCustom = nullptr;
    QSpinBox *m_target = nullptr;
    QComboBox *m_verify = nullptr;
    QTimeEdit *m_verifyTime = nullptr;
    QLabel *m_preview = nullptr;
    AddStorageFieldError *m_error = nullptr;
    QLineEdit *m_verifyCustomEdit = nullptr;
    qint64 m_jobId = 0;
    QDateTime m_previewStart;
};

} // namespace cairn

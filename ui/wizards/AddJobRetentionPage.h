#pragma once
// Job wizard, page 6: how long backups are kept. Keep every backup, the last N, or the newest of
// each of the last days, weeks and months, never deleting one younger than a minimum age. A preview
// shows what Retention (the code that deletes) would keep if the job ran once a day for a year.

#include "backup/JobSpec.h"

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QSpinBox;

namespace cairn {

class AddStorageFieldError;

class AddJobRetentionPage final : public QWizardPage {
    Q_OBJECT

public:
    enum Mode { KeepAll, KeepLast, KeepCalendar };

    explicit AddJobRetentionPage(QWidget *parent = nullptr);

    bool validatePage() override;
    void apply(JobSpec &spec) const;
    void load(const JobSpec &spec);
    void setMode(Mode mode);
    // The preview's sentence for a policy (one backup a day for a year, as of now).
    static QString preview(const RetentionPolicy &policy);

    QSpinBox *keepLastBox() const { return m_keepLast; }
    QSpinBox *dailyBox() const { return m_daily; }
    QSpinBox *weeklyBox() const { return m_weekly; }
    QSpinBox *monthlyBox() const { return m_monthly; }
    QSpinBox *minimumAgeBox() const { return m_minimumAge; }
    QLabel *previewLabel() const { return m_preview; }
    AddStorageFieldError *error() const { return m_error; }

private:
    void updatePreview();

    QButtonGroup *m_mode = nullptr;
    QSpinBox *m_keepLast = nullptr;
    QSpinBox *m_daily = nullptr;
    QSpinBox *m_weekly = nullptr;
    QSpinBox *m_monthly = nullptr;
    QSpinBox *m_minimumAge = nullptr;
    QLabel *m_preview = nullptr;
    AddStorageFieldError *m_error = nullptr;
};

} // namespace cairn

#pragma once
// Add Storage, page 5: what the bucket has switched on (versioning, Object Lock), the offer of a
// lifecycle rule that removes unfinished uploads, and saving. Saving sets the rule first (in the
// background), then stores the target through StorageTargetStore; a failure is shown here and the
// wizard stays open with everything as it was typed.

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace cairn {

class AddStorageFieldError;
class StorageTargetJob;
class StorageTask;

class AddStorageFinishPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit AddStorageFinishPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    void cancelSave();
    bool isSaving() const { return m_saving; }
    // The keychain and database part of saving, which must not be interrupted.
    bool isStoring() const { return m_storing; }

    QCheckBox *abortRuleBox() const { return m_abortRule; }
    QSpinBox *abortDaysBox() const { return m_days; }
    QString versioningText() const;
    QString objectLockText() const;
    QString errorText() const;

Q_SIGNALS:
    // After a save attempt that failed (the wizard stays open); success accepts the wizard.
    void saveFailed(const QString &sentence);

private:
    void save();
    void setSaving(bool saving);
    void setStoring(bool storing);
    void onRuleApplied(const QString &error);
    void storeTarget();
    void onStored(StorageTargetJob *job);
    void fail(const QString &sentence);

    QLabel *m_versioning = nullptr;
    QLabel *m_objectLock = nullptr;
    QLabel *m_ruleState = nullptr;
    QCheckBox *m_abortRule = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_progress = nullptr;
    AddStorageFieldError *m_error = nullptr;
    QPointer<StorageTask> m_task;
    bool m_offerRule = false;
    bool m_saving = false;
    bool m_storing = false;
    bool m_saved = false;
};

} // namespace cairn

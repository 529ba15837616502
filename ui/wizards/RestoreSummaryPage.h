#pragma once
// Restore wizard, last page: what will happen, in plain words, and any reason Finish could not
// queue the restore.

#include <QWizardPage>

class QLabel;

namespace cairn {

class AddStorageFieldError;
class RestoreWizard;

class RestoreSummaryPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit RestoreSummaryPage(RestoreWizard *wizard);

    QString summary() const;
    void setError(const QString &sentence);
    QString error() const;
    void setBusy(const QString &what);

    void initializePage() override;
    bool isComplete() const override;

private:
    RestoreWizard *m_wizard;
    QLabel *m_text = nullptr;
    QLabel *m_busy = nullptr;
    AddStorageFieldError *m_error = nullptr;
};

} // namespace cairn

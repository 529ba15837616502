#pragma once
// Job wizard, last page: what the job will do, in plain words, before it is saved. A failed save
// shows its sentence here and keeps everything typed.

#include <QWizardPage>

class QLabel;

namespace cairn {

class AddStorageFieldError;

class AddJobSummaryPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit AddJobSummaryPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    void setSaveError(const QString &sentence);

    // The summary as shown (plain text, one line per point).
    QString summaryText() const;
    QLabel *summaryLabel() const { return m_summary; }
    AddStorageFieldError *error() const { return m_error; }

private:
    QLabel *m_summary = nullptr;
    QLabel *m_warning = nullptr;
    AddStorageFieldError *m_error = nullptr;
};

} // namespace cairn

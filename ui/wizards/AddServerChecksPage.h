#pragma once
// Add Server, last page: the preflight checklist (what the server offers for backups), each line
// with an icon and a word for its state and, for anything missing, how to fix it. Saving is the
// page's Finish button.

#include "ssh/PreflightReport.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace cairn {

class AddServerStatus;
class AddServerWizard;

class AddServerChecksPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit AddServerChecksPage(AddServerWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // One entry per checklist line: "Missing: curl — not installed", for tests and screen readers.
    QStringList shownChecks() const;
    QLabel *summary() const { return m_summary; }
    QPushButton *checkAgainButton() const { return m_checkAgain; }
    AddServerStatus *status() const { return m_status; }

    static QString statusWord(PreflightCheck::Status status);

private:
    void showReport(const PreflightReport &report);
    void clearList();

    AddServerWizard *m_wizard;
    QLabel *m_summary = nullptr;
    QWidget *m_list = nullptr;
    QVBoxLayout *m_rows = nullptr;
    QPushButton *m_checkAgain = nullptr;
    AddServerStatus *m_status = nullptr;
    QStringList m_shown;
};

} // namespace cairn

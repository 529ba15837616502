#pragma once
// Job wizard, page 5: optional commands the server runs before the backup (for example to pause
// an application) and after it, each stopped after a timeout.

#include "backup/JobSpec.h"

#include <QWizardPage>

class QLineEdit;
class QSpinBox;

namespace cairn {

class AddStorageFieldError;

class AddJobCommandsPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit AddJobCommandsPage(QWidget *parent = nullptr);

    bool validatePage() override;
    void apply(JobSpec &spec) const;
    void load(const JobSpec &spec);

    QLineEdit *preEdit() const { return m_pre; }
    QLineEdit *postEdit() const { return m_post; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    AddStorageFieldError *error() const { return m_error; }

private:
    QLineEdit *m_pre = nullptr;
    QLineEdit *m_post = nullptr;
    QSpinBox *m_timeout = nullptr;
    AddStorageFieldError *m_error = nullptr;
};

} // namespace cairn

#pragma once
// Job wizard, page 4: how the backup runs on the server. Compression and its level, an upload
// rate limit, how gently it competes with the server's own work (nice/ionice); the part size is
// chosen automatically from the size of what is backed up; and whether each backup is encrypted
// on the server with the client's key.

#include "backup/JobSpec.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace cairn {

class AddStorageFieldError;

class AddJobOptionsPage final : public QWizardPage {
    Q_OBJECT

public:
    // Priority choices: values of the priority box.
    enum Priority { NormalPriority, LowPriority, LowestPriority };

    explicit AddJobOptionsPage(QWidget *parent = nullptr);

    bool validatePage() override;
    void apply(JobSpec &spec) const;
    void load(const JobSpec &spec);

    QComboBox *compressionBox() const { return m_compression; }
    QSpinBox *levelBox() const { return m_level; }
    QSpinBox *rateBox() const { return m_rate; }
    QComboBox *priorityBox() const { return m_priority; }
    QCheckBox *encryptBox() const { return m_encrypt; }
    AddStorageFieldError *error() const { return m_error; }

private:
    QComboBox *m_compression = nullptr;
    QSpinBox *m_level = nullptr;
    QSpinBox *m_rate = nullptr;
    QComboBox *m_priority = nullptr;
    QCheckBox *m_encrypt = nullptr;
    AddStorageFieldError *m_error = nullptr;
};

} // namespace cairn

#pragma once
// Job wizard, page 4: how the backup runs on the server. Compression and its level, an upload
// rate limit, how gently it competes with the server's own work (nice/ionice); the part size is
// chosen automatically from the size of what is backed up; and whether each backup is encrypted
// on the server with the client's key. Ticking Encrypt when the client has no key offers to make
// one right here; switching it on for a client whose private key only this keychain holds asks for
// the recovery kit first, and the wizard cannot finish until the kit is saved or Encrypt is off.

#include "backup/JobSpec.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace cairn {

class AddStorageFieldError;
class RecoveryKitTransfer;

class AddJobOptionsPage final : public QWizardPage {
    Q_OBJECT

public:
    // Priority choices: values of the priority box.
    enum Priority { NormalPriority, LowPriority, LowestPriority };

    explicit AddJobOptionsPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    void apply(JobSpec &spec) const;
    void load(const JobSpec &spec);

    QComboBox *compressionBox() const { return m_compression; }
    QSpinBox *levelBox() const { return m_level; }
    QSpinBox *rateBox() const { return m_rate; }
    QComboBox *priorityBox() const { return m_priority; }
    QCheckBox *encryptBox() const { return m_encrypt; }
    AddStorageFieldError *error() const { return m_error; }
    // Under Encrypt: what the client's key needs next, and the button that does it.
    QLabel *keyNotice() const { return m_keyNotice; }
    QPushButton *keyAction() const { return m_keyAction; }
    // Opens what keyAction() offers now (the key dialog, or the kit form; null when the app lock
    // asks again first, or when nothing is needed), for tests.
    QWidget *openKeyAction();
    // The file of the recovery kit saved from this page; empty until one is.
    QString savedKitPath() const { return m_savedKitPath; }

private:
    enum class KeyNeed { Nothing, Key, Kit };
    void updateKeyNotice();
    KeyNeed keyNeed() const;
    QWidget *openKitForm();

    QComboBox *m_compression = nullptr;
    QSpinBox *m_level = nullptr;
    QSpinBox *m_rate = nullptr;
    QComboBox *m_priority = nullptr;
    QCheckBox *m_encrypt = nullptr;
    QWidget *m_keyBox = nullptr;
    QLabel *m_keyNotice = nullptr;
    QPushButton *m_keyAction = nullptr;
    RecoveryKitTransfer *m_kits = nullptr;
    QString m_savedKitPath;
    AddStorageFieldError *m_error = nullptr;
};

} // namespace cairn

#pragma once
// Add Server, page 2: Cairn connects and shows the key the server introduced itself with, in plain
// words, so the person can compare it before Cairn trusts it for good.

#include <QWizardPage>

class QLabel;

namespace cairn {

class AddServerStatus;
class AddServerWizard;

class AddServerHostKeyPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit AddServerHostKeyPage(AddServerWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QString shownFingerprint() const;
    AddServerStatus *status() const { return m_status; }

    // The command that prints this key type's fingerprint on the server.
    static QString keygenCommand(const QString &keyType);

private:
    void showHostKey(const QString &type, const QString &fingerprint);

    AddServerWizard *m_wizard;
    QWidget *m_keyBox = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_compare = nullptr;
    AddServerStatus *m_status = nullptr;
    bool m_seen = false;
};

} // namespace cairn

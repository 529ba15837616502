#pragma once
// Add Server, page 1: what to call the server, whose it is, and where Cairn logs in. Each problem
// is shown in one sentence under the field that caused it.

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cairn {

class AddServerWizard;

class AddServerDetailsPage final : public QWizardPage {
    Q_OBJECT

public:
    AddServerDetailsPage(AddServerWizard *wizard, qint64 clientId);

    qint64 clientId() const;
    QString serverName() const;
    QString host() const;
    int port() const;
    QString user() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *clientBox() const { return m_client; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *userEdit() const { return m_user; }
    // The sentence shown under a field, empty when there is none.
    QString errorFor(const QWidget *field) const;

    bool validatePage() override;

private:
    QWidget *addError(QWidget *field);
    void setError(QWidget *field, const QString &message);

    AddServerWizard *m_wizard;
    QLineEdit *m_name = nullptr;
    QComboBox *m_client = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QHash<const QWidget *, QLabel *> m_errors;
    QHash<const QWidget *, QWidget *> m_errorRows;
};

} // namespace cairn

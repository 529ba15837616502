#pragma once
// A small form for one security action (set the master password, turn two-factor off, export the
// recovery kit, ...): labelled fields, a status line for the one-sentence error, OK and Cancel.
// OK runs the action, which works in the background and ends with finish() or showError(); the
// dialog never closes on an error, so nothing typed (but the secrets) is lost.

#include <QDialog>
#include <QMap>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cairn {

class SecurityFormDialog final : public QDialog {
    Q_OBJECT

public:
    SecurityFormDialog(const QString &title, const QString &intro, QWidget *parent = nullptr);

    // A field; secret ones do not echo. objectName finds it again (field()).
    QLineEdit *addField(const QString &objectName, const QString &label, bool secret = true);
    void addRow(const QString &label, QWidget *widget);
    QLineEdit *field(const QString &objectName) const { return m_fields.value(objectName); }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *okButton() const { return m_ok; }

    void setAction(std::function<void(SecurityFormDialog *)> action) { m_action = std::move(action); }
    void setBusy(const QString &what);
    // The action failed: shows why, clears the secret fields and lets the person try again.
    void showError(const QString &message);
    // The action worked: closes with Accepted.
    void finish() { QDialog::accept(); }

    void accept() override;

private:
    QFormLayout *m_form = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_ok = nullptr;
    QMap<QString, QLineEdit *> m_fields;
    std::function<void(SecurityFormDialog *)> m_action;
    bool m_busy = false;
};

} // namespace cairn

#pragma once
// Adds a client (workspace): a name and optional notes. Problems with the name are shown right
// under the field, and the dialog stays open with what was typed.

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cairn {

class Database;

class AddClientDialog final : public QDialog {
    Q_OBJECT

public:
    explicit AddClientDialog(std::shared_ptr<Database> database, QWidget *parent = nullptr);

    // The new client's id once accepted, else 0.
    qint64 clientId() const { return m_clientId; }
    QString errorText() const;

    void accept() override;

private:
    void showError(const QString &message);

    std::shared_ptr<Database> m_database;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_errorIcon = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_errorRow = nullptr;
    qint64 m_clientId = 0;
};

} // namespace cairn

#pragma once
// Shows the ten two-factor recovery codes once (Cairn keeps only their hashes): to be printed or
// saved in a password manager before the dialog closes.

#include <QDialog>

class QPlainTextEdit;

namespace cairn {

class RecoveryCodesDialog final : public QDialog {
    Q_OBJECT

public:
    RecoveryCodesDialog(const QStringList &codes, QWidget *parent = nullptr);
    QStringList codes() const { return m_codes; }

private:
    QStringList m_codes;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace cairn

#pragma once
// The audit log viewer: entries newest first, narrowed by client, time range and text, whether
// the hash chain is intact, and CSV export of what is shown.

#include "security/AuditFilter.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace cairn {

class Database;

class AuditLogDialog final : public QDialog {
    Q_OBJECT

public:
    AuditLogDialog(std::shared_ptr<Database> database, QWidget *parent = nullptr);

    // Reads the log again with the filters shown.
    void reload();
    AuditFilter filter() const;
    QList<AuditEntry> shownEntries() const { return m_shown; }
    // Writes the shown entries as CSV; one sentence on failure, else empty.
    QString exportCsv(const QString &path) const;

    QComboBox *clientFilter() const { return m_client; }
    QLineEdit *textFilter() const { return m_text; }
    QCheckBox *fromEnabled() const { return m_useFrom; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QCheckBox *toEnabled() const { return m_useTo; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QLabel *chainStatus() const { return m_chain; }
    QTableView *table() const { return m_table; }

private:
    void chooseExportFile();

    std::shared_ptr<Database> m_database;
    QComboBox *m_client = nullptr;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_chain = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QList<AuditEntry> m_shown;
};

} // namespace cairn

#pragma once
// Base of the table models over the store: the database, a client filter (0 = every client) and
// reload(). Rows are read in the GUI thread, so every subclass reads only what a screen shows.

#include "store/StoreError.h"

#include <QAbstractTableModel>
#include <memory>

namespace cairn {

class Database;

class StoreTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 id of the row's record
        ClientIdRole, // qint64 id of the client the row belongs to
        SortRole, // a value that sorts naturally (numbers as numbers, times as times)
    };

    explicit StoreTableModel(std::shared_ptr<Database> database, QObject *parent = nullptr);

    qint64 clientId() const { return m_clientId; }
    // Changes the filter only; reload() reads the rows again.
    void setClientId(qint64 clientId) { m_clientId = clientId; }
    // Reads the rows for the current filter (a model reset).
    virtual void reload() = 0;
    // The column that names the client, hidden by views that show one client only; -1 if none.
    virtual int clientColumn() const { return -1; }
    // The last read's error sentence, empty when it worked.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

protected:
    const std::shared_ptr<Database> &database() const { return m_database; }
    virtual int recordCount() const = 0;
    void noteResult(const StoreError &error);

private:
    std::shared_ptr<Database> m_database;
    qint64 m_clientId = 0;
    QString m_lastError;
};

} // namespace cairn

#pragma once
// The SQLite database behind Cairn: opening with safety checks, WAL mode, migrations, and one
// Qt SQL connection per thread (a QSqlDatabase may only be used by the thread that made it).

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

namespace cairn {

class Database final {
    Q_DECLARE_TR_FUNCTIONS(cairn::Database)

public:
    // Opens the database at path, creating it (and its folder) when missing, then migrates it.
    // Refuses, leaving the file untouched: a file that is not SQLite or not Cairn's, a schema
    // newer than this build understands, a folder or file Cairn cannot write.
    static std::shared_ptr<Database> open(const QString &path, StoreError *error);

    // --db PATH, else $CAIRN_DB, else the platform's data folder.
    static QString resolvePath(const QString &commandLinePath);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;

    // The calling thread's connection, opened on first use.
    QSqlDatabase connection() const;

private:
    explicit Database(QString path);
    StoreError configure(QSqlDatabase &db) const;
    StoreError migrate();

    QString m_path;
    QString m_connectionPrefix;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
};

} // namespace cairn

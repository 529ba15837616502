#include "store/Database.h"

#include "store/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>
#include <QUuid>

#include <atomic>

namespace cairn {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Checks the file before SQLite sees it, so a wrong file is refused without being touched.
StoreError checkExistingFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return StoreError::none();
    if (!info.isFile())
        return StoreError::fail(
            Database::tr("%1 is not a file; choose a database file with --db or CAIRN_DB.")
                .arg(native(path)));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError::fail(
            Database::tr("Cairn cannot read %1 (%2); check its permissions or choose another file with --db.")
                .arg(native(path), file.errorString()));
    const QByteArray header = file.read(16);
    if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
        return StoreError::fail(Database::tr("%1 is not a Cairn database (it is not an SQLite file); move it "
                                             "away or choose another file with --db.")
                                    .arg(native(path)));
    file.close();
    if (!file.open(QIODevice::ReadWrite))
        return StoreError::fail(
            Database::tr("Cairn cannot write to %1 (%2); make it writable or choose another file with --db.")
                .arg(native(path), file.errorString()));
    return StoreError::none();
}

// SQLite in WAL mode creates -wal and -shm files beside the database, so the folder must be writable.
StoreError checkFolder(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return StoreError::fail(
            Database::tr("Cairn cannot create the folder %1; create it or choose another location with --db.")
                .arg(native(folder)));
    QTemporaryFile probe(folder + QStringLiteral("/.cairn-write-probe-XXXXXX"));
    if (!probe.open())
        return StoreError::fail(Database::tr("Cairn cannot write to the folder %1 (%2); make it writable or "
                                             "choose another location with --db.")
                                    .arg(native(folder), probe.errorString()));
    return StoreError::none();
}

// Reads the schema version through a read-only connection; nothing is written.
StoreError inspectReadOnly(const QString &path, int *version)
{
    *version = 0;
    const QString name
        = QStringLiteral("cairn-inspect-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    StoreError result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result
                = StoreError::fail(Database::tr("Cairn cannot open %1 (%2); choose another file with --db.")
                                       .arg(native(path), db.lastError().text()));
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
                result = StoreError::fail(Database::tr("%1 is not a readable SQLite database (%2); move it "
                                                       "away or choose another file with --db.")
                                              .arg(native(path), query.lastError().text()));
            } else {
                *version = query.value(0).toInt();
                if (*version == 0) {
                    QSqlQuery tables(db);
                    if (tables.exec(QStringLiteral(
                            "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
                        && tables.next() && tables.value(0).toInt() > 0)
                        result = StoreError::fail(Database::tr("%1 is an SQLite database of another program, "
                                                               "not Cairn's; choose another file with --db.")
                                                      .arg(native(path)));
                } else if (*version > Schema::latestVersion()) {
                    result = StoreError::fail(Database::tr(
                        "%1 was written by a newer version of Cairn (schema %2, this version knows up to "
                        "%3); install the newer Cairn or choose another file with --db.")
                                                  .arg(native(path))
                                                  .arg(*version)
                                                  .arg(Schema::latestVersion()));
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionPrefix(QStringLiteral("cairn-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    // removeDatabase() closes each connection; asking for a connection of another thread first
    // (to close it) only earns a warning.
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

QString Database::resolvePath(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return QFileInfo(commandLinePath).absoluteFilePath();
    const QString fromEnvironment = qEnvironmentVariable("CAIRN_DB");
    if (!fromEnvironment.isEmpty())
        return QFileInfo(fromEnvironment).absoluteFilePath();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return folder + QStringLiteral("/cairn/cairn.sqlite");
}

std::shared_ptr<Database> Database::open(const QString &path, StoreError *error)
{
    auto fail = [error](StoreError e) {
        if (error)
            *error = std::move(e);
        return std::shared_ptr<Database>();
    };
    if (path.isEmpty())
        return fail(
            StoreError::fail(Database::tr("No database path was given; pass --db PATH or set CAIRN_DB.")));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(StoreError::fail(
            Database::tr("Qt's SQLite driver is missing; install the package libqt6sql6-sqlite.")));

    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (StoreError e = checkExistingFile(absolute))
        return fail(e);
    if (StoreError e = checkFolder(absolute))
        return fail(e);
    if (QFileInfo(absolute).size() > 0) {
        int version = 0;
        if (StoreError e = inspectReadOnly(absolute, &version))
            return fail(e);
    }

    std::shared_ptr<Database> database(new Database(absolute));
    if (StoreError e = database->migrate())
        return fail(e);
    if (error)
        *error = StoreError::none();
    return database;
}

StoreError Database::configure(QSqlDatabase &db) const
{
    QSqlQuery query(db);
    const QStringList pragmas {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return StoreError::fail(
                Database::tr("Cairn cannot prepare the database %1 (%2); check the disk and try again.")
                    .arg(native(m_path), query.lastError().text()));
    }
    return StoreError::none();
}

QSqlDatabase Database::connection() const
{
    // A number no other thread ever had: thread ids are reused as soon as a thread ends (a thread
    // pool's threads come and go), and a connection must never be handed to a thread that did not
    // open it.
    static std::atomic<quint64> lastThreadNumber { 0 };
    thread_local const quint64 threadNumber = ++lastThreadNumber;
    const QString name = m_connectionPrefix + QLatin1Char('-') + QString::number(threadNumber);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    if (db.open())
        configure(db);
    QMutexLocker lock(&m_mutex);
    m_connectionNames.append(name);
    return db;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

StoreError Database::migrate()
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return StoreError::fail(
            Database::tr("Cairn cannot open the database %1 (%2); check the file and try again.")
                .arg(native(m_path), db.lastError().text()));
    const int current = schemaVersion();
    const auto &migrations = Schema::migrations();
    for (int version = current; version < Schema::latestVersion(); ++version) {
        if (!db.transaction())
            return StoreError::fail(
                Database::tr("Cairn cannot update the database %1 (%2); check the disk and try again.")
                    .arg(native(m_path), db.lastError().text()));
        QSqlQuery query(db);
        for (const QString &statement : migrations[static_cast<size_t>(version)]) {
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                db.rollback();
                return StoreError::fail(Database::tr("Cairn could not update the database %1 to schema %2 "
                                                     "(%3); nothing was changed, report this as a bug.")
                                            .arg(native(m_path))
                                            .arg(version + 1)
                                            .arg(reason));
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) || !db.commit()) {
            const QString reason = query.lastError().text();
            db.rollback();
            return StoreError::fail(
                Database::tr("Cairn could not update the database %1 (%2); check the disk and try again.")
                    .arg(native(m_path), reason));
        }
    }
    return StoreError::none();
}

} // namespace cairn

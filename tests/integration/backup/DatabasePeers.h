#pragma once
// Shared by the database backup and restore tests: the MariaDB and PostgreSQL fixtures, SQL run as
// their superuser (on stdin, never argv: the tests' names hold quotes and `$(...)`), and the dump
// job that logs in over the fixture's socket as that superuser.

#include "PeerFixture.h"

#include "backup/JobSpec.h"

#include <QByteArray>
#include <QProcessEnvironment>

#include <memory>

namespace cairn::test {

// Starts both fixtures; false and PeerFixture::lastError() when one does not start.
bool startDatabasePeers(std::unique_ptr<PeerFixture> &mariadb, std::unique_ptr<PeerFixture> &postgres);

// A dump job of one database, logged in through the fixture's socket as its superuser.
JobSpec mariadbSocketJob(const PeerFixture &mariadb, const QString &database);
JobSpec postgresSocketJob(const PeerFixture &postgres, const QString &database);

// The output of sql (-N -B / -A -t) in database (none: no default database for MariaDB) as the
// superuser; *ok says whether the client exited 0, and a failure is also printed as a warning.
QByteArray mariadbSql(
    const PeerFixture &mariadb, const QString &database, const QByteArray &sql, bool *ok = nullptr);
QByteArray postgresSql(
    const PeerFixture &postgres, const QString &database, const QByteArray &sql, bool *ok = nullptr);
// PGHOST, PGPORT and PGUSER of the PostgreSQL fixture's superuser.
QProcessEnvironment postgresSuperuserEnvironment(const PeerFixture &postgres);

} // namespace cairn::test

#include "DatabasePeers.h"

#include "TestProcess.h"

namespace cairn::test {

bool startDatabasePeers(std::unique_ptr<PeerFixture> &mariadb, std::unique_ptr<PeerFixture> &postgres)
{
    mariadb = PeerFixture::start(QStringLiteral("mariadb"));
    if (!mariadb)
        return false;
    postgres = PeerFixture::start(QStringLiteral("postgres"));
    return postgres != nullptr;
}

JobSpec mariadbSocketJob(const PeerFixture &mariadb, const QString &database)
{
    JobSpec spec;
    spec.kind = JobSpec::Kind::MySql;
    spec.databases = { database };
    spec.databaseLogin = JobSpec::DatabaseLogin::Socket;
    spec.databaseUser = mariadb.value(QStringLiteral("SUPERUSER"));
    spec.databaseHost = mariadb.value(QStringLiteral("SOCKET"));
    return spec;
}

JobSpec postgresSocketJob(const PeerFixture &postgres, const QString &database)
{
    JobSpec spec;
    spec.kind = JobSpec::Kind::Postgres;
    spec.databases = { database };
    spec.databaseHost = postgres.value(QStringLiteral("HOST"));
    spec.databasePort = postgres.value(QStringLiteral("PORT")).toInt();
    spec.databaseLogin = JobSpec::DatabaseLogin::Socket;
    spec.databaseUser = postgres.value(QStringLiteral("SUPERUSER"));
    return spec;
}

namespace {

QByteArray outputOf(const TestProcess::Result &r, bool *ok)
{
    if (ok)
        *ok = r.exitCode == 0;
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.describe()));
    return r.out;
}

} // namespace

QByteArray mariadbSql(const PeerFixture &mariadb, const QString &database, const QByteArray &sql, bool *ok)
{
    QStringList args { QStringLiteral("--no-defaults"),
        QStringLiteral("--socket=") + mariadb.value(QStringLiteral("SOCKET")),
        QStringLiteral("--user=") + mariadb.value(QStringLiteral("SUPERUSER")), QStringLiteral("-N"),
        QStringLiteral("-B") };
    if (!database.isEmpty())
        args << QStringLiteral("--database=") + database;
    return outputOf(
        TestProcess::run(QStringLiteral("mariadb"), args, QProcessEnvironment::systemEnvironment(), sql), ok);
}

QProcessEnvironment postgresSuperuserEnvironment(const PeerFixture &postgres)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGHOST"), postgres.value(QStringLiteral("HOST")));
    env.insert(QStringLiteral("PGPORT"), postgres.value(QStringLiteral("PORT")));
    env.insert(QStringLiteral("PGUSER"), postgres.value(QStringLiteral("SUPERUSER")));
    return env;
}

QByteArray postgresSql(const PeerFixture &postgres, const QString &database, const QByteArray &sql, bool *ok)
{
    QProcessEnvironment env = postgresSuperuserEnvironment(postgres);
    env.insert(QStringLiteral("PGDATABASE"), database);
    return outputOf(TestProcess::run(QStringLiteral("psql"),
                        { QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"),
                            QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1") },
                        env, sql),
        ok);
}

} // namespace cairn::test

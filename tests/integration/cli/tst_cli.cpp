// cairn-cli as a user runs it: a real process, real database files, the real keychain session.
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

QString cliPath()
{
    return qEnvironmentVariable("CAIRN_BINARY_DIR") + QStringLiteral("/app/cairn-cli");
}

Result runCli(const QStringList &args,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
    const QStringList &wrapper = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (wrapper.isEmpty()) {
        process.start(cliPath(), args);
    } else {
        process.start(wrapper.first(), wrapper.mid(1) + QStringList { cliPath() } + args);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

// One sentence: a single line that ends with a full stop.
bool isOneSentence(const QString &text)
{
    const QString t = text.trimmed();
    return !t.isEmpty() && !t.contains(QLatin1Char('\n')) && t.endsWith(QLatin1Char('.'));
}

} // namespace

class TestCli final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString db(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void versionAndHelp()
    {
        Result r = runCli({ QStringLiteral("--version") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("cairn-cli 0.")), qPrintable(r.out));
        r = runCli({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("client add")));
        r = runCli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("--notes")));
        r = runCli({ QStringLiteral("frobnicate") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        r = runCli({ QStringLiteral("client"), QStringLiteral("add") });
        QCOMPARE(r.exitCode, 2);
        r = runCli({ QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--bogus") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
    }

    void clientRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("spaces") << QStringLiteral("Acme Widgets GmbH");
        QTest::addRow("quotes") << QStringLiteral("O'Brien \"Bros\"");
        QTest::addRow("command substitution") << QStringLiteral("$(touch pwned) `id`");
        QTest::addRow("leading dash") << QStringLiteral("-rf");
        QTest::addRow("unicode") << QStringLiteral("Bäckerei Müller – 東京");
    }

    void clientRoundTrip()
    {
        QFETCH(QString, name);
        const QString path = db(
            QStringLiteral("round-%1.sqlite")
                .arg(QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        // "--" ends the options, so a name that starts with a dash is a name.
        Result r = runCli({ QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("add"),
            QStringLiteral("--"), name });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({ QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("list"),
            QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("name")).toString(), name);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("servers")).toInt(), 0);

        r = runCli({ QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("add"),
            QStringLiteral("--"), name });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("already exists")), qPrintable(r.err));

        r = runCli({ QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("remove"),
            QStringLiteral("--"), name });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({ QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("list") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("No clients yet")));
        QVERIFY(!QFile::exists(QStringLiteral("pwned")));
    }

    void databaseFromEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString path = db(QStringLiteral("from-env.sqlite"));
        env.insert(QStringLiteral("CAIRN_DB"), path);
        QCOMPARE(runCli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("EnvCo") }, env)
                     .exitCode,
            0);
        QVERIFY(QFile::exists(path));
        // --db wins over CAIRN_DB.
        const Result r
            = runCli({ QStringLiteral("--db"), db(QStringLiteral("flag.sqlite")), QStringLiteral("client"),
                         QStringLiteral("list"), QStringLiteral("--json") },
                env);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    }

    void refusesNonDatabase()
    {
        const QString path = db(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("shopping list: milk, eggs\n");
        f.close();
        const QByteArray before = hashOf(path);
        const Result r = runCli({ QStringLiteral("--db"), path, QStringLiteral("client"),
            QStringLiteral("add"), QStringLiteral("X") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            isOneSentence(r.err) && r.err.contains(QLatin1String("not a Cairn database")), qPrintable(r.err));
        QCOMPARE(hashOf(path), before);
    }

    void refusesNewerSchema()
    {
        const QString path = db(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make"));
            sql.setDatabaseName(path);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT)")));
            QVERIFY(
                q.exec(QStringLiteral("PRAGMA user_version = %1").arg(cairn::Schema::latestVersion() + 1)));
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("make"));
        const QByteArray before = hashOf(path);
        const Result r
            = runCli({ QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("list") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(QLatin1String("newer version of Cairn")),
            qPrintable(r.err));
        QCOMPARE(hashOf(path), before);
    }

    void refusesReadOnlyFolder()
    {
        // Root ignores permission bits, so as root the CLI runs as the unprivileged user "nobody".
        QTemporaryDir base(QStringLiteral("/tmp/cairn-ro-XXXXXX"));
        QVERIFY(QFile::setPermissions(base.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
        const QString folder = base.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkdir(folder));
        const QString path = folder + QStringLiteral("/cairn.sqlite");
        QCOMPARE(runCli({ QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("add"),
                            QStringLiteral("Before") })
                     .exitCode,
            0);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));

        QStringList wrapper;
        if (::geteuid() == 0) {
            // The database file belongs to nobody (so the file is writable for it); the folder does not.
            QVERIFY(QProcess::execute(QStringLiteral("chown"), { QStringLiteral("65534:65534"), path }) == 0);
            wrapper = QStringList { QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), QStringLiteral("--") };
        }
        QVERIFY(QFile::setPermissions(folder,
            QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther
                | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
        auto restore = qScopeGuard([folder] {
            QFile::setPermissions(
                folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        });

        const QByteArray before = hashOf(path);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), base.path());
        const Result r = runCli({ QStringLiteral("--db"), path, QStringLiteral("client"),
                                    QStringLiteral("add"), QStringLiteral("After") },
            env, wrapper);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(QLatin1String("cannot write to the folder")),
            qPrintable(r.err));
        QCOMPARE(hashOf(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void keychainWorks()
    {
        // tests/fixtures/keyring-session.sh runs the whole suite with an unlocked gnome-keyring.
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        const Result r = runCli({ QStringLiteral("keychain"), QStringLiteral("check") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("keychain works")));
    }

    void noKeychainIsOneClearSentence()
    {
        QTemporaryDir runtime;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        const Result r = runCli({ QStringLiteral("keychain"), QStringLiteral("check") }, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QLatin1String("No keychain is running")), qPrintable(r.err));
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

// cairn-cli key and server commands end to end: a real cairn-cli process, a real database file,
// the real keychain session and a real sshd. Every stdout and stderr is kept and scanned at the
// end for a planted password and private key, as are the database files and the process's
// command line while it runs.
#include "PeerFixture.h"
#include "TestProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>

using namespace cairn::test;

namespace {

const QString kPasswordUser = QStringLiteral("cairn-cli-srv");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isOneSentence(const QString &text)
{
    const QString t = text.trimmed();
    return !t.isEmpty() && !t.contains(QLatin1Char('\n')) && t.endsWith(QLatin1Char('.'));
}

QString arg(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestCliServer final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<PeerFixture> m_sshd;
    std::unique_ptr<PeerFixture> m_passwordSshd;
    QString m_home;
    QByteArray m_everything; // every byte cairn-cli wrote, for the canary scan
    QByteArray m_canaryKeyBody;

    QString cliPath() const
    {
        return qEnvironmentVariable("CAIRN_BINARY_DIR") + QStringLiteral("/app/cairn-cli");
    }

    Run cli(const QStringList &args, const QByteArray &input = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(cliPath(), QStringList { QStringLiteral("--db"), m_db } + args);
        if (!process.waitForStarted(30000))
            return {};
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
        }
        Run run { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
        m_everything += run.out.toUtf8() + run.err.toUtf8();
        return run;
    }

    QStringList sshdArgs(const PeerFixture &sshd, const QString &user) const
    {
        return { QStringLiteral("--host"), sshd.value(QStringLiteral("HOST")), QStringLiteral("--port"),
            sshd.value(QStringLiteral("PORT")), QStringLiteral("--user"), user };
    }

    QJsonArray listJson(const QString &group)
    {
        const Run r = cli({ group, QStringLiteral("list"), QStringLiteral("--json") });
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QStringList serverNames()
    {
        QStringList names;
        for (const QJsonValue &v : listJson(QStringLiteral("server")))
            names << v.toObject().value(QStringLiteral("name")).toString();
        return names;
    }

    QString exportedKey(const QString &name)
    {
        return cli({ QStringLiteral("key"), QStringLiteral("export"), name }).out.trimmed();
    }

    void authorize(const PeerFixture &sshd, const QString &line)
    {
        QFile file(sshd.value(QStringLiteral("AUTHORIZED_KEYS")));
        QVERIFY(file.open(QIODevice::Append));
        file.write(line.toUtf8() + '\n');
    }

    int connectionsLogged(const PeerFixture &sshd) const
    {
        return int(readAll(sshd.dir() + QStringLiteral("/sshd.log")).count("Connection from"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        QVERIFY(QFile::exists(cliPath()));
        m_db = m_dir.filePath(QStringLiteral("cairn.sqlite"));
        m_sshd = PeerFixture::start(QStringLiteral("sshd"));
        if (!m_sshd)
            QFAIL(qPrintable(PeerFixture::lastError()));
        m_passwordSshd = PeerFixture::start(QStringLiteral("sshd"),
            { QStringLiteral("--password-user"), kPasswordUser, QStringLiteral("--config"),
                QStringLiteral("AuthorizedKeysFile .ssh/authorized_keys") });
        if (!m_passwordSshd)
            QFAIL(qPrintable(PeerFixture::lastError()));
        const passwd *account = getpwnam(kPasswordUser.toUtf8().constData());
        QVERIFY(account);
        m_home = QString::fromLocal8Bit(account->pw_dir);
        QVERIFY(QDir(m_home + QStringLiteral("/.ssh")).removeRecursively());

        QCOMPARE(
            cli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("Acme") }).exitCode, 0);
    }

    void keyGenerateListExport()
    {
        Run r = cli({ QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("deploy") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("ED25519")) && r.out.contains(QLatin1String("SHA256:")),
            qPrintable(r.out));

        const QString line = exportedKey(QStringLiteral("deploy"));
        QVERIFY2(line.startsWith(QLatin1String("ssh-ed25519 AAAA")), qPrintable(line));
        QVERIFY(line.endsWith(QLatin1String(" Cairn: deploy")));
        // OpenSSH reads the exported line and computes the fingerprint Cairn lists.
        const QString pub = m_dir.filePath(QStringLiteral("deploy.pub"));
        QFile file(pub);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(line.toUtf8() + '\n');
        file.close();
        const TestProcess::Result keygen = TestProcess::run(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
                pub },
            TestProcess::cleanEnvironment(m_dir.path()));
        QVERIFY2(keygen.exitCode == 0, qPrintable(keygen.describe()));
        const QJsonArray keys = listJson(QStringLiteral("key"));
        QCOMPARE(keys.size(), 1);
        const QJsonObject deploy = keys.at(0).toObject();
        QVERIFY(keygen.out.contains(deploy.value(QStringLiteral("fingerprint")).toString().toUtf8()));
        QCOMPARE(deploy.value(QStringLiteral("type")).toString(), QStringLiteral("ssh-ed25519"));
        QCOMPARE(deploy.value(QStringLiteral("client")).toString(), QStringLiteral("Acme"));

        r = cli({ QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("Deploy") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            isOneSentence(r.err) && r.err.contains(QLatin1String("already has a key")), qPrintable(r.err));
        r = cli({ QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("old"),
            QStringLiteral("--type"), QStringLiteral("dsa") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        r = cli({ QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("legacy"),
            QStringLiteral("--type"), QStringLiteral("rsa4096") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(exportedKey(QStringLiteral("legacy")).startsWith(QLatin1String("ssh-rsa AAAA")));
        r = cli({ QStringLiteral("key"), QStringLiteral("export"), QStringLiteral("nope") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
    }

    void keyImportKeepsThePrivateKeyOutOfTheDatabase()
    {
        // The canary private key: made by OpenSSH, imported, and from then on only in the keychain.
        const QString path = m_dir.filePath(QStringLiteral("canary_key"));
        const TestProcess::Result keygen = TestProcess::run(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                QString(), QStringLiteral("-C"), QStringLiteral("canary"), QStringLiteral("-f"), path },
            TestProcess::cleanEnvironment(m_dir.path()));
        QVERIFY2(keygen.exitCode == 0, qPrintable(keygen.describe()));
        const QList<QByteArray> lines = readAll(path).split('\n');
        m_canaryKeyBody = lines.value(2); // a line in the middle of the private part
        QVERIFY(m_canaryKeyBody.size() >= 60);
        const Run r = cli({ QStringLiteral("key"), QStringLiteral("import"), QStringLiteral("canary"),
            QStringLiteral("--file"), path });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(exportedKey(QStringLiteral("canary")).section(QLatin1Char(' '), 0, 1).toUtf8(),
            readAll(path + QStringLiteral(".pub")).trimmed().split(' ').mid(0, 2).join(' '));
    }

    void serverAddAcceptingTheNewHostKey()
    {
        authorize(*m_sshd, exportedKey(QStringLiteral("deploy")));
        const Run r
            = cli(QStringList { QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("web") }
                + sshdArgs(*m_sshd, m_sshd->value(QStringLiteral("USER")))
                + QStringList { QStringLiteral("--key"), QStringLiteral("deploy"),
                    QStringLiteral("--accept-new-host-key") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(m_sshd->value(QStringLiteral("HOST_KEY_SHA256"))), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Bash")), qPrintable(r.out));

        const Run show = cli({ QStringLiteral("server"), QStringLiteral("show"), QStringLiteral("web"),
            QStringLiteral("--json") });
        QCOMPARE(show.exitCode, 0);
        const QJsonObject web = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(web.value(QStringLiteral("host_key_fingerprint")).toString(),
            m_sshd->value(QStringLiteral("HOST_KEY_SHA256")));
        QCOMPARE(web.value(QStringLiteral("host_key_type")).toString(), QStringLiteral("ssh-ed25519"));
        QCOMPARE(web.value(QStringLiteral("key")).toString(), QStringLiteral("deploy"));
        QVERIFY(web.value(QStringLiteral("preflight")).toObject().value(QStringLiteral("checks")).isArray());

        // The same name twice is refused before any connection.
        const int before = connectionsLogged(*m_sshd);
        const Run again
            = cli(QStringList { QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("WEB") }
                + sshdArgs(*m_sshd, m_sshd->value(QStringLiteral("USER")))
                + QStringList { QStringLiteral("--accept-new-host-key") });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(isOneSentence(again.err) && again.err.contains(QLatin1String("already has a server")),
            qPrintable(again.err));
        QCOMPARE(connectionsLogged(*m_sshd), before);
    }

    void serverAddWithAWrongFingerprintSavesNothing()
    {
        const Run r
            = cli(QStringList { QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("spoofed") }
                + sshdArgs(*m_sshd, m_sshd->value(QStringLiteral("USER")))
                + QStringList { QStringLiteral("--key"), QStringLiteral("deploy"),
                    QStringLiteral("--trust-host-key"),
                    QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(QLatin1String("does not match the fingerprint")),
            qPrintable(r.err));
        QVERIFY(!serverNames().contains(QStringLiteral("spoofed")));

        // The right fingerprint given up front is accepted.
        const Run ok
            = cli(QStringList { QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("pinned") }
                + sshdArgs(*m_sshd, m_sshd->value(QStringLiteral("USER")))
                + QStringList { QStringLiteral("--key"), QStringLiteral("deploy"),
                    QStringLiteral("--trust-host-key"), m_sshd->value(QStringLiteral("HOST_KEY_SHA256")) });
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY(serverNames().contains(QStringLiteral("pinned")));
    }

    void serverAddWithAKeyNotYetOnTheServerShowsTheLine()
    {
        // No --key: Cairn's default key for the client is created on first need, and is not on the server.
        const Run r
            = cli(QStringList { QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("manual") }
                + sshdArgs(*m_sshd, m_sshd->value(QStringLiteral("USER")))
                + QStringList { QStringLiteral("--accept-new-host-key") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(QLatin1String("--install-key-with-password")),
            qPrintable(r.err));
        const QString defaultKey = exportedKey(QStringLiteral("Cairn key for Acme"));
        QVERIFY(!defaultKey.isEmpty());
        QCOMPARE(r.out.trimmed(), QStringLiteral("restrict ") + defaultKey);
        QVERIFY(!serverNames().contains(QStringLiteral("manual")));
    }

    void passwordInstallsTheRestrictedKey()
    {
        const QByteArray password = m_passwordSshd->value(QStringLiteral("PASSWORD")).toUtf8();
        // A wrong password from the environment: the sentence, nothing saved or written.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAIRN_SSH_PASSWORD"), QStringLiteral("wrong-password-canary"));
        Run r = cli(QStringList { QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("files") }
                + sshdArgs(*m_passwordSshd, kPasswordUser)
                + QStringList { QStringLiteral("--key"), QStringLiteral("deploy"),
                    QStringLiteral("--accept-new-host-key"), QStringLiteral("--install-key-with-password") },
            {}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            isOneSentence(r.err) && r.err.contains(QLatin1String("refused the password")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_home + QStringLiteral("/.ssh/authorized_keys")));
        QVERIFY(!serverNames().contains(QStringLiteral("files")));

        // The right one on standard input, written only after checking the running process's argv.
        QProcess process;
        process.start(cliPath(),
            QStringList { QStringLiteral("--db"), m_db, QStringLiteral("server"), QStringLiteral("add"),
                QStringLiteral("files") }
                + sshdArgs(*m_passwordSshd, kPasswordUser)
                + QStringList { QStringLiteral("--key"), QStringLiteral("deploy"),
                    QStringLiteral("--accept-new-host-key"), QStringLiteral("--install-key-with-password") });
        QVERIFY(process.waitForStarted(30000));
        // QProcess may report "started" between fork and exec: wait until the kernel shows cairn-cli's argv.
        const QString procFile = QStringLiteral("/proc/%1/cmdline").arg(process.processId());
        QTRY_VERIFY_WITH_TIMEOUT(readAll(procFile).contains("--install-key-with-password"), 30000);
        const QByteArray cmdline = readAll(procFile);
        QVERIFY(!cmdline.contains(password));
        QVERIFY(!cmdline.contains(m_canaryKeyBody));
        process.write(password + '\n');
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(120000));
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        m_everything += out + err;
        QVERIFY2(process.exitCode() == 0, err.constData());

        const QByteArray authorized = readAll(m_home + QStringLiteral("/.ssh/authorized_keys"));
        QCOMPARE(authorized, "restrict " + exportedKey(QStringLiteral("deploy")).toUtf8() + '\n');

        // Key login works from now on: the test logs in with the key and runs the preflight.
        r = cli({ QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("files") });
        QVERIFY2(r.exitCode == 0 || r.err.contains(QLatin1String("lacks tools")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("logged in")), qPrintable(r.out));
    }

    void serverTestPrintsTheChecklist()
    {
        Run r = cli({ QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("web") });
        QVERIFY2(r.out.contains(QLatin1String("[ok")) && r.out.contains(QLatin1String("Bash"))
                && r.out.contains(QLatin1String("GNU tar")) && r.out.contains(QLatin1String("curl")),
            qPrintable(r.out));
        const int textExit = r.exitCode;

        r = cli({ QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("web"),
            QStringLiteral("--json") });
        const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(result.value(QStringLiteral("ok")).toBool(), qPrintable(r.out + r.err));
        const QJsonObject preflight = result.value(QStringLiteral("preflight")).toObject();
        QVERIFY(preflight.value(QStringLiteral("complete")).toBool());
        QStringList ids;
        for (const QJsonValue &check : preflight.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject c = check.toObject();
            ids << c.value(QStringLiteral("id")).toString();
            QVERIFY(QStringList({ QStringLiteral("ok"), QStringLiteral("warning"), QStringLiteral("missing"),
                                    QStringLiteral("info") })
                        .contains(c.value(QStringLiteral("status")).toString()));
        }
        QVERIFY2(ids.contains(QStringLiteral("bash")) && ids.contains(QStringLiteral("tar"))
                && ids.contains(QStringLiteral("curl")),
            qPrintable(ids.join(u',')));
        // Exit status and JSON agree on whether the server is ready.
        QCOMPARE(r.exitCode == 0, preflight.value(QStringLiteral("passed")).toBool());
        QCOMPARE(textExit, r.exitCode);
    }

    void changedHostKeyIsRefusedUntilRetrusted()
    {
        const QString port = m_sshd->value(QStringLiteral("PORT"));
        const QString oldFingerprint = m_sshd->value(QStringLiteral("HOST_KEY_SHA256"));
        const QByteArray authorized = readAll(m_sshd->value(QStringLiteral("AUTHORIZED_KEYS")));
        QVERIFY(m_sshd->stop());
        // The rebuilt server: a new host key, on the old port as well.
        m_sshd = PeerFixture::start(QStringLiteral("sshd"),
            { QStringLiteral("--config"), QStringLiteral("ListenAddress 127.0.0.1:%1").arg(port) });
        if (!m_sshd)
            QFAIL(qPrintable(PeerFixture::lastError()));
        QFile file(m_sshd->value(QStringLiteral("AUTHORIZED_KEYS")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(authorized);
        file.close();
        const QString newFingerprint = m_sshd->value(QStringLiteral("HOST_KEY_SHA256"));
        QVERIFY(newFingerprint != oldFingerprint);

        Run r = cli({ QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("web") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(QLatin1String("changed"))
                && r.err.contains(QLatin1String("server retrust")) && r.err.contains(newFingerprint),
            qPrintable(r.err));

        r = cli({ QStringLiteral("server"), QStringLiteral("retrust"), QStringLiteral("web"),
            QStringLiteral("--fingerprint"), oldFingerprint });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        r = cli({ QStringLiteral("server"), QStringLiteral("retrust"), QStringLiteral("web"),
            QStringLiteral("--fingerprint"), QStringLiteral("not-a-fingerprint") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!cli({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json") })
                     .out.contains(QLatin1String("hostkey.retrust")));

        r = cli({ QStringLiteral("server"), QStringLiteral("retrust"), QStringLiteral("web"),
            QStringLiteral("--fingerprint"), newFingerprint });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(newFingerprint));
        const Run audit = cli({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY(audit.out.contains(QLatin1String("hostkey.retrust")));
        QVERIFY(audit.out.contains(newFingerprint) && audit.out.contains(oldFingerprint));

        r = cli({ QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("web"),
            QStringLiteral("--json") });
        QVERIFY2(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("ok")).toBool(),
            qPrintable(r.err));
        // The other server on that host has not been re-trusted: still refused.
        r = cli({ QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("pinned") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("changed")));
    }

    void hostileInputIsRefusedBeforeAnyConnection_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("user");
        const QString host = QStringLiteral("127.0.0.1");
        const QString user = QStringLiteral("root");
        // The port is filled in with the fixture's when empty.
        QTest::addRow("empty host") << QString() << QString() << user;
        QTest::addRow("host with space") << QStringLiteral("127.0.0.1 x") << QString() << user;
        QTest::addRow("host with command substitution")
            << QStringLiteral("$(touch pwned)") << QString() << user;
        QTest::addRow("host with newline") << QStringLiteral("127.0.0.1\nevil") << QString() << user;
        QTest::addRow("host as an option")
            << QStringLiteral("-oProxyCommand=touch pwned") << QString() << user;
        QTest::addRow("malformed IPv4") << QStringLiteral("127.0.0.256") << QString() << user;
        QTest::addRow("port 0") << host << QStringLiteral("0") << user;
        QTest::addRow("port 65536") << host << QStringLiteral("65536") << user;
        QTest::addRow("port with letters") << host << QStringLiteral("22x") << user;
        QTest::addRow("negative port") << host << QStringLiteral("-22") << user;
        QTest::addRow("user with semicolon") << host << QString() << QStringLiteral("root;touch pwned");
        QTest::addRow("user with newline") << host << QString() << QStringLiteral("root\nid");
        QTest::addRow("user with quote") << host << QString() << QStringLiteral("ro'ot");
        QTest::addRow("user as an option") << host << QString() << QStringLiteral("-oProxyCommand=id");
        QTest::addRow("user not UTF-8 clean") << host << QString() << QString::fromLatin1("r\xf6ot");
    }

    void hostileInputIsRefusedBeforeAnyConnection()
    {
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(QString, user);
        const int before = connectionsLogged(*m_sshd);
        const Run r = cli({ QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("hostile"),
            QStringLiteral("--host"), host, QStringLiteral("--port"),
            port.isEmpty() ? m_sshd->value(QStringLiteral("PORT")) : port, QStringLiteral("--user"), user,
            QStringLiteral("--accept-new-host-key") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        QCOMPARE(connectionsLogged(*m_sshd), before);
        QVERIFY(!serverNames().contains(QStringLiteral("hostile")));
        QVERIFY(!QFile::exists(QStringLiteral("pwned")));
    }

    void clientMustBeNamedWhenThereAreSeveral()
    {
        QCOMPARE(
            cli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("Globex") }).exitCode, 0);
        Run r = cli({ QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("second") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(QLatin1String("--client")), qPrintable(r.err));
        r = cli({ QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("deploy"),
            QStringLiteral("--client"), QStringLiteral("Globex") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // "deploy" now names two keys: export needs --client, server names stay unique.
        r = cli({ QStringLiteral("key"), QStringLiteral("export"), QStringLiteral("deploy") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(QLatin1String("--client")), qPrintable(r.err));
        QVERIFY(cli({ QStringLiteral("key"), QStringLiteral("export"), QStringLiteral("deploy"),
                        QStringLiteral("--client"), QStringLiteral("Globex") })
                    .out.startsWith(QLatin1String("ssh-ed25519 ")));
        QCOMPARE(
            cli({ QStringLiteral("server"), QStringLiteral("show"), QStringLiteral("web") }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--client"),
                         QStringLiteral("Globex"), QStringLiteral("--json") })
                     .out.count(QLatin1String("\"name\"")),
            1);
    }

    void removeServerAndKey()
    {
        // The key is in use: refused.
        Run r = cli({ QStringLiteral("key"), QStringLiteral("remove"), QStringLiteral("deploy"),
            QStringLiteral("--client"), QStringLiteral("Acme") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(QLatin1String("still used")), qPrintable(r.err));

        r = cli({ QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("files"),
            QStringLiteral("--remove-key-from-host") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("authorized_keys")));
        QCOMPARE(readAll(m_home + QStringLiteral("/.ssh/authorized_keys")), QByteArray());
        for (const QString &name : { QStringLiteral("web"), QStringLiteral("pinned") }) {
            r = cli({ QStringLiteral("server"), QStringLiteral("remove"), name });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        QVERIFY(serverNames().isEmpty());
        r = cli({ QStringLiteral("key"), QStringLiteral("remove"), QStringLiteral("deploy"),
            QStringLiteral("--client"), QStringLiteral("Acme") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString audit
            = cli({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json") }).out;
        for (const char *action :
            { "key.generate", "key.import", "key.remove", "server.add", "server.remove" })
            QVERIFY2(audit.contains(arg(action)), action);
        QCOMPARE(cli({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode, 0);
    }

    // Last: everything cairn-cli wrote and stored is scanned for the secrets it handled.
    void canariesNeverLeak()
    {
        const QByteArray password = m_passwordSshd->value(QStringLiteral("PASSWORD")).toUtf8();
        QVERIFY(password.size() >= 16);
        QVERIFY(!m_canaryKeyBody.isEmpty());
        // The scan itself can find things: the canary key's public half is in the database.
        QVERIFY(readAll(m_db).contains("AAAAC3NzaC1lZDI1NTE5"));
        const QList<QByteArray> canaries { password, QByteArray("wrong-password-canary"), m_canaryKeyBody,
            QByteArray("OPENSSH PRIVATE KEY") };
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            const QByteArray stored = readAll(m_db + suffix);
            for (const QByteArray &canary : canaries)
                QVERIFY2(!stored.contains(canary),
                    qPrintable(QStringLiteral("found a canary in cairn.sqlite%1").arg(suffix)));
        }
        QVERIFY(m_everything.size() > 1000);
        for (const QByteArray &canary : canaries)
            QVERIFY2(!m_everything.contains(canary), "a canary reached cairn-cli's output");
    }
};

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
